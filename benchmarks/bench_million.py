"""A million passages on one 2-core machine: build, choose the FAISS index, serve, time.

    .venv/bin/python benchmarks/bench_million.py [--passages 1000000] [--queries 300]
        [--work .wtoqa/bench/million] [--faiss auto|<index_factory string>]

How the corpus is synthesised (embedding a million real passages would take
about seven hours here at ~40 passages/s):

1. Real passages: the paragraphs of the PIAF contexts (French Wikipedia) and
   the passages of corpus/ and evals/corpora/dev/ (WTO documents in French,
   English and Spanish, cut by the build's own passages_of), embedded once
   with the real model (multilingual-e5-small) and cached under --work, with
   real questions (the gold sets' and PIAF's) as queries.
2. Synthetic passages: each of the --passages rows takes a real "base"
   passage and one of its 20 nearest real neighbours of the same language (a
   "partner"); its text is the base's sentences with one of them replaced by
   (or, for a one-sentence base, followed by) a sentence of the partner; its
   vector is the normalised mix a*base + (1-a)*partner, a ~ U(0.55, 0.95),
   plus noise drawn from the real vectors' own covariance (not isotropic
   Gaussian), so neighbourhoods are those of real text: tight clusters
   around each real passage, joined to its real neighbours. Passages are
   grouped 50 to a synthetic document that inherits a real document's title
   (numbered), language and kind, with a random date.
3. The index folder is written directly in the store's format
   (indexing/store.py: documents.jsonl, passages.jsonl, embeddings.npy,
   dense.faiss, bm25/, manifest.json with every file's checksum), so
   `wtoqa serve` loads it unchanged. BM25 tokens are the build's own
   analyser's, computed once per real sentence and per document header:
   the analyser works word by word, so a passage's tokens are the
   concatenation of its sentences' tokens.

Then: FAISS candidates are built over the million vectors and timed against
exact search (recall@10 on --queries + 40 real question vectors, single-query
latency at the retriever's depth of 100, build time, size on disk); the fastest
with recall@10 >= 0.95 (or the smallest on disk within 10% of its latency) is
written into the build with its nprobe / efSearch saved in the file (or
--faiss names one). HNSW32 is tried above 200,000 passages only with --hnsw
(~6,000 vectors/s to build on 2 cores). Built candidates and the synthetic
build are cached under --work, so a second run only measures. Load is
profiled stage by stage in child processes (mapped, and every file read into
memory as the baseline), then a real `wtoqa serve` is started and timed from
process start to /health 200; /search is timed over HTTP with distinct real
questions (warm), then the same questions again (query vectors cached: all
but the encoder); resident memory is read from /proc (VmRSS, and its
anonymous and file-mapped parts: mapped index pages are the page cache's,
shared and reclaimable).

Baselines, in the same run: /health on the same server (the HTTP floor) and
exact search (FAISS Flat) against the chosen index, same vectors and queries.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_search import percentile, serving, timed_requests  # noqa: E402
from indexing.dense import DenseIndex  # noqa: E402

MODEL = "multilingual-e5-small"
PIAF = ROOT.parent / "shared" / "benchmarks" / "piaf" / "piaf-v1.0.json"
REAL_CORPORA = (ROOT / "corpus", ROOT / "evals" / "corpora" / "dev")
GOLD = sorted((ROOT / "evals" / "gold").glob("*.jsonl"))
PASSAGES_PER_DOCUMENT = 50
NEIGHBOURS = 20
#: Scale of the covariance-shaped noise: synthetic passages stay near their base
#: (median cosine ~0.95) but are never duplicates of one another.
NOISE = 0.35
SYNTH_VERSION = 1
SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[\w«\"(])")
CANDIDATES: tuple[tuple[str, dict[str, list[int]]], ...] = (
    ("Flat", {}),
    ("IVF1024,Flat", {"nprobe": [16, 32, 64, 128]}),
    ("IVF1024,SQ8", {"nprobe": [32, 64, 128]}),
    ("IVF4096,Flat", {"nprobe": [32, 64, 128, 256]}),
    ("IVF4096,SQ8", {"nprobe": [64, 128, 256]}),
    ("HNSW32", {"efSearch": [64, 128, 256]}),
)
#: HNSW's build is the slowest by far on 2 cores; above this size only with --hnsw.
HNSW_MAX = 200_000
DEPTH = 100  # the retriever's candidates per ranking (HybridRetriever.candidates)


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def load_average() -> str:
    return "load average " + " ".join(Path("/proc/loadavg").read_text().split()[:3])


# -- 1. real passages, embedded once -------------------------------------------------


@dataclass
class Sources:
    """Real passages (text split into sentences, language, kind, document) and vectors."""

    sentences: list[list[str]]
    languages: list[str]
    kinds: list[str]
    documents: list[int]  # index into metas
    metas: list[dict[str, Any]]  # title, language, kind, body of each real document
    vectors: np.ndarray
    queries: list[str]
    query_vectors: np.ndarray


def real_passages() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(passages, document metas) of PIAF and the WTO corpora, in a fixed order."""
    from indexing.corpus import load_document, scan
    from indexing.store import passages_of

    passages: list[dict[str, Any]] = []
    metas: list[dict[str, Any]] = []
    for corpus_dir in REAL_CORPORA:
        for sub in sorted({p.parent for p in corpus_dir.rglob("metadata.json")}):
            corpus = scan(sub)
            for rel in corpus.files:
                try:
                    document = load_document(corpus, rel)
                except Exception as exc:  # a file the loaders refuse is just not a source
                    say(f"skipped {rel}: {exc}")
                    continue
                meta = document.meta
                metas.append(
                    {"title": meta.title, "language": meta.language}
                    | {"kind": meta.kind, "body": meta.body}
                )
                for p in passages_of(document, 1200):
                    passages.append(
                        {"text": p.text, "language": p.language, "kind": p.kind}
                        | {"document": len(metas) - 1}
                    )
    piaf = json.loads(PIAF.read_text(encoding="utf-8"))
    for article in piaf["data"]:
        metas.append({"title": article["title"], "language": "fr", "kind": None, "body": None})
        for paragraph in article["paragraphs"]:
            passages.append(
                {"text": paragraph["context"], "language": "fr", "kind": "body"}
                | {"document": len(metas) - 1}
            )
    return passages, metas


