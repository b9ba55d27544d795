"""The same sentence-transformers model, run by ONNX Runtime.

sentence-transformers' own ONNX backend (`backend="onnx"`) loads through
`optimum.onnxruntime`, and the only optimum-onnx release on PyPI (0.1.0) needs
transformers < 4.58 while sentence-transformers 6 needs transformers >= 5: the
two cannot be installed together. So the export is done here, once, from the
loaded sentence-transformers model (any model whose modules are a Hugging Face
transformer, mean or CLS pooling, and optional normalisation):

    <cache>/onnx/<model key>/model.onnx        torch.onnx export of the transformer
    <cache>/onnx/<model key>/model-int8.onnx   onnxruntime's dynamic int8 quantisation
    <cache>/onnx/<model key>/tokenizer.json    the model's fast tokenizer
    <cache>/onnx/<model key>/wtoqa_onnx.json   pooling, normalisation, prompts, max length

At run time only `onnxruntime` and `tokenizers` are used: no torch import, so a
query costs the encoder's arithmetic and little else.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from indexing.embedders.base import EmbeddingError, write_dir_atomically

logger = logging.getLogger(__name__)

#: Bump when the export changes what the files hold.
EXPORT_VERSION = 1
CONFIG = "wtoqa_onnx.json"


class NotExportable(EmbeddingError):
    """The model has a part the ONNX export does not run (the torch backend does)."""


OPSET = 17


def _model_path(model: str, cache_dir: Path) -> str:
    from indexing.embedders.e5_build import ModelBuildError, ensure_default_model
    from wtoqa.settings import DEFAULT_EMBEDDING_MODEL

    if model != DEFAULT_EMBEDDING_MODEL:
        return model
    try:
        return str(ensure_default_model(cache_dir))
    except ModelBuildError as exc:
        raise EmbeddingError(f"cannot build the default model: {exc}") from exc


def _source_key(model: str, path: str) -> str:
    """A folder name that changes when the model's files change."""
    digest = hashlib.sha256(f"{EXPORT_VERSION}|{model}".encode())
    folder = Path(path)
    if folder.is_dir():
        for file in sorted(folder.rglob("*")):
            if file.is_file() and file.suffix in {".json", ".safetensors", ".bin", ".txt"}:
                stat = file.stat()
                digest.update(
                    f"{file.relative_to(folder)}|{stat.st_size}|{stat.st_mtime_ns}".encode()
                )
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in Path(model).name)[:60]
    return f"{safe}-{digest.hexdigest()[:12]}"


def export_dir(model: str, cache_dir: Path) -> Path:
    """The ONNX export of a model, made once (about a minute for e5-small) and reused."""
    path = _model_path(model, cache_dir)
    target = cache_dir / "onnx" / _source_key(model, path)
    if (target / CONFIG).is_file():
        return target
    logger.info("exporting %s to ONNX in %s (once)", model, target)
    try:
        write_dir_atomically(target, lambda tmp: _export(path, tmp), ".export-")
    except EmbeddingError:
        raise
    except Exception as exc:
        raise NotExportable(
            f"cannot export model {model!r} to ONNX ({type(exc).__name__}: {exc}); "
            "set WTOQA_EMBEDDING_BACKEND=torch to run it through sentence-transformers"
        ) from exc
    return target


def _export(path: str, out: Path) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(path, device="cpu")
    modules: list[Any] = list(model)
    transformer = modules[0]
    auto_model: Any = getattr(transformer, "auto_model", None)
    tokenizer: Any = getattr(transformer, "tokenizer", None)
    if auto_model is None or tokenizer is None or not getattr(tokenizer, "is_fast", False):
        raise NotExportable(
            f"model {path!r} is not a Hugging Face transformer with a fast tokenizer; "
            "set WTOQA_EMBEDDING_BACKEND=torch"
        )
    pooling, normalize = "mean", False
    for module in modules[1:]:
        name = type(module).__name__
        if name == "Pooling":
            pooling = str(module.get_config_dict().get("pooling_mode", "mean"))
        elif name == "Normalize":
            normalize = True
        else:
            raise NotExportable(
                f"model {path!r} has a {name} module that the ONNX backend does not run; "
                "set WTOQA_EMBEDDING_BACKEND=torch"
            )
    if pooling not in {"mean", "cls"}:
        raise NotExportable(
            f"model {path!r} pools by {pooling!r}; the ONNX backend does mean and cls pooling "
            "only (set WTOQA_EMBEDDING_BACKEND=torch)"
        )
    known = {"input_ids", "attention_mask", "token_type_ids"}
    inputs = [n for n in tokenizer.model_input_names if n in known]

    class Encoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inner = auto_model

        def forward(self, *tensors: torch.Tensor) -> torch.Tensor:
            return self.inner(**dict(zip(inputs, tensors, strict=True))).last_hidden_state

    sample = tokenizer(["passage: a sample", "query: two"], padding=True, return_tensors="pt")
    axes = {name: {0: "batch", 1: "sequence"} for name in inputs}
    axes["last_hidden_state"] = {0: "batch", 1: "sequence"}
    auto_model.eval()
    with torch.inference_mode():
        torch.onnx.export(
            Encoder(),
            tuple(sample[name] for name in inputs),
            str(out / "model.onnx"),
            input_names=inputs,
            output_names=["last_hidden_state"],
            dynamic_axes=axes,
            opset_version=OPSET,
            dynamo=False,
        )
    quantize_dynamic(out / "model.onnx", out / "model-int8.onnx", weight_type=QuantType.QInt8)
    tokenizer.backend_tokenizer.save(str(out / "tokenizer.json"))
    config = {
        "export_version": EXPORT_VERSION,
        "inputs": inputs,
        "pooling": pooling,
        "normalize": normalize,
        "max_seq_length": int(getattr(transformer, "max_seq_length", 512) or 512),
        "do_lower_case": bool(getattr(transformer, "do_lower_case", False)),
        "prompts": dict(getattr(model, "prompts", {}) or {}),
        "dimension": int(model.get_embedding_dimension() or 0),
        "pad_id": int(tokenizer.pad_token_id or 0),
    }
    (out / CONFIG).write_text(json.dumps(config, indent=2), encoding="utf-8")


