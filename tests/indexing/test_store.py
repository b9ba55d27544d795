import json
from pathlib import Path

import numpy as np
import pytest

from indexing.embedders.fake import FakeEmbedder
from indexing.store import (
    FORMAT_VERSION,
    EmptyCorpusError,
    IndexCorruptError,
    IndexMismatchError,
    IndexMissingError,
    build_index,
    current_path,
    load_index,
)

MODEL = "fake-hash-64"


def build(corpus: Path, index: Path, embedder: FakeEmbedder, **kw):  # type: ignore[no-untyped-def]
    return build_index(corpus, index, MODEL, lambda: embedder, **kw)


def test_build_writes_named_files_and_manifest(corpus_copy: Path, tmp_path: Path) -> None:
    report = build(corpus_copy, tmp_path / "idx", FakeEmbedder())
    assert report.status == "built" and report.documents == 2 and report.passages > 10
    base = current_path(tmp_path / "idx")
    names = {p.name for p in base.iterdir()}
    assert {
        "manifest.json",
        "passages.jsonl",
        "documents.jsonl",
        "embeddings.npy",
        "dense.faiss",
        "bm25",
    } <= names
    manifest = json.loads((base / "manifest.json").read_text())
    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["embedding_model"] == MODEL and manifest["dimension"] == 64
    assert set(manifest["corpus_files"]) == {
        "documents/mc9-bali-2013-ecommerce-decision.md",
        "documents/india-2024-draft-decision-ecommerce.txt",
    }
    assert manifest["files"]["embeddings.npy"]
    # no pickle anywhere: arrays load with pickling refused
    np.load(base / "embeddings.npy", allow_pickle=False)
    assert not list(base.rglob("*.pkl")) and not list(base.rglob("*.pickle"))


def test_unchanged_corpus_embeds_nothing(corpus_copy: Path, tmp_path: Path) -> None:
    embedder = FakeEmbedder()
    build(corpus_copy, tmp_path / "idx", embedder)
    again = build(corpus_copy, tmp_path / "idx", embedder)
    assert again.status == "up-to-date" and again.embedded == 0
    assert embedder.calls == [embedder.calls[0]]  # one embedding call, the first build's


def test_changed_file_re_embeds_only_its_passages(corpus_copy: Path, tmp_path: Path) -> None:
    embedder = FakeEmbedder()
    first = build(corpus_copy, tmp_path / "idx", embedder)
    doc = corpus_copy / "documents" / "india-2024-draft-decision-ecommerce.txt"
    doc.write_text(
        doc.read_text(encoding="utf-8") + "\n\nUn nouveau paragraphe ajouté.\n", encoding="utf-8"
    )
    second = build(corpus_copy, tmp_path / "idx", embedder)
    assert second.status == "built"
    assert second.embedded == 1 and embedder.calls[-1] == 1
    assert second.passages == first.passages + 1
    index = load_index(tmp_path / "idx")
    assert "Un nouveau paragraphe ajouté." in [p.text for p in index.passages]


def test_failed_build_leaves_previous_index_serving(corpus_copy: Path, tmp_path: Path) -> None:
    build(corpus_copy, tmp_path / "idx", FakeEmbedder())
    before = load_index(tmp_path / "idx")
    (corpus_copy / "documents" / "new.txt").write_text("Un texte entièrement nouveau.")

    class Exploding(FakeEmbedder):
        def embed_passages(self, texts, progress=False):  # type: ignore[no-untyped-def]
            raise RuntimeError("model crashed mid-build")

    with pytest.raises(RuntimeError, match="mid-build"):
        build(corpus_copy, tmp_path / "idx", Exploding())
    after = load_index(tmp_path / "idx")
    assert after.path == before.path and len(after.passages) == len(before.passages)
    assert not [p for p in (tmp_path / "idx" / "builds").iterdir() if p.name.startswith(".tmp")]


def test_bad_files_are_skipped_by_name_and_build_goes_on(corpus_copy: Path, tmp_path: Path) -> None:
    (corpus_copy / "documents" / "empty.txt").write_text("")
    (corpus_copy / "documents" / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    report = build(corpus_copy, tmp_path / "idx", FakeEmbedder())
    assert report.documents == 2
    assert any(s.startswith("documents/empty.txt") for s in report.skipped)
    assert any(s.startswith("documents/broken.pdf") for s in report.skipped)


def test_empty_corpus_fails_and_keeps_previous(corpus_copy: Path, tmp_path: Path) -> None:
    build(corpus_copy, tmp_path / "idx", FakeEmbedder())
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(EmptyCorpusError, match="previous index"):
        build(empty, tmp_path / "idx", FakeEmbedder())
    assert len(load_index(tmp_path / "idx").documents) == 2


def test_load_errors_say_how_to_rebuild(corpus_copy: Path, tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError, match="wtoqa index"):
        load_index(tmp_path / "nothing")
    build(corpus_copy, tmp_path / "idx", FakeEmbedder())
    with pytest.raises(IndexMismatchError, match=r"other-model.*rebuild"):
        load_index(tmp_path / "idx", expected_model="other-model")
    faiss_file = current_path(tmp_path / "idx") / "dense.faiss"
    faiss_file.write_bytes(faiss_file.read_bytes()[:-10])
    with pytest.raises(IndexCorruptError, match=r"dense\.faiss"):
        load_index(tmp_path / "idx")


def test_format_version_mismatch(corpus_copy: Path, tmp_path: Path) -> None:
    build(corpus_copy, tmp_path / "idx", FakeEmbedder())
    manifest_path = current_path(tmp_path / "idx") / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["format_version"] = 99
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match="format version 99"):
        load_index(tmp_path / "idx")


