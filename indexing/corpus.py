"""From a corpus folder to documents: files, their metadata, their paragraphs."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from indexing.analyzers import detect_language
from indexing.documents import Document, DocumentMeta, Paragraph
from indexing.loaders import LoaderError, load, survey
from indexing.metadata import extract_metadata
from indexing.segment import segment

logger = logging.getLogger(__name__)

METADATA_FILE = "metadata.json"
MB = 1024 * 1024


class CorpusError(ValueError):
    """The corpus folder or its metadata is unusable; the message says which."""


@dataclass(frozen=True)
class IngestLimits:
    """How much a build reads: a file over its limit, or past the build's, is skipped."""

    max_file_bytes: int = 25 * MB
    max_build_bytes: int = 2048 * MB


@dataclass
class CorpusScan:
    """The files of a corpus folder, each with its hash, before any parsing."""

    root: Path
    files: dict[str, str]  # relative path -> sha256 of the bytes
    metadata: dict[str, dict[str, Any]] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # relative path -> reason


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "document"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _read_metadata(corpus_dir: Path) -> dict[str, dict[str, Any]]:
    """Every metadata.json under the folder, keyed by path relative to the corpus root
    (each file's keys are relative to its own folder)."""
    metadata: dict[str, dict[str, Any]] = {}
    root = corpus_dir.resolve()
    for meta_path in sorted(corpus_dir.rglob(METADATA_FILE)):
        if not meta_path.is_file() or not meta_path.resolve().is_relative_to(root):
            continue  # never read through a link that leads out of the corpus
        if meta_path.stat().st_size > 10 * MB:
            raise CorpusError(f"{meta_path} is larger than 10 MB; it cannot be metadata")
        try:
            entries = json.loads(meta_path.read_text(encoding="utf-8")).get("documents", {})
            if not isinstance(entries, dict):
                raise ValueError("'documents' must be an object keyed by file path")
        except (ValueError, AttributeError) as exc:
            raise CorpusError(f"{meta_path} is not valid JSON metadata: {exc}") from exc
        folder = meta_path.parent.relative_to(corpus_dir)
        for rel, entry in entries.items():
            metadata[str(folder / rel) if str(folder) != "." else rel] = entry
    return metadata


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f} MB"


def scan(corpus_dir: Path, limits: IngestLimits | None = None) -> CorpusScan:
    """The corpus's document files and their hashes; files that are not to be read are
    named in `skipped` with the reason, and never stop the scan."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist (WTOQA_CORPUS_DIR)")
    limits = limits or IngestLimits()
    metadata = _read_metadata(corpus_dir)
    found = survey(corpus_dir, ignore=frozenset({METADATA_FILE}))
    skipped = {str(p.relative_to(corpus_dir)): reason for p, reason in found.skipped}
    files: dict[str, str] = {}
    total = 0
    for path in found.files:
        rel = str(path.relative_to(corpus_dir))
        try:
            size = path.stat().st_size
            if size > limits.max_file_bytes:
                skipped[rel] = (
                    f"{_megabytes(size)}, over the limit of "
                    f"{_megabytes(limits.max_file_bytes)} per file (WTOQA_MAX_FILE_MB)"
                )
                continue
            if total + size > limits.max_build_bytes:
                skipped[rel] = (
                    f"the build already holds {_megabytes(total)}; this file's "
                    f"{_megabytes(size)} would pass the limit of "
                    f"{_megabytes(limits.max_build_bytes)} per build (WTOQA_MAX_BUILD_MB)"
                )
                continue
            files[rel] = file_sha256(path)
        except OSError as exc:
            skipped[rel] = f"cannot be read ({exc.strerror or exc})"
            continue
        total += size
    for rel, reason in skipped.items():
        logger.warning("skipped %s: %s", rel, reason)
    return CorpusScan(corpus_dir, files, metadata, skipped)


#: Above these shares a file's text is taken for bytes that are not text in any language.
_MAX_MESS = 0.2
_MAX_CONTROL = 0.01
_MAX_REPLACEMENT = 0.01
_MIN_WORD_CHARACTERS = 0.3


def not_text_reason(text: str) -> str | None:
    """Why a decoded text is not text of any language (random bytes, a binary file,
    mojibake), or None. charset-normalizer's mess ratio measures the garbling; it is
    0 on real documents of every script and well above 1 on random bytes."""
    from charset_normalizer.md import mess_ratio

    sample = text[:20_000]
    if not sample.strip():
        return None
    size = len(sample)
    replacement = sample.count("\ufffd")
    if replacement / size > _MAX_REPLACEMENT:
        return f"not text: {replacement} undecodable characters (U+FFFD) after decoding"
    control = sum(
        1
        for c in sample
        if c not in "\t\n\r\f\v" and unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs")
    )
    if control / size > _MAX_CONTROL:
        return f"not text: {control / size:.0%} control or unassigned characters (binary data?)"
    visible = [c for c in sample if not c.isspace()]
    words = sum(c.isalnum() for c in visible) / (len(visible) or 1)
    if words < _MIN_WORD_CHARACTERS:
        return f"not text in any language: only {words:.0%} of its characters are letters or digits"
    mess = mess_ratio(sample, maximum_threshold=1.0)
    if mess > _MAX_MESS:
        return f"garbled text (mojibake or binary data; mess ratio {mess:.2f})"
    return None


def _body_text(paragraphs: list[Paragraph]) -> str:
    body = [p.text for p in paragraphs if p.kind not in ("heading", "table")]
    return " ".join(body or [p.text for p in paragraphs])


def load_document(scan_: CorpusScan, rel: str) -> Document:
    """Parse one file of the scan into a Document; raises LoaderError."""
    path = scan_.root / rel
    loaded = load(path)
    problem = not_text_reason(loaded.text)
    if problem:
        raise LoaderError(path, problem)
    paragraphs = segment(loaded)
    if not paragraphs:
        raise LoaderError(path, "no paragraph of text after cleaning")
    given = scan_.metadata.get(rel, {})
    language = given.get("language") or detect_language(_body_text(paragraphs)[:5000])
    derived = extract_metadata(
        paragraphs, furniture=loaded.furniture, fields=loaded.fields, language=language
    )
    derived.setdefault("title", _fallback_title(rel, paragraphs))
    derived["doc_id"] = slugify(Path(rel).stem)
    # metadata.json overrides what the text gives; its "extra" adds to the derived one
    meta = {**derived, **{k: v for k, v in given.items() if v and k != "extra"}}
    meta["extra"] = {**derived.get("extra", {}), **dict(given.get("extra", {}))}
    meta_obj = DocumentMeta(
        doc_id=str(meta["doc_id"]),
        title=str(meta["title"]),
        language=str(meta["language"]),
        source_file=rel,
        date=meta.get("date"),
        body=meta.get("body"),
        kind=meta.get("kind"),
        symbol=meta.get("symbol"),
        session=int(meta["session"]) if meta.get("session") else None,
        place=meta.get("place"),
        extra=meta["extra"],
    )
    return Document(meta=meta_obj, paragraphs=tuple(paragraphs), sha256=scan_.files[rel])


def _fallback_title(rel: str, paragraphs: list[Paragraph]) -> str:
    """No title block: the first heading, else the file's name (nothing invented)."""
    headings = [p.text for p in paragraphs if p.kind == "heading" and len(p.text) > 8]
    return headings[0][:150] if headings else Path(rel).stem.replace("_", " ").replace("-", " ")
