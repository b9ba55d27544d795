"""Read document files (.txt, .md, .pdf, .docx, .html) into plain text.

A loader returns the text with paragraphs separated by blank lines; it raises
`LoaderError` naming the file when the file is unreadable, encrypted or empty,
so that the build can report it and go on with the rest.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".docx", ".html", ".htm")


class LoaderError(Exception):
    """A file that cannot be turned into text; the message names the file."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason


def decode_text(raw: bytes, path: Path) -> str:
    """Decode bytes: UTF-8 (with or without BOM), else the detected 8-bit encoding."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # cp1252 is what Windows tools write for French; latin-1 where cp1252 leaves bytes
    # undefined (0x81, 0x8d...). Their accented letters are the same, so a decode
    # that yields Western European letters is taken; anything else is detected.
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    non_ascii = [c for c in text if ord(c) > 127]
    western = sum(c in _WESTERN for c in non_ascii)
    if not non_ascii or western / len(non_ascii) >= 0.9:
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None:
        logger.info("%s: decoded as %s", path.name, best.encoding)
        return str(best)
    return text


_WESTERN = frozenset("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»–—’‘“”…€°§ñáíóúÁÍÓÚÑãõÃÕßøØåÅ\u00a0·•")


def _load_text(path: Path) -> str:
    return decode_text(path.read_bytes(), path)


def _load_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise LoaderError(path, "the PDF is encrypted")
            except Exception as exc:
                raise LoaderError(path, "the PDF is encrypted") from exc
        pages = [page.extract_text() or "" for page in reader.pages]
    except LoaderError:
        raise
    except (PdfReadError, ValueError, OSError, KeyError) as exc:
        raise LoaderError(path, f"not a readable PDF ({exc})") from exc
    return "\n\n".join(strip_page_furniture(pages))


_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?\s*(?:/\s*\d{1,4})?\s*$", re.I)


def strip_page_furniture(pages: list[str]) -> list[str]:
    """Drop page numbers and the header/footer lines repeated on most pages."""
    lines_per_page = [[ln.rstrip() for ln in page.splitlines()] for page in pages]
    counts: Counter[str] = Counter()
    for lines in lines_per_page:
        edges = [ln.strip() for ln in lines[:3] + lines[-3:] if ln.strip()]
        counts.update(set(edges))
    repeated = {ln for ln, n in counts.items() if len(pages) >= 3 and n >= 0.6 * len(pages)}
    cleaned = []
    for lines in lines_per_page:
        kept = [ln for ln in lines if ln.strip() not in repeated and not _PAGE_NUMBER.match(ln)]
        cleaned.append("\n".join(kept))
    return cleaned


def _load_docx(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, ValueError, KeyError, OSError) as exc:
        raise LoaderError(path, f"not a readable .docx file ({exc})") from exc
    except Exception as exc:  # zipfile.BadZipFile and friends
        raise LoaderError(path, f"not a readable .docx file ({exc})") from exc
    blocks = []
    for para in document.paragraphs:
        text = para.text.strip()
        if not text:
            continue
        style = (para.style.name or "").lower() if para.style is not None else ""
        blocks.append(f"# {text}" if style.startswith(("heading", "title")) else text)
    return "\n\n".join(blocks)


def _load_html(path: Path) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_load_text(path), "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript"]):
        tag.decompose()
    blocks = []
    for element in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td"]):
        text = " ".join(element.get_text(" ").split())
        if not text:
            continue
        blocks.append(f"# {text}" if element.name.startswith("h") else text)
    if not blocks:
        text = soup.get_text("\n")
        return text
    return "\n\n".join(blocks)


LOADERS: dict[str, Callable[[Path], str]] = {
    ".txt": _load_text,
    ".md": _load_text,
    ".markdown": _load_text,
    ".pdf": _load_pdf,
    ".docx": _load_docx,
    ".html": _load_html,
    ".htm": _load_html,
}


def load_text(path: Path) -> str:
    """The text of one document file; raises LoaderError if there is none to be had."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise LoaderError(path, f"unsupported file type {path.suffix or '(none)'}")
    try:
        text = loader(path)
    except LoaderError:
        raise
    except OSError as exc:
        raise LoaderError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not text.strip():
        raise LoaderError(path, "no text in the file (empty, or a scanned image)")
    return text


def discover(corpus_dir: Path) -> list[Path]:
    """The supported document files under a folder, in a stable order."""
    return sorted(
        p
        for p in corpus_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith(".")
    )
