"""Plain text (Markdown has its own loader): encodings, pages at form feeds, paragraphs from lines.

Text exported from a PDF keeps the PDF's pages (form feeds), its running
headers and its wrapped lines; pages are cleaned like a PDF's, and a paragraph
cut by a page break is joined again. Footnotes sit at a page's foot under a
short rule ("______"), each opening with its number; their markers are plain
digits after a word or its punctuation ("in 2009.1 The"), since a text export
has lost the superscript. A footnote becomes a note of the paragraph of its page
that holds its marker, and the marker leaves the text.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from indexing.loaders.base import (
    LABEL,
    NOTES_HEADING,
    PAGE_NUMBER,
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
#: or around a title (centred: indented as the title is).
_RULE = re.compile(r"^\s*(?:[-*_=~]\s*){3,}$|^\s*#{5,}\s*$")
#: The lines of a text's first page read for a letterhead's fields.
HEADER_LINES = 30
#: A line inside a box drawn with the same character: "#  WORLD TRADE ORGANIZATION  #".
_BOXED = re.compile(r"^\s*([#*|])\s+(\S.*?)\s+\1\s*$")
#: A field written with leader dots: "Symbol ........ WT/X/1", "Fecha ..... 2 de mayo".
_LEADER_FIELD = re.compile(r"^\s*(?P<name>[^\W\d_][^.:]{0,30}?)\s*\.{4,}\s*(?P<value>\S.*?)\s*$")
#: A title underlined by a rule of its own width ("TITLE" over "=====" or "~~~~~").
_UNDERLINE = re.compile(r"^\s*(?:=+|-+|~+)\s*$")
#: The rule that opens a page's footnotes, and a footnote's first line ("2 Law No...").
_NOTE_RULE = re.compile(r"^\s*[_\-—–]{5,}\s*$")
_NOTE_START = re.compile(r"^\s*(?P<n>\d{1,3}|[*†‡]|\[\d{1,3}\])\s+(?=\S)")


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
        [
            part
            for line in _fixed_width_tables(
                _tab_tables(_underlined_headings([_BOXED.sub(r"\2", x) for x in page.split("\n")]))
            )
            for part in ([line] if line.startswith(_ROW) else _columns(line))
        ]
        for page in text.split("\f")
    ]
    # a letterhead's fields with leader dots ("Symbol ...... WT/X/1"): the document's
    # own metadata, as a Word header table's, and no text to quote
    fields: dict[str, str] = {}
    removed: list[str] = []
    for n, line in enumerate(pages[0][:HEADER_LINES]):
        field = _LEADER_FIELD.match(line)
        if field:
            fields.setdefault(field.group("name").strip(), field.group("value"))
            removed.append(line.strip())
            pages[0][n] = ""
    if len(pages) > 1:
        drop = furniture(pages, [text_edges(lines) for lines in pages])
        for lines, dropped in zip(pages, drop, strict=True):
            removed.extend(lines[j].strip() for j in sorted(dropped))
            for j in dropped:
                lines[j] = ""
    for lines in pages:
        # "Page : 3", "- 4 -" or "2/9" in a letterhead, away from the page's edges; a bare
        # number may be a table's cell and stays
        for j, line in enumerate(lines):
            if PAGE_NUMBER.match(line) and not line.strip().isdigit():
                removed.append(line.strip())
                lines[j] = ""
    blocks: list[Block] = []
    for page_number, lines in enumerate(pages):
        lines, notes = _split_footnotes(lines)
        page: list[Block] = []
        for n, group in enumerate(blocks_of_page(lines)):
            if group[0].startswith(_ROW):
                page.append(Block(group[0][len(_ROW) :], "table"))
                continue
            heading = bool(_MD_HEADING.match(group[0]))
            content = join_lines([_MD_HEADING.sub("", g) for g in group])
            block = Block(
                content,
                "heading" if heading else "paragraph",
                lines=[_MD_HEADING.sub("", g).strip() for g in group],
            )
            block.page_start = page_number > 0 and n == 0
            page.append(block)
        _attach_notes(page, notes)
        blocks.extend(page)
    blocks = _end_notes(join_page_breaks(blocks))
    resolve_hyphens(blocks)
    return Loaded(blocks, furniture=removed, fields=fields)


#: End notes that open with a bracketed or a superscript mark: "[1] See ... [2] Law No.
#: ...", "¹ See ... ² Law No. ...".
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_END_NOTE = re.compile(rf"(?:^|\s)([\[(]\d{{1,3}}[\])]|[{_SUPERSCRIPTS}]{{1,3}})\s+(?=\S)")


def _note_mark(mark: str) -> tuple[str, re.Pattern[str]]:
    """A note's number, and its call in the text: "[2]" or "(2)" after a word, or "²"
    (not inside "²³")."""
    if mark[0] in _SUPERSCRIPTS:
        number = mark.translate(str.maketrans(_SUPERSCRIPTS, "0123456789"))
        return number, re.compile(rf"(?<=\S)(?<![{_SUPERSCRIPTS}]){mark}(?![{_SUPERSCRIPTS}])")
    number = mark.strip("[]()")
    return number, re.compile(rf"(?<=\S)[\[(]{number}[\])]")


#: A line this short that says "Notes" heads the end notes, whatever its role.
NOTES_LINE_CHARS = 30


def _end_notes(blocks: list[Block]) -> list[Block]:
    """A text's end notes, under a "Notes" heading, each opening with a bracketed or a
    superscript mark ("[1] ...", "¹ ..."): each joins the block before the heading whose
    text holds its mark ("... in 2031.[1] The"), and the mark leaves that text; the
    heading and the notes are no text of their own. A note whose mark is not found joins
    the last block."""
    for n, block in enumerate(blocks):
        # the heading may be a line of its own that nothing marks as one ("NOTES")
        if not NOTES_HEADING.match(block.text.strip()) or (
            block.role != "heading" and len(block.text.strip()) > NOTES_LINE_CHARS
        ):
            continue
        notes: list[tuple[str, str]] = []
        used = 0
        for after in blocks[n + 1 :]:
            parts = _END_NOTE.split(after.text)
            if parts[0].strip() or len(parts) < 3:
                break
            notes += [(parts[i], parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]
            used += 1
        if not notes:
            continue
        body = blocks[:n]
        for written, text in notes:
            number, mark = _note_mark(written)
            holder = next((b for b in body if mark.search(b.text)), body[-1] if body else None)
            if holder is not None:
                holder.text = mark.sub("", holder.text, count=1)
                holder.notes.append(f"{number}: {text}")
        return body + blocks[n + 1 + used :]
    return blocks


def _underlined_headings(lines: list[str]) -> list[str]:
    """A line underlined by a rule as wide as itself is a heading (written as Markdown's,
    which blocks_of_page reads); the rule goes."""
    out = list(lines)
    for n in range(1, len(out)):
        rule, above = out[n].strip(), out[n - 1].strip()
        if (
            above
            and _UNDERLINE.match(out[n])
            and len(rule) >= 3
            and abs(len(rule) - len(above)) <= max(3, len(above) // 5)
            and not _MD_HEADING.match(out[n - 1])
        ):
            out[n - 1], out[n] = f"# {above}", ""
    return out


def _split_footnotes(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """A page's lines without its footnotes, and the footnotes as (number, text).

    The footnotes are what follows the page's last short rule, when the first line
    after it opens with a number."""
    rules = [i for i, line in enumerate(lines) if _NOTE_RULE.match(line)]
    if not rules:
        return lines, []
    start = rules[-1]
    after = [line for line in lines[start + 1 :] if line.strip()]
    if not after or not _NOTE_START.match(after[0]):
        return lines, []
    notes: list[tuple[str, list[str]]] = []
    for line in after:
        match = _NOTE_START.match(line)
        if match:
            notes.append((match.group("n"), [line[match.end() :]]))
        else:
            notes[-1][1].append(line)
    return lines[:start], [(n, join_lines(parts)) for n, parts in notes]


def _marker(number: str) -> re.Pattern[str]:
    """Footnote `number` as a text export leaves its marker: right after a letter or a
    closing punctuation mark, and not the number of a section ("4.1 of", "4.5.3")."""
    return re.compile(
        rf"(?:(?<=[^\W\d_])|(?<=[.,;:)\]»\"’”])){re.escape(number)}(?=$|[\s,;:.)])(?![.,]\d)"
    )


def _attach_notes(page: list[Block], notes: list[tuple[str, str]]) -> None:
    """Each footnote to the first block of the page, from the last one's, that holds its
    marker; the marker leaves the text. A footnote whose marker is not found is a note of
    the page's last paragraph, so that its text is still indexed."""
    first = 0
    for number, text in notes:
        label = number.strip("[]")  # "[2]" under a rule is note 2
        for index in range(first, len(page)):
            block = page[index]
            match = _marker(number).search(block.text)
            if match is None or _section_number(block.text, match):
                continue
            block.text = block.text[: match.start()] + block.text[match.end() :]
            block.notes.append(f"{label}: {text}")
            first = index
            break
        else:
            if page:
                page[-1].notes.append(f"{label}: {text}")


