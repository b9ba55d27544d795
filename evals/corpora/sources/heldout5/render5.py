"""Rendering for the heldout5 corpus, on top of ../render.py (shared PDF engine and DOCX
helpers).  Used by heldout5/build.py through render.build_all's `variants` (VARIANTS).

  build_pdf5   render.build_pdf with page furniture chosen by the document's "layout":
               "title_right": letterhead with the symbol, date, job number and "Original:"
                      line set flush right, followed by a flush-right two-line title block;
                      later pages: the symbol flush right over a rule, "- n -" centred at
                      the foot.
               "fr":  two-line organisation name on the left, symbol/date on the right,
                      "Page : 1/N"; later pages: "symbol" left and "Page n" right over a rule.
               "es":  centred organisation name, a flush-right block symbol/date/original,
                      body and job number on the left; later pages: "symbol | Pág. n"
                      flush right over a rule.
  build_docx5  Word document: letterhead line, a labelled header table (symbol / date /
               original language), section and paragraph numbers (1 / 1.1 / (a)) that come
               from a multi-level Word numbering definition, an optional data table, a
               running header with a PAGE field from page 2.
  build_html5  saved page in French or Spanish: cookie banner, language bar, site menu,
               breadcrumbs, share buttons, a metadata card, the document (numbered
               paragraphs, footnote calls as superscript links, notes at the end), a list
               of related documents and a footer.
  build_md5    letterhead lines (bold organisation, symbol, date, job, body, original),
               headings, numbered paragraphs, Markdown footnotes, optional pipe table.
  build_txt5   text extracted from a PDF: pages separated by form feeds; pages after the
               first open with a two-line running header (symbol line, "- n -"); footnote
               calls glued to the word as plain digits, footnote texts at the foot of the
               page, after a short rule.

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
def furniture_title_right(c, doc, pno, total, W, H, LM, RM, TOP):
    if pno == 1:
        y0 = H - TOP
        c.setFont("Times-Bold", 13)
        c.drawString(LM, y0 - 2, doc["org_lines"][0])
        c.drawString(LM, y0 - 17, doc["org_lines"][1])
        c.setFont("Times-Bold", 12)
        c.drawRightString(W - RM, y0, doc["symbol"])
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - RM, y0 - 14, doc["date"])
        c.drawRightString(W - RM, y0 - 28, doc["job"])
        c.setLineWidth(1)
        c.line(LM, y0 - 38, W - RM, y0 - 38)
        c.setFont("Times-Italic", 10)
        c.drawString(LM, y0 - 54, doc["body_line"])
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - RM, y0 - 54, doc["original"])
        c.setFont("Times-Bold", 14)
        c.drawRightString(W - RM, y0 - 92, doc["title_lines"][0])
        c.setFont("Times-Roman", 12)
        c.drawRightString(W - RM, y0 - 110, doc["title_lines"][1])
        c.setFont("Times-Italic", 10)
        c.drawRightString(W - RM, y0 - 126, doc["title_sub"])
        c.setLineWidth(1.5)
        c.line(W - RM - 160, y0 - 136, W - RM, y0 - 136)
    else:
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - RM, H - 40, doc["symbol"])
        c.setLineWidth(0.4)
        c.line(LM, H - 45, W - RM, H - 45)
        c.setFont("Times-Roman", 10)
        c.drawCentredString(W / 2, 34, "- %d -" % pno)


def furniture_fr(c, doc, pno, total, W, H, LM, RM, TOP):
    if pno == 1:
        y0 = H - TOP
        c.setFont("Helvetica-Bold", 12)
        c.drawString(LM, y0 - 2, doc["org_lines"][0])
        c.drawString(LM, y0 - 16, doc["org_lines"][1])
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - RM, y0, doc["symbol"])
        c.setFont("Helvetica", 10)
        c.drawRightString(W - RM, y0 - 14, doc["date"])
        c.setLineWidth(0.8)
        c.line(LM, y0 - 26, W - RM, y0 - 26)
        c.setFont("Helvetica", 9)
        c.drawString(LM, y0 - 40, doc["job"])
        c.drawRightString(W - RM, y0 - 40, "Page : %d/%d" % (pno, total))
        c.drawString(LM, y0 - 54, doc["body_line"])
        c.drawRightString(W - RM, y0 - 54, doc["original"])
    else:
        c.setFont("Helvetica", 9)
        c.drawString(LM, H - 40, doc["symbol"])
        c.drawRightString(W - RM, H - 40, "Page %d" % pno)
        c.setLineWidth(0.4)
        c.line(LM, H - 46, W - RM, H - 46)


def furniture_es(c, doc, pno, total, W, H, LM, RM, TOP):
    if pno == 1:
        y0 = H - TOP
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, y0, doc["org_lines"][0])
        c.setLineWidth(0.6)
        c.line(LM, y0 - 10, W - RM, y0 - 10)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - RM, y0 - 28, doc["symbol"])
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - RM, y0 - 42, doc["date"])
        c.drawRightString(W - RM, y0 - 56, doc["original"])
        c.setFont("Helvetica", 9)
        c.drawString(LM, y0 - 28, doc["body_line"])
        c.drawString(LM, y0 - 42, doc["job"])
        c.drawString(LM, y0 - 56, "Página %d de %d" % (pno, total))
        c.line(LM, y0 - 66, W - RM, y0 - 66)
    else:
        c.setFont("Helvetica", 9)
        c.drawRightString(W - RM, H - 40, "%s | Pág. %d" % (doc["symbol"], pno))
        c.setLineWidth(0.4)
        c.line(LM, H - 46, W - RM, H - 46)


def build_pdf5(name, doc, path):
    layout = doc["layout"]
    if layout == "title_right":
        return render.build_pdf(name, doc, path, furniture=furniture_title_right, skip=(150, 14))
    if layout == "fr":
        return render.build_pdf(name, doc, path, furniture=furniture_fr, skip=(74, 20))
    if layout == "es":
        return render.build_pdf(name, doc, path, furniture=furniture_es, skip=(84, 20))
    raise ValueError(layout)


# ---------------------------------------------------------------------------
# DOCX with multi-level Word numbering
# ---------------------------------------------------------------------------
def build_docx5(name, doc, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("docx_font", "Cambria")
    st.font.size = Pt(10.5)
    h1 = d.styles["Heading 1"]
    h1.font.name = doc.get("docx_font", "Cambria")
    h1.font.size = Pt(11)

    render.docx_properties(d, doc["created"])

    numbering = d.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), "960")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for level in ((0, "decimal", "%1.", 567, 567),
                  (1, "decimal", "%1.%2", 851, 851),
                  (2, "lowerLetter", "(%3)", 1418, 567)):
        an.append(render.numbering_level(*level))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    numbering.append(render.numbering_instance(960))

    def numbered(p, ilvl):
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = ilvl
        numpr.get_or_add_numId().val = 960

    sec = d.sections[0]
    render.docx_running_header(sec, doc["running_header"])

    p = d.add_paragraph()
    run = p.add_run(doc["org"])
    run.bold = True
    run.font.size = Pt(14)
    rows = doc["header_rows"]
    tbl = d.add_table(rows=len(rows), cols=2)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.RIGHT
    for i, (label, value) in enumerate(rows):
        lc, rc = tbl.rows[i].cells
        lc.paragraphs[0].add_run(label).font.size = Pt(9)
        run = rc.paragraphs[0].add_run(value)
        run.bold = i == 0
    p = d.add_paragraph()
    p.add_run(doc["job"]).font.size = Pt(8)
    p = d.add_paragraph()
    p.add_run(doc["body_line"]).italic = True

    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(b[1]).bold = True
        elif kind == "center":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(b[1])
        elif kind == "p":
            p = d.add_paragraph()
            p.add_run(b[1]).italic = True
        elif kind == "h":
            p = d.add_heading(b[2], level=1)
            numbered(p, 0)
        elif kind == "np":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(render.strip_markers(b[2]))
            numbered(p, 1)
        elif kind == "li":
            p = d.add_paragraph()
            p.add_run(b[2])
            numbered(p, 2)
        elif kind == "caption":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "table":
            data = b[1]
            t = d.add_table(rows=len(data), cols=len(data[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(data):
                for j, val in enumerate(row):
                    cell = t.rows[i].cells[j]
                    run = cell.paragraphs[0].add_run(val)
                    run.bold = i == 0
                    run.font.size = Pt(9)
        elif kind == "source":
            p = d.add_paragraph()
            p.add_run(b[1]).font.size = Pt(8)
        else:
            raise ValueError(kind)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("__________")

    render.save_docx(d, path, doc["created"])


# ---------------------------------------------------------------------------
# HTML: saved page in French or Spanish
# ---------------------------------------------------------------------------
CHROME = {
    "fr": {
        "site": "OMC – Documents en ligne",
        "cookie": "Ce site utilise des cookies afin d'améliorer votre expérience de navigation et de "
                  "réaliser des statistiques de visite. En poursuivant la navigation, vous acceptez leur "
                  "utilisation.",
        "cookie_btn": ["J'accepte", "Je refuse", "En savoir plus"],
        "langs": ["English", "Français", "Español"],
        "menu": ["Accueil", "L'OMC", "Nouvelles et événements", "Thèmes commerciaux", "Membres",
                 "Documents et ressources"],
        "search": "Rechercher", "go": "OK",
        "crumbs": ["Accueil", "Thèmes commerciaux", "Commerce électronique", "Documents"],
        "share": "Partager :", "share_items": ["X", "LinkedIn", "Facebook", "Courriel", "Imprimer"],
        "card": "Fiche du document",
        "meta": ["Cote", "Date de distribution", "Organe", "Type de document", "Langues disponibles"],
        "notes": "Notes",
        "related": "Documents connexes",
        "footer": ["Contact", "Mentions légales", "Confidentialité", "Accessibilité", "Plan du site"],
        "saved": "Page enregistrée pour le corpus de test de wtoqa. Contenu rédigé à des fins d'évaluation.",
    },
    "es": {
        "site": "OMC – Documentos en línea",
        "cookie": "Este sitio utiliza cookies propias y de terceros para mejorar su experiencia de "
                  "navegación y elaborar estadísticas de uso. Si continúa navegando, consideramos que "
                  "acepta su uso.",
        "cookie_btn": ["Aceptar", "Rechazar", "Configurar"],
        "langs": ["English", "Français", "Español"],
        "menu": ["Inicio", "La OMC", "Noticias y eventos", "Temas comerciales", "Miembros",
                 "Documentos y recursos"],
        "search": "Buscar", "go": "Ir",
        "crumbs": ["Inicio", "Temas comerciales", "Comercio electrónico", "Iniciativa Conjunta", "Documentos"],
        "share": "Compartir:", "share_items": ["X", "LinkedIn", "Facebook", "Correo electrónico", "Imprimir"],
        "card": "Ficha del documento",
        "meta": ["Signatura", "Fecha de distribución", "Órgano", "Tipo de documento", "Idiomas disponibles"],
        "notes": "Notas",
        "related": "Documentos conexos",
        "footer": ["Contacto", "Aviso legal", "Privacidad", "Accesibilidad", "Mapa del sitio"],
        "saved": "Página guardada para el corpus de prueba de wtoqa. Contenido redactado con fines de evaluación.",
    },
}


def _html_text(text):
    """Escape and turn [^n] footnote calls into superscript links."""
    out = []
    for part in re.split(r"(\[\^\d+\])", text):
        m = FN_RE.fullmatch(part)
        if m:
            n = m.group(1)
            out.append('<sup class="fn"><a href="#nota%s" id="llamada%s">%s</a></sup>' % (n, n, n))
        elif part:
            out.append(html.escape(part))
    return "".join(out)


def build_html5(name, doc, path):
    e = html.escape
    ch = CHROME[doc["lang"]]
    body = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            body.append('        <h1 class="doc-title">%s</h1>' % _html_text(b[1]))
        elif kind == "center":
            body.append('        <p class="doc-subtitle">%s</p>' % _html_text(b[1]))
        elif kind == "p":
            body.append('        <p class="intro"><em>%s</em></p>' % _html_text(b[1]))
        elif kind == "h":
            body.append('        <h2><span class="secnum">%s</span> %s</h2>' % (e(b[1]), _html_text(b[2])))
        elif kind == "np":
            body.append('        <p class="para" id="p%s"><span class="parnum">%s</span> %s</p>'
                        % (e(b[1].strip(".")), e(b[1]), _html_text(b[2])))
        elif kind == "sub":
            body.append('        <p class="subpara"><span class="label">%s</span> %s</p>' % (e(b[1]), _html_text(b[2])))
        elif kind == "rule":
            body.append('        <hr class="short">')
        else:
            raise ValueError(kind)
    notes = "\n".join('          <li id="nota%s"><a href="#llamada%s">%s</a> %s</li>' % (k, k, k, e(v))
                      for k, v in doc["footnotes"].items())
    langs = " | ".join(('<strong>%s</strong>' % e(l)) if l[:2].lower() == doc["lang"] else
                       '<a href="#lang-%d">%s</a>' % (i, e(l)) for i, l in enumerate(ch["langs"]))
    menu = "\n".join('        <li><a href="#menu-%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["menu"]))
    crumbs = " &gt; ".join('<a href="#crumb-%d">%s</a>' % (i, e(t)) for i, t in enumerate(ch["crumbs"]))
    share = " ".join('<a href="#share-%d">%s</a>' % (i, e(t)) for i, t in enumerate(ch["share_items"]))
    related = "\n".join('        <li><a href="%s">%s</a></li>' % (e(h), e(t)) for h, t in doc["related"])
    footer = "\n".join('      <li><a href="#footer-%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["footer"]))
    btns = " ".join('<button type="button">%s</button>' % e(t) for t in ch["cookie_btn"])
    card = "\n".join('          <tr><th scope="row">%s</th><td>%s</td></tr>' % (e(k), e(v))
                     for k, v in zip(ch["meta"], doc["card"]))
    stem = name.rsplit(".", 1)[0]
    page = f"""<!DOCTYPE html>
