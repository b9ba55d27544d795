"""Rendering for the heldout11 corpus: only what is new here; the rest is imported from
../heldout7/render7.py and ../render.py.  Used by heldout11/build.py through
render.build_all's `variants` (VARIANTS).

  PDF   render7's layout engine (build_pdf7) with two new page layouts:
        "banner": page 1 has the organization centred in capitals with the body centred
        under it, a double rule, then one line with the job number (left), the original
        language (centre) and the symbol (right, bold) with the date under the symbol;
        later pages carry the date (left) and the symbol (right) over a hairline, and
        "Page n of N" centred at the foot of every page after the first.
        "box": a one-page letterhead: the organization centred above a framed box holding
        the symbol (large, left) and the date (right), then the body (left) and the
        original language (right); the job number under the box.
        The third PDF uses render7's "en_note" layout (not used by heldout9).
  DOCX  "letterhead": no header table: the letterhead as paragraphs (organization,
        symbol and date right-aligned, job number, body, original language), paragraph
        numbers typed in the text ("1.", "2.1"), lettered items, a real Word table in the
        body with a caption and a source line, and Word footnotes; "table": render7's
        builder (header table with symbol / date / original language, Word numbering).
  HTML  saved pages of three further sites:
        "section": the document in a <section id="document-text"> after the page's
        <header>/<nav>, calls as <sup><a href="#fnN">N</a></sup>, notes in an
        <ol class="footnotes"> at the end of the section with back-links;
        "table": an old table-based page: the whole page is a layout <table>, the
        document sits in a <td class="contenu"> beside a menu column; calls as
        "<a href="#noteN">(N)</a>", notes as paragraphs "(N) ..." after a short <hr>;
        "region": a CMS page, the document in <div class="region-content"><div
        class="field-body">; calls as <a class="nota-ref">[N]</a>, notes in a
        <footer class="notas-documento"> inside the field.
  MD    "toml": TOML front matter (+++), numbered paragraphs as Markdown ordered-list
        lines ("1. "), footnote definitions at the end; "quoted": the letterhead as a
        block quote, headings closed with hashes ("## ... ##"), each section's footnote
        definitions at the end of that section.
  TXT   "bulletin": a plain-text export (a banner of '#' characters, particulars as
        "Label ..... value" lines, calls as "[N]", a fixed-width table, notes at the end
        under a rule of '='); "pdf": render7's text extracted from a PDF ("dash" header).
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
def furniture_banner(c, doc, pno, total, W, H, LM, RM, TOP):
    y0 = H - TOP
    if pno == 1:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, y0, doc["org"])
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, y0 - 15, doc["body_line"])
        c.setLineWidth(1.2)
        c.line(LM, y0 - 23, W - RM, y0 - 23)
        c.setLineWidth(0.4)
        c.line(LM, y0 - 26, W - RM, y0 - 26)
        c.setFont("Helvetica", 9)
        c.drawString(LM, y0 - 42, doc["job"])
        c.drawCentredString(W / 2, y0 - 42, doc["original"])
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(W - RM, y0 - 42, doc["symbol"])
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - RM, y0 - 56, doc["date"])
    else:
        c.setFont("Helvetica", 8.5)
        c.drawString(LM, H - 40, doc["date"])
        c.drawRightString(W - RM, H - 40, doc["symbol"])
        c.setLineWidth(0.3)
        c.line(LM, H - 44, W - RM, H - 44)
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(W / 2, 36, "Page %d of %d" % (pno, total))


def furniture_box(c, doc, pno, total, W, H, LM, RM, TOP):
    y0 = H - TOP
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, y0, doc["org"])
    c.setLineWidth(0.9)
    c.rect(LM, y0 - 52, W - LM - RM, 42, stroke=1, fill=0)
    c.setFont("Times-Bold", 15)
    c.drawString(LM + 8, y0 - 28, doc["symbol"])
    c.setFont("Times-Roman", 10)
    c.drawRightString(W - RM - 8, y0 - 28, doc["date"])
    c.setFont("Times-Italic", 10)
    c.drawString(LM + 8, y0 - 45, doc["body_line"])
    c.setFont("Times-Roman", 10)
    c.drawRightString(W - RM - 8, y0 - 45, doc["original"])
    c.setFont("Times-Roman", 8)
    c.drawString(LM, y0 - 63, doc["job"])


render7.FURNITURE["banner"] = (furniture_banner, (74, 14))
render7.FURNITURE["box"] = (furniture_box, (78, 78))


def build_pdf11(name, doc, path):
    return render7.build_pdf7(name, with_note(doc), path)


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
def build_docx11(name, doc, path):
    if doc["docx_style"] == "table":
        return render7.build_docx7(name, with_note(doc), path)
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = with_note(doc)
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for lvl in (1, 2):
        hs = d.styles["Heading %d" % lvl]
        hs.font.name = "Calibri"
        hs.font.size = Pt(11 if lvl == 1 else 10.5)
    render.docx_properties(d, doc["created"])
    render.docx_running_header(d.sections[0], doc["running_header"])

    def para(text, align=None, bold=False, italic=False, size=None):
        p = d.add_paragraph()
        if align:
            p.alignment = align
        render.docx_text_with_notes(p, text, bold=bold, italic=italic, size=size, ref_style="FootnoteReference")
        return p

    para(doc["org"], WD_ALIGN_PARAGRAPH.LEFT, bold=True, size=13)
    para(doc["symbol"], WD_ALIGN_PARAGRAPH.RIGHT, bold=True, size=12)
    para(doc["date"], WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc["job"], WD_ALIGN_PARAGRAPH.LEFT, size=9)
    para(doc["body_line"], WD_ALIGN_PARAGRAPH.LEFT, italic=True)
    para(doc["original"], WD_ALIGN_PARAGRAPH.RIGHT)
    para("_" * 60, WD_ALIGN_PARAGRAPH.CENTER)

    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        elif kind == "center":
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, italic=True)
        elif kind == "p":
            para(b[1], italic=True, size=9)
        elif kind == "h":
            p = d.add_heading(level=1 if len(b) < 4 or b[3] == 1 else 2)
            render.docx_text_with_notes(p, "%s\t%s" % (b[1], b[2]), ref_style="FootnoteReference")
        elif kind == "np":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Pt(-36)
            p.paragraph_format.left_indent = Pt(36)
            render.docx_text_with_notes(p, "%s\t%s" % (b[1], b[2]), ref_style="FootnoteReference")
        elif kind == "sub":
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(-28)
            p.paragraph_format.left_indent = Pt(64)
            render.docx_text_with_notes(p, "%s\t%s" % (b[1], b[2]), ref_style="FootnoteReference")
        elif kind == "caption":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(b[1]).bold = True
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cp = t.rows[i].cells[j].paragraphs[0]
                    run = cp.add_run(val)
                    run.bold = i == 0 or None
                    run.font.size = Pt(9.5)
                    if j:
                        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "source":
            para(b[1], italic=True, size=8.5)
        else:
            raise ValueError(kind)
    if doc["footnotes"]:
        render.docx_footnotes_part(d, doc["footnotes"], spaced_separators=True)
    render.save_docx(d, path, doc["created"])
    return []


# ---------------------------------------------------------------------------
# Saved web pages
# ---------------------------------------------------------------------------
SITES = {
    "section": dict(
        name="Digital Trade Law Monitor", tagline="Documents on the law of electronic commerce",
        cookie="This website stores cookies on your device to remember your settings. Analytics cookies are "
        "only set with your consent.", buttons=("Allow all", "Essential only"),
        nav=("Home", "Documents", "Jurisdictions", "Instruments", "Newsletter", "About us"),
        crumbs=("Home", "Documents", "WTO", "Joint Statement Initiative"), meta="At a glance",
        related="Related documents", share="Share", share_items=("Email", "LinkedIn", "Bluesky", "Print"),
        notes="Footnotes", back="Back to the text",
        foot=("Terms of use", "Privacy notice", "Cookie settings", "Accessibility statement", "Contact"),
        rights="Digital Trade Law Monitor, 2022. Texts reproduced for information."),
    "table": dict(
        name="Réseau francophone d'information sur le commerce", tagline="Documentation - Commerce et développement",
        cookie="Ce site utilise des témoins de connexion pour les statistiques de fréquentation.",
        buttons=("J'accepte", "Je refuse"),
        nav=("Accueil", "Actualités", "Documents OMC", "Séminaires", "Liens utiles", "Écrivez-nous"),
        crumbs=("Accueil", "Documents OMC", "Commerce et développement", "Séminaires"), meta="Fiche du document",
        related="Dans la même rubrique", share="Envoyer cette page",
        share_items=("Par courriel", "Version imprimable", "Ajouter aux favoris"), notes="Notes",
        foot=("Plan du site", "Mentions légales", "Contact", "Haut de page"),
        rights="Réseau francophone d'information sur le commerce, 2008. Tous droits réservés."),
    "region": dict(
        name="Plataforma Latinoamericana de Comercio y Desarrollo", tagline="Ayuda para el Comercio",
        cookie="Utilizamos cookies propias y de terceros con fines analíticos. Puede aceptarlas o rechazarlas.",
        buttons=("Aceptar", "Rechazar", "Más información"),
        nav=("Inicio", "Noticias", "Biblioteca", "Ayuda para el Comercio", "Agenda", "Contacto"),
        crumbs=("Inicio", "Biblioteca", "OMC", "Comité de Comercio y Desarrollo", "Ayuda para el Comercio"),
        meta="Ficha", related="Documentos relacionados", share="Compartir en",
        share_items=("Facebook", "X", "LinkedIn", "WhatsApp", "Correo electrónico"), notes="Notas",
        foot=("Aviso legal", "Política de privacidad", "Política de cookies", "Mapa del sitio", "Contacto"),
        rights="Plataforma Latinoamericana de Comercio y Desarrollo, 2026."),
}


def _html_body(doc, style, ind):
    """The document's blocks as HTML lines and its notes, in the page style `style`."""
    esc = html.escape
    notes = doc["footnotes"]

    def inline(text):
        out, pos = [], 0
        for m in FN_RE.finditer(text):
            out.append(esc(text[pos:m.start()], quote=False))
            k = m.group(1)
            if style == "section":
                out.append('<sup id="fnref%s"><a href="#fn%s">%s</a></sup>' % (k, k, k))
            elif style == "table":
                out.append('<a name="appel%s" href="#note%s" class="appel">(%s)</a>' % (k, k, k))
            else:
                out.append('<a class="nota-ref" id="ref-%s" href="#nota-%s">[%s]</a>' % (k, k, k))
            pos = m.end()
        out.append(esc(text[pos:], quote=False))
        return "".join(out)

    body, first = [], True
    for b in doc["blocks"]:
        kind = b[0]
        text = b[-1] if kind != "table" else ""
        if kind == "title":
            if style == "table":
                body.append('%s<p align="center"><font size="+1"><b>%s</b></font></p>' % (ind, inline(text)))
            else:
                tag = "h1" if first else "h2"
                body.append("%s<%s>%s</%s>" % (ind, tag, inline(text), tag))
            first = False
        elif kind == "center":
            body.append('%s<p class="subtitle" align="center"><i>%s</i></p>' % (ind, inline(text)))
        elif kind == "p":
            body.append('%s<p class="remark"><i>%s</i></p>' % (ind, inline(text)))
        elif kind == "h":
            if style == "table":
                body.append("%s<p><b>%s&nbsp;&nbsp;%s</b></p>" % (ind, esc(b[1]), inline(text)))
            else:
                body.append("%s<h3>%s %s</h3>" % (ind, esc(b[1]), inline(text)))
        elif kind == "np":
            if style == "table":
                body.append("%s<p>%s&nbsp;&nbsp;%s</p>" % (ind, esc(b[1]), inline(text)))
            elif style == "section":
                body.append('%s<p class="para" data-num="%s"><span class="num">%s</span> %s</p>'
                            % (ind, esc(b[1]), esc(b[1]), inline(text)))
            else:
                body.append('%s<p><strong>%s</strong> %s</p>' % (ind, esc(b[1]), inline(text)))
        elif kind == "sub":
            if style == "table":
                body.append("%s<blockquote>%s %s</blockquote>" % (ind, esc(b[1]), inline(text)))
            else:
                body.append('%s<p class="item">%s %s</p>' % (ind, esc(b[1]), inline(text)))
        elif kind == "caption":
            body.append('%s<p class="caption"><b>%s</b></p>' % (ind, inline(text)))
        elif kind == "table":
            rows = b[1]
            attrs = ' border="1" cellpadding="3" cellspacing="0"' if style == "table" else ' class="data"'
            body.append("%s<table%s>" % (ind, attrs))
            body.append("%s  <thead><tr>%s</tr></thead>" % (ind, "".join("<th>%s</th>" % esc(c) for c in rows[0])))
            body.append("%s  <tbody>" % ind)
            body += ["%s    <tr>%s</tr>" % (ind, "".join("<td>%s</td>" % esc(c) for c in r)) for r in rows[1:]]
            body.append("%s  </tbody>\n%s</table>" % (ind, ind))
        elif kind == "source":
            body.append('%s<p class="source"><small>%s</small></p>' % (ind, inline(text)))
        else:
            raise ValueError(kind)
    if style == "section":
        body.append('%s<ol class="footnotes">' % ind)
        body += ['%s  <li id="fn%s">%s <a href="#fnref%s" class="back" aria-label="Back to the text">&#8617;</a></li>'
                 % (ind, k, esc(v, quote=False), k) for k, v in notes.items()]
        body.append("%s</ol>" % ind)
    elif style == "table":
        body.append('%s<hr size="1" width="30%%" align="left" noshade>' % ind)
        body += ['%s<p class="note"><a name="note%s" href="#appel%s">(%s)</a> %s</p>' % (ind, k, k, k, esc(v, quote=False))
                 for k, v in notes.items()]
    else:
        body.append('%s<footer class="notas-documento">' % ind)
        body += ['%s  <p id="nota-%s"><a href="#ref-%s">[%s]</a> %s</p>' % (ind, k, k, k, esc(v, quote=False))
                 for k, v in notes.items()]
        body.append("%s</footer>" % ind)
    return body


