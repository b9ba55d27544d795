"""POST /ask/stream: the answer as server-sent events, citations as structured events.

Events, in order: `meta` (status, language, rewritten question), `token` (answer
text, in pieces), one `citation` per citation, `passages`, then `done`. The
answer is checked (citations, verbatim quotes) before its first piece is sent,
so nothing streamed is ever taken back.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from answering.types import answer_dict
from api.deps import ServiceDep
from api.routes.ask import history_of
from api.schemas import QuestionIn

router = APIRouter(tags=["answers"])


def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def pieces(text: str) -> list[str]:
    """Word-sized pieces that join back to exactly the text."""
    return re.findall(r"\S+\s*|\s+", text)


@router.post(
    "/ask/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}},
)
async def ask_stream(body: QuestionIn, service: ServiceDep) -> StreamingResponse:
    answer = await run_in_threadpool(service.ask, body.question, body.k, history_of(body))
    payload = answer_dict(answer)

    async def events() -> AsyncIterator[str]:
        yield sse("meta", {k: payload[k] for k in ("status", "language", "rewritten_question")})
        for piece in pieces(payload["answer"]):
            yield sse("token", {"text": piece})
        for citation in payload["citations"]:
            yield sse("citation", citation)
        yield sse("passages", payload["passages"])
        yield sse("done", {"status": payload["status"]})

    return StreamingResponse(
        events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
    )
