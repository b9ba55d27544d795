"""Does the corpus hold evidence for the question? Decides between answer and abstention.

Two signals, both measured on the gold set's answerable and unanswerable
questions (see evals/calibrate.py):
- a named thing the question is about (a year, a proper name, an acronym
  such as MC12) that occurs nowhere in the corpus, in either analyser's
  vocabulary or through the terminology list: the corpus cannot answer;
- the support score of the best clause (shared question terms weighted by
  rarity, plus the dense similarity of the best passage) under a threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexing.analyzers import ANALYZERS, fold_accents
from indexing.documents import Hit
from indexing.lexical import LexicalIndex
from indexing.query import ExpandedQuery, french_terms

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-ZÀ-Ý][\w’'-]+|[A-Z]{2,}\d*|MC\d+|CM\d+)\b")
_NOT_NAMES = frozenset(
    "what when who whom which where why how does did do is are was were the a an and "
    "quel quelle quels quelles quand qui que quoi où comment pourquoi est-ce et la "
    "le les de des du un une or ou in en i je nous we they ils elles".split()
)


@dataclass(frozen=True)
class Support:
    score: float
    missing: tuple[str, ...]  # named things of the question absent from the corpus

    def answerable(self, threshold: float) -> bool:
        return not self.missing and self.score >= threshold


def named_things(question: str) -> list[str]:
    """Years, proper names and acronyms a question is about (not its first word)."""
    found = _YEAR.findall(question)
    for match in _NAME.finditer(question):
        word = match.group(1).strip("’'")
        if word.casefold() in _NOT_NAMES or match.start() == 0:
            continue
        found.append(word)
    return list(dict.fromkeys(found))


def missing_names(question: str, lexical: LexicalIndex) -> tuple[str, ...]:
    missing = []
    for name in named_things(question):
        translated = french_terms(name)
        candidates = [name, *translated]
        present = False
        for candidate in candidates:
            for language in ("fr", "en"):
                terms = ANALYZERS[language](candidate) or [fold_accents(candidate.casefold())]
                if terms and all(lexical.has_term(t, language) for t in terms):
                    present = True
        if not present:
            missing.append(name)
    return tuple(missing)


def assess(
    query: ExpandedQuery, hits: list[Hit], best_clause_score: float, lexical: LexicalIndex
) -> Support:
    if not hits:
        return Support(0.0, ())
    dense = max((h.dense_score or 0.0) for h in hits[:3])
    score = 0.5 * best_clause_score + 0.5 * max(0.0, (dense - 0.70) / 0.2)
    return Support(round(score, 4), missing_names(query.original, lexical))
