"""The `wtoqa` console script, run as a user runs it (fake embedder, temporary index)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, MODEL_CACHE, ROOT

WTOQA = [sys.executable, "-m", "wtoqa.cli"]


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("cli")
    values = {
        **os.environ,
        "WTOQA_INDEX_DIR": str(tmp / "index"),
        "WTOQA_CORPUS_DIR": str(CORPUS),
        "WTOQA_EMBEDDING_MODEL": "fake-hash-64",
        "WTOQA_MODEL_CACHE_DIR": str(MODEL_CACHE),
        "WTOQA_ABSTAIN_THRESHOLD": "0",
        "HF_HUB_OFFLINE": "1",
    }
    run(["index"], values)
    return values


def run(args: list[str], env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    result = subprocess.run(
        WTOQA + args, env=env, capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_index_reports_and_is_idempotent(env: dict[str, str]) -> None:
    again = run(["index"], env)
    assert "up to date: 2 documents" in again.stdout


def test_search_json_follows_the_contract(env: dict[str, str]) -> None:
    out = json.loads(run(["search", "droits de douane", "--k", "2", "--json"], env).stdout)
    assert len(out["passages"]) == 2
    assert {"passage_id", "doc_id", "title", "paragraph", "text", "score", "language"} <= set(
        out["passages"][0]
    )


def test_ask_prints_answer_and_sources(env: dict[str, str]) -> None:
    text = run(["ask", "Jusqu'à quand les droits de douane ?"], env).stdout
    assert "[1]" in text and "Sources:" in text and "paragraph 11" in text
    body = json.loads(run(["ask", "Jusqu'à quand les droits de douane ?", "--json"], env).stdout)
    assert body["status"] == "answered" and body["citations"][0]["quote"]


def test_errors_are_one_clear_line(env: dict[str, str], tmp_path: Path) -> None:
    bad_k = run(["search", "douane", "--k", "0"], env, check=False)
    assert bad_k.returncode == 2 and "--k must be between 1 and" in bad_k.stderr
    missing = run(
        ["search", "douane"], {**env, "WTOQA_INDEX_DIR": str(tmp_path / "none")}, check=False
    )
    assert missing.returncode == 2 and "no index at" in missing.stderr
    assert "Traceback" not in missing.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    no_docs = run(
        ["index", "--corpus", str(empty), "--index-dir", str(tmp_path / "i")], env, check=False
    )
    assert no_docs.returncode == 2 and "no readable document" in no_docs.stderr
    bad_env = run(["search", "douane"], {**env, "WTOQA_RRF_K": "zero"}, check=False)
    assert bad_env.returncode == 2 and "rrf_k" in bad_env.stderr.lower()


def test_eval_gold_writes_contract_metrics_and_report(env: dict[str, str], tmp_path: Path) -> None:
    out, html = tmp_path / "run.json", tmp_path / "run.html"
    result = run(
        [
            "eval",
            "--gold",
            str(ROOT / "evals" / "gold" / "gold.jsonl"),
            "--json",
            str(out),
            "--html",
            str(html),
            "--baselines",
        ],
        env,
    )
    assert "hit@5" in result.stdout and "lexical only" in result.stdout
    metrics = json.loads(out.read_text())
    for key in (
        "questions",
        "answerable",
        "hit@1",
        "hit@3",
        "hit@5",
        "mrr",
        "answer_accuracy",
        "citation_recall",
        "citation_precision",
        "quote_faithfulness",
        "abstention_accuracy",
        "false_abstention_rate",
        "by_lang",
        "latency_ms",
    ):
        assert key in metrics, key
    assert set(metrics["by_lang"]) == {"en", "fr"}
    page = html.read_text()
    assert "<svg" in page and "hit@k" in page and "http" not in page.split("<h1>")[0]
    compared = run(["eval", "--compare", str(out), str(out)], env)
    assert "hit@5" in compared.stdout


def test_serve_with_several_processes(env: dict[str, str]) -> None:
    import socket
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    refused = run(["serve", "--workers", "2"], {**env, "WTOQA_ADMIN_KEYS": "k"}, check=False)
    assert refused.returncode != 0 and "one server process" in refused.stderr
    lite = {**env, "WTOQA_STORE": "milvus", "WTOQA_MILVUS_URI": "/tmp/none.db"}
    refused = run(["serve", "--workers", "2"], lite, check=False)
    assert refused.returncode != 0 and "one process at a time" in refused.stderr
    server = subprocess.Popen(
        [*WTOQA, "serve", "--workers", "2", "--port", str(port)],
        env={**env, "WTOQA_INDEX_POLL_SECONDS": "0"},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.time() + 90
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            while True:
                try:
                    if client.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert server.poll() is None and time.time() < deadline, "no server"
                time.sleep(0.3)
            for question in ("droits de douane", "examens périodiques", "moratorium"):
                response = client.post("/search", json={"query": question, "k": 2})
                assert response.status_code == 200 and len(response.json()["passages"]) == 2
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert "with 2 processes" in err
