"""Read document files (.txt, .md, .pdf, .docx, .html) into blocks that keep their structure.

`load(path)` returns a `Loaded` (blocks in reading order, the furniture removed
from them, fields stated outside the text); it raises `LoaderError` naming the
file when the file is unreadable, encrypted or empty, so that the build can
report it and go on with the rest. One module per format.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from indexing.loaders.base import Block, Loaded, LoaderError
from indexing.loaders.docx import load_docx
from indexing.loaders.html import load_html
from indexing.loaders.markdown import load_markdown
from indexing.loaders.pdf import load_pdf
from indexing.loaders.text import decode_text, load_text_file

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Block",
    "Discovery",
    "Loaded",
    "LoaderError",
    "decode_text",
    "discover",
    "load",
    "load_text",
    "survey",
]

LOADERS: dict[str, Callable[[Path], Loaded]] = {
    ".txt": load_text_file,
    ".md": load_markdown,
    ".markdown": load_markdown,
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


@dataclass
class Discovery:
    """What a corpus folder holds: the document files to read, and the files passed over."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # (path, reason)


def survey(corpus_dir: Path, ignore: frozenset[str] = frozenset()) -> Discovery:
    """The supported document files under a folder, in a stable order, and the others named.

    Hidden files and folders are left out silently; files named in `ignore` (a folder's
    metadata.json) are not documents. A link, to a file or a folder, is followed only when
    it leads to a place inside the folder: a corpus must not be a way to read the rest of
    the disk. Files of unsupported types are named with their reason, not read.
    """
    root = corpus_dir.resolve()
    found = Discovery()
    seen_dirs = {root}
    for dirpath, dirnames, filenames in os.walk(corpus_dir, followlinks=True):
        here = Path(dirpath)
        kept: list[str] = []
        for name in sorted(dirnames):
            if name.startswith("."):
                continue
            real = (here / name).resolve()
            if not real.is_relative_to(root):
                found.skipped.append((here / name, "a link to a folder outside the corpus"))
            elif real not in seen_dirs:  # a link loop, or a second way to a folder read once
                seen_dirs.add(real)
                kept.append(name)
        dirnames[:] = kept
        for name in filenames:
            if name.startswith(".") or name in ignore:
                continue
            path = here / name
            reason = _not_a_document(path, root)
            if reason:
                found.skipped.append((path, reason))
            else:
                found.files.append(path)
    found.files.sort()
    found.skipped.sort()
    return found


def _not_a_document(path: Path, root: Path) -> str | None:
    if path.is_symlink():
        if not path.exists():
            return "a broken link"
        if not path.resolve().is_relative_to(root):
            return "a link to a file outside the corpus"
    if not path.is_file():
        return "not a regular file"
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        supported = " ".join(SUPPORTED_SUFFIXES)
        return f"unsupported file type {path.suffix or '(none)'} (supported: {supported})"
    return None


def discover(corpus_dir: Path) -> list[Path]:
    """The supported document files under a folder, in a stable order (see `survey`)."""
    return survey(corpus_dir).files
