"""Render test documents (pdf, docx, html, md, txt) from a content module's DOCS.

Shared by the held-out corpora's build scripts (heldout/, heldout2/, heldout3/ with
its variants in heldout3/render3.py); needs reportlab and python-docx (e.g. in a scratch venv).
Output is deterministic: the same DOCS give byte-identical files. The documents
were written for wtoqa's evaluation from public facts; they are not official
WTO texts.
"""
import html
import io
import json
import os
import re
import textwrap
import zipfile

NOTE = "Written for wtoqa's evaluation from public facts; not an official WTO text."
FN_RE = re.compile(r"\[\^(\d+)\]")


def strip_markers(text):
    return FN_RE.sub("", text)


# ---------------------------------------------------------------------------
# PDF: a small hand-made layout engine on top of reportlab's canvas, so that
# line breaks, hyphenation, footnotes and page breaks are fully deterministic.
# ---------------------------------------------------------------------------
def letterhead(c, doc, pno, total, W, H, LM, RM, TOP):
    """Page 1: the organisation, symbol, date, job number, page count, body and original
    language; later pages: the symbol and "- n -"."""
    if pno == 1:
        y0 = H - TOP
        c.setFont("Helvetica-Bold", 13)
        c.drawString(LM, y0 - 4, doc["org"])
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - RM, y0, doc["symbol"])
        c.setFont("Helvetica", 10)
        c.drawRightString(W - RM, y0 - 14, doc["date"])
        c.setLineWidth(0.8)
        c.line(LM, y0 - 24, W - RM, y0 - 24)
        c.setFont("Helvetica", 9)
        c.drawString(LM, y0 - 40, doc["job"])
        c.drawRightString(W - RM, y0 - 40, "%s: %d/%d" % (doc["page_label"], pno, total))
        c.drawString(LM, y0 - 54, doc["body_line"])
        c.drawRightString(W - RM, y0 - 54, doc["original"])
    else:
        c.setFont("Helvetica", 9)
        c.drawRightString(W - RM, H - 40, doc["symbol"])
        c.drawCentredString(W / 2, H - 56, "- %d -" % pno)


