"""/ask latency on the seed corpus, warm, with its breakdown (embed, search, compose).

    .venv/bin/python benchmarks/bench_ask.py [--rounds 5]

Starts a real `wtoqa serve` on a loopback port over the configured index (run
`wtoqa index` first), sends every gold question --rounds times after a warm-up
on other texts, and prints p50/p95 of /ask over HTTP for questions asked the
first time and repeated (repeats reuse the cached query vector), beside /health
on the same server (the HTTP floor, the named baseline). Then, in this process,
the same questions once each through QAService.ask with per-stage timings.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answering.service import QAService, Timings  # noqa: E402
from answering.types import Message  # noqa: E402
from benchmarks.bench_search import percentile, serving  # noqa: E402
from wtoqa.settings import get_settings  # noqa: E402


def gold_requests() -> list[dict]:
    rows = [
        json.loads(line)
        for line in (ROOT / "evals" / "gold" / "gold.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    ]
    return [{"question": r["question"], "history": r.get("history", [])} for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    requests = gold_requests()
    with serving({}) as (client, _pid):
        for body in requests[:10]:  # warm-up on other texts: the timed ones stay uncached
            client.post("/ask", json={**body, "question": f"{body['question']} (warm-up)"})
        first_ms: list[float] = []
        repeat_ms: list[float] = []
        health_ms: list[float] = []
        for round_ in range(args.rounds):
            for body in requests:
                t = time.perf_counter()
                client.post("/ask", json=body).raise_for_status()
                (first_ms if round_ == 0 else repeat_ms).append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                client.get("/health")
                health_ms.append((time.perf_counter() - t) * 1000)

    service = QAService.from_settings(get_settings())
    for body in requests[:10]:
        service.ask(f"{body['question']} (warm-up)")
    stages: dict[str, list[float]] = {}
    totals = []
    for body in requests:
        timings = Timings()
        t = time.perf_counter()
        history = [Message(m["role"], m["content"]) for m in body["history"]]
        service.ask(body["question"], history=history, timings=timings)
        totals.append((time.perf_counter() - t) * 1000)
        for stage, ms in timings.stages.items():
            stages.setdefault(stage, []).append(ms)

    health_p50 = statistics.median(health_ms)
    print(f"/ask over HTTP, warm server on 127.0.0.1, {len(requests)} gold questions")
    for label, values in (("first time", first_ms), (f"repeated x{args.rounds - 1}", repeat_ms)):
        if values:
            p50, p95 = statistics.median(values), percentile(values, 0.95)
            print(
                f"  /ask {label:<12} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   "
                f"p50 / /health p50 = {p50 / health_p50:.1f}"
            )
    print(
        f"  /health (baseline, HTTP floor) p50 {health_p50:7.1f} ms   "
        f"p95 {percentile(health_ms, 0.95):7.1f} ms"
    )
    print(f"in process, QAService.ask, {len(totals)} questions asked once each:")
    total_p50, total_p95 = statistics.median(totals), percentile(totals, 0.95)
    print(f"  total   p50 {total_p50:7.1f} ms   p95 {total_p95:7.1f} ms")
    for stage, values in stages.items():
        p50, p95 = statistics.median(values), percentile(values, 0.95)
        print(f"  {stage:<7} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")


if __name__ == "__main__":
    main()
