"""Rendering for the heldout8 corpus: only what is new here; the rest is imported from
../heldout7/render7.py and ../render.py.  Used by heldout8/build.py through
render.build_all's `variants` (VARIANTS).

  PDF   render7's layout engine (build_pdf7) with one new page layout, "en_band": page 1
        has the symbol large on the left, organization / body / original language on the
        right, between a heavy top rule and a double rule; later pages carry the symbol and
        a running title over a rule, and "Page n of N" in a footer at the bottom.  Tables of
        such documents are drawn WITHOUT rules (the engine's rules are left out).  Headings
        numbered "I." / "A." come from the content.  The other PDFs use render7's layouts.
  HTML  saved pages of three other sites (cookie notice, top navigation, breadcrumb list,
        document card as a definition list, "see also" box, footer) with three footnote
        forms not used before: "aside" (each note in an <aside> right after its paragraph,
        calls not linked), "endnotes" (notes at the end under a heading, no back-links,
        calls as "(n)") and "details" (calls as <abbr title="note"> tooltips, notes in a
        collapsible <details> list).
  TXT   "plain": a plain-text edition, headings underlined, note calls as "[n]" and the
        notes at the end; "pdf": render7's text extracted from a PDF.
  DOCX, MD: render7's builders.
Every file carries render.NOTE (written for wtoqa's evaluation, not an official WTO text):
as a last line of the text, or in the page footer.  Deterministic: the same DOCS give
byte-identical files.
"""
import contextlib
import html
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "heldout7"))
import render  # noqa: E402
import render7  # noqa: E402

FN_RE = render.FN_RE


def with_note(doc):
    """The document with render.NOTE as its last (italic) paragraph."""
    return dict(doc, blocks=list(doc["blocks"]) + [("p", render.NOTE)])


# ---------------------------------------------------------------------------
# PDF: the "en_band" layout and tables without rules
# ---------------------------------------------------------------------------
def furniture_en_band(c, doc, pno, total, W, H, LM, RM, TOP):
    """Rules as (line width, height); texts as (font, size, alignment, height, text)."""
    y0 = H - TOP
    if pno == 1:
        rules = [(2.2, y0 + 12), (0.6, y0 - 50), (0.6, y0 - 53)]
        texts = [("Helvetica-Bold", 15, "left", y0 - 10, doc["symbol"]),
                 ("Helvetica", 9.5, "left", y0 - 26, doc["date"]),
                 ("Helvetica", 8.5, "left", y0 - 40, doc["job"]),
                 ("Helvetica-Bold", 9, "right", y0 - 4, doc["org"]),
                 ("Helvetica-Oblique", 9, "right", y0 - 19, doc["body_line"]),
                 ("Helvetica", 9, "right", y0 - 34, doc["original"])]
    else:
        rules = [(0.6, H - 46)]
        texts = [("Helvetica", 8.5, "left", H - 40, doc["symbol"]),
                 ("Helvetica-Oblique", 8.5, "right", H - 40, doc["running_title"]),
                 ("Helvetica", 8.5, "centre", 36, "Page %d of %d" % (pno, total))]
    for width, y in rules:
        c.setLineWidth(width)
        c.line(LM, y, W - RM, y)
    for font, size, align, y, text in texts:
        c.setFont(font, size)
        if align == "left":
            c.drawString(LM, y, text)
        elif align == "right":
            c.drawRightString(W - RM, y, text)
        else:
            c.drawCentredString(W / 2, y, text)


render7.FURNITURE["en_band"] = (furniture_en_band, (70, 10))
UNRULED = ("en_band",)


@contextlib.contextmanager
def tables_without_rules():
    """While building, the canvas leaves out the full-measure 0.5 pt lines that the
    engine draws above, under and below a table (footnote rules are shorter; the page
    furniture uses other widths)."""
    from reportlab.pdfgen import canvas as module

    base = module.Canvas

    class Unruled(base):
        def line(self, x1, y1, x2, y2):
            measure = self._pagesize[0] - 2 * 72
            if self._lineWidth == 0.5 and y1 == y2 and abs(x2 - x1 - measure) < 0.01:
                return
            base.line(self, x1, y1, x2, y2)

    module.Canvas = Unruled
    try:
        yield
    finally:
        module.Canvas = base


def build_pdf8(name, doc, path):
    if doc["layout"] in UNRULED:
        with tables_without_rules():
            return render7.build_pdf7(name, with_note(doc), path)
    return render7.build_pdf7(name, with_note(doc), path)


def build_docx8(name, doc, path):
    return render7.build_docx7(name, with_note(doc), path)


def build_md8(name, doc, path):
    return render7.build_md7(name, with_note(doc), path)