<html lang="{doc["lang"]}">
<!-- saved from url=({len(doc["saved_from"]):04d}){doc["saved_from"]} -->
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(doc["page_title"])} – {e(ch["site"])}</title>
  <link rel="stylesheet" href="./{e(stem)}_files/style.css">
</head>
<body>
  <div id="cookie-banner" class="cookies" role="dialog">
    <p>{e(ch["cookie"])}</p>
    <p>{btns}</p>
  </div>
  <div class="langbar">{langs}</div>
  <header>
    <p class="site-name"><a href="#home">{e(ch["site"])}</a></p>
    <form class="search" role="search"><input type="search" placeholder="{e(ch["search"])}"> <button>{e(ch["go"])}</button></form>
    <nav class="menu">
      <ul>
{menu}
      </ul>
    </nav>
  </header>
  <div class="breadcrumbs">{crumbs}</div>
  <main>
    <aside class="doc-card">
      <h2>{e(ch["card"])}</h2>
      <table>
{card}
      </table>
    </aside>
    <div class="share-bar">{e(ch["share"])} {share}</div>
    <article class="document">
      <div class="letterhead">
        <p class="org">{e(doc["org"])}</p>
        <p class="symbol">{e(doc["symbol"])}</p>
        <p class="date">{e(doc["date"])}</p>
        <p class="job">{e(doc["job"])}</p>
        <p class="body">{e(doc["body_line"])}</p>
        <p class="original">{e(doc["original"])}</p>
      </div>
      <div class="text">
{chr(10).join(body)}
      </div>
      <section class="notes">
        <h2>{e(ch["notes"])}</h2>
        <ol>
{notes}
        </ol>
      </section>
    </article>
    <section class="related">
      <h2>{e(ch["related"])}</h2>
      <ul>
{related}
      </ul>
    </section>
  </main>
  <footer>
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
def build_md5(name, doc, path):
    out = ["**%s**" % doc["org"], ""]
    out += ["%s  " % x for x in (doc["symbol"], doc["date"], doc["job"])]
    out += ["", "%s  " % doc["body_line"], doc["original"], "", "* * *", ""]
    titles = 0
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            out += ["%s %s" % ("#" if titles == 0 else "##", b[1]), ""]
            titles += 1
        elif kind == "center":
            out += ["*%s*" % b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "h":
            out += ["### %s %s" % (b[1], b[2]), ""]
        elif kind == "np":
            out += ["%s %s" % (b[1], b[2]), ""]
        elif kind == "sub":
            out += ["    %s %s" % (b[1], b[2]), ""]
        elif kind == "caption":
            out += ["**%s**" % b[1], ""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join("---" if i == 0 else "---:" for i in range(len(rows[0]))) + "|")
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif kind == "source":
            out += ["<small>%s</small>" % b[1], ""]
        elif kind == "rule":
            out += ["\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_", ""]
        else:
            raise ValueError(kind)
    if doc["footnotes"]:
        out += ["---", ""]
        for k, v in doc["footnotes"].items():
            out.append("[^%s]: %s" % (k, v))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out).rstrip("\n") + "\n")


