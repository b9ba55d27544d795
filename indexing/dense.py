"""Passage vectors in FAISS, inner product on L2-normalised vectors (cosine).

A saved index is loaded memory-mapped where FAISS can (IO_FLAG_MMAP_IFC, FAISS 1.11
and later: the flat, IVF and HNSW families tried here): loading is then immediate and
the vectors' pages are the file's, shared with the page cache and with any other
process serving the same build, instead of a private copy read at start-up. The file
must not change in place while mapped; builds never do (a new build is a new folder).
"""

from __future__ import annotations

import os
from pathlib import Path

import faiss
import numpy as np


def _read_ahead(path: Path) -> None:
    """Ask the kernel to read a mapped file into the page cache in the background: the
    first searches would otherwise each wait on the disk for the lists they touch (a
    million passages: 51 ms a search on a cold map, 9 ms warm)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            advise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
        finally:
            os.close(fd)
    except OSError:
        pass  # only a hint


class DenseIndexError(ValueError):
    """The FAISS index type is not usable; the message names the setting."""


class DenseIndex:
    def __init__(self, index: faiss.Index) -> None:
        self._index = index

    @property
    def size(self) -> int:
        return int(self._index.ntotal)

    @classmethod
    def build(cls, vectors: np.ndarray, factory: str = "Flat", params: str = "") -> DenseIndex:
        """An index of the vectors. params: FAISS search parameters ("nprobe=64",
        "efSearch=128"), saved with the index: an IVF index searches one list by default,
        far too few for the recall its size needs."""
        dimension = vectors.shape[1]
        try:
            index = faiss.index_factory(dimension, factory, faiss.METRIC_INNER_PRODUCT)
        except RuntimeError as exc:
            raise DenseIndexError(
                f"WTOQA_FAISS_INDEX={factory!r} is not a FAISS index_factory type: {exc}"
            ) from exc
        if not index.is_trained:
            if len(vectors) < 40:
                # Too few points to train (IVF, PQ...): fall back to exact search, which
                # has no search parameters to set.
                index = faiss.IndexFlatIP(dimension)
                params = ""
            else:
                index.train(vectors)
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        result = cls(index)
        if params:
            result.set_params(params)
        return result

    def set_params(self, params: str) -> None:
        """Set search parameters ("nprobe=64,efSearch=128"); those the index lacks fail."""
        space = faiss.ParameterSpace()
        try:
            for param in params.split(","):
                name, _, value = param.partition("=")
                space.set_index_parameter(self._index, name.strip(), float(value))
        except (RuntimeError, ValueError) as exc:
            raise DenseIndexError(
                f"FAISS search parameters {params!r} do not fit this index: {exc}"
            ) from exc

    def save(self, path: Path) -> None:
        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, mmap: bool = True) -> DenseIndex:
        """The saved index, memory-mapped if `mmap` and this FAISS can, else read in."""
        flag = getattr(faiss, "IO_FLAG_MMAP_IFC", 0) if mmap else 0
        try:
            index = cls(faiss.read_index(str(path), flag))
        except RuntimeError:
            if not flag:
                raise
        else:
            if flag:
                _read_ahead(path)
            return index
        # An index type with no mapped reader: read it into memory as before.
        return cls(faiss.read_index(str(path)))

    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(scores, row ids) of the k nearest passages, best first; `allowed` (a boolean
        row mask) restricts the search inside FAISS (an ID selector), so a filter costs
        what the index's own search costs and never starves the top k."""
        k = min(k, self.size)
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        vector = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        if allowed is None:
            scores, ids = self._index.search(vector, k)
        else:
            bits = np.packbits(allowed.astype(bool), bitorder="little")
            selector = faiss.IDSelectorBitmap(len(allowed), faiss.swig_ptr(bits))
            scores, ids = self._index.search(vector, k, params=self._parameters(selector))
        keep = ids[0] >= 0
        return scores[0][keep], ids[0][keep]

    def _parameters(self, selector: faiss.IDSelector) -> faiss.SearchParameters:
        """Search parameters with a selector, keeping the index's own nprobe / efSearch
        (parameters given to a search replace the index's)."""
        try:
            ivf = faiss.extract_index_ivf(self._index)
        except RuntimeError:
            ivf = None
        if ivf is not None:
            return faiss.SearchParametersIVF(sel=selector, nprobe=int(ivf.nprobe))  # type: ignore[call-arg]
        hnsw = getattr(faiss.downcast_index(self._index), "hnsw", None)
        if hnsw is not None:
            return faiss.SearchParametersHNSW(sel=selector, efSearch=int(hnsw.efSearch))  # type: ignore[attr-defined]
        return faiss.SearchParameters(sel=selector)  # type: ignore[call-arg]
