"""Plain text (Markdown has its own loader): encodings, pages at form feeds, paragraphs from lines.

Text exported from a PDF keeps the PDF's pages (form feeds), its running
headers and its wrapped lines; pages are cleaned like a PDF's, and a paragraph
cut by a page break is joined again.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from indexing.loaders.base import (
    LABEL,
    SENTENCE_END,
    Block,
    Loaded,
    join_lines,
    join_page_breaks,
    resolve_hyphens,
)
from indexing.loaders.pages import furniture, text_edges

logger = logging.getLogger(__name__)

_WESTERN = frozenset(
    "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»–—’‘“”…€°§ñáíóúÁÍÓÚÑãõÃÕßøØåÅ\u00a0·•¿¡"
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
#: A rule of dashes, stars, underscores or equals signs, which text exports draw under
#: or around a title.
_RULE = re.compile(r"^\s{0,3}(?:[-*_=]\s*){3,}$")


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
    # cp1252 is what Windows tools write for French and Spanish; latin-1 where cp1252
    # leaves bytes undefined. Their accented letters are the same, so a decode that
    # yields Western European letters is taken; anything else is detected.
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


def _starts_block(line: str, group: list[str]) -> bool:
    """A line that opens a new paragraph although no blank line precedes it: a heading,
    the line after a heading, a numbered or bulleted line after a sentence's end, or the
    next item of a list whose items follow one another line by line (an agenda, a list
    of subjects: items that need not end like sentences)."""
    stripped, previous = line.strip(), group[-1]
    if _MD_HEADING.match(line):
        return True
    if LABEL.match(stripped) and (
        not previous or SENTENCE_END.search(previous) or _next_item(group[0], stripped)
    ):
        return True
    return bool(_MD_HEADING.match(previous))


def _next_item(first: str, line: str) -> bool:
    """Does the line continue the list the group's first line began: both bulleted alike,
    or numbered n then n+1 ("4." then "5.")?"""
    opened, this = LABEL.match(first.strip()), LABEL.match(line)
    if opened is None or this is None:
        return False
    a, b = opened.group("label"), this.group("label")
    if not a[0].isdigit():
        return a == b and not a[0].isalnum() and a[0] != "("  # "-" then "-", "•" then "•"
    head_a, head_b = a.rstrip(".").split(".")[0], b.rstrip(".").split(".")[0]
    return head_a.isdigit() and head_b.isdigit() and int(head_b) == int(head_a) + 1


def blocks_of_page(lines: list[str]) -> list[list[str]]:
    """Groups of lines, one group a paragraph: blank lines, headings and labels divide."""
    groups: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if not line.strip() or _RULE.match(line):
            if current:
                groups.append(current)
            current = []
            continue
        if current and _starts_block(line, current):
            groups.append(current)
            current = []
        current.append(line)
    if current:
        groups.append(current)
    return groups


def parse_text(text: str) -> Loaded:
    """Blocks of a plain-text or Markdown document."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A wide run of spaces inside a line separates two columns (letterhead | symbol):
    # each column's text is a line of its own, followed by a break.
    pages = [
        [part for line in page.split("\n") for part in _columns(line)] for page in text.split("\f")
    ]
    removed: list[str] = []
    if len(pages) > 1:
        drop = furniture(pages, [text_edges(lines) for lines in pages])
        for lines, dropped in zip(pages, drop, strict=True):
            removed.extend(lines[j].strip() for j in sorted(dropped))
            for j in dropped:
                lines[j] = ""
    blocks: list[Block] = []
    for page_number, lines in enumerate(pages):
        for n, group in enumerate(blocks_of_page(lines)):
            heading = bool(_MD_HEADING.match(group[0]))
            content = join_lines([_MD_HEADING.sub("", g) for g in group])
            block = Block(
                content,
                "heading" if heading else "paragraph",
                lines=[_MD_HEADING.sub("", g).strip() for g in group],
            )
            block.page_start = page_number > 0 and n == 0
            blocks.append(block)
    blocks = join_page_breaks(blocks)
    resolve_hyphens(blocks)
    return Loaded(blocks, furniture=removed)


def _only_label(text: str) -> bool:
    match = LABEL.match(text.strip() + " x")
    return match is not None and match.end() == len(text.strip()) + 1


def _columns(line: str) -> list[str]:
    parts = [p for p in re.split(r"(?<=\S) {4,}(?=\S)", line.rstrip())]
    if len(parts) > 1 and _only_label(parts[0]):
        # "1.      The text": a paragraph's number set off by a tab stop, not a column
        parts[:2] = [parts[0] + " " + parts[1]]
    if len(parts) == 1:
        return parts
    out: list[str] = []
    for part in parts:
        out.extend([part, ""])
    return out


def load_text_file(path: Path) -> Loaded:
    return parse_text(decode_text(path.read_bytes(), path))
