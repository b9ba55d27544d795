"""The index on disk: one directory of named files, swapped in atomically.

    <index_dir>/current -> builds/<build id>/    (a symlink, replaced atomically)
    builds/<id>/manifest.json     format version, model id and dimension, corpus
                                  file hashes, checksums of every other file
    builds/<id>/documents.jsonl   document metadata and numbered paragraphs
    builds/<id>/passages.jsonl    the passages, row i = vector i = BM25 doc i
    builds/<id>/embeddings.npy    float32 passage vectors (no pickle)
    builds/<id>/dense.faiss       FAISS index over the vectors
    builds/<id>/bm25/             bm25s arrays and vocabulary (each passage analysed
                                  in its own language)

A build writes a new directory, flushes it to the disk and only then points
`current` at it, so an interrupted or failed build leaves the previous index
serving; the next build removes what it left (`builds/.tmp-*`, `.current-*`)
and keeps only the newest few builds (`indexing/integrity.py`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from indexing.corpus import CorpusScan, IngestLimits, load_document, scan
from indexing.dense import DenseIndex
from indexing.documents import TABLE_NUMBER, Document, DocumentMeta, Paragraph, Passage
from indexing.embedders.base import Embedder
from indexing.integrity import (
    LINK_PREFIX,
    MANIFEST,
    TMP_PREFIX,
    checksums,
    fsync_dir,
    fsync_tree,
    manifest_problem,
    prune,
    remove_leftovers,
    sha256_file,
    verify_build,
)
from indexing.lexical import LexicalIndex
from indexing.lexicon import LEXICON_FILE, LEXICON_VERSION, Lexicon, build_lexicon
from indexing.loaders import LoaderError
from indexing.metadata import document_header
from indexing.segment import split_long

logger = logging.getLogger(__name__)

FORMAT_VERSION = 2
#: Bump when segmentation or passage construction changes what is indexed.
SEGMENTER_VERSION = 51
KEEP_BUILDS = 2


class IndexStoreError(RuntimeError):
    """Base of index problems; the message says what to do."""


class IndexMissingError(IndexStoreError):
    pass


class IndexMismatchError(IndexStoreError):
    pass


class IndexCorruptError(IndexStoreError):
    pass


class EmptyCorpusError(IndexStoreError):
    pass


@dataclass
class BuildReport:
    status: str  # "built" or "up-to-date"
    documents: int
    passages: int
    embedded: int
    reused: int
    skipped: list[str] = field(default_factory=list)  # "relative/path: reason"
    seconds: float = 0.0
    path: Path | None = None


@dataclass
class LoadedIndex:
    path: Path
    manifest: dict[str, Any]
    documents: dict[str, Document]
    passages: list[Passage]
    embeddings: np.ndarray
    lexical: LexicalIndex
    dense: DenseIndex
    #: word translations across the index's languages (None: built without)
    lexicon: Lexicon | None = None
    by_id: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {p.passage_id: i for i, p in enumerate(self.passages)}

    @property
    def model_id(self) -> str:
        return str(self.manifest["embedding_model"])

    @property
    def build_id(self) -> str:
        """The build's folder name under builds/ (ids sort in build order)."""
        return self.path.name

    @property
    def created(self) -> str | None:
        created = self.manifest.get("created")
        return str(created) if created else None


def current_path(index_dir: Path) -> Path:
    return index_dir / "current"


def current_build(index_dir: Path) -> Path | None:
    """The build folder `current` points to now, or None when there is none (cheap: one
    readlink, no file read, so a server can poll it)."""
    try:
        return current_path(index_dir).resolve(strict=True)
    except (OSError, RuntimeError):
        return None


def read_manifest(index_dir: Path) -> dict[str, Any] | None:
    """The current manifest, or None when there is none or it is unusable (see load_manifest)."""
    try:
        return load_manifest(index_dir)
    except IndexStoreError:
        return None


