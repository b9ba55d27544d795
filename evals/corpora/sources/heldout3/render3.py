"""Rendering variations for the heldout3 corpus, on top of ../render.py.

render.py is left untouched (heldout and heldout2 regenerate byte-identical files);
the variants here are used only by heldout3/build.py:

  build_pdf3   three-language letterhead, status line, two-line running header with
               "Page n of N" on pages 2ff.
  build_html3  saved page in the document's language; the document sits in an
               <article> next to a sidebar, with site navigation, related links, footer.
  build_txt3   text extracted from a PDF: form feeds, a two-line running header
               (symbol, "Página n de N"), headings and indented (a)/(b) sub-items.

Documents whose "variant" key is true go to these builders, the others to render.py's.
Written for wtoqa's evaluation from public facts; not official WTO texts.
"""
import html
import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import render  # noqa: E402
from render import FN_RE, NOTE, strip_markers  # noqa: E402,F401


def build_pdf3(name, doc, path):
    """Like render.build_pdf, with a three-language letterhead on page 1, a two-line running
    header (symbol, "Page n of N") on later pages and a status line (e.g. "Unrestricted")."""
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
    sup_size = size * 0.62

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
        top = H - TOP - (118 if not pages else 44)
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
        if pno == 1:
            y0 = H - TOP
            c.setFont("Helvetica-Bold", 11)
            for n, org in enumerate(doc["org_lines"]):
                c.drawString(LM, y0 - n * 13, org)
            c.setFont("Helvetica-Bold", 11)
            c.drawRightString(W - RM, y0, doc["symbol"])
            c.setFont("Helvetica", 10)
            c.drawRightString(W - RM, y0 - 14, doc["date"])
            c.setLineWidth(0.8)
            c.line(LM, y0 - 44, W - RM, y0 - 44)
            c.setFont("Helvetica", 9)
            c.drawString(LM, y0 - 58, doc["job"])
            c.drawRightString(W - RM, y0 - 58, doc["page_of"] % (pno, total))
            c.drawString(LM, y0 - 72, doc["body_line"])
            c.drawRightString(W - RM, y0 - 72, doc["original"])
            c.setFont("Helvetica-Bold", 9)
            c.drawString(LM, y0 - 86, doc["status"])
        else:
            c.setFont("Helvetica", 9)
            c.drawRightString(W - RM, H - 40, doc["symbol"])
            c.drawRightString(W - RM, H - 52, doc["page_of"] % (pno, total))
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


# ---------------------------------------------------------------------------
# HTML: saved page in the document's language, document in <article> next to a sidebar
# ---------------------------------------------------------------------------
CHROME = {
    "en": {
        "site": "Digital Trade Documents Library", "search": "Search the library", "go": "Go",
        "menu": ["Home", "Topics", "Negotiations", "Meetings", "Documents", "Statistics", "Français",
                 "Español"],
        "crumbs": ["Home", "Topics", "Electronic commerce"], "here": "Document",
        "side_title": "In this section",
        "side": ["Work Programme on Electronic Commerce", "Joint Statement Initiative",
                 "Moratorium on customs duties", "Capacity building", "Calendar of meetings"],
        "meta": ["Symbol", "Date", "Issued by", "Languages", "Download"],
        "langs": "English, French, Spanish", "related": "Related documents",
        "see_also": "See also", "print": "Print this page", "top": "Back to top",
        "footer": ["About this library", "Contact", "Privacy notice", "Terms of use", "Accessibility"],
        "saved": "Page saved for the wtoqa test corpus; its content was written for evaluation purposes.",
    },
    "es": {
        "site": "Biblioteca de documentos sobre comercio digital", "search": "Buscar en la biblioteca",
        "go": "Buscar",
        "menu": ["Inicio", "Temas", "Negociaciones", "Reuniones", "Documentos", "Estadísticas", "English",
                 "Français"],
        "crumbs": ["Inicio", "Temas", "Comercio electrónico"], "here": "Documento",
        "side_title": "En esta sección",
        "side": ["Programa de Trabajo sobre el Comercio Electrónico", "Iniciativa de la Declaración Conjunta",
                 "Moratoria sobre los derechos de aduana", "Creación de capacidad", "Calendario de reuniones"],
        "meta": ["Signatura", "Fecha", "Órgano", "Idiomas", "Descargar"],
        "langs": "español, francés, inglés", "related": "Documentos relacionados",
        "see_also": "Véase también", "print": "Imprimir esta página", "top": "Volver arriba",
        "footer": ["Acerca de la biblioteca", "Contacto", "Aviso de privacidad", "Condiciones de uso",
                   "Accesibilidad"],
        "saved": "Página guardada para el corpus de prueba de wtoqa; su contenido se redactó con fines de "
                 "evaluación.",
    },
}


