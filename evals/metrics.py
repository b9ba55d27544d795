"""Scoring one question, and the contract's metrics over a run.

Matching (shared contract): Unicode NFKC, case-folded, white space collapsed,
typographic apostrophes as ', markdown emphasis removed; for `answer_any`,
accents folded too.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from indexing.analyzers import fold_accents

_MARKDOWN = re.compile(r"[*_#]")
MRR_DEPTH = 10
HIT_KS = (1, 3, 5)


def normalize(text: str, fold: bool = False) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    text = _MARKDOWN.sub("", text)
    # a table row's cells are shown " | "-separated; its words in order are its evidence
    text = " ".join(text.replace("|", " ").split())
    return fold_accents(text) if fold else text


@dataclass
class GoldQuestion:
    id: str
    lang: str
    question: str
    evidence: list[str] = field(default_factory=list)
    evidence_any: list[str] = field(default_factory=list)
    answer_any: list[list[str]] = field(default_factory=list)
    unanswerable: bool = False
    history: list[dict[str, str]] = field(default_factory=list)
    #: SQuAD runs: the document (context) the evidence must come from.
    doc_id: str | None = None
    #: Free labels: "cross-lingual", "names-document", "compare", "follow-up"...
    tags: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> GoldQuestion:
        known = {k: row[k] for k in cls.__dataclass_fields__ if k in row}
        question = cls(**known)
        if not question.unanswerable and not (question.evidence or question.evidence_any):
            raise ValueError(
                f"gold question {question.id}: needs evidence, evidence_any or unanswerable"
            )
        return question


def holds_evidence(text: str, spans: list[str]) -> bool:
    normalized = normalize(text)
    return any(normalize(span) in normalized for span in spans)


def evidence_found(passages: list[dict[str, Any]], q: GoldQuestion) -> bool:
    """Do these passages together hold the question's evidence?"""
    usable = [p for p in passages if q.doc_id is None or p["doc_id"] == q.doc_id]
    texts = [normalize(p["text"]) for p in usable]
    if q.evidence:
        return all(any(normalize(span) in t for t in texts) for span in q.evidence)
    return any(normalize(span) in t for span in q.evidence_any for t in texts)


def first_evidence_rank(passages: list[dict[str, Any]], q: GoldQuestion) -> int | None:
    spans = q.evidence or q.evidence_any
    for rank, passage in enumerate(passages[:MRR_DEPTH], start=1):
        if (q.doc_id is None or passage["doc_id"] == q.doc_id) and holds_evidence(
            passage["text"], spans
        ):
            return rank
    return None


def answer_holds(answer: str, groups: list[list[str]]) -> bool:
    folded = normalize(answer, fold=True)
    return all(any(normalize(alt, fold=True) in folded for alt in group) for group in groups)


@dataclass
class QuestionResult:
    """Everything needed to score and explain one question."""

    id: str
    lang: str
    question: str
    unanswerable: bool
    expected: list[str]
    status: str
    answer: str
    citations: list[dict[str, Any]]
    passages: list[dict[str, Any]]  # the retrieval ranking (top 10)
    answer_passages: list[dict[str, Any]]  # the passages the answer was given
    latency_ms: float
    #: "same" or "cross": is the question in the language of the document that answers it?
    crossing: str | None = None
    hits: dict[int, bool] = field(default_factory=dict)
    rank: int | None = None
    answer_ok: bool | None = None
    citation_recall_ok: bool | None = None
    citations_good: int = 0
    quotes_ok: int = 0
    failure: str | None = None  # retrieval, answer, citation, abstention
    #: Why the service abstained (its not_found reason), to explain false abstentions.
    abstention_reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        row = asdict(self)
        row["hits"] = {str(k): v for k, v in self.hits.items()}
        return row


