"""Metadata read from the text of the dev corpus, checked against what a reader wrote down.

`evals/gold/dev-corpus-metadata.json` holds, per document, the title, symbol, date, kind
and language a person reads on it. The title we derive may carry more lines than the
reader wrote (the work programme's name above the title, as the WTO prints it), so the
title test asks for the reader's title inside ours, in its own case, and no letterhead.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from indexing.corpus import load_document, scan

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "evals" / "corpora" / "dev" / "tune"
GOLD = json.loads((ROOT / "evals" / "gold" / "dev-corpus-metadata.json").read_text("utf-8"))


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w'’-]+", text.replace("’", "'")))


@pytest.fixture(scope="module")
def metas() -> dict[str, object]:
    corpus = scan(DEV)
    return {rel: load_document(corpus, rel).meta for rel in GOLD}


@pytest.mark.parametrize("rel", sorted(GOLD))
def test_symbol_date_kind_language(metas, rel: str) -> None:  # type: ignore[no-untyped-def]
    meta, gold = metas[rel], GOLD[rel]
    got = {key: getattr(meta, key) for key in ("symbol", "date", "kind", "language")}
    want = {key: gold.get(key) for key in got}
    assert got == want


#: The held-out sets whose failures have been studied (their metadata is fair to test).
STUDIED = ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout8")


@pytest.mark.parametrize("name", STUDIED)
def test_symbol_date_kind_language_of_the_held_out_sets(name: str) -> None:
    gold = json.loads(
        (ROOT / "evals" / "gold" / f"dev-corpus-{name}-metadata.json").read_text("utf-8")
    )
    corpus = scan(ROOT / "evals" / "corpora" / "dev" / name)
    wrong = {}
    for rel, want in gold.items():
        meta = load_document(corpus, rel).meta
        for key in ("symbol", "date", "kind", "language"):
            if getattr(meta, key) != want.get(key):
                wrong[f"{rel} {key}"] = (getattr(meta, key), want.get(key))
    assert not wrong


@pytest.mark.parametrize("rel", sorted(GOLD))
def test_title_is_the_documents_own(metas, rel: str) -> None:  # type: ignore[no-untyped-def]
    title = metas[rel].title
    assert _words(GOLD[rel]["title"]).casefold() in _words(title).casefold(), title
    assert "organization" not in title.casefold() or "organization" in GOLD[rel]["title"].casefold()
    # the reader's capitals, not the letterhead's (an all-capitals title was truecased)
    assert not re.search(r"\b[A-ZÀ-Ý]{4,}\b", title) or re.search(
        r"\b[A-ZÀ-Ý]{4,}\b", GOLD[rel]["title"]
    ), title


def test_place_of_issue_from_cover_note_or_dateline_only() -> None:
    """Where a text was issued: its cover note or a dateline, never a meeting the
    opening paragraphs recall."""
    from indexing.documents import Paragraph
    from indexing.metadata import _place_of_issue, conventions

    def head(*texts: str) -> list[Paragraph]:
        return [Paragraph(n, t) for n, t in enumerate(texts, start=1)]

    conv = conventions()
    cover = (
        "The following statement, issued at Marrakesh, Morocco, on 3 May 2011, is being "
        "circulated at the request of 12 Members."
    )
    assert _place_of_issue(head("WT/L/9", cover), conv) == "Marrakesh"
    assert _place_of_issue(head("Lausanne, 3 mars 2021", "Nous, participants"), conv) == (
        "Lausanne"
    )
    recalled = "Los Miembros recuerdan la Conferencia Ministerial celebrada en Cancún en 2003."
    assert _place_of_issue(head(recalled), conv) is None
    assert _place_of_issue(head("Members met in geneva to discuss."), conv) is None


def test_a_title_line_that_repeats_an_earlier_one_is_dropped() -> None:
    """A saved page's title, then the same words as two headings: said once."""
    from indexing.documents import Paragraph
    from indexing.metadata import _title_lines, conventions

    block = [
        Paragraph(1, "Trade and Digital Skills: Report of the Workshop", "heading"),
        Paragraph(2, "TRADE AND DIGITAL SKILLS", "heading"),
        Paragraph(3, "Report of the Workshop", "heading"),
    ]
    assert _title_lines(block, conventions()) == [
        "Trade and Digital Skills: Report of the Workshop"
    ]


