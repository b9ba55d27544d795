"""PDF: paragraphs rebuilt from the positions of the lines (pdfplumber).

pdfplumber (on pdfminer.six) gives every character with its box, font and size,
which plain text extraction throws away; a WTO PDF has no blank lines between
its paragraphs, so the layout is the only evidence of where one ends. From it:
- lines are built from characters; a wide horizontal gap splits a line (the
  letterhead on the left, the symbol on the right are two lines);
- raised small digits inside a line are footnote markers: taken out of the
  text, and the footnote's own lines (small type at the page foot) become a note
  of the paragraph that held the marker;
- running headers, footers and page numbers are removed by repetition and
  position (indexing.loaders.pages);
- a new paragraph starts at a vertical gap larger than the line spacing, a
  paragraph label ("1.", "(a)"), a change of font size or weight, or an indented
  first line; a paragraph cut by a page break is joined again.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from indexing.loaders.base import (
    LABEL,
    PAGE_NUMBER,
    SENTENCE_END,
    Block,
    Loaded,
    LoaderError,
    join_lines,
    join_page_breaks,
    resolve_hyphens,
)
from indexing.loaders.pages import furniture

MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
_MARKER = re.compile(f"{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}")
#: Share of the page height at the top and bottom where headers and footers live.
EDGE_SHARE = 0.1


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    markers: list[str] = field(default_factory=list)
    #: A row of a table: three or more segments on one baseline, joined by " | ".
    table: bool = False


def _is_bold(fontname: str) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold", fontname, re.I))


def _lines_of_page(page: Any) -> list[Line]:
    """The page's lines, split where a wide gap separates two columns of text."""
    lines: list[Line] = []
    for raw in page.extract_text_lines(return_chars=True, strip=True):
        chars = [c for c in raw["chars"] if c.get("upright", True)]
        if not chars:
            continue
        size = statistics.median(c["size"] for c in chars)
        segments: list[list[dict[str, Any]]] = [[]]
        previous: dict[str, Any] | None = None
        for char in sorted(chars, key=lambda c: c["x0"]):
            if previous is not None and char["x0"] - previous["x1"] > 3 * size:
                segments.append([])
            segments[-1].append(char)
            previous = char
        for segment in segments:
            # a segment's own type size sets its word spacing: a 10-point date beside a
            # 13-point letterhead on one baseline would otherwise lose its spaces
            line = _line_from_chars(segment, statistics.median(c["size"] for c in segment))
            if line is not None:
                lines.append(line)
    lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    return _table_rows(lines)


#: Segments on one baseline that make a table's row (a letterhead's left and right sides
#: are two).
TABLE_CELLS = 3


