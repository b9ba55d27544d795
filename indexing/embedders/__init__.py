"""Embedders: the dense model behind retrieval, and a fake one for fast tests."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from indexing.embedders.base import Embedder, EmbeddingError

if TYPE_CHECKING:
    from wtoqa.settings import Settings

__all__ = ["Embedder", "EmbeddingError", "embedder_for", "load_embedder"]
logger = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def load_embedder(
    model: str,
    cache_dir: Path,
    batch_size: int = 32,
    backend: str = "torch",
    threads: int = 0,
) -> Embedder:
    """The embedder for a model name or path, loaded once per process.

    backend: "torch" (sentence-transformers), "onnx" or "onnx-int8" (ONNX Runtime on the
    same model, exported once into the cache); threads: 0 lets the backend choose."""
    if model.startswith("fake-hash-"):
        from indexing.embedders.fake import FakeEmbedder

        return FakeEmbedder(int(model.rsplit("-", 1)[1]))
    if backend in {"onnx", "onnx-int8"}:
        from indexing.embedders.onnx import NotExportable, OnnxEmbedder

        try:
            return OnnxEmbedder(
                model, cache_dir, batch_size, quantized=backend == "onnx-int8", threads=threads
            )
        except NotExportable as exc:
            # a user's own model that the export cannot run still works, through torch
            logger.warning("%s; running it through sentence-transformers (torch)", exc)
    from indexing.embedders.sentence_transformer import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(model, cache_dir, batch_size, threads=threads)


def embedder_for(settings: Settings) -> Embedder:
    """The embedder the settings configure (model, backend, batch size, threads)."""
    return load_embedder(
        settings.embedding_model,
        settings.model_cache_dir,
        settings.embedding_batch_size,
        settings.embedding_backend,
        settings.encoder_threads,
    )
