"""question -> (follow-up resolution) -> retrieval -> composition -> checked answer."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from answering.compose import question_kind
from answering.conversation import Resolved, resolve_follow_up
from answering.support import assess
from answering.types import Answer, Message
from indexing.analyzers import detect_language
from indexing.documents import Hit
from indexing.query import expand_query
from indexing.retrieval import SearchFilters

if TYPE_CHECKING:
    from answering.service import QAService, Timings

#: Retrieval goes this deep whatever k is, so evaluation sees the ranking (MRR to rank 10).
RANKING_DEPTH = 10

NOT_FOUND = {
    "fr": "Les documents indexés ne contiennent pas de réponse à cette question.",
    "en": "The indexed documents do not answer this question.",
}


def rank(
    service: QAService,
    question: str,
    history: list[Message],
    depth: int = RANKING_DEPTH,
    timings: Timings | None = None,
) -> tuple[Resolved, list[Hit]]:
    """Resolve a follow-up, then rank passages (unfiltered if the named document has none)."""
    resolved = resolve_follow_up(service, question, history)
    ranking = service.search(resolved.question, k=depth, filters=resolved.filters, timings=timings)
    if resolved.filters is not None and not ranking:
        ranking = service.search(resolved.question, k=depth, timings=timings)
    return resolved, ranking


def answer_question(
    service: QAService,
    question: str,
    *,
    k: int = 5,
    history: list[Message],
    timings: Timings | None = None,
) -> Answer:
    from answering.service import Timings

    timings = timings or Timings()
    resolved, ranking = rank(service, question, history, max(k, RANKING_DEPTH), timings)
    # The answer speaks the language of the user's own words, not of the earlier turn.
    query = expand_query(resolved.focus, language=detect_language(question))
    hits = ranking[:k]
    if "propose" in question_kind(query.original):
        # What a text proposes or decides is in its operative part: make sure the best
        # operative paragraphs are among the passages the answer is chosen from.
        operative = replace(resolved.filters or SearchFilters(), kinds=("operative",))
        seen = {h.passage.passage_id for h in hits}
        extra = service.search(resolved.question, k=2, filters=operative, timings=timings)
        hits = hits + [h for h in extra if h.passage.passage_id not in seen]
    started = time.perf_counter()
    composer = service.composer
    clauses = composer.score_clauses(query, hits)
    support = assess(query, hits, clauses, service.index.lexical, own_words=question)
    language = query.language
    if not support.answerable(service.settings.abstain_threshold):
        timings.add("compose", started)
        return Answer(
            "not_found",
            NOT_FOUND.get(language, NOT_FOUND["en"]),
            [],
            hits,
            language,
            support=support.score,
            abstention_reason=support.reason or "support under the threshold",
            rewritten_question=resolved.rewritten,
            timings_ms=timings.stages,
            ranking=ranking,
        )
    chosen = composer.select(query, hits, clauses)
    text, citations = composer.write(query, hits, chosen, service.metas)
    answer = Answer(
        "answered",
        text,
        citations,
        hits,
        language,
        support=support.score,
        rewritten_question=resolved.rewritten,
        timings_ms=timings.stages,
        ranking=ranking,
    )
    timings.add("compose", started)
    llm = service.llm()
    if llm is not None:
        from answering.llm import generate_checked

        started = time.perf_counter()
        answer = generate_checked(llm, query, hits, answer)
        timings.add("generate", started)
    answer.timings_ms = timings.stages
    return answer
