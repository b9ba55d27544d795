"""Rendering for the heldout9 corpus: only what is new here; the rest is imported from
../heldout7/render7.py and ../render.py.  Used by heldout9/build.py through
render.build_all's `variants` (VARIANTS).

  PDF   render7's layout engine (build_pdf7).  One new page layout, "two_line": page 1
        has the organization on two lines at the left and the symbol (large) with the
        date and job number at the right, a heavy rule, then body and original language;
        later pages carry the symbol (left) and the date (right) over a hairline, and the
        page number as "n/N" at the foot of the page (right).  In that layout the rule
        above the footnotes is short (54 pt) and the notes are set one point smaller than
        render7's.  The other PDFs use render7's "fr_one" and "es_minutes" layouts.
  HTML  saved pages of three further sites, with three footnote forms not used before:
        "pandoc" (calls as linked superscripts, notes in a <section class="footnotes">
        after a rule, with back-links), "dl" (calls as "[n]", notes in a definition list
        under a heading) and "popover" (calls as buttons, each note in a popover <div>
        right after its paragraph).  The document sits in an <article> only ("article"),
        in <main> ("main") or in neither ("none").
  MD    "metatable": a pipe table of the document's particulars, then the text, each
        footnote definition right after the paragraph that first calls it; "setext":
        setext headings (=== / ---), footnote definitions at the end.
  TXT   "memo": a plain-text export (particulars as "Label: value" lines, headings
        underlined, calls as superscript digits glued to the word, notes at the end under
        a heading); "pdf": render7's text extracted from a PDF.
  DOCX  render7's builder.
Every file carries render.NOTE (written for wtoqa's evaluation, not an official WTO text).
Deterministic: the same DOCS give byte-identical files.
"""
import contextlib
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
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def with_note(doc):
    """The document with render.NOTE as its last (italic) paragraph."""
    return dict(doc, blocks=list(doc["blocks"]) + [("p", render.NOTE)])


# ---------------------------------------------------------------------------
# PDF: the "two_line" layout
# ---------------------------------------------------------------------------
def furniture_two_line(c, doc, pno, total, W, H, LM, RM, TOP):
    y0 = H - TOP
    if pno == 1:
        c.setFont("Times-Bold", 13)
        c.drawString(LM, y0, doc["org_lines"][0])
        c.drawString(LM, y0 - 15, doc["org_lines"][1])
        c.setFont("Times-Bold", 16)
        c.drawRightString(W - RM, y0, doc["symbol"])
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - RM, y0 - 15, doc["date"])
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - RM, y0 - 28, doc["job"])
        c.setLineWidth(1.6)
        c.line(LM, y0 - 36, W - RM, y0 - 36)
        c.setFont("Times-Italic", 10)
        c.drawString(LM, y0 - 52, doc["body_line"])
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - RM, y0 - 52, doc["original"])
    else:
        c.setFont("Times-Roman", 9)
        c.drawString(LM, H - 40, doc["symbol"])
        c.setFont("Times-Italic", 9)
        c.drawRightString(W - RM, H - 40, doc["date"])
        c.setLineWidth(0.3)
        c.line(LM, H - 45, W - RM, H - 45)
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - RM, 34, "%d/%d" % (pno, total))


render7.FURNITURE["two_line"] = (furniture_two_line, (72, 6))
SHORT_NOTES = ("two_line",)
NOTE_RULE = 54


@contextlib.contextmanager
def short_note_rule(size):
    """While building, the canvas draws the 140 pt rule above the footnotes as a short
    rule and sets the footnote text (drawn at the left margin + 14 pt in the engine's
    footnote size) one point smaller."""
    from reportlab.pdfgen import canvas as module

    base = module.Canvas
    fn_size = size - 2

    class ShortNotes(base):
        def line(self, x1, y1, x2, y2):
            if self._lineWidth == 0.5 and y1 == y2 and abs(x2 - x1 - 140) < 0.01:
                x2 = x1 + NOTE_RULE
            base.line(self, x1, y1, x2, y2)

        def drawString(self, x, y, text, *args, **kwargs):
            if abs(x - 86) < 0.01 and abs(self._fontsize - fn_size) < 0.01:
                base.setFont(self, self._fontname, fn_size - 1)
            base.drawString(self, x, y, text, *args, **kwargs)

    module.Canvas = ShortNotes
    try:
        yield
    finally:
        module.Canvas = base