def build_html3(name, doc, path):
    e = html.escape
    ch = CHROME[doc["lang"]]
    body = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            body.append('        <h1 class="doc-title">%s</h1>' % e(b[1]))
        elif kind == "center":
            body.append('        <p class="doc-subtitle">%s</p>' % e(b[1]))
        elif kind == "p":
            body.append("        <p>%s</p>" % e(b[1]))
        elif kind == "rule":
            body.append("        <hr>")
        elif kind == "h":
            body.append('        <h2><span class="secnum">%s</span> %s</h2>' % (e(b[1]), e(b[2])))
        elif kind == "np":
            body.append('        <p class="para" id="para-%s"><span class="num">%s</span> %s</p>'
                        % (e(b[1].rstrip(".")), e(b[1]), e(b[2])))
        elif kind == "sub":
            body.append('        <p class="subpara"><span class="num">%s</span> %s</p>' % (e(b[1]), e(b[2])))
        else:
            raise ValueError(kind)
    menu = "\n".join('        <li><a href="#m%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["menu"]))
    crumbs = " &rsaquo; ".join('<a href="#c%d">%s</a>' % (i, e(t)) for i, t in enumerate(ch["crumbs"]))
    side = "\n".join('          <li><a href="#s%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["side"]))
    related = "\n".join('          <li><a href="%s">%s</a></li>' % (e(h), e(t)) for h, t in doc["related"])
    see_also = "\n".join('          <li><a href="%s">%s</a></li>' % (e(h), e(t)) for h, t in doc["see_also"])
    footer = "\n".join('      <li><a href="#f%d">%s</a></li>' % (i, e(t)) for i, t in enumerate(ch["footer"]))
    m = ch["meta"]
    page = f"""<!DOCTYPE html>
<!-- saved from url=({len(doc["saved_from"]):04d}){doc["saved_from"]} -->
<html lang="{doc["lang"]}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{e(doc["symbol"])} – {e(doc["page_title"])} – {e(ch["site"])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./{e(name.rsplit(".", 1)[0])}_files/library.css">
<script src="./{e(name.rsplit(".", 1)[0])}_files/analytics.js"></script>
</head>
<body class="document-page">
<a class="skip" href="#main-content">{e(ch["top"])}</a>
<header id="top">
  <div class="brand"><a href="#home">{e(ch["site"])}</a></div>
  <form class="site-search" role="search"><label>{e(ch["search"])} <input type="text" name="q"></label>
  <button type="submit">{e(ch["go"])}</button></form>
  <nav class="primary" aria-label="primary">
    <ul>
{menu}
    </ul>
  </nav>
</header>
<p class="crumbs">{crumbs} &rsaquo; <span>{e(ch["here"])} {e(doc["symbol"])}</span></p>
<div class="layout">
  <aside class="sidebar">
    <h4>{e(ch["side_title"])}</h4>
    <ul>
{side}
    </ul>
    <h4>{e(ch["see_also"])}</h4>
    <ul>
{see_also}
    </ul>
  </aside>
  <div class="content-column">
    <dl class="doc-meta">
      <dt>{e(m[0])}</dt><dd>{e(doc["symbol"])}</dd>
      <dt>{e(m[1])}</dt><dd>{e(doc["date"])}</dd>
      <dt>{e(m[2])}</dt><dd>{e(doc["issued_by"])}</dd>
      <dt>{e(m[3])}</dt><dd>{e(ch["langs"])}</dd>
      <dt>{e(m[4])}</dt><dd><a href="#pdf">PDF</a> · <a href="#doc">Word</a></dd>
    </dl>
    <article id="main-content">
      <header class="doc-head">
        <p class="letterhead">{e(doc["letterhead"])}</p>
        <p class="restriction">{e(doc["status"])}</p>
        <p class="symbol">{e(doc["symbol"])}</p>
        <p class="date">{e(doc["date"])}</p>
        <p class="origlang">{e(doc["original"])}</p>
      </header>
{chr(10).join(body)}
    </article>
    <p class="tools"><a href="#print">{e(ch["print"])}</a> | <a href="#top">{e(ch["top"])}</a></p>
    <section class="related-docs">
      <h3>{e(ch["related"])}</h3>
      <ul>
{related}
      </ul>
    </section>
  </div>
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
# Plain text extracted from a PDF, two-line running header "symbol / Página n de N"
# ---------------------------------------------------------------------------
def build_txt3(name, doc, path, width=86, page_lines=46):
    def lr(left, right):
        return left + " " * max(1, width - len(left) - len(right)) + right

    lines = [
        lr(doc["org_lines"][0], doc["symbol"]),
        lr(doc["org_lines"][1], doc["date"]),
        lr(doc["status"], doc["job"]),
        "",
        lr(doc["body_line"], doc["original"]),
        "",
    ]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            lines += [b[1].center(width).rstrip()]
        elif kind == "center":
            lines += ["", b[1].center(width).rstrip(), ""]
        elif kind == "rule":
            lines += ["_______________".center(width).rstrip(), ""]
        elif kind == "h":
            lines += ["", "%s  %s" % (b[1], b[2]), ""]
        elif kind == "np":
            lines += textwrap.wrap(b[1].ljust(6) + b[2], width, subsequent_indent=" " * 6,
                                   break_on_hyphens=False) + [""]
        elif kind == "sub":
            lines += textwrap.wrap(b[1].ljust(5) + b[2], width, initial_indent=" " * 6,
                                   subsequent_indent=" " * 11, break_on_hyphens=False) + [""]
        elif kind == "p":
            lines += textwrap.wrap(b[1], width, break_on_hyphens=False) + [""]
        else:
            raise ValueError(kind)
    pages, cur = [], []
    for ln in lines:
        if not cur and not ln and pages:
            continue  # no blank line at the top of a page body
        cur.append(ln)
        if len(cur) >= page_lines:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    total = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        if i > 1:
            pg = [doc["symbol"], (doc["page_of"] % (i, total)).rjust(width), ""] + pg
        while pg and pg[-1] == "":
            pg = pg[:-1]
        out.append("\n".join(pg) + "\n")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\f".join(out))
    return pages


def build_all3(docs, out):
    """Like render.build_all: every document of `docs`, variants included, and a
    metadata.json marking them as test documents."""
    os.makedirs(out, exist_ok=True)
    for name, doc in docs.items():
        path = os.path.join(out, name)
        fmt = doc["format"]
        if doc.get("variant"):
            fn = {"pdf": build_pdf3, "html": build_html3, "txt": build_txt3}[fmt]
        else:
            fn = {"pdf": render.build_pdf, "docx": render.build_docx, "html": render.build_html,
                  "md": render.build_md, "txt": render.build_txt}[fmt]
        res = fn(name, doc, path)
        info = "%d page(s)" % len(res) if fmt in ("pdf", "txt") else ""
        print("wrote", name, "(variant)" if doc.get("variant") else "", info)
    meta = {"documents": {n: {"extra": {"test_document": True, "note": NOTE}} for n in sorted(docs)}}
    with open(os.path.join(out, "metadata.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
