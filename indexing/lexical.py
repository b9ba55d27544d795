"""BM25 over passages, each analysed in its own document's language.

One index for the whole corpus: a French passage's words are French stems, an
English passage's English stems. A question is analysed in its own language and
its glossary translations in theirs (indexing.query), so that a question meets
documents of every language through one ranking; words with digits and document
symbols are language-free and meet everywhere. Saved with bm25s's own array
files (no pickle), loaded memory-mapped by default: a query reads only the
postings of its own terms, so a large index need not be read into memory.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np

from indexing.analyzers import analyzer

logger = logging.getLogger(__name__)

DIRECTORY = "bm25"


class LexicalIndex:
    def __init__(self, model: bm25s.BM25, size: int) -> None:
        self._model = model
        self.size = size
        self._by_initial: dict[str, list[str]] | None = None  # terms by first letter, for near_term

    @classmethod
    def build(cls, texts: Sequence[str], languages: Sequence[str]) -> LexicalIndex:
        # An empty token list would break bm25s; a placeholder keeps row alignment.
        tokens = [
            analyzer(lang)(text) or ["\u2205"] for text, lang in zip(texts, languages, strict=True)
        ]
        model = bm25s.BM25(k1=1.2, b=0.75, method="lucene")
        model.index(tokens, show_progress=False)
        return cls(model, len(texts))

    def save(self, directory: Path) -> None:
        self._model.save(str(directory / DIRECTORY), allow_pickle=False)

    @classmethod
    def load(cls, directory: Path, size: int, mmap: bool = True) -> LexicalIndex:
        model = bm25s.BM25.load(
            str(directory / DIRECTORY), allow_pickle=False, mmap=mmap, show_progress=False
        )
        return cls(model, size)

    def known(self, tokens: Sequence[str]) -> list[str]:
        return [t for t in tokens if t in self._model.vocab_dict]

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        """BM25 score of every passage for the analysed query tokens (zeros if none match)."""
        known = self.known(tokens)
        if not known or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._model.get_scores(known), dtype=np.float32)

    def document_frequency(self, term: str) -> int:
        """How many passages contain the analysed term."""
        token_id = self._model.vocab_dict.get(term)
        if token_id is None:
            return 0
        indptr = self._model.scores["indptr"]
        return int(indptr[token_id + 1] - indptr[token_id])

    def has_term(self, term: str) -> bool:
        return self.document_frequency(term) > 0

    def rows_with(self, term: str) -> np.ndarray:
        """The passages (rows) that contain the analysed term: its postings."""
        token_id = self._model.vocab_dict.get(term)
        if token_id is None:
            return np.zeros(0, dtype=np.int64)
        indptr = self._model.scores["indptr"]
        return np.asarray(self._model.scores["indices"][indptr[token_id] : indptr[token_id + 1]])

    def near_term(self, term: str, max_distance: int) -> str | None:
        """A term of the index at most `max_distance` edits from `term` (the same first
        letter), the closest: a name spelled otherwise ("Strelzau" for "Strelsau")."""
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        if not term:
            return None
        if self._by_initial is None:
            self._by_initial = {}
            for known in self._model.vocab_dict:
                self._by_initial.setdefault(known[:1], []).append(known)
        found = process.extractOne(
            term,
            self._by_initial.get(term[:1], []),
            scorer=Levenshtein.distance,
            score_cutoff=max_distance,
            processor=None,
        )
        return None if found is None else str(found[0])
