"""The HTTP API against the seed corpus (fake embedder): contract fields and 4xx errors."""

import pytest
from fastapi.testclient import TestClient

from api.app import create_app


@pytest.fixture(scope="module")
def client(fake_service):  # type: ignore[no-untyped-def]
    app = create_app(fake_service.settings, service=fake_service)
    with TestClient(app) as c:
        yield c


PASSAGE_KEYS = {"passage_id", "doc_id", "title", "paragraph", "text", "score", "language"}


def test_health(client: TestClient) -> None:
    body = client.get("/health").json()
    assert {k: body[k] for k in ("status", "documents", "passages", "embedding_model")} == {
        "status": "ok",
        "documents": 2,
        "passages": body["passages"],
        "embedding_model": "fake-hash-64",
    }
    assert body["passages"] >= 20
    # the build served, so an operator sees when a new one was swapped in
    assert body["build_id"] and body["build_created"]


def test_search_contract(client: TestClient) -> None:
    response = client.post("/search", json={"query": "droits de douane", "k": 3})
    assert response.status_code == 200
    passages = response.json()["passages"]
    assert 1 <= len(passages) <= 3
    assert set(passages[0]) >= PASSAGE_KEYS
    assert "droits de douane" in passages[0]["text"]
    assert [p["score"] for p in passages] == sorted((p["score"] for p in passages), reverse=True)


def test_search_filters(client: TestClient) -> None:
    india = "india-2024-draft-decision-ecommerce"
    response = client.post(
        "/search", json={"query": "examens périodiques", "k": 5, "filters": {"doc_id": india}}
    )
    assert {p["doc_id"] for p in response.json()["passages"]} == {india}
    response = client.post(
        "/search",
        json={"query": "examens périodiques", "k": 5, "filters": {"date_to": "2014-01-01"}},
    )
    assert {p["doc_id"] for p in response.json()["passages"]} == {
        "mc9-bali-2013-ecommerce-decision"
    }


def test_documents_and_paragraph_numbers_match_passages(client: TestClient) -> None:
    documents = client.get("/documents").json()["documents"]
    assert {d["doc_id"] for d in documents} == {
        "mc9-bali-2013-ecommerce-decision",
        "india-2024-draft-decision-ecommerce",
    }
    bali = next(d for d in documents if d["doc_id"].startswith("mc9"))
    assert bali["date"] == "2013-12-07" and bali["language"] == "fr"
    detail = client.get("/documents/mc9-bali-2013-ecommerce-decision").json()
    numbers = [p["number"] for p in detail["paragraphs"]]
    assert numbers == list(range(1, len(numbers) + 1))
    passage = client.post("/search", json={"query": "transmissions électroniques", "k": 1}).json()[
        "passages"
    ][0]
    shown = next(p for p in detail["paragraphs"] if p["number"] == passage["paragraph"])
    assert passage["text"] in shown["text"]


def test_ask_contract(client: TestClient) -> None:
    body = client.post("/ask", json={"question": "Jusqu'à quand les droits de douane ?"}).json()
    assert body["status"] == "answered"
    assert body["citations"]
    texts = {p["passage_id"]: p["text"] for p in body["passages"]}
    for citation in body["citations"]:
        assert citation["marker"] in body["answer"]
        assert citation["quote"] in texts[citation["passage_id"]]


@pytest.mark.parametrize(
    ("method", "path", "payload", "status", "needle"),
    [
        ("post", "/search", {"query": ""}, 422, "query"),
        ("post", "/search", {"query": "   "}, 422, "blank"),
        ("post", "/search", {"query": "x", "k": 0}, 422, "k"),
        ("post", "/search", {"query": "x", "k": 10_000}, 422, "k"),
        ("post", "/search", {"query": "x", "filters": {"doc_id": "nope"}}, 422, "unknown document"),
        ("post", "/search", {"query": "x", "filters": {"colour": "red"}}, 422, "colour"),
        (
            "post",
            "/search",
            {"query": "x", "filters": {"date_from": "2020-01-01", "date_to": "2010-01-01"}},
            422,
            "date_from",
        ),
        ("post", "/ask", {"question": "x" * 5000}, 422, "question"),
        (
            "post",
            "/ask",
            {"question": "ok", "history": [{"role": "robot", "content": "x"}]},
            422,
            "role",
        ),
        ("get", "/documents/unknown-doc", None, 404, "unknown-doc"),
    ],
)
def test_bad_input_gets_a_4xx_naming_the_problem(client, method, path, payload, status, needle):  # type: ignore[no-untyped-def]
    response = client.request(method.upper(), path, json=payload)
    assert response.status_code == status
    assert needle in str(response.json()["detail"])


def test_malformed_json_and_huge_body(client: TestClient) -> None:
    response = client.post(
        "/ask", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    huge = b'{"question": "' + b"a" * 300_000 + b'"}'
    response = client.post("/ask", content=huge, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "larger than" in response.json()["detail"]


def test_openapi_and_docs(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/search", "/ask", "/documents", "/documents/{doc_id}", "/health"} <= set(
        schema["paths"]
    )
    assert client.get("/docs").status_code == 200


def test_api_keys_protect_everything_but_health(fake_service) -> None:  # type: ignore[no-untyped-def]
    settings = fake_service.settings.model_copy(update={"api_keys": "k1,k2"})
    with TestClient(create_app(settings, service=fake_service)) as c:
        assert c.get("/health").status_code == 200
        assert c.post("/search", json={"query": "douane"}).status_code == 401
        assert (
            c.post(
                "/search", json={"query": "douane"}, headers={"Authorization": "Bearer k2"}
            ).status_code
            == 200
        )
        assert c.get("/documents", headers={"X-API-Key": "k1"}).status_code == 200
        assert c.get("/documents", headers={"X-API-Key": "wrong"}).status_code == 401
