"""The embedder role: texts in, L2-normalised float32 vectors out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np


class EmbeddingError(RuntimeError):
    """The embedding model cannot be loaded or used; the message says how to fix it."""


class Embedder(Protocol):
    #: Identifies the model in the index manifest; another id means another vector space.
    model_id: str
    dimension: int

    def embed_passages(self, texts: Sequence[str], progress: bool = False) -> np.ndarray: ...

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...
