"""Milvus as the store (WTOQA_STORE=milvus), on Milvus Lite in a temporary file: real
searches, no mock. One build and one Milvus Lite per module keep it fast."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from answering.service import QAService, build
from indexing.embedders.fake import FakeEmbedder
from indexing.milvus_store import MilvusStore, MilvusStoreError, connect
from indexing.restriction import Restriction
from indexing.retrieval import HybridRetriever, SearchFilters
from indexing.store import IndexStoreError, LoadedIndex, build_index, load_index
from tests.conftest import CORPUS, FAKE_MODEL, ROOT, make_settings

TUNE = ROOT / "evals" / "corpora" / "dev" / "tune"
GOLD = ROOT / "evals" / "gold" / "dev-corpus.jsonl"


@dataclass
class Mirror:
    """A build of the seed and dev-tune corpora, and its Milvus Lite mirror."""

    index: LoadedIndex
    store: MilvusStore
    local: HybridRetriever
    milvus: HybridRetriever


def _corpus(target: Path) -> Path:
    shutil.copytree(CORPUS, target / "seed")
    shutil.copytree(TUNE, target / "tune")
    return target


@pytest.fixture(scope="module")
def mirror(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mirror]:
    tmp = tmp_path_factory.mktemp("milvus")
    embedder = FakeEmbedder()
    build_index(_corpus(tmp / "corpus"), tmp / "index", embedder.model_id, lambda: embedder)
    index = load_index(tmp / "index")
    uri = str(tmp / "milvus.db")
    store = MilvusStore(connect(uri), uri, "passages")
    report = store.sync(index)
    assert (report.inserted, report.deleted, report.kept) == (len(index.passages), 0, 0)
    yield Mirror(
        index,
        store,
        HybridRetriever(index, embedder, rrf_k=10),
        HybridRetriever(index, embedder, rrf_k=10, rankings=store.rankings(index)),
    )


def _questions() -> list[str]:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()][:12]


RESTRICTIONS = [
    Restriction(),
    Restriction.to(kinds=("body", "operative", "preamble", "note")),
    Restriction.to(languages=("fr",)),
    Restriction.to(date_from=date(2015, 1, 1)),
    Restriction.to(date_to=date(2018, 12, 31), kinds=("body",)),
]


def test_milvus_ranks_as_the_faiss_store(mirror: Mirror) -> None:
    """The same passages with the same scores, lexical and dense, filtered or not; only
    the order among equal scores may differ."""
    embedder = mirror.local.embedder
    assert embedder is not None
    for question in _questions():
        tokens = tuple(mirror.index.lexical.known(_tokens(question)))
        vector = embedder.embed_queries([question])[0]
        for restriction in RESTRICTIONS:
            for side, arg in (("lexical", tokens), ("dense", vector)):
                rows_l, scores_l = getattr(mirror.local.rankings, side)(arg, restriction, 30)
                rows_m, scores_m = getattr(mirror.milvus.rankings, side)(arg, restriction, 30)
                assert np.allclose(scores_l, scores_m, rtol=1e-5, atol=1e-6), (question, side)
                assert len(rows_l) == len(rows_m)
                # beyond the last score (ties at the cut), the rows are the same
                last = scores_l[-1] if len(scores_l) else 0
                kept_l = {int(r) for r, s in zip(rows_l, scores_l, strict=True) if s > last + 1e-4}
                kept_m = {int(r) for r, s in zip(rows_m, scores_m, strict=True) if s > last + 1e-4}
                assert kept_l == kept_m, (question, side, restriction)


def _tokens(question: str) -> list[str]:
    from indexing.analyzers import analyzer, detect_language

    return analyzer(detect_language(question))(question)


def test_milvus_answers_searches_as_the_faiss_store(mirror: Mirror) -> None:
    """The same best passage for nearly every question: passages with equal BM25 scores
    (repeated paragraphs, equal lengths) may come in another order, which moves their
    per-language rank and so their fused score a little."""
    agree = 0
    questions = _questions()
    for question in questions:
        local = [h.passage.passage_id for h in mirror.local.search(question, k=5)]
        milvus = [h.passage.passage_id for h in mirror.milvus.search(question, k=5)]
        assert milvus, question
        agree += local[0] == milvus[0]
    assert agree >= 0.9 * len(questions)


def test_filters_run_inside_the_milvus_search(mirror: Mirror) -> None:
    """A restriction narrower than the ranking depth still fills it: Milvus filters while
    searching, not after."""
    counts = Counter(p.doc_id for p in mirror.index.passages)
    doc_id, in_document = counts.most_common(1)[0]
    assert in_document >= 5
    vector = np.zeros(mirror.index.embeddings.shape[1], dtype=np.float32)
    vector[0] = 1.0
    rows, _ = mirror.milvus.rankings.dense(vector, Restriction.to(doc_ids=(doc_id,)), 5)
    assert len(rows) == 5
    assert {mirror.index.passages[r].doc_id for r in rows} == {doc_id}

    filters = SearchFilters(language="es", date_from=date(2010, 1, 1), kinds=("body",))
    hits = mirror.milvus.search("comercio electrónico", k=10, filters=filters)
    assert hits
    for hit in hits:
        passage = hit.passage
        assert passage.language == "es" and passage.kind == "body"
        assert passage.date is not None and passage.date[:10] >= "2010-01-01"
    assert [h.passage.passage_id for h in hits] == [
        h.passage.passage_id for h in mirror.local.search("comercio electrónico", 10, filters)
    ]
    assert mirror.milvus.search("comercio", 5, SearchFilters(doc_ids=("no-such-doc",))) == []


def test_restriction_as_milvus_expression() -> None:
    both = Restriction.to(doc_ids=('a"b', "c"), date_from=date(2019, 12, 10)) & Restriction.to(
        doc_ids=("c", 'a"b', "d"), languages=("fr",)
    )
    assert both.expression() == (
        'doc_id in ["a\\"b", "c"] and language in ["fr"] and date > 0 and date >= 20191210'
    )
    assert (Restriction.to(doc_ids=("a",)) & Restriction.to(doc_ids=("b",))).impossible
    assert Restriction.to(doc_ids=()).empty


def test_incremental_sync_touches_only_the_changed_document(
    corpus_copy: Path, tmp_path: Path
) -> None:
    corpus = corpus_copy
    settings = make_settings(
        tmp_path,
        corpus_dir=corpus,
        store="milvus",
        milvus_uri=str(tmp_path / "milvus.db"),
        abstain_threshold=0.0,
    )
    build(settings, corpus, settings.index_dir)
    before = {(p.passage_id, p.text_sha) for p in load_index(settings.index_dir).passages}

    changed = corpus / "documents" / "mc9-bali-2013-ecommerce-decision.md"
    text = changed.read_text(encoding="utf-8")
    assert "transmissions électroniques" in text
    changed.write_text(
        text.replace("transmissions électroniques", "transmissions numériques", 1),
        encoding="utf-8",
    )
    build(settings, corpus, settings.index_dir)
    index = load_index(settings.index_dir)
    after = {(p.passage_id, p.text_sha) for p in index.passages}
    new, gone = after - before, before - after
    assert new and len(new) == len(gone)
    doc_of = {p.passage_id: p.doc_id for p in index.passages}
    assert {doc_of[pid] for pid, _ in new} == {"mc9-bali-2013-ecommerce-decision"}

    store = MilvusStore(connect(settings.milvus_uri), settings.milvus_uri, "wtoqa_passages")
    store.load()
    report = store.sync(index)  # already in line: nothing to write
    assert (report.inserted, report.deleted, report.rewritten) == (0, 0, 0)
    assert report.kept == store.count() == len(index.passages)

    # The service reads Milvus: the changed wording is found there.
    service = QAService.from_settings(settings)
    assert service.store is not None
    hits = service.search("transmissions numériques", k=3)
    assert "transmissions numériques" in hits[0].passage.text


def test_sync_writes_only_rows_whose_content_changed(mirror: Mirror) -> None:
    """A second build with one passage changed: one row in, one row out, the rest kept."""
    store = MilvusStore(mirror.store.client, mirror.store.uri, "changed")
    store.sync(mirror.index)
    passages = list(mirror.index.passages)
    target = next(i for i, p in enumerate(passages) if p.kind == "body")

    passages[target] = replace(passages[target], text=passages[target].text + " Addendum.")
    changed = replace(mirror.index, passages=passages)
    report = store.sync(changed)
    assert (report.inserted, report.deleted, report.rewritten) == (1, 1, 0)
    assert report.kept == len(passages) - 1


def test_unreachable_milvus_is_a_clear_error_at_start(
    mirror: Mirror, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from wtoqa.cli import main

    uri = "http://127.0.0.1:9"  # the discard port: nothing listens
    settings = make_settings(
        mirror.index.path.parent.parent, store="milvus", milvus_uri=uri, embedding_model=FAKE_MODEL
    )
    with pytest.raises(MilvusStoreError, match=r"127\.0\.0\.1:9") as caught:
        QAService.from_settings(settings, index_dir=mirror.index.path.parent.parent)
    assert isinstance(caught.value, IndexStoreError)

    monkeypatch.setenv("WTOQA_STORE", "milvus")
    monkeypatch.setenv("WTOQA_MILVUS_URI", uri)
    monkeypatch.setenv("WTOQA_EMBEDDING_MODEL", FAKE_MODEL)
    monkeypatch.setenv("WTOQA_INDEX_DIR", str(mirror.index.path.parent.parent))
    assert main(["search", "moratoire"]) == 2
    err = capsys.readouterr().err
    assert "cannot reach Milvus at WTOQA_MILVUS_URI=http://127.0.0.1:9" in err
    assert "Traceback" not in err


def test_missing_collection_and_bad_uri_say_what_to_do(mirror: Mirror) -> None:
    with pytest.raises(MilvusStoreError, match=r"no collection 'elsewhere'.*wtoqa index"):
        MilvusStore.open(mirror.store.uri, "elsewhere")
    with pytest.raises(MilvusStoreError, match="neither a Milvus Lite file"):
        connect("/tmp/not-a-milvus-file.txt")


def test_rows_follow_the_mean_passage_length(mirror: Mirror, tmp_path: Path) -> None:
    """BM25's document side depends on the corpus' mean passage length: when a rebuild
    moves it by more than the tolerance, the kept rows are rewritten and Milvus scores
    as the new build's own BM25 does."""
    from indexing.analyzers import analyzer
    from indexing.store import indexed_text

    # first the seed and the dev documents of short passages, then every document: the
    # mean length moves by more than the tolerance whatever the documents' wording
    lengths: dict[str, list[int]] = {}
    for passage in mirror.index.passages:
        tokens = analyzer(passage.language)(indexed_text(passage))
        lengths.setdefault(passage.doc_id, []).append(max(len(tokens), 1))
    mean = np.mean([n for ns in lengths.values() for n in ns])
    sources = {d: Path(doc.meta.source_file) for d, doc in mirror.index.documents.items()}
    short = [d for d, ns in lengths.items() if sources[d].parts[0] == "tune" and np.mean(ns) < mean]
    first = tmp_path / "first"
    shutil.copytree(CORPUS, first / "seed")
    (first / "tune").mkdir()
    for doc_id in short:
        shutil.copy(TUNE / sources[doc_id].name, first / "tune" / sources[doc_id].name)
    embedder = FakeEmbedder()
    build_index(first, tmp_path / "seed", embedder.model_id, lambda: embedder)
    store = MilvusStore(mirror.store.client, mirror.store.uri, "grown")
    store.sync(load_index(tmp_path / "seed"))
    report = store.sync(mirror.index)
    assert report.rewritten > 0 and report.deleted == 0
    assert report.inserted + report.rewritten + report.kept == len(mirror.index.passages)
    rankings = store.rankings(mirror.index)
    for question in _questions()[:6]:
        tokens = tuple(mirror.index.lexical.known(_tokens(question)))
        _, expected = mirror.local.rankings.lexical(tokens, Restriction(), 30)
        _, found = rankings.lexical(tokens, Restriction(), 30)
        assert np.allclose(expected, found, rtol=1e-5, atol=1e-6), question


def test_a_milvus_lite_file_held_by_another_process_is_named(tmp_path: Path) -> None:
    """Milvus Lite opens its file in one process: a `wtoqa index` beside a running server
    on the same file gets a message saying so, not a traceback."""
    import subprocess
    import sys

    uri = str(tmp_path / "held.db")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pymilvus import MilvusClient; "
            f"MilvusClient({uri!r}); print('ready', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(MilvusStoreError, match="one process at a time") as caught:
            connect(uri)
        assert uri in str(caught.value)
    finally:
        holder.communicate(input="", timeout=30)
