"""Milvus as the passage store: both rankings of retrieval served by one Milvus collection.

WTOQA_STORE=milvus. The URI (WTOQA_MILVUS_URI) is a local file ending in `.db`, which
runs Milvus Lite inside the process (no server), or `http://host:19530` for a Milvus
standalone server or cluster; the code is the same.

The local build (indexing.store) stays the source of documents and passages; the
collection mirrors it, one row per passage:

    key         primary key: a hash of the embedding model, the passage id and
                everything the row holds (text hash, document, language, kind, date)
    passage_id, text_sha, doc_id, language, kind, date (yyyymmdd, 0 for none)
    dense       the passage's vector from embeddings.npy (inner product, as FAISS)
    sparse      its BM25 document side, from wtoqa's own analysers
    length      its analysed length in tokens; avgdl: the mean length its sparse
                values were computed with

`sync` makes the collection match a build: rows whose key is absent are inserted,
rows no longer in the build are deleted; a rebuild that changed one document touches
only that document's rows.

Lexical side: wtoqa's own analysers, not Milvus' BM25 function. That function
analyses with Milvus' analysers; Milvus Lite 3.2 has a standard tokenizer only (a
French stemmer filter is accepted and ignored): no stemming, elision, accent folding
or WTO symbols, so a glossary term meets no passage of another language by its stem.
Measured with everything else the same (retrieval only, Milvus Lite): dev corpus
hit@1/3/5 and MRR 0.396/0.595/0.676/0.577 with wtoqa's analysers, 0.405/0.559/0.676/
0.558 with the function; PIAF (200, seed 0) 0.705/0.890/0.925/0.804 and
0.715/0.890/0.925/0.802. Equal at hit@5, better at hit@3 and MRR on the WTO texts,
and the same ranking as the FAISS store. Each passage's BM25 is split into two
sparse vectors whose inner product is bm25s' Lucene score (to float32 rounding):

    document side, per term   tf / (tf + k1 * (1 - b + b * length / avgdl))
    query side, per term      idf = ln(1 + (N - df + 0.5) / (df + 0.5)), times its count

Term ids are a 32-bit hash of the analysed token, stable across builds, so a row needs
no rewrite when the vocabulary changes (two terms hashing alike share a dimension:
none among the dev corpus' 1,466 terms; some tens are expected among a million-passage
corpus' few hundred thousand). The idf comes from the current build's statistics at
query time. The document side depends on the corpus' mean length, which drifts as
documents come and go: a row is rewritten only when the mean it was computed with is
more than AVGDL_TOLERANCE away from the current one (a 1% drift moves a score by under
1%), so one changed document does not rewrite the corpus.
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from indexing.analyzers import analyzer
from indexing.documents import Passage
from indexing.restriction import Restriction, date_number
from indexing.store import IndexStoreError, LoadedIndex, indexed_text

logger = logging.getLogger(__name__)

#: BM25 parameters of indexing.lexical (bm25s, method "lucene").
K1 = 1.2
B = 0.75
#: A row's document side is rewritten when the corpus' mean length moved this much.
AVGDL_TOLERANCE = 0.01
#: Bump when what a row holds changes (analysers, fields): every row is then rewritten.
ROW_FORMAT = 1
#: Term ids hash into [0, PLACEHOLDER); PLACEHOLDER stands for "no token" (Milvus refuses
#: an empty sparse vector) and no query carries it.
PLACEHOLDER = 2**32 - 2
BATCH = 500
CONNECT_TIMEOUT_S = 10.0
MAX_ID_CHARS = 2048


class MilvusStoreError(IndexStoreError):
    """Milvus cannot be reached or holds no usable collection; the message names the URI."""


@dataclass
class SyncReport:
    inserted: int
    deleted: int
    rewritten: int
    kept: int


def term_id(token: str) -> int:
    """The sparse dimension of an analysed token (stable across builds and processes)."""
    digest = hashlib.blake2b(token.encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(digest, "little") % PLACEHOLDER


def document_side(tokens: Sequence[str], avgdl: float) -> dict[int, float]:
    """The BM25 term-frequency part of a passage, per term id."""
    if not tokens:
        return {PLACEHOLDER: 1.0}
    norm = K1 * (1 - B + B * len(tokens) / avgdl)
    side: dict[int, float] = {}
    for token, tf in Counter(tokens).items():
        key = term_id(token)
        side[key] = side.get(key, 0.0) + tf / (tf + norm)
    return side


def idf(document_frequency: int, passages: int) -> float:
    """Lucene's idf, as bm25s computes it."""
    return math.log(1 + (passages - document_frequency + 0.5) / (document_frequency + 0.5))