def test_a_pdf_title_block_is_cut_where_its_lines_were() -> None:
    from indexing.metadata import _title_parts, conventions

    block = (
        "WORK PROGRAMME ON ELECTRONIC COMMERCE PAPERLESS TRADING: AN OVERVIEW "
        "Note by the Secretariat"
    )
    assert _title_parts(block, conventions()) == [
        "WORK PROGRAMME ON ELECTRONIC COMMERCE",
        "PAPERLESS TRADING: AN OVERVIEW",
        "Note by the Secretariat",
    ]
    assert _title_parts("Joint Statement on Electronic Commerce", conventions()) == [
        "Joint Statement on Electronic Commerce"
    ]


def test_a_body_name_wrapped_over_two_letterhead_lines_is_not_the_title() -> None:
    from indexing.documents import Paragraph
    from indexing.metadata import _title_lines, conventions

    block = [
        Paragraph(1, "Consejo de los Aspectos de los Derechos de Propiedad", "heading"),
        Paragraph(2, "Original: inglés", "heading"),
        Paragraph(3, "Intelectual relacionados con el Comercio", "heading"),
        Paragraph(4, "Nota sobre las firmas electrónicas", "heading"),
    ]
    assert _title_lines(block, conventions()) == ["Nota sobre las firmas electrónicas"]


def test_the_header_names_the_body_in_the_three_languages() -> None:
    from indexing.metadata import document_header

    header = document_header({"title": "Work programme", "body": "Council for TRIPS"}, "en")
    assert "Council for TRIPS" in header
    assert "conseil des adpic" in header and "consejo de los adpic" in header


def test_session_and_place_from_a_header_table_or_a_session_line() -> None:
    """A header table's row and a title block's session line ("<Body> – <Ordinal>
    Session – <Place>, <dates>") give the session and place; neither is the title."""
    from indexing.documents import Paragraph
    from indexing.metadata import extract_metadata

    def meta(*paragraphs: tuple[str, str], language: str = "en") -> dict[str, object]:
        ps = [Paragraph(n, t, kind) for n, (kind, t) in enumerate(paragraphs, start=1)]
        return extract_metadata(ps, furniture=[], fields={}, language=language)

    body = ("body", "We agree to go on with the work programme and report at our next session.")
    table = meta(
        ("table", "ORGANISATION MONDIALE DU COMMERCE | WT/MIN(99)/7"),
        ("table", "Conférence ministérielle – Quinzième session – Ruriville, 12-15 juin 2031 | "
                  "Original: anglais"),
        ("heading", "PROGRAMME DE TRAVAIL"),
        ("heading", "Décision ministérielle du 15 juin 2031"),
        body,
        language="fr",
    )  # fmt: skip
    assert (table["session"], table["place"]) == (15, "Ruriville")
    assert str(table["title"]).endswith("Décision ministérielle du 15 juin 2031")
    line = meta(
        ("heading", "WT/MIN(99)/8"),
        ("heading", "Ministerial Conference – Fifteenth Session – Port Rurik, 26 May - 1 June "
                    "2031"),
        ("heading", "WORK PROGRAMME"),
        ("heading", "Ministerial Decision adopted on 1 June 2031"),
        body,
    )  # fmt: skip
    assert (line["session"], line["place"]) == (15, "Port Rurik")
    assert "Session" not in str(line["title"]) and "Decision" in str(line["title"])
    # a title about a session ("preparations for MC15") is no session line: the report of
    # a council that prepares a conference is not a document of that conference
    about = meta(
        ("heading", "JOB/GC/999"),
        ("heading", "WORK PROGRAMME ON ELECTRONIC COMMERCE"),
        ("heading", "Periodic review and preparations for MC15"),
        ("heading", "Report by the Chairperson of the General Council"),
        body,
    )
    assert about.get("session") is None