def _letterhead(doc, ind, style):
    esc = html.escape
    keys = ("org", "symbol", "date", "job", "body_line", "original")
    if style == "table":
        rows = ['%s<table width="100%%" class="entete"><tr><td><b>%s</b></td><td align="right"><b>%s</b><br>%s</td></tr>'
                % (ind, esc(doc["org"]), esc(doc["symbol"]), esc(doc["date"])),
                '%s<tr><td><i>%s</i><br>%s</td><td align="right">%s</td></tr></table>'
                % (ind, esc(doc["body_line"]), esc(doc["job"]), esc(doc["original"]))]
        return rows
    return ['%s<div class="letterhead">' % ind] + [
        '%s  <span class="lh-%s">%s</span><br>' % (ind, k.replace("_", "-"), esc(doc[k])) for k in keys] + \
        ["%s</div>" % ind]


PAGE_CSS = {
    "section": """    body { font-family: "Inter", Helvetica, sans-serif; margin: 0; color: #222; }
    .cookie-bar { position: sticky; top: 0; background: #ffe9a8; padding: .8em 2em; }
    header.site nav ul, .crumbs ol { list-style: none; display: flex; gap: 1.1em; padding: 0; }
    .crumbs li + li::before { content: "/"; margin-right: .6em; color: #888; }
    section#document-text { max-width: 46em; margin: 0 auto; }
    .num { display: inline-block; width: 2.6em; font-weight: 600; } .item { margin-left: 2.6em; }
    table.data { border-collapse: collapse; } table.data td, table.data th { border: 1px solid #ccc; padding: .25em .6em; }
    ol.footnotes { font-size: .88em; border-top: 1px solid #999; padding-top: .6em; }
    footer.site { background: #20323f; color: #eee; padding: 1.5em 2em; }""",
    "region": """    body { font: 15px/1.6 "Open Sans", Arial, sans-serif; margin: 0; }
    #sliding-popup { position: fixed; bottom: 0; width: 100%; background: #26374a; color: #fff; }
    .menu--main ul { list-style: none; display: flex; gap: 1em; }
    .breadcrumb ol { list-style: none; display: flex; gap: .4em; padding: 0; }
    .region-content { float: left; width: 70%; } .region-sidebar { float: right; width: 26%; }
    .notas-documento { font-size: .9em; border-top: 1px dotted #777; margin-top: 2em; }
    .site-footer { clear: both; background: #f0f0f0; padding: 1.2em 2em; font-size: .85em; }""",
}


