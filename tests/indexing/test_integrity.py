"""A crash-safe, self-cleaning index: durable swaps, leftovers removed, damage named."""

import json
import os
from pathlib import Path

import pytest

from indexing.embedders.fake import FakeEmbedder
from indexing.store import (
    IndexCorruptError,
    IndexMissingError,
    build_index,
    check_index,
    current_path,
    load_index,
)

MODEL = "fake-hash-64"


def build(corpus: Path, index: Path, **kw):  # type: ignore[no-untyped-def]
    embedder = FakeEmbedder()
    return build_index(corpus, index, MODEL, lambda: embedder, **kw)


def manifest_path(index: Path) -> Path:
    return current_path(index) / "manifest.json"


def test_build_flushes_files_and_folders_before_the_swap(
    corpus_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import indexing.integrity as integrity

    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(integrity.os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd)))
    monkeypatch.setattr(
        "indexing.store.os.replace",
        lambda a, b: (events.append(f"replace {Path(b).name}"), real_replace(a, b)),
    )
    build(corpus_copy, tmp_path / "idx")
    first_swap = next(i for i, e in enumerate(events) if e.startswith("replace"))
    # every file of the build and its folders (bm25/ too) are flushed before it is named
    assert events[:first_swap].count("fsync") >= 7
    assert events[-2] == "replace current" and events[-1] == "fsync"  # the link's folder too


def test_leftovers_of_an_interrupted_build_are_removed(corpus_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "idx"
    build(corpus_copy, index)
    dead_pid = 2**22 + 7  # past Linux's pid_max: no such process
    stale = index / "builds" / f".tmp-20240101T000000-{dead_pid}-1"
    stale.mkdir()
    (stale / "passages.jsonl").write_text("{}\n")
    link = index / f".current-20240101T000000-{dead_pid}-1"
    link.symlink_to("builds/nothing")
    build(corpus_copy, index)  # even an up-to-date build cleans up
    assert not stale.exists() and not link.is_symlink()


def test_a_running_builds_folder_is_left_alone(corpus_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "idx"
    build(corpus_copy, index)
    running = index / "builds" / f".tmp-20240101T000000-{os.getppid()}-1"
    running.mkdir()
    build(corpus_copy, index)
    assert running.is_dir()


def test_old_builds_are_pruned_keeping_a_configured_few(corpus_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "idx"
    for _ in range(4):
        build(corpus_copy, index, force=True, keep_builds=3)
    builds = sorted(p.name for p in (index / "builds").iterdir())
    assert len(builds) == 3
    assert current_path(index).resolve().name == builds[-1]
    build(corpus_copy, index, force=True, keep_builds=1)
    assert [p.name for p in (index / "builds").iterdir()] == [current_path(index).resolve().name]


def test_damaged_manifest_is_named_not_missing(corpus_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "idx"
    build(corpus_copy, index)
    text = manifest_path(index).read_text()
    manifest_path(index).write_text(text[: len(text) // 2])  # cut short, as by a crash
    with pytest.raises(IndexCorruptError, match=r"manifest .*manifest\.json is damaged"):
        load_index(index)
    with pytest.raises(IndexMissingError, match="no index at"):
        load_index(tmp_path / "nothing")


def test_manifest_without_checksums_is_an_error(corpus_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "idx"
    build(corpus_copy, index)
    manifest = json.loads(manifest_path(index).read_text())
    del manifest["files"]
    manifest_path(index).write_text(json.dumps(manifest))
    with pytest.raises(IndexCorruptError, match=r"manifest\.json lacks 'files'"):
        load_index(index)
    assert any("lacks 'files'" in p for p in check_index(index))


def test_link_to_a_vanished_build_is_named(corpus_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "idx"
    build(corpus_copy, index)
    target = current_path(index).resolve()
    target.rename(target.with_name("moved"))
    with pytest.raises(IndexCorruptError, match="does not exist"):
        load_index(index)


def test_check_finds_what_is_wrong(corpus_copy: Path, tmp_path: Path) -> None:
    index = tmp_path / "idx"
    build(corpus_copy, index)
    assert check_index(index) == []
    base = current_path(index)
    lines = (base / "passages.jsonl").read_text().splitlines(keepends=True)
    (base / "passages.jsonl").write_text("".join(lines[:-1]))
    (base / "stray.bin").write_bytes(b"x")
    problems = check_index(index)
    assert any("passages.jsonl is damaged" in p for p in problems)
    assert any(f"passages.jsonl holds {len(lines) - 1} passages" in p for p in problems)
    assert any("stray.bin is not in the manifest" in p for p in problems)
    assert check_index(tmp_path / "nothing") == [
        f"no index at {tmp_path / 'nothing'}; build one with `wtoqa index` (or `make run`)"
    ]


def test_cli_index_check_exit_codes(
    corpus_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from wtoqa.cli import main

    monkeypatch.setenv("WTOQA_EMBEDDING_MODEL", MODEL)
    index = tmp_path / "idx"
    args = ["index", "--corpus", str(corpus_copy), "--index-dir", str(index)]
    assert main(args) == 0
    assert main([*args, "--check"]) == 0
    assert "index is sound: 2 documents" in capsys.readouterr().out
    faiss_file = current_path(index) / "dense.faiss"
    faiss_file.write_bytes(faiss_file.read_bytes()[:-10])
    assert main([*args, "--check"]) == 1
    err = capsys.readouterr().err
    assert "not sound" in err and "dense.faiss is damaged" in err