def test_a_communication_from_several_members_names_them_all() -> None:
    """A list of members is the issuer, wrapped over two header lines or not; it ends where
    a part is no name ("dated ...")."""
    from indexing.documents import Paragraph
    from indexing.metadata import extract_metadata

    def body(*texts: str) -> str | None:
        paragraphs = [Paragraph(n, t, kind="heading") for n, t in enumerate(texts, start=1)]
        paragraphs.append(Paragraph(len(texts) + 1, "1. The proponents consider " + "x " * 40))
        return extract_metadata(paragraphs, furniture=[], fields={}, language="en").get("body")

    assert body("Communication from Ruritania, the Borduria, Syldavia and Carpania") == (
        "Ruritania, the Borduria, Syldavia and Carpania"
    )
    wrapped = "Comunicación de la Ruritania, Borduria, Carpania, Syldavia y el\nMoldavia"
    assert body(wrapped) == "Ruritania, Borduria, Carpania, Syldavia y el Moldavia"
    assert body("Communication from Ruritania, dated 3 May 2011") == "Ruritania"


def test_a_row_of_cells_and_a_subtitle_set_as_text() -> None:
    """A letterhead row ("<Body> | Original: <language>") is no title line; a short line
    without a sentence end right after the title block is one, and names the kind; a
    body's name ("Joint Statement Initiative ...") names no kind."""
    from indexing.metadata import extract_metadata
    from indexing.segment import segment

    text = (
        "ORGANIZACIÓN MUNDIAL DEL COMERCIO\n\nJOB/GC/901 · 3 de mayo de 2031 · (31-0001)\n\n"
        "Consejo General | Original: español\n\n"
        "# INICIATIVA DE LA DECLARACIÓN CONJUNTA SOBRE EL COMERCIO ELECTRÓNICO\n\n"
        "Estado de los trabajos a finales de 2030 y camino hacia la próxima Conferencia "
        "Ministerial\n\n"
        "Nota de los coorganizadores de la iniciativa (Ruritania, Borduria y Syldavia)\n\n"
        "1. Los participantes se reunieron en nueve ocasiones durante el año 2030 y "
        "examinaron las propuestas pendientes.\n"
    )
    meta = extract_metadata(segment(text), furniture=[], fields={}, language="es")
    assert meta["symbol"] == "JOB/GC/901" and meta["date"] == "2031-05-03"
    assert "Original" not in meta["title"] and "|" not in meta["title"]
    assert "Estado de los trabajos a finales de 2030 y camino" in meta["title"]
    assert meta["kind"] == "note"


def test_a_series_title_names_no_kind_unless_nothing_else_does() -> None:
    """A co-convenors' report printed under the initiative's name is a report; a statement
    titled only with that name is a statement."""
    from indexing.metadata import _kind_of, conventions

    conv = conventions()
    report = [
        "Declaración Conjunta sobre el comercio electrónico",
        "Informe de situación de los coconvocantes",
    ]
    assert _kind_of(report, conv) == "report"
    assert _kind_of(["Joint Statement on Electronic Commerce"], conv) == "statement"


