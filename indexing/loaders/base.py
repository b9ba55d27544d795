"""What every loader returns: the document's blocks in reading order, and its furniture.

A loader keeps the structure the format gives (headings, numbered items, tables,
footnotes) and removes what is not the document's text (running headers and
footers, page numbers, navigation). What it removes is kept aside as
`furniture`, because a running header is often where a document states its own
symbol; header tables and page metadata come as `fields`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

#: Block roles: "heading", "paragraph", "item" (a numbered or bulleted list item),
#: "table" (one row, cells joined by " | "), "footnote".
ROLES = ("heading", "paragraph", "item", "table", "footnote")


class LoaderError(Exception):
    """A file that cannot be turned into text; the message names the file."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class Block:
    """One paragraph-like unit of a file, in reading order."""

    text: str
    role: str = "paragraph"
    #: The number or letter the document gives it ("1.", "(a)", "2.3"), if any.
    label: str | None = None
    #: Footnotes whose markers stood in this block, as "label: text".
    notes: list[str] = field(default_factory=list)
    #: The block begins a new page (PDF, text with form feeds) — for joining.
    page_start: bool = False
    #: The lines it was made of, where the format has lines (PDF, text).
    lines: list[str] = field(default_factory=list)


@dataclass
class Loaded:
    blocks: list[Block]
    #: Lines removed as running headers, footers or page furniture (for metadata).
    furniture: list[str] = field(default_factory=list)
    #: Key/value pairs the file states outside its text (header tables, page metadata).
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks if b.role != "footnote")


#: A block this long is body text: a document's header or title block is over.
BODY_TEXT = 200


# -- shared line-level rules -----------------------------------------------------------

#: A page number line: "12", "- 2 -", "Page 3", "Page: 1/3", "3/10".
PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:page|página|pág\.)\s*:?\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:/|of|sur|de)\s*\d{1,4})?\s*$",
    re.I,
)
#: A paragraph label at the start of a line: "1.", "12.", "2.3", "2.3.1", "(a)", "a)", "(iv)".
LABEL = re.compile(
    r"^(?P<label>\d{1,3}\.(?:\d{1,3}\.?)*|\d{1,3}\.\d{1,3}(?:\.\d{1,3})*|"
    r"\([a-z]{1,2}\)|[a-z]\)|\((?:[ivxlc]{1,6})\)|[ivxlc]{1,6}\)|\(\d{1,3}\)|[•▪◦·●○\-–*])\s+(?=\S)",
)
#: The heading of a document's end notes: "Notes", "Footnotes", "Notes de bas de page",
#: "Notas".
NOTES_HEADING = re.compile(
    r"^(?:(?:foot|end)?notes?|notes de (?:bas de page|fin)|notas(?: al pie| finales)?)\s*:?$",
    re.I,
)
SENTENCE_END = re.compile(r"[.!?:;…»\")]\s*$")


def split_label(text: str) -> tuple[str | None, str]:
    """("1.", rest) for a labelled paragraph; (None, text) otherwise."""
    match = LABEL.match(text)
    if not match:
        return None, text
    label = match.group("label")
    rest = text[match.end() :]
    if label[0].isdigit() and label.rstrip(".").isdigit() and not label.endswith("."):
        return None, text  # "1998 was..." is a year, not a label
    if label in "•▪◦·●○-–*":
        label = "•"
    return label, rest


def normalise_furniture(line: str) -> str:
    """A header or footer line with its page-dependent parts (numbers) masked."""
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one line: hyphenated line ends are mended."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif re.search(r"[^\W\d_]-$", out) and line[:1].islower():
            # "develop-" + "ment", or "non-" + "discrimination": decided per document
            out = out[:-1] + SOFT_HYPHEN + line
        else:
            out = f"{out} {line}"
    return out


#: Marks a hyphen at a line end until the whole document is known (see resolve_hyphens).
SOFT_HYPHEN = "\ue002"
_SOFT_WORD = re.compile(r"([^\W_]+)\ue002([^\W_]+)")
#: Prefixes that keep their hyphen in English, French and Spanish compounds.
_HYPHEN_PREFIXES = frozenset(
    "e non co self cross multi pluri anti inter intra sous sub post pre pré ex quasi "
    "semi extra auto macro micro".split()
)


def resolve_hyphens(blocks: list[Block]) -> None:
    """Line-end hyphens: kept where the document writes the word with a hyphen elsewhere
    (or the first part is a compound prefix), dropped otherwise ("develop-ment")."""
    corpus = " ".join(b.text for b in blocks).casefold()

    def mend(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        hyphenated = f"{first}-{second}"
        if len(first) == 1 or first.casefold() in _HYPHEN_PREFIXES:
            return hyphenated
        if hyphenated.casefold() in corpus:
            return hyphenated
        return first + second

    for block in blocks:
        if SOFT_HYPHEN in block.text:
            block.text = _SOFT_WORD.sub(mend, block.text).replace(SOFT_HYPHEN, "-")


def join_page_breaks(blocks: list[Block], visible: Callable[[str], str] = str) -> list[Block]:
    """A paragraph cut by a page break is one paragraph: a page's first block joins the
    last one of the page before when that one did not end a sentence.

    `visible` gives the text as read (without a loader's own markers)."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            block.page_start
            and previous is not None
            and previous.role == block.role == "paragraph"
            and not SENTENCE_END.search(visible(previous.text))
            and not LABEL.match(block.text)
        ):
            previous.text = join_lines([previous.text, block.text])
            previous.notes.extend(block.notes)
            continue
        out.append(block)
    return out
