"""Prepare a query for retrieval: its language and, for English, French terms.

The corpus is French. An English question shares few words with it, so the
query is expanded with the French WTO terms of a small bilingual terminology
list (indexing/data/wto_terms_en_fr.tsv); a French question that uses the
common name of a notion the texts word otherwise ("moratoire") is expanded
from indexing/data/wto_terms_fr_fr.tsv. Both rankings, lexical and dense, get
the expanded text: measured, it lifts English questions to the right paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from indexing.analyzers import detect_language

DATA_DIR = Path(__file__).parent / "data"
#: Per question language, the terms that map its words onto the corpus's French wording.
TERMS_FILES = {"en": DATA_DIR / "wto_terms_en_fr.tsv", "fr": DATA_DIR / "wto_terms_fr_fr.tsv"}


@dataclass(frozen=True)
class ExpandedQuery:
    original: str
    language: str
    lexical_text: str
    dense_text: str
    french_terms: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def _terms(language: str = "en") -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    entries = []
    path = TERMS_FILES.get(language)
    if path is None:
        return []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, french = line.split("\t")
        pattern = re.compile(r"(?<![\w-])" + re.escape(english.strip()) + r"(?![\w-])")
        entries.append((pattern, tuple(f.strip() for f in french.split("|"))))
    # longest English terms first, so "periodic reviews" wins over "reviews"
    entries.sort(key=lambda e: -len(e[0].pattern))
    return entries


def french_terms(question: str, language: str = "en") -> tuple[str, ...]:
    """The corpus's French wording of the WTO terms a question uses."""
    text = question.casefold().replace("’", "'")
    found: list[str] = []
    for pattern, french in _terms(language):
        if pattern.search(text):
            text = pattern.sub(" ", text)
            found.extend(f for f in french if f not in found)
    return tuple(found)


def covered_words(question: str, language: str = "en") -> set[str]:
    """Words of the question that belong to a WTO term the terminology list knows."""
    text = question.casefold().replace("’", "'")
    covered: set[str] = set()
    for pattern, _french in _terms(language):
        for match in pattern.finditer(text):
            covered.update(re.findall(r"[\w'-]+", match.group(0)))
    return covered


def expand_query(question: str, language: str | None = None) -> ExpandedQuery:
    language = language or detect_language(question)
    terms = french_terms(question, language)
    if not terms:
        return ExpandedQuery(question, language, question, question)
    expanded = " ".join((question, *terms))
    return ExpandedQuery(question, language, expanded, expanded, terms)