def test_the_title_ends_at_the_line_that_says_who_wrote_it() -> None:
    """A section heading ("INTRODUCTION") right under the title block is the text's, not
    the title's: the title block ends with "Note by ...", "Report of ...", "Communication
    from ..." (in the three languages), even where that line names a body."""
    from indexing.documents import Paragraph
    from indexing.metadata import _title_lines, conventions

    for note in (
        "Nota de la Secretaría",
        "Note d'information du Secrétariat",
        "Report of the Chair",
    ):
        block = [
            Paragraph(1, "ORDERS SHIPPED ACROSS BORDERS", "heading"),
            Paragraph(2, note, "heading"),
            Paragraph(3, "INTRODUCTION", "heading"),
        ]
        lines = _title_lines(block, conventions())
        assert lines[0] == "ORDERS SHIPPED ACROSS BORDERS"
        assert "INTRODUCTION" not in lines, note
    # a body's name that opens like a kind ("Joint Statement Initiative") ends nothing
    block = [
        Paragraph(1, "OPEN DATA", "heading"),
        Paragraph(2, "Joint Statement Initiative on Electronic Commerce", "heading"),
        Paragraph(3, "Clean text", "heading"),
    ]
    assert _title_lines(block, conventions()) == ["OPEN DATA", "Clean text"]


def test_a_date_beside_the_symbol_after_a_dash_is_the_date_of_issue() -> None:
    from indexing.documents import Paragraph
    from indexing.metadata import extract_metadata

    paragraphs = [
        Paragraph(1, "WT/GC/W/9999 — 26 de enero de 2031", "heading"),
        Paragraph(2, "Pagos digitales", "heading"),
        Paragraph(3, "La siguiente comunicación, de fecha 22 de enero de 2031, se distribuye."),
    ]
    meta = extract_metadata(paragraphs, furniture=[], fields={}, language="es")
    assert meta["date"] == "2031-01-26"


def test_the_sender_is_read_from_the_header_and_cover_note_not_the_text() -> None:
    """ "At the request of the delegations of ..." in a numbered paragraph of a chair's
    report says who put an item on an agenda, not who sent the report."""
    from indexing.documents import Paragraph
    from indexing.metadata import extract_metadata

    head = [
        Paragraph(1, "Council for Trade in Goods", "heading"),
        Paragraph(2, "REPORT BY THE CHAIRMAN", "heading"),
    ]
    body = Paragraph(
        3, "It was inscribed at the request of the delegations of Ruritania and Borduria.",
        label="3.",
    )  # fmt: skip
    meta = extract_metadata([*head, body], furniture=[], fields={}, language="en")
    assert meta["body"] == "Council for Trade in Goods"
    cover = Paragraph(
        3, "The following report is circulated at the request of the delegation of Ruritania."
    )
    meta = extract_metadata([*head, cover], furniture=[], fields={}, language="en")
    assert meta["body"] == "Ruritania"


def test_a_french_list_of_members_is_read_whole() -> None:
    from indexing.documents import Paragraph
    from indexing.metadata import extract_metadata

    paragraphs = [
        Paragraph(1, "Commerce numérique en Afrique", "heading"),
        Paragraph(
            2,
            "La communication ci-après est distribuée à la demande des délégations du "
            "Cameroun, de la Côte d'Ivoire et de la Tunisie.",
        ),
    ]
    meta = extract_metadata(paragraphs, furniture=[], fields={}, language="fr")
    assert meta["body"] == "Cameroun, Côte d'Ivoire et Tunisie"


