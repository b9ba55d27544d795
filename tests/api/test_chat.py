"""Streaming answers and the OpenAI-compatible endpoint (in-process client)."""

import json

import pytest
from fastapi.testclient import TestClient

from api.app import create_app


@pytest.fixture(scope="module")
def client(fake_service):  # type: ignore[no-untyped-def]
    with TestClient(create_app(fake_service.settings, service=fake_service)) as c:
        yield c


def events(raw: str) -> list[tuple[str, object]]:
    out = []
    for block in raw.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        out.append((lines["event"], json.loads(lines["data"])))
    return out


def test_stream_sends_tokens_then_structured_citations(client: TestClient) -> None:
    question = {"question": "Jusqu'à quand les droits de douane ?"}
    with client.stream("POST", "/ask/stream", json=question) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        raw = "".join(response.iter_text())
    stream = events(raw)
    names = [name for name, _ in stream]
    assert names[0] == "meta" and names[-1] == "done" and "token" in names
    assert names.index("citation") > max(i for i, n in enumerate(names) if n == "token")
    streamed = "".join(data["text"] for name, data in stream if name == "token")  # type: ignore[index]
    full = client.post("/ask", json=question).json()
    assert streamed == full["answer"]
    citations = [data for name, data in stream if name == "citation"]
    assert citations == full["citations"]


def test_openai_completion_carries_citations(client: TestClient) -> None:
    body = {
        "model": "wtoqa",
        "messages": [
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": "Que couvre le moratoire sur les droits de douane ?"},
        ],
    }
    out = client.post("/v1/chat/completions", json=body).json()
    assert out["object"] == "chat.completion"
    message = out["choices"][0]["message"]
    assert message["role"] == "assistant" and "[1]" in message["content"]
    assert "Sources :" in message["content"]
    assert message["citations"] == out["citations"] and out["citations"][0]["quote"]
    assert out["usage"]["total_tokens"] > 0


def test_openai_follow_up_uses_the_message_history(client: TestClient) -> None:
    body = {
        "model": "wtoqa",
        "messages": [
            {"role": "user", "content": "Que couvre le moratoire sur les droits de douane ?"},
            {"role": "assistant", "content": "Il couvre les transmissions électroniques [1]."},
            {"role": "user", "content": "Et jusqu'à quand ?"},
        ],
    }
    out = client.post("/v1/chat/completions", json=body).json()
    assert "prochaine session" in out["citations"][0]["quote"]


def test_openai_stream_ends_with_citations_and_done(client: TestClient) -> None:
    body = {
        "model": "wtoqa",
        "stream": True,
        "messages": [{"role": "user", "content": "Que couvre le moratoire ?"}],
    }
    with client.stream("POST", "/v1/chat/completions", json=body) as response:
        lines = [ln for ln in response.iter_lines() if ln.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    chunks = [json.loads(ln[6:]) for ln in lines[:-1]]
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop" and "citations" in chunks[-1]
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert "[1]" in text


@pytest.mark.parametrize(
    ("body", "status", "needle"),
    [
        ({"model": "gpt-4", "messages": [{"role": "user", "content": "x"}]}, 404, "gpt-4"),
        ({"messages": [{"role": "assistant", "content": "x"}]}, 422, "last message"),
        ({"messages": [{"role": "user", "content": "  "}]}, 422, "empty"),
        ({"messages": []}, 422, "messages"),
    ],
)
def test_openai_bad_requests(client: TestClient, body: dict, status: int, needle: str) -> None:  # type: ignore[type-arg]
    response = client.post("/v1/chat/completions", json=body)
    assert response.status_code == status and needle in str(response.json()["detail"])


def test_models_list(client: TestClient) -> None:
    assert client.get("/v1/models").json()["data"][0]["id"] == "wtoqa"
