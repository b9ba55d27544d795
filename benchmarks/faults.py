"""Fault campaign: what must hold while documents come and go and inputs go wrong.

Bounded in count and time, loopback only. Uses the deterministic fake embedder
(`fake-hash-64`), so it measures the mechanisms (builds, swaps, checks, the API), not
the model. Prints `class: tried N, failed M` per class; exit status 1 if any failed.

    .venv/bin/python benchmarks/faults.py [--kills 10] [--fuzz 300] [--seconds 60]

Classes:
- kill -9 during builds: `wtoqa index --force` killed at a random moment; the index
  must then pass `wtoqa index --check` (the previous build serves) and the next build
  must succeed.
- damaged index files: one byte flipped in each file of a build; `--check` must fail.
- fuzzed requests: random bodies to every question endpoint and the write routes; no 5xx.
- uploads and deletions under load: 8 clients search and ask while a document is
  uploaded, then deleted, through the API; 0 failed requests, the document answered
  within 60 s of its upload and gone within 60 s of its deletion.
- a build beside the server: `wtoqa index` in another process adds a document; the
  running server serves it within 60 s, 0 failed requests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import ClassVar

import httpx

ROOT = Path(__file__).resolve().parents[1]
WTOQA = str(ROOT / ".venv" / "bin" / "wtoqa")
ADMIN = "campaign-admin-key"


def env_for(corpus: Path, index: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WTOQA_")}
    env.update(
        HF_HUB_OFFLINE="1",
        WTOQA_EMBEDDING_MODEL="fake-hash-64",
        WTOQA_CORPUS_DIR=str(corpus),
        WTOQA_INDEX_DIR=str(index),
        WTOQA_ADMIN_KEYS=ADMIN,
        WTOQA_INDEX_POLL_SECONDS="1",
        WTOQA_ABSTAIN_THRESHOLD="0",
    )
    return env


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)


def kills_during_builds(work: Path, count: int, rng: random.Random) -> tuple[int, int]:
    corpus, index = work / "corpus", work / "index-kill"
    env = env_for(corpus, index)
    assert run([WTOQA, "index"], env).returncode == 0
    failed = 0
    for _ in range(count):
        process = subprocess.Popen(
            [WTOQA, "index", "--force"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.05, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if run([WTOQA, "index", "--check"], env).returncode != 0:
            failed += 1
    if (
        run([WTOQA, "index"], env).returncode != 0
        or run([WTOQA, "index", "--check"], env).returncode
    ):
        failed += 1
    return count + 1, failed


def damaged_files(work: Path, rng: random.Random) -> tuple[int, int]:
    corpus, index = work / "corpus", work / "index-damage"
    env = env_for(corpus, index)
    assert run([WTOQA, "index"], env).returncode == 0
    build = (index / "current").resolve()
    files = [p for p in sorted(build.rglob("*")) if p.is_file() and p.stat().st_size > 0]
    failed = 0
    for path in files:
        original = path.read_bytes()
        data = bytearray(original)
        position = rng.randrange(len(data))
        data[position] ^= 0xFF
        path.write_bytes(bytes(data))
        if run([WTOQA, "index", "--check"], env).returncode == 0:
            failed += 1
            print(f"  undetected: {path.name} byte {position}", file=sys.stderr)
        path.write_bytes(original)
    return len(files), failed


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, corpus: Path, index: Path) -> None:
        self.env = env_for(corpus, index)
        assert run([WTOQA, "index"], self.env).returncode == 0
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [WTOQA, "serve", "--port", str(self.port)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


def fuzz(server: Server, count: int, rng: random.Random) -> tuple[int, int]:
    pieces: list[object] = [
        "",
        " ",
        "?",
        "42",
        "\u0000",
        "\ud7ff",
        "moratoire",
        "x" * 5000,
        -1,
        0,
        1,
        10**9,
        True,
        None,
        [],
        {},
        [[[[[]]]]],
        {"a": {"b": {"c": {}}}},
        3.5,
        "🇫🇷",
        "\ufeff",
        "' OR 1=1 --",
    ]
    fields = ["question", "query", "k", "history", "filters", "messages", "model", "stream"]
    paths = ["/ask", "/search", "/v1/chat/completions", "/ask/stream"]
    failed = 0
    with httpx.Client(base_url=server.url, timeout=30) as client:
        for _ in range(count):
            body = {rng.choice(fields): rng.choice(pieces) for _ in range(rng.randint(0, 4))}
            path = rng.choice(paths)
            try:
                if rng.random() < 0.2:
                    raw = json.dumps(body)[: rng.randint(0, 40)].encode() + bytes(
                        [rng.randrange(256)]
                    )
                    response = client.post(
                        path, content=raw, headers={"content-type": "application/json"}
                    )
                else:
                    response = client.post(path, json=body)
                if response.status_code >= 500:
                    failed += 1
            except httpx.HTTPError:
                failed += 1
        for _ in range(max(1, count // 10)):  # uploads of junk through the write route
            junk = bytes(rng.randrange(256) for _ in range(rng.randint(0, 3000)))
            name = rng.choice(["a.txt", "b.md", "c.pdf", "d.xlsx", "../e.txt", ".f", "g.docx"])
            response = client.post(
                "/documents", files={"file": (name, junk)}, headers={"X-API-Key": ADMIN}
            )
            if response.status_code >= 500:
                failed += 1
    return count + max(1, count // 10), failed


class Load:
    """8 clients asking and searching distinct questions until stopped."""

    QUESTIONS: ClassVar[list[str]] = [
        "Que couvre le moratoire ?",
        "When were the periodic reviews mandated?",
        "Quelle est la proposition de l'Inde ?",
        "programme de travail",
        "transmissions électroniques",
        "Who must report to the next session?",
    ]

    def __init__(self, url: str) -> None:
        self.url, self.stop = url, threading.Event()
        self.requests = self.failures = 0
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self._client, args=(n,)) for n in range(8)]
        for thread in self.threads:
            thread.start()

    def _client(self, n: int) -> None:
        with httpx.Client(base_url=self.url, timeout=30) as client:
            i = n
            while not self.stop.is_set():
                i += 1
                text = f"{self.QUESTIONS[i % len(self.QUESTIONS)]} {i}"
                try:
                    if i % 2:
                        ok = client.post("/search", json={"query": text}).status_code == 200
                    else:
                        ok = client.post("/ask", json={"question": text}).status_code == 200
                except httpx.HTTPError:
                    ok = False
                with self.lock:
                    self.requests += 1
                    self.failures += not ok

    def finish(self) -> tuple[int, int]:
        self.stop.set()
        for thread in self.threads:
            thread.join()
        return self.requests, self.failures


def found(client: httpx.Client, word: str) -> bool:
    passages = client.post("/search", json={"query": word, "k": 3}).json()["passages"]
    return any(word in p["text"] for p in passages)


def wait_for(predicate, seconds: float) -> float | None:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if predicate():
            return time.monotonic() - started
        time.sleep(0.5)
    return None


def uploads_under_load(server: Server, seconds: float) -> tuple[int, int, str]:
    word = "zyxquorumtest"
    load = Load(server.url)
    failed = 0
    with httpx.Client(base_url=server.url, timeout=30) as client:
        text = f"# Test upload\n\nThe {word} paragraph says the moratorium is examined.\n"
        response = client.post(
            "/documents",
            files={"file": ("campaign-upload.md", text.encode())},
            headers={"X-API-Key": ADMIN},
        )
        failed += response.status_code != 202
        added = wait_for(lambda: found(client, word), seconds)
        failed += added is None
        doc_id = "campaign-upload"
        response = client.delete(f"/documents/{doc_id}", headers={"X-API-Key": ADMIN})
        failed += response.status_code != 202
        gone = wait_for(lambda: not found(client, word), seconds)
        failed += gone is None
    requests, failures = load.finish()
    detail = (
        f"upload served after {added if added is None else round(added, 1)} s, deletion "
        f"after {gone if gone is None else round(gone, 1)} s; {requests} requests under load, "
        f"{failures} failed"
    )
    return 4 + requests, failed + failures, detail


def kills_during_uploads(work: Path, count: int, rng: random.Random) -> tuple[int, int]:
    """kill -9 of the server while an upload job runs; the index must pass --check, the
    uploaded file must be absent or whole, and a restarted server must serve."""
    corpus, index = work / "corpus", work / "index-upload-kill"
    failed = 0
    text = "# Killed upload\n\n" + "The killed upload paragraph. " * 2000 + "\n"
    for n in range(count):
        server = Server(corpus, index)
        try:
            httpx.post(
                server.url + "/documents",
                files={"file": (f"killed-{n}.md", text.encode())},
                headers={"X-API-Key": ADMIN},
                timeout=30,
            )
            time.sleep(rng.uniform(0.0, 1.5))
        finally:
            server.process.send_signal(signal.SIGKILL)
            server.process.wait()
        if run([WTOQA, "index", "--check"], server.env).returncode != 0:
            failed += 1
        stored = corpus / f"killed-{n}.md"
        if stored.exists() and stored.read_text(encoding="utf-8") != text:
            failed += 1
        restarted = Server(corpus, index)  # builds what the corpus now holds, then serves
        try:
            failed += httpx.get(restarted.url + "/health", timeout=10).status_code != 200
        finally:
            restarted.stop()
    return count, failed


def build_beside_server(server: Server, corpus: Path, seconds: float) -> tuple[int, int, str]:
    word = "qwertybesidetest"
    load = Load(server.url)
    (corpus / "beside.md").write_text(f"# Beside\n\nThe {word} paragraph.\n", encoding="utf-8")
    failed = run([WTOQA, "index"], server.env).returncode != 0
    with httpx.Client(base_url=server.url, timeout=30) as client:
        served = wait_for(lambda: found(client, word), seconds)
    requests, failures = load.finish()
    detail = (
        f"served after {served if served is None else round(served, 1)} s; {requests} requests "
        f"under load, {failures} failed"
    )
    return 2 + requests, int(failed) + (served is None) + failures, detail


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--fuzz", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    results: list[tuple[str, int, int, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "corpus", work / "corpus")
        tried, failed = kills_during_builds(work, args.kills, rng)
        results.append(("kill -9 during builds", tried, failed, ""))
        tried, failed = damaged_files(work, rng)
        results.append(("damaged index files detected by --check", tried, failed, ""))
        tried, failed = kills_during_uploads(work, max(1, args.kills // 4), rng)
        results.append(("kill -9 during API uploads", tried, failed, ""))
        server = Server(work / "corpus", work / "index-serve")
        try:
            tried, failed = fuzz(server, args.fuzz, rng)
            results.append(("fuzzed requests without a 5xx", tried, failed, ""))
            results.append(
                ("uploads and deletions under load", *uploads_under_load(server, args.seconds))
            )
            results.append(
                (
                    "a build beside the server",
                    *build_beside_server(server, work / "corpus", args.seconds),
                )
            )
        finally:
            server.stop()
    for name, tried, failed, detail in results:
        print(f"{name}: tried {tried}, failed {failed}" + (f" ({detail})" if detail else ""))
    return 1 if any(failed for _, _, failed, _ in results) else 0


if __name__ == "__main__":
    sys.exit(main())
