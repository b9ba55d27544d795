"""Extractive answers: pick the clauses that answer, quote them verbatim, cite them.

No model writes anything here. Each retrieved passage is cut into clauses
(spans of its own text, so every quote is a substring of the passage); each
clause is scored against the question (shared terms weighted by rarity, what
the question word asks for, the passage's retrieval rank); the best clause, or
the best of each document when the question compares texts, is quoted with a
lead sentence in the question's language that says only what can be said
without translating: which document, which paragraph, which dates.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from answering.types import Citation
from indexing.analyzers import ANALYZERS
from indexing.documents import DocumentMeta, Hit
from indexing.query import ExpandedQuery

MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:er)?(?:-\d{{1,2}})?\s+)?(?:(?:{MONTHS})(?:\s+et\s+(?:{MONTHS}))?\s+)?"
    rf"(?:19|20)\d{{2}}\b",
    re.I,
)
BODY = re.compile(
    r"\b(?:Conseil général|Conférence ministérielle|Membres|organes?|Inde|délégation|CCD|CCS|"
    r"OMC|Comité|General Council|Ministerial Conference|Members)\b"
)
UNTIL = re.compile(r"\bjusqu['’]\s*(?:à|au|aux)\b", re.I)

_WHEN = re.compile(
    r"\b(?:when|quand|date|dates|what year|quelle année|en quelle|deadline|"
    r"délai|échéance|how often|périodicité)\b",
    re.I,
)
_UNTIL_Q = re.compile(r"\b(?:until|jusqu|how long|till|expire|combien de temps)", re.I)
_WHO = re.compile(
    r"\b(?:who|whom|qui|which body|quel organe|quels organes|which members|"
    r"by whom|par qui)\b",
    re.I,
)
_COMPARE = re.compile(
    r"\b(?:differ|difference|differences|compare|comparison|both|two texts|two documents|"
    r"diffère|diffèrent|différence|différences|compar\w*|les deux|deux textes|"
    r"deux documents|versus|vs)\b",
    re.I,
)
_PROPOSE = re.compile(
    r"\b(?:propos\w*|suggest\w*|decide[sd]?|décid\w*|call for|calls for|"
    r"demande|seeks?|asks? for|plaide)\b",
    re.I,
)
_PURPOSE = re.compile(
    r"\b(?:why|purpose|aim|objective|goal|in order to|pourquoi|but|objectif|"
    r"afin|finalité)\b",
    re.I,
)
_AMOUNT_Q = re.compile(
    r"\b(?:how much|how many|combien|montant|quel pourcentage|"
    r"what percentage|what amount|what share)\b",
    re.I,
)
PURPOSE = re.compile(r"\b(?:afin d|en vue d|visant à|pour (?:renforcer|examiner|évaluer))", re.I)
_CLAUSE_BREAK = re.compile(r"(?<=[.;:!?])\s+|(?<=,)\s+")


@dataclass(frozen=True)
class Clause:
    hit_index: int
    start: int
    end: int
    text: str
    score: float


def question_kind(question: str) -> set[str]:
    kinds = set()
    if _WHEN.search(question):
        kinds.add("when")
    if _UNTIL_Q.search(question):
        kinds.add("until")
    if _WHO.search(question):
        kinds.add("who")
    if _COMPARE.search(question):
        kinds.add("compare")
    if _PROPOSE.search(question):
        kinds.add("propose")
    if _PURPOSE.search(question):
        kinds.add("purpose")
    if _AMOUNT_Q.search(question):
        kinds.add("amount")
    return kinds


def clause_spans(text: str, min_chars: int = 70, max_chars: int = 320) -> list[tuple[int, int]]:
    """Spans of the text, cut at punctuation, merged so each is a readable clause."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(text)))
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for piece in pieces:
        if current is None:
            current = piece
            continue
        sentence_done = text[current[1] - 1 : current[1]] in ".;:!?"
        length = current[1] - current[0]
        if (not sentence_done and length < min_chars) or (
            not sentence_done and piece[1] - current[0] <= max_chars and length < max_chars // 2
        ):
            current = (current[0], piece[1])
        else:
            spans.append(current)
            current = piece
    if current is not None:
        spans.append(current)
    # fold a short tail into the clause before it
    if len(spans) > 1 and spans[-1][1] - spans[-1][0] < 40:
        spans[-2:] = [(spans[-2][0], spans[-1][1])]
    return spans


