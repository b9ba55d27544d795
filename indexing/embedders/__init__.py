"""Embedders: the dense model behind retrieval, and a fake one for fast tests."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from indexing.embedders.base import Embedder, EmbeddingError

__all__ = ["Embedder", "EmbeddingError", "load_embedder"]


@lru_cache(maxsize=2)
def load_embedder(model: str, cache_dir: Path, batch_size: int = 32) -> Embedder:
    """The embedder for a model name or path, loaded once per process."""
    if model.startswith("fake-hash-"):
        from indexing.embedders.fake import FakeEmbedder

        return FakeEmbedder(int(model.rsplit("-", 1)[1]))
    from indexing.embedders.sentence_transformer import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(model, cache_dir, batch_size)
