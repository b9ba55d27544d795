"""A small Python client for a running wtoqa service.

from wtoqa.client import WtoqaClient
client = WtoqaClient("http://127.0.0.1:8000", api_key=None)
answer = client.ask("What does the moratorium cover?")
for c in answer["citations"]:
    print(c["marker"], c["doc_id"], c["paragraph"], c["quote"])
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx


class WtoqaAPIError(RuntimeError):
    """The service answered with an error; `status` and `detail` say which."""

    def __init__(self, status: int, detail: Any) -> None:
        super().__init__(f"wtoqa API error {status}: {detail}")
        self.status = status
        self.detail = detail


class WtoqaClient:
    def __init__(
        self,
        base_url: str = "http://127.0.0.1:8000",
        api_key: str | None = None,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.Client(
            base_url=base_url, headers=headers, timeout=timeout, transport=transport
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> WtoqaClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._http.request(method, path, **kwargs)
        if response.status_code >= 400:
            try:
                detail = response.json().get("detail")
            except ValueError:
                detail = response.text
            raise WtoqaAPIError(response.status_code, detail)
        return response.json()

    def health(self) -> dict[str, Any]:
        result: dict[str, Any] = self._call("GET", "/health")
        return result

    def search(
        self, query: str, k: int = 5, filters: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        body: dict[str, Any] = {"query": query, "k": k}
        if filters:
            body["filters"] = filters
        passages: list[dict[str, Any]] = self._call("POST", "/search", json=body)["passages"]
        return passages

    def ask(
        self, question: str, k: int = 5, history: list[dict[str, str]] | None = None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"question": question, "k": k}
        if history:
            body["history"] = history
        answer: dict[str, Any] = self._call("POST", "/ask", json=body)
        return answer

    def ask_stream(
        self, question: str, k: int = 5, history: list[dict[str, str]] | None = None
    ) -> Iterator[tuple[str, Any]]:
        """(event, data) pairs: meta, token..., citation..., passages, done."""
        body: dict[str, Any] = {"question": question, "k": k, "history": history or []}
        with self._http.stream("POST", "/ask/stream", json=body) as response:
            if response.status_code >= 400:
                response.read()
                raise WtoqaAPIError(response.status_code, response.json().get("detail"))
            event = "message"
            for line in response.iter_lines():
                if line.startswith("event: "):
                    event = line[7:]
                elif line.startswith("data: "):
                    yield event, json.loads(line[6:])

    def documents(self) -> list[dict[str, Any]]:
        documents: list[dict[str, Any]] = self._call("GET", "/documents")["documents"]
        return documents

    def document(self, doc_id: str) -> dict[str, Any]:
        document: dict[str, Any] = self._call("GET", f"/documents/{doc_id}")
        return document
