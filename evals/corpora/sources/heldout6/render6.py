"""Rendering for the heldout6 corpus, on top of ../render.py (shared PDF engine and DOCX
helpers).  Used by heldout6/build.py through render.build_all's `variants` (VARIANTS).

  build_pdf6   render.build_pdf with page furniture chosen by the document's "layout":
               "ctg":  organisation name centred over a double rule; body and job number on
                       the left, symbol / date / "Original:" on the right; later pages: the
                       symbol (left) and date (right) over a rule, "- n -" centred at the foot.
               "min":  Ministerial Conference letterhead: conference, session and place on
                       the left, symbol / date / job / original on the right (one page).
               "es_labels": organisation flush right; a labelled block on the left
                       ("Signatura:", "Fecha:", "Idioma original:"); later pages: the symbol
                       flush right and "- n -" centred under it.
  build_docx6  "note":   "RESTREINT", organisation, a 3-column header grid (labels row,
                         values row), Word multi-level numbering 1 / 1.1 / a), a data table
                         and real Word footnotes (word/footnotes.xml).
               "report": a 3x2 header table without labels, headings numbered A. / B.,
                         paragraphs 1. 2. ... continuing across headings, lettered lists a)
                         b) restarting for each list, all from Word numbering definitions.
               Both: running header with a PAGE field from page 2.
  build_html6  saved page (English or French): skip link, top bar, masthead with search,
               site navigation, breadcrumb list, sidebar (section links, related
               documents), a document card (dl), share buttons, the document with
               superscript footnote calls and notes at the end, site footer.
  build_md6    "yaml": YAML front matter with the document's metadata, then the text;
               "letterhead": the organisation, symbol and date as Markdown headings.
               Both: Markdown footnotes.
  build_txt6   text extracted from a PDF: pages separated by form feeds; later pages open
               with a two-line running header, either "symbol" / "- n -" ("dash") or
               "symbol" / "Page n" flush right ("page"); footnote calls glued to the word as
               digits, footnote texts at the foot of their page after a short rule; an
               optional job number at the foot of page 1.

Deterministic: the same DOCS give byte-identical files.  Written for wtoqa's evaluation
from public facts; not official WTO texts.
"""
import html
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import render  # noqa: E402

FN_RE = render.FN_RE


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------
def furniture_ctg(c, doc, pno, total, W, H, LM, RM, TOP):
    if pno == 1:
        y0 = H - TOP
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, y0, doc["org"])
        c.setLineWidth(1.2)
        c.line(LM, y0 - 9, W - RM, y0 - 9)
        c.setLineWidth(0.4)
        c.line(LM, y0 - 12, W - RM, y0 - 12)
        c.setFont("Times-Italic", 11)
        c.drawString(LM, y0 - 30, doc["body_line"])
        c.setFont("Times-Roman", 9)
        c.drawString(LM, y0 - 44, doc["job"])
        c.drawString(LM, y0 - 58, "Page: %d/%d" % (pno, total))
        c.setFont("Times-Bold", 12)
        c.drawRightString(W - RM, y0 - 30, doc["symbol"])
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - RM, y0 - 44, doc["date"])
        c.drawRightString(W - RM, y0 - 58, doc["original"])
        c.setLineWidth(0.6)
        c.line(LM, y0 - 66, W - RM, y0 - 66)
    else:
        c.setFont("Times-Roman", 9)
        c.drawString(LM, H - 40, doc["symbol"])
        c.drawRightString(W - RM, H - 40, doc["date"])
        c.setLineWidth(0.4)
        c.line(LM, H - 45, W - RM, H - 45)
        c.setFont("Times-Roman", 10)
        c.drawCentredString(W / 2, 34, "- %d -" % pno)