def build_pdf9(name, doc, path):
    if doc["layout"] in SHORT_NOTES:
        with short_note_rule(doc["size"]):
            return render7.build_pdf7(name, with_note(doc), path)
    return render7.build_pdf7(name, with_note(doc), path)


def build_docx9(name, doc, path):
    return render7.build_docx7(name, with_note(doc), path)


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------
MD_LABELS = {
    "en": ("Particular", "Value", "Symbol", "Date", "Job number", "Body", "Original language"),
    "fr": ("Rubrique", "Valeur", "Cote", "Date", "Numéro", "Organe", "Langue originale"),
    "es": ("Dato", "Valor", "Signatura", "Fecha", "Número", "Órgano", "Idioma original"),
}


def build_md9(name, doc, path):
    doc = with_note(doc)
    style = doc["md_style"]
    notes = doc["footnotes"]
    out = []
    if style == "metatable":
        lab = MD_LABELS[doc["lang"]]
        out += ["| %s | %s |" % lab[:2], "|---|---|",
                "| %s | %s |" % (lab[2], doc["symbol"]), "| %s | %s |" % (lab[3], doc["date"]),
                "| %s | %s |" % (lab[4], doc["job"]), "| %s | %s |" % (lab[5], doc["body_line"]),
                "| %s | %s |" % (lab[6], doc["original"].split(":", 1)[1].strip()), "",
                "*%s*" % doc["org"], ""]
    else:
        out += [doc["org"], "", "%s · %s · %s  " % (doc["symbol"], doc["date"], doc["job"]),
                "%s · %s" % (doc["body_line"], doc["original"]), ""]
    done = set()

    def pending(text):
        """Footnote definitions right after the paragraph that first calls them."""
        if style != "metatable":
            return []
        lines = []
        for k in FN_RE.findall(text):
            if k not in done:
                done.add(k)
                lines.append("[^%s]: %s" % (k, notes[k]))
        return lines + [""] if lines else []

    titles = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[-1]
        if kind == "title":
            if style == "setext":
                out += [text, ("=" if titles == 0 else "-") * len(text), ""]
            else:
                out += ["%s %s" % ("#" if titles == 0 else "##", text), ""]
            titles += 1
        elif kind == "center":
            out += ["*%s*" % text, ""]
        elif kind == "p":
            out += ["_%s_" % text, ""]
        elif kind == "h":
            head = "%s %s" % (b[1], text)
            out += ([head, "-" * len(head), ""] if style == "setext" else ["### " + head, ""])
        elif kind == "np":
            out += ["**%s** %s" % (b[1], text), ""]
        elif kind == "sub":
            out += ["- %s %s" % (b[1], text), ""]
        elif kind == "caption":
            out += ["**%s**" % text, ""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join(":---" if i == 0 else "---:" for i in range(len(rows[0]))) + "|")
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
        elif kind == "source":
            out += ["<small>%s</small>" % text, ""]
        else:
            raise ValueError(kind)
        if kind != "table":
            out += pending(text)
    if style == "setext":
        out += ["* * *", ""] + ["[^%s]: %s" % (k, v) for k, v in notes.items()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.rstrip("\n") + "\n")
    return []


# ---------------------------------------------------------------------------
# Plain-text export
# ---------------------------------------------------------------------------
TXT_LABELS = {
    "es": ("Signatura", "Fecha", "Número", "Órgano", "Idioma original", "NOTAS"),
    "fr": ("Cote", "Date", "Numéro", "Organe", "Langue originale", "NOTES"),
    "en": ("Symbol", "Date", "Job number", "Body", "Original language", "NOTES"),
}