# ---------------------------------------------------------------------------
# Plain text edition
# ---------------------------------------------------------------------------
def build_txt8(name, doc, path, width=76):
    if doc["txt_style"] == "pdf":
        return render7.build_txt7(name, with_note(doc), path)

    def calls(text):
        return FN_RE.sub(lambda m: "[%s]" % m.group(1), text)

    def para(text, first="", rest=""):
        return textwrap.wrap(calls(text), width, initial_indent=first, subsequent_indent=rest,
                             break_on_hyphens=False, break_long_words=False)

    def pair(left, right):
        return left + " " * max(2, width - len(left) - len(right)) + right

    out = [pair(doc["org_lines"][0], doc["symbol"]), pair(doc["org_lines"][1], doc["date"]),
           pair("", doc["job"]), "", pair(doc["body_line"], doc["original"]), ""]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            out += ["", calls(b[1]).center(width).rstrip(), ("=" * len(b[1])).center(width).rstrip(), ""]
        elif kind == "center":
            out += [calls(b[1]).center(width).rstrip(), ""]
        elif kind == "p":
            out += para(b[1]) + [""]
        elif kind == "np":
            out += para(b[2], b[1].ljust(5), " " * 5) + [""]
        elif kind == "sub":
            out += para(b[2], "     " + b[1].ljust(4), " " * 9) + [""]
        else:
            raise ValueError(kind)
    if doc["footnotes"]:
        out += ["", "Notes", "-----", ""]
        for k, v in doc["footnotes"].items():
            out += para(v, "[%s] " % k, " " * (len(k) + 3))
    out += ["", "-- " + render.NOTE]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    return [out]


# ---------------------------------------------------------------------------
# Saved web pages
# ---------------------------------------------------------------------------
SITES = {
    "en": dict(
        name="Trade & Environment Document Hub", notes="Footnotes", see="See also", card="About this document",
        cookie="This hub stores small files on your device to keep you signed in and to count visits. "
               "Analytics cookies are optional.",
        buttons=("Allow all", "Essential only", "Manage choices"),
        nav=("Home", "Committees", "Documents", "Events", "Databases", "Help"),
        crumbs=("Home", "Documents", "Committee on Trade and Environment", "Information sessions"),
        foot=("Accessibility statement", "Privacy", "Cookies", "Contact the hub team"),
        rights="Trade & Environment Document Hub, 2025."),
    "fr": dict(
        name="Observatoire du commerce numérique", notes="Notes", see="À lire aussi", card="Fiche du document",
        cookie="Avec votre accord, nous utilisons des cookies de mesure d'audience. Les cookies techniques "
               "sont indispensables au fonctionnement du site.",
        buttons=("J'accepte", "Je refuse", "Personnaliser"),
        nav=("Accueil", "Actualités", "Documents", "Thématiques", "Agenda", "À propos"),
        crumbs=("Accueil", "Documents", "OMC", "Commerce électronique"),
        foot=("Mentions légales", "Données personnelles", "Gestion des cookies", "Plan du site", "Contact"),
        rights="Observatoire du commerce numérique, 2020."),
    "es": dict(
        name="Biblioteca Digital de Comercio Internacional", notes="Notas", see="Documentos relacionados",
        card="Ficha del documento",
        cookie="Este sitio utiliza cookies propias y de terceros para fines analíticos. Puede aceptarlas, "
               "rechazarlas o configurar su uso.",
        buttons=("Aceptar", "Rechazar", "Configurar"),
        nav=("Inicio", "Colecciones", "OMC", "Otros organismos", "Buscar", "Ayuda"),
        crumbs=("Inicio", "Colecciones", "OMC", "Comité de Comercio y Desarrollo"),
        foot=("Aviso legal", "Política de privacidad", "Política de cookies", "Accesibilidad", "Contacto"),
        rights="Biblioteca Digital de Comercio Internacional, 2024."),
}
PAGE_CSS = """    body { font: 15px/1.5 Georgia, serif; margin: 0 auto; max-width: 62em; }
    .cookie-notice { background: #f4efe1; border: 1px solid #c9b98a; padding: .8em 1em; }
    .topnav a { margin-right: 1.4em; } .crumbs li { display: inline; } .crumbs li + li::before { content: " / "; }
    .np .n { display: inline-block; width: 2.6em; } .sub { margin-left: 3.2em; }
    aside.sidenote { font-size: .85em; border-left: 3px solid #999; margin: .3em 0 .8em 2.6em; padding-left: .6em; }
    table.tbl td, table.tbl th { padding: .2em .6em; text-align: left; }
    .page-foot { border-top: 1px solid #ccc; font-size: .8em; margin-top: 3em; }"""