def furniture_min(c, doc, pno, total, W, H, LM, RM, TOP):
    y0 = H - TOP
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(W / 2, y0, doc["org"])
    c.setLineWidth(0.8)
    c.line(LM, y0 - 8, W - RM, y0 - 8)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(LM, y0 - 26, doc["body_line"])
    c.setFont("Helvetica", 9.5)
    c.drawString(LM, y0 - 40, doc["session_lines"][0])
    c.drawString(LM, y0 - 54, doc["session_lines"][1])
    c.setFont("Helvetica-Bold", 11)
    c.drawRightString(W - RM, y0 - 26, doc["symbol"])
    c.setFont("Helvetica", 9.5)
    c.drawRightString(W - RM, y0 - 40, doc["date"])
    c.drawRightString(W - RM, y0 - 54, doc["job"])
    c.drawRightString(W - RM, y0 - 68, doc["original"])
    c.line(LM, y0 - 76, W - RM, y0 - 76)
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 34, "Page %d of %d" % (pno, total))


def furniture_es_labels(c, doc, pno, total, W, H, LM, RM, TOP):
    if pno == 1:
        y0 = H - TOP
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(W - RM, y0, doc["org_lines"][0])
        c.drawRightString(W - RM, y0 - 14, doc["org_lines"][1])
        vals = [doc["symbol"], doc["date"], doc["original_value"]]
        for i, (lab, val) in enumerate(zip(doc["labels"], vals)):
            y = y0 - 2 - 14 * i
            c.setFont("Helvetica-Bold", 9)
            c.drawString(LM, y, lab)
            c.setFont("Helvetica", 9)
            c.drawString(LM + 82, y, val)
        c.setLineWidth(0.6)
        c.line(LM, y0 - 40, W - RM, y0 - 40)
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(LM, y0 - 54, doc["body_line"])
        c.setFont("Helvetica", 9)
        c.drawRightString(W - RM, y0 - 54, "%s   Página: %d/%d" % (doc["job"], pno, total))
    else:
        c.setFont("Helvetica", 9)
        c.drawRightString(W - RM, H - 40, doc["symbol"])
        c.drawCentredString(W / 2, H - 54, "- %d -" % pno)


