"""Rendering for the heldout13 corpus: what is new here; the PDF layout engine is
../heldout7/render7.py's build_pdf7, the DOCX helpers and text pages come from ../render.py.
Used by heldout13/build.py through render.build_all's `variants` (VARIANTS).

  PDF   three page layouts not used before (registered in render7.FURNITURE):
        "en_framed":   page 1 has the organization, job number, RESTRICTED, symbol and date
                       inside a thin frame, body and original language under it; later
                       pages carry a short title (left) and the symbol (right) over a
                       hairline; every page has "Page n of N" centred at its foot.
        "fr_stacked":  page 1 has the organization on three lines at the left, symbol, date
                       and job number at the right, a double rule, then body and original
                       language; later pages carry the symbol at the top right and "- n -"
                       centred at the foot.
        "es_centred":  page 1 has the organization centred over a rule, then job number,
                       symbol and date on one line (left, centre, right), body and original
                       language, a rule; later pages carry "<symbol> · Página n" centred at
                       the top.
  DOCX  build_docx13: "table3" letterhead (a three-column header table: organization,
        blank, symbol / date / job; body and original language in a second row), headings
        and paragraphs numbered by hand, Word footnotes; or "paras" letterhead (right-
        aligned paragraphs with a tab stop, no table), Word auto-numbered paragraphs, a
        body table in "Table Grid" style with a caption, Word footnotes.  Running header
        (symbol, page) from page 2 in both.
  HTML  build_html13: three saved pages: "drupal" (no <main>/<article>; body field of a
        Drupal node; footnotes module: calls as links, notes in <ul class="footnotes">),
        "tufte" (<main><article>; sidenotes inline in the paragraph as a label, a checkbox
        and a <span class="sidenote">), "gob" (<div role="main">, document in a <section>,
        calls as <sup><a>, notes as <details> in a notes section).
  MD    build_md13: "toml" (TOML front matter between +++ lines, ATX headings, footnote
        definitions at the end); "quote" (letterhead as a blockquote, bold headings,
        calls as <sup>n</sup>, notes as a numbered list under a heading).
  TXT   build_txt13: "pdftext" (text extracted from a PDF with -layout: form feeds, symbol
        at the top right of later pages, "Página n de N" centred at every page's foot,
        footnotes above it under a rule, calls glued to the word as digits); "wordtext"
        (a word processor's "save as plain text": one line per paragraph, CRLF, calls as
        "[n]", table cells separated by tabs, notes at the end under a rule).
Every file carries render.NOTE.  Deterministic: the same DOCS give byte-identical files.
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
# PDF page furniture
# ---------------------------------------------------------------------------
def furniture_en_framed(c, doc, pno, total, W, H, LM, RM, TOP):
    y0 = H - TOP
    if pno == 1:
        c.setLineWidth(0.6)
        c.rect(LM, y0 - 34, W - LM - RM, 48, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(LM + 8, y0 - 6, doc["org"])
        c.setFont("Helvetica", 9)
        c.drawString(LM + 8, y0 - 24, doc["job"])
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(W - RM - 8, y0 + 2, doc["restricted"])
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(W - RM - 8, y0 - 12, doc["symbol"])
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - RM - 8, y0 - 26, doc["date"])
        c.setFont("Helvetica-Oblique", 10)
        c.drawString(LM, y0 - 52, doc["body_line"])
        c.setFont("Helvetica", 10)
        c.drawRightString(W - RM, y0 - 52, doc["original"])
    else:
        c.setFont("Times-Italic", 9)
        c.drawString(LM, H - 40, doc["short_title"])
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - RM, H - 40, doc["symbol"])
        c.setLineWidth(0.3)
        c.line(LM, H - 45, W - RM, H - 45)
    c.setFont("Times-Roman", 9)
    c.drawCentredString(W / 2, 34, "Page %d of %d" % (pno, total))


def furniture_fr_stacked(c, doc, pno, total, W, H, LM, RM, TOP):
    y0 = H - TOP
    if pno == 1:
        c.setFont("Times-Bold", 12)
        for i, part in enumerate(doc["org_lines"]):
            c.drawString(LM, y0 - 13 * i, part)
        c.setFont("Times-Bold", 13)
        c.drawRightString(W - RM, y0, doc["symbol"])
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - RM, y0 - 14, doc["date"])
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - RM, y0 - 27, doc["job"])
        c.setLineWidth(0.8)
        c.line(LM, y0 - 36, W - RM, y0 - 36)
        c.line(LM, y0 - 39, W - RM, y0 - 39)
        c.setFont("Times-Italic", 10)
        c.drawString(LM, y0 - 54, doc["body_line"])
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - RM, y0 - 54, doc["original"])
    else:
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - RM, H - 40, doc["symbol"])
        c.drawCentredString(W / 2, 34, "- %d -" % pno)


def furniture_es_centred(c, doc, pno, total, W, H, LM, RM, TOP):
    y0 = H - TOP
    if pno == 1:
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, y0, doc["org"])
        c.setLineWidth(0.5)
        c.line(LM, y0 - 7, W - RM, y0 - 7)
        c.setFont("Helvetica", 9)
        c.drawString(LM, y0 - 22, doc["job"])
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, y0 - 22, doc["symbol"])
        c.setFont("Helvetica", 9)
        c.drawRightString(W - RM, y0 - 22, doc["date"])
        c.setFont("Helvetica-Oblique", 9.5)
        c.drawString(LM, y0 - 38, doc["body_line"])
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - RM, y0 - 38, doc["original"])
        c.setLineWidth(0.5)
        c.line(LM, y0 - 46, W - RM, y0 - 46)
    else:
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, H - 40, "%s · %s %d" % (doc["symbol"], doc["page_word"], pno))


render7.FURNITURE["en_framed"] = (furniture_en_framed, (72, 20))
render7.FURNITURE["fr_stacked"] = (furniture_fr_stacked, (70, 8))
render7.FURNITURE["es_centred"] = (furniture_es_centred, (62, 12))


def build_pdf13(name, doc, path):
    return render7.build_pdf7(name, with_note(doc), path)


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
def _right_tab(p, pos_twips=9026):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = p._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "right")
    tab.set(qn("w:pos"), str(pos_twips))
    tabs.append(tab)
    ppr.append(tabs)


def build_docx13(name, doc, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = with_note(doc)
    style = doc["letterhead"]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri" if style == "paras" else "Times New Roman"
    st.font.size = Pt(11)
    for lvl in (1, 2):
        hs = d.styles["Heading %d" % lvl]
        hs.font.name = st.font.name
        hs.font.size = Pt(11)
    render.docx_properties(d, doc["created"])
    numbering = d.part.numbering_part.element
    render.docx_abstract_numbering(numbering, 1310, [(0, "upperRoman", "%1.", 567, 567)])
    render.docx_abstract_numbering(numbering, 1311, [(0, "decimal", "%1.", 567, 567)])
    render.docx_running_header(d.sections[0], doc["running_header"])
    ref = "FootnoteReference"

    if style == "table3":
        tbl = d.add_table(rows=2, cols=3)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        left, _, right = tbl.rows[0].cells
        for i, part in enumerate(doc["org_lines"]):
            p = left.paragraphs[0] if i == 0 else left.add_paragraph()
            p.add_run(part).bold = True
        for i, (text, bold) in enumerate(((doc["symbol"], True), (doc["date"], False), (doc["job"], False))):
            p = right.paragraphs[0] if i == 0 else right.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(text).bold = bold or None
        left, _, right = tbl.rows[1].cells
        left.paragraphs[0].add_run(doc["body_line"]).italic = True
        right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        right.paragraphs[0].add_run(doc["original"])
        d.add_paragraph()
    else:
        for left, right, bold in ((doc["org"], doc["symbol"], True), ("", doc["date"], False),
                                  (doc["job"], "", False), (doc["body_line"], doc["original"], False)):
            p = d.add_paragraph()
            _right_tab(p)
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(left)
            r.bold = bold or None
            r.italic = (left == doc["body_line"]) or None
            if right:
                p.add_run("\t" + right).bold = bold or None
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
            if style == "table3":
                p = d.add_paragraph()
                p.paragraph_format.keep_with_next = True
                p.add_run(b[1] + "\t").bold = True
                render.docx_text_with_notes(p, b[2], bold=True, ref_style=ref)
            else:
                p = d.add_heading(level=1)
                render.docx_text_with_notes(p, b[2], ref_style=ref)
                render.docx_set_numbering(p, 1310)
        elif kind == "np":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if style == "table3":
                p.paragraph_format.left_indent = Pt(36)
                p.paragraph_format.first_line_indent = Pt(-36)
                p.add_run(b[1] + ".\t")
                render.docx_text_with_notes(p, b[2], ref_style=ref)
            else:
                render.docx_text_with_notes(p, b[2], ref_style=ref)
                render.docx_set_numbering(p, 1311)
        elif kind == "sub":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Pt(54)
            p.paragraph_format.first_line_indent = Pt(-18)
            p.add_run(b[1] + "\t")
            render.docx_text_with_notes(p, b[2], ref_style=ref)
        elif kind == "caption":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.keep_with_next = True
            render.docx_text_with_notes(p, b[1], bold=True, ref_style=ref)
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cp = t.rows[i].cells[j].paragraphs[0]
                    run = cp.add_run(val)
                    run.bold = (i == 0) or None
                    run.font.size = Pt(10)
                    if j:
                        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "source":
            p = d.add_paragraph()
            render.docx_text_with_notes(p, b[1], italic=True, size=9, ref_style=ref)
        else:
            raise ValueError(kind)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("__________")
    if doc["footnotes"]:
        render.docx_footnotes_part(d, doc["footnotes"])
    render.save_docx(d, path, doc["created"])
    return []


# ---------------------------------------------------------------------------
# Saved web pages
# ---------------------------------------------------------------------------
SITES = {
    "drupal": dict(
        name="Digital Trade Policy Library", skip="Skip to main content",
        nav=("Home", "Collections", "Topics", "Members", "About the library", "Contact"),
        crumbs=("Home", "Collections", "WTO Work Programme on Electronic Commerce"),
        side=("In this collection", "Tags"), share="Share this document",
        share_items=("Email", "LinkedIn", "X", "Facebook", "Print"), notes=None,
        foot=("About", "Terms of use", "Privacy policy", "Accessibility statement", "Newsletter"),
        rights="Digital Trade Policy Library. Texts reproduced for research purposes."),
    "tufte": dict(
        name="Carnets du commerce numérique", skip="Aller au contenu",
        nav=("Accueil", "Notes", "Dossiers", "Glossaire", "À propos", "S'abonner"),
        crumbs=("Accueil", "Dossiers", "OMC et commerce électronique"),
        side=("Dernières notes", "Archives"), share="Partager",
        share_items=("Courriel", "LinkedIn", "Mastodon", "Bluesky", "Copier le lien"), notes=None,
        foot=("Mentions légales", "Données personnelles", "Gestion des cookies", "Flux RSS", "Contact"),
        rights="Carnets du commerce numérique, 2020. Textes diffusés à titre d'information."),
    "gob": dict(
        name="Portal de Política Comercial", skip="Saltar al contenido principal",
        nav=("Inicio", "Negociaciones", "OMC", "Acuerdos comerciales", "Publicaciones", "Prensa"),
        crumbs=("Inicio", "OMC", "Comercio electrónico", "Documentos"),
        side=("Documentos relacionados", "Temas"), share="Compartir en",
        share_items=("Facebook", "X", "LinkedIn", "WhatsApp", "Correo electrónico"), notes="Notas",
        foot=("Aviso legal", "Política de privacidad", "Política de cookies", "Accesibilidad", "Mapa del sitio",
              "Contacto"),
        rights="Portal de Política Comercial, 2022. Todos los derechos reservados."),
}
HTML_CSS = {
    "drupal": """    .visually-hidden { position: absolute !important; clip: rect(1px, 1px, 1px, 1px); }
    .layout-main-wrapper { display: flex; gap: 2em; } .layout-sidebar-first { width: 16em; }
    .see-footnote { vertical-align: super; font-size: .75em; } ul.footnotes { font-size: .85em; list-style: none; }""",
    "tufte": """    body { width: 87.5%; margin-left: auto; margin-right: auto; padding-left: 12.5%; font-family: et-book, Palatino, serif; }
    .sidenote { float: right; clear: right; margin-right: -60%; width: 50%; font-size: 1.1rem; }
    .sidenote-number { counter-increment: sidenote-counter; }
    .sidenote-number:after, .sidenote:before { content: counter(sidenote-counter); font-size: 1rem; top: -0.5rem; }
    input.margin-toggle { display: none; }""",
    "gob": """    body { font-family: "Open Sans", Arial, sans-serif; } .contenedor { display: grid; grid-template-columns: 3fr 1fr; }
    table.tabla-datos th, table.tabla-datos td { border: 1px solid #999; padding: .25em .6em; }
    details.nota summary { cursor: pointer; font-weight: 600; }""",
}


def build_html13(name, doc, path):
    esc = html.escape
    style = doc["site"]
    site = SITES[style]
    notes = doc["footnotes"]
    ind = "          "

    def inline(text):
        out, pos = [], 0
        for m in FN_RE.finditer(text):
            out.append(esc(text[pos:m.start()], quote=False))
            k = m.group(1)
            if style == "drupal":
                out.append('<a class="see-footnote" id="footnoteref%s_d7k2" title="%s" href="#footnote%s_d7k2">%s</a>'
                           % (k, esc(notes[k][:60] + "..."), k, k))
            elif style == "tufte":
                out.append('<label for="sn-%s" class="margin-toggle sidenote-number"></label>'
                           '<input type="checkbox" id="sn-%s" class="margin-toggle"/>'
                           '<span class="sidenote">%s</span>' % (k, k, esc(notes[k], quote=False)))
            else:
                out.append('<sup><a href="#nota-%s" id="ref-%s" aria-describedby="notas-titulo">%s</a></sup>'
                           % (k, k, k))
            pos = m.end()
        out.append(esc(text[pos:], quote=False))
        return "".join(out)

    body = []
    blocks = doc["blocks"]
    first_title = True
    for i, b in enumerate(blocks):
        kind = b[0]
        if kind == "title":
            tag = "h2" if first_title else "h3"
            body.append('%s<%s class="doc-title">%s</%s>' % (ind, tag, inline(b[1]), tag))
            first_title = False
        elif kind == "center":
            body.append('%s<p class="doc-subtitle"><em>%s</em></p>' % (ind, inline(b[1])))
        elif kind == "p":
            body.append('%s<p class="doc-intro"><em>%s</em></p>' % (ind, inline(b[1])))
        elif kind == "h":
            body.append("%s<h4>%s %s</h4>" % (ind, esc(b[1]), inline(b[2])))
        elif kind == "np":
            if style == "tufte":
                body.append('%s<p><span class="num">%s</span> %s</p>' % (ind, esc(b[1]), inline(b[2])))
            else:
                body.append('%s<p class="numbered">%s %s</p>' % (ind, esc(b[1]), inline(b[2])))
        elif kind == "sub":
            body.append('%s<p class="indent">%s %s</p>' % (ind, esc(b[1]), inline(b[2])))
        elif kind == "caption":
            if style != "gob":
                body.append('%s<p class="table-caption"><strong>%s</strong></p>' % (ind, inline(b[1])))
        elif kind == "table":
            rows = b[1]
            cls = "tabla-datos" if style == "gob" else "data"
            body.append('%s<table class="%s">' % (ind, cls))
            if style == "gob" and i and blocks[i - 1][0] == "caption":
                body.append("%s  <caption>%s</caption>" % (ind, inline(blocks[i - 1][1])))
            body.append("%s  <thead><tr>%s</tr></thead>" % (ind, "".join('<th scope="col">%s</th>' % esc(c)
                                                                         for c in rows[0])))
            body.append("%s  <tbody>" % ind)
            for r in rows[1:]:
                first = ('<th scope="row">%s</th>' if style == "gob" else "<td>%s</td>") % esc(r[0])
                body.append("%s    <tr>%s%s</tr>" % (ind, first, "".join("<td>%s</td>" % esc(c) for c in r[1:])))
            body.append("%s  </tbody>\n%s</table>" % (ind, ind))
        elif kind == "source":
            body.append('%s<p class="table-source"><small>%s</small></p>' % (ind, inline(b[1])))
        else:
            raise ValueError(kind)
    if style == "drupal" and notes:
        body.append('%s<ul class="footnotes">' % ind)
        body += ['%s  <li class="footnote" id="footnote%s_d7k2"><a class="footnote-label" href="#footnoteref%s_d7k2">'
                 '%s.</a> %s</li>' % (ind, k, k, k, esc(v, quote=False)) for k, v in notes.items()]
        body.append("%s</ul>" % ind)
    elif style == "gob" and notes:
        body.append('%s<section class="notas" aria-labelledby="notas-titulo">' % ind)
        body.append('%s  <h3 id="notas-titulo">%s</h3>' % (ind, site["notes"]))
        body += ['%s  <details class="nota" id="nota-%s" open><summary>%s %s</summary><p>%s</p></details>'
                 % (ind, k, "Nota", k, esc(v, quote=False)) for k, v in notes.items()]
        body.append("%s</section>" % ind)

    letterhead = "\n".join('%s  <p class="lh-%s">%s</p>' % (ind, k.replace("_", "-"), esc(doc[k]))
                           for k in ("org", "symbol", "date", "job", "body_line", "original") if doc.get(k))
    letterhead = '%s<div class="letterhead">\n%s\n%s</div>' % (ind, letterhead, ind)
    card = "\n".join("%s  <dt>%s</dt><dd>%s</dd>" % (ind, esc(k), esc(v)) for k, v in doc["card"])
    card = '%s<dl class="doc-card">\n%s\n%s</dl>' % (ind, card, ind)

    def lis(items, fmt, pad):
        return "\n".join(pad + fmt % (i, esc(t)) for i, t in enumerate(items))

    share = "\n".join([
        '%s<div class="share" aria-label="%s">' % (ind, esc(site["share"])),
        "%s  <span>%s</span>" % (ind, esc(site["share"])),
        lis(site["share_items"], '<a class="share-link" href="#share-%d" rel="noopener">%s</a>', ind + "  "),
        "%s</div>" % ind])
    head = [
        "<!DOCTYPE html>",
        '<html lang="%s" dir="ltr">' % doc["lang"],
        "<!-- saved from url=(%04d)%s -->" % (len(doc["saved_from"]), doc["saved_from"]),
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        '  <meta property="og:title" content="%s">' % esc(doc["page_title"]),
        "  <title>%s | %s</title>" % (esc(doc["page_title"]), esc(site["name"])),
        '  <link rel="stylesheet" href="./%s_files/styles.css">' % os.path.splitext(name)[0],
        "  <style>\n%s\n  </style>" % HTML_CSS[style],
        '  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page": "document"});</script>',
        "</head>",
    ]
    nav = "\n".join(['      <ul class="menu">', lis(site["nav"], '<li class="menu-item"><a href="#m%d">%s</a></li>',
                                                        "        "), "      </ul>"])
    crumbs = "\n".join(["      <ol>", lis(site["crumbs"], '<li><a href="#c%d">%s</a></li>', "        "),
                        '        <li aria-current="page">%s</li>' % esc(doc["symbol"]), "      </ol>"])
    related = lis(doc["related"], '<li><a href="#r%d">%s</a></li>', "          ")
    tags = lis(doc["tags"], '<li><a href="#t%d">%s</a></li>', "          ")
    foot = lis(site["foot"], '<li><a href="#f%d">%s</a></li>', "        ")
    content = "\n".join(body)
    if style == "drupal":
        page = [
            '<body class="path-node page-node-type-document">',
            '  <a href="#main-content" class="visually-hidden focusable skip-link">%s</a>' % site["skip"],
            '  <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>',
            '  <div id="page-wrapper"><div id="page">',
            '    <header id="header" class="header" role="banner">',
            '      <div class="site-branding"><a href="#home" rel="home">%s</a></div>' % esc(site["name"]),
            '      <nav role="navigation" aria-labelledby="block-main-menu" id="block-main">',
            '      <h2 class="visually-hidden" id="block-main-menu">Main navigation</h2>', nav, "      </nav>",
            '      <form class="search-block-form" role="search"><input type="search" name="keys" '
            'placeholder="Search the library"><button>Search</button></form>',
            "    </header>",
            '    <div class="region region-breadcrumb">',
            '    <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">', crumbs,
            "    </nav>", "    </div>",
            '    <div id="main-wrapper" class="layout-main-wrapper clearfix">',
            '      <aside class="layout-sidebar-first" role="complementary">',
            '        <div class="block block-views"><h2>%s</h2><ul>' % site["side"][0], related, "        </ul></div>",
            '        <div class="block block-tags"><h2>%s</h2><ul>' % site["side"][1], tags, "        </ul></div>",
            "      </aside>",
            '      <div class="layout-content">',
            '        <a id="main-content" tabindex="-1"></a>',
            '        <h1 class="page-title"><span class="field--name-title">%s</span></h1>' % esc(doc["page_title"]),
            '        <div class="node node--type-document node--view-mode-full">',
            card,
            '          <div class="clearfix text-formatted field field--name-body field--type-text-with-summary">',
            letterhead, content,
            "          </div>",
            share,
            "        </div>",
            "      </div>",
            "    </div>",
            '    <footer class="site-footer" role="contentinfo">',
            "      <ul>", foot, "      </ul>",
            "      <p>%s</p>" % esc(render.NOTE),
            "      <p>&copy; %s</p>" % esc(site["rights"]),
            "    </footer>",
            "  </div></div>",
            "  </div>",
            "</body>",
        ]
    elif style == "tufte":
        page = [
            "<body>",
            '  <a class="skip-link screen-reader-text" href="#main">%s</a>' % site["skip"],
            '  <header class="masthead">',
            '    <p class="site-title"><a href="#accueil" rel="home">%s</a></p>' % esc(site["name"]),
            '    <nav class="main-navigation" aria-label="Menu principal">', nav, "    </nav>",
            "  </header>",
            '  <main id="main" class="site-main">',
            '    <nav class="fil-ariane" aria-label="Fil d\'Ariane">', crumbs, "    </nav>",
            '    <article class="post type-post format-standard">',
            '      <header class="entry-header">',
            '        <h1 class="entry-title">%s</h1>' % esc(doc["page_title"]),
            '        <div class="entry-meta"><time class="published" datetime="%s">%s</time> · '
            '<span class="cat-links">%s</span></div>' % (doc["iso_date"], esc(doc["date"]), esc(doc["tags"][0])),
            "      </header>",
            '      <div class="entry-content">',
            card, letterhead, content,
            "      </div>",
            '      <footer class="entry-footer">', share,
            '        <span class="tags-links">%s</span>' % esc(", ".join(doc["tags"])),
            "      </footer>",
            "    </article>",
            "  </main>",
            '  <aside id="secondary" class="widget-area">',
            '    <section class="widget"><h2 class="widget-title">%s</h2><ul>' % site["side"][0], related,
            "    </ul></section>",
            '    <section class="widget"><h2 class="widget-title">%s</h2><ul>' % site["side"][1], tags,
            "    </ul></section>",
            "  </aside>",
            '  <footer id="colophon" class="site-footer">',
            '    <nav class="footer-navigation"><ul>', foot, "    </ul></nav>",
            '    <p class="site-info">%s</p>' % esc(render.NOTE),
            "    <p>&copy; %s</p>" % esc(site["rights"]),
            "  </footer>",
            "</body>",
        ]
    else:
        page = [
            "<body>",
            '  <a class="saltar" href="#contenido">%s</a>' % site["skip"],
            '  <div id="barra-superior"><span>Sitio oficial de información comercial</span></div>',
            '  <header class="cabecera">',
            '    <a class="logo" href="#inicio">%s</a>' % esc(site["name"]),
            '    <nav class="menu-principal" aria-label="Menú principal">', nav, "    </nav>",
            "  </header>",
            '  <nav class="migas" aria-label="Migas de pan">', crumbs, "  </nav>",
            '  <div class="contenedor">',
            '    <div role="main" id="contenido">',
            '      <section class="documento" aria-label="%s">' % esc(doc["page_title"]),
            '        <h1 class="titulo-pagina">%s</h1>' % esc(doc["page_title"]),
            card, letterhead, content,
            "      </section>",
            share,
            "    </div>",
            '    <aside class="lateral">',
            "      <h2>%s</h2>" % site["side"][0], "      <ul>", related, "      </ul>",
            "      <h2>%s</h2>" % site["side"][1], "      <ul>", tags, "      </ul>",
            "    </aside>",
            "  </div>",
            '  <footer class="pie">',
            "    <ul>", foot, "    </ul>",
            "    <p>%s</p>" % esc(render.NOTE),
            "    <p>&copy; %s</p>" % esc(site["rights"]),
            "  </footer>",
            "</body>",
        ]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(head + page + ["</html>"]) + "\n")
    return []


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------
def _toml(v):
    if isinstance(v, list):
        return "[%s]" % ", ".join(_toml(x) for x in v)
    return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"')


def build_md13(name, doc, path):
    doc = with_note(doc)
    style = doc["md_style"]
    notes = doc["footnotes"]
    out = []

    def wrapped(text, first="", rest=""):
        if style != "toml":
            return [first + text]
        return textwrap.wrap(text, 80, initial_indent=first, subsequent_indent=rest,
                             break_on_hyphens=False, break_long_words=False)

    if style == "toml":
        original = doc["original"].split(":", 1)[1].strip()
        out += ["+++", "title = %s" % _toml(doc["fm_title"]), "symbol = %s" % _toml(doc["symbol"]),
                "date = %s" % doc["iso_date"], "job = %s" % _toml(doc["job"]), "body = %s" % _toml(doc["body_line"]),
                "original_language = %s" % _toml(original), "tags = %s" % _toml(doc["fm_tags"]), "draft = false",
                "+++", "",
                "%s\\" % doc["org"], "%s · %s · %s\\" % (doc["symbol"], doc["date"], doc["job"]),
                "%s · %s" % (doc["body_line"], doc["original"]), ""]
    else:
        out += ["> **%s**" % doc["org"], ">", "> %s · %s · %s" % (doc["symbol"], doc["date"], doc["job"]), ">",
                "> %s · %s" % (doc["body_line"], doc["original"]), ""]

    def calls(text):
        if style == "toml":
            return text
        return FN_RE.sub(lambda m: "<sup>%s</sup>" % m.group(1), text)

    titles = 0
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            if style == "toml":
                out += ["%s %s" % ("#" if titles == 0 else "##", b[1]), ""]
            else:
                out += ["**%s**" % calls(b[1]), ""]
            titles += 1
        elif kind == "center":
            out += wrapped("*%s*" % calls(b[1])) + [""]
        elif kind == "p":
            out += wrapped("_%s_" % calls(b[1])) + [""]
        elif kind == "h":
            if style == "toml":
                out += ["### %s %s" % (b[1], b[2]), ""]
            else:
                out += ["**%s %s**" % (b[1], calls(b[2])), ""]
        elif kind == "np":
            label = b[1] if style == "toml" else b[1].replace(".", "\\.")
            out += wrapped("%s %s" % (label, calls(b[2])), "", "") + [""]
        elif kind == "sub":
            out += wrapped("    %s %s" % (b[1], calls(b[2])), "", "    ") + [""]
        elif kind == "caption":
            out += ["**%s**" % calls(b[1]), ""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("-" * (len(c) + 2) if i == 0 else ":" + "-" * len(c) + ":"
                                      for i, c in enumerate(rows[0])) + "|")
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
        elif kind == "source":
            out += wrapped("<small>%s</small>" % calls(b[1])) + [""]
        else:
            raise ValueError(kind)
    if style == "toml":
        for k, v in notes.items():
            out += wrapped("[^%s]: %s" % (k, v), "", "    ")
            out.append("")
    else:
        out += ["### %s" % doc["notes_word"], ""]
        out += ["%s. %s" % (k, v) for k, v in notes.items()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.rstrip("\n") + "\n")
    return []


# ---------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------
MARK = "\x01"


def build_txt_pdftext(name, doc, path, width=88):
    """Text as extracted from a PDF with its layout kept: letterhead, pages separated by form
    feeds, the symbol at the top right of later pages, footnotes under a short rule at the foot
    of their page, then "<page word> n de N" centred as the page footer."""
    page_lines = doc["page_lines"]

    def wrap(text, w, first="", rest=""):
        return textwrap.wrap(text, w, initial_indent=first, subsequent_indent=rest,
                             break_on_hyphens=False, break_long_words=False)

    def lr(left, right):
        return left + " " * max(1, width - len(left) - len(right)) + right

    lines = []
    right = [doc["symbol"], doc["date"], doc["job"]]
    left = list(doc["org_lines"]) + [""] * 3
    for i in range(3):
        lines.append((lr(left[i], right[i]), []))
    lines += [("", []), (lr(doc["body_line"], doc["original"]), []), ("", []), ("", [])]

    def add_text(text, first, rest, center=False):
        marked = FN_RE.sub(lambda m: MARK + m.group(1), text)
        for ln in wrap(marked, width - (12 if center else 0), first, rest):
            fids = re.findall(MARK + r"(\d+)", ln)
            ln = ln.replace(MARK, "")
            lines.append((ln.center(width).rstrip() if center else ln, fids))

    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            add_text(b[1], "", "", center=True)
            lines.append(("", []))
        elif kind == "center":
            add_text(b[1], "", "", center=True)
            lines.append(("", []))
        elif kind == "p":
            add_text(b[1], "", "")
            lines.append(("", []))
        elif kind == "h":
            add_text("%s %s" % (b[1], b[2]), "", "")
            lines.append(("", []))
        elif kind == "np":
            add_text(b[2], b[1].ljust(8), " " * 8)
            lines.append(("", []))
        elif kind == "sub":
            add_text(b[2], " " * 8 + b[1].ljust(5), " " * 13)
            lines.append(("", []))
        else:
            raise ValueError(kind)

    fn_text = {k: wrap("%s %s" % (k, v), width - 4, "", "  ") for k, v in doc["footnotes"].items()}

    def fn_height(fids):
        return (2 + sum(len(fn_text[f]) for f in fids)) if fids else 0

    pages, cur, cur_fns = [], [], []
    for ln, fids in lines:
        room = page_lines - 2 - (0 if not pages else 2)
        if cur and len(cur) + 1 + fn_height(cur_fns + fids) > room:
            pages.append((cur, cur_fns))
            cur, cur_fns = [], []
            if ln == "":
                continue
        cur.append(ln)
        cur_fns = cur_fns + [f for f in fids if f not in cur_fns]
    if cur:
        pages.append((cur, cur_fns))
    total = len(pages)
    out = []
    for i, (pg, fids) in enumerate(pages, 1):
        while pg and pg[-1] == "":
            pg = pg[:-1]
        if i > 1:
            pg = [doc["symbol"].rjust(width), ""] + pg
        if fids:
            pg = pg + ["", "_" * 20] + [x for f in fids for x in fn_text[f]]
        pg = pg + ["", ("%s %d de %d" % (doc["page_word"], i, total)).center(width).rstrip()]
        out.append("\n".join(pg) + "\n")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\f".join(out))
    return pages


def build_txt_wordtext(name, doc, path):
    """A word processor's "save as plain text": one line per paragraph, CRLF line ends, footnote
    calls as [n], table cells separated by tabs, the notes at the end under a rule."""
    def calls(text):
        return FN_RE.sub(lambda m: "[%s]" % m.group(1), text)

    out = ["%s\t\t%s" % (doc["org"], doc["symbol"]), "\t\t%s" % doc["date"], doc["job"],
           "%s\t\t%s" % (doc["body_line"], doc["original"]), ""]
    for b in doc["blocks"]:
        kind = b[0]
        if kind in ("title", "center", "caption", "source"):
            out += [calls(b[1]), ""]
        elif kind == "p":
            out += [calls(b[1]), ""]
        elif kind == "h":
            out += ["%s\t%s" % (b[1], calls(b[2])), ""]
        elif kind == "np":
            out += ["%s\t%s" % (b[1], calls(b[2])), ""]
        elif kind == "sub":
            out += ["\t%s\t%s" % (b[1], calls(b[2])), ""]
        elif kind == "table":
            out += ["\t".join(r) for r in b[1]] + [""]
        else:
            raise ValueError(kind)
    out += ["", "_" * 20, ""]
    out += ["[%s] %s" % (k, v) for k, v in doc["footnotes"].items()]
    out += ["", render.NOTE]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(out) + "\r\n")
    return [out]


def build_txt13(name, doc, path):
    if doc["txt_style"] == "pdftext":
        return build_txt_pdftext(name, with_note(doc), path)
    return build_txt_wordtext(name, doc, path)


VARIANTS = {"pdf": build_pdf13, "docx": build_docx13, "html": build_html13, "md": build_md13, "txt": build_txt13}
