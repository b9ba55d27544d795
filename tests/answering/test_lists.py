"""A list's items follow the paragraph that announces it, in the ranking and the answer."""

from __future__ import annotations

import pytest

from tests.conftest import make_settings

REPORT = """\
Report of the Council

1. The Council met four times in the period under review.

2. Under its mandate, the Council examined the following questions:

(a) the classification of digital products;

(b) the valuation of software carried on physical media;

(c) rules of origin for goods ordered online;

(d) standards for electronic signatures.

3. The Council will report again next year.
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from answering.service import QAService, build

    tmp = tmp_path_factory.mktemp("lists")
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "council-report.txt").write_text(REPORT, encoding="utf-8")
    settings = make_settings(tmp, corpus_dir=corpus, abstain_threshold=0.0, cross_lexicon=False)
    build(settings, corpus, settings.index_dir)
    return QAService.from_settings(settings)


def test_the_items_of_a_leading_list_follow_it(service) -> None:  # type: ignore[no-untyped-def]
    answer = service.ask("Which questions did the Council examine under its mandate?")
    labels = [hit.passage.label for hit in answer.hits[:5]]
    assert labels == ["2.", "(a)", "(b)", "(c)", "(d)"]
    assert answer.status == "answered"
    assert "rules of origin for goods ordered online" in answer.answer
    assert [c.label for c in answer.citations[:5]] == labels
