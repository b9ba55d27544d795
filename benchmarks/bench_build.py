"""Index build rate by encoder backend, on the same corpus, in the same run.

    .venv/bin/python benchmarks/bench_build.py [--corpus DIR ...]
        [--configs torch:0:32 onnx-int8:1:16 ...]

Baseline: the torch path (sentence-transformers, batch 32), how every index was built
before the ONNX backend. Each configuration builds the corpus from scratch
(`answering.service.build`, force, a fresh index folder: every passage embedded),
through the normal pipeline: loading, segmentation, embedding, FAISS and BM25,
writing. Prints seconds, passages/s and the ratio to the baseline. The default
corpus is the seeds and the development corpus (about 500 passages of WTO
documents with their context headers).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from answering.service import build  # noqa: E402
from indexing.embedders import embedder_for  # noqa: E402
from wtoqa.settings import Settings  # noqa: E402

DEFAULT_CORPORA = [
    ROOT / "corpus",
    ROOT / "evals" / "corpora" / "dev" / "tune",
    ROOT / "evals" / "corpora" / "dev" / "heldout",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=DEFAULT_CORPORA)
    parser.add_argument(
        "--configs",
        nargs="+",
        default=["torch:0:32", "onnx:0:16", "onnx-int8:0:16", "onnx-int8:1:16"],
        help="backend:threads:batch to build with; the first is the baseline (the torch "
        "path before the ONNX backend: all cores, batch 32)",
    )
    args = parser.parse_args()

    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="wtoqa-bench-build-") as tmp:
        corpus = Path(tmp) / "corpus"
        for folder in args.corpus:
            shutil.copytree(folder, corpus / folder.resolve().name)
        configs = []
        for config in args.configs:
            backend, threads, batch = config.split(":")
            configs.append((backend, int(threads), int(batch)))
        print(
            f"{'backend':<11}{'threads':>8}{'batch':>6}{'passages':>10}{'seconds':>9}"
            f"{'passages/s':>12}{'x baseline':>12}"
        )
        baseline = None
        for n, (backend, threads, batch) in enumerate(configs):
            settings = Settings(
                embedding_backend=backend,  # type: ignore[arg-type]
                encoder_threads=threads,
                embedding_batch_size=batch,
            )
            embedder_for(settings)  # model loading (and a first ONNX export) is not build time
            index_dir = Path(tmp) / f"index-{n}"
            started = time.perf_counter()
            report = build(settings, corpus, index_dir, force=True)
            seconds = time.perf_counter() - started
            rate = report.embedded / seconds
            baseline = baseline or rate
            print(
                f"{backend:<11}{threads or 'auto':>8}{batch:>6}{report.embedded:>10}"
                f"{seconds:>9.1f}{rate:>12.1f}{rate / baseline:>11.2f}x"
            )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
