"""Shared fixtures: offline, network blocked, a fake embedder and a real one.

The fast layer builds indexes with the deterministic `fake-hash-64` embedder;
tests marked `real` load multilingual-e5-small and the real index.
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
MODEL_CACHE = ROOT / ".wtoqa" / "models"
FAKE_MODEL = "fake-hash-64"
REAL_MODEL = "multilingual-e5-small"

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> None:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (
        host.startswith("127.") or host in {"localhost", "::1"} or self.family == socket.AF_UNIX
    ):
        _real_connect(self, address)
        return
    raise RuntimeError(f"network access in tests is blocked (tried {address!r})")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("WTOQA_"):
            monkeypatch.delenv(name)
    from wtoqa.settings import get_settings

    get_settings.cache_clear()


def make_settings(tmp: Path, model: str = FAKE_MODEL, **overrides: object):  # type: ignore[no-untyped-def]
    from wtoqa.settings import Settings

    values: dict[str, object] = {
        "corpus_dir": CORPUS,
        "index_dir": tmp / "index",
        "model_cache_dir": MODEL_CACHE,
        "embedding_model": model,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def service_over(tmp: Path, documents: dict[str, str]):  # type: ignore[no-untyped-def]
    """A service (fake embedder, no score floor, no cross-language lexicon) over a corpus
    of the given texts, written under `tmp` by file name."""
    from answering.service import QAService, build

    corpus = tmp / "corpus"
    corpus.mkdir()
    for name, text in documents.items():
        (corpus / name).write_text(text, encoding="utf-8")
    settings = make_settings(tmp, corpus_dir=corpus, abstain_threshold=0.0, cross_lexicon=False)
    build(settings, corpus, settings.index_dir)
    return QAService.from_settings(settings)


@pytest.fixture(scope="session")
def fake_service(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The seed corpus indexed with the fake embedder: fast, deterministic."""
    from answering.service import QAService, build

    tmp = tmp_path_factory.mktemp("fake-index")
    # The support score's dense part is calibrated on e5 cosines; hashed vectors are not
    # on that scale, so the fast layer tests the structural abstention reasons only.
    # Hashed vectors put unrelated words together (64 dimensions), so the lexicon's word
    # translations and spellings, calibrated on e5 cosines, are off here too.
    settings = make_settings(tmp, abstain_threshold=0.0, cross_lexicon=False)
    build(settings, settings.corpus_dir, settings.index_dir)
    return QAService.from_settings(settings)


@pytest.fixture(scope="session")
def real_service(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The seed corpus indexed with multilingual-e5-small, as `make run` serves it."""
    from answering.service import QAService, build

    tmp = tmp_path_factory.mktemp("real-index")
    settings = make_settings(tmp, model=REAL_MODEL)
    build(settings, settings.corpus_dir, settings.index_dir)
    return QAService.from_settings(settings)


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    yield target
