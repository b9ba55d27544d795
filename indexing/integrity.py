"""The index's files on disk: checksums, durable writes, leftovers, and a full check.

A build is only swapped in once its files and folders are on the disk (fsync), so
a power cut leaves either the previous index or the new one, never a half-written
one behind `current`. Whatever an interrupted build left is removed by the next.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)

MANIFEST = "manifest.json"
TMP_PREFIX = ".tmp-"  # builds/.tmp-<build id>: a build being written
LINK_PREFIX = ".current-"  # <index dir>/.current-<build id>: the link before its swap
#: What a manifest must hold for the index to be loaded and checked.
REQUIRED_KEYS = ("format_version", "embedding_model", "dimension", "documents", "passages", "files")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def checksums(directory: Path) -> dict[str, str]:
    """sha256 of every file of a build but its manifest, by path inside the build."""
    return {
        str(p.relative_to(directory)): sha256_file(p)
        for p in sorted(directory.rglob("*"))
        if p.is_file() and p.name != MANIFEST
    }


def fsync_dir(directory: Path) -> None:
    """Make a folder's entries (new names, renames) durable."""
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(directory: Path) -> None:
    """Every file under a folder, then every folder, flushed to the disk."""
    folders = [directory]
    for path in sorted(directory.rglob("*")):
        if path.is_dir():
            folders.append(path)
        elif path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
    for folder in reversed(folders):
        fsync_dir(folder)


def _pid_of(build_id: str) -> int | None:
    """Build ids are <time>-<pid> (<time>-<pid>-<n> before)."""
    parts = build_id.split("-")
    return int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else None


def _running(pid: int | None) -> bool:
    if pid is None or pid == os.getpid():
        return False  # this process is not writing another build while it starts one
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(index_dir: Path) -> list[Path]:
    """Remove what interrupted builds left (half-written build folders, unswapped links),
    except those of a build that is still running in another process."""
    removed: list[Path] = []
    builds = index_dir / "builds"
    candidates = [p for p in builds.glob(TMP_PREFIX + "*")] if builds.is_dir() else []
    candidates += list(index_dir.glob(LINK_PREFIX + "*")) if index_dir.is_dir() else []
    for path in candidates:
        build_id = path.name.split("-", 1)[1]
        if _running(_pid_of(build_id)):
            continue
        if path.is_symlink() or path.is_file():
            path.unlink(missing_ok=True)
        else:
            shutil.rmtree(path, ignore_errors=True)
        logger.info("removed %s, left by an interrupted build", path)
        removed.append(path)
    return removed


def prune(builds: Path, keep: int, protect: set[str]) -> list[Path]:
    """Remove finished builds but the `keep` newest, never one named in `protect`."""
    finished = sorted(p for p in builds.iterdir() if p.is_dir() and not p.name.startswith("."))
    removed = [old for old in finished[:-keep] if old.name not in protect]
    for old in removed:
        shutil.rmtree(old, ignore_errors=True)
    return removed


def manifest_problem(data: object) -> str | None:
    """What makes a parsed manifest unusable, or None."""
    if not isinstance(data, dict):
        return "is not a JSON object"
    missing = [key for key in REQUIRED_KEYS if key not in data]
    if missing:
        return "lacks " + ", ".join(repr(k) for k in missing) + " (incomplete)"
    if not isinstance(data["files"], dict) or not data["files"]:
        return "has no checksums in 'files'"
    return None


def verify_build(base: Path, manifest: dict[str, Any]) -> list[str]:
    """Everything wrong with a build against its manifest: files missing, changed or not
    listed, passages, vectors and the FAISS index not of one count and dimension."""
    from indexing.dense import DenseIndex

    problems: list[str] = []
    listed: dict[str, str] = manifest["files"]
    for name, checksum in sorted(listed.items()):
        path = base / name
        if not path.is_file():
            problems.append(f"{path} is missing")
        elif sha256_file(path) != checksum:
            problems.append(f"{path} is damaged (its checksum is not the manifest's)")
    on_disk = checksums_names(base)
    for name in sorted(on_disk - set(listed)):
        problems.append(f"{base / name} is not in the manifest")
    expected = manifest["passages"]
    passages = _count_lines(base / "passages.jsonl", problems)
    if passages is not None and passages != expected:
        problems.append(f"passages.jsonl holds {passages} passages, the manifest {expected}")
    try:
        vectors = np.load(base / "embeddings.npy", allow_pickle=False, mmap_mode="r")
        if vectors.shape != (expected, manifest["dimension"]):
            problems.append(
                f"embeddings.npy holds {vectors.shape[0]} vectors of dimension "
                f"{vectors.shape[1] if vectors.ndim == 2 else '?'}; the manifest says "
                f"{expected} of dimension {manifest['dimension']}"
            )
    except (OSError, ValueError) as exc:
        problems.append(f"embeddings.npy cannot be read ({exc})")
    try:
        size = DenseIndex.load(base / "dense.faiss").size
        if size != expected:
            problems.append(f"dense.faiss holds {size} vectors, the manifest {expected} passages")
    except Exception as exc:  # faiss raises RuntimeError on a damaged file
        problems.append(f"dense.faiss cannot be read ({type(exc).__name__})")
    documents = _count_lines(base / "documents.jsonl", problems)
    if documents is not None and documents != len(manifest["documents"]):
        problems.append(
            f"documents.jsonl holds {documents} documents, the manifest "
            f"{len(manifest['documents'])}"
        )
    return problems


def checksums_names(directory: Path) -> set[str]:
    return {
        str(p.relative_to(directory))
        for p in directory.rglob("*")
        if p.is_file() and p.name != MANIFEST
    }


def _count_lines(path: Path, problems: list[str]) -> int | None:
    try:
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
    except (OSError, ValueError) as exc:
        problems.append(f"{path.name} cannot be read ({exc})")
        return None
    return len(rows)
