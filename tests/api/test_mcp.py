"""The MCP server through the official SDK's client: stdio subprocess and Streamable HTTP.

Each session lists the tools, calls every one of them against a real index, sends bad
arguments (a tool error naming the problem, and the session goes on), and reads a
document resource.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import httpx2
import pytest
from mcp import Client, MCPError, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

from api.app import create_app
from tests.api.live import live_server
from tests.conftest import FAKE_MODEL, MODEL_CACHE, ROOT

KEY = "mcp-secret"
BALI = "mc9-bali-2013-ecommerce-decision"
INDIA = "india-2024-draft-decision-ecommerce"
MORATORIUM = "Que couvre le moratoire sur les droits de douane ?"
TOOLS = {"search", "ask", "list_documents", "get_document"}

Session = Callable[[Client], Awaitable[Any]]


def run(client: Client, session: Session) -> Any:
    async def main() -> Any:
        async with client:
            return await session(client)

    return asyncio.run(main())


def text(result: Any) -> str:
    return "\n".join(block.text for block in result.content if block.type == "text")


async def tool_error(client: Client, name: str, arguments: dict[str, Any]) -> str:
    result = await client.call_tool(name, arguments)
    assert result.is_error, f"{name}({arguments}) should be a tool error"
    return text(result)


async def full_session(client: Client) -> dict[str, Any]:
    """Every tool, the bad arguments and a resource, in one session; returns what it saw."""
    listed = await client.list_tools()
    tools = {tool.name: tool for tool in listed.tools}
    assert set(tools) == TOOLS
    for tool in tools.values():
        assert tool.description and len(tool.description) > 60
        assert tool.output_schema is not None
    search_schema = tools["search"].input_schema
    assert search_schema["required"] == ["query"]
    assert search_schema["properties"]["k"]["maximum"] == 50
    assert "history" in tools["ask"].input_schema["properties"]

    found = await client.call_tool(
        "search", {"query": "droits de douane", "k": 3, "filters": {"doc_id": BALI}}
    )
    assert not found.is_error
    passages = found.structured_content["passages"]
    assert len(passages) == 3 and {p["doc_id"] for p in passages} == {BALI}
    assert set(passages[0]) >= {"passage_id", "doc_id", "title", "paragraph", "text", "score"}
    assert f"paragraph {passages[0]['paragraph']}" in text(found)
    assert passages[0]["text"] in text(found)

    answered = await client.call_tool("ask", {"question": MORATORIUM})
    assert not answered.is_error
    answer = answered.structured_content
    assert answer["status"] == "answered" and answer["citations"]
    citation = answer["citations"][0]
    assert citation["quote"] in next(
        p["text"] for p in answer["passages"] if p["passage_id"] == citation["passage_id"]
    )
    readable = text(answered)
    assert readable.startswith(answer["answer"])
    assert f"{citation['marker']} {citation['title']}" in readable
    assert f"paragraph {citation['paragraph']}: « {citation['quote']} »" in readable

    follow_up = await client.call_tool(
        "ask",
        {
            "question": "Et la proposition de l'Inde ?",
            "history": [
                {"role": "user", "content": MORATORIUM},
                {"role": "assistant", "content": answer["answer"]},
            ],
            "k": 3,
        },
    )
    assert not follow_up.is_error
    assert follow_up.structured_content["status"] in {"answered", "not_found"}

    documents = await client.call_tool("list_documents", {})
    listed_ids = {d["doc_id"] for d in documents.structured_content["documents"]}
    assert listed_ids == {BALI, INDIA}
    assert all(d["paragraphs_count"] > 0 for d in documents.structured_content["documents"])
    assert BALI in text(documents)

    excerpt = await client.call_tool(
        "get_document", {"doc_id": BALI, "paragraph_from": 10, "paragraph_to": 11}
    )
    assert not excerpt.is_error
    detail = excerpt.structured_content
    assert [p["number"] for p in detail["paragraphs"]] == [10, 11]
    assert detail["doc_id"] == BALI and detail["paragraphs_count"] >= 11
    assert f"§11 {detail['paragraphs'][1]['text']}" in text(excerpt)
    whole = await client.call_tool("get_document", {"doc_id": INDIA})
    whole_document = whole.structured_content
    assert len(whole_document["paragraphs"]) == whole_document["paragraphs_count"]

    errors = {
        "k": await tool_error(client, "search", {"query": "douane", "k": 0}),
        "unknown filter": await tool_error(
            client, "search", {"query": "douane", "filters": {"colour": "red"}}
        ),
        "unknown doc filter": await tool_error(
            client, "search", {"query": "douane", "filters": {"doc_id": "nope"}}
        ),
        "date": await tool_error(
            client, "search", {"query": "douane", "filters": {"date_from": "last year"}}
        ),
        "language": await tool_error(
            client, "search", {"query": "douane", "filters": {"language": "de"}}
        ),
        "blank": await tool_error(client, "ask", {"question": "   "}),
        "missing": await tool_error(client, "ask", {}),
        "history": await tool_error(
            client, "ask", {"question": "Et l'Inde ?", "history": [{"role": "robot"}]}
        ),
        "unknown doc": await tool_error(client, "get_document", {"doc_id": "nope"}),
        "range": await tool_error(
            client, "get_document", {"doc_id": BALI, "paragraph_from": 5, "paragraph_to": 2}
        ),
        "past end": await tool_error(
            client, "get_document", {"doc_id": BALI, "paragraph_from": 999}
        ),
    }
    assert "k" in errors["k"] and "greater than or equal to 1" in errors["k"]
    assert "filters.colour" in errors["unknown filter"]
    assert "unknown document ['nope']" in errors["unknown doc filter"]
    assert "filters.date_from" in errors["date"]
    assert "'de' is not a language of the indexed documents" in errors["language"]
    assert "list_documents" not in errors["language"]
    assert "question is blank" in errors["blank"]
    assert "question" in errors["missing"] and "required" in errors["missing"]
    assert "history.0.role" in errors["history"]
    assert "no document with id 'nope'" in errors["unknown doc"] and BALI in errors["unknown doc"]
    assert "paragraph_to (2) is before paragraph_from (5)" in errors["range"]
    assert "there is no 999" in errors["past end"]

    # The session survived every bad call.
    again = await client.call_tool("list_documents", {})
    assert not again.is_error

    resources = await client.list_resources()
    assert {str(r.uri) for r in resources.resources} == {
        f"wtoqa://documents/{BALI}",
        f"wtoqa://documents/{INDIA}",
    }
    templates = await client.list_resource_templates()
    assert "wtoqa://documents/{doc_id}" in {t.uri_template for t in templates.resource_templates}
    document = await client.read_resource(f"wtoqa://documents/{BALI}")
    body = document.contents[0].text
    assert body.startswith(detail["title"]) and f"§11 {detail['paragraphs'][1]['text']}" in body
    paragraph = await client.read_resource(f"wtoqa://documents/{BALI}/paragraphs/11")
    assert paragraph.contents[0].text.endswith(f"§11 {detail['paragraphs'][1]['text']}")
    with pytest.raises(MCPError, match="no document with id 'nope'"):
        await client.read_resource("wtoqa://documents/nope")
    return {"answer": answer, "excerpt": detail}


# -- stdio: `wtoqa mcp` as a subprocess -------------------------------------------------


def stdio_client(index_dir: Path, model: str, **env: str) -> Client:
    wtoqa = Path(sys.executable).parent / "wtoqa"
    return Client(
        StdioServerParameters(
            command=str(wtoqa),
            args=["mcp", "--index-dir", str(index_dir)],
            env={
                "WTOQA_EMBEDDING_MODEL": model,
                "WTOQA_MODEL_CACHE_DIR": str(MODEL_CACHE),
                "HF_HUB_OFFLINE": "1",
                "TOKENIZERS_PARALLELISM": "false",
                # The subprocess must run this checkout, whatever the venv's install points at.
                "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
                **env,
            },
            cwd=str(ROOT),
        ),
        read_timeout_seconds=120,
    )


def test_stdio_session(fake_service) -> None:  # type: ignore[no-untyped-def]
    client = stdio_client(fake_service.settings.index_dir, FAKE_MODEL, WTOQA_ABSTAIN_THRESHOLD="0")
    seen = run(client, full_session)
    # The same answer as the service gives in process: the tool adds nothing of its own.
    direct = fake_service.ask(MORATORIUM)
    assert seen["answer"]["answer"] == direct.answer


def test_stdio_with_a_missing_index_fails_with_a_message(tmp_path: Path) -> None:
    wtoqa = Path(sys.executable).parent / "wtoqa"
    import subprocess

    done = subprocess.run(
        [str(wtoqa), "mcp", "--index-dir", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "WTOQA_EMBEDDING_MODEL": FAKE_MODEL, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    assert done.returncode == 2
    assert done.stdout == ""  # nothing a client would misread as a message
    assert "wtoqa mcp:" in done.stderr and "index" in done.stderr


# -- Streamable HTTP at /mcp on the running app -----------------------------------------


@pytest.fixture(scope="module")
def base_url(fake_service) -> Iterator[str]:  # type: ignore[no-untyped-def]
    settings = fake_service.settings.model_copy(update={"api_keys": KEY})
    with live_server(create_app(settings, service=fake_service)) as url:
        yield url


def http_client(base_url: str, headers: dict[str, str]) -> tuple[Client, httpx2.AsyncClient]:
    http = httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=120))
    return Client(streamable_http_client(f"{base_url}/mcp", http_client=http)), http


def run_http(base_url: str, headers: dict[str, str], session: Session) -> Any:
    client, http = http_client(base_url, headers)

    async def main() -> Any:
        async with http, client:
            return await session(client)

    return asyncio.run(main())


def test_http_session_with_bearer_key(base_url: str, fake_service) -> None:  # type: ignore[no-untyped-def]
    seen = run_http(base_url, {"Authorization": f"Bearer {KEY}"}, full_session)
    # Served from the app's own service: the HTTP API and the tool give the same answer.
    api = httpx.post(
        f"{base_url}/ask", json={"question": MORATORIUM}, headers={"X-API-Key": KEY}, timeout=30
    ).json()
    assert seen["answer"] == api
    document = httpx.get(f"{base_url}/documents/{BALI}", headers={"X-API-Key": KEY}).json()
    assert seen["excerpt"]["paragraphs"] == document["paragraphs"][9:11]
    assert {k: v for k, v in seen["excerpt"].items() if k != "paragraphs"} == {
        k: v for k, v in document.items() if k != "paragraphs"
    }


def test_http_tools_use_the_apps_loaded_service(
    base_url: str, fake_service: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries: list[str] = []
    search = fake_service.search

    def spy(query: str, *args: Any, **kwargs: Any) -> Any:
        queries.append(query)
        return search(query, *args, **kwargs)

    monkeypatch.setattr(fake_service, "search", spy)

    async def session(client: Client) -> bool:
        return bool((await client.call_tool("search", {"query": "examens périodiques"})).is_error)

    assert run_http(base_url, {"X-API-Key": KEY}, session) is False
    assert queries == ["examens périodiques"]


def test_http_with_x_api_key(base_url: str) -> None:
    async def session(client: Client) -> set[str]:
        return {tool.name for tool in (await client.list_tools()).tools}

    assert run_http(base_url, {"X-API-Key": KEY}, session) == TOOLS


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-API-Key": "wrong"}, {"Authorization": "Bearer wrong"}, {"Authorization": KEY}],
)
def test_http_without_a_valid_key_is_401(base_url: str, headers: dict[str, str]) -> None:
    initialize = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-06-18",
            "capabilities": {},
            "clientInfo": {"name": "test", "version": "0"},
        },
    }
    accept = {"Accept": "application/json, text/event-stream"}
    response = httpx.post(f"{base_url}/mcp", json=initialize, headers={**accept, **headers})
    assert response.status_code == 401
    assert "API key" in response.json()["detail"]
    assert response.headers["www-authenticate"] == "Bearer"
    good = httpx.post(f"{base_url}/mcp", json=initialize, headers={**accept, "X-API-Key": KEY})
    assert good.status_code == 200


def test_http_refused_key_is_an_error_for_the_sdk_client(base_url: str) -> None:
    async def session(client: Client) -> None:
        await client.list_tools()

    # The SDK reports the 401 as an MCPError inside its task groups; it never gets in.
    with pytest.raises(ExceptionGroup) as refused:
        run_http(base_url, {"X-API-Key": "wrong"}, session)
    assert refused.group_contains(MCPError, depth=None)


def test_http_without_keys_configured_is_open(fake_service) -> None:  # type: ignore[no-untyped-def]
    async def session(client: Client) -> str:
        result = await client.call_tool("get_document", {"doc_id": INDIA, "paragraph_to": 1})
        return str(result.structured_content["paragraphs"][0]["number"])

    with live_server(create_app(fake_service.settings, service=fake_service)) as url:
        assert run_http(url, {}, session) == "1"


# -- the real model and index -----------------------------------------------------------


@pytest.mark.real
def test_real_index_over_http(real_service) -> None:  # type: ignore[no-untyped-def]
    async def session(client: Client) -> dict[str, Any]:
        result = await client.call_tool(
            "ask", {"question": "What does the moratorium on customs duties cover?"}
        )
        assert not result.is_error
        return dict(result.structured_content)

    settings = real_service.settings.model_copy(update={"api_keys": KEY})
    with live_server(create_app(settings, service=real_service)) as url:
        answer = run_http(url, {"X-API-Key": KEY}, session)
    assert answer["status"] == "answered"
    assert any("transmissions électroniques" in c["quote"] for c in answer["citations"])
