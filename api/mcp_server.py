"""wtoqa as a Model Context Protocol server: agents search, ask and read with citations intact.

Tools: `search`, `ask`, `list_documents`, `get_document`. Each returns readable text (the
answer with its [n] markers, then each citation's document title, symbol, paragraph and
quote) and structured content with the HTTP API's fields (`answer_dict`, `passage_dict`,
the documents routes' serialisation), checked against the API's response schemas.
Resources: each document as `wtoqa://documents/{doc_id}`, one paragraph as
`wtoqa://documents/{doc_id}/paragraphs/{number}`.

One server object serves both transports: stdio (`wtoqa mcp`) and Streamable HTTP at
`/mcp` on the FastAPI app (`MCPEndpoint`), where it answers from the app's loaded
`QAService`, behind the app's API keys.
"""

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import HTTPException
from fastapi.security import HTTPAuthorizationCredentials
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceNotFoundError, ToolError
from mcp.types import CallToolResult, Resource, TextContent, ToolAnnotations
from pydantic import Field
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import Receive, Scope, Send

from answering.question import question_problem
from answering.service import QAService
from answering.types import Message, answer_dict, passage_dict
from api.deps import require_api_key
from api.errors import error_response
from api.routes.documents import document_detail, document_summary
from api.routes.search import to_filters
from api.schemas import (
    AnswerOut,
    DocumentDetailOut,
    DocumentsOut,
    Filters,
    MessageIn,
    SearchOut,
)
from indexing.documents import Document, Paragraph
from wtoqa.settings import MAX_K, MAX_QUESTION_CHARS, Settings

ServiceProvider = Callable[[], QAService]
DOCUMENT_URI = "wtoqa://documents/{doc_id}"
PARAGRAPH_URI = "wtoqa://documents/{doc_id}/paragraphs/{number}"

INSTRUCTIONS = """\
wtoqa answers questions about the documents of the WTO Work Programme on Electronic \
Commerce (ministerial decisions, members' communications), in French or English. \
Use `ask` for a cited answer: every claim carries an [n] marker whose citation names the \
document, its paragraph and the verbatim quote; keep the markers and citations when you \
pass the answer on. A `not_found` status means the documents hold no answer: say so \
rather than guess. Use `search` for the ranked passages themselves, `list_documents` \
for the document ids, and `get_document` to read a document's numbered paragraphs."""

READ_ONLY = ToolAnnotations(read_only_hint=True, destructive_hint=False, open_world_hint=False)

Query = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_QUESTION_CHARS,
        description="What to look for, in French or English.",
    ),
]
Question = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_QUESTION_CHARS,
        description="The question, in English, French or Spanish. A follow-up "
        "('and the other proposal?') is resolved against `history`.",
    ),
]
K = Annotated[int, Field(ge=1, le=MAX_K, description=f"How many passages (1 to {MAX_K}).")]
DocId = Annotated[
    str, Field(min_length=1, description="A document id, as `list_documents` gives it.")
]


class WtoqaMCP(MCPServer):
    """The MCP server; also lists each loaded document as a concrete resource."""

    def __init__(self, service: ServiceProvider) -> None:
        super().__init__(
            name="wtoqa",
            title="wtoqa: cited answers from WTO e-commerce documents",
            instructions=INSTRUCTIONS,
            version="0.1.0",
            log_level="WARNING",
        )
        self.service = service

    async def list_resources(self) -> list[Resource]:
        listed = await super().list_resources()
        for document in self.service().documents.values():
            meta = document.meta
            listed.append(
                Resource(
                    uri=DOCUMENT_URI.format(doc_id=meta.doc_id),
                    name=meta.doc_id,
                    title=meta.title,
                    description=_describe(document),
                    mime_type="text/plain",
                )
            )
        return listed


