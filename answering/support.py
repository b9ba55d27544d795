"""Does the corpus hold evidence for the question? Decides between answer and abstention.

Signals, each checked on the gold set's answerable and close-sounding
unanswerable questions (`wtoqa eval --gold`):
- a named thing the question is about (a year, a proper name, an acronym such
  as MC12) that occurs nowhere in the corpus, in either analyser's vocabulary
  or through the WTO terminology list;
- for French questions, most of the subject's terms absent from the corpus
  (subventions, pêche...): the corpus is about something else;
- a question that asks for an amount (combien, how much) over passages that
  hold no figure;
- the support score (best clause's share of question terms, and the dense
  similarity of the best passages) under WTOQA_ABSTAIN_THRESHOLD.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from answering.compose import Clause, question_kind
from indexing.analyzers import ANALYZERS, fold_accents
from indexing.documents import Hit
from indexing.lexical import LexicalIndex
from indexing.query import ExpandedQuery, covered_words, french_terms

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_NAME = re.compile(r"\b([A-ZÀ-Ý][\w’'-]+|[A-Z]{2,}\d*|MC\d+|CM\d+)\b")
_NOT_NAMES = frozenset(
    "what when who whom which where why how does did do is are was were the a an and "
    "quel quelle quels quelles quand qui que quoi où comment pourquoi est-ce et la le les "
    "de des du un une or ou in en i je nous we they ils elles under on".split()
)
_AMOUNT = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:%|pour cent|millions?|milliards?|dollars|usd|\$)|"
    r"\b\d{1,3}(?:[  ]\d{3})+\b|\bmillions?\b|\bmilliards?\b",
    re.I,
)
#: Share of a French question's subject terms that may be unknown to the corpus.
MAX_ABSENT_SHARE = 0.5


@dataclass(frozen=True)
class Support:
    score: float
    reason: str | None = None  # why the corpus cannot answer, if it cannot

    def answerable(self, threshold: float) -> bool:
        return self.reason is None and self.score >= threshold


def named_things(question: str) -> list[str]:
    """Years, proper names and acronyms a question is about (not its first word)."""
    found = _YEAR.findall(question)
    for match in _NAME.finditer(question):
        word = match.group(1).strip("’'")
        if match.start() == 0 or word.casefold() in _NOT_NAMES:
            continue
        found.append(word)
    return list(dict.fromkeys(found))


def _in_corpus(text: str, lexical: LexicalIndex) -> bool:
    for language in ("fr", "en"):
        terms = ANALYZERS[language](text) or [fold_accents(text.casefold())]
        if all(lexical.has_term(t, language) for t in terms):
            return True
    return False


def missing_names(question: str, lexical: LexicalIndex) -> tuple[str, ...]:
    covered = covered_words(question) | covered_words(question, "fr")
    missing = []
    for name in named_things(question):
        base = re.sub(r"['’]s$", "", name)
        if base.casefold() in covered or name.casefold() in covered:
            continue  # a WTO term of the terminology list ("General Council")
        candidates = [base, *french_terms(base), *french_terms(base, "fr")]
        if not any(_in_corpus(candidate, lexical) for candidate in candidates):
            missing.append(name)
    return tuple(missing)


def absent_share(question: str, lexical: LexicalIndex) -> float:
    """Share of a French question's terms that no passage contains (known notions aside)."""
    covered = " ".join(covered_words(question, "fr"))
    known = set(ANALYZERS["fr"](covered))
    terms = [t for t in ANALYZERS["fr"](question) if not t.isdigit() and t not in known]
    if len(terms) < 2:
        return 0.0
    return sum(not lexical.has_term(t, "fr") for t in terms) / len(terms)


def assess(
    query: ExpandedQuery,
    hits: list[Hit],
    clauses: list[Clause],
    lexical: LexicalIndex,
    own_words: str | None = None,
) -> Support:
    """Support for answering; `own_words` is the user's question before any follow-up
    resolution (the earlier turn it inherits was checked when it was asked)."""
    if not hits or not clauses:
        return Support(0.0, "nothing retrieved")
    dense = max((h.dense_score or 0.0) for h in hits[:3])
    score = round(0.5 * clauses[0].score + 0.5 * max(0.0, (dense - 0.70) / 0.2), 4)
    asked = own_words or query.original
    missing = missing_names(asked, lexical)
    if missing:
        return Support(score, f"not in the corpus: {', '.join(missing)}")
    if query.language == "fr" and absent_share(asked, lexical) > MAX_ABSENT_SHARE:
        return Support(score, "most of the question's terms are not in the corpus")
    if "amount" in question_kind(query.original) and not any(
        _AMOUNT.search(c.text) for c in clauses[:10]
    ):
        return Support(score, "no figure in the passages")
    return Support(score)