#: A table's rule under its head row, one run of dashes per column: "-----  ---  ---".
_COLUMN_RULE = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")
#: Marks a line made a table's row (its cells joined by " | "), a paragraph of its own.
_ROW = "\x00row\x00"


def _fixed_width_tables(lines: list[str]) -> list[str]:
    """A table set out in fixed-width columns (a text export's, a report's): the head row,
    a rule of one run of dashes per column, then rows down to a blank line. Each row
    becomes a line of its cells joined by " | " (marked _ROW), as a Markdown table's
    are; its columns would otherwise be split apart as a page's columns are."""
    out = [[line] for line in lines]
    for at, line in enumerate(lines):
        if not _COLUMN_RULE.match(line) or at == 0 or not lines[at - 1].strip():
            continue
        spans = [m.span() for m in re.finditer(r"-{3,}", line)]
        row = at + 1
        rows = [at - 1]
        while row < len(lines) and lines[row].strip() and not _COLUMN_RULE.match(lines[row]):
            rows.append(row)
            row += 1
        if len(rows) < 2:
            continue
        for j in rows:
            cells = _cells(lines[j], spans)
            if cells is not None:
                out[j] = _row_lines(cells)
        out[at] = [""]
    return [part for parts in out for part in parts]


def _tab_tables(lines: list[str]) -> list[str]:
    """A table whose cells are set apart by tabs (a word processor's text save): two or
    more lines in a row with the same number of cells, three at least, each a row (marked
    _ROW, each a paragraph of its own). A numbered paragraph ("1.1<tab>The text") has two."""
    out: list[str] = []
    run: list[list[str]] = []

    def flush() -> None:
        if len(run) >= 2:
            out.extend(part for cells in run for part in _row_lines(cells))
        else:
            out.extend("\t".join(cells) for cells in run)
        run.clear()

    for line in lines:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) >= 3 and all(cells) and (not run or len(run[0]) == len(cells)):
            run.append(cells)
            continue
        flush()
        if len(cells) >= 3 and all(cells):
            run.append(cells)
        else:
            out.append(line)
    flush()
    return out