def build_mcp_server(service: ServiceProvider) -> WtoqaMCP:
    """The MCP server over whatever `service()` returns: the CLI's service or the app's."""
    server = WtoqaMCP(service)

    def current() -> QAService:
        try:
            return service()
        except LookupError as exc:
            raise ToolError(str(exc)) from exc

    @server.tool(
        title="Search the WTO e-commerce documents",
        annotations=READ_ONLY,
        description="Ranked passages (best first) for a query, each with its document, "
        "paragraph number, text and score. `filters` restricts the search to some "
        "documents (`doc_id`: one id or a list), a `language` (fr, en) or a date range "
        "(`date_from`, `date_to`, YYYY-MM-DD, inclusive). Returns the same fields as the "
        "HTTP API's POST /search.",
    )
    def search(
        query: Query, k: K = 5, filters: Filters | None = None
    ) -> Annotated[CallToolResult, SearchOut]:
        qa = current()
        problem = question_problem(query, "query")
        if problem:
            raise ToolError(problem)
        try:
            search_filters = to_filters(filters, qa.documents, qa.languages)
        except HTTPException as exc:
            hint = "; list_documents gives the ids" if "doc_id" in str(exc.detail) else ""
            raise ToolError(f"{exc.detail}{hint}") from exc
        passages = [passage_dict(h) for h in qa.search(query, k, search_filters)]
        text = _passages_text(passages, qa.documents) or "No passage matches."
        return _result(text, {"passages": passages})

    @server.tool(
        title="Ask a question, get a cited answer",
        annotations=READ_ONLY,
        description="A short answer from the documents, in the question's language, whose "
        "every claim carries an [n] marker; each citation gives the document (id, title), "
        "the paragraph number and the verbatim quote it rests on. `status` is `answered`, "
        "or `not_found` when the documents hold no answer (then nothing is cited). Pass "
        "the earlier turns as `history` for follow-up questions. Returns the same fields "
        "as the HTTP API's POST /ask.",
    )
    def ask(
        question: Question,
        history: Annotated[
            list[MessageIn] | None,
            Field(max_length=40, description="Earlier turns, oldest first."),
        ] = None,
        k: K = 5,
    ) -> Annotated[CallToolResult, AnswerOut]:
        qa = current()
        problem = question_problem(question)
        if problem:
            raise ToolError(problem)
        turns = [Message(m.role, m.content) for m in history or []]
        payload = answer_dict(qa.ask(question.strip(), k, turns))
        return _result(_answer_text(payload, qa.documents), payload)

    @server.tool(
        title="List the documents",
        annotations=READ_ONLY,
        description="Every indexed document with its id, title, date, issuing body or "
        "member, kind, language, symbol and number of paragraphs. Returns the same fields "
        "as the HTTP API's GET /documents.",
    )
    def list_documents() -> Annotated[CallToolResult, DocumentsOut]:
        documents = list(current().documents.values())
        text = "\n".join(f"- {d.doc_id}: {d.meta.title} ({_describe(d)})" for d in documents)
        return _result(
            text or "No document is indexed.",
            {"documents": [document_summary(d) for d in documents]},
        )

    @server.tool(
        title="Read a document",
        annotations=READ_ONLY,
        description="A document's metadata and its numbered paragraphs (the numbers "
        "citations give), all of them or the range `paragraph_from`..`paragraph_to` "
        "(inclusive). Returns the same fields as the HTTP API's GET /documents/{doc_id}.",
    )
    def get_document(
        doc_id: DocId,
        paragraph_from: Annotated[
            int | None, Field(ge=1, description="First paragraph to return (from 1).")
        ] = None,
        paragraph_to: Annotated[
            int | None, Field(ge=1, description="Last paragraph to return (inclusive).")
        ] = None,
    ) -> Annotated[CallToolResult, DocumentDetailOut]:
        document = _document(current(), doc_id, ToolError)
        paragraphs = _paragraph_range(document, paragraph_from, paragraph_to)
        return _result(_document_text(document, paragraphs), document_detail(document, paragraphs))

    @server.resource(
        DOCUMENT_URI,
        name="document",
        title="A WTO e-commerce document",
        description="A document's metadata and all its numbered paragraphs, as text.",
        mime_type="text/plain",
    )
    def document_resource(doc_id: str) -> str:
        document = _document(service(), doc_id, ResourceNotFoundError)
        return _document_text(document, document.paragraphs)

    @server.resource(
        PARAGRAPH_URI,
        name="paragraph",
        title="One paragraph of a WTO e-commerce document",
        description="One numbered paragraph, under its document's metadata, as text.",
        mime_type="text/plain",
    )
    def paragraph_resource(doc_id: str, number: str) -> str:
        document = _document(service(), doc_id, ResourceNotFoundError)
        if not number.isdigit():
            raise ResourceNotFoundError(f"paragraph number {number!r} is not a number")
        try:
            paragraphs = _paragraph_range(document, int(number), int(number))
        except ToolError as exc:
            raise ResourceNotFoundError(str(exc)) from exc
        return _document_text(document, paragraphs)

    return server


