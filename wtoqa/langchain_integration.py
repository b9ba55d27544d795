"""LangChain integration: wtoqa passages as `Document`s, and answers as a runnable.

In-process (a QAService) or over HTTP (a WtoqaClient), with the citation
metadata every passage carries: document id, title, paragraph number.

    from wtoqa.langchain_integration import WtoqaRetriever, answer_runnable
    retriever = WtoqaRetriever(source=client_or_service, k=5)
    docs = retriever.invoke("What does the moratorium cover?")
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableLambda
from pydantic import ConfigDict

from answering.types import Message, answer_dict, passage_dict


def to_document(passage: dict[str, Any]) -> Document:
    metadata = {k: v for k, v in passage.items() if k != "text"}
    metadata["citation"] = f"{passage['title']}, paragraph {passage['paragraph']}"
    return Document(page_content=passage["text"], metadata=metadata, id=passage["passage_id"])


def _search(source: Any, query: str, k: int) -> list[dict[str, Any]]:
    if hasattr(source, "retriever"):  # a QAService, in process
        return [passage_dict(hit) for hit in source.search(query, k=k)]
    passages: list[dict[str, Any]] = source.search(query, k=k)  # a WtoqaClient, over HTTP
    return passages


class WtoqaRetriever(BaseRetriever):
    """Ranked wtoqa passages as LangChain documents."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    source: Any  # QAService or WtoqaClient
    k: int = 5

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [to_document(p) for p in _search(self.source, query, self.k)]


def answer_runnable(source: Any, k: int = 5) -> Runnable[Any, dict[str, Any]]:
    """A runnable from a question (str, or {"question", "history"}) to the contract's Answer."""

    def run(value: Any) -> dict[str, Any]:
        question = value if isinstance(value, str) else value["question"]
        history = [] if isinstance(value, str) else value.get("history") or []
        if hasattr(source, "retriever"):
            messages = [Message(m["role"], m["content"]) for m in history]
            return answer_dict(source.ask(question, k=k, history=messages))
        answer: dict[str, Any] = source.ask(question, k=k, history=history)
        return answer

    return RunnableLambda(run, name="wtoqa_answer")
