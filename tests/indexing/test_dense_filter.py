"""A filtered dense search inside FAISS (ID selector) finds what exact scoring finds."""

from __future__ import annotations

import numpy as np
import pytest

from indexing.dense import DenseIndex


@pytest.mark.parametrize(
    ("factory", "params", "agreement"),
    [("Flat", "", 1.0), ("IVF32,Flat", "nprobe=32", 1.0), ("HNSW16", "efSearch=256", 0.9)],
)
def test_selector_search_keeps_to_the_allowed_rows(
    factory: str, params: str, agreement: float
) -> None:
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((5000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = DenseIndex.build(vectors, factory, params)
    allowed = rng.random(len(vectors)) < 0.3
    for row in range(5):
        query = vectors[row] + 0.1 * rng.standard_normal(32).astype(np.float32)
        scores, ids = index.search(query, 20, allowed=allowed)
        assert len(ids) == 20 and allowed[ids].all()
        assert np.all(np.diff(scores) <= 1e-6)  # best first
        rows = np.flatnonzero(allowed)
        exact = rows[np.argsort(-(vectors[rows] @ query))[:20]]
        assert len(set(ids.tolist()) & set(exact.tolist())) >= agreement * 20


def test_filtered_ranking_is_the_same_through_faiss(monkeypatch: pytest.MonkeyPatch) -> None:
    """The retriever's two filtered paths (exact NumPy, FAISS selector) agree."""
    import tempfile
    from pathlib import Path

    import indexing.retrieval as retrieval
    from answering.service import QAService, build
    from indexing.retrieval import SearchFilters
    from tests.conftest import CORPUS, make_settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = make_settings(Path(tmp))
        build(settings, CORPUS, settings.index_dir)
        service = QAService.from_settings(settings)
        filters = SearchFilters(kinds=("operative", "body", "preamble"))
        question = "droits de douane sur les transmissions électroniques"
        exact = [h.passage.passage_id for h in service.search(question, 8, filters)]
        monkeypatch.setattr(retrieval, "EXACT_FILTER_ROWS", 0)
        through_faiss = [h.passage.passage_id for h in service.search(question, 8, filters)]
    assert exact and exact == through_faiss


def test_search_parameters_are_kept_and_skipped_on_the_exact_fallback(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import faiss

    rng = np.random.default_rng(1)
    vectors = rng.standard_normal((400, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    DenseIndex.build(vectors, "IVF8,Flat", "nprobe=5").save(tmp_path / "ivf.faiss")
    loaded = DenseIndex.load(tmp_path / "ivf.faiss")
    assert faiss.extract_index_ivf(loaded._index).nprobe == 5
    # too few vectors to train an IVF index: exact search, parameters not applicable
    small = DenseIndex.build(vectors[:10], "IVF8,Flat", "nprobe=5")
    assert small.search(vectors[0], 3)[1][0] == 0
