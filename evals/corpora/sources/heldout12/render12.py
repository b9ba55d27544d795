"""Rendering for the heldout12 corpus: only what is new here; the rest is imported from
../heldout7/render7.py (its PDF layout engine) and ../render.py (DOCX helpers, text pages).
Used by heldout12/build.py through render.build_all's `variants` (VARIANTS).

  PDF   render7's layout engine (build_pdf7) with two new page layouts:
        "boxed":   page 1 has the organization on two lines at the left and the symbol in
                   a ruled box at the top right, the date and job number under the box, a
                   rule, then body (left) and original language (right); later pages carry
                   the body (left) and the symbol in a small box (right) as running header
                   and "p. n" / "pág. n" at the foot of the page (right).
        "two_col": page 1 has a two-column letterhead split by a vertical rule: the
                   organization and body at the left, symbol, date, job number and original
                   language at the right, a heavy rule under both; later pages carry the
                   symbol flush right over a hairline and "– n –" centred at the foot.
  DOCX  "labelled": a bordered header table with labelled rows (symbol, date, job number,
        original language), Word auto-numbered headings (A.), paragraphs (1.) and lettered
        sub-paragraphs ((a)); "tabbed": the letterhead as paragraphs with a right tab stop
        (organization / symbol, date, body / original language) over a bottom border,
        typed paragraph numbers ("A.1"), a real body table with a repeated header row.
        Both: real Word footnotes and a running header from page 2.
  HTML  saved pages of three sites: "inline" (the document in <div class="content">, each
        note as <span class="footnote"> at the place of its call), "aside" (the document
        in <div role="main" class="doc-body">, calls as "*n" links, the notes in a sidebar
        <aside class="doc-notes">) and "print" (a print view: toolbar, the document in a
        <div class="hoja"> sheet, calls as <sup class="ref">, the notes as a two-column
        table at the end of the sheet).  All three keep the cookie banner, navigation,
        breadcrumbs, share buttons, related-document list and footer.
  MD    "yaml": YAML front matter, ATX headings, footnote definitions at the end;
        "bullets": the letterhead as a bulleted list of labelled particulars, paragraph
        numbers with escaped periods ("1\\."), footnote definitions under a final heading.
  TXT   "pdf": text exported from a PDF: form feeds, a running header (symbol left, date
        right) on later pages, "— n —" at the foot of every page, calls as digits glued
        to the word, notes at the foot of their page under a short rule;
        "plain": a plain-text export with the particulars in an ASCII frame, headings
        underlined with "=", calls as "[n]" and the notes at the end.
Every file carries render.NOTE (written for wtoqa's evaluation, not an official WTO text).
Deterministic: the same DOCS give byte-identical files.
"""
import html
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "heldout7"))
import render  # noqa: E402
import render7  # noqa: E402

FN_RE = render.FN_RE
strip_markers = render.strip_markers


def with_note(doc):
    """The document with render.NOTE as its last (italic) paragraph."""
    return dict(doc, blocks=list(doc["blocks"]) + [("p", render.NOTE)])


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------
def furniture_boxed(c, doc, pno, total, W, H, LM, RM, TOP):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    y0 = H - TOP
    sym = doc["symbol"]
    if pno == 1:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(LM, y0, doc["org_lines"][0])
        c.drawString(LM, y0 - 14, doc["org_lines"][1])
        w = stringWidth(sym, "Helvetica-Bold", 12)
        c.setLineWidth(1.2)
        c.rect(W - RM - w - 16, y0 - 7, w + 16, 21, stroke=1, fill=0)
        c.drawString(W - RM - w - 8, y0, sym)
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - RM, y0 - 22, doc["date"])
        c.drawRightString(W - RM, y0 - 34, doc["job"])
        c.setLineWidth(0.6)
        c.line(LM, y0 - 42, W - RM, y0 - 42)
        c.setFont("Helvetica-Oblique", 9.5)
        c.drawString(LM, y0 - 56, doc["body_line"])
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - RM, y0 - 56, doc["original"])
    else:
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawString(LM, H - 40, doc["body_line"])
        c.setFont("Helvetica", 8.5)
        w = stringWidth(sym, "Helvetica", 8.5)
        c.setLineWidth(0.6)
        c.rect(W - RM - w - 8, H - 43.5, w + 8, 13, stroke=1, fill=0)
        c.drawString(W - RM - w - 4, H - 40, sym)
        c.drawRightString(W - RM, 34, "%s %d" % (doc["page_word"], pno))


