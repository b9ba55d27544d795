"""Word (.docx): body paragraphs and tables in order, list numbers as Word shows them.

python-docx reads the text but not the numbers Word draws in front of a numbered
paragraph (they live in the numbering part, not in the text), so the labels are
computed here from each paragraph's numbering properties. A table before the
first body paragraph is a header table (symbol, date, original language): its
rows become `fields` for the metadata, and every table row a "table" block.
Footnotes live in the footnotes part, which python-docx does not read: each is
taken from there (its XML, through python-docx's own parser) and becomes a note
of the paragraph whose run references it, numbered as Word numbers them (in the
order of their references).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from indexing.loaders.base import Block, Loaded, LoaderError, split_label

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = [
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
]  # fmt: skip


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "bullet":
        return "•"
    return str(n)


class _Numbering:
    """The labels of numbered paragraphs, counted as Word counts them."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, AttributeError, NotImplementedError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.iter(f"{_W}abstractNum"):
            levels = {}
            for lvl in node.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                text = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                    fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{_W}val", "%1.") if text is not None else "%1.",
                    int(start.get(f"{_W}val", "1")) if start is not None else 1,
                )
            abstract[node.get(f"{_W}abstractNumId", "")] = levels
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(f"{_W}val", ""), {}).items():
                self.levels[(num.get(f"{_W}numId", ""), ilvl)] = spec

    def label(self, num_id: str, ilvl: int) -> str | None:
        if (num_id, ilvl) not in self.levels:
            return None
        counters = self.counters.setdefault(num_id, [0] * 9)
        fmt, _text, start = self.levels[(num_id, ilvl)]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if fmt == "bullet":
            return "•"
        _fmt, pattern, _start = self.levels[(num_id, ilvl)]

        def level_value(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            spec = self.levels.get((num_id, level), ("decimal", "", 1))
            return _format_number(counters[level] or spec[2], spec[0])

        return re.sub(r"%(\d)", level_value, pattern).strip() or None


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """(numId, level) of a numbered paragraph: its own properties, else its styles'."""
    properties = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        properties.append(style.element.pPr)
        style = style.base_style
    for ppr in properties:
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is None:
            continue
        num_id = num_pr.find(f"{_W}numId")
        ilvl = num_pr.find(f"{_W}ilvl")
        if num_id is not None and num_id.get(f"{_W}val", "0") != "0":
            level = int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0
            return num_id.get(f"{_W}val", ""), level
    return None


def load_docx(path: Path) -> Loaded:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # PackageNotFoundError, zipfile.BadZipFile, KeyError...
        raise LoaderError(path, f"not a readable .docx file ({exc})") from exc
    numbering = _Numbering(document)
    footnotes = _footnotes(document)
    blocks: list[Block] = []
    fields: dict[str, str] = {}
    referenced: list[str] = []
    seen_body = False
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            para = Paragraph(child, document)
            text = " ".join(para.text.split())
            if not text:
                continue
            style = (para.style.name or "").lower() if para.style is not None else ""
            if style.startswith(("heading", "title", "titre", "título")):
                blocks.append(Block(text, "heading"))
                continue
            num = _num_pr(para)
            label = numbering.label(*num) if num else None
            if label is None:
                label, text = split_label(text)
            block = Block(text, "item" if label else "paragraph", label=label)
            for reference in child.iter(f"{_W}footnoteReference"):
                note = footnotes.get(reference.get(f"{_W}id", ""))
                if note:
                    block.notes.append(f"{len(referenced) + 1}: {note}")
                    referenced.append(note)
            blocks.append(block)
            seen_body = True
        elif child.tag == f"{_W}tbl":
            for row in Table(child, document).rows:
                # a merged cell is listed once per grid column it spans (the same <w:tc>
                # element each time); two cells that say the same ("2 | 2") are two cells
                cells = [
                    " ".join(c.text.split())
                    for n, c in enumerate(row.cells)
                    if n == 0 or c._tc is not row.cells[n - 1]._tc
                ]
                cells = [c for c in cells if c]
                if not cells:
                    continue
                blocks.append(Block(" | ".join(cells), "table"))
                if not seen_body:
                    _fields_of_row(cells, fields)
    furniture: list[str] = []
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer):
            try:
                furniture.extend(p.text.strip() for p in part.paragraphs if p.text.strip())
            except (AttributeError, ValueError):
                continue
    return Loaded(blocks, furniture=furniture, fields=fields)


def _footnotes(document: Any) -> dict[str, str]:
    """The text of each footnote by its id; Word's separator notes left out."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import parse_xml

    for rel in document.part.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES and not rel.is_external:
            root = parse_xml(rel.target_part.blob)
            break
    else:
        return {}
    notes: dict[str, str] = {}
    for note in root.iter(f"{_W}footnote"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paragraphs = ["".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p")]
        text = " ".join(" ".join(paragraphs).split())
        if text:
            notes[note.get(f"{_W}id", "")] = text
    return notes


def _fields_of_row(cells: list[str], fields: dict[str, str]) -> None:
    """Header-table cells as key/value pairs: "Symbol | WT/L/1" or "Date: 3 May 2019"."""
    if len(cells) == 2 and len(cells[0]) < 40 and not cells[0].rstrip().endswith("."):
        fields[cells[0].rstrip(" :")] = cells[1]
        return
    for cell in cells:
        key, sep, value = cell.partition(":")
        if sep and value.strip() and len(key) < 40:
            fields[key.strip()] = value.strip()
        else:
            fields.setdefault(f"cell{len(fields)}", cell)
