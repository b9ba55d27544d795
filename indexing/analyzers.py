"""Lexical analysers (English, French, Spanish) and language identification.

Each analyser: NFKC, lower case, elision (l', d', qu'... in French), stop words,
Snowball stemming, then accent folding. Folding accents last lets cognates meet
across languages ("électronique", "electrónico" and "electronic" all give
"electron"). Words with digits (years, symbols such as WT/L/274) are kept whole.

Language: py3langid (a compact, maintained langid.py model) restricted to the
three WTO languages, steadied on short questions by function words, which a
character model cannot judge on three words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import Stemmer

LANGUAGES = ("en", "fr", "es")
_STEMMERS = {"fr": "french", "en": "english", "es": "spanish"}
_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]", re.I)

DATA_DIR = Path(__file__).parent / "data"


def _word_list(name: str) -> frozenset[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def _spanish_stop_words() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_SPANISH

    return frozenset(STOPWORDS_SPANISH)


FRENCH_STOP_WORDS = _word_list("stopwords_fr.txt")
ENGLISH_STOP_WORDS = _word_list("stopwords_en.txt")
SPANISH_STOP_WORDS = _spanish_stop_words()
STOP_WORDS = {"fr": FRENCH_STOP_WORDS, "en": ENGLISH_STOP_WORDS, "es": SPANISH_STOP_WORDS}


def fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Lower-case word tokens with elided articles removed; symbols (WT/L/274) kept whole."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").casefold()
    tokens = re.findall(r"[a-z]{1,5}(?:/[a-z0-9().-]+)+|[^\W_]+(?:['][^\W_]+)?", text)
    return [_symbol(w) if "/" in w else _ELISION.sub("", w) for w in tokens]


def _symbol(token: str) -> str:
    """A document symbol without the punctuation of the sentence around it."""
    token = token.rstrip(".-")
    while token.endswith(")") and token.count(")") > token.count("("):
        token = token[:-1].rstrip(".-")
    return token


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMERS[language])


def _make_analyzer(language: str) -> Callable[[str], list[str]]:
    stops = STOP_WORDS[language]
    folded_stops = frozenset(fold_accents(s) for s in stops)

    def analyze(text: str) -> list[str]:
        stemmer = _stemmer(language)
        tokens = []
        for word in words(text):
            if word in stops or fold_accents(word) in folded_stops:
                continue
            if any(c.isdigit() or c == "/" for c in word):
                tokens.append(word)
                continue
            tokens.append(fold_accents(stemmer.stemWord(word)))
        return tokens

    return analyze


ANALYZERS: dict[str, Callable[[str], list[str]]] = {
    lang: _make_analyzer(lang) for lang in LANGUAGES
}


def analyzer(language: str) -> Callable[[str], list[str]]:
    """The analyser of a language; English for a language wtoqa has none for."""
    return ANALYZERS.get(language, ANALYZERS["en"])


_MARKERS = {
    "fr": frozenset(
        "le la les des du et est une un que qui pour dans sur au aux par quel quelle quels "
        "quelles quand comment pourquoi combien ce cette ces sont ont été il elle nous vous "
        "ou où ne pas qu'en".split()
    ),
    "en": frozenset(
        "the of and is are was were what when who which how why does do did to in on for by "
        "with that this these those it its be been has have will would should can".split()
    ),
    "es": frozenset(
        "el la los las del y es una un que qué quién quiénes para en por cuál cuáles cuándo "
        "cómo dónde por qué cuánto este esta estos estas son han sido se lo al".split()
    ),
}


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def language_scores(text: str) -> dict[str, float]:
    """Probability-like scores of each language for the text."""
    tokens = words(text[:5000])
    scores = dict.fromkeys(LANGUAGES, 0.0)
    if any(c.isalpha() for c in text):
        for language, probability in _identifier().rank(text[:5000]):
            scores[language] = float(probability)
    # A function word is strong evidence on a short question, none on a long text.
    weight = 1.0 if len(tokens) <= 12 else 0.2
    for language, markers in _MARKERS.items():
        scores[language] += weight * sum(t in markers for t in tokens) / max(1, len(tokens)) * 3
    if "¿" in text or "¡" in text:
        scores["es"] += 1.0
    return scores


def detect_language(text: str, default: str = "en") -> str:
    """'en', 'fr' or 'es'; `default` when the text gives no evidence (digits, symbols)."""
    if not any(c.isalpha() for c in text):
        return default
    scores = language_scores(text)
    return max(LANGUAGES, key=lambda lang: scores[lang])
