"""Word translations learned from the corpus' own vocabulary (indexing.lexicon)."""

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from indexing.lexicon import Lexicon, build_lexicon, content_words, vocabulary

#: A stand-in encoder: translations share a vector (what a multilingual model approaches).
MEANINGS = {
    "customs": 0,
    "douane": 0,
    "aduana": 0,
    "revenue": 1,
    "recettes": 1,
    "ingresos": 1,
    "workshop": 2,
    "atelier": 2,
    "pineapple": 6,
}


def fake_embed(texts: Sequence[str]) -> np.ndarray:
    vectors = np.zeros((len(texts), 8), dtype=np.float32)
    for row, text in enumerate(texts):
        column = MEANINGS.get(text, 3 + len(text) % 3)  # other words: columns 3-5
        vectors[row, column] = 1.0
        vectors[row, 7] += 0.1 * (len(text) % 3)  # words of one meaning are near, not equal
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


TEXTS = [
    ("Les recettes de douane ont baissé après l'atelier.", "fr"),
    ("Los ingresos de aduana disminuyeron.", "es"),
    ("The workshop discussed customs revenue.", "en"),
]


def test_vocabulary_keeps_content_words_per_language() -> None:
    forms = vocabulary(TEXTS)
    assert "douane" in forms["fr"] and "recettes" in forms["fr"]
    assert "les" not in forms["fr"] and "de" not in forms["fr"]  # stop words, short words
    assert content_words("What about the customs?", "en") == ["customs"]


def test_question_words_find_their_translations_in_other_languages() -> None:
    lexicon = build_lexicon(TEXTS, lambda: fake_embed)
    asked = ["customs", "revenue"]
    found = lexicon.translations(asked, fake_embed(asked), "en", min_similarity=0.9)
    assert set(found["fr"]) == {"douane", "recettes"}
    assert set(found["es"]) == {"aduana", "ingresos"}
    assert "en" not in found  # never the question's own language


def test_unrelated_words_get_no_translation() -> None:
    lexicon = build_lexicon(TEXTS, lambda: fake_embed)
    asked = ["pineapple"]
    assert lexicon.translations(asked, fake_embed(asked), "en", min_similarity=0.9) == {}


def test_a_rebuild_embeds_only_new_forms_and_round_trips(tmp_path: Path) -> None:
    first = build_lexicon(TEXTS, lambda: fake_embed)
    first.save(tmp_path / "lexicon.npz")
    loaded = Lexicon.load(tmp_path / "lexicon.npz")
    assert loaded.forms == first.forms
    embedded: list[str] = []

    def counting(texts: Sequence[str]) -> np.ndarray:
        embedded.extend(texts)
        return fake_embed(texts)

    second = build_lexicon(
        [*TEXTS, ("Un nouvel atelier régional.", "fr")], lambda: counting, loaded
    )
    assert sorted(embedded) == ["nouvel", "régional"]
    assert second.vectors["fr"].shape == (len(second.forms["fr"]), 8)

    def never(texts: Sequence[str]) -> np.ndarray:
        raise AssertionError("nothing is new")

    build_lexicon(TEXTS, lambda: never, loaded)


@pytest.mark.real
def test_real_encoder_translates_trade_words(tmp_path: Path) -> None:
    """multilingual-e5-small places a word near its translation, above MIN_SIMILARITY."""
    from indexing.embedders import embedder_for
    from tests.conftest import REAL_MODEL, make_settings

    embedder = embedder_for(make_settings(tmp_path, model=REAL_MODEL))
    texts = [
        ("Les recettes douanières perdues pèsent sur les pays en développement.", "fr"),
        ("Un atelier a été organisé sur les petites entreprises et leurs difficultés.", "fr"),
    ]
    lexicon = build_lexicon(texts, lambda: embedder.embed_queries)
    asked = ["workshop", "difficulties"]
    found = lexicon.translations(asked, embedder.embed_queries(asked), "en")
    assert {"atelier", "difficultés"} <= set(found.get("fr", [])), found


def test_index_build_keeps_a_lexicon_and_queries_take_translations(
    corpus_copy: Path, tmp_path: Path
) -> None:
    from indexing.embedders.fake import FakeEmbedder
    from indexing.query import EMPTY_GLOSSARY, make_query
    from indexing.store import build_index, load_index

    embedder = FakeEmbedder(64)
    build_index(corpus_copy, tmp_path / "idx", "fake-hash-64", lambda: embedder)
    lexicon = load_index(tmp_path / "idx").lexicon
    assert lexicon is not None and lexicon.forms["fr"]
    assert lexicon.vectors["fr"].shape == (len(lexicon.forms["fr"]), embedder.dimension)
    build_index(corpus_copy, tmp_path / "off", "fake-hash-64", lambda: embedder, lexicon=False)
    assert load_index(tmp_path / "off").lexicon is None

    plain = make_query("customs revenue", "en", EMPTY_GLOSSARY)
    translated = make_query("customs revenue", "en", EMPTY_GLOSSARY, None, {"fr": ["douanes"]})
    assert translated.tokens == (*plain.tokens, "douan")


def test_the_corpus_words_need_no_encoder_call() -> None:
    lexicon = build_lexicon(TEXTS, lambda: fake_embed)
    known = lexicon.known_vectors(["douane", "pineapple"], "fr")
    assert list(known) == ["douane"]
    assert np.allclose(known["douane"], fake_embed(["douane"])[0])
    assert lexicon.known_vectors(["douane"], "de") == {}


def test_own_tokens_keep_a_word_its_translation_repeats() -> None:
    from indexing.query import EMPTY_GLOSSARY, make_query

    query = make_query("douane", "fr", EMPTY_GLOSSARY, None, {"en": ["douane"]})
    assert query.tokens == ("douan", "douan")
    assert query.own_tokens == ("douan",)
