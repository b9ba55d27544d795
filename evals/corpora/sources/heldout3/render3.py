"""Rendering variations for the heldout3 corpus, on top of ../render.py.

Used by heldout3/build.py through render.build_all's `variants` (VARIANTS):

  build_pdf3   render.build_pdf with another letterhead (letterhead3): three-language
               letterhead, status line, two-line running header with "Page n of N".
  build_html3  saved page in the document's language; the document sits in an
               <article> next to a sidebar, with site navigation, related links, footer.
  build_txt3   text extracted from a PDF: form feeds, a two-line running header
               (symbol, "Página n de N"), headings and indented (a)/(b) sub-items.

Documents whose "variant" key is true go to these builders, the others to render.py's.
Written for wtoqa's evaluation from public facts; not official WTO texts.
"""
import html
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import render  # noqa: E402


def letterhead3(c, doc, pno, total, W, H, LM, RM, TOP):
    """A three-language letterhead and a status line (e.g. "Unrestricted") on page 1, a
    two-line running header (symbol, "Page n of N") on later pages."""
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


def build_pdf3(name, doc, path):
    """render.build_pdf with letterhead3 and the room it takes."""
    return render.build_pdf(name, doc, path, furniture=letterhead3, skip=(118, 44))


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
    return render.write_text_pages(path, pages, lambda i, total: [
        doc["symbol"], (doc["page_of"] % (i, total)).rjust(width), ""])


#: The builders of the documents marked "variant" (render.build_all's `variants`).
VARIANTS = {"pdf": build_pdf3, "html": build_html3, "txt": build_txt3}
