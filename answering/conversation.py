"""Follow-up questions resolved against the conversation.

Without an LLM: a follow-up ("and the 2024 draft?", "qui doit en rendre
compte ?", "until when?") inherits the subject of the previous question; if
it names one document (by year, member or kind), retrieval is limited to it.
With an LLM configured, the model rewrites the follow-up as a standalone
question (LangChain history-aware rewriting) and the same checks follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from answering.types import Message
from indexing.analyzers import fold_accents, words
from indexing.retrieval import SearchFilters

if TYPE_CHECKING:
    from answering.service import QAService

_FOLLOW_UP_START = re.compile(
    r"^\s*(?:and|also|what about|how about|same|et|aussi|qu['’]en est-il|quid|"
    r"et pour|et dans|et la|et le|et les|et l['’])\b",
    re.I,
)
_PRONOUN = re.compile(
    r"\b(?:it|its|they|them|this one|that one|the other|en rendre|y|celui-ci|celle-ci|"
    r"ceux-ci|l['’]autre|ce texte|cette décision|ce projet)\b",
    re.I,
)


@dataclass(frozen=True)
class Resolved:
    question: str  # what retrieval is asked
    rewritten: str | None  # set when it differs from the user's words
    filters: SearchFilters | None
    #: Words that designated the document; they say which text, not what it says.
    naming_words: frozenset[str] = frozenset()

    @property
    def focus(self) -> str:
        """The question without its document-naming words, for choosing clauses."""
        if not self.naming_words:
            return self.question
        kept = [
            w
            for w in re.split(r"(\W+)", self.question)
            if fold_accents(w.casefold()) not in self.naming_words
        ]
        return "".join(kept)


def is_follow_up(question: str, names_a_document: bool = False) -> bool:
    """Starts like a follow-up, points back with a pronoun, or is short and names nothing."""
    if _FOLLOW_UP_START.search(question) or _PRONOUN.search(question):
        return True
    return len(words(question)) <= 6 and not names_a_document


def documents_named(service: QAService, question: str) -> tuple[list[str], frozenset[str]]:
    """Documents the question designates (by year, member or alias), and the words that did."""
    tokens = {fold_accents(w) for w in words(question)}
    tokens |= {re.sub(r"'s$", "", t) for t in tokens}
    named, naming = [], set()
    for doc_id, document in service.documents.items():
        meta = document.meta
        keys = {fold_accents(str(a).casefold()) for a in meta.extra.get("aliases", [])}
        if meta.date:
            keys.add(meta.date[:4])
        if keys & tokens:
            named.append(doc_id)
            naming |= keys & tokens
    return named, frozenset(naming)


def _previous_user_question(history: list[Message]) -> str | None:
    for message in reversed(history):
        if message.role == "user" and message.content.strip():
            return message.content.strip()
    return None


def resolve_follow_up(service: QAService, question: str, history: list[Message]) -> Resolved:
    previous = _previous_user_question(history)
    named, naming = documents_named(service, question)
    # One document named: search it alone. Two or more: a comparison, search all.
    filters = SearchFilters(doc_ids=tuple(named)) if len(named) == 1 else None
    if previous is None or not is_follow_up(question, bool(named)):
        return Resolved(question, None, filters, naming)
    llm = service.llm()
    if llm is not None:
        from answering.llm import rewrite_question

        rewritten = rewrite_question(llm, question, history)
        if rewritten:
            return Resolved(rewritten, rewritten, filters, naming)
    combined = f"{question} {previous}"
    return Resolved(combined, combined, filters, naming)
