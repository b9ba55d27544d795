"""The gold sets: well formed, and every evidence span verbatim in the corpus."""

from pathlib import Path

import pytest

from evals.metrics import normalize
from evals.runner import load_gold
from indexing.loaders import discover, load_text
from indexing.segment import segment
from tests.conftest import CORPUS

GOLD_DIR = Path(__file__).resolve().parents[2] / "evals" / "gold"


def corpus_paragraph_texts() -> list[str]:
    return [normalize(p.text) for path in discover(CORPUS) for p in segment(load_text(path))]


@pytest.mark.parametrize("name", ["gold.jsonl", "heldout.jsonl"])
def test_every_evidence_span_is_verbatim_in_one_paragraph(name: str) -> None:
    paragraphs = corpus_paragraph_texts()
    for q in load_gold(GOLD_DIR / name):
        for span in q.evidence + q.evidence_any:
            assert any(normalize(span) in p for p in paragraphs), (q.id, span)


def test_gold_set_shape() -> None:
    questions = load_gold(GOLD_DIR / "gold.jsonl")
    assert len(questions) >= 60
    assert sum(q.unanswerable for q in questions) >= 10
    langs = [q.lang for q in questions]
    assert abs(langs.count("fr") - langs.count("en")) <= 6
    two_documents = [q for q in questions if len(q.evidence) >= 2]
    assert len(two_documents) >= 2
    assert sum(bool(q.history) for q in questions) >= 4  # follow-up questions
    for q in questions:
        if not q.unanswerable:
            assert q.answer_any, q.id


def test_bad_gold_line_is_named(tmp_path: Path) -> None:
    from evals.runner import GoldFileError

    path = tmp_path / "g.jsonl"
    path.write_text(
        '{"id": "a", "lang": "fr", "question": "q", "unanswerable": true}\n'
        '{"id": "b", "lang": "fr", "question": "no evidence"}\n'
    )
    with pytest.raises(GoldFileError, match=r"g\.jsonl:2"):
        load_gold(path)
