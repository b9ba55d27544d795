"""Abstention on what the quoted passages lack: a figure, a named person, a member.

A small corpus written for the test (not the seeds): the questions are on its subject
and its words, but ask for what no passage the answer would quote holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import service_over

COMMUNICATION = """\
Communication from Brazil

1. Brazil considers that the moratorium on customs duties on electronic transmissions
should be examined in the light of its effects on tariff revenue and on development.

2. Brazil proposes that the General Council hold a dedicated discussion on the scope of
the moratorium before the next session of the Ministerial Conference.

3. Brazil recalls that customs revenue matters to developing economies.

4. One delegation withdrew its support for the e-signature rules in October.
"""

STATEMENT = """\
Statement by Norway on data flows

1. Norway supports rules that allow data to flow across borders with trust, and the
protection of personal information in the digital economy. Norway thanked Japan for
hosting the workshop.

3. Norway cites work of the OECD showing that customs revenue at stake is small.

2. The statement was delivered at the meeting chaired by H.E. Ms Ana Ruiz. Some 45
delegations took the floor on data flows.
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    documents = {"brazil-moratorium.txt": COMMUNICATION, "norway-data-flows.txt": STATEMENT}
    return service_over(tmp_path_factory.mktemp("support"), documents)


def test_a_member_the_answering_document_does_not_mention_is_no_answer(service) -> None:  # type: ignore[no-untyped-def]
    answered = service.ask("What does Brazil propose on the scope of the moratorium?")
    assert answered.status == "answered"
    # Japan is in the corpus, but not in the communication on the moratorium, the only
    # document of the two passages retrieved
    answer = service.ask("What does Japan propose on the scope of the moratorium?", k=2)
    assert {h.passage.doc_id for h in answer.hits} == {"brazil-moratorium"}
    assert answer.status == "not_found"
    assert "japan" in (answer.abstention_reason or "")


def test_members_are_found_in_any_language_and_only_as_names() -> None:
    from answering.question import members_named

    found = members_named("Quelle position les États-Unis et le Brésil ont-ils prise ?")
    assert [sorted(m) for m in found] == [
        [
            "estados unidos",
            "estados unidos de america",
            "etats unis",
            "united states",
            "united states of america",
        ],
        ["brasil", "brazil", "bresil"],
    ]
    assert members_named("lors de sa réunion de décembre") == ()


def test_an_amount_or_a_person_the_quotes_do_not_hold_is_no_answer(service) -> None:  # type: ignore[no-untyped-def]
    figure = service.ask("How many delegations took the floor on data flows?")
    assert figure.status == "answered" and "45" in figure.answer
    amount = service.ask("How much tariff revenue does Brazil lose because of the moratorium?")
    assert amount.status == "not_found"
    assert "figure" in (amount.abstention_reason or "")
    person = service.ask("Who chaired the meeting at which the statement was delivered?")
    assert person.status == "answered" and "Ana Ruiz" in person.answer
    nobody = service.ask("Who chaired the dedicated discussion on the moratorium?")
    assert nobody.status == "not_found"


def test_figures_are_not_years_dates_or_symbols() -> None:
    from answering.compose import has_figure

    assert has_figure("some 45 delegations")
    assert not has_figure("adopted on 25 May 2003 (WT/MIN(99)/1) in 2005")
    # a number inside a name counts nothing
    assert not has_figure("a fund to be launched at MC20 with the G20, after COVID-19")


def test_a_unit_after_a_number_is_no_name() -> None:
    from answering.support import named_things

    assert named_things("¿Cuánto cuesta un plan de 2 GB en Ruritania?") == ["Ruritania"]
    from answering.question import acronyms_named
    from indexing.query import EMPTY_GLOSSARY

    assert acronyms_named("A 2 GB plan, says the OECD", frozenset(), EMPTY_GLOSSARY) == ("oecd",)
    assert acronyms_named("Sending US$200 to the ZQX", frozenset(), EMPTY_GLOSSARY) == ("zqx",)


def test_an_acronym_the_glossary_does_not_know_is_no_reason_to_abstain() -> None:
    """ "AI" is "IA" in a Spanish report, "EU" "UE", "B2C" "des entreprises aux
    consommateurs": an acronym the corpus does not spell is not missing from it. A
    session ("MC31") and a member's name still are."""
    from answering.support import named_things

    asked = "At MC31, what share of B2C sales did AI and ESIGN rules reach in Ruritania?"
    assert named_things(asked) == ["MC31", "Ruritania"]


def test_a_members_function_words_name_no_document() -> None:
    """A document of 'Ruritania and Borduria' is not named by every question with 'and'."""
    from answering.question import name_in_languages

    words = name_in_languages("Ruritania and Trinidad and Tobago")
    assert {"ruritania", "trinidad", "tobago"} <= words and "and" not in words


def test_organisations_named_are_proper_names_in_every_wording(service) -> None:  # type: ignore[no-untyped-def]
    def names(text: str) -> list[set[str]]:
        return [set(n) for n in service.analyse(text).organisations]

    found = names("Que dit l'OCDE, et que dit la Banque mondiale ?")
    assert any({"ocde", "oecd"} <= n for n in found)
    assert any({"banque mondiale", "world bank"} <= n for n in found)
    # a session, a symbol and a capitalised common noun are no organisation
    assert names("What did the Secretariat say at MC12 in WT/GC/W/747?") == []