def build_pdf(name, doc, path, furniture=letterhead, skip=(92, 40)):
    """`furniture` draws a page's letterhead or running header; `skip`: the room it takes
    at the top of the first page and of the others."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    W, H = A4
    LM, RM, TOP, BOTTOM = 72, 72, 56, 64
    TW = W - LM - RM
    font = doc["font"]
    bold = "Helvetica-Bold" if font.startswith("Helvetica") else "Times-Bold"
    size = doc["size"]
    lead = size * 1.32
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

    vowels = set("aeiouyàâäéèêëîïôöùûüœAEIOUYÀÂÉÈÊËÎÏÔÖÙÛÜ")
    digraphs = {"ch", "ph", "th", "gn", "qu", "gu", "ll", "rr"}

    def split_ok(w, k):
        """Crude syllable rule: split V-CV or VC-CV (not inside digraphs)."""
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
            if not cur:  # word longer than the line
                cur.append(w)
                i += 1
            lines.append(cur)
            cur = []
        if cur:
            lines.append(cur)
        return [" ".join(l) for l in lines]

    # Flow items: ("line", height, draw_fn_args, fn_ids, keep_with_next) / ("gap", h)
    items = []

    def add_par(text, x, width, f=font, s=size, align="left", first_prefix=None, keep=False):
        lines = wrap(text, width, f, s, hyphenate=(align == "left"))
        for n, line in enumerate(lines):
            fns = FN_RE.findall(line)
            pre = first_prefix if n == 0 else None
            items.append(["line", s * 1.32, (line, x, width, f, s, align, pre), fns,
                          keep or (n == 0 and (len(lines) > 1 or text.endswith(":")))])
        items.append(["gap", gap])

    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            add_par(b[1], LM, TW, bold, size + 1, "center", keep=True)
            items.pop()  # title lines are set tight
        elif kind == "center":
            items.append(["gap", gap * 0.6])
            add_par(b[1], LM, TW, font, size, "center")
        elif kind == "rule":
            items.append(["line", lead, ("_______________", LM, TW, font, size, "center", None), [], False])
            items.append(["gap", gap])
        elif kind == "h":
            items.append(["gap", gap * 0.5])
            add_par(b[2], LM + 36, TW - 36, bold, size, "left", first_prefix=(b[1], LM, bold), keep=True)
        elif kind == "np":
            add_par(b[2], LM + 36, TW - 36, font, size, "left", first_prefix=(b[1], LM, font))
        elif kind == "sub":
            add_par(b[2], LM + 72, TW - 72, font, size, "left", first_prefix=(b[1], LM + 36, font))
        elif kind == "p":
            add_par(b[1], LM, TW, font, size, "left")
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
        _, h, args, fns, keep = it
        need = h
        j, cur_keep = k, keep
        while cur_keep:  # keep with the next line (chained)
            j = next((x for x in range(j + 1, len(items)) if items[x][0] == "line"), None)
            if j is None:
                break
            nxt = items[j]
            need += nxt[1] + gap
            fns = fns + [f_ for f_ in nxt[3] if f_ not in fns]
            cur_keep = nxt[4]
        fb = fn_block_height(page["fns"] + fns)
        if page["y"] - need < BOTTOM + fb and page["ops"]:
            new_page()
            continue
        page["y"] -= h
        page["ops"].append((page["y"], args))
        page["fns"].extend(f_ for f_ in it[3] if f_ not in page["fns"])
        k += 1

    total = len(pages)
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("wtoqa test corpus build.py")
    for pno, page in enumerate(pages, 1):
        furniture(c, doc, pno, total, W, H, LM, RM, TOP)
        for y, (line, x, width, f, s, align, pre) in page["ops"]:
            if pre:
                c.setFont(pre[2], s)
                c.drawString(pre[1], y, pre[0])
            plain = strip_markers(line)
            lw = word_width(line, f, s)
            if align == "center":
                cx = x + (width - lw) / 2
            else:
                cx = x
            # draw piecewise so that footnote markers are superscript
            for part in re.split(r"(\[\^\d+\])", line):
                m = FN_RE.fullmatch(part)
                if m:
                    c.setFont(f, s * 0.62)
                    c.drawString(cx, y + s * 0.38, m.group(1))
                    cx += stringWidth(m.group(1), f, s * 0.62)
                elif part:
                    c.setFont(f, s)
                    c.drawString(cx, y, part)
                    cx += stringWidth(part, f, s)
            del plain
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
def docx_properties(d, created):
    """Core properties of a test document: fixed author and dates, for byte-identical builds."""
    import datetime

    cp = d.core_properties
    cp.author = "wtoqa test corpus"
    cp.last_modified_by = "wtoqa test corpus"
    cp.title = ""
    y, m, dd = created
    cp.created = datetime.datetime(y, m, dd, 9, 0, 0)
    cp.modified = datetime.datetime(y, m, dd, 9, 0, 0)
    cp.revision = 1


def numbering_level(ilvl, fmt, text, left, hanging):
    """One level (w:lvl) of a Word numbering definition."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(left))
    ind.set(qn("w:hanging"), str(hanging))
    ppr.append(ind)
    lvl.append(ppr)
    return lvl


