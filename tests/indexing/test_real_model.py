"""The real model and index: agreement with the 4-bit engine, bilingual retrieval."""

import json
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import MODEL_CACHE, REAL_MODEL

pytestmark = pytest.mark.real
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "e5_reference.json"
BALI = "mc9-bali-2013-ecommerce-decision"
INDIA = "india-2024-draft-decision-ecommerce"

# (question, document, paragraph that answers it)
FRENCH = [
    ("Quand le Conseil général doit-il procéder aux examens périodiques ?", BALI, 10),
    ("Jusqu'à quand les Membres s'abstiennent-ils d'imposer des droits de douane ?", BALI, 11),
    ("Quels principes fondamentaux de l'OMC sont réaffirmés ?", BALI, 8),
    ("Quand le programme de travail sur le commerce électronique a-t-il été adopté ?", BALI, 5),
    ("Quelle attention est accordée aux pays les moins avancés ?", BALI, 9),
    ("Quels ateliers ont été tenus sous l'égide du CCD et du CCS ?", BALI, 7),
    ("Quelle fracture préoccupe l'Inde ?", INDIA, 7),
    ("Qui a demandé la distribution de la communication de 2024 ?", INDIA, 3),
    ("Que dit le projet sur la répartition du commerce électronique mondial ?", INDIA, 8),
    ("À qui le Conseil général doit-il rendre compte selon le projet indien ?", INDIA, 11),
]
ENGLISH = [
    ("When were the periodic reviews scheduled?", BALI, 10),
    ("What does the moratorium on customs duties on electronic transmissions say?", BALI, 11),
    ("Which WTO principles are reaffirmed, such as non-discrimination?", BALI, 8),
    ("What about micro, small and medium enterprises?", BALI, 9),
    ("Which workshops were held under the CTD and CTS?", BALI, 7),
    ("What digital divide worries India?", INDIA, 7),
    ("What does India's draft say about the uneven distribution of e-commerce?", INDIA, 8),
    ("When was India's communication dated?", INDIA, 3),
    ("Who should report to the next Ministerial Conference in India's draft?", INDIA, 11),
    ("Which issues such as cloud computing and data protection should be examined?", BALI, 8),
]


def test_built_model_agrees_with_the_4bit_engine() -> None:
    from indexing.embedders import load_embedder

    embedder = load_embedder(REAL_MODEL, MODEL_CACHE)
    for row in json.loads(FIXTURE.read_text(encoding="utf-8")):
        embed = embedder.embed_queries if row["kind"] == "query" else embedder.embed_passages
        vector = embed([row["text"]])[0]
        reference = np.asarray(row["vector"], dtype=np.float32)
        cosine = float(vector @ reference / np.linalg.norm(reference))
        assert cosine >= 0.98, (row["text"], cosine)


def _rank(service, question, doc, paragraph, k):  # type: ignore[no-untyped-def]
    hits = service.search(question, k=k)
    for rank, hit in enumerate(hits, start=1):
        if hit.passage.doc_id == doc and hit.passage.paragraph == paragraph:
            return rank
    return None


@pytest.mark.parametrize(("question", "doc", "paragraph"), FRENCH)
def test_french_questions_find_their_paragraph_in_top_3(real_service, question, doc, paragraph):  # type: ignore[no-untyped-def]
    assert _rank(real_service, question, doc, paragraph, 3) is not None


@pytest.mark.parametrize(("question", "doc", "paragraph"), ENGLISH)
def test_english_questions_find_the_french_paragraph_in_top_5(
    real_service, question, doc, paragraph
):  # type: ignore[no-untyped-def]
    assert _rank(real_service, question, doc, paragraph, 5) is not None
