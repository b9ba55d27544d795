"""The embedder role: texts in, L2-normalised float32 vectors out."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
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


def write_dir_atomically(target: Path, write: Callable[[Path], None], prefix: str) -> None:
    """Fill a fresh folder beside `target` with `write`, then put it in `target`'s place:
    a crash or an error leaves no half-written model folder (model builds, exports)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=target.parent))
    try:
        write(tmp)
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
