"""Metadata read from the text of the dev corpus, checked against what a reader wrote down.

`evals/gold/dev-corpus-metadata.json` holds, per document, the title, symbol, date, kind
and language a person reads on it. The title we derive may carry more lines than the
reader wrote (the work programme's name above the title, as the WTO prints it), so the
title test asks for the reader's title inside ours, in its own case, and no letterhead.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from indexing.corpus import load_document, scan

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "evals" / "corpora" / "dev" / "tune"
GOLD = json.loads((ROOT / "evals" / "gold" / "dev-corpus-metadata.json").read_text("utf-8"))


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w'’-]+", text.replace("’", "'")))


@pytest.fixture(scope="module")
def metas() -> dict[str, object]:
    corpus = scan(DEV)
    return {rel: load_document(corpus, rel).meta for rel in GOLD}


@pytest.mark.parametrize("rel", sorted(GOLD))
def test_symbol_date_kind_language(metas, rel: str) -> None:  # type: ignore[no-untyped-def]
    meta, gold = metas[rel], GOLD[rel]
    got = {key: getattr(meta, key) for key in ("symbol", "date", "kind", "language")}
    want = {key: gold.get(key) for key in got}
    assert got == want


@pytest.mark.parametrize("rel", sorted(GOLD))
def test_title_is_the_documents_own(metas, rel: str) -> None:  # type: ignore[no-untyped-def]
    title = metas[rel].title
    assert _words(GOLD[rel]["title"]).casefold() in _words(title).casefold(), title
    assert "organization" not in title.casefold() or "organization" in GOLD[rel]["title"].casefold()
    # the reader's capitals, not the letterhead's (an all-capitals title was truecased)
    assert not re.search(r"\b[A-ZÀ-Ý]{4,}\b", title) or re.search(
        r"\b[A-ZÀ-Ý]{4,}\b", GOLD[rel]["title"]
    ), title
