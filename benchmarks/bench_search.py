"""Index build rate, warm /search latency and server memory on synthetic corpora.

    .venv/bin/python benchmarks/bench_search.py [--sizes 1000 10000 100000]
        [--real-max 10000] [--queries 200]

For each size: writes a synthetic French corpus, builds the index through the
normal pipeline (`answering.service.build`), starts a real `wtoqa serve` on a
loopback port, sends warm-up then timed /search requests, and reads the
server's resident memory. Sizes above --real-max use the 384-dimension hashing
embedder (`fake-hash-384`, the e5 dimension) because the real model embeds
about 50 passages/s on 2 cores; those rows say so, and their build rate
excludes model time.

Baselines, in the same process: /health on the same server (the HTTP floor),
and exact NumPy dot-product search against FAISS over the same vectors.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answering.service import build  # noqa: E402
from indexing.dense import DenseIndex  # noqa: E402
from indexing.store import load_index  # noqa: E402
from wtoqa.settings import Settings  # noqa: E402

WORDS = (
    "commerce électronique droits douane transmissions membres conseil général examens "
    "périodiques programme travail développement pays avancés connectivité internet "
    "logiciels données protection consommateurs entreprises producteurs fournisseurs "
    "ministérielle conférence session décision mandat organes rapports recommandations "
    "mesures technologie ateliers fracture numérique économie finances transparence "
    "prévisibilité discrimination téléphonie mobile nuage informatique accès sites"
).split()
QUERIES = [
    "droits de douane sur les transmissions électroniques",
    "examens périodiques du Conseil général",
    "fracture numérique des pays en développement",
    "protection des données et des consommateurs",
    "What does the moratorium cover?",
    "petites et moyennes entreprises",
]


def synthetic_corpus(directory: Path, passages: int, seed: int = 0) -> None:
    rnd = random.Random(seed)
    per_file = 1000
    for f in range(0, passages, per_file):
        paragraphs = []
        for _ in range(min(per_file, passages - f)):
            words = [rnd.choice(WORDS) for _ in range(rnd.randint(25, 60))]
            paragraphs.append(" ".join(words).capitalize() + ".")
        (directory / f"doc-{f // per_file:04d}.txt").write_text("\n\n".join(paragraphs))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(env: dict[str, str]) -> Iterator[tuple[httpx.Client, int]]:
    """A real `wtoqa serve` on a free loopback port: (client, server pid), once healthy."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "wtoqa.cli", "serve", "--port", str(port)],
        env={**os.environ, "HF_HUB_OFFLINE": "1", **env},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            deadline = time.time() + 300
            while True:
                try:
                    if client.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.time() > deadline or server.poll() is not None:
                    raise RuntimeError("the server did not start (is there an index?)")
                time.sleep(0.3)
            yield client, server.pid
    finally:
        server.terminate()
        server.wait(timeout=30)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def timed_requests(
    client: httpx.Client, method: str, path: str, bodies: list[dict | None], n: int
) -> list[float]:
    latencies = []
    for i in range(n):
        started = time.perf_counter()
        response = client.request(method, path, json=bodies[i % len(bodies)])
        latencies.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return latencies


def bench_size(size: int, model: str, queries: int, work: Path) -> dict[str, float | str]:
    corpus, index_dir = work / f"corpus-{size}", work / f"index-{size}"
    corpus.mkdir()
    synthetic_corpus(corpus, size)
    settings = Settings(corpus_dir=corpus, index_dir=index_dir, embedding_model=model)
    started = time.perf_counter()
    report = build(settings, corpus, index_dir)
    build_s = time.perf_counter() - started

    env = {
        "WTOQA_INDEX_DIR": str(index_dir),
        "WTOQA_CORPUS_DIR": str(corpus),
        "WTOQA_EMBEDDING_MODEL": model,
    }
    with serving(env) as (client, pid):
        # every request a distinct text, so none is answered from the query-vector cache
        warm: list[dict | None] = [
            {"query": f"{q} (warm-up {i})", "k": 5} for i, q in enumerate(QUERIES * 4)
        ]
        timed_requests(client, "POST", "/search", warm, 20)
        bodies: list[dict | None] = [
            {"query": f"{QUERIES[i % len(QUERIES)]} {i}", "k": 5} for i in range(queries)
        ]
        search = timed_requests(client, "POST", "/search", bodies, queries)
        health = timed_requests(client, "GET", "/health", [None], queries)
        memory = rss_mb(pid)

    # FAISS against the exact NumPy baseline, same vectors, same process.
    index = load_index(index_dir)
    vectors = index.embeddings
    rng = np.random.default_rng(0)
    probes = vectors[rng.integers(0, len(vectors), 50)]
    dense = DenseIndex.build(vectors, "Flat")
    t0 = time.perf_counter()
    for v in probes:
        dense.search(v, 100)
    faiss_ms = (time.perf_counter() - t0) / len(probes) * 1000
    t0 = time.perf_counter()
    for v in probes:
        sims = vectors @ v
        np.argpartition(-sims, 99)[:100]
    numpy_ms = (time.perf_counter() - t0) / len(probes) * 1000

    return {
        "passages": report.passages,
        "model": model,
        "build_s": build_s,
        "build_rate": report.passages / build_s,
        "search_p50": statistics.median(search),
        "search_p95": percentile(search, 0.95),
        "health_p50": statistics.median(health),
        "rss_mb": memory,
        "faiss_ms": faiss_ms,
        "numpy_ms": numpy_ms,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument(
        "--real-max", type=int, default=10_000, help="largest size embedded with the real model"
    )
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="wtoqa-bench-") as tmp:
        for size in args.sizes:
            model = "multilingual-e5-small" if size <= args.real_max else "fake-hash-384"
            print(f"... {size} passages with {model}", file=sys.stderr, flush=True)
            rows.append(bench_size(size, model, args.queries, Path(tmp)))
    header = (
        f"{'passages':>9} {'embedder':<22} {'build s':>8} {'passages/s':>11} "
        f"{'/search p50':>12} {'p95 ms':>7} {'/health p50':>12} {'ratio':>6} "
        f"{'RSS MB':>7} {'FAISS ms':>9} {'NumPy ms':>9} {'ratio':>6}"
    )
    print(header)
    for r in rows:
        print(
            f"{r['passages']:>9} {r['model']:<22} {r['build_s']:>8.1f} {r['build_rate']:>11.1f} "
            f"{r['search_p50']:>12.2f} {r['search_p95']:>7.2f} {r['health_p50']:>12.2f} "
            f"{r['search_p50'] / r['health_p50']:>6.1f} {r['rss_mb']:>7.0f} "
            f"{r['faiss_ms']:>9.3f} {r['numpy_ms']:>9.3f} "
            f"{r['numpy_ms'] / r['faiss_ms']:>6.2f}"
        )
    print("ratio 1: /search p50 over /health p50 on the same warm server (HTTP floor).")
    print("ratio 2: exact NumPy top-100 over FAISS Flat top-100, same vectors, same process.")
    print("fake-hash-384 rows exclude model time; the real model embeds ~50 passages/s here.")


if __name__ == "__main__":
    main()
