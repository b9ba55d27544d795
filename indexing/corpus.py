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
from indexing.loaders import LoaderError, discover, load
from indexing.metadata import extract_metadata
from indexing.segment import segment

logger = logging.getLogger(__name__)

METADATA_FILE = "metadata.json"


class CorpusError(ValueError):
    """The corpus folder or its metadata is unusable; the message says which."""


@dataclass
class CorpusScan:
    """The files of a corpus folder, each with its hash, before any parsing."""

    root: Path
    files: dict[str, str]  # relative path -> sha256 of the bytes
    metadata: dict[str, dict[str, Any]] = field(default_factory=dict)


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
    for meta_path in sorted(corpus_dir.rglob(METADATA_FILE)):
        if not meta_path.is_file():
            continue
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


def scan(corpus_dir: Path) -> CorpusScan:
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist (WTOQA_CORPUS_DIR)")
    metadata = _read_metadata(corpus_dir)
    files = {str(p.relative_to(corpus_dir)): file_sha256(p) for p in discover(corpus_dir)}
    return CorpusScan(corpus_dir, files, metadata)


def _body_text(paragraphs: list[Paragraph]) -> str:
    body = [p.text for p in paragraphs if p.kind not in ("heading", "table")]
    return " ".join(body or [p.text for p in paragraphs])


def load_document(scan_: CorpusScan, rel: str) -> Document:
    """Parse one file of the scan into a Document; raises LoaderError."""
    path = scan_.root / rel
    loaded = load(path)
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
