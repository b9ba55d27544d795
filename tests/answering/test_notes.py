"""A footnote is a passage of its own, found through the paragraph that calls it."""

from __future__ import annotations

import pytest

from tests.conftest import service_over

REVIEW = """\
Trade Policy Review of Examplestan

1.  The law on consumer protection, promulgated in 2011, covers contracts concluded at a
    distance, including by electronic means.3 Consumers may withdraw within seven days.

2.  Online payments by card are processed by a national switching centre.

____________________
3 Promulgated by dahir No. 1-11-03 of 18 February 2011, articles 25 to 44.
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return service_over(tmp_path_factory.mktemp("notes"), {"review.txt": REVIEW})


def test_a_note_and_its_paragraph_are_two_places_of_the_ranking(service) -> None:  # type: ignore[no-untyped-def]
    question = service.analyse("By which dahir was the consumer protection law promulgated?")
    ids = [hit.passage.passage_id for hit in service.rank(question)]
    assert "review#p2" in ids and "review#p2.n1" in ids, ids
