"""What a question asks for decides what may answer it: a year, a share, a member named in
a follow-up, members that only different documents mention.

A small corpus written for the test (fake embedder): a meeting's minutes in which members
speak, and a review of one member."""

from __future__ import annotations

import pytest

from answering.types import Message
from tests.conftest import service_over


def understood(asked: str):  # type: ignore[no-untyped-def]
    """The question analysed over an empty corpus (its kinds, counted noun, years)."""
    from answering.question import Catalogue, analyse
    from indexing.query import EMPTY_GLOSSARY

    return analyse(asked, [], catalogue=Catalogue([]), glossary=EMPTY_GLOSSARY)


MINUTES = """\
Minutes of the meeting of the Council for Trade in Goods

1. The representative of Chile said at this meeting of the Goods Council that the
moratorium on customs duties on electronic transmissions brought predictability.

2. Kenya noted that goods bought online for less than 50 dollars would now be subject to
value added tax on import.

3. The Council took note of the statements made.
"""

REVIEW = """\
Trade Policy Review of Norway

1. Norway applies no customs duties on electronic transmissions and supports the
moratorium, which it considers a guarantee of predictability.

2. Internet use reached 40 per cent of the population in 2019 and 60 per cent in 2023.

3. A digital agency coordinates the government's online services.
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    documents = {"goods-council-minutes.txt": MINUTES, "norway-review.txt": REVIEW}
    return service_over(tmp_path_factory.mktemp("asked"), documents)


def test_a_year_the_quotes_do_not_give_is_no_answer(service) -> None:  # type: ignore[no-untyped-def]
    given = service.ask("What share of the population used the Internet in Norway in 2023?")
    assert given.status == "answered" and "60 per cent" in given.answer
    other = service.ask("What share of the population used the Internet in Norway in 2021?")
    assert other.status == "not_found" and "2021" in (other.abstention_reason or "")


def test_a_share_the_quotes_do_not_give_is_no_answer(service) -> None:  # type: ignore[no-untyped-def]
    answer = service.ask("What share of Kenya's online purchases is subject to value added tax?")
    assert answer.status == "not_found" and "share" in (answer.abstention_reason or "")


def test_a_follow_up_on_another_member_quotes_that_member(service) -> None:  # type: ignore[no-untyped-def]
    history = [
        Message(role="user", content="What did Chile say at the Goods Council meeting?"),
        Message(role="assistant", content="Chile said the moratorium brought predictability."),
    ]
    answer = service.ask("And Kenya?", history=history)
    assert answer.status == "answered"
    assert "Kenya" in answer.answer and "Chile said" not in answer.answer


def test_members_only_different_documents_mention_are_each_quoted(service) -> None:  # type: ignore[no-untyped-def]
    answer = service.ask(
        "What did Chile say about the moratorium in the Council, and Norway in its review?"
    )
    assert answer.status == "answered"
    assert {c.doc_id for c in answer.citations} == {"goods-council-minutes", "norway-review"}


def test_members_in_the_wto_s_own_wording() -> None:
    from answering.question import members_named

    found = members_named("Chile, Nueva Zelandia y Singapur; el Taipei Chino; Hong Kong, China")
    assert [sorted(m)[0] for m in found] == [
        "chile",
        "new zealand",
        "singapore",
        "chinese taipei",
        "hong kong",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "only one exporting firm in five is owned by a woman",
        "une entreprise exportatrice sur cinq seulement est détenue par une femme",
        "uno de cada cinco exportadores es una mujer",
        "40 per cent of the population",
    ],
)
def test_a_share_in_words_is_a_share(text: str) -> None:
    from answering.support import has_share

    assert has_share(text)


def test_a_count_in_words_is_a_figure() -> None:
    from answering.compose import has_figure

    assert has_figure("À la fin de 2015, un seul prestataire avait été agréé.")
    assert not has_figure("The Council took note of the statements made.")


def test_the_sentence_of_the_quoted_paragraph_that_holds_the_member_is_quoted_too(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    report = (
        "Progress report of the Council for TRIPS\n\n"
        "1. The Council addressed electronic commerce at its regular meetings of December "
        "1998, February 1999 and July 1999, to which delegations brought many questions on "
        "copyright, on the protection of trademarks and domain names on the Internet, on the "
        "liability of service providers and on the enforcement of rights in digital networks, "
        "which the Council took up one by one in informal consultations convened by its "
        "Chairman. Written contributions were received from Australia and Japan.\n\n"
        "2. The Council agreed to continue its examination at its next meetings.\n"
    )
    service = service_over(tmp_path_factory.mktemp("detail"), {"trips-report.txt": report})
    answer = service.ask("Which delegations brought questions on copyright to the Council?")
    assert answer.status == "answered", answer.abstention_reason
    assert "Australia and Japan" in answer.answer


SESSION = """\
Minutes of the dedicated session on electronic commerce

