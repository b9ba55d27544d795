"""Running headers, footers and page numbers: found by repetition and position.

Shared by the PDF loader (lines with positions) and the plain-text loader (pages
split at form feeds). A line at the top or bottom edge of a page is furniture
when it is a page number, when it recurs at the edge of other pages (numbers
masked, so "WT/GC/W/747 - 2 -" and "- 3 -" count as the same line), or, on
page 2 and later, when it repeats a line of the first page's header block —
which catches the running header of a two-page document too.
"""

from __future__ import annotations

import re
from collections import Counter

from indexing.loaders.base import PAGE_NUMBER, normalise_furniture

#: Lines of the first page that make up its header block (letterhead, symbol, date).
FIRST_PAGE_HEADER_LINES = 15
MAX_FURNITURE_CHARS = 100
#: Lines that repeat only once their numbers are masked must be this short ("- 2 -",
#: "WT/GC/W/747 Page 3"); a longer one is text that happens to differ by a number.
MAX_MASKED_CHARS = 40
#: One token with a slash and a digit: a document symbol ("WT/GC/W/747", "IP/C/18").
_CODE = re.compile(r"(?=\S*\d)(?=\S*/)\S{5,}")


def furniture(pages: list[list[str]], edges: list[set[int]]) -> list[set[int]]:
    """Per page, the indices of its lines that are furniture.

    `edges[i]` are the indices of page i's lines that lie at its top or bottom edge.
    """
    counts: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    for lines, edge in zip(pages, edges, strict=True):
        counts.update({normalise_furniture(lines[j]) for j in edge if lines[j].strip()})
        exact.update({" ".join(lines[j].split()) for j in edge if lines[j].strip()})
    first_lines = [ln for ln in (pages[0] if pages else [])[:FIRST_PAGE_HEADER_LINES] if ln.strip()]
    first_masked = {normalise_furniture(ln) for ln in first_lines}
    first_exact = {" ".join(ln.split()) for ln in first_lines}
    # a running header often names the document's symbol beside other words
    # ("WT/TPR/S/329 • Morocco"): a first-page header line that is one code-like token
    first_symbols = {s for s in first_exact if _CODE.fullmatch(s)}
    drop: list[set[int]] = []
    for number, (lines, edge) in enumerate(zip(pages, edges, strict=True)):
        dropped = set()
        for j in edge:
            line = lines[j].strip()
            if not line:
                continue
            key = normalise_furniture(line)
            plain = " ".join(line.split())
            # a line that repeats only once its numbers are masked must be short
            short = len(line) <= MAX_MASKED_CHARS
            repeated = (
                len(pages) >= 2
                and key.strip("#-_=*—– ") != ""  # a rule separates, it is no header
                and (exact[plain] >= 2 or (short and counts[key] >= 2))
            )
            echoes_first_page = number > 0 and (
                plain in first_exact
                or (short and key in first_masked)
                or (short and any(symbol in plain for symbol in first_symbols))
            )
            if PAGE_NUMBER.match(line) or (
                len(line) <= MAX_FURNITURE_CHARS and (repeated or echoes_first_page)
            ):
                dropped.add(j)
        drop.append(dropped)
    return drop


def text_edges(lines: list[str], top: int = 4, bottom: int = 3) -> set[int]:
    """The first `top` and last `bottom` non-empty lines of a page of plain text."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:top]) | set(filled[-bottom:] if bottom else [])
