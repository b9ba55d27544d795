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
from indexing.documents import Document, DocumentMeta
from indexing.loaders import LoaderError, discover, load_text
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


def scan(corpus_dir: Path) -> CorpusScan:
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist (WTOQA_CORPUS_DIR)")
    metadata: dict[str, dict[str, Any]] = {}
    meta_path = corpus_dir / METADATA_FILE
    if meta_path.is_file():
        try:
            metadata = json.loads(meta_path.read_text(encoding="utf-8")).get("documents", {})
        except (ValueError, AttributeError) as exc:
            raise CorpusError(f"{meta_path} is not valid JSON metadata: {exc}") from exc
    files = {str(p.relative_to(corpus_dir)): file_sha256(p) for p in discover(corpus_dir)}
    return CorpusScan(corpus_dir, files, metadata)


def _derived_meta(rel: str, paragraphs: list, text: str) -> dict[str, Any]:
    headings = [p.text for p in paragraphs if p.kind == "heading"]
    title = headings[0] if headings else (paragraphs[0].text[:120] if paragraphs else rel)
    return {
        "doc_id": slugify(Path(rel).stem),
        "title": title,
        "language": detect_language(text[:5000]),
    }


def load_document(scan_: CorpusScan, rel: str) -> Document:
    """Parse one file of the scan into a Document; raises LoaderError."""
    path = scan_.root / rel
    text = load_text(path)
    paragraphs = segment(text)
    if not paragraphs:
        raise LoaderError(path, "no paragraph of text after cleaning")
    given = scan_.metadata.get(rel, {})
    meta = {**_derived_meta(rel, paragraphs, text), **{k: v for k, v in given.items() if v}}
    meta_obj = DocumentMeta(
        doc_id=str(meta["doc_id"]),
        title=str(meta["title"]),
        language=str(meta["language"]),
        source_file=rel,
        date=meta.get("date"),
        body=meta.get("body"),
        kind=meta.get("kind"),
        symbol=meta.get("symbol"),
        extra=dict(meta.get("extra", {})),
    )
    return Document(meta=meta_obj, paragraphs=tuple(paragraphs), sha256=scan_.files[rel])