def build_html11(name, doc, path):
    esc = html.escape
    style = doc["html_style"]
    site = SITES[style]
    doc = with_note(doc)
    base = os.path.splitext(name)[0]

    def lis(items, fmt, pad):
        return "\n".join(pad + fmt % (i, esc(t)) for i, t in enumerate(items))

    head = [
        "<!DOCTYPE html>" if style != "table" else
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">',
        '<html lang="%s">' % doc["lang"],
        "<!-- saved from url=(%04d)%s -->" % (len(doc["saved_from"]), doc["saved_from"]),
        "<head>",
        '  <meta charset="utf-8">' if style != "table" else
        '  <meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        "  <title>%s - %s</title>" % (esc(doc["page_title"]), esc(site["name"])),
        '  <link rel="stylesheet" href="./%s_files/%s">' % (base, "style.css" if style != "table" else "styles.css"),
    ]
    if style != "table":
        head += ['  <meta name="viewport" content="width=device-width, initial-scale=1">',
                 "  <style>\n%s\n  </style>" % PAGE_CSS[style]]
    head += ['  <script type="text/javascript">var _paq = window._paq || [];</script>', "</head>"]
    meta_rows = "\n".join("%s<tr><th>%s</th><td>%s</td></tr>" % ("          ", esc(k), esc(v)) for k, v in doc["card"])

    if style == "section":
        ind = "        "
        page = head + [
            "<body>",
            '  <div class="cookie-bar" role="region" aria-label="Cookies">',
            "    <p>%s</p>" % esc(site["cookie"]),
            "    " + " ".join('<button type="button">%s</button>' % esc(t) for t in site["buttons"]),
            "  </div>",
            '  <header class="site">',
            '    <a class="logo" href="#top">%s</a> <span class="tagline">%s</span>' % (esc(site["name"]), esc(site["tagline"])),
            '    <nav aria-label="Main">',
            "      <ul>",
            lis(site["nav"], '<li><a href="#nav-%d">%s</a></li>', "        "),
            "      </ul>",
            "    </nav>",
            "  </header>",
            '  <nav class="crumbs" aria-label="Breadcrumb">',
            "    <ol>",
            lis(site["crumbs"], '<li><a href="#crumb-%d">%s</a></li>', "      "),
            '      <li aria-current="page">%s</li>' % esc(doc["symbol"]),
            "    </ol>",
            "  </nav>",
            '  <div class="container">',
            '    <div class="share-buttons">',
            "      <span>%s</span>" % esc(site["share"]),
            lis(site["share_items"], '<a class="share-link" href="#share-%d">%s</a>', "      "),
            "    </div>",
            '    <section id="document-text" class="doc" aria-label="%s">' % esc(doc["page_title"]),
            '      <table class="glance">',
            "        <caption>%s</caption>" % esc(site["meta"]),
            meta_rows,
            "      </table>",
        ] + _letterhead(doc, ind, style) + _html_body(doc, style, ind) + [
            "    </section>",
            '    <div class="related-docs">',
            "      <h2>%s</h2>" % esc(site["related"]),
            "      <ul>",
            lis(doc["related"], '<li><a href="#rel-%d">%s</a></li>', "        "),
            "      </ul>",
            "    </div>",
            "  </div>",
            '  <footer class="site">',
            "    <ul>",
            lis(site["foot"], '<li><a href="#foot-%d">%s</a></li>', "      "),
            "    </ul>",
            "    <p>%s</p>" % esc(render.NOTE),
            "    <p>&copy; %s</p>" % esc(site["rights"]),
            "  </footer>",
            "</body>",
            "</html>",
        ]
    elif style == "table":
        ind = "            "
        page = head + [
            '<body bgcolor="#ffffff" leftmargin="0" topmargin="0">',
            '<table width="100%" border="0" cellpadding="0" cellspacing="0" class="page">',
            '  <tr><td colspan="2" class="bandeau" bgcolor="#003a70"><font color="#ffffff" size="+2">%s</font>'
            '<br><font color="#ffffff">%s</font></td></tr>' % (esc(site["name"]), esc(site["tagline"])),
            '  <tr><td colspan="2" class="cookies"><small>%s</small> %s</td></tr>' % (
                esc(site["cookie"]), " ".join('<a href="#c%d">[%s]</a>' % (i, esc(t)) for i, t in enumerate(site["buttons"]))),
            '  <tr><td colspan="2" class="menu-haut">%s</td></tr>' % " | ".join(
                '<a href="#m%d">%s</a>' % (i, esc(t)) for i, t in enumerate(site["nav"])),
            '  <tr><td colspan="2" class="fil-ariane"><small>%s &gt; <b>%s</b></small></td></tr>' % (
                " &gt; ".join('<a href="#f%d">%s</a>' % (i, esc(t)) for i, t in enumerate(site["crumbs"])),
                esc(doc["symbol"])),
            "  <tr>",
            '    <td width="190" valign="top" class="colonne-gauche">',
            "      <p><b>%s</b></p>" % esc(site["related"]),
            "      <ul>",
            lis(doc["related"], '<li><a href="#r%d">%s</a></li>', "        "),
            "      </ul>",
            "      <p><b>%s</b></p>" % esc(site["meta"]),
            '      <table class="fiche" border="0">',
            meta_rows,
            "      </table>",
            "    </td>",
            '    <td valign="top" class="contenu">',
            '      <table width="100%" cellpadding="8"><tr><td>',
        ] + _letterhead(doc, ind, style) + _html_body(doc, style, ind) + [
            "      </td></tr></table>",
            "    </td>",
            "  </tr>",
            '  <tr><td colspan="2" class="envoyer"><small>%s : %s</small></td></tr>' % (
                esc(site["share"]), " - ".join('<a href="#e%d">%s</a>' % (i, esc(t))
                                               for i, t in enumerate(site["share_items"]))),
            '  <tr><td colspan="2" class="pied" bgcolor="#e0e0e0"><small>%s<br>%s<br>&copy; %s</small></td></tr>' % (
                " | ".join('<a href="#p%d">%s</a>' % (i, esc(t)) for i, t in enumerate(site["foot"])),
                esc(render.NOTE), esc(site["rights"])),
            "</table>",
            "</body>",
            "</html>",
        ]
    else:
        ind = "            "
        page = head + [
            '<body class="path-node page-node-type-documento">',
            '  <div id="sliding-popup" role="alertdialog">',
            '    <div class="eu-cookie-compliance-message"><p>%s</p></div>' % esc(site["cookie"]),
            "    " + " ".join('<button type="button" class="eu-cookie-%d">%s</button>' % (i, esc(t))
                              for i, t in enumerate(site["buttons"])),
            "  </div>",
            '  <div class="dialog-off-canvas-main-canvas">',
            '    <div class="region-header"><a href="#inicio" class="site-branding">%s</a></div>' % esc(site["name"]),
            '    <nav class="menu--main" role="navigation">',
            "      <ul>",
            lis(site["nav"], '<li class="menu-item"><a href="#menu-%d">%s</a></li>', "        "),
            "      </ul>",
            "    </nav>",
            '    <div class="breadcrumb"><ol>',
            lis(site["crumbs"], '<li><a href="#miga-%d">%s</a></li>', "      "),
            "    </ol></div>",
            '    <div class="region-content">',
            '      <h1 class="page-title">%s</h1>' % esc(doc["page_title"]),
            '      <div class="field-ficha">',
            '        <table class="ficha">',
            meta_rows,
            "        </table>",
            "      </div>",
            '      <div class="field-body">',
        ] + _letterhead(doc, "        ", style) + _html_body(doc, style, ind) + [
            "      </div>",
            '      <div class="share-buttons">',
            "        <span>%s:</span>" % esc(site["share"]),
            lis(site["share_items"], '<a class="social" href="#compartir-%d">%s</a>', "        "),
            "      </div>",
            "    </div>",
            '    <aside class="region-sidebar">',
            "      <h2>%s</h2>" % esc(site["related"]),
            "      <ul>",
            lis(doc["related"], '<li><a href="#relacionado-%d">%s</a></li>', "        "),
            "      </ul>",
            "    </aside>",
            '    <footer class="site-footer">',
            "      <ul>",
            lis(site["foot"], '<li><a href="#pie-%d">%s</a></li>', "        "),
            "      </ul>",
            "      <p>%s</p>" % esc(render.NOTE),
            "      <p>&copy; %s</p>" % esc(site["rights"]),
            "    </footer>",
            "  </div>",
            "</body>",
            "</html>",
        ]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(page) + "\n")
    return []


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------
def _toml(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def build_md11(name, doc, path):
    doc = with_note(doc)
    style = doc["md_style"]
    notes = doc["footnotes"]
    out = []
    if style == "toml":
        out += ["+++",
                "title = %s" % _toml(doc["yaml_title"]),
                "symbol = %s" % _toml(doc["symbol"]),
                "date = %s" % doc["iso_date"],
                "organe = %s" % _toml(doc["body_line"]),
                "cote_job = %s" % _toml(doc["job"]),
                "langue = %s" % _toml(doc["lang"]),
                "+++", "",
                "%s  " % doc["org"], "%s  " % doc["symbol"], "%s  " % doc["date"], doc["job"], "",
                "*%s* — %s" % (doc["body_line"], doc["original"]), ""]
    else:
        out += ["> **%s**  " % doc["org"], "> %s — %s  " % (doc["symbol"], doc["date"]),
                "> %s  " % doc["job"], "> *%s*  " % doc["body_line"], "> %s" % doc["original"], ""]
    pending = []

    def flush():
        if style == "quoted" and pending:
            out.extend("[^%s]: %s" % (k, notes[k]) for k in pending)
            out.append("")
            del pending[:]

    titles = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[-1]
        if kind == "title":
            if style == "quoted":
                out += ["%s %s %s" % ("#" if titles == 0 else "##", text, "#" if titles == 0 else "##"), ""]
            else:
                out += ["%s %s" % ("#" if titles == 0 else "##", text), ""]
            titles += 1
        elif kind == "center":
            out += ["*%s*" % text, ""]
        elif kind == "p":
            out += ["*%s*" % text, ""]
        elif kind == "h":
            flush()
            out += ["### %s %s ###" % (b[1], text) if style == "quoted" else "### %s %s" % (b[1], text), ""]
        elif kind == "np":
            num = b[1].rstrip(".")
            if style == "toml" and num.isdigit():
                out += ["%s. %s" % (num, text), ""]
            else:
                out += ["**%s** %s" % (b[1], text), ""]
        elif kind == "sub":
            out += ["%s %s" % (b[1], text), ""]
        elif kind == "caption":
            out += ["**%s**" % text, ""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" if i == 0 else ":---:" for i in range(len(rows[0]))) + "|")
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
        elif kind == "source":
            out += ["%s" % text, ""]
        else:
            raise ValueError(kind)
        if kind != "table":
            pending.extend(k for k in FN_RE.findall(text) if k not in pending)
    if style == "quoted":
        flush()
    else:
        out += ["---", ""] + ["[^%s]: %s" % (k, v) for k, v in notes.items()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.rstrip("\n") + "\n")
    return []


# ---------------------------------------------------------------------------
# Plain-text export
# ---------------------------------------------------------------------------
TXT_LABELS = {
    "fr": ("Cote", "Date", "Numéro", "Organe", "Langue originale", "NOTES"),
    "en": ("Symbol", "Date", "Job number", "Body", "Original language", "NOTES"),
    "es": ("Signatura", "Fecha", "Número", "Órgano", "Idioma original", "NOTAS"),
}


def build_txt11(name, doc, path, width=76):
    if doc["txt_style"] == "pdf":
        return render7.build_txt7(name, with_note(doc), path)
    lab = TXT_LABELS[doc["lang"]]

    def calls(text):
        return FN_RE.sub(lambda m: "[%s]" % m.group(1), text)

    def para(text, first="", rest=""):
        return textwrap.wrap(calls(text), width, initial_indent=first, subsequent_indent=rest,
                             break_on_hyphens=False, break_long_words=False)

    out = ["#" * width, ("#  " + doc["org"]).ljust(width - 1) + "#", "#" * width, ""]
    pairs = [(lab[0], doc["symbol"]), (lab[1], doc["date"]), (lab[2], doc["job"]), (lab[3], doc["body_line"]),
             (lab[4], doc["original"].split(":", 1)[1].strip())]
    out += ["%s %s %s" % (k, "." * (20 - len(k)), v) for k, v in pairs] + [""]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            out += [calls(b[1]).upper().center(width).rstrip(), ""]
        elif kind == "center":
            out += [calls(b[1]).center(width).rstrip(), ""]
        elif kind == "p":
            out += para(b[1]) + [""]
        elif kind == "h":
            out += ["", "%s %s" % (b[1], calls(b[2]).upper()), ""]
        elif kind == "np":
            out += para(b[2], b[1].ljust(6), " " * 6) + [""]
        elif kind == "sub":
            out += para(b[2], "      " + b[1].ljust(5), " " * 11) + [""]
        elif kind == "caption":
            out += ["      " + calls(b[1]), ""]
        elif kind == "table":
            rows = b[1]
            ws = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            fmt = lambda r: "      " + "  ".join(c.ljust(ws[i]) if i == 0 else c.rjust(ws[i])
                                                for i, c in enumerate(r)).rstrip()
            out += [fmt(rows[0]), "      " + "  ".join("-" * w for w in ws)] + [fmt(r) for r in rows[1:]] + [""]
        elif kind == "source":
            out += para(b[1], "      ", "      ") + [""]
        else:
            raise ValueError(kind)
    if doc["footnotes"]:
        out += ["=" * 30, lab[5], ""]
        for k, v in doc["footnotes"].items():
            out += para(v, "[%s] " % k, "    ")
    out += ["", "-- %s" % render.NOTE]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    return [out]


VARIANTS = {"pdf": build_pdf11, "docx": build_docx11, "html": build_html11, "md": build_md11, "txt": build_txt11}
