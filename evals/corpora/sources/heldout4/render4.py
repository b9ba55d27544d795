"""Rendering variations for the heldout4 corpus, on top of ../render.py.

Used by heldout4/build.py through render.build_all's `variants` (VARIANTS); each builder
dispatches on the document's "layout" where a format has more than one variant:

  build_pdf4   render.build_pdf with new page furniture:
               "tpr": Trade Policy Review layout; page 1 carries the letterhead and a
                      two-line title block set flush right; sub-numbered sections
                      (3.4.1, 3.4.2 ...) and hanging-indent paragraphs (3.58. ...);
                      later pages carry a running header "symbol – Member" over a rule
                      and a centred page number "- n -" at the foot.
               "es":  centred three-language letterhead, body/job on the left and
                      symbol/date/original language on the right; later pages carry
                      "symbol" and "Página n de N" over a rule.
  build_docx4  Word document whose section and paragraph numbers (1, 1.1, (a)) come from
               a multi-level Word numbering definition, not from the text; a labelled
               header table (symbol / date / original language); a data table; page
               header with a PAGE field from page 2.
  build_html4  saved page (English or French) with a cookie banner, language bar, main
               menu, breadcrumb as an ordered list, share bar, metadata card, the
               document (numbered paragraphs as <ol> items), related documents, footer.
  build_md4    "table": letterhead as a pipe table, headings, wrapped text, Markdown
                        footnotes; "plain": setext letterhead, ordered-list paragraphs.
  build_txt4   "minutes": text extracted from a PDF: form feeds, a one-line running
                          header (symbol ... "- n -"), a table of contents with dot
                          leaders and page numbers;
               "plain":   a plain text file with underlined headings, no pages.

Written for wtoqa's evaluation from public facts; not official WTO texts.
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
def furniture_tpr(c, doc, pno, total, W, H, LM, RM, TOP):
    if pno == 1:
        y0 = H - TOP
        c.setFont("Helvetica-Bold", 12)
        c.drawString(LM, y0 - 2, doc["org"])
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - RM, y0, doc["symbol"])
        c.setFont("Helvetica", 10)
        c.drawRightString(W - RM, y0 - 14, doc["date"])
        c.setLineWidth(0.8)
        c.line(LM, y0 - 22, W - RM, y0 - 22)
        c.setFont("Helvetica", 9)
        c.drawString(LM, y0 - 36, doc["job"])
        c.drawRightString(W - RM, y0 - 36, "%s: %d/%d" % (doc["page_label"], pno, total))
        c.drawString(LM, y0 - 50, doc["body_line"])
        c.drawRightString(W - RM, y0 - 50, doc["original"])
        c.setFont("Helvetica-Bold", 16)
        c.drawRightString(W - RM, y0 - 86, doc["title_lines"][0])
        c.drawRightString(W - RM, y0 - 106, doc["title_lines"][1])
        c.setFont("Helvetica", 10)
        c.drawRightString(W - RM, y0 - 124, doc["title_sub"])
        c.setLineWidth(2)
        c.line(W - RM - 200, y0 - 134, W - RM, y0 - 134)
    else:
        c.setFont("Helvetica", 8.5)
        c.drawString(LM, H - 40, "%s – %s" % (doc["symbol"], doc["member"]))
        c.setLineWidth(0.4)
        c.line(LM, H - 45, W - RM, H - 45)
    c.setFont("Helvetica", 9)
    if pno > 1:
        c.drawCentredString(W / 2, 36, "- %d -" % pno)


def furniture_es(c, doc, pno, total, W, H, LM, RM, TOP):
    if pno == 1:
        y0 = H - TOP
        c.setFont("Helvetica-Bold", 9.5)
        for n, org in enumerate(doc["org_lines"]):
            c.drawCentredString(W / 2, y0 - n * 12, org)
        c.setLineWidth(0.6)
        c.line(LM, y0 - 32, W - RM, y0 - 32)
        c.setFont("Helvetica", 9)
        c.drawString(LM, y0 - 48, doc["body_line"])
        c.drawString(LM, y0 - 62, doc["job"])
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - RM, y0 - 48, doc["symbol"])
        c.setFont("Helvetica", 9)
        c.drawRightString(W - RM, y0 - 62, doc["date"])
        c.drawRightString(W - RM, y0 - 76, doc["original"])
        c.line(LM, y0 - 86, W - RM, y0 - 86)
    else:
        c.setFont("Helvetica", 9)
        c.drawString(LM, H - 40, doc["symbol"])
        c.drawRightString(W - RM, H - 40, "%s %d de %d" % (doc["page_word"], pno, total))
        c.setLineWidth(0.4)
        c.line(LM, H - 46, W - RM, H - 46)


def build_pdf4(name, doc, path):
    if doc["layout"] == "tpr":
        return render.build_pdf(name, doc, path, furniture=furniture_tpr, skip=(144, 24))
    if doc["layout"] == "es":
        return render.build_pdf(name, doc, path, furniture=furniture_es, skip=(98, 24))
    raise ValueError(doc["layout"])


# ---------------------------------------------------------------------------
# DOCX with multi-level Word numbering
# ---------------------------------------------------------------------------
def build_docx4(name, doc, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    h1 = d.styles["Heading 1"]
    h1.font.name = "Calibri"
    h1.font.size = Pt(11)

    render.docx_properties(d, doc["created"])

    # one multi-level list: 1 / 1.1 / (a)
    numbering = d.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), "950")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for level in ((0, "decimal", "%1", 567, 567),
                  (1, "decimal", "%1.%2", 567, 567),
                  (2, "lowerLetter", "(%3)", 1134, 567)):
        an.append(render.numbering_level(*level))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    numbering.append(render.numbering_instance(950))

    def numbered(p, ilvl):
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = ilvl
        numpr.get_or_add_numId().val = 950

    sec = d.sections[0]
    render.docx_running_header(sec, doc["symbol"])
    fp = sec.first_page_footer.paragraphs[0]
    fp.add_run(doc["job"]).font.size = Pt(8)

    p = d.add_paragraph()
    run = p.add_run(doc["org"])
    run.bold = True
    run.font.size = Pt(13)
    rows = doc["header_rows"]
    tbl = d.add_table(rows=len(rows), cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.RIGHT
    for i, (label, value) in enumerate(rows):
        lc, rc = tbl.rows[i].cells
        lc.paragraphs[0].add_run(label).font.size = Pt(9)
        run = rc.paragraphs[0].add_run(value)
        run.bold = i == 0
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
                    if j:
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "source":
            p = d.add_paragraph()
            run = p.add_run(b[1])
            run.font.size = Pt(8)
        else:
            raise ValueError(kind)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("__________")

    render.save_docx(d, path, doc["created"])


# ---------------------------------------------------------------------------
# HTML: saved page in English or French
# ---------------------------------------------------------------------------
CHROME = {
    "en": {
        "site": "WTO Documents Portal",
        "cookie": "We use cookies to remember your preferences and to measure how the portal is used. You can "
                  "accept all cookies, refuse non-essential cookies or choose your settings.",
        "cookie_btn": ["Accept all", "Refuse non-essential", "Cookie settings"],
        "langs": ["English", "Français", "Español"], "login": "Sign in",
        "menu": ["Home", "About", "Trade topics", "Negotiations", "Meetings", "Documents", "Data", "Media"],
        "search": "Search documents", "go": "Search",
        "crumbs": ["Home", "Documents", "Electronic commerce", "Joint Statement Initiative"],
        "share": "Share this page:", "share_items": ["X", "LinkedIn", "Facebook", "WhatsApp", "Email"],
        "print": "Print",
        "meta": ["Symbol", "Date", "Issued by", "Languages", "Files"], "meta_langs": "English, French, Spanish",
        "related": "Related documents",
        "feedback": "Was this page useful?", "yes": "Yes", "no": "No",
        "footer": ["Contact us", "Privacy", "Cookies", "Terms of use", "Accessibility", "Site map"],
        "saved": "Page saved for the wtoqa test corpus. All content on this page was written for evaluation "
                 "purposes.",
    },
    "fr": {
        "site": "Portail des documents de l'OMC",
        "cookie": "Nous utilisons des cookies pour mémoriser vos préférences et mesurer la fréquentation du "
                  "portail. Vous pouvez tout accepter, refuser les cookies non essentiels ou paramétrer vos choix.",
        "cookie_btn": ["Tout accepter", "Refuser les cookies non essentiels", "Paramétrer"],
        "langs": ["English", "Français", "Español"], "login": "Se connecter",
        "menu": ["Accueil", "À propos", "Thèmes commerciaux", "Négociations", "Réunions", "Documents",
                 "Données", "Médias"],
        "search": "Rechercher des documents", "go": "Rechercher",
        "crumbs": ["Accueil", "Documents", "Commerce électronique", "Programme de travail"],
        "share": "Partager cette page :", "share_items": ["X", "LinkedIn", "Facebook", "WhatsApp", "Courriel"],
        "print": "Imprimer",
        "meta": ["Cote", "Date", "Auteur", "Langues", "Fichiers"], "meta_langs": "anglais, espagnol, français",
        "related": "Documents connexes",
        "feedback": "Cette page vous a-t-elle été utile ?", "yes": "Oui", "no": "Non",
        "footer": ["Nous contacter", "Confidentialité", "Cookies", "Conditions d'utilisation", "Accessibilité",
                   "Plan du site"],
        "saved": "Page enregistrée pour le corpus de test de wtoqa. Tout le contenu de cette page a été rédigé à "
                 "des fins d'évaluation.",
    },
}


def build_html4(name, doc, path):
    e = html.escape
    ch = CHROME[doc["lang"]]
    body = []
    open_list = None  # "ol" or "ul" currently open

    def close():
        nonlocal open_list
        if open_list:
            body.append("          </%s>" % open_list)
            open_list = None

    for b in doc["blocks"]:
        kind = b[0]
        if kind == "np":
            if open_list != "ol":
                close()
                body.append('          <ol class="paras">')
                open_list = "ol"
            body.append('            <li value="%s" id="par%s">%s</li>' % (e(b[1]), e(b[1]), e(b[2])))
            continue
        if kind == "li":
            if open_list != "ul":
                close()
                body.append('          <ul class="disciplines">')
                open_list = "ul"
            body.append("            <li>%s</li>" % e(b[2]))
            continue
        close()
        if kind == "title":
            body.append("          <h1>%s</h1>" % e(b[1]))
        elif kind == "center":
            body.append('          <p class="subtitle">%s</p>' % e(b[1]))
        elif kind == "p":
            body.append('          <p class="intro">%s</p>' % e(b[1]))
        elif kind == "rule":
            body.append('          <hr class="short">')
        elif kind == "sub":
            body.append('          <p class="subpara"><span class="label">%s</span> %s</p>' % (e(b[1]), e(b[2])))
        else:
            raise ValueError(kind)
    close()
    stem = name.rsplit(".", 1)[0]
    langs = " | ".join(('<strong>%s</strong>' % e(l)) if (l[:2].lower() == doc["lang"]) else
                       '<a href="#lang-%d">%s</a>' % (i, e(l)) for i, l in enumerate(ch["langs"]))
    menu = "\n".join('          <li><a href="#menu-%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["menu"]))
    crumbs = "\n".join('        <li><a href="#crumb-%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["crumbs"]))
    share = " ".join('<a class="share-%s" href="#share-%d">%s</a>' % (e(t.lower()), i, e(t))
                     for i, t in enumerate(ch["share_items"]))
    related = "\n".join('          <li><a href="%s">%s</a></li>' % (e(h), e(t)) for h, t in doc["related"])
    footer = "\n".join('        <li><a href="#footer-%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["footer"]))
    btns = " ".join('<button type="button">%s</button>' % e(t) for t in ch["cookie_btn"])
    m = ch["meta"]
    page = f"""<!DOCTYPE html>
