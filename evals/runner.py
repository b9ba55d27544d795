"""Run gold or SQuAD questions through the service's own pipeline and score them."""

from __future__ import annotations

import json
import logging
import random
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tqdm import tqdm

from answering.service import QAService, build
from answering.types import Message, passage_dict
from evals.metrics import GoldQuestion, QuestionResult, score
from wtoqa.settings import Settings

logger = logging.getLogger(__name__)


class GoldFileError(ValueError):
    """A gold or SQuAD file that cannot be read; the message names the line."""


def load_gold(path: Path) -> list[GoldQuestion]:
    if not path.is_file():
        raise GoldFileError(f"gold file {path} does not exist")
    questions = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            question = GoldQuestion.from_dict(json.loads(line))
        except (ValueError, TypeError) as exc:
            raise GoldFileError(f"{path}:{number}: {exc}") from exc
        if question.id in seen:
            raise GoldFileError(f"{path}:{number}: duplicate id {question.id}")
        seen.add(question.id)
        questions.append(question)
    return questions


def run_questions(
    service: QAService,
    questions: list[GoldQuestion],
    *,
    k: int = 5,
    with_answers: bool = True,
    progress: bool = False,
    label: str = "questions",
) -> list[QuestionResult]:
    """Ask every question as the API would, and score it."""
    results = []
    if questions:  # build lazy state (model threads) before timing, on a text not timed
        warm_up = service.ask if with_answers else service.search
        warm_up(f"{questions[0].question} (warm-up)")
    for q in tqdm(questions, desc=label, disable=not progress, unit="q"):
        history = [Message(m["role"], m["content"]) for m in q.history]  # type: ignore[arg-type]
        started = time.perf_counter()
        if with_answers:
            answer = service.ask(q.question, k=k, history=history)
            latency = (time.perf_counter() - started) * 1000
            ranking = [passage_dict(h) for h in answer.ranking]
            answer_passages = [passage_dict(h) for h in answer.hits]
            status: str = answer.status
            text = answer.answer
            citations = [c.to_dict() for c in answer.citations]
            reason = answer.abstention_reason
        else:
            # the answers' own resolve-and-rank step, so baselines compare fairly
            hits = service.rank(service.analyse(q.question, history))
            latency = (time.perf_counter() - started) * 1000
            ranking = [passage_dict(h) for h in hits]
            answer_passages, status, text, citations = [], "skipped", "", []
            reason = None
        result = QuestionResult(
            id=q.id,
            lang=q.lang,
            question=q.question,
            unanswerable=q.unanswerable,
            expected=q.evidence or q.evidence_any,
            status=status,
            answer=text,
            citations=citations,
            passages=ranking,
            answer_passages=answer_passages,
            latency_ms=round(latency, 2),
            abstention_reason=reason,
        )
        score(q, result, with_answers)
        results.append(result)
    return results


def load_squad(
    path: Path, sample: int | None, seed: int
) -> tuple[list[dict[str, Any]], list[GoldQuestion]]:
    """Contexts (one document each) and a seeded sample of their questions."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))["data"]
    except (OSError, ValueError, KeyError) as exc:
        raise GoldFileError(f"{path}: not a SQuAD-format JSON file ({exc})") from exc
    contexts: list[dict[str, Any]] = []
    questions: list[GoldQuestion] = []
    for article in data:
        for paragraph in article["paragraphs"]:
            doc_id = f"ctx-{len(contexts):04d}"
            contexts.append(
                {
                    "doc_id": doc_id,
                    "title": article.get("title", doc_id),
                    "text": paragraph["context"],
                }
            )
            for qa in paragraph["qas"]:
                answers = [a["text"] for a in qa.get("answers", []) if a.get("text")]
                if not answers:
                    continue
                questions.append(
                    GoldQuestion(
                        id=str(qa["id"]),
                        lang="fr",
                        question=qa["question"],
                        evidence_any=answers,
                        answer_any=[answers],
                        doc_id=doc_id,
                    )
                )
    if sample is not None and sample < len(questions):
        questions = random.Random(seed).sample(questions, sample)
    return contexts, questions


@contextmanager
def squad_service(
    settings: Settings, contexts: list[dict[str, Any]], progress: bool = False
) -> Iterator[QAService]:
    """A temporary corpus and index of the contexts, built by the normal pipeline."""
    with tempfile.TemporaryDirectory(prefix="wtoqa-squad-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        metadata = {}
        for ctx in contexts:
            name = f"{ctx['doc_id']}.txt"
            (corpus / name).write_text(ctx["text"], encoding="utf-8")
            metadata[name] = {"doc_id": ctx["doc_id"], "title": ctx["title"], "language": "fr"}
        (corpus / "metadata.json").write_text(json.dumps({"documents": metadata}), encoding="utf-8")
        squad_settings = settings.model_copy(
            update={
                "corpus_dir": corpus,
                "index_dir": Path(tmp) / "index",
                # its own Milvus collection: the service's must not be synced to PIAF
                "milvus_collection": f"{settings.milvus_collection}_squad",
            }
        )
        build(squad_settings, corpus, squad_settings.index_dir, progress=progress)
        yield QAService.from_settings(squad_settings)


def corpora_service(settings: Settings, folders: list[Path], progress: bool = False) -> QAService:
    """A service over several corpus folders (the seeds and a test corpus, say).

    The folders are copied side by side into one corpus under .wtoqa/eval/, whose index
    is kept there and updated incrementally, so a second run embeds nothing."""
    import hashlib
    import shutil

    key = hashlib.sha256("\n".join(str(f.resolve()) for f in folders).encode()).hexdigest()[:12]
    root = settings.index_dir.parent / "eval" / key
    corpus = root / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    for folder in folders:
        if not folder.is_dir():
            raise GoldFileError(f"corpus folder {folder} does not exist")
        shutil.copytree(folder, corpus / folder.resolve().name, symlinks=False)
    eval_settings = settings.model_copy(
        update={
            "corpus_dir": corpus,
            "index_dir": root / "index",
            "milvus_collection": f"{settings.milvus_collection}_eval_{key}",
        }
    )
    build(eval_settings, corpus, eval_settings.index_dir, progress=progress)
    return QAService.from_settings(eval_settings)
