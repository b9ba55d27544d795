"""Hybrid retrieval: BM25 and dense rankings fused, filtered and de-duplicated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal, Protocol

import numpy as np

from indexing.analyzers import detect_language
from indexing.documents import Hit
from indexing.embedders.base import Embedder
from indexing.query import EMPTY_GLOSSARY, Query, make_query
from indexing.restriction import PassageColumns, Restriction, row_runs
from indexing.segment import normalize_whitespace
from indexing.store import LoadedIndex

Fusion = Literal["rrf", "lexical", "dense"]


@dataclass(frozen=True)
class SearchFilters:
    """Restrict a search to some documents, a language or a date range (inclusive)."""

    doc_ids: tuple[str, ...] | None = None
    language: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    #: paragraph kinds: heading, preamble, operative, body
    kinds: tuple[str, ...] | None = None

    @property
    def empty(self) -> bool:
        return not (self.doc_ids or self.language or self.date_from or self.date_to or self.kinds)


class Rankings(Protocol):
    """Where the two rankings come from: passage rows (of the loaded index) and their
    scores, best first, only rows the restriction allows, at most n."""

    def lexical(
        self, tokens: tuple[str, ...], restriction: Restriction, n: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """BM25 of the analysed query tokens; only passages that share a token."""
        ...

    def dense(
        self, query_vector: np.ndarray, restriction: Restriction, n: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """Inner product of the passage vectors with the query vector."""
        ...


#: Up to this many allowed rows, a filtered dense ranking is exact NumPy scoring.
EXACT_FILTER_ROWS = 50_000
#: Queries whose BM25 scores over every row are kept (a million rows: 4 MB each).
LEXICAL_SCORE_CACHE = 4


class LocalRankings:
    """Both rankings from the index files in memory: bm25s and FAISS."""

    def __init__(self, index: LoadedIndex, columns: PassageColumns) -> None:
        self.index = index
        self.columns = columns
        # the mapped vectors as a plain array: slicing a np.memmap costs microseconds in
        # Python each time, and exact scoring slices once per document
        self._vectors = np.asarray(index.embeddings).view(np.ndarray)
        # one question ranks several times with the same tokens (inside the documents it
        # names, the kinds an answer quotes), 6 ms each over a million passages
        self.lexical_scores = lru_cache(maxsize=LEXICAL_SCORE_CACHE)(self._lexical_scores)

    def _lexical_scores(self, tokens: tuple[str, ...]) -> np.ndarray:
        """BM25 of every row for the tokens (read-only: the array is shared by the cache)."""
        scores = self.index.lexical.scores(tokens)
        scores.flags.writeable = False
        return scores

    def lexical(
        self, tokens: tuple[str, ...], restriction: Restriction, n: int
    ) -> tuple[np.ndarray, np.ndarray]:
        mask = self.columns.mask(restriction)
        scores = self.lexical_scores(tokens)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        candidates = np.flatnonzero(scores > 0)
        if len(candidates) > n:
            candidates = candidates[np.argpartition(-scores[candidates], n - 1)[:n]]
        order = candidates[np.argsort(-scores[candidates], kind="stable")]
        return order, scores[order]

    def dense(
        self, query_vector: np.ndarray, restriction: Restriction, n: int
    ) -> tuple[np.ndarray, np.ndarray]:
        mask = self.columns.mask(restriction)
        if mask is None:
            scores, ids = self.index.dense.search(query_vector, n)
            return ids.astype(np.int64), scores
        # Filtered, never by post-filtering an approximate top n (a filter would starve
        # it): a few rows are scored exactly; many are searched by FAISS restricted to
        # them (gathering most of a million vectors costs half a second).
        allowed = np.flatnonzero(mask)
        if len(allowed) == 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        if len(allowed) > EXACT_FILTER_ROWS:
            scores, ids = self.index.dense.search(query_vector, n, allowed=mask)
            return ids.astype(np.int64), scores
        sims = exact_scores(self._vectors, allowed, query_vector)
        top = top_rows(sims, n)
        return allowed[top], sims[top]


#: Allowed rows that come in runs at least this long on average (a document's passages
#: are consecutive rows) are scored in place, run by run; others are gathered first.
RUN_ROWS = 8


def exact_scores(vectors: np.ndarray, rows: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Inner products of the vectors of `rows` (sorted) with the query. Gathering the rows
    copies them out of the mapped file (35,000 rows of a million: 25 ms); a document's,
    a language's passages lie in runs of consecutive rows, multiplied where they are."""
    starts, stops = row_runs(rows)
    if len(starts) * RUN_ROWS > len(rows):
        return np.asarray(vectors[rows] @ query, dtype=np.float32)
    sims = np.empty(len(rows), dtype=np.float32)
    at = 0
    for start, stop in zip(starts.tolist(), stops.tolist(), strict=True):
        np.matmul(vectors[start:stop], query, out=sims[at : at + stop - start])
        at += stop - start
    return sims


