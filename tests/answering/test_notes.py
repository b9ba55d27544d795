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


GATEKEEPERS = """\
Report on Competition and Digital Platforms

1.  In Ruritania, four firms were designated as gatekeepers in 2031 for twelve core
    platform services.4 They must let business users offer their products on other terms.

2.  Borduria described its merger control rules for digital markets.

____________________
4 Zendasoft, Strelsau Telecom, Kravia Pay and Osten Maps.
"""


def test_the_footnote_of_the_quoted_paragraph_names_what_it_counts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = service_over(tmp_path, {"report.txt": GATEKEEPERS})
    answer = service.ask("Which companies did Ruritania designate as gatekeepers in 2031?")
    assert answer.status == "answered", answer.abstention_reason
    cited = {c.passage_id for c in answer.citations}
    assert {"report#p2", "report#p2.n1"} <= cited, cited
    assert "Zendasoft" in answer.answer


POSTAL = """\
# Workshop on Postal Services in Ruritania

1. The Ruritanian Post presented the data of Table 1 on international parcel traffic,
driven by online purchases from abroad, and the effect of its new customs portal.

| Item | 2031 | 2034 | Change |
|---|---|---|---|
| Postal parcels | 62 | 79 | +27 % |
| Small packets | 410 | 560 | +37 % |
| Letters | 5,800 | 4,900 | -16 % |

2. Borduria described its merger control rules for digital markets and their reach.
"""


def test_a_row_of_the_table_a_quoted_paragraph_announces_gives_the_figure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = service_over(tmp_path, {"postal.md": POSTAL})
    answer = service.ask(
        "How much did the international parcel traffic driven by online purchases from abroad "
        "grow between 2031 and 2034, per the Ruritanian Post?"
    )
    assert answer.status == "answered", answer.abstention_reason
    assert "+27 %" in answer.answer, answer.answer


SHARES = """\
# Note on Tariff Revenue in the Region

1. The Secretariat gathered the figures that members reported on the revenue their
tariffs on digital products brought in, as set out below.

**Table 2: Tariff revenue from digital products, by member (per cent of all tariff revenue)**

| Member | 2031 | 2034 |
|---|---|---|
| Ruritania | 1.2 | 0.8 |
| Zenda | 3.4 | 2.9 |

2. The figures for 2034 are provisional.
"""


def test_a_rows_figures_are_shares_when_its_caption_says_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = service_over(tmp_path, {"note.md": SHARES})
    answer = service.ask("What was Zenda's share of tariff revenue from digital products in 2034?")
    assert answer.status == "answered", answer.abstention_reason
    # the row itself is the quote, not the caption with the row joined to it
    assert [c.passage_id for c in answer.citations] == ["note#p6"]
    assert "2.9" in answer.answer


RECALLS = """\
WORLD TRADE ORGANIZATION
WT/ZEN/W/12
3 May 2031

Note on the Valuation of Software

1.  The decision of 2019 on carrier media was taken up again by the Committee of Zenda in
    2031, when members asked whether it covered software sent over networks.

2.  Several delegations said that the value of the carrier medium alone should count.
"""


def test_a_years_document_that_the_passages_recall_is_no_unknown_document(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """No document of 2019 is in the corpus, but the note recalls "the decision of
    2019": a question about that decision is answered from the note; a question about a
    2019 report, which nothing recalls, is still refused as of a document not there."""
    service = service_over(tmp_path, {"note.txt": RECALLS})
    answer = service.ask("In which year was the 2019 decision on carrier media taken up again?")
    assert answer.status == "answered", answer.abstention_reason
    refused = service.ask("What did the 2019 report on carrier media recommend?")
    assert refused.status == "not_found"
    assert "2019" in (refused.abstention_reason or "")
