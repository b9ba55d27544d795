"""Request and response schemas of the HTTP API (see shared contract)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from answering.question import question_problem
from wtoqa.settings import MAX_K, MAX_QUESTION_CHARS


class Filters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc_id: str | list[str] | None = Field(None, description="one document id or several")
    language: str | None = Field(None, max_length=8)
    date_from: date | None = None
    date_to: date | None = None


class SearchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str = Field(..., min_length=1, max_length=MAX_QUESTION_CHARS)
    k: int = Field(5, ge=1, le=MAX_K, strict=True, description="how many passages")
    filters: Filters | None = None

    @field_validator("query")
    @classmethod
    def _searchable(cls, value: str) -> str:
        problem = question_problem(value, "query")
        if problem:
            raise ValueError(problem)
        return value


class PassageOut(BaseModel):
    passage_id: str
    doc_id: str
    title: str
    paragraph: int
    text: str
    score: float
    language: str
    kind: str | None = None
    date: str | None = None
    label: str | None = Field(None, description="the paragraph's own number in the document")


class SearchOut(BaseModel):
    passages: list[PassageOut]


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["user", "assistant", "system"]
    content: str = Field(..., max_length=20_000)

    @field_validator("content")
    @classmethod
    def _valid_unicode(cls, value: str) -> str:
        problem = question_problem(value, "content")
        if problem and "blank" not in problem and "no word" not in problem:
            raise ValueError(problem)
        return value


class QuestionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(..., min_length=1, max_length=MAX_QUESTION_CHARS)
    k: int = Field(5, ge=1, le=MAX_K, strict=True, description="how many passages")
    history: list[MessageIn] | None = Field(None, max_length=40)

    @field_validator("question")
    @classmethod
    def _searchable(cls, value: str) -> str:
        problem = question_problem(value)
        if problem:
            raise ValueError(problem)
        return value.strip()


class CitationOut(BaseModel):
    marker: str
    passage_id: str
    doc_id: str
    title: str
    paragraph: int
    quote: str
    label: str | None = Field(None, description="the paragraph's own number in the document")
    symbol: str | None = Field(None, description="the document's symbol, e.g. WT/L/274")
    date: str | None = Field(None, description="the document's date (ISO 8601)")
    language: str | None = Field(None, description="the language of the quote")


class AnswerOut(BaseModel):
    status: Literal["answered", "not_found"]
    answer: str
    citations: list[CitationOut]
    passages: list[PassageOut]
    language: str | None = None
    method: str | None = None
    rewritten_question: str | None = None


class HealthOut(BaseModel):
    status: str
    documents: int
    passages: int
    embedding_model: str
    build_id: str = Field(
        ..., description="the index build served (its folder under builds/; ids sort in order)"
    )
    build_created: str | None = Field(None, description="when that build was made (ISO 8601)")


class ParagraphOut(BaseModel):
    number: int
    kind: str
    text: str
    label: str | None = Field(None, description="the document's own number: '1.', '(a)'")
    notes: list[str] = Field(default_factory=list, description="its footnotes")


class DocumentOut(BaseModel):
    doc_id: str
    title: str
    language: str
    source_file: str
    date: str | None = None
    body: str | None = None
    kind: str | None = None
    symbol: str | None = None
    session: int | None = Field(None, description="Ministerial Conference session (12: MC12)")
    place: str | None = None
    extra: dict[str, object] = {}
    paragraphs_count: int


class DocumentDetailOut(DocumentOut):
    paragraphs: list[ParagraphOut]


class DocumentsOut(BaseModel):
    documents: list[DocumentOut]


class JobOut(BaseModel):
    """A change of the corpus under way: poll `GET /jobs/{job_id}` until done or failed."""

    job_id: str
    kind: Literal["add", "replace", "delete"]
    doc_id: str
    status: Literal["queued", "running", "done", "failed"]
    stage: str = Field(description="what the job is doing now")
    progress: float = Field(ge=0.0, le=1.0, description="share of the work done, 0 to 1")
    reason: str | None = Field(None, description="why the job failed")
    build_id: str | None = Field(None, description="the index build that serves the change")
    created: str
    finished: str | None = None
