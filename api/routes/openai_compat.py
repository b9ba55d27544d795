"""OpenAI-compatible chat completions, so tools written for OpenAI plug in.

The last user message is the question; earlier messages are the history.
Citations travel in the message (markers, then a sources block) and as a
structured `citations` field on the message, on the completion, and on the
last streamed chunk.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from answering.question import question_problem
from answering.types import Answer, Message, answer_dict, answer_with_sources
from api.deps import ServiceDep
from api.routes.chat import pieces
from wtoqa.settings import MAX_K, MAX_QUESTION_CHARS

router = APIRouter(prefix="/v1", tags=["openai-compatible"])
MODEL_ID = "wtoqa"


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="ignore")
    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    role: Literal["system", "user", "assistant", "developer", "tool"]
    content: str | list[ContentPart] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return " ".join(p.text or "" for p in self.content if p.type == "text")
        return self.content or ""


class ChatCompletionIn(BaseModel):
    model_config = ConfigDict(extra="ignore")  # temperature, max_tokens... have no effect
    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(..., min_length=1, max_length=41)
    stream: bool = Field(False, strict=True)
    k: int = Field(5, ge=1, le=MAX_K, strict=True, description="how many passages")


@router.get("/models")
def list_models() -> dict[str, Any]:
    return {
        "object": "list",
        "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "wtoqa"}],
    }


def _question_and_history(body: ChatCompletionIn) -> tuple[str, list[Message]]:
    if body.model != MODEL_ID:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"model {body.model!r} does not exist; use {MODEL_ID!r}"
        )
    last = body.messages[-1]
    if last.role != "user":
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            "messages: the last message must be the user's question",
        )
    for number, message in enumerate(body.messages):
        problem = question_problem(message.text(), f"messages[{number}]")
        if problem and ("Unicode" in problem or "control" in problem):
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, problem)
    question = last.text().strip()
    if not question:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, "messages: the last user message is empty"
        )
    problem = question_problem(question, "messages: the last user message")
    if problem:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, problem)
    if len(question) > MAX_QUESTION_CHARS:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            f"messages: the question is longer than {MAX_QUESTION_CHARS} characters",
        )
    history = [
        Message("user" if m.role == "user" else "assistant", m.text())
        for m in body.messages[:-1]
        if m.role in {"user", "assistant"} and m.text().strip()
    ]
    return question, history


def _usage(question: str, content: str) -> dict[str, int]:
    prompt, completion = len(question.split()), len(content.split())
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _structured(answer: Answer) -> dict[str, Any]:
    payload = answer_dict(answer)
    return {
        "citations": payload["citations"],
        "wtoqa": {
            "status": payload["status"],
            "passages": payload["passages"],
            "language": payload["language"],
        },
    }


@router.post(
    "/chat/completions",
    response_model=None,
    responses={
        200: {
            "description": "A chat completion, or with `stream: true` its chunks as "
            "server-sent events",
            "content": {"application/json": {}, "text/event-stream": {}},
        }
    },
)
async def chat_completions(
    body: ChatCompletionIn, service: ServiceDep
) -> dict[str, Any] | StreamingResponse:
    question, history = _question_and_history(body)
    answer = await run_in_threadpool(service.ask, question, body.k, history)
    content = answer_with_sources(answer)
    completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
    created = int(time.time())
    structured = _structured(answer)
    if not body.stream:
        return {
            "id": completion_id,
            "object": "chat.completion",
            "created": created,
            "model": body.model,
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": content,
                        "citations": structured["citations"],
                    },
                    "finish_reason": "stop",
                }
            ],
            "usage": _usage(question, content),
            **structured,
        }

    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        data = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": body.model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            **extra,
        }
        return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

    async def stream() -> AsyncIterator[str]:
        yield chunk({"role": "assistant", "content": ""})
        for piece in pieces(content):
            yield chunk({"content": piece})
        yield chunk({}, "stop", **structured)
        yield "data: [DONE]\n\n"

    return StreamingResponse(
        stream(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
    )
