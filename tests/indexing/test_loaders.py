from pathlib import Path

import pytest

from indexing.loaders import LoaderError, discover, load, load_text


def minimal_pdf(pages: list[list[str]]) -> bytes:
    """A valid PDF with Helvetica text lines, written by hand (no PDF library needed)."""
    objects: list[bytes] = []
    kids = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    for i, lines in enumerate(pages):
        page_id, content_id = 3 + 2 * i, 4 + 2 * i
        kids.append(f"{page_id} 0 R")
        ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_id} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    header = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {n_pages} >>".encode(),
    ]
    font = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    body = header + objects + font
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(body, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(body) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(body) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("Décision ministérielle: à l'OMC".encode(), "utf-8"),
        (b"\xef\xbb\xbf" + "Décision ministérielle: à l'OMC".encode(), "utf-8 BOM"),
        ("Décision ministérielle: à l'OMC – « œuvre »".encode("cp1252"), "cp1252"),
        ("Décision ministérielle: à l'OMC".encode("latin-1"), "latin-1"),
    ],
)
def test_text_encodings_are_detected(tmp_path: Path, raw: bytes, label: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(raw)
    text = load_text(path)
    assert text.startswith("Décision ministérielle: à l'OMC"), label
    if label == "cp1252":
        assert "« œuvre »" in text and "–" in text


def test_pdf_text_and_page_furniture(tmp_path: Path) -> None:
    pages = [
        ["WT/MIN/TEST - header", f"Paragraph on page {i} about customs duties.", f"- {i} -"]
        for i in range(1, 4)
    ]
    path = tmp_path / "doc.pdf"
    path.write_bytes(minimal_pdf(pages))
    text = load_text(path)
    assert "Paragraph on page 2 about customs duties." in text
    assert "WT/MIN/TEST - header" not in text  # repeated on every page
    assert "- 2 -" not in text  # page number


def test_encrypted_pdf_is_reported_by_name(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "plain.pdf"
    plain.write_bytes(minimal_pdf([["Secret text."]]))
    writer = PdfWriter()
    for page in PdfReader(str(plain)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(LoaderError, match=r"locked\.pdf: the PDF is encrypted"):
        load_text(locked)


def test_corrupt_and_empty_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a pdf")
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    (tmp_path / "broken.docx").write_bytes(b"PK not a zip")
    for name in ("broken.pdf", "empty.txt", "broken.docx"):
        with pytest.raises(LoaderError, match=name.replace(".", r"\.")):
            load_text(tmp_path / name)


def test_docx_headings_and_paragraphs(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Programme de travail", level=1)
    document.add_paragraph("Les Membres maintiendront la pratique actuelle.")
    path = tmp_path / "doc.docx"
    document.save(str(path))
    blocks = load(path).blocks
    assert [(b.role, b.text) for b in blocks] == [
        ("heading", "Programme de travail"),
        ("paragraph", "Les Membres maintiendront la pratique actuelle."),
    ]


def test_html_drops_scripts_and_navigation(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><script>var x=1;</script></head><body><nav>Menu</nav>"
        "<h1>Décision</h1><p>Premier  paragraphe.</p><p>Second.</p></body></html>",
        encoding="utf-8",
    )
    blocks = load(path).blocks
    assert [(b.role, b.text) for b in blocks] == [
        ("heading", "Décision"),
        ("paragraph", "Premier paragraphe."),
        ("paragraph", "Second."),
    ]


def test_discover_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", ".hidden.txt", "c.xlsx", "d.PDF"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in discover(tmp_path)] == ["a.txt", "b.md", "d.PDF"]


def test_list_items_on_consecutive_lines_are_separate_blocks() -> None:
    """An agenda (numbered lines, no blank line, no sentence ends) is a list of items;
    a wrapped line that happens to begin with a number is not."""
    from indexing.loaders.text import parse_text

    agenda = (
        "SUBJECTS\n\n1. REPORT OF THE CHAIR\n2. WORK PROGRAMME ON SMALL ECONOMIES\n"
        "3. OTHER BUSINESS\n"
    )
    texts = [b.text for b in parse_text(agenda).blocks]
    assert texts == [
        "SUBJECTS",
        "1. REPORT OF THE CHAIR",
        "2. WORK PROGRAMME ON SMALL ECONOMIES",
        "3. OTHER BUSINESS",
    ]
    bullets = "- first point\n- second point\n"
    assert [b.text for b in parse_text(bullets).blocks] == ["- first point", "- second point"]
    wrapped = "The Council recalled the decision in paragraph\n2. of the text and agreed.\n"
    assert len(parse_text(wrapped).blocks) == 1


def test_markdown_tables_setext_headings_lists_and_footnotes() -> None:
    """A Markdown letterhead table gives fields, a setext-underlined line is a heading, a
    list keeps its numbers, and a footnote is a note of the paragraph citing it (its marker
    out of the sentence, its definition out of the body)."""
    from indexing.loaders.markdown import parse_markdown

    text = (
        "| WORLD TRADE ORGANIZATION | JOB/GC/901 |\n|:---|---:|\n"
        "| General Council | 3 May 2031 |\n\n"
        "RURITANIA'S NOTE\n================\n\n"
        "The figure doubled in two years.[^1]\n\n"
        "4. First point, **in bold**,\n   wrapped.\n5. Second point.\n\n"
        "[^1]: Ruritanian statistics office, 2030.\n"
    )
    loaded = parse_markdown(text)
    assert loaded.fields == {
        "WORLD TRADE ORGANIZATION": "JOB/GC/901",
        "General Council": "3 May 2031",
    }
    assert [(b.role, b.label, b.text) for b in loaded.blocks] == [
        ("table", None, "WORLD TRADE ORGANIZATION | JOB/GC/901"),
        ("table", None, "General Council | 3 May 2031"),
        ("heading", None, "RURITANIA'S NOTE"),
        ("paragraph", None, "The figure doubled in two years."),
        ("item", "4.", "First point, in bold, wrapped."),
        ("item", "5.", "Second point."),
    ]
    assert loaded.blocks[3].notes == ["1: Ruritanian statistics office, 2030."]


def test_text_rules_of_equals_signs_are_not_text() -> None:
    from indexing.loaders.text import parse_text

    text = "HEADER\n\n======\nA TITLE BETWEEN RULES\n======\n\nThe body.\n"
    assert [b.text for b in parse_text(text).blocks] == [
        "HEADER",
        "A TITLE BETWEEN RULES",
        "The body.",
    ]


def test_html_page_title_and_document_card_give_fields(tmp_path: Path) -> None:
    """A portal's <title> and its document card (dropped with the page's chrome) still
    state the document's symbol and date; a related-documents table does not."""
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>JOB/GC/901 | Ruritania's note | Portal</title></head><body>"
        "<nav><a href='#'>Home</a></nav><main>"
        "<table class='card'><tr><th>Symbol</th><td>JOB/GC/901</td></tr>"
        "<tr><th>Date</th><td>3 May 2031</td></tr></table>"
        "<h1>Ruritania's note</h1><p>The figure doubled in two years, the note says.</p>"
        "<p>The second paragraph of the note is here.</p></main>"
        "<aside><table><tr><td>JOB/GC/800</td><td>An older note</td></tr></table></aside>"
        "</body></html>",
        encoding="utf-8",
    )
    fields = load(path).fields
    assert fields["page head title"] == "JOB/GC/901 | Ruritania's note | Portal"
    assert fields["Symbol"] == "JOB/GC/901" and fields["Date"] == "3 May 2031"
    assert "JOB/GC/800" not in fields


def _with_footnote(path: Path, paragraph_index: int, note: str) -> None:
    """Give a python-docx file a footnote part and a reference to its footnote 2 (ids 0 and
    1 are Word's separators) in one body paragraph, as Word writes them."""
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    footnotes = (
        f'<w:footnotes xmlns:w="{w}">'
        '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>"
        f'<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
        f"{note}</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    parts["word/footnotes.xml"] = footnotes.encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    ).encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/></Types>',
    ).encode()
    body = parts["word/document.xml"].decode()
    paragraphs = body.split("</w:p>")
    paragraphs[paragraph_index] += (
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="2"/></w:r>'
    )
    parts["word/document.xml"] = "</w:p>".join(paragraphs).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_docx_footnote_is_a_note_of_the_paragraph_that_calls_it(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("The law on consumer protection was promulgated in 2011.")
    document.add_paragraph("Online payments grew quickly.")
    path = tmp_path / "note.docx"
    document.save(str(path))
    _with_footnote(path, 0, "Promulgated by dahir No. 1-11-03 of 18 February 2011.")
    blocks = load(path).blocks
    assert blocks[0].text == "The law on consumer protection was promulgated in 2011."
    assert blocks[0].notes == ["1: Promulgated by dahir No. 1-11-03 of 18 February 2011."]
    assert blocks[1].notes == []


def test_text_export_footnotes_running_header_and_page_count() -> None:
    """A text export of a PDF: footnotes under a rule at the page foot are notes of the
    paragraph whose marker (a bare digit after a word or its punctuation) calls them, the
    marker leaves the text and a section's number ("4.1 of") is no marker; the running
    header that names the symbol beside other words is furniture on a two-page document,
    and so is a page count in the letterhead."""
    from indexing.loaders.text import parse_text

    page_one = "\n".join(
        [
            "WORLD TRADE                         WT/XX/S/1",
            "ORGANIZATION                        3 May 2016",
            "                                    Page : 12",
            "",
            "1.  Subscriptions reached 10 million at the end of 2014.1 Fixed access stays low.",
            "",
            "2.  As section 4.1 of the report explains, the law was passed in 2007.2",
            "",
            "____________________",
            "1 Regulator, dashboard, fourth quarter",
            "  2014.",
            "2 Law No. 53-05 of 30 November 2007.",
        ]
    )
    page_two = "\n".join(
        [
            "                     WT/XX/S/1 • Examplestan",
            "                          - 13 -",
            "",
            "3.  Consumers may withdraw within seven days.",
        ]
    )
    loaded = parse_text(page_one + "\f" + page_two)
    texts = [b.text for b in loaded.blocks]
    assert "Page : 12" not in texts and "WT/XX/S/1 • Examplestan" not in texts
    first = next(b for b in loaded.blocks if b.text.startswith("1."))
    second = next(b for b in loaded.blocks if b.text.startswith("2."))
    assert first.text.endswith("end of 2014. Fixed access stays low.")
    assert first.notes == ["1: Regulator, dashboard, fourth quarter 2014."]
    assert "section 4.1 of the report" in second.text and second.text.endswith("in 2007.")
    assert second.notes == ["2: Law No. 53-05 of 30 November 2007."]
    assert not any(t.startswith(("1 Regulator", "____")) for t in texts)


def test_pdf_small_type_beside_a_letterhead_keeps_its_word_spaces() -> None:
    """A 10-point date on the baseline of a 13-point letterhead: its words are spaced by
    its own size, not the line's."""
    from indexing.loaders.pdf import _lines_of_page

    def chars(text: str, x: float, size: float, width: float) -> list[dict[str, object]]:
        out = []
        for ch in text:  # no space glyphs: a word space is a gap of a quarter of the size
            if ch == " ":
                x += 0.25 * size
                continue
            out.append(
                {"text": ch, "x0": x, "x1": x + width, "top": 700.0, "bottom": 700.0 + size,
                 "size": size, "fontname": "Times-Roman", "upright": True}
            )  # fmt: skip
            x += width
        return out

    line = chars("WORLD TRADE ORGANIZATION", 72, 13.0, 9.0) + chars("30 July 1999", 470, 10.0, 5.0)

    class Page:
        def extract_text_lines(self, **_: object) -> list[dict[str, object]]:
            return [{"chars": line}]

    assert [ln.text for ln in _lines_of_page(Page())] == [
        "WORLD TRADE ORGANIZATION",
        "30 July 1999",
    ]


def test_markdown_front_matter_gives_fields_and_no_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """YAML front matter states the document's metadata: its fields name the title, the
    symbol, the date and the original language, and none of it is a paragraph."""
    from indexing.corpus import load_document, scan

    (tmp_path / "note.md").write_text(
        "---\n"
        'title: "Paperless Trade – Clean Text – Note by the Facilitator"\n'
        "symbol: INF/ECOM/999\n"
        "date: 2031-05-03\n"
        "original_language: anglais\n"
        "pages: 4\n"
        "---\n\n"
        "# PAPERLESS TRADE\n\n"
        "1. Parties shall accept documents in electronic form.\n",
        encoding="utf-8",
    )
    doc = load_document(scan(tmp_path), "note.md")
    meta = doc.meta
    assert meta.title == "Paperless Trade – Clean Text – Note by the Facilitator"
    assert (meta.symbol, meta.date) == ("INF/ECOM/999", "2031-05-03")
    assert meta.extra["original_language"] == "en"  # "anglais"
    assert [p.text for p in doc.paragraphs] == [
        "PAPERLESS TRADE",
        "Parties shall accept documents in electronic form.",
    ]


def test_html_footnotes_are_notes_of_the_paragraph_that_calls_them() -> None:
    """A notes list with back-links (Markdown converters, CMSs) and a Word page's notes:
    each note joins the paragraph whose mark calls it, the mark leaves the sentence, and
    neither the notes nor their back-links are text of their own."""
    from indexing.loaders.html import parse_html

    listed = (
        "<html><body><nav><a href='/'>Home</a></nav><main><h1>Trade in Ruritania</h1>"
        "<p>1. Ruritania opened its market in 2009.<sup id='r1'><a href='#fn1'>1</a></sup> "
        "The rules then changed across the whole country for every trader.</p>"
        "<p>2. Exports doubled over the following decade in all sectors and regions."
        "<sup><a href='#fn2' id='r2'>[2]</a></sup></p>"
        "<section class='footnotes'><ol>"
        "<li id='fn1'>The law of 3 May 2009, amended in 2012. <a href='#r1'>↩</a></li>"
        "<li id='fn2'>Ruritanian statistics office, 2020 yearbook. <a href='#r2'>↩</a></li>"
        "</ol></section></main><footer>Contact us</footer></body></html>"
    )
    blocks = parse_html(listed).blocks
    body = [(b.label, b.text, b.notes) for b in blocks if b.role != "heading"]
    assert body == [
        (
            "1.",
            "Ruritania opened its market in 2009. The rules then changed across the whole "
            "country for every trader.",
            ["1: The law of 3 May 2009, amended in 2012."],
        ),
        (
            "2.",
            "Exports doubled over the following decade in all sectors and regions.",
            ["2: Ruritanian statistics office, 2020 yearbook."],
        ),
    ]
    word = (
        "<html><body><div class=WordSection1><p class=MsoNormal>The Council met three times "
        "in 2015 to consider the matter in depth with all Members.<a href='#_ftn1' "
        "name='_ftnref1'><span class=MsoFootnoteReference>[1]</span></a> Written "
        "contributions came from two delegations.</p><p class=MsoNormal>A second paragraph "
        "with enough words to be the body of a document.</p></div><div><hr><div id=ftn1>"
        "<p class=MsoFootnoteText><a href='#_ftnref1' name='_ftn1'>[1]</a> Meetings of "
        "3 March, 5 June and 9 October 2015.</p></div></div></body></html>"
    )
    blocks = parse_html(word).blocks
    assert blocks[0].text.endswith("all Members. Written contributions came from two delegations.")
    assert blocks[0].notes == ["1: Meetings of 3 March, 5 June and 9 October 2015."]
    assert not any("Meetings of" in b.text for b in blocks)
    # a link to a section is no footnote
    toc = (
        "<html><body><p><a href='#s2'>2</a> Scope</p><h2 id='s2'>Scope</h2><p>Text.</p>"
        "</body></html>"
    )
    assert all(not b.notes for b in parse_html(toc).blocks)


def test_html_sidebar_notes_before_the_text_with_asterisk_marks() -> None:
    """Notes in a sidebar that comes before the text, marked "*1", each opening with a
    link back to its call: each note joins the paragraph that calls it, no paragraph is
    taken for a note, and the sidebar's "Notes" heading goes with its notes."""
    from indexing.loaders.html import parse_html

    page = (
        "<html><body><aside class='doc-notes'><h2>Notes</h2>"
        "<p id='n1'><a href='#r1'>*1</a> The law of 3 May 2031, in the Zenda gazette.</p>"
        "<p id='n2'><a href='#r2'>*2</a> Ruritanian statistics office, 2032.</p></aside>"
        "<div role='main'><h1>Trade in Ruritania</h1>"
        "<p>1. Ruritania opened its market in 2031 to traders of every kind."
        "<a href='#n1' id='r1'>*1</a> The rules then changed across the country.</p>"
        "<p>2. Exports doubled over the following decade in all sectors of trade."
        "<a href='#n2' id='r2'>*2</a></p></div></body></html>"
    )
    blocks = parse_html(page).blocks
    assert [b.text for b in blocks if b.role == "heading"] == ["Trade in Ruritania"]
    body = [(b.label, b.text, b.notes) for b in blocks if b.role != "heading"]
    assert body == [
        (
            "1.",
            "Ruritania opened its market in 2031 to traders of every kind. The rules then "
            "changed across the country.",
            ["1: The law of 3 May 2031, in the Zenda gazette."],
        ),
        (
            "2.",
            "Exports doubled over the following decade in all sectors of trade.",
            ["2: Ruritanian statistics office, 2032."],
        ),
    ]


def test_html_popover_notes_are_notes_of_the_paragraph_whose_button_opens_them() -> None:
    from indexing.loaders.html import parse_html

    page = (
        "<html><body><main><h1>Trade in Ruritania</h1>"
        "<p>1. Ruritania opened its market in 2031 to traders of every kind."
        "<button type='button' popovertarget='n1'>1</button></p>"
        "<div id='n1' popover>1. The law of 3 May 2031, published in the Zenda gazette.</div>"
        "<p>2. Exports doubled over the following decade in all sectors of trade.</p>"
        "</main></body></html>"
    )
    blocks = parse_html(page).blocks
    first = next(b for b in blocks if "opened its market" in b.text)
    assert first.notes == ["1: The law of 3 May 2031, published in the Zenda gazette."]
    assert not any("Zenda gazette" in b.text for b in blocks)


def test_html_notes_that_no_link_reaches_leave_the_text() -> None:
    """A mark whose note is its tooltip, one whose note is a side note after its
    paragraph, and one whose note is in the numbered list under "Notes": each note joins
    the paragraph that calls it, no mark stays glued to a figure, and the notes, their
    list and its heading are no text of their own."""
    from indexing.loaders.html import parse_html

    page = (
        "<html><body><main><h1>Trade in Ruritania</h1>"
        "<p>1. Ruritania opened its market in 2031.<sup><abbr title='The law of 3 May 2031.'>"
        "1</abbr></sup> The rules changed across the whole country for every trader.</p>"
        "<p>2. Exports doubled over the following decade in all sectors.<sup>2</sup></p>"
        "<aside role='note'><b>2</b> Ruritanian statistics office, yearbook 2041.</aside>"
        "<p>3. Imports grew by a third over the same decade in most sectors.<sup>(3)</sup></p>"
        "<h2>Notes</h2><ol start='3'><li>Customs office, annual report 2041.</li></ol>"
        "</main></body></html>"
    )
    blocks = parse_html(page).blocks
    body = [(b.text, b.notes) for b in blocks if b.role != "heading"]
    assert body == [
        (
            "Ruritania opened its market in 2031. The rules changed across the whole country "
            "for every trader.",
            ["1: The law of 3 May 2031."],
        ),
        (
            "Exports doubled over the following decade in all sectors.",
            ["2: Ruritanian statistics office, yearbook 2041."],
        ),
        (
            "Imports grew by a third over the same decade in most sectors.",
            ["3: Customs office, annual report 2041."],
        ),
    ]
    assert [b.text for b in blocks if b.role == "heading"] == ["Trade in Ruritania"]


def test_html_document_card_inside_the_main_text_is_no_text() -> None:
    """A document card (<dl>) that main-content extraction keeps inside <main> gives
    fields, and its names and values are not paragraphs (nor title lines)."""
    from indexing.loaders.html import parse_html

    page = (
        "<html><body><main><dl><dt>Symbol</dt><dd>WT/XX/W/9</dd><dt>Issued</dt>"
        "<dd>3 May 2031</dd></dl><h1>Trade in Ruritania</h1>"
        "<p>1. Ruritania opened its market in 2031 to traders of every kind.</p>"
        "<p>2. Exports doubled over the following decade in all sectors.</p></main></body></html>"
    )
    loaded = parse_html(page)
    assert loaded.fields["Symbol"] == "WT/XX/W/9" and loaded.fields["Issued"] == "3 May 2031"
    assert not any(b.text in ("Symbol", "WT/XX/W/9", "Issued", "3 May 2031") for b in loaded.blocks)


def test_text_title_underlined_by_a_centred_rule_is_a_heading() -> None:
    from indexing.loaders.text import parse_text

    text = (
        "                 TRADE IN RURITANIA\n"
        "                 ==================\n\n"
        "1.  Ruritania opened its market in 2031 to traders of every kind.\n"
    )
    blocks = parse_text(text).blocks
    assert [(b.role, b.text) for b in blocks][:1] == [("heading", "TRADE IN RURITANIA")]
    assert not any("===" in b.text for b in blocks)


@pytest.mark.parametrize(
    ("one", "two", "heading", "kept"),
    [
        ("[1]", "[2]", "Notes", ""),
        # superscripts; "¹²" (a twelfth note) is no call of note 1
        ("¹", "²", "NOTES", " (twelve¹² traders)"),
    ],
)
def test_text_end_notes_under_a_notes_heading_join_the_paragraphs_that_call_them(
    one: str, two: str, heading: str, kept: str
) -> None:
    from indexing.loaders.text import parse_text

    text = (
        f"1.   Ruritania opened its market in 2031.{one} The rules changed{kept}.\n\n"
        f"2.   Exports doubled over the following decade in all sectors.{two}\n\n"
        f"{heading}\n-----\n\n"
        f"{one} The law of 3 May 2031.\n"
        f"{two} Ruritanian statistics office,\n    yearbook 2041.\n"
    )
    blocks = parse_text(text).blocks
    assert [(b.text, b.notes) for b in blocks] == [
        (
            f"1.   Ruritania opened its market in 2031. The rules changed{kept}.",
            ["1: The law of 3 May 2031."],
        ),
        (
            "2.   Exports doubled over the following decade in all sectors.",
            ["2: Ruritanian statistics office, yearbook 2041."],
        ),
    ]


def test_a_pdf_table_without_rules_is_read_row_by_row() -> None:
    """Three or more segments on one baseline are a table's row, one block of cells; two
    (a letterhead's left and right) are two lines. Body text is not touched."""
    from indexing.loaders.pdf import Line, _table_rows, parse_pdf_lines

    def line(text: str, x0: float, top: float) -> Line:
        return Line(text, x0, x0 + 6 * len(text), top, top + 10, 10.0, False)

    page = [
        line("The figures below come from the ITU.", 72, 100),
        line("Region", 72, 130), line("2003", 250, 130), line("2008", 330, 130),
        line("Africa", 72, 145), line("1.6", 250, 145), line("6.0", 330, 145),
        line("Europe", 72, 160), line("21.5", 250, 160), line("46.0", 330, 160),
        line("Growth was fastest where it started lowest.", 72, 190),
    ]  # fmt: skip
    blocks = parse_pdf_lines([(_table_rows(page), 792.0)]).blocks
    assert [(b.role, b.text) for b in blocks] == [
        ("paragraph", "The figures below come from the ITU."),
        ("table", "Region | 2003 | 2008"),
        ("table", "Africa | 1.6 | 6.0"),
        ("table", "Europe | 21.5 | 46.0"),
        ("paragraph", "Growth was fastest where it started lowest."),
    ]


def test_a_row_is_indexed_with_its_head_rows() -> None:
    """A row's context is its table's head row, and a second head row of years under it."""
    from indexing.documents import Document, DocumentMeta, Paragraph
    from indexing.store import passages_of

    paragraphs = (
        Paragraph(1, "The figures below come from the ITU, for two years."),
        Paragraph(2, "Mobile | Internet", "row"),
        Paragraph(3, "Region | 2003 | 2008 | 2003 | 2008", "row"),
        Paragraph(4, "Africa | 6.2 | 37.5 | 1.6 | 6.0", "row"),
    )
    document = Document(DocumentMeta("d", "T", "en", "d.pdf"), paragraphs, "0")
    context = {p.paragraph: p.context for p in passages_of(document, 1200)}
    assert context[4] == "Mobile | Internet / Region | 2003 | 2008 | 2003 | 2008"
    assert context[3] == "Mobile | Internet"


def test_html_title_headings_main_content_extraction_drops_are_put_back() -> None:
    """trafilatura may keep none of a page's title headings but the first, lifted into
    its metadata (seen on a saved page of minutes: "<h1>COUNCIL</h1><h2>MINUTES OF
    MEETING</h2>"); they come back before the text that follows them in the page, while a
    sidebar's headings, after the text, and a heading before a text said twice stay out."""
    from indexing.loaders.base import Block
    from indexing.loaders.html import _page, _with_dropped_headings

    body = " ".join(["Ruritania reported on the opening of its market to traders."] * 5)
    page = (
        "<html><body><nav><h2>Menu</h2><a href='#a'>Minutes</a></nav><div>"
        "<table><tr><th>Type</th><td>Minutes</td></tr></table>"
        "<h1>ZENDA COUNCIL</h1><h2>MINUTES OF MEETING</h2>"
        "<p><em>Held in Strelsau on 2 May 2031</em></p>"
        f"<p>1. {body}</p><p>2. {body}</p></div>"
        "<aside><h3>Related documents</h3><ul><li><a href='#b'>2. " + body + "</a></li></ul>"
        "</aside></body></html>"
    )
    extracted = [
        Block("Type | Minutes", "table"),
        Block("Held in Strelsau on 2 May 2031", "paragraph"),
        Block(body, "item", label="1."),
        Block(body, "item", label="2."),
    ]
    texts = [(b.role, b.text) for b in _with_dropped_headings(_page(page), extracted)]
    assert texts[:4] == [
        ("table", "Type | Minutes"),
        ("heading", "ZENDA COUNCIL"),
        ("heading", "MINUTES OF MEETING"),
        ("paragraph", "Held in Strelsau on 2 May 2031"),
    ]
    assert len(texts) == 6  # no "Menu", no "Related documents"


def test_metadata_from_a_letterhead_row_a_session_field_and_a_type_field(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A Markdown letterhead on one line with "·" between its cells gives the symbol and
    the date; "MC31, Zenda" gives the place; a "Communication from" heading after the
    subtitle gives the kind."""
    from indexing.corpus import load_document, scan

    (tmp_path / "note.md").write_text(
        "WORLD TRADE ORGANIZATION\n\n"
        "WT/ZZ/W/12 · 2 May 2031 · (31-0042)  \n"
        "General Council · Original: English\n\n"
        "TRADE IN RURITANIA\n==================\n\n"
        "An overview of the opening of the Ruritanian market to traders of every kind\n\n"
        "## Communication from Borduria\n\n"
        "**1.** Ruritania opened its market in 2031 to traders of every kind.\n",
        encoding="utf-8",
    )
    meta = load_document(scan(tmp_path), "note.md").meta
    assert (meta.symbol, meta.date, meta.kind) == ("WT/ZZ/W/12", "2031-05-02", "communication")
    assert "WORLD TRADE" not in (meta.title or "")

    from indexing.loaders.base import Block, Loaded
    from indexing.metadata import extract_metadata
    from indexing.segment import segment

    loaded = Loaded(
        [
            Block("Session | MC31, Zenda", "table"),
            Block("Type | Minutes", "table"),
            Block("TRADE IN RURITANIA", "heading"),
            Block("1. " + "Ruritania opened its market in 2031 to traders. " * 6, "paragraph"),
        ],
        fields={"Session": "MC31, Zenda", "Type": "Minutes"},
    )
    got = extract_metadata(segment(loaded), furniture=[], fields=loaded.fields, language="en")
    assert (got["session"], got.get("place"), got.get("kind")) == (31, "Zenda", "minutes")


def test_markdown_toml_front_matter_gives_fields_and_no_text() -> None:
    from indexing.loaders.markdown import parse_markdown

    loaded = parse_markdown(
        '+++\ntitle = "Trade in Ruritania"\nsymbol = "WT/ZZ/W/3"\ndate = 2031-05-02\n+++\n\n'
        "# TRADE IN RURITANIA\n\n1. Ruritania opened its market in 2031.\n"
    )
    assert loaded.fields == {
        "title": "Trade in Ruritania",
        "symbol": "WT/ZZ/W/3",
        "date": "2031-05-02",
    }
    assert not any("+++" in b.text or "symbol" in b.text for b in loaded.blocks)


def test_text_letterhead_in_a_box_with_leader_dot_fields() -> None:
    """A boxed letterhead ("#  ORGANISATION  #") is its text; "Cote ...... WT/X/1" lines
    are fields, not text."""
    from indexing.loaders.text import parse_text

    loaded = parse_text(
        "##########################\n"
        "#  ZENDA TRADE OFFICE    #\n"
        "##########################\n\n"
        "Cote ............ WT/ZZ/W/4\n"
        "Date ............ 2 mai 2031\n\n"
        "LE COMMERCE EN RURITANIE\n\n"
        "1.   La Ruritanie a ouvert son marché en 2031.\n"
    )
    assert loaded.fields == {"Cote": "WT/ZZ/W/4", "Date": "2 mai 2031"}
    texts = [b.text for b in loaded.blocks]
    assert texts[0] == "ZENDA TRADE OFFICE"
    assert not any("#" in t or "....." in t for t in texts), texts


def test_docx_row_keeps_two_cells_that_say_the_same(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A merged cell is one cell; two cells holding "2" are two."""
    from docx import Document as Word

    from indexing.loaders.docx import load_docx

    word = Word()
    word.add_paragraph("Trade in Ruritania")
    table = word.add_table(rows=2, cols=4)
    for row, texts in zip(
        table.rows,
        [["Article", "Paragraphs", "Clean", "Status"], ["Open access", "2", "2", "stabilized"]],
        strict=True,
    ):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    merged = word.add_table(rows=1, cols=3)
    merged.rows[0].cells[0].merge(merged.rows[0].cells[1]).text = "Zenda"
    merged.rows[0].cells[2].text = "2031"
    word.save(tmp_path / "rows.docx")
    rows = [b.text for b in load_docx(tmp_path / "rows.docx").blocks if b.role == "table"]
    assert rows == [
        "Article | Paragraphs | Clean | Status",
        "Open access | 2 | 2 | stabilized",
        "Zenda | 2031",
    ]


def test_text_fixed_width_table_rows_and_a_bare_notes_line() -> None:
    """A text export's table in fixed-width columns (a head row, a rule of one run of
    dashes per column, right-aligned figures) is read as rows of cells, not split into
    loose lines whose figures are lost; end notes under a bare "NOTES" line join the
    paragraphs that call them."""
    from indexing.loaders.text import parse_text

    text = "\n".join(
        [
            "1.1   Table 1 counts the agreements of Ruritania by subject.[1]",
            "",
            "      Table 1: Agreements by subject (2031)",
            "",
            "      Subject                      Agreements  Share (%)",
            "      ---------------------------  ----------  ---------",
            "      Consumer protection                 138         68",
            "      Data localisation                    29         14",
            "",
            "1.2   The figures are provisional and cover agreements in force.",
            "",
            "NOTES",
            "",
            "[1] Notified under Article XXIV of the GATT in September 2031.",
        ]
    )
    blocks = parse_text(text).blocks
    rows = [b.text for b in blocks if b.role == "table"]
    assert rows == [
        "Subject | Agreements | Share (%)",
        "Consumer protection | 138 | 68",
        "Data localisation | 29 | 14",
    ]
    first = next(b for b in blocks if b.text.startswith("1.1"))
    assert first.notes == ["1: Notified under Article XXIV of the GATT in September 2031."]
    assert not any("NOTES" in b.text or "Notified" in b.text for b in blocks)


def test_html_layout_table_is_not_a_table_of_data() -> None:
    """An older site lays its page out in a table: the menu in one cell, the whole text
    in another. Its paragraphs and headings are read as such; a data table inside the
    text stays rows, and so does a Word page's table of one short paragraph a cell."""
    from indexing.loaders.html import parse_html

    body = "".join(
        f"<p>{n}. The Committee of Zenda heard, at its meeting of 2031, a long account "
        f"of how traders of Ruritania sell abroad, numbered {n} in the report.</p>"
        for n in range(1, 4)
    )
    page = (
        "<html><body><table><tr><td><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/docs'>Documents</a></li></ul></td><td>"
        f"<h1>Report of the Zenda seminar</h1>{body}"
        "<table><tr><th>Member</th><th>Share</th></tr><tr><td>Ruritania</td><td>12</td></tr>"
        "</table></td></tr></table></body></html>"
    )
    blocks = parse_html(page).blocks
    numbered = [b for b in blocks if b.label]
    assert [b.label for b in numbered] == ["1.", "2.", "3."]
    assert all(b.role != "table" for b in numbered)
    assert [b.text for b in blocks if b.role == "table"][-1] == "Ruritania | 12"
    word = (
        "<html><body><p>The shares of members in 2031 are set out in the table below, "
        "as members reported them.</p><table><tr><td><p class=MsoNormal>Member</p></td>"
        "<td><p class=MsoNormal>Share</p></td></tr><tr><td><p class=MsoNormal>Zenda</p>"
        "</td><td><p class=MsoNormal>7</p></td></tr></table></body></html>"
    )
    assert "Zenda | 7" in [b.text for b in parse_html(word).blocks]


def test_text_tab_table_and_bracketed_notes_under_a_rule() -> None:
    """A word processor's text save: a table whose cells are set apart by tabs is rows (a
    numbered paragraph's one tab is not), and notes "[1] ..." under a short rule join the
    paragraphs whose "[1]" calls them."""
    from indexing.loaders.text import parse_text

    text = "\r\n".join(
        [
            "1.1\tThe workshop of Zenda met in 2031 and heard four sessions.[1]",
            "",
            "Session\tDate\tSpeaker",
            "Session 1\t8 April\tRuritania",
            "Session 2\t9 April\tBorduria",
            "",
            "1.2\tThe sessions were held in the Zenda town hall.[2]",
            "",
            "____________________",
            "",
            "[1] The programme is in the annex.",
            "[2] The hall seats two hundred people.",
        ]
    )
    blocks = parse_text(text).blocks
    assert [b.text for b in blocks if b.role == "table"] == [
        "Session | Date | Speaker",
        "Session 1 | 8 April | Ruritania",
        "Session 2 | 9 April | Borduria",
    ]
    notes = {" ".join(b.text.split())[:20]: b.notes for b in blocks if b.notes}
    assert notes == {
        "1.1 The workshop of ": ["1: The programme is in the annex."],
        "1.2 The sessions wer": ["2: The hall seats two hundred people."],
    }


def test_markdown_superscript_calls_and_a_notes_list() -> None:
    """Markdown whose notes are called by <sup>n</sup> and listed under "### Notes": each
    note joins the paragraph that calls it; the list is no text of its own."""
    from indexing.loaders.markdown import parse_markdown

    text = (
        "1\\. Ruritania opened its market in 2031.<sup>1</sup> Trade grew.\n\n"
        "2\\. Borduria followed in 2034.<sup>2</sup>\n\n"
        "### Notes\n\n1. The law of 3 May 2031.\n2. The decree of 2034.\n"
    )
    blocks = parse_markdown(text).blocks
    assert [(b.text, b.notes) for b in blocks] == [
        ("Ruritania opened its market in 2031. Trade grew.", ["1: The law of 3 May 2031."]),
        ("Borduria followed in 2034.", ["2: The decree of 2034."]),
    ]


def test_html_side_notes_and_notes_in_details() -> None:
    """Margin notes inside the sentence (<span class="sidenote">, numbered by the style
    sheet) and notes in <details> called by a link: each joins its paragraph."""
    from indexing.loaders.html import parse_html

    side = (
        "<html><body><main><h1>Trade in Ruritania</h1><p>1. Online sales of Ruritania rose "
        "by 6 per cent in 2031.<label class='sidenote-number'></label><input type='checkbox'>"
        "<span class='sidenote'>Zenda statistics office, 17 April 2031.</span> Shops closed."
        "</p><p>2. A second paragraph with enough words to be part of the text.</p>"
        "</main></body></html>"
    )
    first = parse_html(side).blocks[1]
    assert first.text == "Online sales of Ruritania rose by 6 per cent in 2031. Shops closed."
    assert first.notes == ["1: Zenda statistics office, 17 April 2031."]
    details = (
        "<html><body><main><h1>Trade in Ruritania</h1><p>1. Internet use in Zenda reached "
        "69 per cent in 2031.<sup><a href='#n-1' id='r-1'>1</a></sup></p><p>2. Borduria "
        "counted 8,000 centres.<sup><a href='#n-2' id='r-2'>2</a></sup></p><section>"
        "<details id='n-1' open><summary>Note 1</summary><p>Men 71, women 67.</p></details>"
        "<details id='n-2' open><summary>Note 2</summary><p>Since 2030.</p></details>"
        "</section></main></body></html>"
    )
    assert [b.notes for b in parse_html(details).blocks if b.label] == [
        ["1: Men 71, women 67."],
        ["2: Since 2030."],
    ]
