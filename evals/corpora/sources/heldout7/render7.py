"""Rendering for the heldout7 corpus, on top of ../render.py (shared helpers: DOCX core
properties, numbering levels, running header and deterministic saving; text pages).
Used by heldout7/build.py through render.build_all's `variants` (VARIANTS).

  build_pdf7   a variant of render.build_pdf's layout engine (same wrapping, hyphenation,
               keep-with-next and footnotes at the foot of the page) that also sets
               second-level headings, table captions, tables with a group header row and
               source lines.  Page furniture by the document's "layout":
               "en_note":    organisation (left), RESTRICTED / symbol / date (right), job
                             number and body / original language under a rule; later pages:
                             the symbol (left) and "Page n" (right) over a rule.
               "es_minutes": organisation on two lines (left), symbol / date / job (right),
                             body and original language; later pages: the symbol flush right
                             and "- n -" centred under it.
               "fr_one":     a one-page letterhead: organisation centred over a rule, body
                             (left), symbol / date / original (right), job number under it.
  build_docx7  header table (organisation, symbol, date, job, body, original language), Word
               auto-numbered headings (I. / A.), paragraphs (1.) and lettered lists (a)),
               real Word footnotes (word/footnotes.xml), running header from page 2.
  build_html7  saved web page: cookie banner, masthead, main navigation menu, breadcrumb,
               related-links list, share buttons, the document (footnote calls as superscript
               links, notes listed at the end with back-links; data tables as <table>) and
               the site footer.
  build_md7    "yaml": YAML front matter then the text; "plain": letterhead as plain lines.
               Markdown footnotes and pipe tables.
  build_txt7   text extracted from a PDF: form feeds between pages, running headers on later
               pages ("page": symbol / "Page n"; "dash": symbol / "- n -"; "oneline": symbol
               and "Página n" on one line), footnote calls glued to the word as digits, notes
               at the foot of the page under a short rule.

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
strip_markers = render.strip_markers


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------
def furniture_en_note(c, doc, pno, total, W, H, LM, RM, TOP):
    if pno == 1:
        y0 = H - TOP
        c.setFont("Times-Bold", 14)
        c.drawString(LM, y0 - 10, doc["org"])
        c.setFont("Times-Bold", 10)
        c.drawRightString(W - RM, y0 + 4, doc["restricted"])
        c.setFont("Times-Bold", 12)
        c.drawRightString(W - RM, y0 - 10, doc["symbol"])
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - RM, y0 - 24, doc["date"])
        c.setLineWidth(0.8)
        c.line(LM, y0 - 32, W - RM, y0 - 32)
        c.setFont("Times-Roman", 9)
        c.drawString(LM, y0 - 46, doc["job"])
        c.drawRightString(W - RM, y0 - 46, "Page: %d/%d" % (pno, total))
        c.setFont("Times-Italic", 10)
        c.drawString(LM, y0 - 60, doc["body_line"])
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - RM, y0 - 60, doc["original"])
        c.setLineWidth(0.4)
        c.line(LM, y0 - 68, W - RM, y0 - 68)
    else:
        c.setFont("Times-Roman", 9)
        c.drawString(LM, H - 40, doc["symbol"])
        c.drawRightString(W - RM, H - 40, "Page %d" % pno)
        c.setLineWidth(0.4)
        c.line(LM, H - 45, W - RM, H - 45)


def furniture_es_minutes(c, doc, pno, total, W, H, LM, RM, TOP):
    if pno == 1:
        y0 = H - TOP
        c.setFont("Helvetica-Bold", 12)
        c.drawString(LM, y0, doc["org_lines"][0])
        c.drawString(LM, y0 - 14, doc["org_lines"][1])
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - RM, y0, doc["symbol"])
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - RM, y0 - 14, doc["date"])
        c.drawRightString(W - RM, y0 - 28, "%s   Página: %d/%d" % (doc["job"], pno, total))
        c.setLineWidth(0.7)
        c.line(LM, y0 - 36, W - RM, y0 - 36)
        c.setFont("Helvetica-Oblique", 9.5)
        c.drawString(LM, y0 - 50, doc["body_line"])
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - RM, y0 - 50, doc["original"])
    else:
        c.setFont("Helvetica", 9)
        c.drawRightString(W - RM, H - 40, doc["symbol"])
        c.drawCentredString(W / 2, H - 54, "- %d -" % pno)


def furniture_fr_one(c, doc, pno, total, W, H, LM, RM, TOP):
    y0 = H - TOP
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(W / 2, y0, doc["org"])
    c.setLineWidth(1.0)
    c.line(LM, y0 - 8, W - RM, y0 - 8)
    c.setFont("Helvetica-Oblique", 10)
    c.drawString(LM, y0 - 26, doc["body_line"])
    c.setFont("Helvetica-Bold", 11)
    c.drawRightString(W - RM, y0 - 26, doc["symbol"])
    c.setFont("Helvetica", 9.5)
    c.drawRightString(W - RM, y0 - 40, doc["date"])
    c.drawRightString(W - RM, y0 - 54, doc["original"])
    c.drawString(LM, y0 - 54, doc["job"])
    c.setLineWidth(0.5)
    c.line(LM, y0 - 62, W - RM, y0 - 62)


FURNITURE = {"en_note": (furniture_en_note, (84, 22)), "es_minutes": (furniture_es_minutes, (66, 30)),
             "fr_one": (furniture_fr_one, (76, 76))}


def build_pdf7(name, doc, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    furniture, skip = FURNITURE[doc["layout"]]
    W, H = A4
    LM, RM, TOP, BOTTOM = 72, 72, 56, 64
    TW = W - LM - RM
    font = doc["font"]
    times = font.startswith("Times")
    bold = "Times-Bold" if times else "Helvetica-Bold"
    bold_it = "Times-BoldItalic" if times else "Helvetica-BoldOblique"
    italic = "Times-Italic" if times else "Helvetica-Oblique"
    size = doc["size"]
    gap = size * 0.75
    fn_size = size - 2
    fn_lead = fn_size * 1.25

    def word_width(word, f, s):
        width = 0.0
        for part in re.split(r"(\[\^\d+\])", word):
            m = FN_RE.fullmatch(part)
            if m:
                width += stringWidth(m.group(1), f, s * 0.62)
            elif part:
                width += stringWidth(part, f, s)
        return width

    hyph_ok = re.compile(r"^[A-Za-zÀ-ÿœŒ]+[,;:.]?$")
    vowels = set("aeiouyàâäéèêëíîïóôöúùûüœAEIOUYÀÂÉÈÊËÍÎÏÓÔÖÚÙÛÜ")
    digraphs = {"ch", "ph", "th", "gn", "qu", "gu", "ll", "rr"}

    def split_ok(w, k):
        a, b_, c_ = w[k - 1], w[k], w[k + 1]
        if a in vowels and b_ not in vowels and c_ in vowels:
            return w[k:k + 2].lower() not in digraphs
        if (a not in vowels and b_ not in vowels and c_ in vowels and w[k - 2] in vowels
                and w[k - 1:k + 1].lower() not in digraphs and b_ not in "lrh"):
            return True
        return False

    def wrap(text, width, f, s, hyphenate=True):
        words = text.split(" ")
        lines, cur = [], []
        space = stringWidth(" ", f, s)

        def cur_width():
            return sum(word_width(w, f, s) for w in cur) + space * max(0, len(cur) - 1)

        i = 0
        while i < len(words):
            w = words[i]
            cw = cur_width()
            extra = word_width(w, f, s) + (space if cur else 0)
            if cw + extra <= width:
                cur.append(w)
                i += 1
                continue
            room = width - cw - (space if cur else 0)
            core_len = len(w.rstrip(",;:."))
            if hyphenate and cur and room > 50 and hyph_ok.match(w) and core_len >= 8:
                done = False
                for k in range(core_len - 3, 3, -1):
                    head = w[:k] + "-"
                    if split_ok(w, k) and word_width(head, f, s) <= room:
                        cur.append(head)
                        lines.append(cur)
                        cur = []
                        words[i] = w[k:]
                        done = True
                        break
                if done:
                    continue
            if not cur:
                cur.append(w)
                i += 1
            lines.append(cur)
            cur = []
        if cur:
            lines.append(cur)
        return [" ".join(l) for l in lines]

    # flow items: ["line", height, op, footnote ids, keep with next] / ["gap", height]
    items = []

    def add_par(text, x, width, f=font, s=size, align="left", prefix=None, keep=False, gap_after=True):
        lines = wrap(text, width, f, s, hyphenate=(align == "left"))
        for n, line in enumerate(lines):
            items.append(["line", s * 1.32, ("text", line, x, width, f, s, align, prefix if n == 0 else None),
                          FN_RE.findall(line), keep or (n == 0 and (len(lines) > 1 or text.endswith(":")))])
        if gap_after:
            items.append(["gap", gap])

    tsize = size - 2
    first_w = 150
    col_w = None
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            add_par(b[1], LM, TW, bold, size + 1, "center", keep=True, gap_after=False)
            items.append(["gap", gap * 0.4])
        elif kind == "center":
            items.append(["gap", gap * 0.4])
            add_par(b[1], LM, TW, font, size, "center")
        elif kind == "p":
            add_par(b[1], LM, TW, italic, size - 1, "left")
        elif kind == "h":
            level = b[3] if len(b) > 3 else 1
            items.append(["gap", gap * (0.6 if level == 1 else 0.3)])
            if level == 1:
                add_par(b[2], LM + 36, TW - 36, bold, size, "left", prefix=(b[1], LM, bold), keep=True)
            else:
                add_par(b[2], LM + 36, TW - 36, bold_it, size, "left", prefix=(b[1], LM + 18, bold_it), keep=True)
        elif kind == "np":
            add_par(b[2], LM + 36, TW - 36, font, size, "left", prefix=(b[1], LM, font))
        elif kind == "sub":
            add_par(b[2], LM + 72, TW - 72, font, size, "left", prefix=(b[1], LM + 40, font))
        elif kind == "caption":
            items.append(["gap", gap * 0.4])
            add_par(b[1], LM, TW, bold, size - 1, "center", keep=True, gap_after=False)
            items.append(["gap", 4])
        elif kind == "table":
            rows, groups = b[1], (b[2] if len(b) > 2 else None)
            ncol = len(rows[0])
            col_w = (TW - first_w) / (ncol - 1)
            xs = [LM] + [LM + first_w + i * col_w for i in range(ncol - 1)]
            items.append(["line", 6, ("rule",), [], True])
            if groups:
                items.append(["line", tsize * 1.4, ("groups", groups, xs, col_w, bold, tsize), [], True])
            for r, row in enumerate(rows):
                f = bold if r == 0 else font
                last = r == len(rows) - 1
                items.append(["line", tsize * 1.45, ("row", row, xs, col_w, f, tsize), [], not last])
                if r == 0:
                    items.append(["line", 5, ("rule",), [], True])
            items.append(["line", 6, ("rule",), [], True])
        elif kind == "source":
            add_par(b[1], LM, TW, italic, size - 2, "left")
        else:
            raise ValueError(kind)

    footnotes = doc["footnotes"]

    def fn_lines(fid):
        return wrap(strip_markers(footnotes[fid]), TW - 14, font, fn_size)

    def fn_block_height(fids):
        if not fids:
            return 0
        return 10 + sum(len(fn_lines(f)) * fn_lead + 2 for f in fids)

    pages = []

    def new_page():
        top = H - TOP - (skip[0] if not pages else skip[1])
        pages.append({"ops": [], "fns": [], "y": top})

    new_page()
    k = 0
    while k < len(items):
        it = items[k]
        page = pages[-1]
        if it[0] == "gap":
            page["y"] -= it[1]
            k += 1
            continue
        _, h, op, fns, keep = it
        need = h
        j, cur_keep = k, keep
        while cur_keep:
            j = next((x for x in range(j + 1, len(items)) if items[x][0] == "line"), None)
            if j is None:
                break
            nxt = items[j]
            need += nxt[1] + (gap if nxt[2][0] == "text" else 0)
            fns = fns + [f_ for f_ in nxt[3] if f_ not in fns]
            cur_keep = nxt[4]
        fb = fn_block_height(page["fns"] + fns)
        if page["y"] - need < BOTTOM + fb and page["ops"]:
            new_page()
            continue
        page["y"] -= h
        page["ops"].append((page["y"], op))
        page["fns"].extend(f_ for f_ in it[3] if f_ not in page["fns"])
        k += 1

    total = len(pages)
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("wtoqa test corpus build.py")

    def draw_marked(line, x, y, f, s):
        for part in re.split(r"(\[\^\d+\])", line):
            m = FN_RE.fullmatch(part)
            if m:
                c.setFont(f, s * 0.62)
                c.drawString(x, y + s * 0.38, m.group(1))
                x += stringWidth(m.group(1), f, s * 0.62)
            elif part:
                c.setFont(f, s)
                c.drawString(x, y, part)
                x += stringWidth(part, f, s)

    for pno, page in enumerate(pages, 1):
        furniture(c, doc, pno, total, W, H, LM, RM, TOP)
        for y, op in page["ops"]:
            if op[0] == "text":
                _, line, x, width, f, s, align, pre = op
                if pre:
                    c.setFont(pre[2], s)
                    c.drawString(pre[1], y, pre[0])
                lw = word_width(line, f, s)
                cx = x + (width - lw) / 2 if align == "center" else x
                draw_marked(line, cx, y, f, s)
            elif op[0] == "rule":
                c.setLineWidth(0.5)
                c.line(LM, y + 3, W - RM, y + 3)
            elif op[0] == "groups":
                _, groups, xs, cw, f, s = op
                c.setFont(f, s)
                for g, label in enumerate(groups):
                    c.drawCentredString(xs[1 + 2 * g] + cw, y, label)
            elif op[0] == "row":
                _, row, xs, cw, f, s = op
                c.setFont(f, s)
                for i, val in enumerate(row):
                    if i == 0:
                        c.drawString(xs[0], y, val)
                    else:
                        c.drawRightString(xs[i] + cw - 10, y, val)
        if page["fns"]:
            fy = BOTTOM + fn_block_height(page["fns"]) - 4
            c.setLineWidth(0.5)
            c.line(LM, fy, LM + 140, fy)
            fy -= 6
            for fid in page["fns"]:
                for n, fl in enumerate(fn_lines(fid)):
                    fy -= fn_lead
                    if n == 0:
                        c.setFont(font, fn_size * 0.7)
                        c.drawString(LM, fy + fn_size * 0.35, fid)
                    c.setFont(font, fn_size)
                    c.drawString(LM + 14, fy, fl)
                fy -= 2
        c.showPage()
    c.save()
    return pages


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
def build_docx7(name, doc, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    hs = d.styles["Heading 1"]
    hs.font.name = "Times New Roman"
    hs.font.size = Pt(11)
    render.docx_properties(d, doc["created"])
    numbering = d.part.numbering_part.element
    render.docx_abstract_numbering(numbering, 960, [(0, doc["heading_fmt"], "%1.", 567, 567)])
    render.docx_abstract_numbering(numbering, 961, [(0, "decimal", "%1.", 567, 567)])
    lists = sorted({b[1] for b in doc["blocks"] if b[0] == "li"})
    for lid in lists:
        render.docx_abstract_numbering(numbering, 970 + lid, [(0, "lowerLetter", "%1)", 1134, 567)])
    render.docx_running_header(d.sections[0], doc["running_header"])

    rows = doc["header_rows"]
    tbl = d.add_table(rows=len(rows), cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (left, right) in enumerate(rows):
        lc, rc = tbl.rows[i].cells
        lr = lc.paragraphs[0].add_run(left)
        lr.bold = i == 0
        rp = rc.paragraphs[0]
        rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        rr = rp.add_run(right)
        rr.bold = i == 0
    d.add_paragraph()

    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            render.docx_text_with_notes(p, b[1], bold=True, ref_style="FootnoteReference")
        elif kind == "center":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            render.docx_text_with_notes(p, b[1], italic=True, ref_style="FootnoteReference")
        elif kind == "p":
            p = d.add_paragraph()
            render.docx_text_with_notes(p, b[1], italic=True, size=10, ref_style="FootnoteReference")
        elif kind == "h":
            p = d.add_heading(level=1)
            render.docx_text_with_notes(p, b[2], ref_style="FootnoteReference")
            render.docx_set_numbering(p, 960)
        elif kind == "np":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            render.docx_text_with_notes(p, b[2], ref_style="FootnoteReference")
            render.docx_set_numbering(p, 961)
        elif kind == "li":
            p = d.add_paragraph()
            render.docx_text_with_notes(p, b[2], ref_style="FootnoteReference")
            render.docx_set_numbering(p, 970 + b[1])
        else:
            raise ValueError(kind)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("__________")
    if doc["footnotes"]:
        render.docx_footnotes_part(d, doc["footnotes"], spaced_separators=False)
    render.save_docx(d, path, doc["created"])
    return []


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------
CHROME = {
    "en": {
        "site": "Trade Documents Online", "cookie": "We use cookies to remember your preferences and to "
        "measure how the site is used. You can accept all cookies or only those needed for the site to work.",
        "accept": "Accept all", "reject": "Necessary only", "settings": "Cookie settings",
        "search": "Search", "menu": ["Home", "About", "Trade topics", "Members", "Documents and resources",
                                     "News and events", "Français", "Español"],
        "crumbs": ["Home", "Trade topics", "Electronic commerce", "Work Programme", "Documents"],
        "card": "Document information", "related": "Related links", "share": "Share",
        "share_items": ["X", "LinkedIn", "Facebook", "WhatsApp", "Email", "Print"],
        "notes": "Notes", "back": "Back to text", "download": "Download",
        "footer": ["Contact us", "Careers", "Privacy notice", "Terms of use", "Accessibility", "Site map"],
        "saved": "Page saved for the wtoqa test corpus; its content was written for evaluation purposes.",
    },
    "fr": {
        "site": "Documents commerciaux en ligne", "cookie": "Nous utilisons des témoins (cookies) pour "
        "mémoriser vos préférences et mesurer l'audience du site. Vous pouvez tous les accepter ou seulement "
        "ceux qui sont nécessaires.",
        "accept": "Tout accepter", "reject": "Nécessaires uniquement", "settings": "Paramètres des cookies",
        "search": "Rechercher", "menu": ["Accueil", "À propos", "Thèmes commerciaux", "Membres",
                                         "Documents et ressources", "Nouvelles et événements", "English",
                                         "Español"],
        "crumbs": ["Accueil", "Thèmes commerciaux", "Commerce électronique", "Commerce et développement",
                   "Documents"],
        "card": "Informations sur le document", "related": "Liens connexes", "share": "Partager",
        "share_items": ["X", "LinkedIn", "Facebook", "WhatsApp", "Courriel", "Imprimer"],
        "notes": "Notes", "back": "Retour au texte", "download": "Télécharger",
        "footer": ["Nous contacter", "Carrières", "Avis de confidentialité", "Conditions d'utilisation",
                   "Accessibilité", "Plan du site"],
        "saved": "Page enregistrée pour le corpus de test de wtoqa ; contenu rédigé à des fins d'évaluation.",
    },
}


def _inline(text):
    out = []
    for part in re.split(r"(\[\^\d+\])", text):
        m = FN_RE.fullmatch(part)
        if m:
            n = m.group(1)
            out.append('<sup class="fn-call" id="call%s"><a href="#note%s">%s</a></sup>' % (n, n, n))
        elif part:
            out.append(html.escape(part, quote=False))
    return "".join(out)


def build_html7(name, doc, path):
    e = html.escape
    ch = CHROME[doc["lang"]]
    body = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            body.append('        <p class="doc-title"><strong>%s</strong></p>' % _inline(b[1]))
        elif kind == "center":
            body.append('        <p class="doc-subtitle"><em>%s</em></p>' % _inline(b[1]))
        elif kind == "p":
            body.append('        <p class="doc-intro"><em>%s</em></p>' % _inline(b[1]))
        elif kind == "h":
            body.append('        <h3 class="doc-heading">%s&nbsp;&nbsp;%s</h3>' % (e(b[1]), _inline(b[2])))
        elif kind == "np":
            body.append('        <p class="para"><span class="pnum">%s</span>\t%s</p>' % (e(b[1]), _inline(b[2])))
        elif kind == "caption":
            body.append('        <table class="data-table">\n          <caption>%s</caption>' % _inline(b[1]))
        elif kind == "table":
            rows = b[1]
            if "<caption>" not in body[-1]:
                body.append('        <table class="data-table">')
            body.append("          <thead><tr>%s</tr></thead>" % "".join("<th>%s</th>" % e(c, quote=False)
                                                                       for c in rows[0]))
            body.append("          <tbody>")
            for row in rows[1:]:
                body.append("            <tr>%s</tr>" % "".join(
                    ('<th scope="row">%s</th>' if i == 0 else '<td class="num">%s</td>') % e(c, quote=False)
                    for i, c in enumerate(row)))
            body.append("          </tbody>\n        </table>")
        elif kind == "source":
            body.append('        <p class="table-source"><small>%s</small></p>' % _inline(b[1]))
        else:
            raise ValueError(kind)
    notes = "\n".join(
        '          <li id="note%s"><span class="note-text">%s</span> <a class="backlink" href="#call%s" '
        'title="%s">&#8617;</a></li>' % (k, e(v, quote=False), k, e(ch["back"])) for k, v in doc["footnotes"].items())
    menu = "\n".join('          <li><a href="#m%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["menu"]))
    crumbs = " <span class=\"sep\">&rsaquo;</span> ".join(
        '<a href="#b%d">%s</a>' % (i, e(t)) for i, t in enumerate(ch["crumbs"][:-1]))
    crumbs += ' <span class="sep">&rsaquo;</span> <span aria-current="page">%s</span>' % e(ch["crumbs"][-1])
    related = "\n".join('          <li><a href="%s">%s</a></li>' % (e(h), e(t)) for h, t in doc["related"])
    card = "\n".join("            <tr><th>%s</th><td>%s</td></tr>" % (e(k), e(v)) for k, v in doc["card"])
    share = "\n".join('          <a class="share-btn share-%d" href="#s%d">%s</a>' % (i, i, e(t))
                      for i, t in enumerate(ch["share_items"]))
    footer = "\n".join('        <li><a href="#f%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["footer"]))
    restricted = '\n          <p class="restricted">%s</p>' % e(doc["restricted"]) if doc.get("restricted") else ""
    job = '\n          <p class="job">%s</p>' % e(doc["job"]) if doc.get("job") else ""
    page = f"""<!DOCTYPE html>
