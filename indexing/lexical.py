"""BM25 over passages, once per analyser (French and English).

French questions are scored on the French-analysed index; English questions on
the English-analysed one, which still meets French cognates once accents are
folded. Saved with bm25s's own array files (no pickle).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np

from indexing.analyzers import ANALYZERS

logger = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")


class LexicalIndex:
    def __init__(self, models: dict[str, bm25s.BM25], size: int) -> None:
        self._models = models
        self.size = size

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        models = {}
        for language in LANGUAGES:
            analyze = ANALYZERS[language]
            # An empty token list would break bm25s; a placeholder keeps row alignment.
            tokens = [analyze(text) or ["\u2205"] for text in texts]
            model = bm25s.BM25(k1=1.2, b=0.75, method="lucene")
            model.index(tokens, show_progress=False)
            models[language] = model
        return cls(models, len(texts))

    def save(self, directory: Path) -> None:
        for language, model in self._models.items():
            model.save(str(directory / f"bm25_{language}"), allow_pickle=False)

    @classmethod
    def load(cls, directory: Path, size: int) -> LexicalIndex:
        models = {
            language: bm25s.BM25.load(str(directory / f"bm25_{language}"), allow_pickle=False)
            for language in LANGUAGES
        }
        return cls(models, size)

    def scores(self, query: str, language: str) -> np.ndarray:
        """BM25 score of every passage for the query (zeros when no term matches)."""
        model = self._models["en" if language == "en" else "fr"]
        tokens = [
            t for t in ANALYZERS["en" if language == "en" else "fr"](query) if t in model.vocab_dict
        ]
        if not tokens or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(model.get_scores(tokens), dtype=np.float32)

    def document_frequency(self, term: str, language: str) -> int:
        """How many passages contain the analysed term."""
        model = self._models["en" if language == "en" else "fr"]
        token_id = model.vocab_dict.get(term)
        if token_id is None:
            return 0
        indptr = model.scores["indptr"]
        return int(indptr[token_id + 1] - indptr[token_id])

    def has_term(self, term: str, language: str) -> bool:
        return self.document_frequency(term, language) > 0
