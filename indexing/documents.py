"""The things that flow from files to answers: documents, paragraphs, passages, hits."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

#: Paragraph kinds that are never the quote of an answer ("table": a header table;
#: a table in the text is "row"s, which answer).
NOT_QUOTABLE = frozenset({"heading", "table"})
#: Paragraph kinds an answer may quote.
QUOTABLE_KINDS = ("body", "preamble", "operative", "note", "row")
#: A table by its number, as a caption or a paragraph names it: "Table 2", "tableau 4",
#: "cuadro 1".
TABLE_NUMBER = r"(?:table|tableau|cuadro)\s+\d+"


@dataclass(frozen=True)
class DocumentMeta:
    """What is known of a document besides its text."""

    doc_id: str
    title: str
    language: str
    source_file: str
    date: str | None = None  # ISO 8601, as the document gives it
    body: str | None = None  # issuing body or member
    kind: str | None = None  # ministerial decision, draft decision, communication...
    symbol: str | None = None  # WTO document symbol, only where the text gives it
    session: int | None = None  # Ministerial Conference session (12 for MC12)
    place: str | None = None  # where that session met
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def date_of_act(self) -> str | None:
        """When what the document records took place (a meeting, a seminar), where it
        differs from its date of issue (indexing.metadata)."""
        act = self.extra.get("date_of_act")
        return str(act) if act else None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a document, numbered from 1 in reading order."""

    number: int
    text: str
    kind: str = "body"  # heading, table, preamble, operative, body
    label: str | None = None  # the document's own number for it: "1.", "(a)", "2.3"
    notes: tuple[str, ...] = ()  # its footnotes, "label: text"

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "kind": self.kind,
            "text": self.text,
            "label": self.label,
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class Document:
    meta: DocumentMeta
    paragraphs: tuple[Paragraph, ...]
    sha256: str  # of the source file's bytes

    @property
    def doc_id(self) -> str:
        return self.meta.doc_id


@dataclass(frozen=True)
class Passage:
    """The unit of retrieval: a paragraph, or a sentence-aligned part of a long one."""

    passage_id: str
    doc_id: str
    title: str
    paragraph: int
    text: str
    language: str
    kind: str = "body"
    date: str | None = None
    label: str | None = None
    #: The document's context (title, symbol, date, body, session) indexed with the text;
    #: never shown or quoted as the passage's own words.
    header: str = ""
    #: What the passage is about, said elsewhere in its document (a footnote: the opening
    #: of the paragraph that calls it); indexed with the text, never shown or quoted.
    context: str = ""

    @property
    def text_sha(self) -> str:
        """Identity of what is embedded: the text with its document header and context."""
        return hashlib.sha256(f"{self.header}\n{self.context}\n{self.text}".encode()).hexdigest()

    @property
    def quotable(self) -> bool:
        """Headings, title blocks and header tables name things; they answer nothing."""
        return self.kind not in NOT_QUOTABLE

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Passage:
        return cls(**{k: row[k] for k in cls.__dataclass_fields__ if k in row})


@dataclass(frozen=True)
class Hit:
    """A passage with its score in one ranking (higher is better)."""

    passage: Passage
    score: float
    lexical_rank: int | None = None
    dense_rank: int | None = None
    dense_score: float | None = None
    lexical_score: float | None = None