# ---------------------------------------------------------------------------
# Plain text as extracted from a PDF
# ---------------------------------------------------------------------------
def build_txt5(name, doc, path, width=86, page_lines=50):
    def wrap(text, w, indent=""):
        return textwrap.wrap(text, w, initial_indent=indent, subsequent_indent=" " * len(indent),
                             break_on_hyphens=False, break_long_words=False)

    def glue(text):  # footnote calls as extracted: digits glued to the word
        return FN_RE.sub(lambda m: m.group(1), text)

    def lr(left, right):
        return left + " " * max(1, width - len(left) - len(right)) + right

    # (line, [footnote ids first called on it])
    lines = []

    def add(ls, fids=()):
        for n, l in enumerate(ls):
            lines.append((l, list(fids) if n == 0 else []))

    head = [lr(doc["org_lines"][0], doc["symbol"]), lr(doc["org_lines"][1], doc["date"]), "",
            lr(doc["job"], doc["page_first"])]
    add(head)
    add([""])
    add(wrap(doc["body_line"], 60))
    if doc.get("original"):
        add([doc["original"].rjust(width)])
    add([""])
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            add([b[1].center(width).rstrip()])
        elif kind == "center":
            add([""] + [l.center(width).rstrip() for l in wrap(b[1], width - 10)] + [""])
        elif kind == "rule":
            add(["_______________".center(width).rstrip(), ""])
        elif kind == "toc":
            add(["", doc["toc_label"], ""] + b[1] + [""])
        elif kind == "h":
            add([""] + wrap("%s %s" % (b[1], b[2]), width) + [""])
        elif kind in ("np", "sub", "p"):
            if kind == "p":
                text, lbl = b[1], ""
            else:
                text, lbl = b[2], b[1]
            indent = "" if kind != "sub" else "     "
            first = (indent + lbl.ljust(8)) if lbl else ""
            body = wrap(glue(text), width, first) if first else wrap(glue(text), width)
            # attach each footnote to the line on which its call (now digits) falls: approximate
            # by distributing calls in order over the wrapped lines
            fids = FN_RE.findall(text)
            per_line = [[] for _ in body]
            if fids:
                pos = [m.start() for m in FN_RE.finditer(text)]
                plain_len = len(text)
                for fid, ps in zip(fids, pos):
                    idx = min(len(body) - 1, int(len(body) * ps / max(1, plain_len)))
                    per_line[idx].append(fid)
            for l, f in zip(body, per_line):
                lines.append((l, f))
            lines.append(("", []))
        else:
            raise ValueError(kind)

    pages, cur, cur_fns = [], [], []
    fn_text = {k: wrap("%s %s" % (k, v), width - 4) for k, v in doc["footnotes"].items()}

    def fn_height(fids):
        return (2 + sum(len(fn_text[f]) for f in fids)) if fids else 0

    start = doc["page_start"]
    for l, fids in lines:
        room = page_lines - (0 if not pages else 3)
        if len(cur) + 1 + fn_height(cur_fns + fids) > room and cur:
            pages.append((cur, cur_fns))
            cur, cur_fns = [], []
            if l == "":
                continue
        cur.append(l)
        cur_fns += fids
    if cur:
        pages.append((cur, cur_fns))

    out_pages = []
    for i, (pg, fids) in enumerate(pages):
        while pg and pg[-1] == "":
            pg = pg[:-1]
        if fids:
            pg = pg + ["", "_" * 20] + [l for f in fids for l in fn_text[f]]
        out_pages.append(pg)

    if "{total}" in doc["page_first"]:
        first = doc["page_first"].format(total=len(out_pages))
        out_pages[0][3] = lr(doc["job"], first)

    def header(i, total):
        return [doc["running_header"].rjust(width), ("- %d -" % (start + i - 1)).center(width).rstrip(), ""]

    return render.write_text_pages(path, out_pages, header)


def build_any(name, doc, path):
    return VARIANTS[doc["format"]](name, doc, path)


VARIANTS = {"pdf": build_pdf5, "docx": build_docx5, "html": build_html5, "md": build_md5, "txt": build_txt5}