def _is_local(uri: str) -> bool:
    return "://" not in uri and not uri.startswith("unix:")


def connect(uri: str, token: str | None = None) -> Any:
    """A MilvusClient on the URI; MilvusStoreError naming it when it cannot be reached."""
    try:
        from pymilvus import MilvusClient
        from pymilvus.exceptions import MilvusException
    except ImportError as exc:  # pragma: no cover - a dependency of the project
        raise MilvusStoreError(
            f"WTOQA_STORE=milvus needs pymilvus and milvus-lite ({exc}); "
            "install them with `pip install pymilvus milvus-lite`"
        ) from exc
    if _is_local(uri):
        if not uri.endswith(".db"):
            raise MilvusStoreError(
                f"WTOQA_MILVUS_URI={uri!r} is neither a Milvus Lite file (a path ending in "
                ".db) nor a server address (http://host:19530)"
            )
        Path(uri).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        uri = str(Path(uri).expanduser().resolve())
    try:
        # Milvus Lite logs a traceback when its file is taken; the error below says it better.
        with _quiet("milvus_lite.server_manager"):
            return MilvusClient(uri=uri, token=token or "", timeout=CONNECT_TIMEOUT_S)
    except MilvusException as exc:
        if _is_local(uri):
            raise MilvusStoreError(
                f"cannot open the Milvus Lite file {uri} ({exc.message}): Milvus Lite serves "
                "one process at a time, so another wtoqa (a running `wtoqa serve`?) may hold "
                "it; stop that process, or run a Milvus server and set "
                "WTOQA_MILVUS_URI=http://host:19530"
            ) from exc
        raise MilvusStoreError(
            f"cannot reach Milvus at WTOQA_MILVUS_URI={uri} ({exc.message}); start the "
            "server, correct the URI (and WTOQA_MILVUS_TOKEN), or set WTOQA_STORE=faiss"
        ) from exc


