"""Rendering for the heldout10 corpus: only what is new here; the rest is imported from
../heldout9/render9.py, ../heldout7/render7.py and ../render.py.  Used by heldout10/build.py
through render.build_all's `variants` (VARIANTS).

  PDF   render7's layout engine (through render9.build_pdf9).  One new page layout,
        "two_col": page 1 has a letterhead in two columns separated by a vertical rule
        (organization on two lines and the body, in italics, at the left; symbol, date,
        job number and original language at the right), over a double rule; later pages
        carry the symbol (left) and "Page n of N" (right) over a hairline.  The other
        PDFs use render7's "en_note" and "es_minutes" layouts.
  DOCX  render7's builder (through render9.build_docx9), plus data tables: a ("table",
        rows) block is built as a placeholder paragraph, then replaced by a Word table
        with a bold header row; a ("caption", text) block becomes a centred paragraph.
  HTML  render9's saved page with the chrome of three further sites (cookie banner,
        navigation, breadcrumb, related documents, share buttons, footer); the footnote
        forms and wrappers are render9's, combined differently.
  MD    render9's "metatable" and "setext" styles.
  TXT   render9's "memo" export (with labels of the document's language) and render7's
        text extracted from a PDF.
Every file carries render.NOTE (written for wtoqa's evaluation, not an official WTO text).
Deterministic: the same DOCS give byte-identical files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.dirname(HERE)
sys.path.insert(0, SOURCES)
sys.path.insert(0, os.path.join(SOURCES, "heldout7"))
sys.path.insert(0, os.path.join(SOURCES, "heldout9"))
import render  # noqa: E402
import render7  # noqa: E402
import render9  # noqa: E402


# ---------------------------------------------------------------------------
# PDF: the "two_col" layout
# ---------------------------------------------------------------------------
def furniture_two_col(c, doc, pno, total, W, H, LM, RM, TOP):
    y0 = H - TOP
    mid = W / 2
    if pno == 1:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(LM, y0, doc["org_lines"][0])
        c.drawString(LM, y0 - 14, doc["org_lines"][1])
        c.setFont("Helvetica-Oblique", 9.5)
        c.drawString(LM, y0 - 34, doc["body_line"])
        c.setLineWidth(0.6)
        c.line(mid, y0 + 10, mid, y0 - 40)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(mid + 14, y0, doc["symbol"])
        c.setFont("Helvetica", 9.5)
        c.drawString(mid + 14, y0 - 14, doc["date"])
        c.drawString(mid + 14, y0 - 26, doc["job"])
        c.drawString(mid + 14, y0 - 38, doc["original"])
        c.setLineWidth(0.9)
        c.line(LM, y0 - 48, W - RM, y0 - 48)
        c.setLineWidth(0.3)
        c.line(LM, y0 - 51, W - RM, y0 - 51)
    else:
        c.setFont("Helvetica", 8.5)
        c.drawString(LM, H - 40, doc["symbol"])
        c.drawRightString(W - RM, H - 40, "Page %d of %d" % (pno, total))
        c.setLineWidth(0.3)
        c.line(LM, H - 45, W - RM, H - 45)


render7.FURNITURE["two_col"] = (furniture_two_col, (66, 6))


# ---------------------------------------------------------------------------
# DOCX with data tables
# ---------------------------------------------------------------------------
PLACEHOLDER = "@@table-%d@@"


def build_docx10(name, doc, path):
    tables = [b[1] for b in doc["blocks"] if b[0] == "table"]
    if not tables:
        return render9.build_docx9(name, doc, path)
    blocks, n = [], 0
    for b in doc["blocks"]:
        if b[0] == "table":
            blocks.append(("p", PLACEHOLDER % n))
            n += 1
        elif b[0] == "caption":
            blocks.append(("center", b[1]))
        else:
            blocks.append(b)
    render9.build_docx9(name, dict(doc, blocks=blocks), path)

    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT

    d = Document(path)
    for i, rows in enumerate(tables):
        holder = next(p for p in d.paragraphs if p.text == PLACEHOLDER % i)
        tbl = d.add_table(rows=len(rows), cols=len(rows[0]))
        tbl.style = "Table Grid"
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(rows):
            for cell, value in zip(tbl.rows[r].cells, row):
                cell.paragraphs[0].add_run(value).bold = r == 0
        holder._p.addprevious(tbl._tbl)
        holder._p.getparent().remove(holder._p)
    render.save_docx(d, path, doc["created"])
    return []


# ---------------------------------------------------------------------------
# Saved web pages: three further sites
# ---------------------------------------------------------------------------
SITES10 = {
    "en": dict(
        name="Trade Policy Records", cookie="We use essential cookies to keep you signed in and, if you agree, "
        "analytics cookies to count visits.", buttons=("Accept all", "Essential only", "Manage"),
        nav=("Home", "Bodies", "Topics", "Records search", "Newsletters", "Help"),
        crumbs=("Home", "Bodies", "General Council", "Minutes"),
        meta="Record details", related="See also", share="Share",
        share_items=("Email", "LinkedIn", "Bluesky", "Print"), notes="Notes",
        foot=("About", "Terms of use", "Privacy", "Cookie settings", "Contact"),
        rights="Trade Policy Records, 2005-2025."),
    "fr": dict(
        name="Veille Commerce Numérique", cookie="Avec votre accord, nous utilisons des traceurs pour mesurer "
        "l'audience. Vous pouvez changer d'avis à tout moment.", buttons=("Tout accepter", "Tout refuser",
                                                                          "Paramétrer"),
        nav=("Accueil", "Négociations", "Conférences ministérielles", "Textes", "Agenda", "À propos"),
        crumbs=("Accueil", "Textes", "OMC", "Conférences ministérielles", "CM12"),
        meta="Fiche du document", related="Voir aussi", share="Partager",
        share_items=("Courriel", "LinkedIn", "Mastodon", "Copier le lien"), notes="Notes",
        foot=("Mentions légales", "Données personnelles", "Gestion des cookies", "Plan du site", "Contact"),
        rights="Veille Commerce Numérique, 2022."),
    "es": dict(
        name="Archivo de Servicios y Comercio", cookie="Este sitio utiliza cookies propias y de terceros. "
        "Puede aceptarlas, rechazarlas o elegir cuáles admite.", buttons=("Aceptar", "Rechazar", "Elegir"),
        nav=("Inicio", "Servicios", "Mercancías", "Documentos", "Glosario", "Contacto"),
        crumbs=("Inicio", "Documentos", "Consejo del Comercio de Servicios", "Talleres"),
        meta="Ficha", related="Documentos vinculados", share="Compartir en",
        share_items=("Correo", "LinkedIn", "Facebook", "Telegram"), notes="Notas",
        foot=("Aviso legal", "Política de privacidad", "Cookies", "Mapa del sitio", "Escríbanos"),
        rights="Archivo de Servicios y Comercio, 2012."),
}


def build_html10(name, doc, path):
    lang = doc["lang"]
    saved = render9.SITES[lang]
    render9.SITES[lang] = SITES10[lang]
    try:
        return render9.build_html9(name, doc, path)
    finally:
        render9.SITES[lang] = saved


VARIANTS = {"pdf": render9.build_pdf9, "docx": build_docx10, "html": build_html10, "md": render9.build_md9,
            "txt": render9.build_txt9}
