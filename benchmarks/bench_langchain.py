"""wtoqa's /search against the stock LangChain hybrid, in one process, interleaved.

    .venv/bin/python benchmarks/bench_langchain.py [--sample 300] [--seed 7]
        [--big 100000] [--http-requests 400] [--skip-http]

The baseline is what a user builds from the LangChain tutorials on the same model:
`langchain-huggingface` HuggingFaceEmbeddings (sentence-transformers on torch, as
the tutorials do), langchain-community FAISS, BM25Retriever (rank_bm25) and an
EnsembleRetriever weighing the two 0.5/0.5, each retriever asked for 5.

1. PIAF: its 761 French contexts, cut into wtoqa's passages (one unit for both
   sides, so a hit means the same: a passage of the question's context holding
   the answer text); a fixed sample of questions (seed 7: fusion was tuned on
   seeds 0 and 1). Each side embeds the passages its own way (wtoqa with the
   model's "passage: " prompt, LangChain without), once, cached under
   .wtoqa/bench/. Per question, in turn: wtoqa's `QAService.search` (what /search
   runs: analysis, query encoding, both rankings, fusion) and the ensemble's
   `invoke`.
2. 100,000 passages: PIAF's passages plus passages recombined from two of them
   (sentences of both, vector = normalised mean of theirs plus small noise), so
   that every question has realistic near neighbours that are not its context.
   Both sides share those vectors (FAISS.from_embeddings on the LangChain side);
   only query time differs.
3. Through HTTP: a real `wtoqa serve` on the PIAF index, 8 concurrent clients
   asking distinct questions; requests/s and latency, the torch encoder (the
   configuration before the ONNX backend) as the baseline in the same run.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import statistics
import sys
import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
warnings.filterwarnings("ignore", category=DeprecationWarning)

from bench_search import percentile, serving  # noqa: E402

from answering.service import QAService, build  # noqa: E402
from evals.metrics import GoldQuestion, evidence_found  # noqa: E402
from evals.runner import load_squad  # noqa: E402
from indexing.dense import DenseIndex  # noqa: E402
from indexing.documents import Document, DocumentMeta, Paragraph, Passage  # noqa: E402
from indexing.embedders import embedder_for  # noqa: E402
from indexing.embedders.e5_build import ensure_default_model  # noqa: E402
from indexing.lexical import LexicalIndex  # noqa: E402
from indexing.store import LoadedIndex, indexed_text, load_index  # noqa: E402
from wtoqa.settings import DEFAULT_EMBEDDING_MODEL, Settings  # noqa: E402

PIAF = ROOT.parent / "shared" / "benchmarks" / "piaf" / "piaf-v1.0.json"
WORK = ROOT / ".wtoqa" / "bench"
K = 5


def langchain_embeddings(settings: Settings) -> Any:
    from langchain_huggingface import HuggingFaceEmbeddings

    model = settings.embedding_model
    if model == DEFAULT_EMBEDDING_MODEL:
        model = str(ensure_default_model(settings.model_cache_dir))
    return HuggingFaceEmbeddings(
        model_name=model,
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True},
    )


def langchain_hybrid(vectorstore: Any, texts: list[str], metadatas: list[dict]) -> Any:
    from langchain_classic.retrievers import EnsembleRetriever
    from langchain_community.retrievers import BM25Retriever

    bm25 = BM25Retriever.from_texts(texts, metadatas=metadatas)
    bm25.k = K
    dense = vectorstore.as_retriever(search_kwargs={"k": K})
    return EnsembleRetriever(retrievers=[bm25, dense], weights=[0.5, 0.5])


def piaf_index(settings: Settings, contexts: list[dict[str, Any]]) -> Path:
    """wtoqa's index of the PIAF contexts, built by the normal pipeline (kept)."""
    import json

    corpus = WORK / "piaf" / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    metadata = {}
    for ctx in contexts:
        name = f"{ctx['doc_id']}.txt"
        if not (corpus / name).is_file():
            (corpus / name).write_text(ctx["text"], encoding="utf-8")
        metadata[name] = {"doc_id": ctx["doc_id"], "title": ctx["title"], "language": "fr"}
    meta_file = corpus / "metadata.json"
    meta_text = json.dumps({"documents": metadata})
    if not meta_file.is_file() or meta_file.read_text(encoding="utf-8") != meta_text:
        meta_file.write_text(meta_text, encoding="utf-8")
    index_dir = WORK / "piaf" / "index"
    build(settings, corpus, index_dir, progress=True)
    return index_dir


