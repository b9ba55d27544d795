"""Lexical analysers (French and English) and a small language detector.

French: NFKC, lower case, elision (l', d', qu'...), stop words, Snowball
stemming, then accent folding. English: the same with English stop words and
the English stemmer. Both fold accents last, so the English analyser also
meets French cognates ("électronique" and "electronic" both give "electron").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import Stemmer

_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]", re.I)

DATA_DIR = Path(__file__).parent / "data"


def _word_list(name: str) -> frozenset[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


FRENCH_STOP_WORDS = _word_list("stopwords_fr.txt")
ENGLISH_STOP_WORDS = _word_list("stopwords_en.txt")


def fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Lower-case word tokens with elided articles removed."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").casefold()
    return [_ELISION.sub("", w) for w in re.findall(r"[^\W_]+(?:['][^\W_]+)?", text)]


@lru_cache(maxsize=4)
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer({"fr": "french", "en": "english"}[language])


def _make_analyzer(language: str) -> Callable[[str], list[str]]:
    stops = FRENCH_STOP_WORDS if language == "fr" else ENGLISH_STOP_WORDS
    folded_stops = frozenset(fold_accents(s) for s in stops)

    def analyze(text: str) -> list[str]:
        stemmer = _stemmer(language)
        tokens = []
        for word in words(text):
            if word in stops or fold_accents(word) in folded_stops:
                continue
            # symbols such as WT/L/274 or 2013 are kept whole
            if any(c.isdigit() for c in word):
                tokens.append(word)
                continue
            tokens.append(fold_accents(stemmer.stemWord(word)))
        return tokens

    return analyze


ANALYZERS: dict[str, Callable[[str], list[str]]] = {
    "fr": _make_analyzer("fr"),
    "en": _make_analyzer("en"),
}

_FR_MARKERS = frozenset(
    "le la les des du de et est une un que qui pour dans sur au aux par quel quelle "
    "quels quelles quand comment pourquoi combien ce cette ces sont ont été il elle "
    "nous vous ou où ne pas".split()
)
_EN_MARKERS = frozenset(
    "the of and is are was were what when who which how why does do did to in on for "
    "by with that this these those it its be been has have will would should can".split()
)


def detect_language(text: str) -> str:
    """'fr' or 'en', from function words and accents; French when in doubt."""
    tokens = words(text)
    fr: float = sum(t in _FR_MARKERS for t in tokens)
    en = sum(t in _EN_MARKERS for t in tokens)
    fr += sum(c in "éèêàùçôîâœ" for c in text.lower()) * 0.5
    if re.search(r"\b(?:l|d|qu|j|n|s)'", text.lower()):
        fr += 1
    return "en" if en > fr else "fr"
