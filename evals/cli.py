"""`wtoqa eval`: gold sets, SQuAD-format sets, comparisons."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from answering.service import QAService
from evals.metrics import GoldQuestion, QuestionResult, metrics_by_language
from evals.report import compare_runs, html_report, terminal_table
from evals.runner import corpora_service, load_gold, load_squad, run_questions, squad_service
from wtoqa.settings import Settings


def evaluate(
    service: QAService,
    questions: list[GoldQuestion],
    *,
    k: int = 5,
    with_answers: bool = True,
    baselines: bool = False,
    progress: bool = False,
) -> tuple[dict[str, Any], list[QuestionResult]]:
    """Metrics of the service on the questions, with lexical/dense baselines if asked."""
    results = run_questions(
        service,
        questions,
        k=k,
        with_answers=with_answers,
        progress=progress,
        label=f"{service.settings.fusion}",
    )
    run: dict[str, Any] = {
        "metrics": metrics_by_language(results, with_answers),
        "embedding_model": service.index.model_id,
        "fusion": service.settings.fusion,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    if baselines:
        run["baselines"] = {}
        variants: dict[str, dict[str, Any]] = {
            "lexical": {"fusion": "lexical"},
            "dense": {"fusion": "dense"},
            "no-glossary": {"glossary": None},
            "no-lexicon": {"cross_lexicon": False},
        }
        for name, updates in variants.items():
            variant = service.variant(**updates)
            variant_results = run_questions(
                variant,
                questions,
                k=k,
                with_answers=name.startswith("no-") and with_answers,
                progress=progress,
                label=name,
            )
            run["baselines"][name] = metrics_by_language(
                variant_results, with_answers=name.startswith("no-") and with_answers
            )
    run["questions"] = [r.to_dict() for r in results]
    return run, results


def _write_outputs(
    args: argparse.Namespace, run: dict[str, Any], results: list[QuestionResult]
) -> None:
    print(terminal_table(run))
    if args.json_out:
        out = Path(args.json_out)
        out.parent.mkdir(parents=True, exist_ok=True)
        # The contract's keys at the top level, with the run's details beside them.
        payload = {**run["metrics"], "run": {k: v for k, v in run.items() if k != "metrics"}}
        out.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"\nmetrics written to {out}", file=sys.stderr)
    if args.html:
        out = Path(args.html)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html_report(run, results), encoding="utf-8")
        print(f"report written to {out}", file=sys.stderr)


def _load_run(path: str) -> dict[str, Any]:
    try:
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read run {path}: {exc}") from exc
    run = payload.get("run", {})
    metrics = {k: v for k, v in payload.items() if k != "run"}
    return {"metrics": metrics, "questions": run.get("questions", [])}


def run_eval_command(args: argparse.Namespace, settings: Settings) -> int:
    if args.compare:
        print(compare_runs(_load_run(args.compare[0]), _load_run(args.compare[1])))
        return 0
    options = {
        "k": args.k,
        "with_answers": not args.retrieval_only,
        "baselines": args.baselines,
        "progress": True,
    }
    if args.gold:
        questions = load_gold(Path(args.gold))
        if args.corpus_dirs:
            service = corpora_service(settings, [Path(d) for d in args.corpus_dirs], progress=True)
        else:
            service = QAService.from_settings(settings)
        run, results = evaluate(service, questions, **options)
        run.update(title="wtoqa gold evaluation", source=str(args.gold))
    else:
        if args.sample is not None and args.sample < 1:
            raise ValueError("--sample must be at least 1")
        contexts, questions = load_squad(Path(args.squad), args.sample, args.seed)
        print(
            f"{len(contexts)} contexts, {len(questions)} questions (seed {args.seed})",
            file=sys.stderr,
        )
        with squad_service(settings, contexts, progress=True) as service:
            run, results = evaluate(service, questions, **options)
        run.update(
            title="wtoqa SQuAD-format evaluation",
            source=f"{args.squad} (sample {args.sample}, seed {args.seed})",
        )
    _write_outputs(args, run, results)
    return 0
