"""One error shape for every 4xx the API gives, declared in its OpenAPI schema.

`detail` stays what it always was (outside tools read it, see the contract): a
sentence, or for a request that fails validation the list of problems, each naming
its field. Every error also carries `message`, always one sentence, and `errors`,
always a list, so a client needs one code path whatever went wrong.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Deeper JSON than this is no request of this API (its deepest body has four levels).
MAX_JSON_DEPTH = 32


class ErrorItem(BaseModel):
    loc: list[str | int] = Field(description="where: ['body', 'k'], ['path', 'doc_id']...")
    msg: str
    type: str


class ErrorOut(BaseModel):
    """What is wrong with a request."""

    detail: str | list[ErrorItem] = Field(
        description="what is wrong: a sentence, or for a request that fails validation the "
        "list of problems, each naming its field"
    )
    message: str = Field(description="what is wrong, in one sentence")
    errors: list[ErrorItem] = Field(description="the problems, each naming where it is")


_DESCRIPTIONS = {
    400: "The request cannot be read",
    401: "A valid API key is required",
    403: "Not allowed",
    404: "No such thing (document, model)",
    413: "The request body is too large",
    422: "The request is not valid: `detail` names the field and the problem",
    503: "The index is not loaded yet",
}
#: For `responses=` on every route.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text} for code, text in _DESCRIPTIONS.items()
}
#: The routes that change documents can also say these.
WRITE_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    409: {"model": ErrorOut, "description": "The document or its content is already there"},
    413: {"model": ErrorOut, "description": "The file or the request body is too large"},
    415: {"model": ErrorOut, "description": "The file's type is not one a build reads"},
}


def _where(loc: Any) -> str:
    return ".".join(str(part) for part in loc if part != "body") or "body"


def error_content(
    status_code: int, detail: str | list[dict[str, Any]], errors: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The body of an error response (see ErrorOut)."""
    if isinstance(detail, list):
        errors = detail
        message = "; ".join(f"{_where(e['loc'])}: {e['msg']}" for e in detail) or "invalid request"
    else:
        message = detail
    if errors is None:
        kind = HTTPStatus(status_code).phrase.lower().replace(" ", "_").replace("-", "_")
        errors = [{"loc": [], "msg": detail, "type": kind}]
    return {"detail": detail, "message": message, "errors": errors}


def error_response(
    status_code: int,
    detail: str | list[dict[str, Any]],
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(
        jsonable_encoder(error_content(status_code, detail)), status_code, headers=headers
    )


def install_error_handlers(app: FastAPI) -> None:
    """Validation errors and HTTP exceptions (ours and Starlette's 404/405) as ErrorOut."""

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's list of problems, each naming the field, stays the `detail`.
        problems = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")}
            for e in exc.errors()
        ]
        return error_response(422, problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        return error_response(exc.status_code, detail, headers=exc.headers)


def json_problem(body: bytes, max_depth: int = MAX_JSON_DEPTH) -> str | None:
    """What makes a request body unusable as JSON, or None."""
    try:
        value = json.loads(body)
    except RecursionError:
        return f"body: the JSON is nested deeper than {max_depth} levels"
    except json.JSONDecodeError as exc:
        return f"body: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
    except ValueError:  # bytes that are no Unicode text
        return "body: not valid JSON: the bytes are not UTF-8 text"
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            return f"body: the JSON is nested deeper than {max_depth} levels"
        children = (
            node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        )
        stack.extend((child, depth + 1) for child in children)
    return None


class JsonBodyCheck:
    """A 422 naming the problem for a JSON body that does not parse or nests too deeply,
    before any route reads it (FastAPI would give a bare 400 for a nesting that breaks
    Python's parser, and a JSON error without its position)."""

    def __init__(self, app: ASGIApp, skip: tuple[str, ...] = ("/mcp",)) -> None:
        self.app = app
        self.skip = skip

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in {"POST", "PUT", "PATCH"}
            or scope["path"].startswith(self.skip)
        ):
            await self.app(scope, receive, send)
            return
        content_type = dict(scope.get("headers", [])).get(b"content-type", b"").decode("latin-1")
        media = content_type.split(";")[0].strip().lower()
        if media and media != "application/json" and not media.endswith("+json"):
            await self.app(scope, receive, send)  # FastAPI reads JSON bodies only
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        problem = json_problem(body) if body.strip() else None
        if problem is not None:
            item = {"loc": ["body"], "msg": problem.removeprefix("body: "), "type": "json_invalid"}
            await error_response(422, [item])(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)