def top_rows(scores: np.ndarray, n: int) -> np.ndarray:
    """Positions of the n highest scores, best first, ties in position order."""
    if len(scores) > n:
        top = np.argpartition(-scores, n - 1)[:n]
        return top[np.lexsort((top, -scores[top]))]
    return np.argsort(-scores, kind="stable")


class HybridRetriever:
    """Returns ranked hits for a query; one instance per loaded index.

    The rankings come from the index files in memory unless `rankings` gives another
    store's (Milvus: indexing.milvus_store); fusion, preferences and de-duplication are
    the same for every store."""

    def __init__(
        self,
        index: LoadedIndex,
        embedder: Embedder | None,
        fusion: Fusion = "rrf",
        rrf_k: int = 60,
        dense_weight: float = 1.0,
        candidates: int = 100,
        rankings: Rankings | None = None,
    ) -> None:
        if fusion != "lexical" and embedder is None:
            raise ValueError(f"fusion {fusion!r} needs an embedder")
        self.index = index
        self.embedder = embedder
        self.fusion = fusion
        self.rrf_k = rrf_k
        self.dense_weight = dense_weight
        self.candidates = candidates
        self.columns = PassageColumns(index.passages)
        self.rankings: Rankings = rankings or LocalRankings(index, self.columns)
        languages = self.columns.language.index  # language -> its code in the column
        self._language_codes = {lang: n for n, lang in enumerate(sorted(languages))}
        recode = np.array([self._language_codes[lang] for lang in languages], dtype=np.int32)
        self._language_of = recode[self.columns.language.column]

    def restriction(self, filters: SearchFilters | None) -> Restriction:
        """The filters as a restriction (see indexing.restriction)."""
        if filters is None or filters.empty:
            return Restriction()
        return Restriction.to(
            doc_ids=filters.doc_ids,
            languages=(filters.language,) if filters.language else None,
            kinds=filters.kinds,
            date_from=filters.date_from,
            date_to=filters.date_to,
        )

    def lexical_ranking(
        self, tokens: tuple[str, ...], restriction: Restriction, n: int
    ) -> tuple[np.ndarray, np.ndarray]:
        return self.rankings.lexical(tokens, restriction, n)

    def dense_ranking(
        self,
        query_vector: np.ndarray,
        restriction: Restriction,
        n: int,
        variants: dict[str, np.ndarray] | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The n passages closest to the query. A variant vector (the query with its WTO
        terms put in another language) scores the passages of that language too, each
        passage keeping the closer of the two: e5-small matches a question to a passage
        in another language much better when the terms at least are shared."""
        ids, scores = self.rankings.dense(query_vector, restriction, n)
        if not variants:
            return ids, scores
        best = {int(i): float(s) for i, s in zip(ids, scores, strict=True)}
        for language, vector in variants.items():
            if language not in self._language_codes:
                continue
            in_language = restriction & Restriction(languages=frozenset((language,)))
            v_ids, v_scores = self.rankings.dense(vector, in_language, n)
            for i, s in zip(v_ids, v_scores, strict=True):
                if float(s) > best.get(int(i), -1.0):
                    best[int(i)] = float(s)
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))[:n]
        return (
            np.array([i for i, _ in ranked], dtype=np.int64),
            np.array([s for _, s in ranked], dtype=np.float32),
        )

    def variants_for(self, query: Query) -> dict[str, str]:
        """The query's term-translated texts for the languages the index holds."""
        return {lang: text for lang, text in query.dense_variants if lang in self._language_codes}

    def embed_query(self, text: str) -> np.ndarray:
        assert self.embedder is not None
        return self.embedder.embed_queries([text])[0]

    def _rankings(
        self,
        query: Query,
        restriction: Restriction,
        n: int,
        query_vector: np.ndarray | None,
        variants: dict[str, np.ndarray] | None = None,
    ) -> tuple[dict[int, int], dict[int, int], dict[int, float], dict[int, float]]:
        lex_ids, lex_scores = (
            self.lexical_ranking(query.tokens, restriction, n)
            if self.fusion != "dense"
            else (np.zeros(0, dtype=np.int64), np.zeros(0))
        )
        if self.fusion != "lexical" and query_vector is not None:
            dense_ids, dense_scores = self.dense_ranking(query_vector, restriction, n, variants)
        else:
            dense_ids, dense_scores = np.zeros(0, dtype=np.int64), np.zeros(0)
        # BM25 scores of passages in different languages are not on one scale: a
        # question's words meet its own language's passages directly and the others only
        # through glossary translations. Each language's best lexical match gets rank 1,
        # and dense similarity, which crosses languages, arbitrates.
        counters: dict[int, int] = {}
        lex_ranks = {}
        for i in lex_ids:
            lang = int(self._language_of[i])
            counters[lang] = counters.get(lang, 0) + 1
            lex_ranks[int(i)] = counters[lang]
        return (
            lex_ranks,
            {int(i): r for r, i in enumerate(dense_ids, start=1)},
            {int(i): float(s) for i, s in zip(lex_ids, lex_scores, strict=True)},
            {int(i): float(s) for i, s in zip(dense_ids, dense_scores, strict=True)},
        )

    def _fuse(self, lex_rank: dict[int, int], dense_rank: dict[int, int]) -> dict[int, float]:
        fused: dict[int, float] = {}
        for i, r in lex_rank.items():
            fused[i] = fused.get(i, 0.0) + 1.0 / (self.rrf_k + r)
        for i, r in dense_rank.items():
            fused[i] = fused.get(i, 0.0) + self.dense_weight / (self.rrf_k + r)
        return fused

    def search(
        self,
        query: Query | str,
        k: int = 5,
        filters: SearchFilters | None = None,
        *,
        query_vector: np.ndarray | None = None,
        variant_vectors: dict[str, np.ndarray] | None = None,
    ) -> list[Hit]:
        """The k best passages for the query, best first.

        Documents the query names (by symbol, session, year, place, member) are preferred:
        their passages are ranked once more among themselves and that ranking is fused
        in, so the named document's best paragraph rises without hiding the others."""
        if isinstance(query, str):  # a bare text: its own words, no glossary, no names
            query = make_query(query, detect_language(query), EMPTY_GLOSSARY)
        restriction = self.restriction(filters)
        n = max(self.candidates, k * 4)
        if self.fusion != "lexical" and query_vector is None:
            query_vector = self.embed_query(query.dense_text)
        if self.fusion != "lexical" and variant_vectors is None:
            variant_vectors = {
                lang: self.embed_query(text) for lang, text in self.variants_for(query).items()
            }
        lex_rank, dense_rank, lex_score, dense_score = self._rankings(
            query, restriction, n, query_vector, variant_vectors
        )
        if self.fusion == "lexical":
            fused = dict(lex_score)
        elif self.fusion == "dense":
            fused = dict(dense_score)
        else:
            fused = self._fuse(lex_rank, dense_rank)
            if query.named_documents:
                fused = self._prefer_named(
                    query, restriction, n, query_vector, fused, variant_vectors
                )

        ranked = sorted(fused.items(), key=lambda item: (-item[1], item[0]))
        hits: list[Hit] = []
        seen_texts: set[str] = set()
        for row, score in ranked:
            passage = self.index.passages[row]
            key = normalize_whitespace(passage.text).casefold()
            if key in seen_texts:
                continue  # the same paragraph in two documents: keep the better-ranked one
            seen_texts.add(key)
            hits.append(
                Hit(
                    passage=passage,
                    score=score,
                    lexical_rank=lex_rank.get(row),
                    dense_rank=dense_rank.get(row),
                    lexical_score=lex_score.get(row),
                    dense_score=dense_score.get(row),
                )
            )
            if len(hits) >= k:
                break
        return hits

    def _prefer_named(
        self,
        query: Query,
        restriction: Restriction,
        n: int,
        query_vector: np.ndarray | None,
        fused: dict[int, float],
        variants: dict[str, np.ndarray] | None = None,
    ) -> dict[int, float]:
        named = [d for d, w in query.named_documents.items() if np.float32(w) > 0]
        if not named:
            return fused
        inside_named = restriction & Restriction(doc_ids=frozenset(named))
        named_mask = self.columns.mask(inside_named)
        if named_mask is not None and not named_mask.any():
            return fused
        lex_rank, dense_rank, _, _ = self._rankings(query, inside_named, n, query_vector, variants)
        inside = self._fuse(lex_rank, dense_rank)
        rows = np.fromiter(inside, dtype=np.int64, count=len(inside))
        weights = self.columns.document_weights(query.named_documents, rows)
        out = dict(fused)
        for row, weight, score in zip(
            rows.tolist(), weights.tolist(), inside.values(), strict=True
        ):
            out[row] = out.get(row, 0.0) + weight * score
        return out
