"""From a loader's blocks to a document's numbered paragraphs.

A block that starts in lower case after a paragraph that did not end a
sentence is the rest of that paragraph, broken by extraction, and is joined
back to it. Separators, page numbers and bare URLs are not paragraphs. A
paragraph's own label ("1.", "(a)", "2.3") is kept apart from its text. Each
paragraph records its kind: heading (titles, letterheads, section headings),
table, or the part of the text it stands in (body, and for decisions preamble
— after "The Ministerial Conference," — and operative — after "Decides:").
Those cues are the conventions of WTO documents, in English, French and Spanish.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from indexing.documents import Paragraph
from indexing.loaders.base import BODY_TEXT, Block, Loaded, split_label

_SEPARATOR = re.compile(r"^[\s\-_=*~.·•\\]{3,}$")  # "\_\_\_": Markdown-escaped rules too
_URL = re.compile(r"^\s*<?(?:https?://|www\.)\S+>?\s*$", re.I)
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?\s*(?:/\s*\d{1,4})?\s*$", re.I)
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")
_SENTENCE_END = re.compile(r"[.!?…»\")]$")
_CLAUSE_END = re.compile(r"[.!?;:…]$")
_PREAMBLE_START = re.compile(
    r"^(?:the ministerial conference|the general council|the council|the committee|"
    r"la conférence ministérielle|le conseil général|le conseil|le comité|"
    r"la conferencia ministerial|el consejo general|el consejo|el comité)\s*[,:]?$",
    re.I,
)
_OPERATIVE_START = re.compile(
    r"^(?:décide|decides|decide|convient|agrees|acuerda|adopte|adopts|adopta|"
    r"conviene|declares|déclare|declara)\b.*[:,]?$",
    re.I,
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[«\"(¿¡]?[A-ZÀ-ÖØ-Þ0-9])")
#: A heading is short and does not end like a sentence or a clause.
_HEADING_MAX_CHARS = 120


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


def _looks_like_heading(raw: str, text: str) -> bool:
    stripped = raw.strip()
    if stripped.startswith("**") and stripped.endswith("**") and len(text) < 200:
        return True
    letters = [c for c in text if c.isalpha()]
    if (
        len(letters) >= 4
        and sum(c.isupper() for c in letters) / len(letters) > 0.85
        and len(text) < 200
        and not text.endswith(".")
    ):
        return True
    # "Communication from Japan", "Background": short, capitalised, no clause punctuation
    return (
        not text.endswith("-")
        and len(text) <= _HEADING_MAX_CHARS
        and len(text.split()) <= 14
        and text[:1].isupper()
        and not re.search(r"[.;:,!?)\]»\"]$", text)
    )


def _is_furniture(text: str) -> bool:
    return bool(not text or _SEPARATOR.match(text) or _URL.match(text) or _PAGE_NUMBER.match(text))


def _starts_lowercase(text: str) -> bool:
    first = text.lstrip("«\"'( ")[:1]
    return first.isalpha() and first.islower()


@dataclass
class _Draft:
    text: str
    role: str
    label: str | None = None
    notes: list[str] = field(default_factory=list)


def blocks_from_text(text: str) -> list[Block]:
    """Blocks of plain text (for callers holding text, not a file)."""
    from indexing.loaders.text import parse_text

    return parse_text(text).blocks


def segment(source: Loaded | list[Block] | str) -> list[Paragraph]:
    """Numbered paragraphs of a document, in reading order, with broken ones repaired."""
    from indexing.metadata import is_header_line

    if isinstance(source, str):
        blocks = blocks_from_text(source)
    elif isinstance(source, Loaded):
        blocks = source.blocks
    else:
        blocks = source
    drafts: list[_Draft] = []
    for block in _split_header_lines(blocks):
        if block.role == "footnote":
            continue
        cleaned = clean_inline(block.text)
        if _is_furniture(cleaned):
            continue
        role, label = block.role, block.label
        if role == "paragraph":
            label, cleaned = split_label(cleaned)
            if label is not None:
                role = "item"
        if role in ("paragraph", "item") and _looks_like_heading(block.text, cleaned):
            role = "heading"
        if (
            drafts
            and role == "paragraph"
            and _starts_lowercase(cleaned)
            and drafts[-1].role in ("paragraph", "item")
            and not _CLAUSE_END.search(drafts[-1].text)
        ):
            previous = drafts[-1]
            joiner = "" if previous.text.endswith("-") and not previous.text.endswith(" -") else " "
            previous.text = (
                (previous.text[:-1] if joiner == "" else previous.text) + joiner + cleaned
            )
            previous.notes.extend(block.notes)
            continue
        drafts.append(_Draft(cleaned, role, label, list(block.notes)))

    paragraphs: list[Paragraph] = []
    part = "body"
    begun = False  # a paragraph of running text has come: later tables are the text's data
    for number, draft in enumerate(drafts, start=1):
        if draft.role == "heading":
            kind = "heading"
        elif draft.role == "table":
            # a header table (symbol, date) names the document; a table in the text holds
            # its data ("United States | ESIGN Act | 2000 | Minimalist"), which answers
            kind = "row" if begun else "table"
        elif _PREAMBLE_START.match(draft.text):
            part = "preamble"
            kind = part
        elif _OPERATIVE_START.match(draft.text) and len(draft.text) < 60:
            part = "operative"
            kind = part
        else:
            kind = part
        begun = begun or (draft.role in ("paragraph", "item") and len(draft.text) >= BODY_CHARS)
        if kind not in ("table", "row") and (
            is_lead_in(draft.text)
            or _DATE_LINE.match(draft.text)
            or (len(draft.text) < HEADER_LINE_CHARS and is_header_line(draft.text))
        ):
            # "Decides:", "The General Council," introduce, say nothing; a letterhead's
            # job number "(18-4321)" or "Original: French" left among the body is furniture
            kind = "heading"
        paragraphs.append(
            Paragraph(
                number=number,
                text=draft.text,
                kind=kind,
                label=draft.label,
                notes=tuple(draft.notes),
            )
        )
    return paragraphs


#: A date alone on its line ("13 December 2017", "11 de octubre de 2016", "May 28, 2013"):
#: the letterhead's date of issue, which metadata reads; it answers nothing.
_DATE_LINE = re.compile(
    r"^\s*(?:\d{1,2}(?:er|º)?\s+(?:de\s+)?[^\W\d_]+\s+(?:de\s+)?(?:19|20)\d{2}|"
    r"[^\W\d_]+\s+\d{1,2},\s+(?:19|20)\d{2})\.?\s*$"
)


#: A header line (letterhead, job number, symbol, "Original:") is at most this long.
HEADER_LINE_CHARS = 60
#: A paragraph this long is running text: the letterhead's header table is behind.
BODY_CHARS = 100


def is_lead_in(text: str) -> bool:
    """A formula that only introduces what follows: a few words ending in ":" or ","."""
    return len(text.split()) <= 5 and text.rstrip().endswith((":", ","))


def _split_header_lines(blocks: list[Block]) -> list[Block]:
    """In the header block, one line one block: a PDF or text export often runs the
    letterhead, symbol, date and "Original: English" together without blank lines."""
    from indexing.metadata import is_header_line

    out: list[Block] = []
    in_header = True
    for block in blocks:
        if block.role == "paragraph" and len(block.text) > BODY_TEXT:
            in_header = False
        if in_header and len(block.lines) > 1 and any(is_header_line(ln) for ln in block.lines):
            out.extend(Block(ln, "paragraph") for ln in block.lines if ln.strip())
        else:
            out.append(block)
    return out


def split_long(text: str, max_chars: int) -> list[str]:
    """Split a long paragraph at sentence ends into parts of at most ~max_chars."""
    text = text.strip()
    if len(text) <= max_chars:
        return [text]
    parts: list[str] = []
    current = ""
    for sentence in sentences(text):
        if current and len(current) + 1 + len(sentence) > max_chars:
            parts.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        parts.append(current)
    return parts


def sentences(text: str) -> list[str]:
    """The text's sentences (and clauses ended by a semicolon), split before a capital."""
    return _SENTENCE_SPLIT.split(text)


def sentence_end(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))
