"""What an answer is made of: citations that point at a passage and quote it verbatim."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from indexing.documents import Hit

Status = Literal["answered", "not_found"]


@dataclass(frozen=True)
class Message:
    role: Literal["user", "assistant", "system"]
    content: str


@dataclass(frozen=True)
class Citation:
    marker: str  # "[1]"
    passage_id: str
    doc_id: str
    title: str
    paragraph: int
    quote: str  # a verbatim substring of the passage's text
    #: The paragraph's own number in the document ("3.", "(b)"), beside the reading order.
    label: str | None = None
    symbol: str | None = None
    date: str | None = None
    #: The language of the quote (the document's).
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    status: Status
    answer: str
    citations: list[Citation]
    hits: list[Hit]
    language: str
    support: float = 0.0
    #: Why the corpus cannot answer (not_found only); support.py names the reasons.
    abstention_reason: str | None = None
    method: str = "extractive"
    rewritten_question: str | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)
    #: The retrieval ranking behind the answer, deeper than `hits` (for evaluation).
    ranking: list[Hit] = field(default_factory=list)


def passage_dict(hit: Hit) -> dict[str, Any]:
    p = hit.passage
    return {
        "passage_id": p.passage_id,
        "doc_id": p.doc_id,
        "title": p.title,
        "paragraph": p.paragraph,
        "text": p.text,
        "score": round(float(hit.score), 6),
        "language": p.language,
        "kind": p.kind,
        "date": p.date,
        "label": p.label,
    }


def answer_dict(answer: Answer) -> dict[str, Any]:
    """The contract's Answer object."""
    return {
        "status": answer.status,
        "answer": answer.answer,
        "citations": [c.to_dict() for c in answer.citations],
        "passages": [passage_dict(h) for h in answer.hits],
        "language": answer.language,
        "method": answer.method,
        "rewritten_question": answer.rewritten_question,
    }


def sources_block(answer: Answer) -> str:
    """The answer's citations as text, in its language: marker, document, paragraph, quote."""
    if not answer.citations:
        return ""
    heading, paragraph = _SOURCES.get(answer.language, _SOURCES["en"])
    lines = [heading]
    for c in answer.citations:
        where = f"{paragraph} {c.paragraph}" + (f" ({c.label})" if c.label else "")
        ident = ", ".join(filter(None, [c.symbol, c.doc_id]))
        lines.append(f"{c.marker} {c.title} ({ident}), {where}: « {c.quote} »")
    return "\n".join(lines)


_SOURCES = {
    "en": ("Sources:", "paragraph"),
    "fr": ("Sources :", "paragraphe"),
    "es": ("Fuentes:", "párrafo"),
}


def answer_with_sources(answer: Answer) -> str:
    block = sources_block(answer)
    return f"{answer.answer}\n\n{block}" if block else answer.answer