def test_the_quote_comes_from_a_document_that_mentions_the_organisation(service) -> None:  # type: ignore[no-untyped-def]
    answer = service.ask("What does the OECD say about customs revenue?")
    assert answer.status == "answered"
    assert {c.doc_id for c in answer.citations} == {"norway-data-flows"}


def test_numbers_in_words_are_figures() -> None:
    from answering.compose import has_figure

    assert has_figure("The proponents identified seven areas")
    assert has_figure("Los autores enumeran siete temas")
    assert has_figure("plus de la moitié des Membres")
    assert not has_figure("one participant withdrew its support on behalf of the group")


def test_a_name_spelled_a_letter_away_is_in_the_corpus() -> None:
    from answering.support import spelled
    from indexing.lexical import LexicalIndex

    lexical = LexicalIndex.build(["Ministers met in Strelsau in 2024."], ["en"])
    assert spelled("strelzau", lexical)  # another spelling of Strelsau
    assert not spelled("doha", lexical)
    assert not spelled("2023", lexical)  # a year, a session, a symbol: no other spelling
    # a country a letter away from another is another country
    lexical = LexicalIndex.build(["China proposed a work plan."], ["en"])
    assert not spelled("chile", lexical)
    # a name of two parts, each spelled a letter away ("Nour-Soultan" in a French text)
    lexical = LexicalIndex.build(["La conférence prévue à Nour-Soultan a été reportée."], ["fr"])
    assert spelled("nur-soltan", lexical) and spelled("nur-sultan", lexical)
    assert not spelled("nur-zagora", lexical)


def test_a_capital_stands_for_its_country(service) -> None:  # type: ignore[no-untyped-def]
    from answering.question import country_of_capital

    assert {"brazil", "bresil", "brasil"} <= country_of_capital("Brasília")
    assert {"chine", "china"} <= country_of_capital("Pékin")
    # the capital of a member the corpus mentions: the corpus knows whom it stands for
    answer = service.ask("What does Brasília propose on the scope of the moratorium?")
    assert answer.status == "answered"
    # the capital of a member the corpus never mentions is no answer
    nowhere = service.ask("What does Canberra propose on the scope of the moratorium?")
    assert nowhere.status == "not_found" and "Canberra" in (nowhere.abstention_reason or "")


def test_a_document_designated_by_its_year_and_body_must_exist() -> None:
    from answering.question import Catalogue
    from indexing.documents import DocumentMeta

    catalogue = Catalogue(
        [
            DocumentMeta(
                "gc-2010", "Minutes", "en", "a.txt", date="2010-05-09", body="General Council"
            ),
            DocumentMeta(
                "com-2012", "Communication", "en", "b.txt", date="2012-11-09", body="Ruritania"
            ),
            DocumentMeta(
                "ctg-1999",
                "Report",
                "en",
                "c.pdf",
                date="1999-07-19",
                body="Council for Trade in Goods",
            ),
        ]
    )
    assert catalogue.unknown_document("What did the 2014 decision say?")
    assert catalogue.unknown_document("What did the Council for Trade in Goods' 2005 report say?")
    assert catalogue.unknown_document("Que dit le rapport de 2005 ?")
    # the body of another phrase of the question does not issue the year's document
    assert not catalogue.unknown_document(
        "Entre le Conseil général de mai 2010 et la communication de novembre 2012, "
        "comment la position a-t-elle évolué ?"
    )
    # a year that dates what the figure counts, not a document ("at end-2010, per the note")
    assert not catalogue.unknown_document(
        "How many users were online in 2010 according to the note?"
    )
    assert not catalogue.unknown_document(
        "Combien d'internautes fin 2010 selon la note du Comité ?"
    )


def test_a_member_town_or_day_the_quotes_do_not_name_is_no_answer(service) -> None:  # type: ignore[no-untyped-def]
    member = service.ask("Which member proposes a dedicated discussion on the moratorium?")
    assert member.status == "answered" and "Brazil" in member.answer
    town = service.ask("In which city will the dedicated discussion on the moratorium be held?")
    assert town.status == "not_found" and "town" in (town.abstention_reason or "")
    day = service.ask("On what date was the statement on data flows delivered?")
    assert day.status == "not_found" and "day" in (day.abstention_reason or "")
    # the document's author names no one the text leaves unnamed; it answers "who wrote"
    unnamed = service.ask("Which member withdrew its support for the e-signature rules?")
    assert unnamed.status == "not_found" and "member" in (unnamed.abstention_reason or "")
    author = service.ask("Which member submitted the communication on customs revenue?")
    assert author.status == "answered" and "Brazil" in author.answer


