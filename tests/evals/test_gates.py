"""Quality gates: `make test` fails when the real pipeline falls below these figures."""

from pathlib import Path

import pytest

from evals.cli import evaluate
from evals.runner import load_gold, load_squad, squad_service
from tests.conftest import REAL_MODEL, make_settings

pytestmark = [pytest.mark.gate, pytest.mark.real]
ROOT = Path(__file__).resolve().parents[2]
PIAF = ROOT.parent / "shared" / "benchmarks" / "piaf" / "piaf-v1.0.json"

GOLD_GATES = {
    "fr": {"hit@5": 0.95},
    "en": {"hit@5": 0.90},
}
EVERY_LANGUAGE = {  # minimums, except false abstentions (a maximum)
    "citation_recall": 0.90,
    "quote_faithfulness": 1.0,
    "abstention_accuracy": 0.90,
    "answer_accuracy": 0.85,
}


def test_gold_set_gates(real_service) -> None:  # type: ignore[no-untyped-def]
    run, _ = evaluate(real_service, load_gold(ROOT / "evals" / "gold" / "gold.jsonl"))
    by_lang = run["metrics"]["by_lang"]
    problems = []
    for lang, metrics in by_lang.items():
        for key, minimum in {**GOLD_GATES.get(lang, {}), **EVERY_LANGUAGE}.items():
            if metrics[key] is None or metrics[key] < minimum:
                problems.append(f"{lang} {key} = {metrics[key]} < {minimum}")
        if metrics["false_abstention_rate"] > 0.05:
            problems.append(f"{lang} false_abstention_rate = {metrics['false_abstention_rate']}")
    assert not problems, problems


@pytest.mark.skipif(not PIAF.is_file(), reason="PIAF benchmark not beside the checkout")
def test_piaf_sample_gate(tmp_path: Path) -> None:
    contexts, questions = load_squad(PIAF, sample=800, seed=0)
    settings = make_settings(tmp_path, model=REAL_MODEL)
    with squad_service(settings, contexts) as service:
        run, _ = evaluate(service, questions, with_answers=False)
    assert run["metrics"]["hit@5"] >= 0.89, run["metrics"]