1. The Chair recalled that the dedicated session on electronic commerce would discuss the
moratorium on customs duties on electronic transmissions and its review in 2019.

2. The representative of Chile said at the dedicated session that the moratorium on customs
duties on electronic transmissions should be reviewed in 2019.

3. Several delegations said the dedicated session on electronic commerce should continue its
discussion of the moratorium on customs duties on electronic transmissions.

4. The session on electronic commerce took note of the discussion of the moratorium on
customs duties on electronic transmissions.

5. The Chair said the dedicated session would say more about the moratorium at its next
dedicated session.

6. Delegations said what the dedicated session had said about the moratorium was useful.

7. Peru raised the concerns of small firms.
"""


@pytest.fixture(scope="module")
def session_service(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return service_over(tmp_path_factory.mktemp("session"), {"session-minutes.txt": SESSION})


def test_a_follow_up_asks_of_the_member_and_year_it_names_not_of_the_previous_ones() -> None:
    from answering.question import _without_replaced

    previous = "What did Chile say about the moratorium in 2019?"
    assert _without_replaced(previous, "And Peru?") == "What did say about the moratorium in 2019?"
    assert (
        _without_replaced(previous, "Et en 2021 ?")
        == "What did Chile say about the moratorium in ?"
    )
    # the year that names a document still names it
    kept = "Que dit la note du Secrétariat de 2023 sur le moratoire ?"
    assert _without_replaced(kept, "Et en 2019 ?") == kept
    assert _without_replaced(previous, "Who else?") == previous


def test_a_follow_up_asking_its_own_question_inherits_the_document_not_the_question() -> None:
    """ "And what did it ask the Secretariat to prepare?" asks its own question of the
    document the previous question named: it inherits what named that document (its year,
    its body), not what the previous question asked; one that points back at the things
    asked about ("how often should they hold them?") inherits all of it."""
    from answering.question import Catalogue, analyse
    from indexing.documents import DocumentMeta
    from indexing.query import EMPTY_GLOSSARY

    catalogue = Catalogue(
        [
            DocumentMeta("goods", "Report", "en", "g.txt", date="2031-07-01"),
            DocumentMeta("other", "Note", "en", "o.txt", date="2033-01-01"),
        ]
    )
    history = [
        Message("user", "What did the Council for Trade in Goods report in 2031 on valuation?"),
        Message("assistant", "That valuation needed more work."),
    ]

    def text(asked: str) -> str:
        return analyse(asked, history, catalogue=catalogue, glossary=EMPTY_GLOSSARY).text

    own = text("And what did it ask the Secretariat to prepare for the next meeting?")
    assert "Council for Trade in Goods" in own and "2031" in own and "valuation" not in own
    assert "valuation" in text("And how often should members discuss them?")
    assert "valuation" in text("Et qui doit en rendre compte au Conseil ?")
    assert "valuation" in text("And Borduria?")


def test_the_paragraph_naming_the_member_asked_about_leads(session_service) -> None:  # type: ignore[no-untyped-def]
    history = [
        Message("user", "What did Chile say about the moratorium at the dedicated session?"),
        Message("assistant", "That it should be reviewed in 2019."),
    ]
    question = session_service.analyse("And Peru?", history)
    first = [hit.passage.text for hit in session_service.rank(question)[:3]]
    assert any("Peru" in text for text in first)
    answer = session_service.ask("And Peru?", history=history)
    assert answer.status == "answered" and "small firms" in answer.answer


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("Participants debated whether a maximum time limit should apply.", False),
        ("Replies are due by 29 January 2031.", True),
        ("Least developed countries get a transition period of two years.", True),
        ("Le consommateur dispose d'un délai de 14 jours.", True),
        ("El informe se presentará antes de finales de 2031.", True),
        ("A follow-up session was held in 2031.", False),
    ],
)
def test_a_time_limit_or_deadline_is_a_number_of_days_months_years_or_a_date(
    text: str, gives: bool
) -> None:
    from answering.support import gives_time

    assert gives_time(text) is gives


def test_a_name_asked_for_is_one_the_question_does_not_give(service) -> None:  # type: ignore[no-untyped-def]
    from answering.support import names_besides

    question = service.analyse("What is the name of the digital agency in Norway?", [])
    assert "name" in question.kinds
    assert not names_besides(question, "In Norway, a digital agency coordinates services.")
    assert names_besides(question, "In Norway, the agency Digdir coordinates services.")
    assert names_besides(question, "Norway's agency, called «Digi Norge», coordinates.")


def test_a_time_limit_no_quote_gives_is_no_answer(service) -> None:  # type: ignore[no-untyped-def]
    answer = service.ask("How long do importers in Kenya have to pay the value added tax?")
    assert answer.status == "not_found" and "time" in (answer.abstention_reason or "")


MEETING = """\
# GENERAL COUNCIL

