"""A list's items follow the paragraph that announces it, in the ranking and the answer."""

from __future__ import annotations

import pytest

from tests.conftest import service_over

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
    return service_over(tmp_path_factory.mktemp("lists"), {"council-report.txt": REPORT})


def test_the_items_of_a_leading_list_follow_it(service) -> None:  # type: ignore[no-untyped-def]
    answer = service.ask("Which questions did the Council examine under its mandate?")
    labels = [hit.passage.label for hit in answer.hits[:5]]
    assert labels[0] == "2." and sorted(labels[1:]) == ["(a)", "(b)", "(c)", "(d)"]
    assert answer.status == "answered"
    assert "rules of origin for goods ordered online" in answer.answer
    # the answer says the items in the document's order
    assert [c.label for c in answer.citations[:5]] == ["2.", "(a)", "(b)", "(c)", "(d)"]


def test_the_items_retrieval_found_come_first(service) -> None:  # type: ignore[no-untyped-def]
    """The list's items follow it best-retrieved first: the item the question is about
    is not pushed out of the first places by the items before it in the document."""
    answer = service.ask(
        "Which questions did the Council examine under its mandate, standards among them?"
    )
    labels = [hit.passage.label for hit in answer.hits[:5]]
    assert labels == ["2.", "(d)", "(a)", "(c)", "(b)"], labels  # "3." ends the list