def load_manifest(index_dir: Path, build: Path | None = None) -> dict[str, Any]:
    """The current manifest (or that of `build`, a folder under builds/); IndexMissingError
    when there is no index at all, IndexCorruptError naming the manifest file when it is
    damaged or incomplete."""
    link = build if build is not None else current_path(index_dir)
    manifest = link / MANIFEST
    if not link.exists():
        if link.is_symlink():
            raise IndexCorruptError(
                f"{link} points to a build that does not exist ({os.readlink(link)}); "
                "rebuild with `wtoqa index --force`"
            )
        raise IndexMissingError(
            f"no index at {index_dir}; build one with `wtoqa index` (or `make run`)"
        )
    if not manifest.is_file():
        raise IndexCorruptError(
            f"the index manifest {manifest} is missing; rebuild with `wtoqa index --force`"
        )
    try:
        data: Any = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexCorruptError(
            f"the index manifest {manifest} is damaged ({exc}); rebuild with `wtoqa index --force`"
        ) from exc
    problem = manifest_problem(data)
    if problem:
        raise IndexCorruptError(
            f"the index manifest {manifest} {problem}; rebuild with `wtoqa index --force`"
        )
    result: dict[str, Any] = data
    return result


_YEAR_CELL = re.compile(r"(?:19|20)\d{2}")


def _years_row(text: str) -> bool:
    """Is a table row a head row of years: a label, then years only ("Region | 2003 |
    2008")?"""
    cells = [c.strip() for c in text.split(" | ")]
    return len(cells) >= 3 and all(_YEAR_CELL.fullmatch(c) for c in cells[1:])


#: A heading longer than this over a table is not read with its rows as their caption.
CAPTION_CHARS = 300


#: A caption set as a line of text: "Table 2: ...", "Tableau 4.9 ...", "Cuadro 1 - ...".
_CAPTION_LINE = re.compile(rf"{TABLE_NUMBER}(?:\.\d+)*\b", re.I)


def _caption(paragraph: Paragraph | None) -> str:
    """What a table is about, said just above it by its caption ("Table 2: Tariff lines by
    year"), a heading or a line that opens so; not a paragraph that announces it ("...,
    summarised in table 1."), which measured no better (one question of held-out 12 up,
    one down)."""
    if paragraph is None or len(paragraph.text) > CAPTION_CHARS:
        return ""
    if paragraph.kind == "heading" or _CAPTION_LINE.match(paragraph.text):
        return paragraph.text
    return ""


def passages_of(document: Document, max_chars: int) -> Iterator[Passage]:
    meta = document.meta
    header = document_header(meta.to_dict(), meta.language)
    caption = ""  # what the table being read is about
    columns = ""  # the head row(s) of that table
    rows = 0  # the rows of that table read so far
    previous: Paragraph | None = None
    for paragraph in document.paragraphs:
        if paragraph.kind == "row" and not rows:
            caption = _caption(previous)
        # a table's row is read with its caption and its columns' names ("Table 3: Laws
        # in force" / "Member | Act | Year | Approach")
        row_context = (
            "\n".join(part for part in (caption, columns) if part)
            if paragraph.kind == "row"
            else ""
        )
        previous = paragraph
        rows = rows + 1 if paragraph.kind == "row" else 0
        if paragraph.kind != "row":
            columns = ""
        elif not columns:
            columns = paragraph.text  # the head row itself
        elif rows == 2 and _years_row(paragraph.text):
            # a second head row of years under the columns' names ("Mobile | Internet" /
            # "Region | 2003 | 2008 | 2003 | 2008"): both name the columns
            columns = f"{columns} / {paragraph.text}"
        parts = split_long(paragraph.text, max_chars)
        for i, part in enumerate(parts, start=1):
            suffix = f".{i}" if len(parts) > 1 else ""
            yield Passage(
                passage_id=f"{meta.doc_id}#p{paragraph.number}{suffix}",
                doc_id=meta.doc_id,
                title=meta.title,
                paragraph=paragraph.number,
                text=part,
                language=meta.language,
                kind=paragraph.kind,
                date=meta.date,
                label=paragraph.label,
                header=header,
                context=row_context,
            )
        # what a footnote is about is said by the paragraph that calls it ("the law of 2011
        # ...3" -> "3 Promulgated by dahir No. ..."): its opening is indexed with the note
        anchor = _opening(paragraph.text) if paragraph.notes else ""
        for j, note in enumerate(paragraph.notes, start=1):
            # A footnote is out of its paragraph's text but not out of the document: it is a
            # passage of its own, cited as a note of that paragraph.
            note_label, _, note_text = note.partition(": ")
            yield Passage(
                passage_id=f"{meta.doc_id}#p{paragraph.number}.n{j}",
                doc_id=meta.doc_id,
                title=meta.title,
                paragraph=paragraph.number,
                text=note_text or note,
                language=meta.language,
                kind="note",
                date=meta.date,
                label=f"n. {note_label}" if note_text else None,
                header=header,
                context=anchor,
            )