def build_txt9(name, doc, path, width=78):
    if doc["txt_style"] == "pdf":
        return render7.build_txt7(name, with_note(doc), path)
    lab = TXT_LABELS[doc["lang"]]

    def calls(text):
        return FN_RE.sub(lambda m: m.group(1).translate(SUPERSCRIPT), text)

    def para(text, first="", rest=""):
        return textwrap.wrap(calls(text), width, initial_indent=first, subsequent_indent=rest,
                             break_on_hyphens=False, break_long_words=False)

    out = [doc["org"], "=" * len(doc["org"]), ""]
    pairs = [(lab[0], doc["symbol"]), (lab[1], doc["date"]), (lab[2], doc["job"]), (lab[3], doc["body_line"]),
             (lab[4], doc["original"].split(":", 1)[1].strip())]
    out += ["%-17s %s" % (k + ":", v) for k, v in pairs] + [""]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            t = calls(b[1])
            out += ["", t.center(width).rstrip(), ("~" * len(t)).center(width).rstrip(), ""]
        elif kind == "center":
            out += [calls(b[1]).center(width).rstrip(), ""]
        elif kind == "p":
            out += para(b[1]) + [""]
        elif kind == "h":
            t = "%s %s" % (b[1], calls(b[2]))
            out += [t, "-" * len(t), ""]
        elif kind == "np":
            out += para(b[2], b[1].ljust(7), " " * 7) + [""]
        elif kind == "sub":
            out += para(b[2], "       " + b[1].ljust(4), " " * 11) + [""]
        else:
            raise ValueError(kind)
    if doc["footnotes"]:
        out += ["", lab[5], "-" * len(lab[5]), ""]
        for k, v in doc["footnotes"].items():
            out += para(v, k.translate(SUPERSCRIPT) + " ", "  ")
    out += ["", "[%s]" % render.NOTE]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    return [out]


# ---------------------------------------------------------------------------
# Saved web pages
# ---------------------------------------------------------------------------
SITES = {
    "en": dict(
        name="Goods Council Papers", cookie="Cookies help us run this archive. We also use optional cookies "
        "to understand how visitors find documents.", buttons=("OK, accept", "Reject optional", "Preferences"),
        nav=("Home", "Councils", "Committees", "Search the archive", "Subscribe", "Contact"),
        crumbs=("Home", "Councils", "Council for Trade in Goods", "Information sessions"),
        meta="Document details", related="Related documents", share="Share this page",
        share_items=("Email", "LinkedIn", "X", "Copy link"), notes="Notes",
        foot=("About the archive", "Privacy", "Cookies", "Accessibility", "Contact"),
        rights="Goods Council Papers archive, 2020."),
    "fr": dict(
        name="Portail des marchés publics internationaux", cookie="Ce portail dépose des cookies de mesure "
        "d'audience si vous y consentez. Les cookies de session sont nécessaires à la recherche.",
        buttons=("Accepter", "Refuser", "Choisir"),
        nav=("Accueil", "Accords", "Comités", "Documents", "Formation", "Contact"),
        crumbs=("Accueil", "Documents", "Comité des marchés publics", "Ateliers"),
        meta="Références", related="Documents associés", share="Partager la page",
        share_items=("Courriel", "LinkedIn", "Facebook", "Imprimer"), notes="Notes",
        foot=("Mentions légales", "Confidentialité", "Cookies", "Accessibilité", "Nous écrire"),
        rights="Portail des marchés publics internationaux, 2013."),
    "es": dict(
        name="Observatorio de Comercio Digital", cookie="Usamos cookies técnicas y, con su permiso, cookies "
        "de análisis para mejorar el sitio.", buttons=("Aceptar todas", "Solo técnicas", "Configurar"),
        nav=("Inicio", "Temas", "Documentos", "Eventos", "Datos", "Quiénes somos"),
        crumbs=("Inicio", "Documentos", "OMC", "Consejo General", "Sesiones informativas"),
        meta="Datos del documento", related="Documentos relacionados", share="Compartir",
        share_items=("Correo", "LinkedIn", "X", "WhatsApp", "Copiar enlace"), notes="Notas",
        foot=("Aviso legal", "Privacidad", "Cookies", "Accesibilidad", "Contacto"),
        rights="Observatorio de Comercio Digital, 2026."),
}
PAGE_CSS = """    body { font: 16px/1.55 "Source Sans Pro", Arial, sans-serif; margin: 0; }
    .consent { position: fixed; left: 0; right: 0; bottom: 0; background: #0b3d2e; color: #fff; padding: 1em; }
    .site-nav ul, .bc ol { list-style: none; display: flex; gap: 1em; padding: 0; }
    .bc li + li::before { content: "\\203A"; margin-right: .5em; }
    .pn { display: inline-block; min-width: 2.4em; font-weight: bold; }
    .sub { margin-left: 2.4em; } table.grid th, table.grid td { border: 1px solid #bbb; padding: .2em .5em; }
    .footnotes { font-size: .9em; } dl.notes dt { float: left; margin-right: .5em; }
    [popover] { max-width: 30em; border: 1px solid #666; padding: .6em; font-size: .9em; }
    .site-foot { background: #eee; margin-top: 3em; padding: 1em 2em; font-size: .85em; }"""


