"""Ingestion that cannot be abused: links out of the corpus, sizes, bytes that are not text."""

import os
import zipfile
from pathlib import Path

import pytest

from indexing.corpus import MB, IngestLimits, not_text_reason, scan
from indexing.embedders.fake import FakeEmbedder
from indexing.loaders import survey
from indexing.store import build_index, load_index

MODEL = "fake-hash-64"
DOC = "Le Conseil général examine le programme de travail sur le commerce électronique.\n"


def build(corpus: Path, index: Path, **kw):  # type: ignore[no-untyped-def]
    embedder = FakeEmbedder()
    return build_index(corpus, index, MODEL, lambda: embedder, **kw)


def reasons(skipped: list[str]) -> dict[str, str]:
    return dict(s.split(": ", 1) for s in skipped)


def test_link_to_a_file_outside_the_corpus_is_not_indexed(
    corpus_copy: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("Mot de passe du serveur : hunter2. " * 5)
    (corpus_copy / "documents" / "leak.txt").symlink_to(secret)
    report = build(corpus_copy, tmp_path / "idx")
    assert report.documents == 2
    assert reasons(report.skipped)["documents/leak.txt"] == "a link to a file outside the corpus"
    index = load_index(tmp_path / "idx")
    assert not any("hunter2" in p.text for p in index.passages)


def test_link_to_a_folder_outside_the_corpus_is_not_followed(
    corpus_copy: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "home"
    outside.mkdir()
    (outside / "notes.txt").write_text(DOC)
    (corpus_copy / "mounted").symlink_to(outside, target_is_directory=True)
    found = survey(corpus_copy)
    assert not [p for p in found.files if "mounted" in p.parts]
    assert (corpus_copy / "mounted", "a link to a folder outside the corpus") in found.skipped


def test_link_inside_the_corpus_is_read_once(corpus_copy: Path) -> None:
    (corpus_copy / "again").symlink_to(corpus_copy / "documents", target_is_directory=True)
    (corpus_copy / "loop").symlink_to(corpus_copy, target_is_directory=True)
    names = [p.name for p in survey(corpus_copy).files]
    assert sorted(names) == sorted(set(names)) and len(names) == 2


def test_oversize_file_is_skipped_with_the_reason(corpus_copy: Path, tmp_path: Path) -> None:
    (corpus_copy / "documents" / "huge.txt").write_text(DOC * (2 * MB // len(DOC) + 1))
    report = build(corpus_copy, tmp_path / "idx", limits=IngestLimits(max_file_bytes=MB))
    assert report.documents == 2
    reason = reasons(report.skipped)["documents/huge.txt"]
    assert "over the limit of 1.0 MB per file" in reason and "WTOQA_MAX_FILE_MB" in reason


def test_build_limit_skips_the_files_past_it(corpus_copy: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (corpus_copy / name).write_text(DOC * 100)
    found = scan(corpus_copy, IngestLimits(max_build_bytes=len(DOC.encode()) * 150))
    assert "a.txt" in found.files and "b.txt" not in found.files
    assert "WTOQA_MAX_BUILD_MB" in found.skipped["b.txt"]


def test_random_bytes_are_skipped_as_not_text(corpus_copy: Path, tmp_path: Path) -> None:
    (corpus_copy / "documents" / "noise.txt").write_bytes(os.urandom(20_000))
    report = build(corpus_copy, tmp_path / "idx")
    assert report.status == "built" and report.documents == 2
    assert reasons(report.skipped)["documents/noise.txt"].startswith("not text")


def test_mojibake_and_symbols_are_not_text() -> None:
    mojibake = "Le Conseil général a décidé".encode().decode("cp1252") + " "
    assert "garbled" in (not_text_reason(mojibake * 50) or "")
    assert "letters" in (not_text_reason("#### ++++ //// @@ ** " * 50) or "")
    assert not_text_reason(DOC * 20) is None
    assert not_text_reason("電子商取引に関する作業計画。" * 20) is None
    assert not_text_reason("Tableau 1 : 2019 2020 2021 12,5 13,1 14,2 " * 20) is None


def test_unsupported_types_are_named(corpus_copy: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(corpus_copy / "documents" / "figures.xlsx", "w") as book:
        book.writestr("xl/workbook.xml", "<workbook/>")
    (corpus_copy / "documents" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    report = build(corpus_copy, tmp_path / "idx")
    found = reasons(report.skipped)
    assert found["documents/figures.xlsx"].startswith("unsupported file type .xlsx")
    assert found["documents/logo.png"].startswith("unsupported file type .png")
    assert "metadata.json" not in found  # a folder's metadata is not a document


def test_up_to_date_build_still_names_the_skipped(corpus_copy: Path, tmp_path: Path) -> None:
    (corpus_copy / "documents" / "logo.png").write_bytes(bytes(64))
    build(corpus_copy, tmp_path / "idx")
    again = build(corpus_copy, tmp_path / "idx")
    assert again.status == "up-to-date" and "documents/logo.png" in reasons(again.skipped)


def test_cli_index_names_every_skipped_file(
    corpus_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from wtoqa.cli import main

    (corpus_copy / "documents" / "noise.txt").write_bytes(os.urandom(5000))
    (corpus_copy / "documents" / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    (corpus_copy / "documents" / "big.md").write_text(DOC * 30_000)
    monkeypatch.setenv("WTOQA_EMBEDDING_MODEL", MODEL)
    monkeypatch.setenv("WTOQA_MAX_FILE_MB", "1")
    code = main(["index", "--corpus", str(corpus_copy), "--index-dir", str(tmp_path / "idx")])
    err = capsys.readouterr().err
    assert code == 0
    assert "skipped: documents/noise.txt: not text" in err
    assert "skipped: documents/sheet.xlsx: unsupported file type .xlsx" in err
    assert "skipped: documents/big.md: " in err and "WTOQA_MAX_FILE_MB" in err
