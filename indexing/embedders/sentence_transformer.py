"""Dense embeddings through sentence-transformers, offline.

The default model name resolves to multilingual-e5-small built from the
packaged weights (see e5_build); any other sentence-transformers model name
or local directory works through WTOQA_EMBEDDING_MODEL. Models with
`query` / `passage` prompts (the e5 family) get them.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from indexing.embedders.base import EmbeddingError
from indexing.embedders.e5_build import ModelBuildError, ensure_default_model
from wtoqa.settings import DEFAULT_EMBEDDING_MODEL

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

logger = logging.getLogger(__name__)


class SentenceTransformerEmbedder:
    def __init__(self, model: str, cache_dir: Path, batch_size: int = 32, threads: int = 0) -> None:
        if threads:
            import torch

            torch.set_num_threads(threads)
        self.model_id = model
        self.batch_size = batch_size
        self._model = _load(model, cache_dir)
        dimension = self._model.get_embedding_dimension()
        if not dimension:
            raise EmbeddingError(f"model {model!r} does not report its embedding dimension")
        self.dimension = int(dimension)
        prompts = getattr(self._model, "prompts", {}) or {}
        self._query_prompt = "query" if "query" in prompts else None
        self._passage_prompt = "passage" if "passage" in prompts else None

    def embed_passages(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        return self._encode(texts, self._passage_prompt, progress)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self._query_prompt, False)

    def _encode(self, texts: Sequence[str], prompt: str | None, progress: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            prompt_name=prompt,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


def _load(model: str, cache_dir: Path) -> SentenceTransformer:
    # No hub at run time: a name that is not a local directory must already be cached.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    if model == DEFAULT_EMBEDDING_MODEL:
        try:
            path = str(ensure_default_model(cache_dir))
        except ModelBuildError as exc:
            raise EmbeddingError(f"cannot build the default model: {exc}") from exc
    else:
        path = model
    try:
        return SentenceTransformer(path, device="cpu")
    except Exception as exc:
        raise EmbeddingError(
            f"cannot load embedding model {model!r} (WTOQA_EMBEDDING_MODEL): {exc}. "
            "Give a local sentence-transformers directory, or a model already in the "
            "Hugging Face cache; nothing is downloaded at run time."
        ) from exc