<html lang="{doc["lang"]}" dir="ltr">
<!-- saved from url=({len(doc["saved_from"]):04d}){doc["saved_from"]} -->
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(doc["symbol"])} | {e(doc["page_title"])} | {e(ch["site"])}</title>
  <link rel="stylesheet" href="./{e(stem)}_files/portal.css">
  <link rel="icon" href="./{e(stem)}_files/favicon.ico">
</head>
<body class="page-document">
  <div class="cookie-notice" id="cookie-notice" role="region" aria-label="cookies">
    <p>{e(ch["cookie"])}</p>
    <p>{btns}</p>
  </div>
  <div class="top-bar">
    <p class="lang-switch">{langs}</p>
    <p class="account"><a href="#login">{e(ch["login"])}</a></p>
  </div>
  <header class="portal-header">
    <p class="brand"><a href="#home">{e(ch["site"])}</a></p>
    <nav class="main-nav" aria-label="main">
      <div class="menu">
        <ul>
{menu}
        </ul>
      </div>
    </nav>
    <form class="search" role="search" action="#search"><input type="search" name="q" aria-label="{e(ch["search"])}" placeholder="{e(ch["search"])}"> <button type="submit">{e(ch["go"])}</button></form>
  </header>
  <nav class="breadcrumb" aria-label="breadcrumb">
    <ol>
{crumbs}
        <li aria-current="page">{e(doc["symbol"])}</li>
    </ol>
  </nav>
  <main id="main">
    <div class="share-bar">
      <span>{e(ch["share"])}</span> {share} <button type="button" onclick="window.print()">{e(ch["print"])}</button>
    </div>
    <section class="doc-card">
      <table class="doc-meta">
        <tr><th>{e(m[0])}</th><td>{e(doc["symbol"])}</td></tr>
        <tr><th>{e(m[1])}</th><td>{e(doc["date"])}</td></tr>
        <tr><th>{e(m[2])}</th><td>{e(doc["issued_by"])}</td></tr>
        <tr><th>{e(m[3])}</th><td>{e(ch["meta_langs"])}</td></tr>
        <tr><th>{e(m[4])}</th><td><a href="#pdf">PDF</a> · <a href="#docx">DOCX</a></td></tr>
      </table>
    </section>
    <div class="document-wrapper">
      <div class="document">
        <div class="letterhead">
          <p class="org">{e(doc["org"])}</p>
          <p class="ids"><span class="symbol">{e(doc["symbol"])}</span><br><span class="date">{e(doc["date"])}</span><br><span class="job">{e(doc["job"])}</span></p>
          <p class="original">{e(doc["original"])}</p>
        </div>
        <div class="text">
{chr(10).join(body)}
        </div>
      </div>
    </div>
    <aside class="related">
      <h2>{e(ch["related"])}</h2>
      <ul>
{related}
      </ul>
    </aside>
    <section class="feedback">
      <p>{e(ch["feedback"])} <button type="button">{e(ch["yes"])}</button> <button type="button">{e(ch["no"])}</button></p>
    </section>
  </main>
  <footer class="portal-footer">
    <nav>
      <ul>
{footer}
      </ul>
    </nav>
    <p>{e(ch["saved"])}</p>
  </footer>
  <script src="./{e(stem)}_files/consent.js"></script>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------
