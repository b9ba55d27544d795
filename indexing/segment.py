"""Split a document's text into numbered paragraphs that follow its own structure.

Blocks are separated by blank lines. A block that starts in lower case after a
paragraph that did not end a sentence is the rest of that paragraph, broken by
PDF extraction, and is joined back to it. Separators, page numbers and bare
URLs are not paragraphs. WTO decisions have a preamble (after "La Conférence
ministérielle," / "The Ministerial Conference,") and operative paragraphs
(after "Décide:" / "Decides:"); each paragraph records which part it is in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from indexing.documents import Paragraph

_SEPARATOR = re.compile(r"^[\s\-_=*~.·•]{3,}$")
_URL = re.compile(r"^\s*<?(?:https?://|www\.)\S+>?\s*$", re.I)
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?\s*(?:/\s*\d{1,4})?\s*$", re.I)
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_SENTENCE_END = re.compile(r"[.!?…»\")]$")
_CLAUSE_END = re.compile(r"[.!?;:…]$")
_PREAMBLE_START = re.compile(
    r"^(?:la conférence ministérielle|le conseil général|the ministerial conference|"
    r"the general council)\s*[,:]?$",
    re.I,
)
_OPERATIVE_START = re.compile(r"^(?:décide|decides|convient|agrees|adopte|adopts)\b.*[:,]?$", re.I)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[«\"(]?[A-ZÀ-ÖØ-Þ0-9])")


def normalize_whitespace(text: str) -> str:
    return " ".join(text.split())


def clean_inline(text: str) -> str:
    """One block as one line: markdown emphasis and headings removed, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f", " ")
    lines = [_MD_HEADING.sub("", ln) for ln in text.splitlines()]
    text = normalize_whitespace(" ".join(lines))
    previous = None
    while previous != text:
        previous = text
        text = _EMPHASIS.sub(r"\2", text)
    return text.strip("*_ ").strip()


def _is_heading(raw: str, text: str) -> bool:
    stripped = raw.strip()
    if _MD_HEADING.match(stripped):
        return True
    if stripped.startswith("**") and stripped.endswith("**") and len(text) < 200:
        return True
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 4
        and sum(c.isupper() for c in letters) / len(letters) > 0.85
        and len(text) < 200
        and not text.endswith(".")
    )


def _is_furniture(text: str) -> bool:
    return bool(not text or _SEPARATOR.match(text) or _URL.match(text) or _PAGE_NUMBER.match(text))


def _starts_lowercase(text: str) -> bool:
    first = text.lstrip("«\"'( ")[:1]
    return first.isalpha() and first.islower()


def _blocks(text: str) -> Iterator[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    for block in re.split(r"\n[ \t\u00a0]*\n", text):
        if block.strip():
            yield block


def segment(text: str) -> list[Paragraph]:
    """Numbered paragraphs of a document, in reading order, with broken ones repaired."""
    merged: list[tuple[str, bool]] = []  # (text, is_heading)
    for raw in _blocks(text):
        cleaned = clean_inline(raw)
        if _is_furniture(cleaned):
            continue
        heading = _is_heading(raw, cleaned)
        if merged and not heading and _starts_lowercase(cleaned):
            prev_text, prev_heading = merged[-1]
            if not prev_heading and not _CLAUSE_END.search(prev_text):
                joiner = "" if prev_text.endswith("-") and not prev_text.endswith(" -") else " "
                if joiner == "":
                    prev_text = prev_text[:-1]
                merged[-1] = (prev_text + joiner + cleaned, False)
                continue
        merged.append((cleaned, heading))

    paragraphs: list[Paragraph] = []
    part = "body"
    for number, (para_text, heading) in enumerate(merged, start=1):
        if heading:
            kind = "heading"
        elif _PREAMBLE_START.match(para_text):
            part = "preamble"
            kind = part
        elif _OPERATIVE_START.match(para_text) and len(para_text) < 60:
            part = "operative"
            kind = part
        else:
            kind = part
        paragraphs.append(Paragraph(number=number, text=para_text, kind=kind))
    return paragraphs


def split_long(text: str, max_chars: int) -> list[str]:
    """Split a long paragraph at sentence ends into parts of at most ~max_chars."""
    text = text.strip()
    if len(text) <= max_chars:
        return [text]
    parts: list[str] = []
    current = ""
    for sentence in _SENTENCE_SPLIT.split(text):
        if current and len(current) + 1 + len(sentence) > max_chars:
            parts.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        parts.append(current)
    return parts


def sentence_end(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))
