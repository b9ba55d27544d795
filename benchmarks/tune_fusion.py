"""Choose the fusion on measurement: PIAF hit@k and MRR for several fusions.

    .venv/bin/python benchmarks/tune_fusion.py [--sample 800] [--seed 0]

Builds the PIAF index once through the normal pipeline, embeds each question
once, then ranks with BM25 alone, dense alone, and reciprocal-rank fusion for a
grid of (k, dense weight). The first row, BM25 alone, is the named baseline;
the last column is each row's MRR over it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answering.types import passage_dict  # noqa: E402
from evals.metrics import QuestionResult, hit_curve, score  # noqa: E402
from evals.runner import load_squad, squad_service  # noqa: E402
from indexing.query import expand_query  # noqa: E402
from indexing.retrieval import HybridRetriever  # noqa: E402
from wtoqa.settings import get_settings  # noqa: E402

PIAF = ROOT.parent / "shared" / "benchmarks" / "piaf" / "piaf-v1.0.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--squad", default=str(PIAF))
    parser.add_argument("--sample", type=int, default=800)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    contexts, questions = load_squad(Path(args.squad), args.sample, args.seed)
    with squad_service(get_settings(), contexts, progress=True) as service:
        expanded = [expand_query(q.question) for q in questions]
        vectors = service.embedder.embed_queries([e.dense_text for e in expanded])  # type: ignore[union-attr]
        grid: list[tuple[str, str, int, float]] = [
            ("BM25 alone (baseline)", "lexical", 60, 1.0),
            ("dense alone", "dense", 60, 1.0),
        ]
        grid += [
            (f"RRF k={k} w={w}", "rrf", k, w)
            for k in (10, 30, 60, 100)
            for w in (0.8, 1.0, 1.2, 1.5)
        ]
        rows = []
        for label, fusion, k, weight in grid:
            retriever = HybridRetriever(
                service.index,
                service.embedder,
                fusion=fusion,  # type: ignore[arg-type]
                rrf_k=k,
                dense_weight=weight,
            )
            results = []
            for q, e, v in zip(questions, expanded, vectors, strict=True):
                hits = retriever.search(e.lexical_text, 10, query_vector=v, language=e.language)
                passages = [passage_dict(h) for h in hits]
                r = QuestionResult(
                    q.id,
                    q.lang,
                    q.question,
                    False,
                    q.evidence_any,
                    "skipped",
                    "",
                    [],
                    passages,
                    [],
                    0.0,
                )
                score(q, r, with_answers=False)
                results.append(r)
            curve = hit_curve(results)
            mrr = sum(1 / r.rank for r in results if r.rank) / len(results)
            rows.append((label, curve[0], curve[2], curve[4], curve[9], mrr))
    baseline = rows[0][5]
    print(f"PIAF {args.sample} questions, seed {args.seed}, {len(contexts)} contexts")
    print(
        f"{'ranking':<24}{'hit@1':>7}{'hit@3':>7}{'hit@5':>7}{'hit@10':>7}{'MRR':>7}"
        f"{'MRR/BM25':>10}"
    )
    for label, h1, h3, h5, h10, mrr in rows:
        print(
            f"{label:<24}{h1:>7.3f}{h3:>7.3f}{h5:>7.3f}{h10:>7.3f}{mrr:>7.3f}"
            f"{mrr / baseline:>10.3f}"
        )


if __name__ == "__main__":
    main()