def numbering_instance(num_id):
    """The w:num that points at the abstract numbering of the same id."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(num_id))
    num.append(ani)
    return num


def docx_running_header(section, text):
    """From page 2: the running header (right) and "- <PAGE> -" (centred); returns the
    page-number paragraph."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run(text)
    hp2 = section.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp2.add_run("- ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "2"
    r.append(t)
    fld.append(r)
    hp2._p.append(fld)
    hp2.add_run(" -")
    return hp2


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def docx_abstract_numbering(numbering, abs_id, levels, multi=False):
    """An abstract numbering (its levels: numbering_level's arguments) and its instance."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel" if multi else "singleLevel")
    an.append(mlt)
    for level in levels:
        an.append(numbering_level(*level))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    numbering.append(numbering_instance(abs_id))


def docx_set_numbering(p, num_id, ilvl=0):
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def docx_text_with_notes(p, text, bold=False, italic=False, size=None, ref_style=None):
    """Add `text` to paragraph `p`, turning [^n] calls into Word footnote references (with
    the character style `ref_style`, if given)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for part in re.split(r"(\[\^\d+\])", text):
        m = FN_RE.fullmatch(part)
        if m:
            r = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            if ref_style:
                rs = OxmlElement("w:rStyle")
                rs.set(qn("w:val"), ref_style)
                rpr.append(rs)
            va = OxmlElement("w:vertAlign")
            va.set(qn("w:val"), "superscript")
            rpr.append(va)
            r.append(rpr)
            ref = OxmlElement("w:footnoteReference")
            ref.set(qn("w:id"), m.group(1))
            r.append(ref)
            p._p.append(r)
        elif part:
            run = p.add_run(part)
            run.bold = bold or None
            run.italic = italic or None
            if size:
                from docx.shared import Pt
                run.font.size = Pt(size)


def docx_footnotes_part(d, footnotes, spaced_separators=True):
    """A word/footnotes.xml part with the separators (with no space after them, if
    `spaced_separators`) and the document's footnotes."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    e = html.escape
    notes = "".join(
        '<w:footnote w:id="%s"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
        % (k, e(v, quote=False)) for k, v in footnotes.items())
    spacing = '<w:pPr><w:spacing w:after="0"/></w:pPr>' if spaced_separators else ""
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:footnotes xmlns:w="%s">'
           '<w:footnote w:type="separator" w:id="-1"><w:p>%s<w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p>%s'
           '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '%s</w:footnotes>' % (W_NS, spacing, spacing, notes))
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)


def save_docx(d, path, created):
    """Save with the zip's timestamps and attributes fixed, for byte-identical builds."""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=tuple(created) + (0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))


def build_docx(name, doc, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(9)
    for lvl in (1, 2):
        hs = d.styles["Heading %d" % lvl]
        hs.font.name = "Verdana"
        hs.font.size = Pt(10 if lvl == 1 else 9)

    docx_properties(d, doc["created"])

    # numbering definitions: one abstractNum + num per list id
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for list_id in (1, 2):
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), str(900 + list_id))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        an.append(mlt)
        decimal = list_id == 2
        an.append(
            numbering_level(
                0, "decimal" if decimal else "lowerLetter", "%1." if decimal else "%1)", 1134, 567
            )
        )
        if first_num is not None:
            first_num.addprevious(an)
        else:
            numbering.append(an)
        numbering.append(numbering_instance(900 + list_id))

    docx_running_header(d.sections[0], doc["running_header"])

    # header table
    rows = doc["header_rows"]
    tbl = d.add_table(rows=len(rows), cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (left, right) in enumerate(rows):
        lc, rc = tbl.rows[i].cells
        lp = lc.paragraphs[0]
        run = lp.add_run(left)
        run.bold = i == 0
        rp = rc.paragraphs[0]
        rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = rp.add_run(right)
        run.bold = i == 0
    d.add_paragraph()

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
            d.add_heading("%s  %s" % (b[1], b[2]), level=1)
        elif kind == "np":
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(-36)
            p.paragraph_format.left_indent = Pt(36)
            p.add_run(b[1] + ".\t" + strip_markers(b[2]))
        elif kind == "li":
            try:
                p = d.add_paragraph(style="List Paragraph")
            except KeyError:
                p = d.add_paragraph()
            p.add_run(b[2])
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = 900 + b[1]
        elif kind == "caption":
            d.add_heading(b[1], level=2)
        elif kind == "table":
            data = b[1]
            t = d.add_table(rows=len(data), cols=len(data[0]))
            t.style = "Table Grid"
            for i, row in enumerate(data):
                for j, val in enumerate(row):
                    cell = t.rows[i].cells[j]
                    run = cell.paragraphs[0].add_run(val)
                    run.bold = i == 0
                    if j:
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "source":
            p = d.add_paragraph()
            run = p.add_run(b[1])
            run.italic = True
            run.font.size = Pt(8)
        else:
            raise ValueError(kind)

    save_docx(d, path, doc["created"])


# ---------------------------------------------------------------------------
# HTML (saved web page with site chrome around the document)
# ---------------------------------------------------------------------------
def build_html(name, doc, path):
    e = html.escape
    body = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            body.append('      <p class="doc-title"><strong>%s</strong></p>' % e(b[1]))
        elif kind == "center":
            body.append('      <p class="doc-subtitle"><em>%s</em></p>' % e(b[1]))
        elif kind == "p":
            body.append("      <p>%s</p>" % e(b[1]))
        elif kind == "rule":
            body.append('      <p class="centre">_______________</p>')
        elif kind == "np":
            body.append('      <p class="numbered"><span class="parnum">%s</span> %s</p>' % (e(b[1]), e(b[2])))
        else:
            raise ValueError(kind)
    sym, date = doc["symbol"], doc["date"]
    related = "\n".join('          <li><a href="%s">%s</a></li>' % (e(h), e(t)) for h, t in doc["related"])
    page = f"""<!DOCTYPE html>
<html lang="en">
<!-- saved from url=({len(doc["saved_from"]):04d}){doc["saved_from"]} -->
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(doc["page_title"])} | Documents online</title>
  <link rel="stylesheet" href="./jsi-update_files/site.css">
  <style>
    body {{ font-family: Arial, sans-serif; margin: 0; }}
    .cookie-banner {{ background: #222; color: #fff; padding: 12px; }}
    nav.main-menu ul {{ list-style: none; display: flex; gap: 18px; }}
    .breadcrumb {{ font-size: 12px; color: #555; }}
    .doc-title {{ text-align: center; }} .doc-subtitle {{ text-align: center; }}
    .centre {{ text-align: center; }}
    .parnum {{ display: inline-block; width: 2em; }}
    footer {{ background: #003366; color: #fff; padding: 20px; font-size: 12px; }}
  </style>
</head>
<body>
  <div class="cookie-banner" id="cookie-consent" role="dialog">
    <p>This site uses cookies to measure audience and improve your browsing experience.
    By continuing to browse, you accept the use of cookies. <a href="#privacy">Privacy policy</a></p>
    <button type="button">Accept all cookies</button> <button type="button">Only necessary cookies</button>
  </div>
  <header class="site-header">
    <a class="logo" href="#home">Trade Documents Online</a>
    <form class="search" role="search"><input type="search" placeholder="Search documents"><button>Search</button></form>
    <nav class="main-menu" aria-label="Main menu">
      <ul>
        <li><a href="#home">Home</a></li>
        <li><a href="#about">About the WTO</a></li>
        <li><a href="#news">News and events</a></li>
        <li><a href="#topics">Trade topics</a></li>
        <li><a href="#members">Members</a></li>
        <li><a href="#docs">Documents, data and resources</a></li>
        <li><a href="#languages">Français | Español</a></li>
      </ul>
    </nav>
  </header>
  <div class="breadcrumb" aria-label="Breadcrumb">
    <a href="#home">Home</a> &gt; <a href="#topics">Trade topics</a> &gt; <a href="#ecom">Electronic commerce</a> &gt;
    <a href="#jsi">Joint Statement Initiative</a> &gt; <span>Documents</span>
  </div>
  <div class="page">
    <aside class="sidebar">
      <h3>Electronic commerce</h3>
      <ul>
        <li><a href="#ecom-wp">Work Programme on Electronic Commerce</a></li>
        <li><a href="#jsi">Joint Statement Initiative</a></li>
        <li><a href="#moratorium">Moratorium on customs duties</a></li>
        <li><a href="#events">Events and workshops</a></li>
      </ul>
    </aside>
    <main id="content">
      <table class="doc-metadata">
        <tr><th>Document symbol</th><td>{e(sym)}</td></tr>
        <tr><th>Date of issue</th><td>{e(date)}</td></tr>
        <tr><th>Issued by</th><td>{e(doc["issued_by"])}</td></tr>
        <tr><th>Document type</th><td>Information document</td></tr>
        <tr><th>Available languages</th><td>English</td></tr>
        <tr><th>Format</th><td><a href="#pdf">PDF</a> | <a href="#word">Word</a></td></tr>
      </table>
      <div class="share">
        Share: <a href="#share-x">X</a> <a href="#share-linkedin">LinkedIn</a>
        <a href="#share-facebook">Facebook</a> <a href="#share-email">Email</a> <a href="#print">Print</a>
      </div>
      <article class="document">
      <div class="doc-header">
        <p class="symbol">{e(sym)}</p>
        <p class="date">{e(date)}</p>
        <p class="original">{e(doc["original"])}</p>
      </div>
{chr(10).join(body)}
      </article>
      <section class="related">
        <h2>Related documents</h2>
        <ul>
{related}
        </ul>
      </section>
    </main>
  </div>
  <footer>
    <ul class="footer-links">
      <li><a href="#contact">Contact us</a></li>
      <li><a href="#privacy">Privacy</a></li>
      <li><a href="#terms">Terms of use</a></li>
      <li><a href="#accessibility">Accessibility</a></li>
    </ul>
    <p>Page saved for the wtoqa test corpus. All content on this page was written for evaluation purposes.</p>
  </footer>
</body>
</html>
"""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(page)


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------
def build_md(name, doc, path):
    out = [
        "**%s**" % doc["org"], "",
        "%s  " % doc["symbol"],
        "%s  " % doc["date"],
        doc["job"], "",
        "%s  " % doc["body_line"],
        doc["original"], "",
        "---", "",
    ]
    titles_done = 0
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            out += ["%s %s" % ("#" if titles_done == 0 else "##", b[1]), ""]
            titles_done += 1
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "toc":
            out += ["### SUJETS TRAITÉS", ""]
            for entry in b[1]:
                num, text = entry.split(" ", 1)
                out.append("%s. %s" % (num, text))
            out.append("")
        elif kind == "h":
            out += ["## %s %s" % (b[1], b[2]), ""]
        elif kind == "np":
            out += ["%s %s" % (b[1], b[2]), ""]
        elif kind == "center":
            out += [b[1].replace("_", r"\_"), ""]
        else:
            raise ValueError(kind)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out).rstrip("\n") + "\n")