def build_html9(name, doc, path):
    esc = html.escape
    site = SITES[doc["lang"]]
    style = doc["notes_style"]
    notes = doc["footnotes"]
    ind = "        "

    def inline(text):
        out, pos = [], 0
        for m in FN_RE.finditer(text):
            out.append(esc(text[pos:m.start()], quote=False))
            k = m.group(1)
            if style == "pandoc":
                out.append('<a href="#fn%s" class="footnote-ref" id="fnref%s" role="doc-noteref"><sup>%s</sup></a>'
                           % (k, k, k))
            elif style == "dl":
                out.append('<sup class="call">[%s]</sup>' % k)
            else:
                out.append('<button type="button" class="nota-ref" popovertarget="nota-%s">%s</button>' % (k, k))
            pos = m.end()
        out.append(esc(text[pos:], quote=False))
        return "".join(out)

    def popovers(text):
        if style != "popover":
            return []
        return ['%s<div id="nota-%s" class="nota" popover>%s. %s</div>' % (ind, k, k, esc(notes[k], quote=False))
                for k in FN_RE.findall(text)]

    body, first = [], True
    for b in doc["blocks"]:
        kind = b[0]
        text = b[-1] if kind != "table" else ""
        if kind == "title":
            tag = "h1" if first else "h2"
            body.append("%s<%s class=\"doc-title\">%s</%s>" % (ind, tag, inline(text), tag))
            first = False
        elif kind == "center":
            body.append('%s<p class="doc-sub"><em>%s</em></p>' % (ind, inline(text)))
        elif kind == "p":
            body.append('%s<p class="doc-note"><em>%s</em></p>' % (ind, inline(text)))
        elif kind == "h":
            body.append("%s<h3>%s %s</h3>" % (ind, esc(b[1]), inline(text)))
        elif kind == "np":
            body.append('%s<p class="np"><span class="pn">%s</span> %s</p>' % (ind, esc(b[1]), inline(text)))
        elif kind == "sub":
            body.append('%s<p class="sub">%s %s</p>' % (ind, esc(b[1]), inline(text)))
        elif kind == "caption":
            body.append('%s<figure class="tbl">\n%s  <figcaption>%s</figcaption>' % (ind, ind, inline(text)))
        elif kind == "table":
            rows = b[1]
            if "<figcaption>" not in body[-1]:
                body.append('%s<figure class="tbl">' % ind)
            body.append('%s  <table class="grid">' % ind)
            body.append("%s    <thead><tr>%s</tr></thead>" % (ind, "".join('<th scope="col">%s</th>' % esc(c)
                                                                           for c in rows[0])))
            body.append("%s    <tbody>" % ind)
            body += ["%s      <tr>%s</tr>" % (ind, "".join("<td>%s</td>" % esc(c) for c in r)) for r in rows[1:]]
            body.append("%s    </tbody>\n%s  </table>\n%s</figure>" % (ind, ind, ind))
        elif kind == "source":
            body.append('%s<p class="tbl-source"><small>%s</small></p>' % (ind, inline(text)))
        else:
            raise ValueError(kind)
        if kind != "table":
            body += popovers(text)
    if style == "pandoc":
        body.append('%s<section class="footnotes" role="doc-endnotes">\n%s  <hr>\n%s  <ol>' % (ind, ind, ind))
        body += ['%s    <li id="fn%s"><p>%s <a href="#fnref%s" class="footnote-back" role="doc-backlink">'
                 '&#8617;&#xFE0E;</a></p></li>' % (ind, k, esc(v, quote=False), k) for k, v in notes.items()]
        body.append("%s  </ol>\n%s</section>" % (ind, ind))
    elif style == "dl":
        body.append('%s<h3 class="notes-title">%s</h3>\n%s<dl class="notes">' % (ind, site["notes"], ind))
        body += ['%s  <dt id="note-%s">[%s]</dt><dd>%s</dd>' % (ind, k, k, esc(v, quote=False))
                 for k, v in notes.items()]
        body.append("%s</dl>" % ind)

    def lis(items, fmt, pad):
        return "\n".join(pad + fmt % (i, esc(t)) for i, t in enumerate(items))

    letterhead = "\n".join('%s  <p class="lh-%s">%s</p>' % (ind, k.replace("_", "-"), esc(doc[k]))
                           for k in ("org", "symbol", "date", "job", "body_line", "original") if doc.get(k))
    document = "\n".join([
        '%s<header class="letterhead">' % ind, letterhead, "%s</header>" % ind] + body)
    meta = "\n".join("        <tr><th>%s</th><td>%s</td></tr>" % (esc(k), esc(v)) for k, v in doc["card"])
    wrapper = doc["wrapper"]
    if wrapper == "article":
        opening, closing = '    <article class="wto-document" id="document">', "    </article>"
    elif wrapper == "main":
        opening, closing = '    <main id="contenu">\n      <div class="document">', "      </div>\n    </main>"
    else:
        opening, closing = '    <div id="contenido" class="contenido">\n      <div class="documento">', \
            "      </div>\n    </div>"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="%s">' % doc["lang"],
        "<!-- saved from url=(%04d)%s -->" % (len(doc["saved_from"]), doc["saved_from"]),
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        '  <meta name="description" content="%s">' % esc(doc["page_title"]),
        "  <title>%s — %s</title>" % (esc(doc["page_title"]), esc(site["name"])),
        '  <link rel="stylesheet" href="./%s_files/portal.css">' % os.path.splitext(name)[0],
        "  <style>\n%s\n  </style>" % PAGE_CSS,
        "  <script>window.consentGiven = false;</script>",
        "</head>",
        "<body>",
        '  <div class="consent" id="consent-banner" role="dialog" aria-modal="false">',
        "    <p>%s</p>" % esc(site["cookie"]),
        "    " + " ".join('<button type="button" class="consent-%d">%s</button>' % (i, esc(t))
                          for i, t in enumerate(site["buttons"])),
        "  </div>",
        '  <header class="site-head">',
        '    <a class="brand" href="#inicio">%s</a>' % esc(site["name"]),
        '    <nav class="site-nav" aria-label="menu">',
        "      <ul>",
        lis(site["nav"], '<li><a href="#menu-%d">%s</a></li>', "        "),
        "      </ul>",
        "    </nav>",
        "  </header>",
        '  <nav class="bc" aria-label="breadcrumb">',
        "    <ol>",
        lis(site["crumbs"], '<li><a href="#bc-%d">%s</a></li>', "      "),
        '      <li aria-current="page">%s</li>' % esc(doc["symbol"]),
        "    </ol>",
        "  </nav>",
        '  <div class="layout">',
        opening,
        '      <table class="doc-meta">',
        "        <caption>%s</caption>" % esc(site["meta"]),
        meta,
        "      </table>",
        document,
        '      <div class="share-buttons" aria-label="%s">' % esc(site["share"]),
        "        <span>%s:</span>" % esc(site["share"]),
        lis(site["share_items"], '<a class="share" href="#share-%d">%s</a>', "        "),
        "      </div>",
        closing,
        '    <aside class="related">',
        "      <h2>%s</h2>" % esc(site["related"]),
        "      <ul>",
        lis(doc["related"], '<li><a href="#rel-%d">%s</a></li>', "        "),
        "      </ul>",
        "    </aside>",
        "  </div>",
        '  <footer class="site-foot">',
        "    <ul>",
        lis(site["foot"], '<li><a href="#pie-%d">%s</a></li>', "      "),
        "    </ul>",
        "    <p>%s</p>" % esc(render.NOTE),
        "    <p>&copy; %s</p>" % esc(site["rights"]),
        "  </footer>",
        "</body>",
        "</html>",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(parts) + "\n")
    return []


VARIANTS = {"pdf": build_pdf9, "docx": build_docx9, "html": build_html9, "md": build_md9, "txt": build_txt9}