def furniture_two_col(c, doc, pno, total, W, H, LM, RM, TOP):
    y0 = H - TOP
    if pno == 1:
        split = W / 2 + 40
        c.setFont("Times-Bold", 12.5)
        c.drawString(LM, y0, doc["org_lines"][0])
        c.drawString(LM, y0 - 15, doc["org_lines"][1])
        c.setFont("Times-Italic", 10)
        c.drawString(LM, y0 - 36, doc["body_line"])
        c.setLineWidth(0.8)
        c.line(split, y0 + 11, split, y0 - 40)
        x = split + 12
        c.setFont("Times-Bold", 12)
        c.drawString(x, y0, doc["symbol"])
        c.setFont("Times-Roman", 10)
        c.drawString(x, y0 - 13, doc["date"])
        c.drawString(x, y0 - 25, doc["job"])
        c.drawString(x, y0 - 37, doc["original"])
        c.setLineWidth(1.6)
        c.line(LM, y0 - 48, W - RM, y0 - 48)
    else:
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - RM, H - 40, doc["symbol"])
        c.setLineWidth(0.3)
        c.line(LM, H - 45, W - RM, H - 45)
        c.drawCentredString(W / 2, 34, "\u2013 %d \u2013" % pno)


render7.FURNITURE["boxed"] = (furniture_boxed, (70, 12))
render7.FURNITURE["two_col"] = (furniture_two_col, (64, 12))


def build_pdf12(name, doc, path):
    return render7.build_pdf7(name, with_note(doc), path)


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
def _right_tab(p, pos_twips):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = p._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "right")
    tab.set(qn("w:pos"), str(pos_twips))
    tabs.append(tab)
    ppr.append(tabs)


def _bottom_border(p):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)