def real_questions(limit: int) -> list[str]:
    """Distinct real questions: the gold sets' (WTO, three languages), then PIAF's."""
    questions: list[str] = []
    for path in GOLD:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                questions.append(json.loads(line)["question"])
    piaf = json.loads(PIAF.read_text(encoding="utf-8"))
    rnd = random.Random(1)
    extra = [q["question"] for a in piaf["data"] for p in a["paragraphs"] for q in p["qas"]]
    rnd.shuffle(extra)
    questions += extra
    return list(dict.fromkeys(q.strip() for q in questions if q.strip()))[:limit]


def sources(work: Path, queries: int) -> Sources:
    cache = work.parent / "sources"  # shared by every size
    if not (cache / "vectors.npy").is_file():
        from indexing.embedders import load_embedder

        passages, metas = real_passages()
        questions = real_questions(max(queries, 600))
        say(f"embedding {len(passages)} real passages and {len(questions)} questions once")
        embedder = load_embedder(MODEL, ROOT / ".wtoqa" / "models")
        started = time.perf_counter()
        vectors = embedder.embed_passages([p["text"] for p in passages], progress=True)
        query_vectors = embedder.embed_queries(questions)
        say(f"embedded in {time.perf_counter() - started:.0f} s")
        cache.mkdir(parents=True, exist_ok=True)
        (cache / "passages.json").write_text(
            json.dumps({"passages": passages, "metas": metas, "questions": questions}),
            encoding="utf-8",
        )
        np.save(cache / "query_vectors.npy", query_vectors.astype(np.float32))
        np.save(cache / "vectors.npy", vectors.astype(np.float32))
    data = json.loads((cache / "passages.json").read_text(encoding="utf-8"))
    rows = data["passages"]
    return Sources(
        sentences=[SENTENCE.split(r["text"].strip()) for r in rows],
        languages=[r["language"] for r in rows],
        kinds=[r["kind"] for r in rows],
        documents=[r["document"] for r in rows],
        metas=data["metas"],
        vectors=np.load(cache / "vectors.npy"),
        queries=data["questions"][:queries],
        query_vectors=np.load(cache / "query_vectors.npy")[:queries],
    )