#: How much of the paragraph that calls a footnote is indexed with the note.
NOTE_ANCHOR_CHARS = 300


def _opening(text: str) -> str:
    if len(text) <= NOTE_ANCHOR_CHARS:
        return text
    return text[:NOTE_ANCHOR_CHARS].rsplit(" ", 1)[0]


def indexed_text(passage: Passage) -> str:
    """What the encoder and BM25 see: the document's context line, the passage's own
    context (a footnote's calling paragraph), then the passage."""
    return "\n".join(part for part in (passage.header, passage.context, passage.text) if part)


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _reusable_build(index_dir: Path, model_id: str, precision: str) -> Path | None:
    """The current build, if its vectors are in the same space: same model, precision and
    format."""
    manifest = read_manifest(index_dir)
    if (
        not manifest
        or manifest.get("embedding_model") != model_id
        or manifest.get("settings", {}).get("precision", "fp32") != precision
        or manifest.get("format_version") != FORMAT_VERSION
    ):
        return None
    return current_path(index_dir)


def _previous_vectors(
    index_dir: Path, model_id: str, precision: str = "fp32"
) -> dict[str, np.ndarray]:
    """Vectors of the current index by passage-text hash (see _reusable_build)."""
    base = _reusable_build(index_dir, model_id, precision)
    if base is None:
        return {}
    try:
        rows = _read_jsonl(base / "passages.jsonl")
        vectors = np.load(base / "embeddings.npy", allow_pickle=False)
    except (OSError, ValueError):
        return {}
    if len(rows) != len(vectors):
        return {}
    return {row["text_sha"]: vectors[i] for i, row in enumerate(rows) if "text_sha" in row}


def _previous_lexicon(index_dir: Path, model_id: str, precision: str) -> Lexicon | None:
    """The current index's lexicon (see _reusable_build)."""
    base = _reusable_build(index_dir, model_id, precision)
    path = base / LEXICON_FILE if base is not None else None
    try:
        return Lexicon.load(path) if path is not None and path.is_file() else None
    except (OSError, ValueError, KeyError):
        return None


def is_up_to_date(
    index_dir: Path, corpus: CorpusScan, settings_fingerprint: dict[str, Any]
) -> bool:
    manifest = read_manifest(index_dir)
    return bool(
        manifest
        and manifest.get("format_version") == FORMAT_VERSION
        and manifest.get("corpus_files") == corpus.files
        and manifest.get("settings") == settings_fingerprint
    )