@contextmanager
def _quiet(*names: str) -> Iterator[None]:
    """Silence these loggers for a while (a library's noise the caller handles)."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [each.level for each in loggers]
    for each in loggers:
        each.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for each, level in zip(loggers, levels, strict=True):
            each.setLevel(level)


def row_key(passage: Passage, model_id: str) -> str:
    """A row's identity: a new key whenever anything the row holds would change."""
    parts = (
        str(ROW_FORMAT),
        model_id,
        passage.passage_id,
        passage.doc_id,
        passage.text_sha,
        passage.language,
        passage.kind,
        str(date_number(passage.date)),
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


class MilvusStore:
    """One collection of one Milvus: sync from a build, search for a loaded build."""

    def __init__(self, client: Any, uri: str, collection: str) -> None:
        self.client = client
        self.uri = uri
        self.collection = collection

    @classmethod
    def open(cls, uri: str, collection: str, token: str | None = None) -> MilvusStore:
        """The store serving a collection that must exist (filled by `wtoqa index`)."""
        store = cls(connect(uri, token), uri, collection)
        if not store.exists():
            raise MilvusStoreError(
                f"Milvus at {uri} has no collection {collection!r}; fill it with "
                "`WTOQA_STORE=milvus wtoqa index` (or set WTOQA_MILVUS_COLLECTION)"
            )
        store.load()
        return store

    def load(self) -> None:
        """Make the collection searchable (Milvus releases collections on restart)."""
        self._call("load the collection", "load_collection", self.collection)

    def _call(self, what: str, method: str, *args: Any, **kwargs: Any) -> Any:
        from pymilvus.exceptions import MilvusException

        try:
            return getattr(self.client, method)(*args, **kwargs)
        except MilvusException as exc:
            raise MilvusStoreError(
                f"Milvus at {self.uri} failed to {what} in collection {self.collection!r}: "
                f"{exc.message}"
            ) from exc

    def exists(self) -> bool:
        return bool(self._call("look for the collection", "has_collection", self.collection))

    def count(self) -> int:
        rows = self._call(
            "count rows", "query", self.collection, filter="", output_fields=["count(*)"]
        )
        return int(rows[0]["count(*)"]) if rows else 0

    # -- writing -------------------------------------------------------------------

    def _create(self, dimension: int, faiss_index: str) -> None:
        from pymilvus import DataType, MilvusClient

        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("key", DataType.VARCHAR, is_primary=True, max_length=64)
        schema.add_field("passage_id", DataType.VARCHAR, max_length=MAX_ID_CHARS)
        schema.add_field("text_sha", DataType.VARCHAR, max_length=64)
        schema.add_field("doc_id", DataType.VARCHAR, max_length=MAX_ID_CHARS)
        schema.add_field("language", DataType.VARCHAR, max_length=16)
        schema.add_field("kind", DataType.VARCHAR, max_length=32)
        schema.add_field("date", DataType.INT32)
        schema.add_field("length", DataType.INT32)
        schema.add_field("avgdl", DataType.FLOAT)
        schema.add_field("dense", DataType.FLOAT_VECTOR, dim=dimension)
        schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        indexes = self.client.prepare_index_params()
        if faiss_index.upper().startswith("HNSW"):
            indexes.add_index(
                "dense",
                index_type="HNSW",
                metric_type="IP",
                params={"M": 32, "efConstruction": 200},
            )
        else:  # exact search, as FAISS' default "Flat"
            indexes.add_index("dense", index_type="FLAT", metric_type="IP")
        indexes.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="IP")
        for field in ("doc_id", "language", "kind", "date"):
            indexes.add_index(field, index_type="INVERTED")
        # Strong: a search right after a sync sees the rows it wrote. Milvus Lite lacks
        # the timestamp call pymilvus makes while waiting for an index; its gRPC server
        # logs that with a traceback, harmlessly.
        with _quiet("grpc._server"):
            self._call(
                "create the collection",
                "create_collection",
                self.collection,
                schema=schema,
                index_params=indexes,
                consistency_level="Strong",
            )

    def _dimension(self) -> int | None:
        described = self._call("describe the collection", "describe_collection", self.collection)
        for field in described.get("fields", []):
            if field.get("name") == "dense":
                return int(field.get("params", {}).get("dim", 0))
        return None

    def _stored(self) -> dict[str, tuple[int, float]]:
        """(length, avgdl) of every stored row, by key."""
        stored: dict[str, tuple[int, float]] = {}
        # Milvus Lite has no server timestamps: its gRPC server logs the call it lacks, and
        # the iterator warns and uses the client's time instead, which is right here.
        with _quiet("pymilvus.client.iterator.query_iterator", "grpc._server"):
            iterator = self._call(
                "read the rows",
                "query_iterator",
                self.collection,
                batch_size=BATCH * 4,
                filter="",
                output_fields=["key", "length", "avgdl"],
            )
        try:
            while True:
                batch = iterator.next()
                if not batch:
                    break
                for row in batch:
                    stored[str(row["key"])] = (int(row["length"]), float(row["avgdl"]))
        finally:
            iterator.close()
        return stored

    def sync(self, index: LoadedIndex, faiss_index: str = "Flat") -> SyncReport:
        """Make the collection hold exactly the passages of the build, by content hash."""
        dimension = int(index.embeddings.shape[1]) if index.embeddings.ndim == 2 else 0
        if self.exists():
            stored_dimension = self._dimension()
            if stored_dimension not in (None, dimension):
                logger.warning(
                    "the Milvus collection %s holds vectors of dimension %s, the build %s: "
                    "recreating it",
                    self.collection,
                    stored_dimension,
                    dimension,
                )
                self._call("drop the collection", "drop_collection", self.collection)
        if not self.exists():
            self._create(dimension, faiss_index)
        self.load()
        stored = self._stored()
        keys = [row_key(p, index.model_id) for p in index.passages]
        wanted = set(keys)
        # Lengths of the rows kept come from Milvus; only new rows are analysed here.
        tokens: dict[int, list[str]] = {}
        lengths = np.zeros(len(keys), dtype=np.float64)
        for row, (key, passage) in enumerate(zip(keys, index.passages, strict=True)):
            if key in stored:
                lengths[row] = stored[key][0]
            else:
                tokens[row] = analyzer(passage.language)(indexed_text(passage))
                lengths[row] = len(tokens[row])
        # bm25s counts a passage without tokens as one token long (its placeholder).
        avgdl = float(np.maximum(lengths, 1).mean()) if len(keys) else 1.0
        stale = [
            row
            for row, key in enumerate(keys)
            if key in stored and abs(stored[key][1] - avgdl) > AVGDL_TOLERANCE * avgdl
        ]
        for row in stale:
            passage = index.passages[row]
            tokens[row] = analyzer(passage.language)(indexed_text(passage))
        gone = [key for key in stored if key not in wanted]
        for start in range(0, len(gone), BATCH):
            self._call("delete rows", "delete", self.collection, ids=gone[start : start + BATCH])
        fresh = [row for row in range(len(keys)) if keys[row] not in stored]
        for method, rows in (("insert", fresh), ("upsert", stale)):
            for start in range(0, len(rows), BATCH):
                batch = [
                    self._row(index, keys[row], row, tokens[row], avgdl)
                    for row in rows[start : start + BATCH]
                ]
                self._call(f"{method} rows", method, self.collection, data=batch)
        report = SyncReport(
            inserted=len(fresh),
            deleted=len(gone),
            rewritten=len(stale),
            kept=len(keys) - len(fresh) - len(stale),
        )
        logger.info(
            "Milvus %s/%s synced: %d inserted, %d deleted, %d rewritten, %d kept",
            self.uri,
            self.collection,
            report.inserted,
            report.deleted,
            report.rewritten,
            report.kept,
        )
        return report

    @staticmethod
    def _row(
        index: LoadedIndex, key: str, row: int, tokens: list[str], avgdl: float
    ) -> dict[str, Any]:
        passage = index.passages[row]
        return {
            "key": key,
            "passage_id": passage.passage_id,
            "text_sha": passage.text_sha,
            "doc_id": passage.doc_id,
            "language": passage.language,
            "kind": passage.kind,
            "date": date_number(passage.date),
            "length": len(tokens),
            "avgdl": avgdl,
            "dense": np.asarray(index.embeddings[row], dtype=np.float32).tolist(),
            "sparse": document_side(tokens, avgdl),
        }

    # -- reading -------------------------------------------------------------------

    def rankings(self, index: LoadedIndex) -> MilvusRankings:
        return MilvusRankings(self, index)