# -- 2. synthetic corpus, written in the store's format ------------------------------


def neighbours_of(src: Sources) -> np.ndarray:
    """Each real passage's NEIGHBOURS nearest real passages of its own language."""
    sims = src.vectors @ src.vectors.T
    languages = np.array(src.languages)
    sims[languages[:, None] != languages[None, :]] = -2.0
    np.fill_diagonal(sims, -2.0)
    return np.argsort(-sims, axis=1)[:, :NEIGHBOURS]


def covariance_noise(src: Sources, n: int, rng: np.random.Generator) -> np.ndarray:
    """n noise vectors with the real vectors' covariance (unit norm in expectation)."""
    centred = src.vectors - src.vectors.mean(axis=0)
    _, singular, basis = np.linalg.svd(centred, full_matrices=False)
    scale = singular / np.sqrt(np.sum(singular**2))  # sum of variances = 1
    z = rng.standard_normal((n, len(scale))).astype(np.float32)
    return (z * scale.astype(np.float32)) @ basis.astype(np.float32)


def synthesise(src: Sources, n: int, build: Path, rng: np.random.Generator) -> dict[str, Any]:
    """Write documents.jsonl, passages.jsonl, embeddings.npy and bm25/ for n passages."""
    from indexing.analyzers import analyzer
    from indexing.documents import Passage
    from indexing.lexical import LexicalIndex
    from indexing.metadata import document_header

    started = time.perf_counter()
    neighbours = neighbours_of(src)
    by_document: dict[int, list[int]] = {}
    for i, d in enumerate(src.documents):
        by_document.setdefault(d, []).append(i)
    real_docs = sorted(by_document)
    n_docs = -(-n // PASSAGES_PER_DOCUMENT)
    doc_source = rng.choice(real_docs, size=n_docs)
    doc_of = np.arange(n) // PASSAGES_PER_DOCUMENT
    base = np.array([rng.choice(by_document[int(doc_source[d])]) for d in doc_of])
    partner = neighbours[base, rng.integers(0, NEIGHBOURS, size=n)]
    weight = rng.uniform(0.55, 0.95, size=n).astype(np.float32)

    vectors = np.lib.format.open_memmap(
        build / "embeddings.npy", mode="w+", dtype=np.float32, shape=(n, src.vectors.shape[1])
    )
    chunk = 100_000
    for start in range(0, n, chunk):
        stop = min(n, start + chunk)
        w = weight[start:stop, None]
        mixed = w * src.vectors[base[start:stop]] + (1 - w) * src.vectors[partner[start:stop]]
        mixed += NOISE * covariance_noise(src, stop - start, rng)
        mixed /= np.linalg.norm(mixed, axis=1, keepdims=True)
        vectors[start:stop] = mixed
    vectors.flush()
    say(f"vectors written ({time.perf_counter() - started:.0f} s)")

    # tokens once per real sentence and per document header, as ids of one vocabulary
    vocabulary: dict[str, int] = {}

    def ids(tokens: list[str]) -> list[int]:
        return [vocabulary.setdefault(t, len(vocabulary)) for t in tokens]

    sentence_ids = [
        [ids(analyzer(src.languages[i])(s)) for s in sentences]
        for i, sentences in enumerate(src.sentences)
    ]
    headers: list[str] = []
    doc_rows: list[dict[str, Any]] = []
    for d in range(n_docs):
        meta = src.metas[int(doc_source[d])]
        day = f"{rng.integers(1998, 2026)}-{rng.integers(1, 13):02d}-{rng.integers(1, 29):02d}"
        doc_meta = {
            "doc_id": f"syn-{d:06d}",
            "title": f"{meta['title']} ({d})",
            "language": meta["language"],
            "source_file": f"synthetic/syn-{d:06d}.txt",
            "date": day,
            "body": meta["body"],
            "kind": meta["kind"],
            "symbol": None,
            "session": None,
            "place": None,
            "extra": {"synthetic_from": meta["title"]},
        }
        headers.append(document_header(doc_meta, meta["language"]))
        doc_rows.append(doc_meta)
    header_ids = [ids(analyzer(doc_rows[d]["language"])(h)) for d, h in enumerate(headers)]

    token_ids: list[list[int]] = []
    replace = rng.random(n)
    paragraphs: list[list[dict[str, Any]]] = [[] for _ in range(n_docs)]
    with (build / "passages.jsonl").open("w", encoding="utf-8") as out:
        for i in range(n):
            b, p, d = int(base[i]), int(partner[i]), int(doc_of[i])
            sentences, words = list(src.sentences[b]), list(sentence_ids[b])
            k = int(replace[i] * len(src.sentences[p]))
            extra, extra_ids = src.sentences[p][k], sentence_ids[p][k]
            if len(sentences) > 1:
                at = int(replace[i] * len(sentences))
                sentences[at], words[at] = extra, extra_ids
            else:
                sentences.append(extra)
                words.append(extra_ids)
            text = " ".join(sentences)
            number = i % PASSAGES_PER_DOCUMENT + 1
            meta = doc_rows[d]
            passage = Passage(
                passage_id=f"{meta['doc_id']}#p{number}",
                doc_id=meta["doc_id"],
                title=meta["title"],
                paragraph=number,
                text=text,
                language=meta["language"],
                kind=src.kinds[b],
                date=meta["date"],
                label=None,
                header=headers[d],
            )
            row = passage.to_dict() | {"text_sha": passage.text_sha}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            paragraphs[d].append(
                {"number": number, "kind": src.kinds[b], "text": text, "label": None, "notes": []}
            )
            flat = header_ids[d] + [t for sentence in words for t in sentence]
            token_ids.append(flat or ids(["\u2205"]))
    say(f"passages written ({time.perf_counter() - started:.0f} s)")
    with (build / "documents.jsonl").open("w", encoding="utf-8") as out:
        for d, meta in enumerate(doc_rows):
            sha = hashlib.sha256(meta["doc_id"].encode()).hexdigest()
            row = meta | {"sha256": sha, "paragraphs": paragraphs[d]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    del paragraphs

    import bm25s

    model = bm25s.BM25(k1=1.2, b=0.75, method="lucene")
    model.index((token_ids, vocabulary), show_progress=False)
    del token_ids
    LexicalIndex(model, n).save(build)
    say(f"BM25 written ({time.perf_counter() - started:.0f} s)")

    base_cos = np.einsum("ij,ij->i", vectors[:20000], src.vectors[base[:20000]])
    pairs = rng.integers(0, len(src.vectors), size=(20000, 2))
    return {
        "documents": [m["doc_id"] for m in doc_rows],
        "seconds": time.perf_counter() - started,
        "sources": len(src.vectors),
        "cos_synthetic_to_base": float(np.median(base_cos)),
        "cos_real_nearest": float(
            np.median(np.take_along_axis(src.vectors @ src.vectors.T, neighbours[:, :1], axis=1))
        ),
        "cos_real_random": float(
            np.median(np.einsum("ij,ij->i", src.vectors[pairs[:, 0]], src.vectors[pairs[:, 1]]))
        ),
    }


def write_manifest(build: Path, faiss_index: str, n: int, synth: dict[str, Any]) -> None:
    from indexing.integrity import MANIFEST, checksums
    from indexing.store import FORMAT_VERSION, SEGMENTER_VERSION

    manifest = {
        "format_version": FORMAT_VERSION,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "embedding_model": MODEL,
        "dimension": 384,
        "faiss_index": faiss_index,
        "settings": {
            "embedding_model": MODEL,
            "faiss_index": faiss_index,
            "max_passage_chars": 1200,
            "segmenter_version": SEGMENTER_VERSION,
            "corpus_metadata": "synthetic",
        },
        "corpus_dir": "synthetic",
        "corpus_files": {},
        "documents": synth["documents"],
        "passages": n,
        "skipped": [],
        "synthetic": {k: v for k, v in synth.items() if k != "documents"}
        | {"version": SYNTH_VERSION},
        "files": checksums(build),
    }
    (build / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False))


def point_current(index_dir: Path, build: Path) -> None:
    link = index_dir / ".current-bench"
    link.unlink(missing_ok=True)
    os.symlink(Path("builds") / build.name, link)
    os.replace(link, index_dir / "current")


# -- 3. the FAISS index, chosen by measurement ---------------------------------------


def exact_top(vectors: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    """Exact top-k row ids by inner product, in chunks of rows (the ground truth)."""
    best_s = np.full((len(queries), k), -np.inf, dtype=np.float32)
    best_i = np.zeros((len(queries), k), dtype=np.int64)
    for start in range(0, len(vectors), 200_000):
        block = np.asarray(vectors[start : start + 200_000]) @ queries.T  # rows x queries
        top = np.argpartition(-block, k - 1, axis=0)[:k].T  # queries x k
        scores = np.take_along_axis(block.T, top, axis=1)
        s = np.concatenate([best_s, scores], axis=1)
        i = np.concatenate([best_i, top + start], axis=1)
        keep = np.argsort(-s, axis=1)[:, :k]
        best_s, best_i = np.take_along_axis(s, keep, axis=1), np.take_along_axis(i, keep, axis=1)
    return best_i


def time_queries(index: Any, queries: np.ndarray) -> tuple[np.ndarray, list[float]]:
    """Top-DEPTH ids and per-query milliseconds, one query at a time as the server does."""
    found, times = [], []
    for q in queries:
        started = time.perf_counter()
        _, ids = index.search(q[None, :], DEPTH)
        times.append((time.perf_counter() - started) * 1000)
        found.append(ids[0])
    return np.array(found), times


def choose_faiss(
    vectors: np.ndarray, queries: np.ndarray, work: Path, only: str | None, hnsw: bool
) -> tuple[list[dict[str, Any]], str, Path]:
    """Build each candidate, measure recall@10 and latency; the fastest with recall@10 >=
    0.95 wins. Returns (rows, chosen factory string, its file)."""
    import faiss

    faiss.omp_set_num_threads(2)
    truth = exact_top(vectors, queries, 10)
    rows: list[dict[str, Any]] = []
    out = work / f"faiss-{len(vectors)}"
    out.mkdir(exist_ok=True)
    candidates = [(f, p) for f, p in CANDIDATES if only is None or f in (only, "Flat")]
    if not hnsw and len(vectors) > HNSW_MAX:
        candidates = [(f, p) for f, p in candidates if not f.startswith("HNSW")]
    if only is not None and only not in {f for f, _ in CANDIDATES}:
        candidates.append((only, {}))
    order = np.random.default_rng(0).permutation(len(vectors))
    for factory, params in candidates:
        path = out / (factory.replace(",", "_") + ".faiss")
        started = time.perf_counter()
        index: Any
        if path.is_file():
            index = faiss.read_index(str(path))
            built = json.loads(path.with_suffix(".json").read_text())["build_s"]
        else:
            say(f"building {factory}")
            index = faiss.index_factory(vectors.shape[1], factory, faiss.METRIC_INNER_PRODUCT)
            if not index.is_trained:
                # 40 points per list, FAISS' own floor (it samples 256 per list at most)
                nlist = faiss.extract_index_ivf(index).nlist
                index.train(np.ascontiguousarray(vectors[np.sort(order[: 40 * nlist])]))
            for start in range(0, len(vectors), 100_000):
                index.add(np.ascontiguousarray(vectors[start : start + 100_000]))
            built = time.perf_counter() - started
            faiss.write_index(index, str(path))
            path.with_suffix(".json").write_text(json.dumps({"build_s": built}))
        size_mb = path.stat().st_size / 1e6
        settings = [{name: v} for name, values in params.items() for v in values]
        for setting in settings or [{}]:
            if "nprobe" in setting:
                faiss.extract_index_ivf(index).nprobe = setting["nprobe"]
            if "efSearch" in setting:
                index.hnsw.efSearch = setting["efSearch"]
            time_queries(index, queries[:20])  # warm
            found, times = time_queries(index, queries)
            recall = float(
                np.mean([len(set(f[:10]) & set(t)) / 10 for f, t in zip(found, truth, strict=True)])
            )
            rows.append(
                {
                    "index": factory,
                    "setting": ",".join(f"{k}={v}" for k, v in setting.items()) or "-",
                    "recall10": recall,
                    "p50_ms": statistics.median(times),
                    "p95_ms": percentile(times, 0.95),
                    "build_s": built,
                    "disk_mb": size_mb,
                    "path": str(path),
                }
            )
            say(
                f"{factory} {rows[-1]['setting']}: recall@10 {recall:.3f}, "
                f"p50 {rows[-1]['p50_ms']:.2f} ms"
            )
        del index
    eligible = [r for r in rows if r["recall10"] >= 0.95]
    if only is not None:
        eligible = [r for r in rows if r["index"] == only] or eligible
    # the fastest; a candidate within 10% of it (noise on a shared machine) but smaller on
    # disk wins: the vectors are kept in embeddings.npy as well
    fastest = min(r["p50_ms"] for r in eligible)
    chosen = min((r for r in eligible if r["p50_ms"] <= 1.1 * fastest), key=lambda r: r["disk_mb"])
    chosen["chosen"] = True
    return rows, chosen["index"], Path(chosen["path"])


# -- 4. load, profiled in a child process; then the real server -----------------------


def rss_parts(pid: int | str = "self") -> dict[str, float]:
    """VmRSS and its anonymous and file-backed parts (mapped index files), in MB."""
    parts = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in {"VmRSS", "RssAnon", "RssFile", "VmHWM"}:
            parts[key] = int(value.split()[0]) / 1024
    return parts


def profile_load(index_dir: str, mode: str) -> None:
    """Child process: time each stage of load_index, print JSON. mode "mapped" is the
    default load; "read" the baseline: every file read into memory (mmap=False) and the
    passages parsed as before this change (Passage.from_dict on each parsed row)."""
    import logging

    records: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(record.getMessage())  # type: ignore[method-assign]
    logging.getLogger("indexing.store").addHandler(handler)
    logging.getLogger("indexing.store").setLevel(logging.INFO)
    from indexing.integrity import sha256_file
    from indexing.store import load_index, load_manifest

    stages: dict[str, Any] = {"rss_start": rss_parts()["VmRSS"]}
    base = (Path(index_dir) / "current").resolve()
    if mode == "read":
        from indexing.documents import Passage
        from indexing.store import _read_jsonl

        started = time.perf_counter()
        index = load_index(Path(index_dir), verify=False, mmap=False)
        stages["load_no_verify_s"] = time.perf_counter() - started
        stages["rss_loaded"] = rss_parts()
        stages["log"] = records[-1] if records else ""
        del index
        before = rss_parts()["RssAnon"]
        started = time.perf_counter()
        old = [Passage.from_dict(row) for row in _read_jsonl(base / "passages.jsonl")]
        stages["old_passages_s"] = time.perf_counter() - started
        stages["old_passages_mb"] = rss_parts()["RssAnon"] - before
        print(json.dumps(stages | {"passages": len(old)}))
        return
    manifest = load_manifest(Path(index_dir), base)
    started = time.perf_counter()
    for name in manifest["files"]:
        sha256_file(base / name)
    stages["sha256_all_s"] = time.perf_counter() - started
    started = time.perf_counter()
    index = load_index(Path(index_dir), verify=False)
    stages["load_no_verify_s"] = time.perf_counter() - started
    stages["rss_loaded"] = rss_parts()
    stages["log"] = records[-1] if records else ""
    started = time.perf_counter()
    from indexing.retrieval import HybridRetriever

    HybridRetriever(index, None, fusion="lexical")
    stages["retriever_init_s"] = time.perf_counter() - started
    stages["disk_mb"] = {
        name: (base / name).stat().st_size / 1e6 for name in sorted(manifest["files"])
    }
    print(json.dumps(stages))


def profile_child(index_dir: Path, mode: str) -> dict[str, Any]:
    child = subprocess.run(
        [sys.executable, __file__, "--profile-load", str(index_dir), "--profile-mode", mode],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    result: dict[str, Any] = json.loads(child.stdout.strip().splitlines()[-1])
    return result


def server_rss(pid: int) -> dict[str, float]:
    """The server's memory, with that of its children (none expected)."""
    return rss_parts(pid)


def serve_and_time(
    index_dir: Path, faiss_index: str, questions: list[str], n: int
) -> dict[str, Any]:
    env = {
        "WTOQA_INDEX_DIR": str(index_dir),
        "WTOQA_CORPUS_DIR": str(index_dir / "no-corpus"),
        "WTOQA_EMBEDDING_MODEL": MODEL,
        "WTOQA_FAISS_INDEX": faiss_index,
    }
    started = time.perf_counter()
    with serving(env) as (client, pid):
        startup = time.perf_counter() - started
        memory_start = server_rss(pid)
        warm: list[dict | None] = [{"query": f"{q} (warm-up)", "k": 5} for q in questions[-20:]]
        timed_requests(client, "POST", "/search", warm, len(warm))
        bodies: list[dict | None] = [{"query": q, "k": 5} for q in questions[:n]]
        search = timed_requests(client, "POST", "/search", bodies, len(bodies))
        # the same questions again: their vectors are cached (QAService keeps 512), so this
        # is everything but the encoder
        cached = timed_requests(client, "POST", "/search", bodies, len(bodies))
        health = timed_requests(client, "GET", "/health", [None], len(bodies))
        memory = server_rss(pid)
    return {
        "startup_s": startup,
        "search": search,
        "cached": cached,
        "health": health,
        "rss_start": memory_start,
        "rss_after": memory,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--passages", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300, help="timed /search requests")
    parser.add_argument("--work", type=Path, default=ROOT / ".wtoqa" / "bench" / "million")
    parser.add_argument("--faiss", default="auto", help="auto, or an index_factory string")
    parser.add_argument(
        "--hnsw", action="store_true", help=f"try HNSW32 above {HNSW_MAX} passages too"
    )
    parser.add_argument("--profile-load", help=argparse.SUPPRESS)
    parser.add_argument("--profile-mode", default="mapped", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.profile_load:
        profile_load(args.profile_load, args.profile_mode)
        return
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    print(f"started {time.strftime('%H:%M:%S')}, {load_average()}, {os.cpu_count()} cores")
    src = sources(work, args.queries + 40)

    index_dir = work / f"index-{args.passages}"
    build = index_dir / "builds" / f"synthetic-v{SYNTH_VERSION}"
    synth_file = build.parent / "synth.json"
    if not synth_file.is_file():
        shutil.rmtree(index_dir, ignore_errors=True)
        build.mkdir(parents=True)
        say(f"synthesising {args.passages} passages from {len(src.vectors)} real ones")
        synth = synthesise(src, args.passages, build, np.random.default_rng(0))
        synth_file.write_text(json.dumps(synth))
    synth = json.loads(synth_file.read_text())

    vectors = np.load(build / "embeddings.npy", mmap_mode="r")
    only = None if args.faiss == "auto" else args.faiss
    rows, chosen, chosen_file = choose_faiss(vectors, src.query_vectors, work, only, args.hnsw)
    del vectors
    chosen_row = next(r for r in rows if r.get("chosen"))
    target = build / "dense.faiss"
    target.unlink(missing_ok=True)
    chosen_params = "" if chosen_row["setting"] == "-" else chosen_row["setting"]
    dense = DenseIndex.load(chosen_file, mmap=False)
    if chosen_params:  # saved in the file: the server searches as measured here
        dense.set_params(chosen_params)
    dense.save(target)
    del dense
    say("writing the manifest (sha256 of every file)")
    write_manifest(build, chosen, args.passages, synth)
    point_current(index_dir, build)

    say("profiling load_index in child processes")
    load, read = (profile_child(index_dir, mode) for mode in ("mapped", "read"))

    say(f"serving with {chosen} ({chosen_row['setting']})")
    served = serve_and_time(index_dir, chosen, src.queries, args.queries)

    print()
    print(
        f"corpus: {args.passages} synthetic passages in {len(synth['documents'])} documents "
        f"from {synth['sources']} real passages (PIAF contexts, corpus/, evals/corpora/dev/) "
        f"embedded once with {MODEL}; synthesised in {synth['seconds']:.0f} s"
    )
    print(
        f"  texts: a real passage with one sentence of one of its {NEIGHBOURS} nearest real "
        f"neighbours; vectors: their normalised mix plus covariance-shaped noise"
    )
    print(
        f"  median cosine: synthetic to its base {synth['cos_synthetic_to_base']:.3f}, "
        f"real to its nearest real {synth['cos_real_nearest']:.3f}, "
        f"two random real {synth['cos_real_random']:.3f}"
    )
    print()
    print(
        f"FAISS candidates over {args.passages} vectors, {len(src.query_vectors)} real "
        f"questions, one query at a time, top {DEPTH} (the retriever's depth)"
    )
    print(
        f"{'index':<14} {'setting':<10} {'recall@10':>9} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'vs Flat':>7} {'build s':>8} {'disk MB':>8}"
    )
    flat = next(r for r in rows if r["index"] == "Flat")
    for r in rows:
        print(
            f"{r['index']:<14} {r['setting']:<10} {r['recall10']:>9.3f} {r['p50_ms']:>7.2f} "
            f"{r['p95_ms']:>7.2f} {flat['p50_ms'] / r['p50_ms']:>6.1f}x {r['build_s']:>8.1f} "
            f"{r['disk_mb']:>8.0f}" + ("  <- chosen" if r.get("chosen") else "")
        )
    print(
        "chosen: the fastest with recall@10 >= 0.95 against exact search (Flat), or the "
        "smallest on disk of those within 10% of its p50"
    )
    print()
    print("load_index (child process, page cache warm):")
    print(f"  sha256 of every file (verify=True): {load['sha256_all_s']:.1f} s")
    print(
        f"  load without checksums: {load['load_no_verify_s']:.1f} s, RSS "
        f"{load['rss_loaded']['VmRSS']:.0f} MB (anon {load['rss_loaded']['RssAnon']:.0f}, "
        f"file-mapped {load['rss_loaded']['RssFile']:.0f}); HybridRetriever init "
        f"{load['retriever_init_s']:.1f} s"
    )
    print(f"  {load['log']}")
    print(
        f"  baseline, every file read into memory (mmap=False): {read['load_no_verify_s']:.1f}"
        f" s, RSS {read['rss_loaded']['VmRSS']:.0f} MB (anon {read['rss_loaded']['RssAnon']:.0f})"
        f"; mapped/read load time {load['load_no_verify_s'] / read['load_no_verify_s']:.2f}"
    )
    print(f"    {read['log']}")
    print(
        f"  baseline, passages parsed as before (Passage.from_dict per row): "
        f"{read['old_passages_s']:.1f} s, +{read['old_passages_mb']:.0f} MB anonymous"
    )
    disk = load["disk_mb"]
    print(
        "  disk: "
        + ", ".join(f"{k} {v:.0f} MB" for k, v in disk.items() if v >= 1)
        + f"; total {sum(disk.values()):.0f} MB"
    )
    print()
    search, health = served["search"], served["health"]
    after = served["rss_after"]
    print(f"wtoqa serve ({chosen}, {chosen_row['setting']}), {load_average()}:")
    print(
        f"  start-up (process start to /health 200, model load included): "
        f"{served['startup_s']:.1f} s"
    )
    print(
        f"  /search: {len(search)} distinct real questions, k=5, warm: p50 "
        f"{statistics.median(search):.1f} ms, p95 {percentile(search, 0.95):.1f} ms, "
        f"max {max(search):.1f} ms"
    )
    cached = served["cached"]
    print(
        f"  /search, the same questions again (query vectors cached, no encoder): p50 "
        f"{statistics.median(cached):.1f} ms, p95 {percentile(cached, 0.95):.1f} ms"
    )
    print(
        f"  /health (HTTP floor): p50 {statistics.median(health):.2f} ms; /search p50 is "
        f"{statistics.median(search) / statistics.median(health):.0f}x /health"
    )
    print(
        f"  resident memory after the run: VmRSS {after['VmRSS']:.0f} MB (anon "
        f"{after['RssAnon']:.0f}, file-mapped {after['RssFile']:.0f}), peak {after['VmHWM']:.0f}"
        f" MB; at start-up VmRSS {served['rss_start']['VmRSS']:.0f} MB"
    )
    goal = percentile(search, 0.95) <= 50
    print(f"  goal /search p95 <= 50 ms: {'met' if goal else 'NOT met'}")
    print(f"finished {time.strftime('%H:%M:%S')}, {load_average()}")


if __name__ == "__main__":
    main()