# ---------------------------------------------------------------------------
# Plain text as extracted from a PDF
# ---------------------------------------------------------------------------
def build_txt(name, doc, path, width=90, page_lines=44):
    def lr(left, right):
        return left + " " * max(1, width - len(left) - len(right)) + right

    body_line = textwrap.wrap(doc["body_line"], 52)
    lines = [
        lr(doc["org_lines"][0], doc["symbol"]),
        lr(doc["org_lines"][1], doc["date"]),
        lr("", doc["job"]),
        "",
        lr(body_line[0], doc["original"]),
    ] + body_line[1:] + [""]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            lines += ["", b[1].center(width).rstrip(), ""]
        elif kind == "center":
            lines += [b[1].center(width).rstrip(), ""]
        elif kind == "np":
            first = b[1].ljust(6) + b[2]
            lines += textwrap.wrap(first, width) + [""]
        else:
            raise ValueError(kind)
    # paginate
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= page_lines:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    return write_text_pages(path, pages, lambda i, total: [
        doc["symbol"].rjust(width), ("%s %d" % (doc["page_word"], i)).rjust(width), ""])


def write_text_pages(path, pages, running_header):
    """Pages of text separated by form feeds; pages 2ff. open with `running_header(n,
    total)`; no page ends on blank lines."""
    out = []
    for i, pg in enumerate(pages, 1):
        if i > 1:
            pg = running_header(i, len(pages)) + pg
        while pg and pg[-1] == "":
            pg = pg[:-1]
        out.append("\n".join(pg) + "\n")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\f".join(out))
    return pages


def build_all(docs, out, variants=None):
    """Write every document of `docs` and a metadata.json marking them as test documents.
    `variants`: builders by format for the documents marked "variant"."""
    os.makedirs(out, exist_ok=True)
    for name, doc in docs.items():
        path = os.path.join(out, name)
        fmt = doc["format"]
        builders = {"pdf": build_pdf, "docx": build_docx, "html": build_html,
                    "md": build_md, "txt": build_txt}
        if doc.get("variant"):
            builders = variants
        res = builders[fmt](name, doc, path)
        info = "%d page(s)" % len(res) if fmt in ("pdf", "txt") else ""
        print("wrote", name, "(variant)" if doc.get("variant") else "", info)
    meta = {"documents": {n: {"extra": {"test_document": True, "note": NOTE}} for n in sorted(docs)}}
    with open(os.path.join(out, "metadata.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