def _row_lines(cells: list[str]) -> list[str]:
    """A table's row as lines: its cells joined (marked _ROW), then a blank line, so that
    each row is a paragraph of its own."""
    return [_ROW + " | ".join(cells), ""]


def _cells(line: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """The line's cells under the rule's columns: the words that start within each
    column's span (or before the next one); None if a column holds nothing but the
    first (a line of text, not a row)."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]
    cells: list[list[str]] = [[] for _ in spans]
    for start, word in words:
        column = 0
        for n, (left, _right) in enumerate(spans):
            if start >= left - 2:
                column = n
        # a right-aligned figure ends under its column's rule
        end = start + len(word)
        for n, (left, right) in enumerate(spans):
            if left <= end <= right + 1 and n > column:
                column = n
        cells[column].append(word)
    if not any(cells[1:]):
        return None
    return [" ".join(c) for c in cells]


def _section_number(text: str, match: re.Match[str]) -> bool:
    """ "4.1 of the report": a digit, a dot, the number and a word in lower case is a
    section's number; "in 2009.1 The rate" is a year and a marker."""
    before = text[max(0, match.start() - 2) : match.start()]
    after = text[match.end() : match.end() + 2]
    return bool(re.fullmatch(r"\d[.,]", before)) and not re.match(r"\s[A-ZÀ-Ý]|$", after)


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