def _repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def build_docx12(name, doc, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = with_note(doc)
    style = doc["docx_style"]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial" if style == "labelled" else "Garamond"
    st.font.size = Pt(10 if style == "labelled" else 11)
    render.docx_properties(d, doc["created"])
    numbering = d.part.numbering_part.element
    if style == "labelled":
        render.docx_abstract_numbering(numbering, 980, [(0, "upperLetter", "%1.", 567, 567)])
        render.docx_abstract_numbering(numbering, 981, [(0, "decimal", "%1.", 567, 567)])
        render.docx_abstract_numbering(numbering, 982, [(0, "lowerLetter", "(%1)", 1134, 567)])
    render.docx_running_header(d.sections[0], doc["running_header"])
    ref = "FootnoteReference"

    if style == "labelled":
        rows = doc["header_rows"]
        tbl = d.add_table(rows=len(rows), cols=2)
        tbl.style = "Table Grid"
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, (left, right) in enumerate(rows):
            lc, rc = tbl.rows[i].cells
            if i == 0:
                cell = lc.merge(rc)
                p = cell.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(left).bold = True
                continue
            lc.paragraphs[0].add_run(left).italic = True
            rc.paragraphs[0].add_run(right).bold = i == 1
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(doc["body_line"]).italic = True
    else:
        width = 9360  # text width of the default section, in twips
        for left, right, bold in doc["letterhead_lines"]:
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            _right_tab(p, width)
            p.add_run(left).bold = bold
            p.add_run("\t")
            p.add_run(right).bold = bold
        _bottom_border(p)
        d.add_paragraph()

    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            render.docx_text_with_notes(p, b[1], bold=True, ref_style=ref)
        elif kind == "center":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            render.docx_text_with_notes(p, b[1], italic=True, ref_style=ref)
        elif kind == "p":
            p = d.add_paragraph()
            render.docx_text_with_notes(p, b[1], italic=True, size=9, ref_style=ref)
        elif kind == "h":
            if style == "labelled":
                p = d.add_heading(level=1)
                render.docx_text_with_notes(p, b[2], ref_style=ref)
                render.docx_set_numbering(p, 980)
            else:
                p = d.add_paragraph()
                p.paragraph_format.keep_with_next = True
                p.paragraph_format.space_before = Pt(10)
                render.docx_text_with_notes(p, "%s\t%s" % (b[1], b[2]), bold=True, ref_style=ref)
        elif kind == "np":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if style == "labelled":
                render.docx_text_with_notes(p, b[2], ref_style=ref)
                render.docx_set_numbering(p, 981)
            else:
                p.paragraph_format.left_indent = Pt(36)
                p.paragraph_format.first_line_indent = Pt(-36)
                render.docx_text_with_notes(p, "%s\t%s" % (b[1], b[2]), ref_style=ref)
        elif kind == "sub":
            p = d.add_paragraph()
            if style == "labelled":
                render.docx_text_with_notes(p, b[2], ref_style=ref)
                render.docx_set_numbering(p, 982)
            else:
                p.paragraph_format.left_indent = Pt(72)
                p.paragraph_format.first_line_indent = Pt(-36)
                render.docx_text_with_notes(p, "%s\t%s" % (b[1], b[2]), ref_style=ref)
        elif kind == "caption":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.keep_with_next = True
            render.docx_text_with_notes(p, b[1], bold=True, ref_style=ref)
        elif kind == "table":
            data = b[1]
            t = d.add_table(rows=len(data), cols=len(data[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            _repeat_header(t.rows[0])
            for i, row in enumerate(data):
                for j, val in enumerate(row):
                    run = t.rows[i].cells[j].paragraphs[0].add_run(val)
                    run.bold = i == 0
                    run.font.size = Pt(9)
        elif kind == "source":
            p = d.add_paragraph()
            render.docx_text_with_notes(p, b[1], italic=True, size=8, ref_style=ref)
        else:
            raise ValueError(kind)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("__________")
    if doc["footnotes"]:
        render.docx_footnotes_part(d, doc["footnotes"], spaced_separators=True)
    render.save_docx(d, path, doc["created"])
    return []


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------
MD_LABELS = {
    "fr": ("Cote", "Date", "Numéro", "Organe", "Langue originale", "Notes"),
    "es": ("Signatura", "Fecha", "Número", "Órgano", "Idioma original", "Notas"),
    "en": ("Symbol", "Date", "Job number", "Body", "Original language", "Notes"),
}


def _yaml(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def build_md12(name, doc, path):
    doc = with_note(doc)
    style = doc["md_style"]
    lab = MD_LABELS[doc["lang"]]
    orig = doc["original"].split(":", 1)[1].strip()
    out = []
    if style == "yaml":
        out += ["---", "title: %s" % _yaml(doc["yaml_title"]), "symbol: %s" % doc["symbol"],
                "date: %s" % doc["iso_date"], "body: %s" % _yaml(doc["body_line"]),
                "job: %s" % _yaml(doc["job"]), "lang: %s" % doc["lang"], "original: %s" % _yaml(orig),
                "test_document: true", "---", "",
                "%s — %s — %s" % (doc["org"], doc["symbol"], doc["date"]), "",
                "%s · %s · %s" % (doc["body_line"], doc["job"], doc["original"]), ""]
    else:
        out += ["%s" % doc["org"], "",
                "- **%s:** %s" % (lab[0], doc["symbol"]), "- **%s:** %s" % (lab[1], doc["date"]),
                "- **%s:** %s" % (lab[2], doc["job"]), "- **%s:** %s" % (lab[3], doc["body_line"]),
                "- **%s:** %s" % (lab[4], orig), "", "___", ""]
    titles = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[-1]
        if kind == "title":
            out += ["%s %s" % ("#" if titles == 0 else "##", text), ""]
            titles += 1
        elif kind == "center":
            out += ["*%s*" % text, ""]
        elif kind == "p":
            out += ["_%s_" % text, ""]
        elif kind == "h":
            out += ["### %s %s" % (b[1], text), ""]
        elif kind == "np":
            num = b[1].replace(".", "\\.") if style == "bullets" else b[1]
            out += ["%s %s" % (num, text), ""]
        elif kind == "sub":
            out += ["    %s %s" % (b[1], text), ""]
        elif kind == "caption":
            out += ["**%s**" % text, ""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
        elif kind == "source":
            out += ["%s" % text, ""]
        else:
            raise ValueError(kind)
    if style == "bullets":
        out += ["## %s" % lab[5], ""]
    else:
        out += ["---", ""]
    out += ["[^%s]: %s" % (k, v) for k, v in doc["footnotes"].items()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.rstrip("\n") + "\n")
    return []


# ---------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------
MARK = "\x01"


def _wrap(text, w, first="", rest=""):
    return textwrap.wrap(text, w, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False, break_long_words=False)


def build_txt_pdf(name, doc, path, width=84):
    """Text exported from a PDF: see the module docstring."""
    doc = with_note(doc)
    page_lines = doc["page_lines"]

    def lr(left, right):
        return left + " " * max(1, width - len(left) - len(right)) + right

    lines = []
    right = [doc["symbol"], doc["date"], doc["job"]]
    left = list(doc["org_lines"]) + [""]
    for i in range(3):
        lines.append((lr(left[i], right[i]), []))
    lines += [("", []), (lr(doc["body_line"], doc["original"]), []), ("=" * width, []), ("", [])]

    def add_text(text, first, rest, center=False):
        marked = FN_RE.sub(lambda m: MARK + m.group(1), text)
        for l in _wrap(marked, width - (12 if center else 0), first, rest):
            fids = re.findall(MARK + r"(\d+)", l)
            l = l.replace(MARK, "")
            lines.append((l.center(width).rstrip() if center else l, fids))

    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            add_text(b[1], "", "", center=True)
        elif kind == "center":
            lines.append(("", []))
            add_text(b[1], "", "", center=True)
            lines.append(("", []))
        elif kind == "p":
            add_text(b[1], "", "")
            lines.append(("", []))
        elif kind == "h":
            lines.append(("", []))
            add_text("%s %s" % (b[1], b[2]), "", "")
            lines.append(("", []))
        elif kind == "np":
            add_text(b[2], b[1].ljust(6), " " * 6)
            lines.append(("", []))
        elif kind == "sub":
            add_text(b[2], "      " + b[1].ljust(5), " " * 11)
            lines.append(("", []))
        else:
            raise ValueError(kind)

    fn_text = {k: _wrap("%s %s" % (k, v), width - 2, "", "   ") for k, v in doc["footnotes"].items()}

    def fn_height(fids):
        return (2 + sum(len(fn_text[f]) for f in fids)) if fids else 0

    pages, cur, cur_fns = [], [], []
    for l, fids in lines:
        room = page_lines - (0 if not pages else 2) - 2
        if cur and len(cur) + 1 + fn_height(cur_fns + fids) > room:
            pages.append((cur, cur_fns))
            cur, cur_fns = [], []
            if l == "":
                continue
        cur.append(l)
        cur_fns = cur_fns + [f for f in fids if f not in cur_fns]
    if cur:
        pages.append((cur, cur_fns))

    out = []
    total = len(pages)
    for i, (pg, fids) in enumerate(pages, 1):
        while pg and pg[-1] == "":
            pg = pg[:-1]
        if fids:
            pg = pg + ["", "-" * 20] + [l for f in fids for l in fn_text[f]]
        if i > 1:
            pg = [lr(doc["symbol"], doc["date"]), ""] + pg
        pg = pg + ["", ("\u2014 %d \u2014" % i).center(width).rstrip()]
        out.append("\n".join(pg) + "\n")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\f".join(out))
    return pages


def build_txt_plain(name, doc, path, width=76):
    lab = MD_LABELS[doc["lang"]]

    def calls(text):
        return FN_RE.sub(lambda m: "[%s]" % m.group(1), text)

    pairs = [(lab[0], doc["symbol"]), (lab[1], doc["date"]), (lab[2], doc["job"]), (lab[3], doc["body_line"]),
             (lab[4], doc["original"].split(":", 1)[1].strip())]
    inner = max(len(doc["org"]), max(len("%-18s %s" % (k + ":", v)) for k, v in pairs))
    out = ["+" + "-" * (inner + 2) + "+", "| " + doc["org"].ljust(inner) + " |",
           "+" + "-" * (inner + 2) + "+"]
    out += ["| " + ("%-18s %s" % (k + ":", v)).ljust(inner) + " |" for k, v in pairs]
    out += ["+" + "-" * (inner + 2) + "+", ""]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            t = calls(b[1])
            out += ["", t, "=" * len(t), ""]
        elif kind == "center":
            out += [calls(b[1]).center(width).rstrip(), ""]
        elif kind == "p":
            out += _wrap(calls(b[1]), width) + [""]
        elif kind == "h":
            t = "%s %s" % (b[1], calls(b[2]))
            out += [t, "=" * len(t), ""]
        elif kind == "np":
            out += _wrap(calls(b[2]), width, b[1].ljust(6), " " * 6) + [""]
        elif kind == "sub":
            out += _wrap(calls(b[2]), width, "      " + b[1].ljust(5), " " * 11) + [""]
        else:
            raise ValueError(kind)
    if doc["footnotes"]:
        out += ["", lab[5].upper(), "-" * len(lab[5]), ""]
        for k, v in doc["footnotes"].items():
            out += _wrap(v, width, "[%s] " % k, " " * (len(k) + 3))
    out += ["", "-- %s" % render.NOTE]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    return [out]


def build_txt12(name, doc, path):
    if doc["txt_style"] == "pdf":
        return build_txt_pdf(name, doc, path)
    return build_txt_plain(name, doc, path)


# ---------------------------------------------------------------------------
# Saved web pages
# ---------------------------------------------------------------------------
SITES = {
    "inline": dict(
        name="Digital Trade Negotiations Tracker", cookie="We use essential cookies to run this tracker and, "
        "with your consent, analytics cookies to count visits.", buttons=("Allow all", "Essential only"),
        nav=("Home", "Negotiations", "Texts", "Members", "Calendar", "Newsletter"),
        crumbs=("Home", "Negotiations", "Joint Statement Initiative", "Reports"),
        meta="About this document", related="Related documents", share="Share",
        share_items=("Email", "LinkedIn", "X", "Bluesky", "Copy link"),
        foot=("About", "Editorial policy", "Privacy", "Cookies", "Contact"),
        rights="Digital Trade Negotiations Tracker, 2020."),
    "aside": dict(
        name="Veille commerce numérique", cookie="Ce site utilise des traceurs pour mesurer son audience. "
        "Vous pouvez les accepter, les refuser ou choisir.", buttons=("Tout accepter", "Tout refuser",
                                                                     "Personnaliser"),
        nav=("Accueil", "Négociations", "Textes", "Agenda", "Lettre d'information", "Contact"),
        crumbs=("Accueil", "Négociations", "Initiative conjointe", "Communications"),
        meta="Fiche du document", related="Autres communications", share="Partager",
        share_items=("Courriel", "LinkedIn", "Mastodon", "Imprimer"), notes="Notes",
        foot=("Mentions légales", "Données personnelles", "Cookies", "Plan du site"),
        rights="Veille commerce numérique, 2019."),
    "print": dict(
        name="Archivo de Documentos Comerciales", cookie="Este sitio utiliza cookies propias y de terceros "
        "para fines técnicos y estadísticos.", buttons=("Aceptar", "Rechazar", "Más información"),
        nav=("Inicio", "Buscar", "Órganos", "Temas", "Ayuda"),
        crumbs=("Inicio", "Órganos", "Consejo del Comercio de Mercancías", "Sesiones informativas"),
        meta="Ficha", related="Documentos relacionados", share="Compartir",
        share_items=("Correo", "LinkedIn", "X", "WhatsApp"), notes="Notas",
        toolbar=("Volver a la vista normal", "Imprimir", "Descargar PDF"),
        foot=("Aviso legal", "Privacidad", "Cookies", "Accesibilidad", "Contacto"),
        rights="Archivo de Documentos Comerciales, 2026."),
}
PAGE_CSS = """    body { font: 15px/1.5 Georgia, serif; margin: 0; }
    .cookie-bar { position: fixed; bottom: 0; left: 0; right: 0; background: #333; color: #fff; padding: .8em; }
    .topnav ul, .crumbs ol { list-style: none; display: flex; gap: .8em; padding: 0; }
    .crumbs li + li::before { content: "/"; margin-right: .5em; }
    .num { display: inline-block; min-width: 2.6em; font-weight: bold; }
    .footnote { font-size: .85em; color: #444; } .footnote::before { content: " ["; } .footnote::after { content: "]"; }
    aside.doc-notes { float: right; width: 28%; font-size: .85em; }
    .hoja { max-width: 46em; margin: 1em auto; padding: 2em; border: 1px solid #999; }
    table.datos th, table.datos td, table.notas td { border: 1px solid #ccc; padding: .2em .5em; }
    .sitefoot { background: #f2f2f2; padding: 1em 2em; margin-top: 2em; font-size: .85em; }"""


def build_html12(name, doc, path):
    esc = html.escape
    style = doc["html_style"]
    site = SITES[style]
    notes = doc["footnotes"]
    ind = "        "

    def inline(text):
        out, pos = [], 0
        for m in FN_RE.finditer(text):
            out.append(esc(text[pos:m.start()], quote=False))
            k = m.group(1)
            if style == "inline":
                out.append('<span class="footnote" id="fn-%s"><span class="fn-label">Note %s:</span> %s</span>'
                           % (k, k, esc(notes[k], quote=False)))
            elif style == "aside":
                out.append('<a class="noteref" href="#n%s" id="r%s">*%s</a>' % (k, k, k))
            else:
                out.append('<sup class="ref"><a href="#nota%s">%s</a></sup>' % (k, k))
            pos = m.end()
        out.append(esc(text[pos:], quote=False))
        return "".join(out)

    body, first = [], True
    for b in doc["blocks"]:
        kind = b[0]
        text = b[-1] if kind != "table" else ""
        if kind == "title":
            tag = "h1" if first else "h2"
            body.append('%s<%s class="title">%s</%s>' % (ind, tag, inline(text), tag))
            first = False
        elif kind == "center":
            body.append('%s<p class="subtitle"><i>%s</i></p>' % (ind, inline(text)))
        elif kind == "p":
            body.append('%s<p class="remark"><i>%s</i></p>' % (ind, inline(text)))
        elif kind == "h":
            body.append("%s<h3>%s %s</h3>" % (ind, esc(b[1]), inline(text)))
        elif kind == "np":
            body.append('%s<p class="par"><span class="num">%s</span> %s</p>' % (ind, esc(b[1]), inline(text)))
        elif kind == "sub":
            body.append('%s<p class="subpar" style="margin-left:2.6em">%s %s</p>' % (ind, esc(b[1]), inline(text)))
        elif kind == "caption":
            body.append('%s<p class="caption"><b>%s</b></p>' % (ind, inline(text)))
        elif kind == "table":
            rows = b[1]
            body.append('%s<table class="datos">' % ind)
            body.append("%s  <thead><tr>%s</tr></thead>" % (ind, "".join("<th>%s</th>" % esc(c) for c in rows[0])))
            body.append("%s  <tbody>" % ind)
            body += ["%s    <tr>%s</tr>" % (ind, "".join("<td>%s</td>" % esc(c) for c in r)) for r in rows[1:]]
            body.append("%s  </tbody>\n%s</table>" % (ind, ind))
        elif kind == "source":
            body.append('%s<p class="source"><small>%s</small></p>' % (ind, inline(text)))
        else:
            raise ValueError(kind)
    if style == "print":
        body.append('%s<h4 class="notas-titulo">%s</h4>\n%s<table class="notas">' % (ind, site["notes"], ind))
        body += ['%s  <tr id="nota%s"><td>%s</td><td>%s</td></tr>' % (ind, k, k, esc(v, quote=False))
                 for k, v in notes.items()]
        body.append("%s</table>" % ind)
    letterhead = "\n".join('%s  <p class="lh-%s">%s</p>' % (ind, k.replace("_", "-"), esc(doc[k]))
                           for k in ("org", "symbol", "date", "job", "body_line", "original") if doc.get(k))
    document = "\n".join(['%s<div class="letterhead">' % ind, letterhead, "%s</div>" % ind] + body
                         + ['%s<p class="eval-note"><small>%s</small></p>' % (ind, esc(render.NOTE))])
    card = "\n".join("          <li><b>%s:</b> %s</li>" % (esc(k), esc(v)) for k, v in doc["card"])

    def lis(items, fmt, pad):
        return "\n".join(pad + fmt % (i, esc(t)) for i, t in enumerate(items))

    share = "\n".join(['      <div class="share-buttons">', "        <span>%s</span>" % esc(site["share"]),
                       lis(site["share_items"], '<a class="share" href="#share-%d">%s</a>', "        "),
                       "      </div>"])
    related = "\n".join(['      <div class="related-docs">', "        <h2>%s</h2>" % esc(site["related"]),
                         "        <ul>", lis(doc["related"], '<li><a href="#rel-%d">%s</a></li>', "          "),
                         "        </ul>", "      </div>"])
    meta = "\n".join(['      <div class="doc-card">', "        <h2>%s</h2>" % esc(site["meta"]),
                      '        <ul class="card">', card, "        </ul>", "      </div>"])
    if style == "inline":
        middle = ['  <div class="wrap">', meta, '    <div class="content">', document, "    </div>", share,
                  related, "  </div>"]
    elif style == "aside":
        aside = ['    <aside class="doc-notes" aria-label="%s">' % esc(site["notes"]),
                 "      <h2>%s</h2>" % esc(site["notes"])]
        aside += ['      <p id="n%s"><a href="#r%s">*%s</a> %s</p>' % (k, k, k, esc(v, quote=False))
                  for k, v in notes.items()]
        aside.append("    </aside>")
        middle = ['  <div class="wrap">', meta] + aside + [
            '    <div role="main" class="doc-body">', document, "    </div>", share, related, "  </div>"]
    else:
        toolbar = '  <div class="print-toolbar">%s</div>' % " ".join(
            '<a href="#tb-%d">%s</a>' % (i, esc(t)) for i, t in enumerate(site["toolbar"]))
        middle = [toolbar, '  <div class="print-view">', meta, '    <div class="hoja">', document, "    </div>",
                  share, related, "  </div>"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="%s">' % doc["lang"],
        "<!-- saved from url=(%04d)%s -->" % (len(doc["saved_from"]), doc["saved_from"]),
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        "  <title>%s · %s</title>" % (esc(doc["page_title"]), esc(site["name"])),
        '  <link rel="stylesheet" href="./%s_files/main.css">' % os.path.splitext(name)[0],
        "  <style>\n%s\n  </style>" % PAGE_CSS,
        '  <script>var _consent = localStorage.getItem("consent");</script>',
        "</head>",
        '<body class="%s">' % ("vista-impresion" if style == "print" else "doc-page"),
        '  <div class="cookie-bar" id="cookie-bar" role="dialog">',
        "    <span>%s</span>" % esc(site["cookie"]),
        "    " + " ".join('<button type="button">%s</button>' % esc(t) for t in site["buttons"]),
        "  </div>",
        '  <header class="top">',
        '    <a class="site-name" href="#home">%s</a>' % esc(site["name"]),
        '    <nav class="topnav" aria-label="navigation">',
        "      <ul>",
        lis(site["nav"], '<li><a href="#nav-%d">%s</a></li>', "        "),
        "      </ul>",
        "    </nav>",
        "  </header>",
        '  <nav class="crumbs" aria-label="breadcrumbs">',
        "    <ol>",
        lis(site["crumbs"], '<li><a href="#crumb-%d">%s</a></li>', "      "),
        "      <li>%s</li>" % esc(doc["symbol"]),
        "    </ol>",
        "  </nav>",
    ] + middle + [
        '  <footer class="sitefoot">',
        "    <ul>",
        lis(site["foot"], '<li><a href="#foot-%d">%s</a></li>', "      "),
        "    </ul>",
        "    <p>&copy; %s</p>" % esc(site["rights"]),
        "  </footer>",
        "</body>",
        "</html>",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(parts) + "\n")
    return []


VARIANTS = {"pdf": build_pdf12, "docx": build_docx12, "html": build_html12, "md": build_md12, "txt": build_txt12}
