"""Loading an index memory-mapped (the default) answers exactly as reading it into memory."""

from pathlib import Path

import numpy as np
import pytest

from indexing.dense import DenseIndex, DenseIndexError
from indexing.embedders.fake import FakeEmbedder
from indexing.retrieval import HybridRetriever, SearchFilters
from indexing.store import IndexCorruptError, build_index, current_path, load_index

MODEL = "fake-hash-384"
QUERIES = (
    "droits de douane sur les transmissions électroniques",
    "examens périodiques du Conseil général",
    "What does the moratorium cover?",
    "pays en développement et fracture numérique",
)
WORDS = (
    "commerce électronique droits douane transmissions membres conseil général examens "
    "périodiques programme travail développement pays connectivité données protection "
    "consommateurs entreprises moratoire décision session rapports mesures fracture"
).split()


def _corpus(directory: Path, paragraphs: int) -> Path:
    """A French text of `paragraphs` paragraphs, enough vectors to train an IVF index."""
    rnd = np.random.default_rng(0)
    directory.mkdir()
    text = "\n\n".join(
        " ".join(rnd.choice(WORDS, size=int(rnd.integers(12, 30)))).capitalize() + "."
        for _ in range(paragraphs)
    )
    (directory / "programme.txt").write_text(text, encoding="utf-8")
    return directory


def _ranked(index_dir: Path, mmap: bool, embedder: FakeEmbedder) -> list[list[tuple[str, float]]]:
    index = load_index(index_dir, mmap=mmap)
    retriever = HybridRetriever(index, embedder)
    rankings = []
    for query in QUERIES:
        for filters in (None, SearchFilters(language="fr")):  # approximate, then exact rows
            hits = retriever.search(query, k=8, filters=filters)
            rankings.append([(h.passage.passage_id, round(h.score, 6)) for h in hits])
    return rankings


@pytest.mark.parametrize("faiss_index", ["Flat", "IVF4,Flat", "HNSW8"])
def test_mapped_and_read_indexes_rank_alike(tmp_path: Path, faiss_index: str) -> None:
    embedder = FakeEmbedder(384)
    corpus = _corpus(tmp_path / "corpus", 120)
    build_index(corpus, tmp_path / "idx", MODEL, lambda: embedder, faiss_index=faiss_index)
    mapped = _ranked(tmp_path / "idx", True, embedder)
    read = _ranked(tmp_path / "idx", False, embedder)
    assert mapped == read
    assert all(mapped) and len({tuple(r) for r in mapped}) > 1


def test_mapped_load_maps_the_large_arrays(corpus_copy: Path, tmp_path: Path) -> None:
    embedder = FakeEmbedder(384)
    build_index(corpus_copy, tmp_path / "idx", MODEL, lambda: embedder)
    mapped = load_index(tmp_path / "idx")
    assert isinstance(mapped.embeddings, np.memmap)
    assert not isinstance(load_index(tmp_path / "idx", mmap=False).embeddings, np.memmap)
    # the vectors a filtered search reads are the file's, read-only
    assert not mapped.embeddings.flags.writeable
    assert mapped.dense.size == len(mapped.passages) == len(mapped.embeddings)


@pytest.mark.parametrize("name", ["passages.jsonl", "documents.jsonl", "embeddings.npy"])
def test_a_damaged_file_is_named_however_it_breaks(
    corpus_copy: Path, tmp_path: Path, name: str
) -> None:
    """The checksums run beside the JSON parse: a file cut mid-row must still be reported
    as damaged, by name, and not as a JSON error."""
    build_index(corpus_copy, tmp_path / "idx", MODEL, lambda: FakeEmbedder(384))
    path = current_path(tmp_path / "idx") / name
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(
        IndexCorruptError, match=rf"{name.replace('.', '[.]')} is missing or damaged"
    ):
        load_index(tmp_path / "idx")


def test_search_parameters_are_saved_with_the_index(tmp_path: Path) -> None:
    """An IVF index searches one list unless told otherwise; the nprobe chosen for its
    recall must survive saving and mapped loading, or the server searches worse than
    the measurement that chose it."""
    vectors = np.random.default_rng(0).standard_normal((2000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    wide = DenseIndex.build(vectors, "IVF16,Flat", params="nprobe=16")  # every list: exact
    wide.save(tmp_path / "dense.faiss")
    exact = DenseIndex.build(vectors, "Flat")
    loaded = DenseIndex.load(tmp_path / "dense.faiss")
    for query in vectors[:20]:
        assert list(loaded.search(query, 10)[1]) == list(exact.search(query, 10)[1])
    with pytest.raises(DenseIndexError, match="nprobe"):
        DenseIndex.build(vectors, "Flat", params="nprobe=4")