def langchain_store(
    settings: Settings, texts: list[str], metadatas: list[dict], vectors: np.ndarray | None
) -> Any:
    """LangChain FAISS over the texts: embedded by HuggingFaceEmbeddings (cached on disk),
    or from the given vectors (FAISS.from_embeddings)."""
    from langchain_community.vectorstores import FAISS

    embeddings = langchain_embeddings(settings)
    if vectors is not None:
        pairs = list(zip(texts, (v.tolist() for v in vectors), strict=True))
        return FAISS.from_embeddings(pairs, embeddings, metadatas=metadatas)
    key = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:12]
    cached = WORK / f"langchain-faiss-{key}"
    if cached.is_dir():
        # our own file, written below by this script
        return FAISS.load_local(str(cached), embeddings, allow_dangerous_deserialization=True)
    print(f"LangChain: embedding {len(texts)} passages with HuggingFaceEmbeddings (once)")
    store = FAISS.from_texts(texts, embeddings, metadatas=metadatas)
    store.save_local(str(cached))
    return store


def compare(
    label: str,
    questions: list[GoldQuestion],
    wtoqa_search: Callable[[str], list[dict]],
    langchain_search: Callable[[str], list[dict]],
) -> dict[str, Any]:
    sides: dict[str, Callable[[str], list[dict]]] = {
        "wtoqa": wtoqa_search,
        "langchain": langchain_search,
    }
    for search in sides.values():  # warm-up, not timed
        search(f"{questions[0].question} (warm-up)")
    times: dict[str, list[float]] = {s: [] for s in sides}
    hits: dict[str, int] = {s: 0 for s in sides}
    for q in questions:
        for side, search in sides.items():
            started = time.perf_counter()
            passages = search(q.question)
            times[side].append((time.perf_counter() - started) * 1000)
            hits[side] += evidence_found(passages[:K], q)
    rows = {}
    for side in sides:
        rows[side] = {
            "p50": statistics.median(times[side]),
            "p95": percentile(times[side], 0.95),
            "hit@5": hits[side] / len(questions),
        }
    w, lc = rows["wtoqa"], rows["langchain"]
    print(f"\n{label}: {len(questions)} questions, interleaved")
    print(f"{'':<28}{'p50 ms':>10}{'p95 ms':>10}{'hit@5':>8}")
    name = "LangChain hybrid (baseline)"
    print(f"{name:<28}{lc['p50']:>10.1f}{lc['p95']:>10.1f}{lc['hit@5']:>8.3f}")
    print(f"{'wtoqa':<28}{w['p50']:>10.1f}{w['p95']:>10.1f}{w['hit@5']:>8.3f}")
    print(
        f"{'ratio (baseline / wtoqa)':<28}"
        f"{lc['p50'] / w['p50']:>9.1f}x{lc['p95'] / w['p95']:>9.1f}x"
        f"{w['hit@5'] - lc['hit@5']:>+8.3f}"
    )
    return rows


def wtoqa_searcher(service: QAService) -> Callable[[str], list[dict]]:
    def search(text: str) -> list[dict]:
        return [
            {"doc_id": h.passage.doc_id, "text": h.passage.text} for h in service.search(text, K)
        ]

    return search


def langchain_searcher(retriever: Any) -> Callable[[str], list[dict]]:
    def search(text: str) -> list[dict]:
        return [
            {"doc_id": d.metadata["doc_id"], "text": d.page_content} for d in retriever.invoke(text)
        ]

    return search


