"""The one pipeline behind the API, the CLI and the evaluation runner.

index on disk -> HybridRetriever -> answer composition (extractive, or an LLM
whose output is checked). The edges only translate requests and errors.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from answering.compose import Composer, idf_from_counts
from indexing.documents import Document, Hit
from indexing.embedders import Embedder, load_embedder
from indexing.query import expand_query
from indexing.retrieval import HybridRetriever, SearchFilters
from indexing.store import BuildReport, LoadedIndex, build_index, load_index
from wtoqa.settings import Settings

if TYPE_CHECKING:
    from answering.types import Answer, Message

logger = logging.getLogger(__name__)


@dataclass
class Timings:
    """Milliseconds spent per stage of one request."""

    stages: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, started: float) -> float:
        now = time.perf_counter()
        self.stages[stage] = self.stages.get(stage, 0.0) + (now - started) * 1000
        return now


class QAService:
    """Loads the index and model once; answers searches and questions."""

    def __init__(
        self,
        settings: Settings,
        index: LoadedIndex,
        embedder: Embedder | None,
    ) -> None:
        self.settings = settings
        self.index = index
        self.embedder = embedder
        self.retriever = HybridRetriever(
            index,
            embedder,
            fusion=settings.fusion if embedder is not None else "lexical",
            rrf_k=settings.rrf_k,
            dense_weight=settings.dense_weight,
        )
        self.metas = {doc_id: doc.meta for doc_id, doc in index.documents.items()}
        lexical = index.lexical
        self.composer = Composer(idf_from_counts(lexical.document_frequency, max(1, lexical.size)))
        # One embedding per distinct query text: a second search for the same question
        # (the operative paragraphs of a "what does X propose") must not embed it again.
        self._embed_query = lru_cache(maxsize=512)(self.retriever.embed_query)
        self._llm_lock = threading.Lock()
        self._llm: object | None = None

    @classmethod
    def from_settings(cls, settings: Settings, index_dir: Path | None = None) -> QAService:
        index_dir = index_dir or settings.index_dir
        index = load_index(index_dir, expected_model=settings.embedding_model)
        embedder = (
            None
            if settings.fusion == "lexical"
            else load_embedder(
                settings.embedding_model, settings.model_cache_dir, settings.embedding_batch_size
            )
        )
        return cls(settings, index, embedder)

    def variant(self, fusion: str) -> QAService:
        """The same index and model with another fusion (baselines: lexical, dense)."""
        settings = self.settings.model_copy(update={"fusion": fusion})
        return QAService(settings, self.index, self.embedder)

    # -- retrieval -----------------------------------------------------------------

    def search(
        self,
        query: str,
        k: int = 5,
        filters: SearchFilters | None = None,
        timings: Timings | None = None,
    ) -> list[Hit]:
        timings = timings or Timings()
        started = time.perf_counter()
        expanded = expand_query(query)
        vector = (
            self._embed_query(expanded.dense_text) if self.retriever.fusion != "lexical" else None
        )
        started = timings.add("embed", started)
        hits = self.retriever.search(
            expanded.lexical_text,
            k=k,
            filters=filters,
            query_vector=vector,
            language=expanded.language,
        )
        timings.add("search", started)
        return hits

    # -- answers -------------------------------------------------------------------

    def ask(
        self,
        question: str,
        k: int = 5,
        history: list[Message] | None = None,
        timings: Timings | None = None,
    ) -> Answer:
        from answering.pipeline import answer_question

        return answer_question(self, question, k=k, history=history or [], timings=timings)

    def llm(self) -> object | None:
        """The configured chat model, built on first use; None when generation is off."""
        if self.settings.llm_provider == "none":
            return None
        with self._llm_lock:
            if self._llm is None:
                from answering.llm import make_chat_model

                self._llm = make_chat_model(self.settings)
            return self._llm

    # -- documents -----------------------------------------------------------------

    @property
    def documents(self) -> dict[str, Document]:
        return self.index.documents


def build(
    settings: Settings,
    corpus_dir: Path,
    index_dir: Path,
    *,
    progress: bool = False,
    force: bool = False,
) -> BuildReport:
    """Build or update the index with the configured model (loaded only if needed)."""
    return build_index(
        corpus_dir,
        index_dir,
        settings.embedding_model,
        lambda: load_embedder(
            settings.embedding_model, settings.model_cache_dir, settings.embedding_batch_size
        ),
        faiss_index=settings.faiss_index,
        max_passage_chars=settings.max_passage_chars,
        progress=progress,
        force=force,
    )