def _table_rows(lines: list[Line]) -> list[Line]:
    """Three or more segments on one baseline, apart by wide gaps, are a table's row: one
    line of cells ("Africa | 6.2 | 37.5"), not as many one-word paragraphs. A table drawn
    without rules has nothing else to tell it by (pdfplumber's table finder reads rules)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and abs(lines[j].top - lines[i].top) < 1.0:
            j += 1
        row = sorted(lines[i:j], key=lambda ln: ln.x0)
        if len(row) >= TABLE_CELLS:
            out.append(
                Line(
                    text=" | ".join(ln.text for ln in row),
                    x0=row[0].x0,
                    x1=max(ln.x1 for ln in row),
                    top=min(ln.top for ln in row),
                    bottom=max(ln.bottom for ln in row),
                    size=statistics.median(ln.size for ln in row),
                    bold=all(ln.bold for ln in row),
                    markers=[m for ln in row for m in ln.markers],
                    table=True,
                )
            )
        else:
            out.extend(row)
        i = j
    return out


def _line_from_chars(chars: list[dict[str, Any]], line_size: float) -> Line | None:
    bottom = max(c["bottom"] for c in chars)
    text = ""
    markers: list[str] = []
    previous: dict[str, Any] | None = None
    pending_marker = ""
    for char in chars:
        raised = char["size"] < 0.8 * line_size and char["bottom"] < bottom - 0.15 * line_size
        if raised and (char["text"].isdigit() or char["text"] in "*†‡"):
            pending_marker += char["text"]
            previous = char
            continue
        if pending_marker:
            text += f"{MARK_OPEN}{pending_marker}{MARK_CLOSE}"
            markers.append(pending_marker)
            pending_marker = ""
        if (
            previous is not None
            and char["text"] != " "
            and not text.endswith(" ")
            and char["x0"] - previous["x1"] > 0.2 * line_size
        ):
            text += " "
        text += char["text"]
        previous = char
    if pending_marker:
        text += f"{MARK_OPEN}{pending_marker}{MARK_CLOSE}"
        markers.append(pending_marker)
    text = " ".join(text.split())
    if not _MARKER.sub("", text).strip():
        return None
    body_chars = [c for c in chars if c["text"].strip()]
    return Line(
        text=text,
        x0=min(c["x0"] for c in chars),
        x1=max(c["x1"] for c in chars),
        top=min(c["top"] for c in chars),
        bottom=bottom,
        size=round(line_size, 1),
        bold=sum(_is_bold(c.get("fontname", "")) for c in body_chars) > 0.6 * len(body_chars),
        markers=markers,
    )


def _open(path: Path) -> Any:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.psparser import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(str(path))
        _ = pdf.pages  # parse the page tree now, so damage is reported here
    except (PdfminerException, PDFPasswordIncorrect) as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect) or "password" in str(cause).lower():
            raise LoaderError(path, "the PDF is encrypted") from exc
        raise LoaderError(path, f"not a readable PDF ({cause!r})") from exc
    except (PSException, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoaderError(path, f"not a readable PDF ({exc!r})") from exc
    return pdf


def load_pdf(path: Path) -> Loaded:
    pdf = _open(path)
    try:
        pages = [(_lines_of_page(page), float(page.height)) for page in pdf.pages]
    except LoaderError:
        raise
    except Exception as exc:  # pdfminer raises many kinds on damaged content streams
        raise LoaderError(path, f"not a readable PDF ({exc!r})") from exc
    finally:
        pdf.close()
    return parse_pdf_lines(pages)


def parse_pdf_lines(pages: list[tuple[list[Line], float]]) -> Loaded:
    """Blocks from the positioned lines of every page."""
    texts = [[ln.text for ln in lines] for lines, _ in pages]
    edges = [
        {
            j
            for j, ln in enumerate(lines)
            if ln.top < EDGE_SHARE * height or ln.bottom > (1 - EDGE_SHARE) * height
        }
        for lines, height in pages
    ]
    drop = furniture(texts, edges)
    removed = [texts[i][j] for i, dropped in enumerate(drop) for j in sorted(dropped)]
    sizes: Counter[float] = Counter()
    for lines, _ in pages:
        for ln in lines:
            sizes[ln.size] += len(ln.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0

    blocks: list[Block] = []
    notes: dict[str, str] = {}
    for number, ((lines, _height), dropped) in enumerate(zip(pages, drop, strict=True)):
        kept = [ln for j, ln in enumerate(lines) if j not in dropped]
        kept = [ln for ln in kept if not PAGE_NUMBER.match(_MARKER.sub("", ln.text))]
        body, foot = _split_footnotes(kept, body_size)
        notes.update(_footnotes(foot))
        page_blocks = _paragraphs(body, body_size)
        if page_blocks and number > 0:
            page_blocks[0].page_start = True
        blocks.extend(page_blocks)
    blocks = join_page_breaks(blocks, lambda text: _MARKER.sub("", text))
    for block in blocks:
        for marker in _MARKER.findall(block.text):
            if marker in notes:
                block.notes.append(f"{marker}: {notes[marker]}")
        # the marker goes, with no space left where it stood ("1998¹," -> "1998,")
        block.text = " ".join(_MARKER.sub("", block.text).split())
    resolve_hyphens(blocks)
    return Loaded([b for b in blocks if b.text], furniture=removed)


def _split_footnotes(lines: list[Line], body_size: float) -> tuple[list[Line], list[Line]]:
    """Footnotes: the run of small-type lines at the foot of the page."""
    cut = len(lines)
    while cut > 0 and lines[cut - 1].size <= body_size - 1.0 and not lines[cut - 1].table:
        cut -= 1
    foot = lines[cut:]
    # A small-type block in mid-page is not a footnote; nor is a foot with no label.
    if not foot or not re.match(r"^(?:\ue000)?\s*[\d*†‡]", foot[0].text):
        return lines, []
    return lines[:cut], foot


def _footnotes(lines: list[Line]) -> dict[str, str]:
    notes: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        text = line.text
        match = re.match(rf"^(?:{MARK_OPEN}([^{MARK_CLOSE}]+){MARK_CLOSE}|([\d*†‡]+)\s)\s*", text)
        if match:
            current = match.group(1) or match.group(2)
            notes[current] = [text[match.end() :]]
        elif current is not None:
            notes[current].append(text)
    return {label: join_lines(parts) for label, parts in notes.items()}


def _paragraphs(lines: list[Line], body_size: float) -> list[Block]:
    if not lines:
        return []
    gaps = [b.top - a.bottom for a, b in pairwise(lines) if 0 <= b.top - a.bottom < 2 * body_size]
    spacing = statistics.median(gaps) if gaps else 0.3 * body_size
    left = min(ln.x0 for ln in lines)
    groups: list[list[Line]] = [[lines[0]]]
    for previous, line in pairwise(lines):
        gap = line.top - previous.bottom
        ended = bool(SENTENCE_END.search(_MARKER.sub("", previous.text)))
        new = (
            line.table
            or previous.table
            or gap > spacing + 0.45 * body_size
            or abs(line.top - previous.top) < 1.0  # a second column at the same height
            or abs(line.size - previous.size) >= 1.0
            or line.bold != previous.bold
            or (bool(LABEL.match(line.text)) and ended)
            or (ended and line.x0 > previous.x0 + 1.5 * body_size and line.x0 > left + body_size)
        )
        if new:
            groups.append([line])
        else:
            groups[-1].append(line)
    blocks = []
    for group in groups:
        text = join_lines([ln.text for ln in group])
        heading = all(ln.bold for ln in group) or group[0].size >= body_size + 1.5
        role = "heading" if heading and len(text) < 250 else "paragraph"
        if group[0].table:
            role = "table"
        blocks.append(Block(text, role, lines=[_MARKER.sub("", ln.text) for ln in group]))
    return blocks
