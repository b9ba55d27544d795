from evals.metrics import (
    GoldQuestion,
    QuestionResult,
    aggregate,
    answer_holds,
    evidence_found,
    normalize,
    score,
)


def test_contract_matching_rules() -> None:
    assert normalize("  L’**Accord**\n\n_général_ ") == "l'accord général"
    assert normalize("Économie", fold=True) == "economie"
    assert answer_holds(
        "Les **transmissions électroniques** [1]", [["transmissions electroniques"]]
    )
    assert not answer_holds("rien", [["transmissions"], ["rien"]])


def _passage(pid: str, text: str, doc: str = "d") -> dict:  # type: ignore[type-arg]
    return {"passage_id": pid, "doc_id": doc, "text": text, "paragraph": 1}


def test_evidence_all_versus_any() -> None:
    passages = [_passage("a", "alpha beta"), _passage("b", "gamma")]
    assert evidence_found(passages, GoldQuestion("q", "fr", "?", evidence=["alpha", "gamma"]))
    assert not evidence_found(
        passages[:1], GoldQuestion("q", "fr", "?", evidence=["alpha", "gamma"])
    )
    assert evidence_found(passages[:1], GoldQuestion("q", "fr", "?", evidence_any=["x", "beta"]))


def _result(q: GoldQuestion, status: str, passages, citations, answer="") -> QuestionResult:  # type: ignore[no-untyped-def]
    r = QuestionResult(
        q.id,
        q.lang,
        q.question,
        q.unanswerable,
        q.evidence,
        status,
        answer,
        citations,
        passages,
        passages,
        10.0,
    )
    score(q, r)
    return r


def test_aggregate_scores_a_small_run() -> None:
    good = GoldQuestion("g", "fr", "?", evidence=["alpha"], answer_any=[["alpha"]])
    miss = GoldQuestion("m", "en", "?", evidence=["zeta"], answer_any=[["zeta"]])
    none = GoldQuestion("n", "en", "?", unanswerable=True)
    passages = [_passage("b", "beta"), _passage("a", "alpha")]
    results = [
        _result(
            good,
            "answered",
            passages,
            [{"marker": "[1]", "passage_id": "a", "quote": "alpha"}],
            "alpha [1]",
        ),
        _result(miss, "not_found", passages, []),
        _result(
            none,
            "answered",
            passages,
            [{"marker": "[1]", "passage_id": "b", "quote": "not in b"}],
            "beta [1]",
        ),
    ]
    metrics = aggregate(results)
    assert metrics["hit@1"] == 0.0 and metrics["hit@3"] == 0.5
    assert metrics["mrr"] == 0.25
    assert metrics["answer_accuracy"] == 0.5
    assert metrics["citation_recall"] == 0.5 and metrics["citation_precision"] == 1.0
    assert metrics["quote_faithfulness"] == 0.5
    assert metrics["abstention_accuracy"] == 0.0
    assert metrics["false_abstention_rate"] == 0.5
    assert [r.failure for r in results] == [None, "retrieval", "abstention"]