def _md_footnotes(doc):
    out = []
    for fid in sorted(doc["footnotes"], key=int):
        out += ["[^%s]: %s" % (fid, doc["footnotes"][fid])]
    return out


def build_md4(name, doc, path):
    out = []
    if doc["layout"] == "table":
        out += ["| %s | %s |" % (doc["org"], doc["symbol"]),
                "|:---|---:|",
                "| %s | %s |" % (doc["body_line"], doc["date"]),
                "| %s | %s |" % (doc["job"], doc["original"]), ""]
        n_title = 0
        for b in doc["blocks"]:
            kind = b[0]
            if kind == "title":
                out += ["%s %s" % ("#" if n_title == 0 else "##", b[1]), ""]
                n_title += 1
            elif kind == "center":
                out += ["**%s**" % b[1], ""]
            elif kind == "p":
                out += textwrap.wrap("_%s_" % b[1], 80, break_on_hyphens=False) + [""]
            elif kind == "h":
                out += ["### %s %s" % (b[1], b[2]), ""]
            elif kind == "np":
                out += textwrap.wrap("%s %s" % (b[1], b[2]), 80, break_on_hyphens=False) + [""]
            else:
                raise ValueError(kind)
        out += ["---", ""] + _md_footnotes(doc)
    elif doc["layout"] == "plain":
        out += [doc["org"], "=" * len(doc["org"]), "",
                "%s · %s · %s" % (doc["symbol"], doc["date"], doc["job"]), "",
                "*%s* | %s" % (doc["body_line"], doc["original"]), "", "* * *", ""]
        n_title = 0
        for b in doc["blocks"]:
            kind = b[0]
            if kind == "title":
                out += ["%s %s" % ("#" if n_title == 0 else "##", b[1]), ""]
                n_title += 1
            elif kind == "center":
                out += ["**%s**" % b[1], ""]
            elif kind == "p":
                out += [b[1], ""]
            elif kind == "h":
                out += ["## %s %s" % (b[1], b[2]), ""]
            elif kind == "np":
                out += ["%s %s" % (b[1], b[2]), ""]
            else:
                raise ValueError(kind)
        out += ["* * *", ""] + _md_footnotes(doc)
    else:
        raise ValueError(doc["layout"])
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out).rstrip("\n") + "\n")