def build_index(
    corpus_dir: Path,
    index_dir: Path,
    model_id: str,
    embedder_factory: Callable[[], Embedder],
    *,
    faiss_index: str = "Flat",
    faiss_params: str = "",
    max_passage_chars: int = 1200,
    progress: bool = False,
    force: bool = False,
    limits: IngestLimits | None = None,
    keep_builds: int = KEEP_BUILDS,
    precision: str = "fp32",
    lexicon: bool = True,
) -> BuildReport:
    """Build or update the index of a corpus folder; the previous index serves until the end.

    Files that cannot or must not be read (links out of the corpus, over a size limit,
    unsupported, not text) are named in the report's `skipped` and never fail the build.
    `lexicon`: also learn word translations across the corpus' languages
    (indexing.lexicon), embedding only the word forms the previous build did not hold.
    """
    started = time.perf_counter()
    if keep_builds < 1:
        raise ValueError(f"keep_builds must be at least 1, got {keep_builds}")
    remove_leftovers(index_dir)
    corpus = scan(corpus_dir, limits)
    skipped = [f"{rel}: {reason}" for rel, reason in corpus.skipped.items()]
    fingerprint = {
        "embedding_model": model_id,
        # int8 weights give other vectors than fp32 (torch and ONNX fp32 give the same):
        # another precision is another vector space, embedded anew
        "precision": precision,
        "faiss_index": faiss_index,
        "faiss_params": faiss_params,
        "max_passage_chars": max_passage_chars,
        "segmenter_version": SEGMENTER_VERSION,
        "lexicon": LEXICON_VERSION if lexicon else 0,
        "corpus_metadata": hashlib.sha256(
            json.dumps(corpus.metadata, sort_keys=True).encode()
        ).hexdigest(),
    }
    if not force and is_up_to_date(index_dir, corpus, fingerprint):
        manifest = read_manifest(index_dir) or {}
        return BuildReport(
            "up-to-date",
            documents=len(manifest.get("documents", [])),
            passages=int(manifest.get("passages", 0)),
            embedded=0,
            reused=int(manifest.get("passages", 0)),
            skipped=skipped,
            seconds=time.perf_counter() - started,
            path=current_path(index_dir),
        )

    documents: list[Document] = []
    seen_ids: set[str] = set()
    for rel in tqdm(corpus.files, desc="documents", unit="file", disable=not progress):
        try:
            document = load_document(corpus, rel)
        except LoaderError as exc:
            logger.warning("skipped %s: %s", rel, exc.reason)
            skipped.append(f"{rel}: {exc.reason}")
            continue
        except Exception as exc:  # a loader's bug on one odd file must not fail the build
            logger.warning("skipped %s", rel, exc_info=True)
            skipped.append(f"{rel}: cannot be read ({type(exc).__name__}: {exc})")
            continue
        if document.doc_id in seen_ids:
            # Two files with the same derived id: keep both, apart.
            meta = document.meta
            new_meta = DocumentMeta(
                **{**meta.to_dict(), "doc_id": f"{meta.doc_id}-{len(seen_ids)}"}
            )
            document = Document(new_meta, document.paragraphs, document.sha256)
        seen_ids.add(document.doc_id)
        documents.append(document)
    if not documents:
        raise EmptyCorpusError(
            f"no readable document in {corpus_dir}"
            + (f" (skipped: {'; '.join(skipped)})" if skipped else "")
            + "; the previous index, if any, is unchanged"
        )

    passages = [p for d in documents for p in passages_of(d, max_passage_chars)]
    cache = _previous_vectors(index_dir, model_id, precision)
    missing = [i for i, p in enumerate(passages) if p.text_sha not in cache]
    vectors: np.ndarray | None = None
    embedders: list[Embedder] = []

    def embedder() -> Embedder:  # loaded once, and only if something is to be embedded
        if not embedders:
            made = embedder_factory()
            if made.model_id != model_id:
                raise IndexMismatchError(f"embedder is {made.model_id!r}, expected {model_id!r}")
            embedders.append(made)
        return embedders[0]

    if missing:
        fresh = embedder().embed_passages(
            [indexed_text(passages[i]) for i in missing], progress=progress
        )
        dimension = fresh.shape[1]
        vectors = np.zeros((len(passages), dimension), dtype=np.float32)
        vectors[missing] = fresh
    else:
        dimension = len(next(iter(cache.values())))
        vectors = np.zeros((len(passages), dimension), dtype=np.float32)
    missing_set = set(missing)
    for i, p in enumerate(passages):
        if i not in missing_set:
            vectors[i] = cache[p.text_sha]

    words = (
        build_lexicon(
            ((p.text, p.language) for p in passages),
            lambda: embedder().embed_queries,
            previous=_previous_lexicon(index_dir, model_id, precision),
        )
        if lexicon
        else None
    )

    builds = index_dir / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    # Names sort in build order (old builds are pruned by name); the pid tells whether the
    # process that writes a `.tmp-` folder still runs.
    now = time.time_ns()
    build_id = time.strftime("%Y%m%dT%H%M%S", time.localtime(now // 10**9))
    build_id += f".{now % 10**9:09d}-{os.getpid()}"
    tmp = builds / f"{TMP_PREFIX}{build_id}"
    final = builds / build_id
    try:
        tmp.mkdir()
        _write_jsonl(
            tmp / "documents.jsonl",
            [
                {
                    **d.meta.to_dict(),
                    "sha256": d.sha256,
                    "paragraphs": [p.to_dict() for p in d.paragraphs],
                }
                for d in documents
            ],
        )
        _write_jsonl(
            tmp / "passages.jsonl", [{**p.to_dict(), "text_sha": p.text_sha} for p in passages]
        )
        np.save(tmp / "embeddings.npy", vectors, allow_pickle=False)
        if words is not None:
            words.save(tmp / LEXICON_FILE)
        DenseIndex.build(vectors, faiss_index, faiss_params).save(tmp / "dense.faiss")
        LexicalIndex.build(
            [indexed_text(p) for p in passages], [p.language for p in passages]
        ).save(tmp)
        manifest = {
            "format_version": FORMAT_VERSION,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "embedding_model": model_id,
            "dimension": int(dimension),
            "faiss_index": faiss_index,
            "settings": fingerprint,
            "corpus_dir": str(corpus_dir),
            "corpus_files": corpus.files,
            "documents": [d.doc_id for d in documents],
            "passages": len(passages),
            "skipped": skipped,
            "files": checksums(tmp),
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
        # On the disk before it is named: a crash after the swap must not find it half-written.
        fsync_tree(tmp)
        os.replace(tmp, final)
        fsync_dir(builds)
        link_tmp = index_dir / f"{LINK_PREFIX}{build_id}"
        os.symlink(Path("builds") / build_id, link_tmp)
        os.replace(link_tmp, current_path(index_dir))
        fsync_dir(index_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    prune(builds, keep=keep_builds, protect={final.name})
    return BuildReport(
        "built",
        documents=len(documents),
        passages=len(passages),
        embedded=len(missing),
        reused=len(passages) - len(missing),
        skipped=skipped,
        seconds=time.perf_counter() - started,
        path=final,
    )


def load_index(
    index_dir: Path, expected_model: str | None = None, verify: bool = True, mmap: bool = True
) -> LoadedIndex:
    """Load the current index; fails with a message saying how to rebuild.

    The `current` link is read once: a build swapped in while this one loads (a server
    following its index) cannot mix the files of two builds.

    mmap: the vectors (embeddings.npy), the FAISS index and the BM25 arrays are mapped
    from their files rather than read into memory, so start-up does not read them and
    their pages are shared with the page cache (a build's files never change in place).
    verify: every file's sha256 against the manifest. It is computed in a thread while
    the JSON files are parsed (hashlib lets go of the GIL), and awaited before any binary
    file is opened, so numpy, bm25s and FAISS never read a damaged file; a damaged JSON
    file is named as damaged, not as a parse error."""
    started = time.perf_counter()
    link = current_path(index_dir)
    base = link.resolve() if link.exists() else link
    manifest = load_manifest(index_dir, base)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatchError(
            f"the index at {index_dir} has format version {manifest.get('format_version')}, "
            f"this wtoqa reads version {FORMAT_VERSION}; rebuild it with `wtoqa index --force`"
        )
    if expected_model is not None and manifest.get("embedding_model") != expected_model:
        raise IndexMismatchError(
            f"the index at {index_dir} was built with embedding model "
            f"{manifest.get('embedding_model')!r} but WTOQA_EMBEDDING_MODEL is "
            f"{expected_model!r}; rebuild it with `wtoqa index` or set the variable back"
        )
    stages: dict[str, float] = {}
    damage: Future[Path | None] | None = None
    if verify:
        with ThreadPoolExecutor(1, thread_name_prefix="index-checksums") as pool:
            damage = pool.submit(_damaged_file, base, manifest["files"])
            try:
                shared: dict[str, str] = {}
                documents = _read_documents(base / "documents.jsonl", shared)
                started = _stage(stages, "documents", started)
                passages = _read_passages(base / "passages.jsonl", documents, shared)
                started = _stage(stages, "passages", started)
            except (OSError, ValueError, KeyError, TypeError):
                _raise_if_damaged(damage.result())
                raise
            _raise_if_damaged(damage.result())
            started = _stage(stages, "rest of the checksums", started)
    else:
        shared = {}
        documents = _read_documents(base / "documents.jsonl", shared)
        started = _stage(stages, "documents", started)
        passages = _read_passages(base / "passages.jsonl", documents, shared)
        started = _stage(stages, "passages", started)
    embeddings = np.load(
        base / "embeddings.npy", allow_pickle=False, mmap_mode="r" if mmap else None
    )
    started = _stage(stages, "embeddings", started)
    lexical = LexicalIndex.load(base, len(passages), mmap=mmap)
    started = _stage(stages, "bm25", started)
    dense = DenseIndex.load(base / "dense.faiss", mmap=mmap)
    started = _stage(stages, "faiss", started)
    lexicon = Lexicon.load(base / LEXICON_FILE) if (base / LEXICON_FILE).is_file() else None
    started = _stage(stages, "lexicon", started)
    loaded = LoadedIndex(
        path=base,
        manifest=manifest,
        documents=documents,
        passages=passages,
        embeddings=embeddings,
        lexical=lexical,
        dense=dense,
        lexicon=lexicon,
    )
    _stage(stages, "ids", started)
    logger.info(
        "loaded index build %s (%d passages) in %.1f s: %s",
        base.name,
        len(passages),
        sum(stages.values()),
        ", ".join(f"{name} {seconds:.2f} s" for name, seconds in stages.items()),
    )
    return loaded


def _damaged_file(base: Path, checksums: dict[str, str]) -> Path | None:
    """The first file of a build that is missing or not as its manifest says, or None."""
    for name, checksum in checksums.items():
        path = base / name
        if not path.is_file() or sha256_file(path) != checksum:
            return path
    return None


def _raise_if_damaged(path: Path | None) -> None:
    if path is not None:
        raise IndexCorruptError(
            f"index file {path} is missing or damaged; rebuild with `wtoqa index --force`"
        )


def _read_documents(path: Path, shared: dict[str, str]) -> dict[str, Document]:
    documents = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            paragraphs = tuple(
                Paragraph(
                    p["number"],
                    p["text"],
                    shared.setdefault(p["kind"], p["kind"]),
                    p.get("label"),
                    tuple(p.get("notes", ())),
                )
                for p in row["paragraphs"]
            )
            meta = DocumentMeta(**{k: row[k] for k in DocumentMeta.__dataclass_fields__})
            documents[meta.doc_id] = Document(meta, paragraphs, row["sha256"])
    return documents


def _read_passages(
    path: Path, documents: dict[str, Document], shared: dict[str, str]
) -> list[Passage]:
    """The passages, holding the strings their document already holds: the id, title,
    header, language, kind and date repeat in every passage of a document, and the text of
    a paragraph kept whole is the paragraph's own. At a million passages these copies
    were most of the index's memory."""
    passages = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            text, number = row["text"], row["paragraph"]
            document = documents.get(row["doc_id"])
            if document is not None and 0 < number <= len(document.paragraphs):
                paragraph = document.paragraphs[number - 1]
                if paragraph.text == text:
                    text = paragraph.text
            date, label, header = row.get("date"), row.get("label"), row.get("header", "")
            passages.append(
                Passage(
                    passage_id=row["passage_id"],
                    doc_id=shared.setdefault(row["doc_id"], row["doc_id"]),
                    title=shared.setdefault(row["title"], row["title"]),
                    paragraph=number,
                    text=text,
                    language=shared.setdefault(row["language"], row["language"]),
                    kind=shared.setdefault(row.get("kind", "body"), row.get("kind", "body")),
                    date=shared.setdefault(date, date) if date else date,
                    label=shared.setdefault(label, label) if label else label,
                    header=shared.setdefault(header, header),
                    context=row.get("context", ""),
                )
            )
    return passages


def _stage(stages: dict[str, float], name: str, started: float) -> float:
    now = time.perf_counter()
    stages[name] = now - started
    return now


def check_index(index_dir: Path) -> list[str]:
    """Everything wrong with the current index (manifest, checksums of every file, counts
    of passages, vectors and documents); an empty list when it is sound."""
    try:
        manifest = load_manifest(index_dir)
    except IndexStoreError as exc:
        return [str(exc)]
    problems = []
    if manifest["format_version"] != FORMAT_VERSION:
        problems.append(
            f"format version {manifest['format_version']}, this wtoqa reads {FORMAT_VERSION}"
        )
    return problems + verify_build(current_path(index_dir), manifest)
