"""Passage vectors in FAISS, inner product on L2-normalised vectors (cosine)."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np


class DenseIndexError(ValueError):
    """The FAISS index type is not usable; the message names the setting."""


class DenseIndex:
    def __init__(self, index: faiss.Index) -> None:
        self._index = index

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    @classmethod
    def build(cls, vectors: np.ndarray, factory: str = "Flat") -> DenseIndex:
        dimension = vectors.shape[1]
        try:
            index = faiss.index_factory(dimension, factory, faiss.METRIC_INNER_PRODUCT)
        except RuntimeError as exc:
            raise DenseIndexError(
                f"WTOQA_FAISS_INDEX={factory!r} is not a FAISS index_factory type: {exc}"
            ) from exc
        if not index.is_trained:
            if len(vectors) < 40:
                # Too few points to train (IVF, PQ...): fall back to exact search.
                index = faiss.IndexFlatIP(dimension)
            else:
                index.train(vectors)
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return cls(index)

    def save(self, path: Path) -> None:
        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path) -> DenseIndex:
        return cls(faiss.read_index(str(path)))

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, row ids) of the k nearest passages, best first."""
        k = min(k, self.size)
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        scores, ids = self._index.search(np.ascontiguousarray(query.reshape(1, -1)), k)
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]
