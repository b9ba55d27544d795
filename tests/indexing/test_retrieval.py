from datetime import date
from pathlib import Path

from indexing.embedders.fake import FakeEmbedder
from indexing.retrieval import HybridRetriever, SearchFilters
from indexing.store import build_index, load_index


def _retriever(corpus: Path, tmp: Path, fusion: str = "rrf") -> HybridRetriever:
    embedder = FakeEmbedder()
    build_index(corpus, tmp / "idx", embedder.model_id, lambda: embedder)
    return HybridRetriever(load_index(tmp / "idx"), embedder, fusion=fusion)  # type: ignore[arg-type]


def test_duplicate_paragraphs_are_collapsed(corpus_copy: Path, tmp_path: Path) -> None:
    copy = corpus_copy / "documents" / "copy-of-bali.md"
    copy.write_text(
        (corpus_copy / "documents" / "mc9-bali-2013-ecommerce-decision.md").read_text(
            encoding="utf-8"
        ),
        encoding="utf-8",
    )
    hits = _retriever(corpus_copy, tmp_path).search("droits de douane transmissions", k=5)
    texts = [h.passage.text for h in hits]
    assert len(texts) == len(set(texts))


def test_filters_by_document_language_and_date(corpus_copy: Path, tmp_path: Path) -> None:
    retriever = _retriever(corpus_copy, tmp_path)
    india = "india-2024-draft-decision-ecommerce"
    hits = retriever.search("examens périodiques", 5, SearchFilters(doc_ids=(india,)))
    assert hits and {h.passage.doc_id for h in hits} == {india}
    hits = retriever.search("examens périodiques", 5, SearchFilters(date_from=date(2014, 1, 1)))
    assert {h.passage.doc_id for h in hits} == {india}
    assert retriever.search("examens", 5, SearchFilters(language="en")) == []


def test_lexical_and_dense_rankings_both_feed_the_fusion(corpus_copy: Path, tmp_path: Path) -> None:
    hits = _retriever(corpus_copy, tmp_path).search("transmissions électroniques", k=3)
    top = hits[0]
    assert top.lexical_rank == 1 and top.dense_rank is not None
    assert "transmissions électroniques" in top.passage.text


def test_english_question_reaches_french_text_through_terms(
    corpus_copy: Path, tmp_path: Path
) -> None:
    from indexing.query import DEFAULT_GLOSSARY, Glossary, make_query

    retriever = _retriever(corpus_copy, tmp_path, fusion="lexical")
    question = "What does the moratorium on customs duties cover?"
    query = make_query(question, "en", Glossary.load(DEFAULT_GLOSSARY))
    assert "droit" in query.tokens and "douan" in query.tokens  # French stems of the glossary
    hits = retriever.search(query, k=1)
    assert hits[0].passage.paragraph == 11
    bare = make_query(question, "en", Glossary([]))
    assert "douan" not in bare.tokens


def test_filter_by_paragraph_kind(corpus_copy: Path, tmp_path: Path) -> None:
    retriever = _retriever(corpus_copy, tmp_path)
    hits = retriever.search("Inde", 5, SearchFilters(kinds=("operative",)))
    assert hits and {h.passage.kind for h in hits} == {"operative"}


def test_repeated_rankings_reuse_scores_and_masks(corpus_copy: Path, tmp_path: Path) -> None:
    """A question ranks several times with the same tokens and restrictions: BM25 over
    every row and each mask are computed once, shared read-only, and the results do not
    change."""
    from indexing.retrieval import LocalRankings

    retriever = _retriever(corpus_copy, tmp_path)
    rankings = retriever.rankings
    assert isinstance(rankings, LocalRankings)
    filters = SearchFilters(language="fr", kinds=("operative", "body"))
    first = retriever.search("droits de douane transmissions", 5, filters)
    from indexing.analyzers import detect_language
    from indexing.query import EMPTY_GLOSSARY, make_query

    asked = "droits de douane transmissions"
    tokens = make_query(asked, detect_language(asked), EMPTY_GLOSSARY).tokens
    hits_before = rankings.lexical_scores.cache_info().hits
    scores = rankings.lexical_scores(tokens)
    assert rankings.lexical_scores.cache_info().hits == hits_before + 1  # from the search
    assert rankings.lexical_scores(tokens) is scores and not scores.flags.writeable
    again = retriever.search("droits de douane transmissions", 5, filters)
    assert [h.passage.passage_id for h in again] == [h.passage.passage_id for h in first]
    assert [h.score for h in again] == [h.score for h in first]


def test_service_knows_its_languages_once(corpus_copy: Path, tmp_path: Path) -> None:
    from answering.service import QAService
    from tests.conftest import make_settings

    settings = make_settings(tmp_path)
    embedder = FakeEmbedder()
    build_index(corpus_copy, settings.index_dir, embedder.model_id, lambda: embedder)
    service = QAService(settings, load_index(settings.index_dir), embedder)  # type: ignore[arg-type]
    assert service.languages == {d.meta.language for d in service.documents.values()}


def test_the_passages_holding_a_term_are_its_postings() -> None:
    """rows_with gives exactly the passages whose BM25 score for the term is positive."""
    import numpy as np

    from indexing.analyzers import analyzer
    from indexing.lexical import LexicalIndex

    texts = ["Kenya spoke first.", "The Council met.", "Kenya and Chile agreed.", "Chile spoke."]
    lexical = LexicalIndex.build(texts, ["en"] * 4)
    (kenya,) = analyzer("en")("Kenya")
    assert sorted(lexical.rows_with(kenya).tolist()) == [0, 2]
    assert np.flatnonzero(lexical.scores([kenya]) > 0).tolist() == [0, 2]
    assert lexical.rows_with("ruritania").tolist() == []