def build_pdf6(name, doc, path):
    layout = doc["layout"]
    if layout == "ctg":
        return render.build_pdf(name, doc, path, furniture=furniture_ctg, skip=(78, 14))
    if layout == "min":
        return render.build_pdf(name, doc, path, furniture=furniture_min, skip=(88, 88))
    if layout == "es_labels":
        return render.build_pdf(name, doc, path, furniture=furniture_es_labels, skip=(66, 28))
    raise ValueError(layout)


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
def build_docx6(name, doc, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    style = doc["docx_style"]
    d = Document()
    font = doc.get("docx_font", "Calibri")
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11 if style == "note" else 10)
    for lvl in (1, 2):
        hs = d.styles["Heading %d" % lvl]
        hs.font.name = font
        hs.font.size = Pt(11)
    render.docx_properties(d, doc["created"])
    numbering = d.part.numbering_part.element

    if style == "note":
        render.docx_abstract_numbering(numbering, 970, [(0, "decimal", "%1", 567, 567), (1, "decimal", "%1.%2", 709, 709),
                                   (2, "lowerLetter", "%3)", 1276, 425)], True)
    else:
        render.docx_abstract_numbering(numbering, 980, [(0, "upperLetter", "%1.", 567, 567)], False)
        render.docx_abstract_numbering(numbering, 981, [(0, "decimal", "%1.", 567, 567)], False)
        lists = sorted({b[1] for b in doc["blocks"] if b[0] == "li"})
        for lid in lists:
            render.docx_abstract_numbering(numbering, 990 + lid, [(0, "lowerLetter", "%1)", 1134, 567)], False)

    render.docx_running_header(d.sections[0], doc["running_header"])

    if doc.get("restricted"):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(doc["restricted"])
        r.bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if style == "note" else WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run(doc["org"])
    r.bold = True
    r.font.size = Pt(13)

    if style == "note":
        grid = doc["header_grid"]
        tbl = d.add_table(rows=len(grid), cols=len(grid[0]))
        tbl.style = "Table Grid"
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(grid):
            for j, val in enumerate(row):
                cp = tbl.rows[i].cells[j].paragraphs[0]
                cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = cp.add_run(val)
                run.font.size = Pt(8 if i == 0 else 10)
                run.bold = i == 1
                run.italic = i == 0
        p = d.add_paragraph()
        p.add_run(doc["job"]).font.size = Pt(8)
        p.add_run("\t" + doc["body_line"]).italic = True
    else:
        rows = doc["header_rows"]
        tbl = d.add_table(rows=len(rows), cols=2)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, (left, right) in enumerate(rows):
            lc, rc = tbl.rows[i].cells
            run = lc.paragraphs[0].add_run(left)
            run.bold = i == 0
            rp = rc.paragraphs[0]
            rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rp.add_run(right).bold = i == 0
        d.add_paragraph()

    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            render.docx_text_with_notes(p, b[1], bold=True)
        elif kind == "center":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            render.docx_text_with_notes(p, b[1], italic=style == "report")
        elif kind == "p":
            p = d.add_paragraph()
            render.docx_text_with_notes(p, b[1], italic=True, size=9)
        elif kind == "h":
            p = d.add_heading(level=1)
            render.docx_text_with_notes(p, b[2])
            render.docx_set_numbering(p, 970 if style == "note" else 980, 0)
        elif kind == "np":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            render.docx_text_with_notes(p, b[2])
            if style == "note":
                render.docx_set_numbering(p, 970, 1)
            else:
                render.docx_set_numbering(p, 981, 0)
        elif kind == "li":
            p = d.add_paragraph()
            render.docx_text_with_notes(p, b[2])
            if style == "note":
                render.docx_set_numbering(p, 970, 2)
            else:
                render.docx_set_numbering(p, 990 + b[1], 0)
        elif kind == "caption":
            p = d.add_paragraph()
            render.docx_text_with_notes(p, b[1], bold=True)
        elif kind == "table":
            data = b[1]
            t = d.add_table(rows=len(data), cols=len(data[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(data):
                for j, val in enumerate(row):
                    run = t.rows[i].cells[j].paragraphs[0].add_run(val)
                    run.bold = i == 0
                    run.font.size = Pt(9)
        elif kind == "source":
            p = d.add_paragraph()
            render.docx_text_with_notes(p, b[1], italic=True, size=8)
        else:
            raise ValueError(kind)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("__________")

    if doc["footnotes"]:
        render.docx_footnotes_part(d, doc["footnotes"])
    render.save_docx(d, path, doc["created"])


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------
CHROME = {
    "en": {
        "site": "WTO Documents Online", "skip": "Skip to main content",
        "top": ["Français", "Español", "Sign in", "Contact"],
        "search": "Search the document collection", "go": "Search",
        "menu": ["Home", "About", "Trade topics", "Members", "Documents and data", "News"],
        "crumbs": ["Home", "Trade topics", "Electronic commerce", "Joint Statement Initiative", "Documents"],
        "side_title": "Electronic commerce",
        "side": ["Overview", "Work Programme (1998)", "Joint Statement Initiative", "Moratorium",
                 "Capacity building", "Events"],
        "related": "Related documents", "card": "Document details",
        "download": "Download:", "share": "Share this page", "notes": "Notes", "top_link": "Back to top",
        "share_items": ["X", "LinkedIn", "Facebook", "Email", "Print"],
        "footer": ["Contact us", "Privacy", "Terms of use", "Accessibility", "Site map"],
        "saved": "Page saved for the wtoqa test corpus. Its content was written for evaluation purposes.",
    },
    "fr": {
        "site": "OMC – Documents en ligne", "skip": "Aller au contenu principal",
        "top": ["English", "Español", "Se connecter", "Contact"],
        "search": "Rechercher dans les documents", "go": "Rechercher",
        "menu": ["Accueil", "À propos", "Thèmes commerciaux", "Membres", "Documents et données", "Nouvelles"],
        "crumbs": ["Accueil", "Thèmes commerciaux", "Commerce électronique", "Programme de travail",
                   "Communications"],
        "side_title": "Commerce électronique",
        "side": ["Présentation", "Programme de travail (1998)", "Initiative conjointe", "Moratoire",
                 "Renforcement des capacités", "Événements"],
        "related": "Documents connexes", "card": "Fiche du document",
        "download": "Télécharger :", "share": "Partager cette page", "notes": "Notes",
        "top_link": "Haut de page",
        "share_items": ["X", "LinkedIn", "Facebook", "Courriel", "Imprimer"],
        "footer": ["Nous contacter", "Confidentialité", "Conditions d'utilisation", "Accessibilité",
                   "Plan du site"],
        "saved": "Page enregistrée pour le corpus de test de wtoqa. Contenu rédigé à des fins d'évaluation.",
    },
}


def _html_text(text):
    out = []
    for part in re.split(r"(\[\^\d+\])", text):
        m = FN_RE.fullmatch(part)
        if m:
            n = m.group(1)
            out.append('<sup id="fnref%s"><a href="#fn%s">%s</a></sup>' % (n, n, n))
        elif part:
            out.append(html.escape(part))
    return "".join(out)


def build_html6(name, doc, path):
    e = html.escape
    ch = CHROME[doc["lang"]]
    body = []
    in_list = False
    for b in doc["blocks"]:
        kind = b[0]
        dash = kind == "sub" and b[1] == "–"
        if in_list and not dash:
            body.append("        </ul>")
            in_list = False
        if kind == "title":
            body.append('        <h1 class="doc-title">%s</h1>' % _html_text(b[1]))
        elif kind == "center":
            body.append('        <p class="doc-subtitle">%s</p>' % _html_text(b[1]))
        elif kind == "p":
            body.append("        <p>%s</p>" % _html_text(b[1]))
        elif kind == "h":
            body.append('        <h2><span class="num">%s</span> %s</h2>' % (e(b[1]), _html_text(b[2])))
        elif kind == "np":
            body.append('        <p class="para"><span class="num">%s</span> %s</p>' % (e(b[1]), _html_text(b[2])))
        elif dash:
            if not in_list:
                body.append('        <ul class="dash-list">')
                in_list = True
            body.append("          <li>%s</li>" % _html_text(b[2]))
        elif kind == "sub":
            body.append('        <p class="sub"><span class="label">%s</span> %s</p>' % (e(b[1]), _html_text(b[2])))
        else:
            raise ValueError(kind)
    if in_list:
        body.append("        </ul>")
    notes = "\n".join('          <li id="fn%s">%s <a href="#fnref%s" aria-label="back">&#8617;</a></li>'
                      % (k, e(v), k) for k, v in doc["footnotes"].items())
    top = " | ".join('<a href="#top-%d">%s</a>' % (i, e(t)) for i, t in enumerate(ch["top"]))
    menu = "\n".join('        <li><a href="#nav-%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["menu"]))
    crumbs = "\n".join('      <li><a href="#crumb-%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["crumbs"]))
    side = "\n".join('        <li><a href="#side-%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["side"]))
    related = "\n".join('        <li><a href="%s">%s</a></li>' % (e(h), e(t)) for h, t in doc["related"])
    card = "\n".join("          <dt>%s</dt><dd>%s</dd>" % (e(k), e(v)) for k, v in doc["card"])
    share = "\n".join('        <button type="button" class="share-%d">%s</button>' % (i, e(t))
                      for i, t in enumerate(ch["share_items"]))
    footer = "\n".join('      <li><a href="#foot-%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["footer"]))
    stem = name.rsplit(".", 1)[0]
    page = f"""<!DOCTYPE html>
<html lang="{doc["lang"]}">
<!-- saved from url=({len(doc["saved_from"]):04d}){doc["saved_from"]} -->
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(doc["page_title"])} · {e(ch["site"])}</title>
  <link rel="stylesheet" href="./{e(stem)}_files/main.css">
</head>
<body id="top">
  <a class="skip-link" href="#main">{e(ch["skip"])}</a>
  <div class="topbar">{top}</div>
  <header class="masthead">
    <p class="site-name"><a href="#home">{e(ch["site"])}</a></p>
    <form class="search" role="search"><label>{e(ch["search"])} <input type="search" name="q"></label> <button>{e(ch["go"])}</button></form>
  </header>
  <nav class="site-nav" aria-label="main">
    <ul>
{menu}
    </ul>
  </nav>
  <nav aria-label="breadcrumb">
    <ol class="breadcrumb">
{crumbs}
    </ol>
  </nav>
  <div class="layout">
    <aside class="sidebar">
      <h2>{e(ch["side_title"])}</h2>
      <ul>
{side}
      </ul>
      <h2>{e(ch["related"])}</h2>
      <ul class="related">
{related}
      </ul>
    </aside>
    <main id="main">
      <section class="doc-card">
        <h2>{e(ch["card"])}</h2>
        <dl>
{card}
        </dl>
        <p class="downloads">{e(ch["download"])} <a href="#pdf">PDF</a> | <a href="#docx">Word</a></p>
      </section>
      <div class="share-buttons" aria-label="{e(ch["share"])}">
        <span>{e(ch["share"])}</span>
{share}
      </div>
      <article class="wto-document">
        <header class="doc-letterhead">
          <p class="org">{e(doc["org"])}</p>
          <p class="symbol">{e(doc["symbol"])}</p>
          <p class="date">{e(doc["date"])}</p>
          <p class="job">{e(doc["job"])}</p>
          <p class="body">{e(doc["body_line"])}</p>
          <p class="original">{e(doc["original"])}</p>
        </header>
{chr(10).join(body)}
        <footer class="doc-notes">
          <h2>{e(ch["notes"])}</h2>
          <ol class="footnotes">
{notes}
          </ol>
        </footer>
      </article>
      <p class="back-to-top"><a href="#top">{e(ch["top_link"])}</a></p>
    </main>
  </div>
  <footer class="site-footer">
    <ul>
{footer}
    </ul>
    <p>{e(ch["saved"])}</p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------
def _yaml_str(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def build_md6(name, doc, path):
    style = doc["md_style"]
    out = []
    if style == "yaml":
        out += ["---",
                "title: %s" % _yaml_str(doc["yaml_title"]),
                "organization: %s" % _yaml_str(doc["org"]),
                "symbol: %s" % doc["symbol"],
                "date: %s" % doc["iso_date"],
                "job_number: %s" % _yaml_str(doc["job"]),
                "body: %s" % _yaml_str(doc["body_line"]),
                "original_language: %s" % _yaml_str(doc["original"].split(":")[-1].strip()),
                "language: fr",
                "---", ""]
    else:
        out += ["# %s" % doc["org"], "",
                "### %s — %s" % (doc["symbol"], doc["date"]), "",
                "%s · %s · %s" % (doc["body_line"], doc["job"], doc["original"]), "",
                "---", ""]
    titles = 0
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            lvl = "#" if (style == "yaml" and titles == 0) else "##"
            out += ["%s %s" % (lvl, b[1]), ""]
            titles += 1
        elif kind == "center":
            out += ["*%s*" % b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "h":
            if style == "yaml":
                out += ["## %s — %s" % (b[1], b[2]), ""]
            else:
                out += ["### %s %s" % (b[1], b[2]), ""]
        elif kind == "np":
            out += ["%s %s" % (b[1], b[2]), ""]
        elif kind == "sub":
            out += ["- %s %s" % (b[1], b[2])]
        else:
            raise ValueError(kind)
    # blank line after each run of list items
    fixed = []
    for i, line in enumerate(out):
        fixed.append(line)
        if line.startswith("- ") and (i + 1 < len(out)) and not out[i + 1].startswith("- ") and out[i + 1] != "":
            fixed.append("")
    out = fixed
    if doc["footnotes"]:
        out += ["", "---", ""]
        for k, v in doc["footnotes"].items():
            out.append("[^%s]: %s" % (k, v))
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.rstrip("\n") + "\n")


# ---------------------------------------------------------------------------
# Plain text as extracted from a PDF
# ---------------------------------------------------------------------------
MARK = "\x01"


def build_txt6(name, doc, path, width=88, page_lines=50):
    page_lines = doc.get("page_lines", page_lines)
    def wrap(text, w, first="", rest=""):
        return textwrap.wrap(text, w, initial_indent=first, subsequent_indent=rest,
                             break_on_hyphens=False, break_long_words=False)

    def lr(left, right):
        return left + " " * max(1, width - len(left) - len(right)) + right

    lines = []  # (text, [footnote ids called on it])

    def add(ls):
        lines.extend((l, []) for l in ls)

    right = [x for x in (doc.get("restricted"), doc["symbol"], doc["date"]) if x]
    if not doc.get("job_at_foot"):
        right.append(doc["job"])
    left = list(doc["org_lines"]) + [""] * 4
    head = [lr(left[i], right[i]) if i < len(right) else left[i] for i in range(max(2, len(right)))]
    add([h.rstrip() for h in head])
    add([""])
    if doc.get("original"):
        add([lr(doc["body_line"], doc["original"])])
    else:
        add([doc["body_line"]])
    add([""])

    def add_text(text, first, rest):
        marked = FN_RE.sub(lambda m: MARK + m.group(1), text)
        for l in wrap(marked, width, first, rest):
            fids = re.findall(MARK + r"(\d+)", l)
            lines.append((l.replace(MARK, ""), fids))

    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            add([b[1].center(width).rstrip()])
        elif kind == "center":
            add([""] + [l.center(width).rstrip() for l in wrap(b[1], width - 12)] + [""])
        elif kind == "toc":
            add(["", doc["toc_label"], ""] + ["    " + x for x in b[1]] + [""])
        elif kind == "h":
            add([""])
            add_text("%s %s" % (b[1], b[2]), "", "")
            add([""])
        elif kind == "np":
            add_text(b[2], b[1].ljust(7), " " * 7)
            add([""])
        elif kind == "sub":
            add_text(b[2], "       " + b[1].ljust(5), " " * 12)
            add([""])
        elif kind == "p":
            add_text(b[1], "", "")
            add([""])
        else:
            raise ValueError(kind)

    fn_text = {k: wrap("%s %s" % (k, v), width - 4) for k, v in doc["footnotes"].items()}

    def fn_height(fids):
        return (2 + sum(len(fn_text[f]) for f in fids)) if fids else 0

    foot_room = 2 if doc.get("job_at_foot") else 0
    pages, cur, cur_fns = [], [], []
    for l, fids in lines:
        room = page_lines - (foot_room if not pages else 3)
        if len(cur) + 1 + fn_height(cur_fns + fids) > room and cur:
            pages.append((cur, cur_fns))
            cur, cur_fns = [], []
            if l == "":
                continue
        cur.append(l)
        cur_fns = cur_fns + [f for f in fids if f not in cur_fns]
    if cur:
        pages.append((cur, cur_fns))

    out_pages = []
    for i, (pg, fids) in enumerate(pages):
        while pg and pg[-1] == "":
            pg = pg[:-1]
        if fids:
            pg = pg + ["", "_" * 20] + [l for f in fids for l in fn_text[f]]
        if i == 0 and doc.get("job_at_foot"):
            pg = pg + ["", doc["job"]]
        out_pages.append(pg)

    style = doc["header_style"]

    def header(i, total):
        if style == "dash":
            return [doc["symbol"].rjust(width), ("- %d -" % i).center(width).rstrip(), ""]
        return [doc["symbol"].rjust(width), ("%s %d" % (doc["page_word"], i)).rjust(width), ""]

    return render.write_text_pages(path, out_pages, header)


VARIANTS = {"pdf": build_pdf6, "docx": build_docx6, "html": build_html6, "md": build_md6, "txt": build_txt6}