## MINUTES OF THE MEETING HELD ON 3 MAY 2031

## Chairman: H.E. Mr Jan Novak (Ruritania)

1. The Council took up the Work Programme on Electronic Commerce and the moratorium on
customs duties on electronic transmissions, which several delegations wished to extend.

2. The session on national experiences was moderated by the Ambassador of Borduria, who
invited delegations to describe their online payment systems.
"""


@pytest.fixture(scope="module")
def meeting_service(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return service_over(tmp_path_factory.mktemp("meeting"), {"gc-minutes-2031.md": MEETING})


def test_who_chaired_a_meeting_is_read_from_its_minutes_title(meeting_service) -> None:  # type: ignore[no-untyped-def]
    answer = meeting_service.ask("Who chaired the General Council meeting on the moratorium?")
    assert answer.status == "answered" and "Jan Novak" in answer.answer


def test_an_ambassador_of_a_member_is_a_person_named() -> None:
    from indexing.metadata import conventions

    person = conventions().person_re
    assert person.search("moderated by the Ambassador of Borduria")
    assert person.search("Moderación: Embajadora de Borduria")
    assert not person.search("the ambassadors of several members")


def test_a_penalty_asked_about_is_one_the_quotes_set(service) -> None:  # type: ignore[no-untyped-def]
    from answering.support import holds_asked

    answer = service.ask("What penalties does Kenya apply to goods bought online?")
    assert answer.status == "not_found" and "penalty" in (answer.abstention_reason or "")
    for asked in ("What fines apply to sellers?", "¿Qué sanciones se aplican a los vendedores?"):
        question = service.analyse(asked, [])
        assert holds_asked(question, "Sellers who hide charges face fines of up to 500 dollars.")
        assert holds_asked(question, "Les vendeurs encourent une amende de 500 dollars.")
        assert not holds_asked(question, "Sellers must state delivery charges.")


def test_a_question_of_two_years_is_answered_by_a_quote_giving_one(service) -> None:  # type: ignore[no-untyped-def]
    from answering.support import missing_years

    both = service.analyse("What did Chile say in 2019 and Norway in 2023 on the moratorium?", [])
    assert not both.compares
    assert missing_years(both, "In 2023 Norway supported the moratorium.") == []
    assert missing_years(both, "In 2021 Norway supported it.") == ["2019", "2023"]
    # a figure's year is the figure's, though another year names the paper
    figure = service.analyse("Per its 2021 paper, how much did Chile lose in 2020?", [])
    assert missing_years(figure, "Chile's 2021 paper estimates losses for 2017.") == ["2020"]


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("The cable linking the two islands has been under discussion since 2031.", False),
        ("The cable cost about US$ 72 million, shared by two lenders.", True),
        ("A 2 GB mobile plan costs more than 5 per cent of monthly income.", True),
    ],
)
def test_what_something_cost_is_a_sum_of_money_or_a_share_of_income(text: str, holds: bool) -> None:
    from answering.support import holds_asked

    asked = understood("How much did the Zenda cable end up costing?")
    assert "cost" in asked.kinds
    assert holds_asked(asked, text) is holds


@pytest.mark.parametrize(
    "text",
    [
        "Which members are behind the 2031 proposal?",
        "Quels membres sont derrière la proposition de 2031 ?",
        "¿Qué miembros están detrás de la propuesta de 2031?",
    ],
)
def test_who_is_behind_a_text_asks_for_its_authors(text: str) -> None:
    from answering.question import question_kinds

    assert "author" in question_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Which companies were designated in 2031?",
        "Quelles entreprises ont été désignées en 2031 ?",
        "¿Qué acuerdo regional se cita como ejemplo?",
        "Which regional trade agreement is cited?",
    ],
)
def test_which_firm_or_agreement_asks_for_one_by_name(text: str) -> None:
    from answering.question import question_kinds

    assert question_kinds(text) & {"entity", "instrument"}


def test_a_firm_or_agreement_asked_for_is_named_not_a_member(service) -> None:  # type: ignore[no-untyped-def]
    from answering.question import without_members
    from answering.support import names_besides

    question = service.analyse("Which companies did Norway designate as gatekeepers?", [])
    assert "entity" in question.kinds
    for text, named in [
        ("In the European Union, four firms were designated.", False),
        ("Four firms were designated: Zendasoft, Kravia Pay and Strelsau Telecom.", True),
        ("Par exemple l'article 19.16 de l'Accord Canada-Mexique.", True),
    ]:
        assert names_besides(question, without_members(text)) is named, text
    # an agreement is named by its parties too: "the partnership agreement with Japan"
    question = service.analyse("Which agreement of Norway revisits data flows?", [])
    assert "instrument" in question.kinds
    assert names_besides(question, "The partnership agreement with Japan revisits them.")


ZENDA_MINUTES = """\
Minutes of the meeting of the Council for Trade in Goods

