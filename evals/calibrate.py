"""Support scores of gold questions, to choose WTOQA_ABSTAIN_THRESHOLD on measurement.

    python -m evals.calibrate evals/gold/gold.jsonl

Prints, for answerable and unanswerable questions, the support score and any
reason for abstention, then the abstention and false-abstention rates for a
range of thresholds.
"""

from __future__ import annotations

import sys
from pathlib import Path

from answering.service import QAService
from answering.support import Support
from answering.types import Message
from evals.runner import load_gold
from wtoqa.settings import get_settings


def main(path: str) -> None:
    # The service's own answers with no score floor: what remains is each question's
    # support score and any structural reason to abstain, for every threshold below.
    settings = get_settings().model_copy(update={"abstain_threshold": 0.0})
    service = QAService.from_settings(settings)
    rows = []
    for q in load_gold(Path(path)):
        history = [Message(m["role"], m["content"]) for m in q.history]  # type: ignore[arg-type]
        answer = service.ask(q.question, history=history)
        support = Support(answer.support, answer.abstention_reason)
        rows.append((q, support))
        print(
            f"{q.id:<7}{'U' if q.unanswerable else 'A'} {support.score:6.3f} "
            f"{support.reason or '':<45} {q.question[:60]}",
            file=sys.stdout,
        )
    answerable = [s for q, s in rows if not q.unanswerable]
    unanswerable = [s for q, s in rows if q.unanswerable]
    print("\nthreshold  abstention_accuracy  false_abstention_rate")
    for step in range(0, 61, 5):
        t = step / 100
        abstain = sum(not s.answerable(t) for s in unanswerable) / max(1, len(unanswerable))
        false = sum(not s.answerable(t) for s in answerable) / max(1, len(answerable))
        print(f"{t:9.2f}  {abstain:19.3f}  {false:21.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "evals/gold/gold.jsonl")