class OnnxEmbedder:
    """multilingual-e5-small (or any exportable sentence-transformers model) on ONNX Runtime.

    `quantized` runs the int8 export; `threads` sets ONNX Runtime's intra-op threads for
    queries (0: all cores). Passages (a build: long batches, nothing else to serve) run in
    a second session on all cores, made on first use, and are sorted by length before
    batching, so a batch pads little."""

    def __init__(
        self,
        model: str,
        cache_dir: Path,
        batch_size: int = 32,
        *,
        quantized: bool = False,
        threads: int = 0,
    ) -> None:
        from tokenizers import Tokenizer

        folder = export_dir(model, cache_dir)
        self.model_id = model
        # Dynamic int8 quantisation scales each call's activations as a whole: in a batch a
        # text's vector would depend on its neighbours and their padding (dev corpus fr
        # hit@5 0.685 in batches of 32, 0.648 in batches of 16). One text per call keeps
        # its vector its own, and pads nothing: 24.5 passages/s against 19.4 in batches of 16.
        self.batch_size = 1 if quantized else batch_size
        self._config: dict[str, Any] = json.loads((folder / CONFIG).read_text(encoding="utf-8"))
        self.dimension = int(self._config["dimension"])
        self._weights = folder / ("model-int8.onnx" if quantized else "model.onnx")
        self._session = self._new_session(threads)
        self._passage_session: Any = None if threads else self._session
        self._lock = threading.Lock()
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(int(self._config["max_seq_length"]))
        self._tokenizer.no_padding()
        prompts = self._config["prompts"]
        self._query_prompt = str(prompts.get("query", ""))
        self._passage_prompt = str(prompts.get("passage", ""))

    def _new_session(self, threads: int) -> Any:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Threads that spin between runs waiting for the next one take the core from
        # whatever runs then: the server's other requests, BM25, another runtime (torch
        # interleaved with a 2-thread session: 13.0 ms a query without spinning, 35.6 with;
        # benchmarks/bench_langchain.py).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return ort.InferenceSession(str(self._weights), options, providers=["CPUExecutionProvider"])

    def embed_passages(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        with self._lock:
            if self._passage_session is None:
                self._passage_session = self._new_session(0)
        texts = [self._passage_prompt + t for t in texts]
        return self._encode(texts, progress, self._passage_session)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode([self._query_prompt + t for t in texts], False, self._session)

    def _encode(self, texts: list[str], progress: bool, session: Any) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        if self._config["do_lower_case"]:
            texts = [t.lower() for t in texts]
        encodings = self._tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        bar = tqdm(total=len(texts), desc="embedding", unit="passage", disable=not progress)
        for start in range(0, len(order), self.batch_size):
            rows = order[start : start + self.batch_size]
            out[rows] = self._run([encodings[i] for i in rows], session)
            bar.update(len(rows))
        bar.close()
        return out

    def _run(self, encodings: list[Any], session: Any) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        ids = np.full((len(encodings), width), self._config["pad_id"], dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        types = np.zeros((len(encodings), width), dtype=np.int64)
        for row, e in enumerate(encodings):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = 1
            types[row, : len(e.ids)] = e.type_ids
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        (hidden,) = session.run(
            ["last_hidden_state"], {name: feeds[name] for name in self._config["inputs"]}
        )
        if self._config["pooling"] == "cls":
            vectors = hidden[:, 0]
        else:
            weights = mask[:, :, None].astype(np.float32)
            vectors = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        # always unit length, like the torch path: the index searches by inner product
        vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return np.asarray(vectors, dtype=np.float32)