1. The representative of Hong Kong, China said that the moratorium on customs duties on
electronic transmissions had brought predictability to traders of every size.

2. The Council took note of the statements made and agreed to revert to the matter.
"""


def test_a_member_is_named_by_its_own_name_not_inside_another_s(tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = service_over(tmp_path, {"minutes.txt": ZENDA_MINUTES})
    answer = service.ask("What did China say about the moratorium at the Goods Council?")
    assert answer.status == "not_found", answer.answer
    answer = service.ask("What did Hong Kong, China say about the moratorium?")
    assert answer.status == "answered", answer.abstention_reason


@pytest.mark.parametrize(
    "text",
    [
        "Which economy was the largest exporter in 2031?",
        "Quelle économie a le plus exporté en 2031 ?",
        "¿Qué economía fue el mayor exportador en 2031?",
    ],
)
def test_which_economy_asks_for_a_member(text: str) -> None:
    from answering.question import question_kinds

    assert "member" in question_kinds(text)


@pytest.mark.parametrize(
    ("asked", "kind", "text", "holds"),
    [
        # a programme gives a day without its year
        ("Quel jour le séminaire de Zenda a-t-il traité des paiements ?", "day",
         "3 | 21 de abril | Pagos electrónicos | Ruritania", True),
        ("On what date did Zenda speak?", "day", "Session 4 | April 21 | Zenda", True),
        ("On what date did Zenda speak?", "day", "Session 4 | morning | Zenda", False),
        # a law named by its number, first in a row of a table of laws
        ("¿Qué ley regula los contratos a distancia en Ruritania?", "instrument",
         "Loi n° 31-08 | 2031 | protection du consommateur", True),
        ("Which law governs distance contracts in Ruritania?", "instrument",
         "the law of 2031 | protection of consumers", False),
    ],
)  # fmt: skip
def test_a_day_of_a_programme_and_a_law_by_its_number_are_what_is_asked(
    asked: str, kind: str, text: str, holds: bool
) -> None:
    from answering.support import holds_asked

    question = understood(asked)
    assert kind in question.kinds
    assert holds_asked(question, text) is holds


@pytest.mark.parametrize(
    "text",
    [
        "What was North Ruritania's share of world exports in 2031?",
        "Quelle était la part de l'Afrique du Nord en 2031 ?",
        "¿Cuál era la cuota de la región andina en 2031?",
    ],
)
def test_a_share_asked_of_a_possessive_is_a_share(text: str) -> None:
    from answering.question import question_kinds

    assert "share" in question_kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "¿Por cuánto tiempo se aplicaba la directiva de Zenda?",
        "Pendant combien de temps la directive de Zenda s'appliquait-elle ?",
        "For how much time did the Zenda directive apply?",
    ],
)
def test_how_long_is_a_period_not_an_amount(text: str) -> None:
    from answering.question import question_kinds

    kinds = question_kinds(text)
    assert "amount" not in kinds


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("The fee was 20 dollars, and some 130 participants followed the session.", True),
        ("The session lasted 3 hours and covered 12 topics.", False),
        # a table's row names what it counts in its first cell
        ("Participants | 130 | 2031", True),
        ("Topics | 12 | 2031", False),
    ],
)
def test_how_many_of_a_thing_is_answered_by_a_count_of_it(text: str, holds: bool) -> None:
    from answering.support import holds_asked

    asked = understood("How many participants attended the Zenda session?")
    assert asked.counted
    assert holds_asked(asked, text) is holds


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("¿Qué porcentaje de adultos tenía una cuenta de dinero móvil en 2031?", False),
        ("¿Cuántos servicios de dinero móvil funcionaban en Zenda?", False),
        ("How much money did Zenda pledge to the fund?", True),
        ("Combien d'argent le fonds de Zenda a-t-il reçu ?", True),
    ],
)
def test_a_share_or_a_count_of_mobile_money_asks_no_sum(text: str, money: bool) -> None:
    from answering.question import question_kinds

    assert ("money" in question_kinds(text)) is money


def test_a_caption_in_percentage_makes_a_rows_figures_shares() -> None:
    from answering.support import has_share

    assert has_share("Tableau 1: Titulaires de comptes, 2031, en pourcentage | Zenda | 46")
    assert not has_share("Tableau 1: Titulaires de comptes, 2031, en milliers | Zenda | 46")


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("The waiver, announced on 16 March 2031, was to apply for an initial 90 days.", True),
        ("The waiver was announced on 16 March 2031 by the Zenda central bank.", False),
    ],
)
def test_for_how_long_prefers_a_span_to_a_date(text: str, holds: bool) -> None:
    from answering.support import holds_asked

    asked = understood("For how long was the Zenda waiver meant to apply?")
    assert "duration" in asked.kinds
    assert holds_asked(asked, text) is holds