def build_html8(name, doc, path):
    esc = html.escape
    site = SITES[doc["lang"]]
    style = doc["notes_style"]
    notes = doc["footnotes"]

    def inline(text):
        out, pos = [], 0
        for m in FN_RE.finditer(text):
            out.append(esc(text[pos:m.start()], quote=False))
            k = m.group(1)
            if style == "aside":
                out.append('<sup class="sn-ref">%s</sup>' % k)
            elif style == "endnotes":
                out.append("<sup>(%s)</sup>" % k)
            else:
                out.append('<sup><abbr class="fn-tip" title="%s">%s</abbr></sup>' % (esc(notes[k]), k))
            pos = m.end()
        out.append(esc(text[pos:], quote=False))
        return "".join(out)

    def asides(text):
        if style != "aside":
            return []
        return ['        <aside class="sidenote" id="sn-%s" role="note"><b>%s</b> %s</aside>'
                % (k, k, esc(notes[k], quote=False)) for k in FN_RE.findall(text)]

    body, first_title = [], True
    for b in doc["blocks"]:
        kind, text = b[0], b[-1] if b[0] != "table" else None
        if kind == "title":
            tag = "h1" if first_title else 'p class="title"'
            body.append("        <%s>%s</%s>" % (tag, inline(text), tag.split()[0]))
            first_title = False
        elif kind == "center":
            body.append('        <p class="centre"><em>%s</em></p>' % inline(text))
        elif kind == "p":
            body.append('        <p class="intro">%s</p>' % inline(text))
        elif kind == "h":
            body.append('        <h2 class="sec">%s %s</h2>' % (esc(b[1]), inline(text)))
        elif kind == "np":
            body.append('        <p class="np"><span class="n">%s</span> %s</p>' % (esc(b[1]), inline(text)))
        elif kind == "sub":
            body.append('        <p class="sub">%s %s</p>' % (esc(b[1]), inline(text)))
        elif kind == "caption":
            body.append('        <table class="tbl">\n          <caption>%s</caption>' % inline(text))
        elif kind == "table":
            head, rows = b[1][0], b[1][1:]
            body.append("          <thead><tr>%s</tr></thead>" % "".join("<th>%s</th>" % esc(c) for c in head))
            body.append("          <tbody>")
            body += ["            <tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in rows]
            body.append("          </tbody>\n        </table>")
        elif kind == "source":
            body.append('        <p class="tbl-source"><small>%s</small></p>' % inline(text))
        else:
            raise ValueError(kind)
        if kind != "table":
            body += asides(text)
    if style == "endnotes":
        body.append('        <h2 class="notes-heading">%s</h2>' % site["notes"])
        body += ['        <p class="endnote">%s. %s</p>' % (k, esc(v, quote=False)) for k, v in notes.items()]
    elif style == "details":
        body.append('        <details class="fn-list" open>\n          <summary>%s</summary>\n          <ol>'
                    % site["notes"])
        body += ['            <li value="%s">%s</li>' % (k, esc(v, quote=False)) for k, v in notes.items()]
        body.append("          </ol>\n        </details>")

    def links(items, fmt):
        return "\n".join(fmt % (i, esc(t)) for i, t in enumerate(items))

    letterhead = "\n".join('          <div class="lh-%s">%s</div>' % (k, esc(doc[k]))
                           for k in ("org", "symbol", "date", "job", "body_line", "original") if doc.get(k))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="%s">' % doc["lang"],
        "<!-- saved from url=(%04d)%s -->" % (len(doc["saved_from"]), doc["saved_from"]),
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        "  <title>%s · %s</title>" % (esc(doc["page_title"]), esc(site["name"])),
        "  <style>\n%s\n  </style>" % PAGE_CSS,
        '  <script src="./%s_files/consent.js" defer></script>' % os.path.splitext(name)[0],
        "</head>",
        "<body>",
        '  <section id="consent" class="cookie-notice" aria-label="cookies">',
        "    <p>%s</p>" % esc(site["cookie"]),
        "    " + " ".join('<button type="button" data-choice="%d">%s</button>' % (i, esc(t))
                          for i, t in enumerate(site["buttons"])),
        "  </section>",
        '  <div class="brand"><a href="#top">%s</a></div>' % esc(site["name"]),
        '  <nav class="topnav">',
        links(site["nav"], '    <a href="#nav-%d">%s</a>'),
        "  </nav>",
        '  <ol class="crumbs">',
        links(site["crumbs"], '    <li><a href="#crumb-%d">%s</a></li>'),
        "    <li>%s</li>" % esc(doc["symbol"]),
        "  </ol>",
        '  <main id="top">',
        '    <dl class="doc-card" aria-label="%s">' % esc(site["card"]),
        "\n".join("      <dt>%s</dt><dd>%s</dd>" % (esc(k), esc(v)) for k, v in doc["card"]),
        "    </dl>",
        '    <div class="document">',
        '      <header class="lh">\n%s\n      </header>' % letterhead,
        "      <div class=\"doc-body\">",
        "\n".join(body),
        "      </div>",
        "    </div>",
        '    <div class="see-also">',
        "      <h3>%s</h3>" % esc(site["see"]),
        "      <ul>",
        links(doc["related"], '        <li><a href="#see-%d">%s</a></li>'),
        "      </ul>",
        "    </div>",
        "  </main>",
        '  <footer class="page-foot">',
        "    <p>%s</p>" % " | ".join('<a href="#foot-%d">%s</a>' % (i, esc(t)) for i, t in enumerate(site["foot"])),
        "    <p>%s</p>" % esc(render.NOTE),
        "    <p>&copy; %s</p>" % esc(site["rights"]),
        "  </footer>",
        "</body>",
        "</html>",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(parts) + "\n")
    return []


VARIANTS = {"pdf": build_pdf8, "docx": build_docx8, "html": build_html8, "md": build_md8, "txt": build_txt8}