def test_faiss_index_type_is_a_setting(corpus_copy: Path, tmp_path: Path) -> None:
    build(corpus_copy, tmp_path / "idx", FakeEmbedder(), faiss_index="HNSW16")
    index = load_index(tmp_path / "idx")
    assert type(index.dense._index).__name__.startswith("IndexHNSW")


def test_a_footnote_is_indexed_with_the_paragraph_that_calls_it() -> None:
    """A footnote passage shows and quotes only the note, but what the encoder and BM25
    read also holds the opening of its calling paragraph, which says what it is about."""
    from indexing.documents import Document, DocumentMeta, Paragraph
    from indexing.store import indexed_text, passages_of

    calling = "The law on consumer protection, promulgated in 2011, covers distance contracts."
    document = Document(
        DocumentMeta("d", "A review", "en", "d.txt"),
        (Paragraph(1, calling, "body", "4.1", ("3: Promulgated by dahir No. 1-11-03.",)),),
        "sha",
    )
    paragraph, note = list(passages_of(document, 1000))
    assert (paragraph.text, paragraph.context) == (calling, "")
    assert (note.passage_id, note.text, note.label) == (
        "d#p1.n1",
        "Promulgated by dahir No. 1-11-03.",
        "n. 3",
    )
    assert note.context == calling and calling in indexed_text(note)
    # what is embedded changes with the context: a note called elsewhere is embedded anew
    from dataclasses import replace

    assert replace(note, context="another paragraph").text_sha != note.text_sha


def test_a_table_in_the_text_answers_and_its_rows_are_read_with_their_columns() -> None:
    """The header table (symbol, date) before the text names the document; a table in the
    text holds data: its rows may be quoted, each indexed with the table's head row."""
    from indexing.documents import QUOTABLE_KINDS, Document, DocumentMeta
    from indexing.loaders.base import Block
    from indexing.segment import segment
    from indexing.store import indexed_text, passages_of

    blocks = [
        Block("Document symbol: | JOB/XX/1", "table"),
        Block(
            "The table below sets out the approaches to electronic signatures that the "
            "laws of a sample of members follow, as the Secretariat found them.",
            "paragraph",
        ),
        Block("Member | Instrument | Year | Approach", "table"),
        Block("Examplestan | Electronic Signatures Act | 2000 | Minimalist", "table"),
    ]  # fmt: skip
    paragraphs = segment(blocks)
    assert [p.kind for p in paragraphs] == ["table", "body", "row", "row"]
    assert "row" in QUOTABLE_KINDS
    document = Document(DocumentMeta("d", "A note", "en", "d.docx"), tuple(paragraphs), "sha")
    row = list(passages_of(document, 1000))[-1]
    assert row.text == "Examplestan | Electronic Signatures Act | 2000 | Minimalist"
    assert row.context == "Member | Instrument | Year | Approach"
    assert row.context in indexed_text(row)


def test_a_tables_rows_are_read_with_its_caption() -> None:
    """A row says neither what its figures measure nor the table's subject; the caption
    above the table does ("Table 2: Tariff revenue lost, by region"): each row is indexed
    with it and the head row, and only a heading is taken as the caption."""
    from indexing.documents import Document, DocumentMeta
    from indexing.loaders.base import Block
    from indexing.segment import segment
    from indexing.store import indexed_text, passages_of

    blocks = [
        Block("The Secretariat gathered the figures that members reported on the revenue "
              "that their tariffs on digital products brought in.", "paragraph"),
        Block("Table 2: Tariff revenue lost on digital products, by region (per cent)", "heading"),
        Block("Region | 2031 | 2034", "table"),
        Block("Ruritania | 1.2 | 0.8", "table"),
        Block("Zenda | 0.4 | 0.3", "table"),
        Block("A paragraph after the table, of the kind that comments on figures.", "paragraph"),
        Block("Member | Share", "table"),
        Block("Borduria | 12", "table"),
    ]  # fmt: skip
    document = Document(DocumentMeta("d", "A note", "en", "d.pdf"), tuple(segment(blocks)), "sha")
    rows = [p for p in passages_of(document, 1000) if p.kind == "row"]
    caption = "Table 2: Tariff revenue lost on digital products, by region (per cent)"
    assert rows[0].context == caption  # the head row, with its caption
    assert rows[2].text == "Zenda | 0.4 | 0.3"
    assert rows[2].context == f"{caption}\nRegion | 2031 | 2034"
    assert caption in indexed_text(rows[2])
    # the next table has no caption: a paragraph above a table is not one
    assert rows[-1].context == "Member | Share"