def term_collisions(terms: Iterable[str]) -> int:
    """How many of these distinct terms share a term id with an earlier one."""
    ids: dict[int, str] = {}
    clashes = 0
    for term in set(terms):
        if ids.setdefault(term_id(term), term) != term:
            clashes += 1
    return clashes


class MilvusRankings:
    """The two rankings of indexing.retrieval, searched in Milvus for a loaded build.

    Rows come back as passage ids and text hashes; a row the loaded build does not hold
    (a sync under way for a newer build) is left out."""

    def __init__(self, store: MilvusStore, index: LoadedIndex) -> None:
        self.store = store
        self.index = index
        self._shas = [p.text_sha for p in index.passages]

    def _search(
        self, field: str, data: Any, restriction: Restriction, n: int, params: dict[str, Any]
    ) -> tuple[np.ndarray, np.ndarray]:
        empty = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        if restriction.impossible or n <= 0:
            return empty
        results = self.store._call(
            "search",
            "search",
            self.store.collection,
            data=[data],
            anns_field=field,
            limit=n,
            filter=restriction.expression(),
            output_fields=["passage_id", "text_sha"],
            search_params={"metric_type": "IP", "params": params},
        )
        found: list[tuple[float, int]] = []
        for hit in results[0] if results else []:
            row = self.index.by_id.get(str(hit["passage_id"]))
            if row is not None and self._shas[row] == hit["text_sha"]:
                found.append((float(hit["distance"]), row))
        # ties broken by row, as the in-process store does
        found.sort(key=lambda item: (-item[0], item[1]))
        if not found:
            return empty
        return (
            np.array([row for _, row in found], dtype=np.int64),
            np.array([score for score, _ in found], dtype=np.float32),
        )

    def lexical(
        self, tokens: tuple[str, ...], restriction: Restriction, n: int
    ) -> tuple[np.ndarray, np.ndarray]:
        lexical = self.index.lexical
        query: dict[int, float] = {}
        for token, count in Counter(lexical.known(tokens)).items():
            weight = idf(lexical.document_frequency(token), lexical.size) * count
            key = term_id(token)
            query[key] = query.get(key, 0.0) + weight
        if not query:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        rows, scores = self._search("sparse", query, restriction, n, {"drop_ratio_search": 0.0})
        keep = scores > 0
        return rows[keep], scores[keep]

    def dense(
        self, query_vector: np.ndarray, restriction: Restriction, n: int
    ) -> tuple[np.ndarray, np.ndarray]:
        vector = np.asarray(query_vector, dtype=np.float32).tolist()
        return self._search("dense", vector, restriction, n, {})