class MCPEndpoint:
    """The Streamable HTTP transport as an ASGI app at `/mcp`, behind the API keys.

    Its session manager lives in the FastAPI app's lifespan (`run`); a new one is made
    for each run, because a session manager runs only once.
    """

    def __init__(self, server: MCPServer, settings: Settings) -> None:
        self.server = server
        self.settings = settings
        self._running = False

    @asynccontextmanager
    async def run(self) -> AsyncIterator[None]:
        # Only the manager this makes is used: routing is the FastAPI app's.
        # On a loopback host the SDK also checks Host and Origin (DNS rebinding).
        self.server.streamable_http_app(host=self.settings.host)
        async with self.server.session_manager.run():
            self._running = True
            try:
                yield
            finally:
                self._running = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        refusal = self._refusal(Headers(scope=scope))
        if refusal is None and not self._running:
            refusal = error_response(503, "the MCP endpoint is not running")
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.server.session_manager.handle_request(scope, receive, send)

    def _refusal(self, headers: Headers) -> JSONResponse | None:
        """The same key check as every other protected route (api.deps.require_api_key)."""
        scheme, _, credentials = headers.get("authorization", "").partition(" ")
        bearer = (
            HTTPAuthorizationCredentials(scheme=scheme, credentials=credentials.strip())
            if scheme.lower() == "bearer" and credentials.strip()
            else None
        )
        try:
            require_api_key(self.settings, bearer, headers.get("x-api-key"))
        except HTTPException as exc:
            return error_response(exc.status_code, exc.detail, headers=exc.headers)
        return None


# -- rendering -------------------------------------------------------------------------


def _result(text: str, structured: dict[str, Any]) -> CallToolResult:
    return CallToolResult(
        content=[TextContent(type="text", text=text)], structured_content=structured
    )


def _document(
    service: QAService, doc_id: str, error: type[ToolError] | type[ResourceNotFoundError]
) -> Document:
    document = service.documents.get(doc_id)
    if document is None:
        known = ", ".join(sorted(service.documents))
        raise error(f"no document with id {doc_id!r}; the documents are: {known}")
    return document


def _paragraph_range(
    document: Document, first: int | None, last: int | None
) -> tuple[Paragraph, ...]:
    count = len(document.paragraphs)
    if first is not None and first > count:
        raise ToolError(
            f"paragraph_from: {document.doc_id!r} has {count} paragraphs, there is no {first}"
        )
    if first is not None and last is not None and last < first:
        raise ToolError(f"paragraph_to ({last}) is before paragraph_from ({first})")
    low, high = first or 1, last or count
    return tuple(p for p in document.paragraphs if low <= p.number <= high)


def _describe(document: Document) -> str:
    meta = document.meta
    parts = [meta.symbol, meta.kind, meta.body, meta.date, meta.language]
    return ", ".join([p for p in parts if p] + [f"{len(document.paragraphs)} paragraphs"])


def _symbol(documents: dict[str, Document], doc_id: str) -> str | None:
    document = documents.get(doc_id)
    return document.meta.symbol if document else None


def _source(title: str, symbol: str | None, doc_id: str) -> str:
    return f"{title} ({symbol}, {doc_id})" if symbol else f"{title} ({doc_id})"


def _answer_text(payload: dict[str, Any], documents: dict[str, Document]) -> str:
    lines = [payload["answer"]]
    if payload["status"] == "not_found":
        lines += ["", "Status: not_found (the documents hold no answer; nothing is cited)."]
    if payload["citations"]:
        lines += ["", "Sources:"]
    for c in payload["citations"]:
        source = _source(c["title"], _symbol(documents, c["doc_id"]), c["doc_id"])
        lines.append(f"{c['marker']} {source}, paragraph {c['paragraph']}: « {c['quote']} »")
    return "\n".join(lines)


def _passages_text(passages: list[dict[str, Any]], documents: dict[str, Document]) -> str:
    blocks = []
    for rank, p in enumerate(passages, start=1):
        source = _source(p["title"], _symbol(documents, p["doc_id"]), p["doc_id"])
        blocks.append(
            f"{rank}. {source}, paragraph {p['paragraph']} (score {p['score']:.4f})\n   {p['text']}"
        )
    return "\n".join(blocks)


def _document_text(document: Document, paragraphs: tuple[Paragraph, ...]) -> str:
    meta = document.meta
    lines = [f"{meta.title}", f"id: {meta.doc_id}"]
    for label, value in (
        ("symbol", meta.symbol),
        ("date", meta.date),
        ("body", meta.body),
        ("kind", meta.kind),
        ("language", meta.language),
    ):
        if value:
            lines.append(f"{label}: {value}")
    count = len(document.paragraphs)
    if len(paragraphs) == count:
        lines.append(f"paragraphs: {count}")
    elif paragraphs:
        first, last = paragraphs[0].number, paragraphs[-1].number
        shown = f"paragraph {first}" if first == last else f"paragraphs {first} to {last}"
        lines.append(f"{shown} of {count}")
    else:
        lines.append(f"no paragraph in that range (the document has {count})")
    lines.append("")
    lines += [f"§{p.number} {p.text}" for p in paragraphs]
    return "\n".join(lines)
