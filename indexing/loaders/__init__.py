"""Read document files (.txt, .md, .pdf, .docx, .html) into blocks that keep their structure.

`load(path)` returns a `Loaded` (blocks in reading order, the furniture removed
from them, fields stated outside the text); it raises `LoaderError` naming the
file when the file is unreadable, encrypted or empty, so that the build can
report it and go on with the rest. One module per format.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from indexing.loaders.base import Block, Loaded, LoaderError
from indexing.loaders.docx import load_docx
from indexing.loaders.html import load_html
from indexing.loaders.pdf import load_pdf
from indexing.loaders.text import decode_text, load_text_file

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Block",
    "Loaded",
    "LoaderError",
    "decode_text",
    "discover",
    "load",
    "load_text",
]

LOADERS: dict[str, Callable[[Path], Loaded]] = {
    ".txt": load_text_file,
    ".md": load_text_file,
    ".markdown": load_text_file,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".html": load_html,
    ".htm": load_html,
}
SUPPORTED_SUFFIXES = tuple(LOADERS)


def load(path: Path) -> Loaded:
    """The blocks of one document file; raises LoaderError if there is no text to be had."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise LoaderError(path, f"unsupported file type {path.suffix or '(none)'}")
    try:
        loaded = loader(path)
    except LoaderError:
        raise
    except OSError as exc:
        raise LoaderError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not loaded.text.strip():
        raise LoaderError(path, "no text in the file (empty, or a scanned image)")
    return loaded


def load_text(path: Path) -> str:
    """The document's text, paragraphs separated by blank lines."""
    return load(path).text


def discover(corpus_dir: Path) -> list[Path]:
    """The supported document files under a folder, in a stable order."""
    return sorted(
        p
        for p in corpus_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith(".")
    )
