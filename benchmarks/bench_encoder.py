"""The encoder's backends side by side: query latency and passage throughput.

    .venv/bin/python benchmarks/bench_encoder.py [--queries 200] [--passages 512]
        [--threads 1 2] [--batch-sizes 16 32 64]

Baseline: torch through sentence-transformers (WTOQA_EMBEDDING_BACKEND=torch), the
path of every index built before the ONNX backend. In the same process, round by
round (each round runs every variant once, in turn, so a busy neighbour slows them
all alike): one query at a time, distinct texts (PIAF questions), and whole passage
batches (PIAF contexts' paragraphs, the build's path). Prints p50/p95 ms per query,
passages/s, the ratio to torch at the same thread count, and the cosine of each
backend's vectors to torch's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from indexing.embedders import load_embedder  # noqa: E402
from wtoqa.settings import DEFAULT_EMBEDDING_MODEL, Settings  # noqa: E402

PIAF = ROOT.parent / "shared" / "benchmarks" / "piaf" / "piaf-v1.0.json"
BACKENDS = ("torch", "onnx", "onnx-int8")


def piaf_texts(limit_q: int, limit_p: int) -> tuple[list[str], list[str]]:
    data = json.loads(PIAF.read_text(encoding="utf-8"))
    questions, paragraphs = [], []
    for article in data["data"]:
        for para in article["paragraphs"]:
            paragraphs.append(para["context"])
            questions.extend(qa["question"] for qa in para["qas"])
    return questions[:limit_q], paragraphs[:limit_p]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def set_threads(threads: int) -> None:
    import torch

    torch.set_num_threads(threads)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--passages", type=int, default=512)
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[32])
    parser.add_argument("--rounds", type=int, default=3, help="passage rounds per variant")
    args = parser.parse_args()

    settings = Settings()
    cache = settings.model_cache_dir
    questions, paragraphs = piaf_texts(args.queries, args.passages)
    print(f"model {DEFAULT_EMBEDDING_MODEL}, {len(questions)} queries, {len(paragraphs)} passages")
    print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores)")

    for threads in args.threads:
        set_threads(threads)
        encoders = {
            b: load_embedder(DEFAULT_EMBEDDING_MODEL, cache, 32, b, threads) for b in BACKENDS
        }
        # warm-up and agreement with torch
        reference = encoders["torch"].embed_queries(questions[:32])
        cosines = {
            b: float(np.mean(np.sum(e.embed_queries(questions[:32]) * reference, axis=1)))
            for b, e in encoders.items()
        }
        latencies: dict[str, list[float]] = {b: [] for b in BACKENDS}
        for q in questions:
            for b, e in encoders.items():
                started = time.perf_counter()
                e.embed_queries([q])
                latencies[b].append((time.perf_counter() - started) * 1000)
        base_p50 = statistics.median(latencies["torch"])
        base_p95 = percentile(latencies["torch"], 0.95)
        print(f"\nthreads={threads}: one query at a time ({len(questions)} distinct questions)")
        print(f"{'backend':<12}{'p50 ms':>9}{'p95 ms':>9}{'x torch p50':>13}{'x p95':>8}{'cos':>8}")
        for b in BACKENDS:
            p50, p95 = statistics.median(latencies[b]), percentile(latencies[b], 0.95)
            print(
                f"{b:<12}{p50:>9.2f}{p95:>9.2f}{base_p50 / p50:>13.2f}"
                f"{base_p95 / p95:>8.2f}{cosines[b]:>8.4f}"
            )

        print(f"threads={threads}: passages ({len(paragraphs)} PIAF contexts per round)")
        print(f"{'backend':<12}{'batch':>6}{'passages/s':>12}{'x torch 32':>12}")
        rates: dict[tuple[str, int], list[float]] = {}
        for _ in range(args.rounds):
            for batch in args.batch_sizes:
                for b, e in encoders.items():
                    if b != "onnx-int8":  # int8 embeds one text per call, always
                        e.batch_size = batch  # type: ignore[misc]
                    started = time.perf_counter()
                    e.embed_passages(paragraphs)
                    rate = len(paragraphs) / (time.perf_counter() - started)
                    rates.setdefault((b, batch), []).append(rate)
        base = statistics.median(rates.get(("torch", 32)) or rates[("torch", args.batch_sizes[0])])
        for (b, batch), values in sorted(rates.items()):
            rate = statistics.median(values)
            print(f"{b:<12}{batch:>6}{rate:>12.1f}{rate / base:>12.2f}")
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
