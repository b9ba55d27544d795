"""Real multi-turn exchanges on the real model: the follow-ups' citations."""

import pytest

from answering.types import Message

pytestmark = pytest.mark.real
BALI = "mc9-bali-2013-ecommerce-decision"
INDIA = "india-2024-draft-decision-ecommerce"


def converse(service, turns):  # type: ignore[no-untyped-def]
    history: list[Message] = []
    answers = []
    for question in turns:
        answer = service.ask(question, history=history)
        answers.append(answer)
        history += [Message("user", question), Message("assistant", answer.answer)]
    return answers


def test_english_follow_ups(real_service) -> None:  # type: ignore[no-untyped-def]
    first, second, third = converse(
        real_service,
        ["When were the periodic reviews mandated?", "and the 2024 draft?", "who must report?"],
    )
    assert (first.citations[0].doc_id, first.citations[0].paragraph) == (BALI, 10)
    assert "2014" in first.answer
    assert (second.citations[0].doc_id, second.citations[0].paragraph) == (INDIA, 11)
    assert "examens périodiques" in second.citations[0].quote
    assert third.status == "answered" and third.citations[0].doc_id == INDIA
    assert "Conseil général" in third.citations[0].quote


def test_french_follow_ups(real_service) -> None:  # type: ignore[no-untyped-def]
    first, second = converse(
        real_service, ["Et la proposition de l'Inde ?", "qui doit en rendre compte ?"]
    )
    assert {c.doc_id for c in first.citations} == {INDIA}
    assert second.status == "answered"
    assert (second.citations[0].doc_id, second.citations[0].paragraph) == (INDIA, 11)
    assert "rendre compte à la prochaine session" in second.citations[0].quote


def test_until_when_after_the_moratorium(real_service) -> None:  # type: ignore[no-untyped-def]
    _, until = converse(real_service, ["What does the moratorium cover?", "until when?"])
    assert (until.citations[0].doc_id, until.citations[0].paragraph) == (BALI, 11)
    assert "jusqu'à notre prochaine session" in until.citations[0].quote


def test_close_but_unanswerable_questions_abstain(real_service) -> None:  # type: ignore[no-untyped-def]
    for question in (
        "What did the 2022 Geneva Ministerial Conference decide on the moratorium?",
        "Quelle est la position de l'Union européenne sur les transmissions électroniques ?",
        "How do I bake an apple pie?",
    ):
        answer = real_service.ask(question)
        assert answer.status == "not_found", question
        assert answer.citations == []


def test_mission_examples_across_languages(real_service) -> None:  # type: ignore[no-untyped-def]
    proposal, english, who = converse(
        real_service,
        [
            "Et la proposition de l'Inde ?",
            "What does India propose?",
            "qui doit en rendre compte ?",
        ],
    )
    for answer in (proposal, english):
        assert (answer.citations[0].doc_id, answer.citations[0].paragraph) == (INDIA, 11)
        assert "intensifier les travaux" in answer.citations[0].quote
    assert english.language == "en" and english.rewritten_question is None
    assert who.language == "fr" and who.status == "answered"
    assert "rendre compte" in who.citations[0].quote
