"""Per-request costs at scale: masks computed once and shared, exact scoring in place."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from indexing.documents import Passage
from indexing.restriction import MASK_CACHE, PassageColumns, Restriction, row_runs
from indexing.retrieval import exact_scores, top_rows


def passages(n_docs: int = 30, per_doc: int = 7) -> list[Passage]:
    rows = []
    for d in range(n_docs):
        for p in range(per_doc):
            rows.append(
                Passage(
                    passage_id=f"d{d}#p{p}",
                    doc_id=f"d{d}",
                    title=f"Doc {d}",
                    paragraph=p + 1,
                    text=f"text {d} {p}",
                    language=("fr", "en", "es")[d % 3],
                    kind=("body", "operative", "heading")[p % 3],
                    date=f"{2000 + d % 20}-0{1 + p % 9}-10" if d % 5 else None,
                    label=None,
                )
            )
    return rows


def uncached(columns: PassageColumns, r: Restriction) -> np.ndarray:
    """The mask as it was computed before caching: field by field over every row."""
    mask = np.ones(columns.size, dtype=bool)
    if r.doc_ids is not None:
        mask &= columns.doc.allowed(r.doc_ids)
    if r.languages is not None:
        mask &= columns.language.allowed(r.languages)
    if r.kinds is not None:
        mask &= columns.kind.allowed(r.kinds)
    if r.date_from is not None or r.date_to is not None:
        mask &= columns.date > 0
        if r.date_from is not None:
            mask &= columns.date >= r.date_from
        if r.date_to is not None:
            mask &= columns.date <= r.date_to
    return mask


RESTRICTIONS = [
    Restriction.to(languages=("en",)),
    Restriction.to(doc_ids=("d1", "d4", "d7", "nope")),
    Restriction.to(doc_ids=("d1", "d4", "d7")) & Restriction.to(languages=("en",)),
    Restriction.to(kinds=("body", "operative"), date_from=date(2005, 1, 1)),
    Restriction.to(languages=("fr", "es"), kinds=("heading",), date_to=date(2010, 12, 31)),
    Restriction.to(doc_ids=("d2",)) & Restriction.to(doc_ids=("d3",)),
]


@pytest.mark.parametrize("restriction", RESTRICTIONS)
def test_masks_are_those_of_every_field_and_shared(restriction: Restriction) -> None:
    columns = PassageColumns(passages())
    first = columns.mask(restriction)
    assert first is not None
    assert np.array_equal(first, uncached(columns, restriction))
    # the same restriction, built anew, is the same array: computed once, read-only
    again = columns.mask(Restriction(**restriction.__dict__))
    assert again is first and not first.flags.writeable
    with pytest.raises(ValueError):
        first[0] = not first[0]
    # combining a field's cached mask never changed that field's mask
    for field in ("doc_ids", "languages", "kinds"):
        value = getattr(restriction, field)
        if value is not None:
            part = Restriction(**{field: value})
            assert np.array_equal(columns.mask(part), uncached(columns, part))
    assert columns.mask(Restriction()) is None


def test_mask_cache_is_bounded() -> None:
    columns = PassageColumns(passages())
    for d in range(3 * MASK_CACHE):
        columns.mask(Restriction.to(doc_ids=(f"d{d % 30}",)))
    assert len(columns._masks) <= MASK_CACHE


def test_document_weights_of_some_rows() -> None:
    columns = PassageColumns(passages())
    weights = {"d1": 0.5, "d3": 2.0, "unknown": 9.0}
    every = columns.document_weights(weights)
    rows = np.array([0, 7, 8, 21, 22, 200], dtype=np.int64)
    assert np.array_equal(columns.document_weights(weights, rows), every[rows])
    assert every[7] == 0.5 and every[21] == 2.0 and every[0] == 0.0


def test_row_runs() -> None:
    starts, stops = row_runs(np.array([2, 3, 4, 9, 11, 12]))
    assert starts.tolist() == [2, 9, 11] and stops.tolist() == [5, 10, 13]
    assert [len(a) for a in row_runs(np.zeros(0, dtype=np.int64))] == [0, 0]


@pytest.mark.parametrize("layout", ["runs", "scattered"])
def test_exact_scores_in_place_equal_gathered(layout: str) -> None:
    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((3000, 16)).astype(np.float32)
    if layout == "runs":  # whole documents: runs of 50 rows
        rows = np.concatenate([np.arange(s, s + 50) for s in range(100, 3000, 400)])
    else:
        rows = np.flatnonzero(rng.random(3000) < 0.1)
    query = rng.standard_normal(16).astype(np.float32)
    scores = exact_scores(vectors, rows, query)
    assert scores.dtype == np.float32
    np.testing.assert_allclose(scores, vectors[rows] @ query, rtol=1e-5, atol=1e-5)


def test_top_rows_best_first_ties_in_order() -> None:
    scores = np.array([0.1, 0.9, 0.5, 0.9, 0.2, 0.5, 0.7], dtype=np.float32)
    assert top_rows(scores, 4).tolist() == [1, 3, 6, 2]
    assert top_rows(scores, 10).tolist() == [1, 3, 6, 2, 5, 4, 0]
    rng = np.random.default_rng(1)
    many = rng.random(5000).astype(np.float32)
    assert top_rows(many, 100).tolist() == np.argsort(-many, kind="stable")[:100].tolist()
