from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from answering.types import Message, answer_dict
from api.deps import ServiceDep
from api.schemas import AnswerOut, QuestionIn

router = APIRouter(tags=["answers"])


def history_of(body: QuestionIn) -> list[Message]:
    return [Message(m.role, m.content) for m in body.history or []]


@router.post("/ask", response_model=AnswerOut)
async def ask(body: QuestionIn, service: ServiceDep) -> AnswerOut:
    answer = await run_in_threadpool(service.ask, body.question, body.k, history_of(body))
    return AnswerOut.model_validate(answer_dict(answer))