def test_a_dateline_under_the_title_gives_the_date_and_place_of_the_act() -> None:
    """A seminar's note, issued in April: "<Place>, <date>" under its title says when and
    where the seminar met (a question names it by "the February 2031 seminar")."""
    from indexing.documents import Paragraph
    from indexing.metadata import extract_metadata

    paragraphs = [
        Paragraph(1, "23 avril 2031", "heading"),
        Paragraph(2, "SÉMINAIRE SUR LE COMMERCE EN LIGNE Port Rurik, 19 février 2031", "heading"),
        Paragraph(3, "Note du Secrétariat", "heading"),
        Paragraph(4, "Le séminaire a réuni quelque 200 participants.", label="1."),
    ]
    meta = extract_metadata(paragraphs, furniture=[], fields={}, language="fr")
    assert meta["date"] == "2031-04-23"
    assert meta["extra"]["date_of_act"] == "2031-02-19"
    assert meta["place"] == "Port Rurik"


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("es", "El 14 de marzo de 2031 se celebró en Ginebra un taller sobre pagos en línea."),
        ("en", "A workshop on online payments was held in Geneva on 14 March 2031. It met twice."),
        ("fr", "L'atelier sur les paiements en ligne s'est tenu le 14 mars 2031 à Genève."),
    ],
)
def test_the_opening_of_a_report_gives_the_date_of_the_event(language: str, opening: str) -> None:
    """A workshop's summary issued in June says in its first paragraph when the workshop was
    held: a question names it by "the 2031 workshop"; an opening without such a verb
    gives no date of the act."""
    from indexing.documents import Paragraph
    from indexing.metadata import extract_metadata

    def paragraphs(first: str) -> list[Paragraph]:
        return [
            Paragraph(1, "WT/COMTD/W/999", "heading"),
            Paragraph(2, "2 June 2031", "heading"),
            Paragraph(3, "WORKSHOP ON ONLINE PAYMENTS", "heading"),
            Paragraph(4, first, label="1."),
        ]

    meta = extract_metadata(paragraphs(opening), furniture=[], fields={}, language=language)
    assert meta["date"] == "2031-06-02"
    assert meta["extra"]["date_of_act"] == "2031-03-14"
    plain = "The Committee discussed online payments on 14 March 2031 and took note."
    meta = extract_metadata(paragraphs(plain), furniture=[], fields={}, language=language)
    assert "date_of_act" not in meta.get("extra", {})


def test_symbols_of_other_series_and_a_print_run_number_beside_the_body() -> None:
    """Symbols of the procurement, preparatory-committee, ITA and Uruguay Round series are
    symbols; a print run's number on the body's line ("(31-0420) General Council") is no
    part of the title."""
    from indexing.documents import Paragraph
    from indexing.metadata import SYMBOL, extract_metadata

    for symbol in ("GPA/W/999", "PC/IPL/99", "ITA/R/99", "MTN.GNS/W/999", "WT/GC/W/999"):
        assert SYMBOL.fullmatch(symbol), symbol
    paragraphs = [
        Paragraph(1, "WORLD TRADE ORGANIZATION", "heading"),
        Paragraph(2, "JOB/GC/999 · 3 May 2031 · (31-0420) General Council · Original: English",
                  "heading"),
        Paragraph(3, "TRADE IN RURITANIA", "heading"),
        Paragraph(4, "1. The proponents consider " + "x " * 40),
    ]  # fmt: skip
    meta = extract_metadata(paragraphs, furniture=[], fields={}, language="en")
    assert "31-0420" not in str(meta["title"]) and "General Council" not in str(meta["title"])


def test_letterhead_columns_run_together_on_one_line_are_not_the_title() -> None:
    """A letterhead whose columns an export joined with one space ("WORLD TRADE
    ORGANIZATION WT/ZEN/W/9", "Zenda Council Original: English") is no part of the title;
    a title that cites a symbol stays one."""
    from indexing.documents import Paragraph
    from indexing.metadata import _title_lines, conventions, is_header_line

    block = [
        Paragraph(1, "ORGANISATION MONDIALE DU COMMERCE WT/COMTD/W/299", "heading"),
        Paragraph(2, "Comité du commerce et du développement Original: anglais", "heading"),
        Paragraph(3, "Les paiements mobiles en Ruritanie", "heading"),
    ]
    assert _title_lines(block, conventions()) == ["Les paiements mobiles en Ruritanie"]
    assert not is_header_line("The decision WT/L/9999 and its effects on trade in Zenda")
    # the organisation's name set on three lines: the middle one is the letterhead's too
    assert is_header_line("MONDIALE") and is_header_line("DU COMMERCE")