def recombined(index: LoadedIndex, size: int, seed: int = 0) -> LoadedIndex:
    """The index's passages plus recombinations of pairs of them, up to `size` passages."""
    rnd = np.random.default_rng(seed)
    passages = list(index.passages)
    vectors = [index.embeddings]
    sentences = [re.split(r"(?<=[.!?])\s+", p.text) for p in passages]
    extra_texts, pairs = [], []
    for _ in range(max(0, size - len(passages))):
        a, b = rnd.integers(0, len(index.passages), size=2)
        sa, sb = sentences[a], sentences[b]
        take_a = sa[: max(1, len(sa) // 2)]
        take_b = sb[len(sb) // 2 :] or sb
        extra_texts.append(" ".join(take_a + take_b))
        pairs.append((a, b))
    if pairs:
        ab = np.array(pairs)
        mixed = index.embeddings[ab[:, 0]] + index.embeddings[ab[:, 1]]
        mixed += rnd.normal(0, 0.02, size=mixed.shape).astype(np.float32)
        mixed /= np.linalg.norm(mixed, axis=1, keepdims=True)
        vectors.append(mixed.astype(np.float32))
    per_doc = 100
    documents: dict[str, Document] = dict(index.documents)
    for start in range(0, len(extra_texts), per_doc):
        doc_id = f"mix-{start // per_doc:05d}"
        chunk = extra_texts[start : start + per_doc]
        paragraphs = tuple(Paragraph(n, t) for n, t in enumerate(chunk, start=1))
        meta = DocumentMeta(doc_id, f"Recombined {doc_id}", "fr", f"{doc_id}.txt")
        documents[doc_id] = Document(meta, paragraphs, doc_id)
        passages.extend(
            Passage(f"{doc_id}#p{n}", doc_id, meta.title, n, t, "fr")
            for n, t in enumerate(chunk, start=1)
        )
    all_vectors = np.ascontiguousarray(np.vstack(vectors), dtype=np.float32)
    texts = [indexed_text(p) for p in passages]
    return LoadedIndex(
        path=index.path,
        manifest=index.manifest,
        documents=documents,
        passages=passages,
        embeddings=all_vectors,
        lexical=LexicalIndex.build(texts, [p.language for p in passages]),
        dense=DenseIndex.build(all_vectors, index.manifest.get("faiss_index", "Flat")),
    )


def http_throughput(
    index_dir: Path, questions: list[str], requests: int, env: dict[str, str]
) -> dict[str, float]:
    """8 concurrent clients, each its own questions; requests/s, p50, p95."""
    base_env = {"WTOQA_INDEX_DIR": str(index_dir), "WTOQA_INDEX_POLL_SECONDS": "0", **env}
    latencies: list[float] = []
    lock = threading.Lock()
    with serving(base_env) as (client, _pid):
        for q in questions[:8]:  # warm-up
            client.post("/search", json={"query": f"{q} (warm-up)", "k": K}).raise_for_status()
        base_url = str(client.base_url)

        def worker(mine: list[str]) -> None:
            import httpx

            with httpx.Client(base_url=base_url, timeout=60) as own:
                for q in mine:
                    started = time.perf_counter()
                    own.post("/search", json={"query": q, "k": K}).raise_for_status()
                    with lock:
                        latencies.append((time.perf_counter() - started) * 1000)

        texts = questions[:requests]
        threads = [threading.Thread(target=worker, args=(texts[i::8],)) for i in range(8)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seconds = time.perf_counter() - started
    return {
        "rps": len(latencies) / seconds,
        "p50": statistics.median(latencies),
        "p95": percentile(latencies, 0.95),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--big", type=int, default=100_000, help="0 skips the large corpus")
    parser.add_argument(
        "--big-sample", type=int, default=100, help="questions on the large corpus (a subset)"
    )
    parser.add_argument("--http-requests", type=int, default=400)
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument(
        "--http-configs",
        nargs="+",
        default=["torch:0:1", "onnx:1:1", "onnx-int8:1:1", "onnx-int8:1:2"],
        help="backend:threads:workers of the servers to compare (the first is the baseline)",
    )
    args = parser.parse_args()

    settings = Settings()
    print(
        f"wtoqa: model {settings.embedding_model}, backend {settings.embedding_backend}, "
        f"threads {settings.encoder_threads or 'auto'}, FAISS {settings.faiss_index}; "
        f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"
    )
    contexts, questions = load_squad(PIAF, args.sample, args.seed)
    index_dir = piaf_index(settings, contexts)
    index = load_index(index_dir, expected_model=settings.embedding_model)
    service = QAService(settings, index, embedder_for(settings))
    texts = [p.text for p in index.passages]
    metadatas = [{"doc_id": p.doc_id} for p in index.passages]
    store = langchain_store(settings, texts, metadatas, None)
    hybrid = langchain_hybrid(store, texts, metadatas)
    compare(
        f"PIAF ({len(index.passages)} passages of {len(contexts)} contexts)",
        questions,
        wtoqa_searcher(service),
        langchain_searcher(hybrid),
    )
    del store, hybrid

    if args.big:
        print(f"\nbuilding the {args.big}-passage corpus (recombined PIAF passages)")
        big = recombined(index, args.big)
        big_service = QAService(settings, big, service.embedder)
        big_texts = [p.text for p in big.passages]
        big_meta = [{"doc_id": p.doc_id} for p in big.passages]
        big_store = langchain_store(settings, big_texts, big_meta, big.embeddings)
        big_hybrid = langchain_hybrid(big_store, big_texts, big_meta)
        compare(
            f"{len(big.passages)} passages (shared vectors)",
            questions[: args.big_sample],
            wtoqa_searcher(big_service),
            langchain_searcher(big_hybrid),
        )
        del big, big_service, big_store, big_hybrid

    if not args.skip_http:
        _, all_questions = load_squad(PIAF, None, 0)
        distinct = list(dict.fromkeys(q.question for q in all_questions))
        random.Random(args.seed).shuffle(distinct)
        print(f"\nHTTP /search, 8 concurrent clients, {args.http_requests} distinct questions")
        print(f"{'backend:thr:proc':<18}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'x baseline':>12}")
        baseline = None
        for config in args.http_configs:
            parts = config.split(":")
            backend = parts[0]
            threads = parts[1] if len(parts) > 1 else "0"
            workers = parts[2] if len(parts) > 2 else "1"
            env = {
                "WTOQA_EMBEDDING_BACKEND": backend,
                "WTOQA_ENCODER_THREADS": threads,
                "WTOQA_WORKERS": workers,
            }
            result = http_throughput(index_dir, distinct, args.http_requests, env)
            baseline = baseline or result["rps"]
            print(
                f"{config:<18}{result['rps']:>8.1f}{result['p50']:>9.1f}{result['p95']:>9.1f}"
                f"{result['rps'] / baseline:>11.2f}x"
            )
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