MAX_QUOTE_CHARS = 500
_SENTENCE_STOP = re.compile(r"[.;!?](?=\s|$)")


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a clause to its whole sentence, or by one clause, within MAX_QUOTE_CHARS."""
    sentence_start = 0
    for match in _SENTENCE_STOP.finditer(text, 0, start):
        sentence_start = match.end()
    stop = _SENTENCE_STOP.search(text, max(start, end - 1))
    sentence_end = stop.end() if stop else len(text)
    s_start, s_end = _trim(text, sentence_start, sentence_end)
    if s_end - s_start <= MAX_QUOTE_CHARS:
        return s_start, s_end
    # too long a sentence: add the clause that follows, if it still fits
    following = [span for span in clause_spans(text) if span[0] >= end]
    if following:
        n_start, n_end = _trim(text, start, following[0][1])
        if n_end - n_start <= MAX_QUOTE_CHARS:
            return n_start, n_end
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;":
        start += 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


class Composer:
    """Scores clauses of retrieved passages and writes the cited answer."""

    def __init__(self, idf: Callable[[str, str], float]) -> None:
        self._idf = idf

    def _terms(self, text: str) -> dict[str, set[str]]:
        return {lang: set(ANALYZERS[lang](text)) for lang in ("fr", "en")}

    def score_clauses(self, query: ExpandedQuery, hits: Sequence[Hit]) -> list[Clause]:
        wanted = self._terms(query.lexical_text)
        kinds = question_kind(query.original)
        total = {
            lang: sum(self._idf(t, lang) for t in terms) or 1.0 for lang, terms in wanted.items()
        }
        clauses: list[Clause] = []
        for rank, hit in enumerate(hits):
            text = hit.passage.text
            if hit.passage.kind == "heading" and len(hits) > 1 and (rank > 0 or "propose" in kinds):
                continue  # a title names a text; it says nothing it proposes
            for start, end in clause_spans(text):
                start, end = _trim(text, start, end)
                if end - start < 12:
                    continue
                clause = text[start:end]
                found = self._terms(clause)
                overlap = max(
                    sum(self._idf(t, lang) for t in wanted[lang] & found[lang]) / total[lang]
                    for lang in ("fr", "en")
                )
                # What the question word asks for counts only in a clause on the subject.
                relevance = min(1.0, overlap / 0.3)
                bonus = 0.0
                if "when" in kinds and DATE.search(clause):
                    bonus += 0.35
                if "until" in kinds and UNTIL.search(clause):
                    bonus += 0.35
                if "who" in kinds and BODY.search(clause):
                    bonus += 0.15
                if "purpose" in kinds and PURPOSE.search(clause):
                    bonus += 0.35
                score = overlap + bonus * relevance + 0.15 / (1 + rank)  # rank as a prior
                if "propose" in kinds and hit.passage.kind == "operative" and end - start > 60:
                    score += 0.3  # what a text proposes or decides is in its operative part
                clauses.append(Clause(rank, start, end, clause, score))
        clauses.sort(key=lambda c: -c.score)
        return clauses

    def select(
        self, query: ExpandedQuery, hits: Sequence[Hit], clauses: list[Clause]
    ) -> list[Clause]:
        """The quotes: the best clause, or the best per document when comparing, widened."""
        chosen = self._pick(query, hits, clauses)
        widened: list[Clause] = []
        for clause in chosen:
            text = hits[clause.hit_index].passage.text
            start, end = widen(text, clause.start, clause.end)
            if any(
                c.hit_index == clause.hit_index and c.start < end and start < c.end for c in widened
            ):
                continue  # same sentence as a quote already chosen
            widened.append(Clause(clause.hit_index, start, end, text[start:end], clause.score))
        return widened

    def _pick(
        self, query: ExpandedQuery, hits: Sequence[Hit], clauses: list[Clause]
    ) -> list[Clause]:
        if not clauses:
            return []
        best = clauses[0]
        chosen = [best]
        kinds = question_kind(query.original)
        docs = {hits[best.hit_index].passage.doc_id}
        for clause in clauses[1:]:
            doc = hits[clause.hit_index].passage.doc_id
            if ("compare" in kinds and doc not in docs and clause.score >= 0.4 * best.score) or (
                len(chosen) < 2
                and clause.hit_index != best.hit_index
                and clause.score >= 0.85 * best.score
                and doc not in docs
            ):
                chosen.append(clause)
                docs.add(doc)
            if len(chosen) >= 3:
                break
        return chosen

    def write(
        self,
        query: ExpandedQuery,
        hits: Sequence[Hit],
        chosen: list[Clause],
        metas: dict[str, DocumentMeta],
    ) -> tuple[str, list[Citation]]:
        english = query.language == "en"
        kinds = question_kind(query.original)
        lines: list[str] = []
        citations: list[Citation] = []
        for n, clause in enumerate(chosen, start=1):
            passage = hits[clause.hit_index].passage
            meta = metas.get(passage.doc_id)
            marker = f"[{n}]"
            citations.append(
                Citation(
                    marker,
                    passage.passage_id,
                    passage.doc_id,
                    passage.title,
                    passage.paragraph,
                    clause.text,
                )
            )
            label = document_label(meta, passage.title, english)
            if english:
                lead = f"{_capitalise(label)}, paragraph {passage.paragraph}, states (in French)"
                line = f'{lead}: "{clause.text}" {marker}'
            else:
                lead = f"{_capitalise(label)}, au paragraphe {passage.paragraph}, dispose"
                line = f"{lead} : « {clause.text} » {marker}"
            dates = [m.group(0) for m in DATE.finditer(clause.text)] if "when" in kinds else []
            if dates:
                prefix = "Dates stated" if english else "Dates indiquées"
                line += f"\n{prefix}: {'; '.join(dict.fromkeys(dates))}."
            lines.append(line)
        return "\n\n".join(lines), citations


def document_label(meta: DocumentMeta | None, title: str, english: bool) -> str:
    if meta is not None:
        label = meta.extra.get("label_en" if english else "label_fr")
        if label:
            return str(label)
    return f'the document "{title}"' if english else f"le document « {title} »"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def idf_from_counts(
    document_frequency: Callable[[str, str], int], n_docs: int
) -> Callable[[str, str], float]:
    def idf(term: str, language: str) -> float:
        df = document_frequency(term, language)
        return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))

    return idf