def score(q: GoldQuestion, result: QuestionResult, with_answers: bool = True) -> None:
    """Fill in the result's verdicts and the first stage that failed."""
    by_id = {p["passage_id"]: p for p in result.answer_passages}
    result.quotes_ok = sum(
        1
        for c in result.citations
        if c["passage_id"] in by_id and c["quote"] and c["quote"] in by_id[c["passage_id"]]["text"]
    )
    if q.unanswerable:
        if result.status != "not_found":
            result.failure = "abstention"
        return
    spans = q.evidence or q.evidence_any
    if q.tags:
        result.crossing = "cross" if "cross-lingual" in q.tags else "same"
    else:
        holders = [p for p in result.passages if holds_evidence(p["text"], spans)]
        if holders:
            result.crossing = "same" if holders[0].get("language") == q.lang else "cross"
    for k in range(1, MRR_DEPTH + 1):
        result.hits[k] = evidence_found(result.passages[:k], q)
    result.rank = first_evidence_rank(result.passages, q)
    if not with_answers:
        result.failure = None if result.hits.get(5) else "retrieval"
        return
    cited = [by_id[c["passage_id"]] for c in result.citations if c["passage_id"] in by_id]
    result.citations_good = sum(
        1
        for p in cited
        if (q.doc_id is None or p["doc_id"] == q.doc_id) and holds_evidence(p["text"], spans)
    )
    result.citation_recall_ok = bool(cited) and evidence_found(cited, q)
    result.answer_ok = result.status == "answered" and (
        answer_holds(result.answer, q.answer_any) if q.answer_any else True
    )
    if not result.hits.get(5):
        result.failure = "retrieval"
    elif result.status == "not_found":
        result.failure = "abstention"
    elif not result.citation_recall_ok:
        result.failure = "citation"
    elif not result.answer_ok:
        result.failure = "answer"


def _ratio(numerator: float, denominator: float) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def aggregate(results: list[QuestionResult], with_answers: bool = True) -> dict[str, Any]:
    answerable = [r for r in results if not r.unanswerable]
    unanswerable = [r for r in results if r.unanswerable]
    metrics: dict[str, Any] = {"questions": len(results), "answerable": len(answerable)}
    for k in HIT_KS:
        metrics[f"hit@{k}"] = _ratio(sum(r.hits.get(k, False) for r in answerable), len(answerable))
    metrics["mrr"] = _ratio(sum(1 / r.rank for r in answerable if r.rank), len(answerable))
    if with_answers:
        all_citations = sum(len(r.citations) for r in results)
        metrics["answer_accuracy"] = _ratio(
            sum(bool(r.answer_ok) for r in answerable), len(answerable)
        )
        metrics["citation_recall"] = _ratio(
            sum(bool(r.citation_recall_ok) for r in answerable), len(answerable)
        )
        metrics["citation_precision"] = _ratio(
            sum(r.citations_good for r in answerable),
            sum(len(r.citations) for r in answerable),
        )
        metrics["quote_faithfulness"] = _ratio(sum(r.quotes_ok for r in results), all_citations)
        metrics["abstention_accuracy"] = _ratio(
            sum(r.status == "not_found" for r in unanswerable), len(unanswerable)
        )
        metrics["false_abstention_rate"] = _ratio(
            sum(r.status == "not_found" for r in answerable), len(answerable)
        )
        latencies = [r.latency_ms for r in results]
        metrics["latency_ms"] = latency_summary(latencies)
    return metrics


def latency_summary(latencies: list[float]) -> dict[str, float]:
    if not latencies:
        return {"p50": 0.0, "p95": 0.0}
    ordered = sorted(latencies)
    p95_index = min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))
    return {"p50": round(statistics.median(ordered), 2), "p95": round(ordered[p95_index], 2)}


def metrics_by_language(results: list[QuestionResult], with_answers: bool = True) -> dict[str, Any]:
    metrics = aggregate(results, with_answers)
    metrics["by_lang"] = {
        lang: aggregate([r for r in results if r.lang == lang], with_answers)
        for lang in sorted({r.lang for r in results})
    }
    # Same-language vs cross-language: answerable questions by whether the answering
    # document is in the question's language (unanswerable ones have no such document).
    crossings = sorted({r.crossing for r in results if r.crossing})
    if crossings:
        metrics["by_crossing"] = {
            c: aggregate([r for r in results if r.crossing == c], with_answers) for c in crossings
        }
        metrics["by_lang_crossing"] = {
            f"{lang}/{c}": aggregate(
                [r for r in results if r.lang == lang and r.crossing == c], with_answers
            )
            for lang in sorted({r.lang for r in results})
            for c in crossings
            if any(r.lang == lang and r.crossing == c for r in results)
        }
    return metrics


def hit_curve(results: list[QuestionResult], depth: int = MRR_DEPTH) -> list[float]:
    """hit@k for k = 1..depth."""
    answerable = [r for r in results if not r.unanswerable]
    if not answerable:
        return []
    return [
        round(sum(r.hits.get(k, False) for r in answerable) / len(answerable), 4)
        for k in range(1, depth + 1)
    ]
