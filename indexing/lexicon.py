"""Word translations learned from the index's own vocabulary, for questions in another
language.

A question in French about an English paper shares few words with it; the
glossary covers the organisation's terms, not the rest of what people ask
("who gains", "practical problems", "revenue forgone"). The multilingual
encoder places a word near its translations, so every content word of the
corpus is embedded once, per language, at build time, and at query time each
content word of the question is looked up among the words of the other
languages: its nearest word there, if close enough, joins the lexical query
(analysed by that language's analyser). Nothing is listed by hand and only
words the corpus uses can be found, so a translation always meets passages.

Measured on the dev corpus (BM25 + dense fused; `wtoqa eval`): see README.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from indexing.analyzers import STOP_WORDS, words

logger = logging.getLogger(__name__)

LEXICON_FILE = "lexicon.npz"
#: Bump when the vocabulary's rules change (the index is rebuilt, vectors reused).
LEXICON_VERSION = 1
#: Shorter words are mostly function words and abbreviations the glossary knows.
MIN_CHARS = 4
#: The most frequent word forms kept per language (memory: 384 floats a form).
MAX_FORMS = 30_000
#: A question word's nearest word in another language counts as its translation from
#: this cosine on (multilingual-e5-small puts unrelated words near 0.80).
MIN_SIMILARITY = 0.88

Embed = Callable[[Sequence[str]], np.ndarray]


def content_words(text: str, language: str) -> list[str]:
    """The text's words that may be translated: alphabetic, long enough, not stop words."""
    stop = STOP_WORDS.get(language, frozenset())
    return [w for w in words(text) if w.isalpha() and len(w) >= MIN_CHARS and w not in stop]


def vocabulary(
    texts: Iterable[tuple[str, str]], max_forms: int = MAX_FORMS
) -> dict[str, list[str]]:
    """Per language, its most frequent content word forms (texts as (text, language))."""
    counts: dict[str, Counter[str]] = {}
    for text, language in texts:
        counts.setdefault(language, Counter()).update(set(content_words(text, language)))
    return {
        language: sorted(w for w, _ in counter.most_common(max_forms))
        for language, counter in counts.items()
    }


@dataclass
class Lexicon:
    """Per language, word forms and their unit vectors (rows in the forms' order)."""

    forms: dict[str, list[str]]
    vectors: dict[str, np.ndarray]

    def __post_init__(self) -> None:
        self._rows: dict[str, dict[str, int]] = {}

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(self.forms))

    def known_vectors(self, question_words: list[str], language: str) -> dict[str, np.ndarray]:
        """The vectors of the words this language's vocabulary holds (embedded at build
        time, the way a question's words are): those need no encoder call."""
        if language not in self.forms:
            return {}
        rows = self._rows.get(language)
        if rows is None:
            rows = self._rows[language] = {f: n for n, f in enumerate(self.forms[language])}
        return {w: self.vectors[language][rows[w]] for w in question_words if w in rows}

    def closest(self, vector: np.ndarray) -> float:
        """The highest cosine of any form, in any language, with the vector."""
        return max(
            (float((v @ vector).max()) for v in self.vectors.values() if len(v)), default=-1.0
        )

    def translations(
        self,
        question_words: list[str],
        vectors: np.ndarray,
        language: str,
        min_similarity: float = MIN_SIMILARITY,
    ) -> dict[str, list[str]]:
        """Per other language, the nearest form of each question word (its vector a row
        of `vectors`) when it is close enough; the word itself is never its translation."""
        out: dict[str, list[str]] = {}
        if not question_words:
            return out
        for target in self.languages:
            if target == language or not len(self.forms[target]):
                continue
            sims = self.vectors[target] @ vectors.T  # forms x question words
            best = np.argmax(sims, axis=0)
            found: list[str] = []
            for column, row in enumerate(best):
                form = self.forms[target][int(row)]
                if sims[row, column] >= min_similarity and form != question_words[column]:
                    found.append(form)
            if found:
                out[target] = list(dict.fromkeys(found))
        return out

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {}
        for language in self.languages:
            arrays[f"forms_{language}"] = np.array(self.forms[language], dtype=np.str_)
            arrays[f"vectors_{language}"] = self.vectors[language].astype(np.float32)
        with path.open("wb") as handle:
            np.savez(handle, allow_pickle=False, **arrays)

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        with np.load(path, allow_pickle=False) as data:
            languages = [k.removeprefix("forms_") for k in data.files if k.startswith("forms_")]
            return cls(
                forms={lang: [str(w) for w in data[f"forms_{lang}"]] for lang in languages},
                vectors={lang: np.ascontiguousarray(data[f"vectors_{lang}"]) for lang in languages},
            )


def build_lexicon(
    texts: Iterable[tuple[str, str]],
    embed: Callable[[], Embed],
    previous: Lexicon | None = None,
    max_forms: int = MAX_FORMS,
) -> Lexicon:
    """The lexicon of these texts; forms the previous lexicon holds keep their vectors,
    the others are embedded (as queries: a question's words are embedded the same way).
    `embed` is called only when some form is new."""
    forms = vocabulary(texts, max_forms)
    known: dict[str, np.ndarray] = {}
    if previous is not None:
        for language, language_forms in previous.forms.items():
            for n, form in enumerate(language_forms):
                known[f"{language}\t{form}"] = previous.vectors[language][n]
    new = sorted(
        {form for lang, fs in forms.items() for form in fs if f"{lang}\t{form}" not in known}
    )
    if new:
        logger.info("embedding %d new word forms for cross-language lookup", len(new))
        fresh = embed()(new)
        vector_of = dict(zip(new, fresh, strict=True))
    else:
        vector_of = {}
    vectors: dict[str, np.ndarray] = {}
    for language, language_forms in forms.items():
        rows: list[np.ndarray] = []
        for form in language_forms:
            vector = known.get(f"{language}\t{form}")
            rows.append(vector if vector is not None else vector_of[form])
        vectors[language] = (
            np.stack(rows).astype(np.float32) if rows else np.zeros((0, 0), dtype=np.float32)
        )
    return Lexicon(forms, vectors)
