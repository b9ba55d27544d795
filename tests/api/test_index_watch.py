"""A running server follows its index: a finished build is served within seconds,
without a restart; a damaged one is logged and the old build keeps serving."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from answering.service import build
from api.app import create_app
from tests.conftest import make_settings

NEW_DOCUMENT = (
    "Communication on the quokkaverse initiative\n\n"
    "1. Members discussed the quokkaverse initiative for electronic commerce and "
    "the transparency of digital trade measures.\n"
)


def wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_a_new_build_is_served_without_restart(tmp_path: Path, corpus_copy: Path) -> None:
    settings = make_settings(
        tmp_path, corpus_dir=corpus_copy, abstain_threshold=0.0, index_poll_seconds=0.2
    )
    first = build(settings, corpus_copy, settings.index_dir)
    assert first.path is not None
    app = create_app(settings)
    with TestClient(app) as client:
        in_flight = app.state.service  # what a request under way holds
        before = client.get("/health").json()
        assert before["build_id"] == first.path.name
        assert before["build_created"]
        old = client.post("/search", json={"query": "quokkaverse", "k": 3}).json()["passages"]
        assert not any("quokkaverse" in p["text"] for p in old)

        (corpus_copy / "quokkaverse-communication.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
        second = build(settings, corpus_copy, settings.index_dir)
        assert second.status == "built" and second.path is not None

        assert wait_for(lambda: client.get("/health").json()["build_id"] == second.path.name)
        after = client.get("/health").json()
        assert after["documents"] == before["documents"] + 1
        assert after["passages"] > before["passages"]
        assert after["embedding_model"] == before["embedding_model"]
        passages = client.post("/search", json={"query": "quokkaverse", "k": 3}).json()["passages"]
        assert passages and "quokkaverse" in passages[0]["text"]
        # the model was not loaded again, and a request under way still has its build
        assert app.state.service.embedder is in_flight.embedder
        assert in_flight.index.build_id == first.path.name
        assert in_flight.search("droits de douane", 2)


def test_a_damaged_build_leaves_the_old_one_serving(tmp_path: Path, corpus_copy: Path) -> None:
    settings = make_settings(
        tmp_path, corpus_dir=corpus_copy, abstain_threshold=0.0, index_poll_seconds=0.2
    )
    first = build(settings, corpus_copy, settings.index_dir)
    assert first.path is not None
    app = create_app(settings)
    with TestClient(app) as client:
        served = app.state.service
        # A build whose files do not match their checksums, swapped in as a build would be.
        damaged = first.path.parent / (first.path.name + "-damaged")
        shutil.copytree(first.path, damaged)
        with (damaged / "passages.jsonl").open("a", encoding="utf-8") as handle:
            handle.write('{"passage_id": "broken"}\n')
        link = settings.index_dir / ".current-damaged"
        os.symlink(Path("builds") / damaged.name, link)
        os.replace(link, settings.index_dir / "current")

        time.sleep(1.0)  # five polls
        health = client.get("/health")
        assert health.status_code == 200 and health.json()["build_id"] == first.path.name
        assert app.state.service is served
        response = client.post("/search", json={"query": "droits de douane", "k": 2})
        assert response.status_code == 200 and response.json()["passages"]

        # The next sound build is picked up again.
        (corpus_copy / "quokkaverse-communication.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
        repaired = build(settings, corpus_copy, settings.index_dir, force=True)
        assert repaired.path is not None
        assert wait_for(lambda: client.get("/health").json()["build_id"] == repaired.path.name)


def test_polling_off(tmp_path: Path, corpus_copy: Path) -> None:
    settings = make_settings(
        tmp_path, corpus_dir=corpus_copy, abstain_threshold=0.0, index_poll_seconds=0
    )
    first = build(settings, corpus_copy, settings.index_dir)
    app = create_app(settings)
    with TestClient(app) as client:
        (corpus_copy / "quokkaverse-communication.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
        build(settings, corpus_copy, settings.index_dir)
        time.sleep(0.5)
        assert first.path is not None
        assert client.get("/health").json()["build_id"] == first.path.name
