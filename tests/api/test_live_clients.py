"""Clients against a live server on loopback: openai, wtoqa's own, LangChain."""

import pytest

from api.app import create_app
from tests.api.live import live_server


@pytest.fixture(scope="module")
def base_url(fake_service):  # type: ignore[no-untyped-def]
    settings = fake_service.settings.model_copy(update={"api_keys": "secret-key"})
    with live_server(create_app(settings, service=fake_service)) as url:
        yield url


def test_official_openai_client(base_url: str) -> None:
    from openai import OpenAI

    client = OpenAI(base_url=f"{base_url}/v1", api_key="secret-key", max_retries=0)
    assert [m.id for m in client.models.list()] == ["wtoqa"]
    completion = client.chat.completions.create(
        model="wtoqa",
        messages=[
            {"role": "user", "content": "Que couvre le moratoire sur les droits de douane ?"}
        ],
    )
    message = completion.choices[0].message
    assert "[1]" in (message.content or "")
    citations = (completion.model_extra or {})["citations"]
    assert citations[0]["quote"] in (message.content or "")
    stream = client.chat.completions.create(
        model="wtoqa",
        stream=True,
        messages=[{"role": "user", "content": "Que couvre le moratoire ?"}],
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "[1]" in text
    assert "citations" in (chunks[-1].model_extra or {})


def test_openai_client_without_key_is_refused(base_url: str) -> None:
    from openai import AuthenticationError, OpenAI

    client = OpenAI(base_url=f"{base_url}/v1", api_key="wrong", max_retries=0)
    with pytest.raises(AuthenticationError):
        client.models.list()


def test_wtoqa_client(base_url: str) -> None:
    from wtoqa.client import WtoqaAPIError, WtoqaClient

    with WtoqaClient(base_url, api_key="secret-key") as client:
        assert client.health()["status"] == "ok"
        assert client.search("droits de douane", k=2)[0]["doc_id"]
        answer = client.ask("Que couvre le moratoire sur les droits de douane ?")
        assert answer["status"] == "answered"
        names = [event for event, _ in client.ask_stream("Que couvre le moratoire ?")]
        assert names[0] == "meta" and names[-1] == "done"
        assert len(client.documents()) == 2
        with pytest.raises(WtoqaAPIError) as error:
            client.document("nope")
        assert error.value.status == 404
    with WtoqaClient(base_url) as anonymous, pytest.raises(WtoqaAPIError) as error:
        anonymous.search("douane")
    assert error.value.status == 401


def test_langchain_retriever_and_chain(base_url: str, fake_service) -> None:  # type: ignore[no-untyped-def]
    from langchain_core.language_models.fake_chat_models import FakeListChatModel
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_core.runnables import RunnableLambda, RunnablePassthrough

    from wtoqa.client import WtoqaClient
    from wtoqa.langchain_integration import WtoqaRetriever, answer_runnable

    for source in (fake_service, WtoqaClient(base_url, api_key="secret-key")):
        retriever = WtoqaRetriever(source=source, k=3)
        documents = retriever.invoke("droits de douane sur les transmissions électroniques")
        assert len(documents) == 3
        top = documents[0]
        assert {"doc_id", "paragraph", "title", "passage_id", "citation"} <= set(top.metadata)
        assert "droits de douane" in top.page_content

        seen: dict[str, str] = {}

        def format_docs(docs, seen=seen):  # type: ignore[no-untyped-def]
            seen["context"] = "\n".join(
                f"[{d.metadata['citation']}] {d.page_content}" for d in docs
            )
            return seen["context"]

        prompt = ChatPromptTemplate.from_messages(
            [("system", "Answer from the context.\n{context}"), ("human", "{question}")]
        )
        chain = (
            {"context": retriever | RunnableLambda(format_docs), "question": RunnablePassthrough()}
            | prompt
            | FakeListChatModel(responses=["Les transmissions électroniques."])
            | StrOutputParser()
        )
        assert chain.invoke("Que couvre le moratoire ?") == "Les transmissions électroniques."
        assert "paragraph" in seen["context"]
        answer = answer_runnable(source).invoke(
            "Que couvre le moratoire sur les droits de douane ?"
        )
        assert answer["status"] == "answered" and answer["citations"]