def test_members_towns_and_days_are_recognised() -> None:
    from answering.question import names_a_member, places_named, question_kinds

    assert "member" in question_kinds("¿De qué país era la ponente?")
    assert "member" in question_kinds("Which developing countries joined?")
    assert "member" not in question_kinds("What did members say about it?")
    assert "author" in question_kinds("Quels membres ont présenté la communication ?")
    assert "author" not in question_kinds("Which participant withdrew its support?")
    assert "city" in question_kinds("Dans quelle ville l'atelier aura-t-il lieu ?")
    assert "day" in question_kinds("À quelle date l'accord entre-t-il en vigueur ?")
    assert names_a_member("the African Group and the European Union")
    assert names_a_member("la délégation du Kenya")
    assert not names_a_member("a group of members")
    # a member the question itself names is not the answer
    from answering.question import members_named

    assert not names_a_member("Kenya proposed it", members_named("Which member joined Kenya?"))
    assert places_named("Ministers met in Lisbonne and in Lima") == {"lisbonne", "lima"}
    assert places_named("held in Strelsau", frozenset({"strelsau"})) == {"strelsau"}
    assert places_named("the council met") == set()


def test_the_european_union_is_a_member_by_its_names_and_acronyms() -> None:
    """A member that is no country: "the EU's", "l'UE", "la Unión Europea" name the same
    member; "il a eu" names none."""
    from answering.question import members_named

    (eu,) = members_named("What is the EU's position?")
    assert {"european union", "union europeenne", "union europea", "ue"} <= eu
    assert members_named("Que propose l'UE ?") == (eu,)
    assert members_named("¿Qué dijo la Unión Europea?") == (eu,)
    assert members_named("Il a eu raison en 2020.") == ()


def test_a_figure_of_other_members_does_not_answer_for_the_member_asked() -> None:
    from answering.question import Catalogue, analyse
    from answering.support import holds_asked
    from indexing.query import EMPTY_GLOSSARY

    question = analyse(
        "What share of Honduras's GDP did remittances make up in 2023?",
        [],
        catalogue=Catalogue([]),
        glossary=EMPTY_GLOSSARY,
    )
    assert not holds_asked(question, "In 2023 remittances were 19 % of Guatemala's GDP.")
    assert holds_asked(
        question, "In 2023 they were 19 % of Guatemala's and 25 % of Honduras's GDP."
    )
    assert holds_asked(question, "In 2023 remittances were about a quarter of our GDP (25 %).")


def test_a_rate_asked_with_words_between_is_a_share() -> None:
    from answering.question import question_kinds

    assert "share" in question_kinds("What Internet usage rate did they cite?")
    assert "share" in question_kinds("Quel est le taux retenu ?")
    assert "share" in question_kinds("¿Cuál es la tasa de penetración?")
    assert "share" not in question_kinds("What did they say about the rate of growth?")


def test_a_groups_common_noun_names_no_document() -> None:
    """A communication of the "Groupe africain" is named by "africain", not by every
    question that says "groupe de travail"."""
    from answering.question import Catalogue
    from indexing.documents import DocumentMeta

    meta = DocumentMeta("g", "Priorités", "fr", "g.pdf", extra={"member": "Groupe ruritanien"})
    catalogue = Catalogue([meta, DocumentMeta("h", "Autre", "fr", "h.pdf")])
    assert catalogue.named_in("le groupe de travail informel")[0] == {}
    assert catalogue.named_in("selon le Groupe ruritanien")[0] == {"g": 0.8}


def test_a_document_is_named_by_its_body_beside_a_documents_noun() -> None:
    """ "la nota del CCD", "the goods council's report" name the documents that body
    issued (by the glossary's wordings of the body too); the body as an actor ("at the
    General Council") or inside a series' name ("the joint statement") names none."""
    from answering.question import BODY_WEIGHT, Catalogue
    from indexing.documents import DocumentMeta
    from indexing.query import Glossary

    glossary = Glossary.load(Path(__file__).resolve().parents[2] / "indexing/data/wto_glossary.tsv")
    metas = [
        DocumentMeta("ctd", "Aid", "es", "a.pdf", body="Committee on Trade and Development"),
        DocumentMeta("gc", "Minutes", "en", "b.pdf", body="General Council"),
        DocumentMeta("other", "Note", "en", "c.pdf", body="Secretariat"),
    ]
    catalogue = Catalogue(metas)
    assert catalogue.named_in("Según la nota del CCD, ¿qué cambió?", glossary)[0] == {
        "ctd": BODY_WEIGHT
    }
    assert catalogue.named_in("What does the CTD note say?", glossary)[0] == {"ctd": BODY_WEIGHT}
    assert catalogue.named_in("What did Members say at the General Council?", glossary)[0] == {}
    assert catalogue.named_in("Según la nota del CCD", None)[0] == {}  # no glossary: no body


def test_a_glossary_term_describing_the_members_asked_about_is_no_missing_name() -> None:
    """ "Which Latin American members ...": the documents name the members one by one,
    and need not say "Latin American"; the same term as a thing asked about still must be
    in them."""
    from answering.question import describes_members

    assert describes_members("Which Latin American members tabled it?", "latin american")
    assert describes_members("Quels pays latino-américains l'ont présentée ?", "latino-américains")
    assert describes_members("¿Qué miembros latinoamericanos la presentaron?", "latinoamericanos")
    assert not describes_members("What did the Latin American group say?", "latin american")
