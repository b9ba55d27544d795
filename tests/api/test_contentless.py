"""Questions with no content are refused or not answered, alike on every endpoint."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from answering.question import question_problem
from api.app import create_app


@pytest.fixture(scope="module")
def client(fake_service):  # type: ignore[no-untyped-def]
    with TestClient(create_app(fake_service.settings, service=fake_service)) as c:
        yield c


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("?", "no word"),
        ("42", "no word"),
        ("\U0001f1eb\U0001f1f7", "no word"),
        ("\ufeff", "blank"),
        ("\x01\x02 moratoire", "control"),
        ("\ud800 moratoire", "Unicode"),
    ],
)
def test_texts_that_cannot_be_questions(text: str, needle: str) -> None:
    assert needle in (question_problem(text) or "")


def test_a_real_question_passes() -> None:
    assert question_problem("Que couvre le moratoire ?") is None


@pytest.mark.parametrize("question", ["?", "42", "...", "\x01\x02"])
def test_every_endpoint_refuses_with_422(client: TestClient, question: str) -> None:
    assert client.post("/ask", json={"question": question}).status_code == 422
    assert client.post("/search", json={"query": question}).status_code == 422
    chat = {"model": "wtoqa", "messages": [{"role": "user", "content": question}]}
    response = client.post("/v1/chat/completions", json=chat)
    assert response.status_code == 422
    assert "no word" in response.text or "control" in response.text


def test_lone_surrogate_in_chat_is_a_422_not_a_500(client: TestClient) -> None:
    raw = '{"model":"wtoqa","messages":[{"role":"user","content":"\\ud800 moratoire"}]}'
    response = client.post(
        "/v1/chat/completions", content=raw, headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert "Unicode" in response.json()["detail"]


@pytest.mark.parametrize("question", ["hello", "ok", "merci !", "Hola", "what?", "bonjour"])
def test_greetings_and_empty_questions_are_not_answered(client: TestClient, question: str) -> None:
    body = client.post("/ask", json={"question": question}).json()
    assert body["status"] == "not_found" and body["citations"] == []


def test_words_the_corpus_never_uses_are_not_answered(fake_service) -> None:  # type: ignore[no-untyped-def]
    answer = fake_service.ask("How do I bake an apple pie?")
    assert answer.status == "not_found"
    assert answer.abstention_reason == "no word of the question occurs in the documents"
