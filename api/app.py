"""The FastAPI application: routes, the web chat page, limits and errors."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from answering.service import QAService
from api.deps import AdminKeyDep, APIKeyDep
from api.errors import (
    ERROR_RESPONSES,
    WRITE_ERROR_RESPONSES,
    JsonBodyCheck,
    error_response,
    install_error_handlers,
)
from api.index_watch import IndexWatcher
from api.jobs import JobQueue
from api.routes import ask, chat, document_writes, documents, health, openai_compat, search
from api.security import SecurityHeaders, add_cors, install_log_redaction, protected_docs_routes
from wtoqa.settings import Settings, get_settings

logger = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"


class BodyLimit:
    """413 for a request body over the limit, counted as it streams in; a document upload
    (`POST`/`PUT` under /documents) may be as large as a file a build reads."""

    def __init__(self, app: ASGIApp, max_bytes: int, upload_max_bytes: int = 0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_max_bytes = max(upload_max_bytes, max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        upload = scope["method"] in {"POST", "PUT"} and scope["path"].startswith("/documents")
        limit = self.upload_max_bytes if upload else self.max_bytes
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._reject(send, limit)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except _TooLarge:
            await self._reject(send, limit)

    async def _reject(self, send: Send, limit: int) -> None:
        response = error_response(413, f"request body is larger than {limit} bytes")
        await response({"type": "http"}, _empty_receive, send)


class _TooLarge(Exception):
    pass


async def _empty_receive() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


def create_app(settings: Settings | None = None, service: QAService | None = None) -> FastAPI:
    """Build the app; the service (index and model) loads in the lifespan unless given."""
    from api.mcp_server import MCPEndpoint, build_mcp_server  # the MCP SDK is slow to import

    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, "service", None) is None:
            app.state.service = QAService.from_settings(settings)
        watcher.start()
        try:
            async with mcp_endpoint.run():
                yield
        finally:
            jobs.stop()
            watcher.stop()

    docs_behind_key = bool(settings.api_key_set) and settings.docs_need_key
    app = FastAPI(
        title="wtoqa",
        version="0.1.0",
        description="Cited answers from the documents of the WTO Work Programme on "
        "Electronic Commerce.",
        lifespan=lifespan,
        # With keys, the schema and its pages are served below, behind the key.
        docs_url=None if docs_behind_key else "/docs",
        redoc_url=None if docs_behind_key else "/redoc",
        openapi_url=None if docs_behind_key else "/openapi.json",
    )
    if docs_behind_key:
        protected_docs_routes(app)
    install_log_redaction()
    app.state.settings = settings
    app.state.service = service
    # The document jobs swap their build in with the watcher's own check (api/corpus_writes.py).
    watcher = IndexWatcher(
        settings.index_dir,
        served=lambda: app.state.service,
        publish=lambda fresh: setattr(app.state, "service", fresh),
        poll_seconds=settings.index_poll_seconds,
    )
    jobs = JobQueue()
    app.state.index_watcher = watcher
    app.state.jobs = jobs

    def loaded_service() -> QAService:
        loaded: QAService | None = app.state.service
        if loaded is None:
            raise LookupError("the index is not loaded yet")
        return loaded

    # MCP over Streamable HTTP, answering from this app's service (no second index or model).
    mcp_endpoint = MCPEndpoint(build_mcp_server(loaded_service), settings)
    app.router.routes.append(Route("/mcp", mcp_endpoint, include_in_schema=False))

    install_error_handlers(app)

    # Every route declares the one error shape for each 4xx it can give (api/errors.py).
    app.include_router(health.router, responses=ERROR_RESPONSES)
    protected = [APIKeyDep]
    for router in (search.router, ask.router, chat.router, documents.router, openai_compat.router):
        app.include_router(router, dependencies=protected, responses=ERROR_RESPONSES)
    # Changes need an admin key (403 otherwise), not a read key.
    app.include_router(
        document_writes.router, dependencies=[AdminKeyDep], responses=WRITE_ERROR_RESPONSES
    )

    if STATIC_DIR.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

        @app.get("/", include_in_schema=False)
        def index_page() -> FileResponse:
            return FileResponse(STATIC_DIR / "index.html")

    app.add_middleware(JsonBodyCheck)  # inside the limit: it reads at most max_body_bytes
    app.add_middleware(
        BodyLimit,
        max_bytes=settings.max_body_bytes,
        # the file, its metadata and the multipart framing
        upload_max_bytes=settings.ingest_limits.max_file_bytes + settings.max_body_bytes,
    )
    add_cors(app, settings)
    app.add_middleware(SecurityHeaders)  # outermost: a 413 or a CORS answer carries them too
    return app