# ---------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------
def _txt_minutes(doc, path, width=88, page_lines=52):
    def lr(left, right):
        return left + " " * max(1, width - len(left) - len(right)) + right

    def body_lines(toc_pages):
        lines = []
        for b in doc["blocks"]:
            kind = b[0]
            if kind == "title":
                lines += [b[1].center(width).rstrip()]
            elif kind == "center":
                lines += ["", b[1].center(width).rstrip(), "", "_______________".center(width).rstrip(), ""]
            elif kind == "toc":
                lines += ["", "SUJETS TRAITÉS".center(width).rstrip(), ""]
                for entry in b[1]:
                    num, text = entry.split(" ", 1)
                    left = "%s  %s " % (num, text)
                    pg = " %d" % toc_pages.get(num, 0)
                    lines.append(left + "." * (width - len(left) - len(pg)) + pg)
                lines += [""]
            elif kind == "h":
                lines += ["", "%s  %s" % (b[1], b[2]), ""]
            elif kind == "np":
                lines += textwrap.wrap("%s   %s" % (b[1], b[2]), width, break_on_hyphens=False) + [""]
            else:
                raise ValueError(kind)
        return lines

    def paginate(lines):
        pages, cur = [], []
        for ln in lines:
            if not cur and not ln and pages:
                continue
            cur.append(ln)
            if len(cur) >= (page_lines if pages else page_lines - 6):
                pages.append(cur)
                cur = []
        if cur:
            pages.append(cur)
        return pages

    toc_pages = {}
    for _ in range(2):  # second pass: the table of contents gets the page numbers
        pages = paginate(body_lines(toc_pages))
        for i, pg in enumerate(pages, 1):
            for ln in pg:
                m = re.match(r"^(\d+)  [A-ZÀ-Ý]", ln)
                if m and "...." not in ln and m.group(1) not in toc_pages:
                    toc_pages[m.group(1)] = i
    total = len(pages)
    head = [lr(doc["org"], doc["symbol"]),
            lr("", doc["date"]),
            lr(doc["job"], "%s %d/%d" % (doc["page_label"], 1, total)),
            "",
            lr(doc["body_line"], doc["original"]),
            ""]
    pages[0] = head + pages[0]
    return render.write_text_pages(path, pages, lambda i, tot: [lr(doc["symbol"], "- %d -" % i), ""])


def _txt_plain(doc, path, width=78):
    lines = [doc["org"], doc["body_line"], "", doc["symbol"], doc["date"], doc["original"], "",
             "=" * width]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            lines += textwrap.wrap(b[1], width) + ["=" * width, ""]
        elif kind == "center":
            lines += [b[1], ""]
        elif kind == "p":
            lines += textwrap.wrap(b[1], width) + [""]
        elif kind == "h":
            head = "%s %s" % (b[1], b[2])
            lines += ["", head, "-" * len(head), ""]
        elif kind == "np":
            lines += textwrap.wrap("%-4s%s" % (b[1], b[2]), width, subsequent_indent="    ",
                                   break_on_hyphens=False) + [""]
        else:
            raise ValueError(kind)
    while lines and not lines[-1]:
        lines.pop()
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    return [lines]


def build_txt4(name, doc, path):
    if doc["layout"] == "minutes":
        return _txt_minutes(doc, path)
    if doc["layout"] == "plain":
        return _txt_plain(doc, path)
    raise ValueError(doc["layout"])


#: The builders of the documents marked "variant" (render.build_all's `variants`).
VARIANTS = {"pdf": build_pdf4, "docx": build_docx4, "html": build_html4, "md": build_md4, "txt": build_txt4}
