"""One error shape, declared in the schema, for every 4xx; requests the schema refuses
are refused (k a strict integer, an indexed language, the exact model name, JSON)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app

ERROR_STATUSES = {"400", "401", "403", "404", "413", "422"}


@pytest.fixture(scope="module")
def client(fake_service):  # type: ignore[no-untyped-def]
    with TestClient(create_app(fake_service.settings, service=fake_service)) as c:
        yield c


def assert_error(response, status: int, needle: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) >= {"detail", "message", "errors"}
    assert isinstance(body["message"], str) and needle in body["message"]
    assert needle in str(body["detail"])
    assert body["errors"] and all(set(e) == {"loc", "msg", "type"} for e in body["errors"])
    result: dict = body  # type: ignore[type-arg]
    return result


def test_every_operation_declares_the_error_model(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert "ErrorOut" in schema["components"]["schemas"]
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            assert set(responses) >= ERROR_STATUSES, (method, path)
            for status in ERROR_STATUSES:
                ref = responses[status]["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/ErrorOut"), (method, path, status)


def test_validation_and_route_errors_share_the_shape(client: TestClient) -> None:
    body = assert_error(client.post("/search", json={"query": "douane", "k": 0}), 422, "k")
    assert isinstance(body["detail"], list)  # FastAPI's list, as before
    assert body["errors"][0]["loc"] == ["body", "k"]
    body = assert_error(
        client.post("/search", json={"query": "douane", "filters": {"doc_id": "nope"}}),
        422,
        "unknown document",
    )
    assert isinstance(body["detail"], str)  # a sentence, as before
    assert_error(client.get("/documents/nope"), 404, "nope")
    assert_error(client.get("/no/such/route"), 404, "Not Found")
    assert_error(client.post("/search", content=b"x" * 300_000), 413, "larger than")


def test_api_key_refusal_has_the_shape(fake_service) -> None:  # type: ignore[no-untyped-def]
    settings = fake_service.settings.model_copy(update={"api_keys": "secret"})
    with TestClient(create_app(settings, service=fake_service)) as c:
        response = c.post("/search", json={"query": "douane"})
        assert_error(response, 401, "API key")
        assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("k", [True, False, "3", 2.0, 2.5, None])
def test_k_is_an_integer(client: TestClient, k: object) -> None:
    assert_error(client.post("/search", json={"query": "douane", "k": k}), 422, "k")
    assert_error(client.post("/ask", json={"question": "douane ?", "k": k}), 422, "k")
    chat = {"messages": [{"role": "user", "content": "douane ?"}], "k": k}
    assert_error(client.post("/v1/chat/completions", json=chat), 422, "k")


def test_language_filter_must_be_an_indexed_language(client: TestClient) -> None:
    languages = sorted({d["language"] for d in client.get("/documents").json()["documents"]})
    body = assert_error(
        client.post("/search", json={"query": "douane", "filters": {"language": "de"}}),
        422,
        "filters.language",
    )
    assert str(languages) in body["message"]
    ok = client.post("/search", json={"query": "douane", "filters": {"language": languages[0]}})
    assert ok.status_code == 200
    assert {p["language"] for p in ok.json()["passages"]} <= {languages[0]}


def test_the_model_name_must_match_exactly(client: TestClient) -> None:
    messages = [{"role": "user", "content": "Jusqu'à quand les droits de douane ?"}]
    for model in ("wtoqa-xyz", "wtoqa2", "WTOQA"):
        response = client.post("/v1/chat/completions", json={"model": model, "messages": messages})
        assert_error(response, 404, model)
    response = client.post("/v1/chat/completions", json={"model": "wtoqa", "messages": messages})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"query": "douane",}', "line 1, column"),
        (b"\xff\xfe\x00garbage", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper"),
        (b'{"query": "douane", "filters": ' + b'{"a": ' * 40 + b"1" + b"}" * 41, "nested deeper"),
    ],
)
def test_unreadable_json_is_a_4xx_saying_why(client: TestClient, raw: bytes, needle: str) -> None:
    for path in ("/search", "/ask", "/v1/chat/completions"):
        response = client.post(path, content=raw, headers={"content-type": "application/json"})
        body = assert_error(response, 422, needle)
        assert body["errors"][0]["loc"] == ["body"]
