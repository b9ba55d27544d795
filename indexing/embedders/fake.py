"""A deterministic embedder for fast tests: hashed bag of stemmed words, no model."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from indexing.analyzers import ANALYZERS


class FakeEmbedder:
    """Words hashed into a fixed-size vector; same text, same vector, in any process."""

    def __init__(self, dimension: int = 64) -> None:
        self.dimension = dimension
        self.model_id = f"fake-hash-{dimension}"
        self.calls: list[int] = []  # number of texts per passage-embedding call

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in ANALYZERS["fr"](text) + ANALYZERS["en"](text):
                digest = hashlib.blake2b(token.encode(), digest_size=4).digest()
                out[row, int.from_bytes(digest, "little") % self.dimension] += 1.0
            norm = np.linalg.norm(out[row])
            out[row] = out[row] / norm if norm else out[row]
            if not norm:
                out[row, 0] = 1.0
        return out

    def embed_passages(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        self.calls.append(len(texts))
        return self._embed(texts)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts)
