"""What every response carries and what no log shows: security headers, CORS, docs behind
the key, API keys redacted from access logs."""

from __future__ import annotations

import logging
import re
import secrets
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.security import APIKeyHeader, APIKeyQuery, HTTPAuthorizationCredentials, HTTPBearer
from starlette.datastructures import MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.deps import SettingsDep, require_api_key
from wtoqa.settings import Settings

#: The web page loads only its own script and stylesheet, and calls only its own origin.
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
#: FastAPI's Swagger UI and ReDoc pages load their bundles from jsDelivr and start them with
#: an inline script; only these pages get that allowance.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src 'self' https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
    "https://cdn.redoc.ly; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
DOCS_PATHS = frozenset({"/docs", "/redoc", "/docs/oauth2-redirect"})
HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
}


class SecurityHeaders:
    """Content-Security-Policy, X-Frame-Options, X-Content-Type-Options and Referrer-Policy
    on every HTTP response: the page, the API, errors and streams alike."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope["path"] in DOCS_PATHS else PAGE_CSP

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("content-security-policy", csp)
                for name, value in HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, with_headers)


def add_cors(app: FastAPI, settings: Settings) -> None:
    """CORS only for the configured origins; none configured, no CORS header at all."""
    origins = settings.cors_origin_list
    if not origins:
        return
    app.add_middleware(
        CORSMiddleware,
        allow_origins=origins,
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Authorization", "X-API-Key", "Content-Type", "Accept"],
        allow_credentials=False,  # keys travel in headers, never in cookies
        max_age=600,
    )


_bearer = HTTPBearer(auto_error=False)
_header = APIKeyHeader(name="X-API-Key", auto_error=False)
_query = APIKeyQuery(name="api_key", auto_error=False)


def require_docs_key(
    settings: SettingsDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header_key: Annotated[str | None, Depends(_header)],
    query_key: Annotated[str | None, Depends(_query)],
) -> None:
    """The docs pages take the key as the API does, or as `?api_key=` since a browser
    cannot send a header when it opens a page (the access log redacts it)."""
    if not settings.docs_need_key:
        return
    if query_key and any(secrets.compare_digest(query_key, k) for k in settings.all_keys):
        return
    require_api_key(settings, bearer, header_key)


def protected_docs_routes(app: FastAPI) -> None:
    """/openapi.json, /docs and /redoc behind the key (the app is made without its own)."""
    docs_key = [Depends(require_docs_key)]

    def schema_url(request: Request) -> str:
        # The page fetches the schema itself: it gets the key only if it came with one that
        # is valid (never echo arbitrary query text into the page's script).
        key = request.query_params.get("api_key")
        settings: Settings = request.app.state.settings
        if key and any(secrets.compare_digest(key, k) for k in settings.all_keys):
            return "/openapi.json?api_key=" + quote(key, safe="")
        return "/openapi.json"

    @app.get("/openapi.json", include_in_schema=False, dependencies=docs_key)
    def openapi_schema() -> JSONResponse:
        return JSONResponse(app.openapi())

    @app.get("/docs", include_in_schema=False, dependencies=docs_key)
    def swagger_page(request: Request) -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=schema_url(request), title=f"{app.title} - docs")

    @app.get("/redoc", include_in_schema=False, dependencies=docs_key)
    def redoc_page(request: Request) -> HTMLResponse:
        return get_redoc_html(openapi_url=schema_url(request), title=f"{app.title} - ReDoc")


#: `key=`, `api_key=`, `apikey=`, `access_token=`, `token=` values in a query string.
_SECRET_QUERY = re.compile(r"(?i)([?&](?:api[_-]?key|key|access[_-]?token|token)=)[^&\s\"']*")
REDACTED = "[redacted]"


def redact(text: str) -> str:
    return _SECRET_QUERY.sub(lambda m: m.group(1) + REDACTED, text)


class RedactSecrets(logging.Filter):
    """Takes API keys out of log records: uvicorn's access line holds the full path with
    its query string, and a key sent as `?api_key=` must not end up in a log file."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                k: redact(v) if isinstance(v, str) else v for k, v in record.args.items()
            }
        return True


_LOGGERS = ("uvicorn.access", "uvicorn.error", "uvicorn")


def install_log_redaction() -> None:
    """Redact on uvicorn's loggers, whichever server runs the app (once per logger)."""
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactSecrets) for f in logger.filters):
            logger.addFilter(RedactSecrets())


def uvicorn_log_config() -> dict[str, Any]:
    """uvicorn's own logging configuration with the redaction on its handlers, so that it
    holds even for records that reach them from another logger."""
    from copy import deepcopy

    from uvicorn.config import LOGGING_CONFIG

    config = deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["redact_secrets"] = {"()": RedactSecrets}
    for handler in config["handlers"].values():
        handler.setdefault("filters", []).append("redact_secrets")
    return config
