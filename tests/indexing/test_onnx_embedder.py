"""The encoder on ONNX Runtime: the same vectors as torch, int8 close to them, any
exportable sentence-transformers model, a clear error for one that is not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from indexing.embedders import load_embedder
from indexing.embedders.e5_build import ensure_default_model
from indexing.embedders.onnx import NotExportable, OnnxEmbedder, export_dir
from tests.conftest import MODEL_CACHE, REAL_MODEL

pytestmark = pytest.mark.real
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "e5_reference.json"
TEXTS = [
    "Les Membres ne pas imposer de droits de douane sur les transmissions électroniques.",
    "What does the moratorium cover?",
    "¿Qué propuso el Grupo Africano sobre el comercio electrónico?",
    "le " * 700,  # past the 512-token limit: truncated alike
    "",
]


def _embed(embedder: object, kind: str, texts: list[str]) -> np.ndarray:
    return getattr(embedder, f"embed_{kind}")(texts)  # type: ignore[no-any-return]


@pytest.mark.parametrize("kind", ["queries", "passages"])
def test_onnx_gives_the_torch_vectors(kind: str) -> None:
    torch_side = load_embedder(REAL_MODEL, MODEL_CACHE)
    onnx_side = load_embedder(REAL_MODEL, MODEL_CACHE, 32, "onnx")
    int8_side = load_embedder(REAL_MODEL, MODEL_CACHE, 32, "onnx-int8")
    reference = _embed(torch_side, kind, TEXTS)
    fp32 = _embed(onnx_side, kind, TEXTS)
    int8 = _embed(int8_side, kind, TEXTS)
    assert fp32.shape == reference.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(fp32, axis=1), 1.0, atol=1e-4)
    assert np.min(np.sum(fp32 * reference, axis=1)) > 0.9999
    # int8 weights move a sentence's vector a little, not across the space
    assert np.min(np.sum(int8[:3] * reference[:3], axis=1)) > 0.97


def test_onnx_agrees_with_the_4bit_engine() -> None:
    embedder = load_embedder(REAL_MODEL, MODEL_CACHE, 32, "onnx")
    for row in json.loads(FIXTURE.read_text(encoding="utf-8")):
        vector = _embed(
            embedder, "queries" if row["kind"] == "query" else "passages", [row["text"]]
        )
        reference = np.asarray(row["vector"], dtype=np.float32)
        assert float(vector[0] @ reference / np.linalg.norm(reference)) >= 0.98, row["text"]


def test_order_and_batching_do_not_change_vectors() -> None:
    embedder = load_embedder(REAL_MODEL, MODEL_CACHE, 32, "onnx")
    one_by_one = np.vstack([embedder.embed_passages([t]) for t in TEXTS])
    small_batches = OnnxEmbedder(REAL_MODEL, MODEL_CACHE, 2).embed_passages(TEXTS)
    assert np.allclose(one_by_one, embedder.embed_passages(TEXTS), atol=1e-5)
    assert np.allclose(one_by_one, small_batches, atol=1e-5)


def test_an_int8_vector_does_not_depend_on_its_batch() -> None:
    embedder = load_embedder(REAL_MODEL, MODEL_CACHE, 32, "onnx-int8")
    together = embedder.embed_passages(TEXTS)
    alone = np.vstack([embedder.embed_passages([t]) for t in TEXTS])
    assert np.allclose(together, alone, atol=1e-6)


def test_the_export_is_made_once() -> None:
    folder = export_dir(REAL_MODEL, MODEL_CACHE)
    stamp = (folder / "model.onnx").stat().st_mtime_ns
    assert export_dir(REAL_MODEL, MODEL_CACHE) == folder
    assert (folder / "model.onnx").stat().st_mtime_ns == stamp


def _tiny_model(tmp_path: Path, pooling: str) -> Path:
    """A 2-layer BERT with the default model's tokenizer, saved as a sentence-transformers
    model with the given pooling (no normalisation)."""
    from sentence_transformers import SentenceTransformer, models
    from transformers import BertConfig, BertModel

    default = ensure_default_model(MODEL_CACHE)
    raw = tmp_path / f"raw-{pooling}"
    config = BertConfig(
        vocab_size=250037,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=514,
        pad_token_id=1,
    )
    BertModel(config).save_pretrained(raw)
    for name in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        shutil.copyfile(default / name, raw / name)
    transformer = models.Transformer(str(raw), max_seq_length=128)
    model = SentenceTransformer(modules=[transformer, models.Pooling(32, pooling_mode=pooling)])
    out = tmp_path / f"tiny-{pooling}"
    model.save(str(out))
    return out


def test_a_users_own_model_runs_on_onnx(tmp_path: Path) -> None:
    model = str(_tiny_model(tmp_path, "cls"))
    torch_side = load_embedder(model, tmp_path / "cache")
    onnx_side = load_embedder(model, tmp_path / "cache", 32, "onnx")
    assert onnx_side.dimension == 32
    reference, vectors = torch_side.embed_passages(TEXTS[:3]), onnx_side.embed_passages(TEXTS[:3])
    assert np.allclose(reference, vectors, atol=1e-4)


def test_a_model_the_export_cannot_run_goes_through_torch(tmp_path: Path) -> None:
    model = str(_tiny_model(tmp_path, "max"))
    with pytest.raises(NotExportable, match="WTOQA_EMBEDDING_BACKEND=torch"):
        OnnxEmbedder(model, tmp_path / "cache")
    fallback = load_embedder(model, tmp_path / "cache", 32, "onnx-int8")
    assert not isinstance(fallback, OnnxEmbedder)
    reference = load_embedder(model, tmp_path / "cache").embed_queries(TEXTS[:2])
    assert np.allclose(fallback.embed_queries(TEXTS[:2]), reference)
