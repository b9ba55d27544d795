"""Documents come and go through the API while it answers: an admin adds, replaces and
removes a file, a job builds the index and swaps it in, and search follows."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from answering.service import build
from api.app import create_app
from tests.conftest import make_settings

ADMIN = {"X-API-Key": "admin-secret"}
FIRST = (
    "# Communication on the zorblefrax initiative\n\n"
    "1. Members discussed the zorblefrax initiative for electronic commerce and the "
    "transparency of digital trade measures.\n"
)
SECOND = (
    "# Communication on the quintaplex initiative\n\n"
    "1. Members discussed the quintaplex initiative on customs duties on electronic "
    "transmissions and the moratorium.\n"
)


@pytest.fixture
def client(tmp_path: Path, corpus_copy: Path) -> Iterator[TestClient]:
    settings = make_settings(
        tmp_path,
        corpus_dir=corpus_copy,
        abstain_threshold=0.0,
        index_poll_seconds=0,  # the job swaps its build in itself
        admin_keys="admin-secret",
        max_file_mb=0.01,
    )
    build(settings, corpus_copy, settings.index_dir)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def finished(client: TestClient, response: Any) -> dict[str, Any]:
    assert response.status_code == 202, response.text
    job_id = response.json()["job_id"]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        job = client.get(f"/jobs/{job_id}", headers=ADMIN).json()
        if job["status"] in {"done", "failed"}:
            return dict(job)
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")


def found(client: TestClient, word: str) -> bool:
    passages = client.post("/search", json={"query": word, "k": 5}).json()["passages"]
    return any(word in p["text"] for p in passages)


def upload(name: str, content: bytes | str, metadata: dict[str, Any] | None = None) -> Any:
    raw = content.encode() if isinstance(content, str) else content
    data = {"metadata": json.dumps(metadata)} if metadata is not None else {}
    return {"files": {"file": (name, raw, "application/octet-stream")}, "data": data}


def test_writes_need_an_admin_key(client: TestClient) -> None:
    for headers in ({}, {"X-API-Key": "wrong"}):
        response = client.post("/documents", headers=headers, **upload("a.md", FIRST))
        assert response.status_code == 403
        assert "admin key" in response.json()["message"]
        assert client.delete("/documents/anything", headers=headers).status_code == 403
    assert client.get("/documents", headers=ADMIN).status_code == 200


def test_add_replace_delete(client: TestClient, corpus_copy: Path) -> None:
    before = client.get("/health").json()["documents"]
    job = finished(
        client,
        client.post(
            "/documents",
            headers={"Authorization": "Bearer admin-secret"},
            **upload("../../zorblefrax-note.md", FIRST, {"symbol": "JOB/GC/999"}),
        ),
    )
    assert job["status"] == "done", job
    assert job["doc_id"] == "zorblefrax-note" and job["progress"] == 1.0
    assert (corpus_copy / "zorblefrax-note.md").is_file()  # no path outside the corpus
    metadata = json.loads((corpus_copy / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["documents"]["zorblefrax-note.md"] == {"symbol": "JOB/GC/999"}
    assert found(client, "zorblefrax")
    assert client.get("/health").json()["documents"] == before + 1
    listed = {d["doc_id"]: d for d in client.get("/documents").json()["documents"]}
    assert listed["zorblefrax-note"]["symbol"] == "JOB/GC/999"

    again = client.post("/documents", headers=ADMIN, **upload("zorblefrax-note.md", SECOND))
    assert again.status_code == 409
    same = client.post("/documents", headers=ADMIN, **upload("copy.md", FIRST))
    assert same.status_code == 409 and "zorblefrax-note" in same.json()["message"]

    job = finished(
        client,
        client.put("/documents/zorblefrax-note", headers=ADMIN, **upload("new.md", SECOND)),
    )
    assert job["status"] == "done", job
    assert found(client, "quintaplex") and not found(client, "zorblefrax")
    assert client.get("/health").json()["documents"] == before + 1

    job = finished(client, client.delete("/documents/zorblefrax-note", headers=ADMIN))
    assert job["status"] == "done", job
    assert not found(client, "quintaplex")
    assert client.get("/documents/zorblefrax-note").status_code == 404
    assert not (corpus_copy / "zorblefrax-note.md").exists()
    metadata = json.loads((corpus_copy / "metadata.json").read_text(encoding="utf-8"))
    assert "zorblefrax-note.md" not in metadata["documents"]
    assert client.get("/health").json()["documents"] == before

    assert client.delete("/documents/zorblefrax-note", headers=ADMIN).status_code == 404
    assert client.put("/documents/nope", headers=ADMIN, **upload("x.md", FIRST)).status_code == 404
    assert client.get("/jobs/nope", headers=ADMIN).status_code == 404


def test_files_a_build_would_not_read_are_refused(client: TestClient, corpus_copy: Path) -> None:
    sheet = client.post("/documents", headers=ADMIN, **upload("figures.xlsx", b"PK\x03\x04"))
    assert sheet.status_code in {415, 422} and ".xlsx" in sheet.json()["message"]

    big = client.post("/documents", headers=ADMIN, **upload("big.md", FIRST * 200))
    assert big.status_code == 413 and "WTOQA_MAX_FILE_MB" in big.json()["message"]

    noise = bytes(range(256)) * 8
    garbled = client.post("/documents", headers=ADMIN, **upload("noise.txt", noise))
    assert garbled.status_code == 422 and "text" in garbled.json()["message"]

    bad_meta = client.post(
        "/documents", headers=ADMIN, **upload("m.md", FIRST) | {"data": {"metadata": "[1]"}}
    )
    assert bad_meta.status_code == 422

    assert not any(
        (corpus_copy / name).exists() for name in ("figures.xlsx", "big.md", "noise.txt")
    )


def test_a_failed_build_rolls_back(
    client: TestClient, corpus_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import api.corpus_writes

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(api.corpus_writes, "build", broken)
    serving = client.get("/health").json()["build_id"]
    job = finished(client, client.post("/documents", headers=ADMIN, **upload("z.md", FIRST)))
    assert job["status"] == "failed" and "disk full" in job["reason"]
    assert not (corpus_copy / "z.md").exists()
    assert client.get("/health").json()["build_id"] == serving
    assert not found(client, "zorblefrax")