<html lang="{doc["lang"]}">
<!-- saved from url=({len(doc["saved_from"]):04d}){doc["saved_from"]} -->
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(doc["page_title"])} - {e(ch["site"])}</title>
  <link rel="stylesheet" href="./assets/site.css">
  <style>
    .cookie-banner {{ position: fixed; bottom: 0; background: #1d2b3a; color: #fff; padding: 1em; }}
    .main-menu ul {{ display: flex; list-style: none; gap: 1.2em; }}
    .breadcrumb {{ font-size: 0.85em; }}
    .pnum {{ display: inline-block; min-width: 3em; }}
    .data-table td.num {{ text-align: right; }}
  </style>
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div class="cookie-banner" id="cookie-banner" role="dialog" aria-live="polite">
    <p>{e(ch["cookie"])}</p>
    <button type="button" class="cookie-accept">{e(ch["accept"])}</button>
    <button type="button" class="cookie-reject">{e(ch["reject"])}</button>
    <a href="#cookie-settings">{e(ch["settings"])}</a>
  </div>
  <header class="masthead">
    <a class="site-logo" href="#home">{e(ch["site"])}</a>
    <form class="site-search" role="search"><input type="search" aria-label="{e(ch["search"])}"> <button>{e(ch["search"])}</button></form>
    <nav class="main-menu" aria-label="Menu">
      <ul>
{menu}
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="breadcrumb">{crumbs}</nav>
  <div class="page-body">
    <main id="content">
      <table class="doc-info">
        <caption>{e(ch["card"])}</caption>
{card}
      </table>
      <p class="downloads">{e(ch["download"])}: <a href="#pdf">PDF</a> · <a href="#word">Word</a></p>
      <article class="wto-doc">
        <header class="letterhead">
          <p class="org">{e(doc["org"])}</p>{restricted}
          <p class="symbol">{e(doc["symbol"])}</p>
          <p class="date">{e(doc["date"])}</p>{job}
          <p class="body">{e(doc["body_line"])}</p>
          <p class="original">{e(doc["original"])}</p>
        </header>
{chr(10).join(body)}
        <section class="notes" aria-label="{e(ch["notes"])}">
          <h4>{e(ch["notes"])}</h4>
          <ol class="notes-list">
{notes}
          </ol>
        </section>
      </article>
      <div class="share-bar">
        <span class="share-label">{e(ch["share"])}:</span>
{share}
      </div>
    </main>
    <aside class="related-links">
      <h2>{e(ch["related"])}</h2>
      <ul>
{related}
      </ul>
    </aside>
  </div>
  <footer class="site-footer">
    <ul>
{footer}
    </ul>
    <p class="saved-note">{e(ch["saved"])}</p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)
    return []


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------
def _yaml(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')


def build_md7(name, doc, path):
    style = doc["md_style"]
    out = []
    if style == "yaml":
        out += ["---",
                "title: %s" % _yaml(doc["yaml_title"]),
                "symbol: %s" % doc["symbol"],
                "date: %s" % doc["iso_date"],
                "organization: %s" % _yaml(doc["org"]),
                "body: %s" % _yaml(doc["body_line"]),
                "job_number: %s" % _yaml(doc["job"]),
                "distribution: %s" % _yaml(doc.get("restricted", "")),
                "language: %s" % doc["lang"],
                "original_language: %s" % _yaml(doc["original"].split(":", 1)[1].strip()),
                "---", "",
                "**%s**" % doc["org"], "",
                "%s  " % doc["restricted"], "%s  " % doc["symbol"], doc["date"], "",
                "%s  " % doc["body_line"], "%s  " % doc["job"], doc["original"], "",
                "---", ""]
    else:
        out += [doc["org"], "",
                "%s  " % doc["symbol"], "%s  " % doc["date"], doc["job"], "",
                "%s  " % doc["body_line"], doc["original"], "",
                "* * *", ""]
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
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for row in rows[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        else:
            raise ValueError(kind)
    if doc["footnotes"]:
        for k, v in doc["footnotes"].items():
            out.append("[^%s]: %s" % (k, v))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.rstrip("\n") + "\n")
    return []


# ---------------------------------------------------------------------------
# Plain text as extracted from a PDF
# ---------------------------------------------------------------------------
MARK = "\x01"


def build_txt7(name, doc, path, width=86):
    page_lines = doc["page_lines"]

    def wrap(text, w, first="", rest=""):
        return textwrap.wrap(text, w, initial_indent=first, subsequent_indent=rest,
                             break_on_hyphens=False, break_long_words=False)

    def lr(left, right):
        return left + " " * max(1, width - len(left) - len(right)) + right

    lines = []
    right = [x for x in (doc.get("restricted"), doc["symbol"], doc["date"], doc["job"]) if x]
    left = list(doc["org_lines"]) + [""] * 4
    for i in range(len(right)):
        lines.append((lr(left[i], right[i]), []))
    lines += [("", []), (lr(doc["body_line"], doc["original"]), []), ("", []), ("_" * width, []), ("", [])]

    def add_text(text, first, rest, center=False):
        marked = FN_RE.sub(lambda m: MARK + m.group(1), text)
        for l in wrap(marked, width - (10 if center else 0), first, rest):
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
        elif kind == "np":
            add_text(b[2], b[1].ljust(6), " " * 6)
            lines.append(("", []))
        elif kind == "sub":
            add_text(b[2], "      " + b[1].ljust(4), " " * 10)
            lines.append(("", []))
        else:
            raise ValueError(kind)

    fn_text = {k: wrap("%s %s" % (k, v), width - 2, "", "   ") for k, v in doc["footnotes"].items()}

    def fn_height(fids):
        return (2 + sum(len(fn_text[f]) for f in fids)) if fids else 0

    pages, cur, cur_fns = [], [], []
    for l, fids in lines:
        room = page_lines - (0 if not pages else 3)
        if cur and len(cur) + 1 + fn_height(cur_fns + fids) > room:
            pages.append((cur, cur_fns))
            cur, cur_fns = [], []
            if l == "":
                continue
        cur.append(l)
        cur_fns = cur_fns + [f for f in fids if f not in cur_fns]
    if cur:
        pages.append((cur, cur_fns))

    out_pages = []
    for pg, fids in pages:
        while pg and pg[-1] == "":
            pg = pg[:-1]
        if fids:
            pg = pg + ["", "_" * 18] + [l for f in fids for l in fn_text[f]]
        out_pages.append(pg)

    style = doc["header_style"]

    def header(i, total):
        if style == "dash":
            return [doc["symbol"].rjust(width), ("- %d -" % i).center(width).rstrip(), ""]
        if style == "oneline":
            return [lr(doc["symbol"], "%s %d de %d" % (doc["page_word"], i, total)), ""]
        return [doc["symbol"].rjust(width), ("%s %d" % (doc["page_word"], i)).rjust(width), ""]

    return render.write_text_pages(path, out_pages, header)


VARIANTS = {"pdf": build_pdf7, "docx": build_docx7, "html": build_html7, "md": build_md7, "txt": build_txt7}
