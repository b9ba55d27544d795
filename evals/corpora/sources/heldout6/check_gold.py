"""Check the heldout6 gold questions against the document sources (rules: ../check.py),
after a layout check of the rendered files, and print OK when all is well.

  - PDF: page 1 carries the symbol and the original language in its letterhead; every
    later page carries its running header and "- n -"; every footnote text is found in
    the extracted text; the Goods Council report has 3+ pages, the ACP statement
    exactly one, the Aid for Trade note 2-3.
  - TXT extracted from a PDF: pages separated by form feeds, each later page opening
    with the symbol line and "- n -" or "Page n".
  - HTML: skip link, site navigation, breadcrumb, sidebar, document card, share buttons,
    notes and site footer present.  DOCX: header table with the symbol, Word numbering
    (numPr), and for the note with footnotes a word/footnotes.xml part with one
    footnoteReference per footnote.  MD: YAML front matter or heading letterhead, and
    Markdown footnotes.
  - Every evidence span must occur verbatim (NFKC, casefold, whitespace collapsed) in
    one paragraph of the source (content.py) AND in the extracted text of the generated
    file (DOCX: body and footnotes); PDFs are extracted with pypdf, pymupdf and
    pdfplumber (running headers and page numbers removed, hyphenation at line ends
    undone), and the span must be found by every extractor.

    python evals/corpora/sources/heldout6/check_gold.py
"""
import html
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import check  # noqa: E402
from check import norm  # noqa: E402
from content import DOCS  # noqa: E402

SET = "heldout6"
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "dev", SET))
NEED = {"cross-lingual": 40, "unanswerable": 16, "names-document": 20, "compare": 10, "follow-up": 8,
        "footnote": 8}
EXACT = ("h6-", {"en": 27, "fr": 27, "es": 26})
PAGES = {"ctg": (3, 9), "min": (1, 1), "es_labels": (2, 3)}


def header_patterns(doc):
    """Regexes for the running-header / page-number lines of a PDF's later pages."""
    sym, date = re.escape(doc["symbol"]), re.escape(doc["date"])
    layout = doc["layout"]
    if layout == "ctg":
        return [r"^%s$" % sym, r"^%s$" % date, r"^%s\s+%s$" % (sym, date), r"^-\s*\d+\s*-$"]
    if layout == "es_labels":
        return [r"^%s$" % sym, r"^-\s*\d+\s*-$", r"^%s\s+-\s*\d+\s*-$" % sym]
    if layout == "min":
        return [r"^Page \d+ of \d+$"]
    raise ValueError(layout)


def pdf_text(doc, pages):
    return check.pdf_text(pages, header_patterns(doc), first_page_too=doc["layout"] == "min")


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = ["word/document.xml"] + (["word/footnotes.xml"] if "word/footnotes.xml" in z.namelist() else [])
    out = []
    for part in parts:
        xml = z.read(part).decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        xml = re.sub(r"<w:tab/>", " ", xml)
        out.append(html.unescape(re.sub(r"<[^>]+>", "", xml)))
    return norm("\n".join(out))


# the PDFs' own running headers removed, DOCX footnotes read
check.read_pdfs_with(
    header_patterns,
    first_page_too=lambda doc: doc["layout"] == "min",
    other=lambda name, doc, corpus: docx_text(os.path.join(corpus, name)) if doc["format"] == "docx" else None,
)


def layout_errors():
    errors = []
    for name, doc in DOCS.items():
        path = os.path.join(CORPUS, name)
        fmt = doc["format"]
        if fmt == "pdf":
            allpages = check.pdf_pages(path)
            orig = doc.get("original_value", doc["original"])
            for ex, pages in allpages.items():
                for i, text in enumerate(pages, 1):
                    lines = [l.strip() for l in text.split("\n") if l.strip()]
                    if i == 1:
                        head = " ".join(lines[:15])
                        if doc["symbol"] not in head:
                            errors.append("%s [%s] page 1: symbol not in letterhead" % (name, ex))
                        if orig not in head:
                            errors.append("%s [%s] page 1: original language missing" % (name, ex))
                        continue
                    if not any(doc["symbol"] in l for l in lines[:3] + lines[-3:]):
                        errors.append("%s [%s] page %d: running header missing" % (name, ex, i))
                    if not any(re.search(r"-\s*%d\s*-" % i, l) for l in lines):
                        errors.append("%s [%s] page %d: page number missing" % (name, ex, i))
                alltext = pdf_text(doc, pages)
                for fid, ftext in doc["footnotes"].items():
                    if norm(ftext) not in alltext:
                        errors.append("%s [%s]: footnote %s not found in the PDF text" % (name, ex, fid))
            lo, hi = PAGES[doc["layout"]]
            n = len(allpages["pypdf"])
            if not lo <= n <= hi:
                errors.append("%s: %d page(s), want %d-%d" % (name, n, lo, hi))
            if not doc["footnotes"]:
                errors.append("%s: no footnote" % name)
            print("layout %s: %d page(s), %d footnote(s), extractors %s"
                  % (name, n, len(doc["footnotes"]), ",".join(allpages)))
        elif fmt == "txt":
            pages = open(path, encoding="utf-8").read().split("\f")
            for i, pg in enumerate(pages[1:], 2):
                first = pg.split("\n")[:2]
                want = "- %d -" % i if doc["header_style"] == "dash" else "%s %d" % (doc["page_word"], i)
                if first[0].strip() != doc["symbol"] or first[1].strip() != want:
                    errors.append("%s page %d: running header %r" % (name, i, first))
            if len(pages) < 2:
                errors.append("%s: no form feed" % name)
            txt = check.rendered_text(name, doc, CORPUS)
            for fid, ftext in doc["footnotes"].items():
                if norm(ftext) not in txt:
                    errors.append("%s: footnote %s not found" % (name, fid))
            print("layout %s: %d page(s)" % (name, len(pages)))
        elif fmt == "html":
            raw = open(path, encoding="utf-8").read()
            for what in ('class="skip-link"', 'class="site-nav"', 'class="breadcrumb"', 'class="sidebar"',
                         'class="doc-card"', 'class="share-buttons"', 'class="footnotes"', 'class="site-footer"'):
                if what not in raw:
                    errors.append("%s: %s missing" % (name, what))
            print("layout %s: html chrome present" % name)
        elif fmt == "docx":
            z = zipfile.ZipFile(path)
            xml = z.read("word/document.xml").decode("utf-8")
            if "<w:tbl>" not in xml or doc["symbol"] not in xml:
                errors.append("%s: header table with the symbol missing" % name)
            if xml.count("<w:numPr>") < 5:
                errors.append("%s: Word numbering missing" % name)
            if doc["footnotes"]:
                if "word/footnotes.xml" not in z.namelist():
                    errors.append("%s: footnotes part missing" % name)
                elif xml.count("<w:footnoteReference ") != len(doc["footnotes"]):
                    errors.append("%s: %d footnote reference(s) for %d footnote(s)"
                                  % (name, xml.count("<w:footnoteReference "), len(doc["footnotes"])))
            print("layout %s: %d numbered paragraph(s), %d footnote(s)"
                  % (name, xml.count("<w:numPr>"), len(doc["footnotes"])))
        elif fmt == "md":
            raw = open(path, encoding="utf-8").read()
            if doc["md_style"] == "yaml" and not (raw.startswith("---\n") and "\nsymbol: %s\n" % doc["symbol"] in raw):
                errors.append("%s: YAML front matter missing" % name)
            if doc["md_style"] == "letterhead" and not raw.startswith("# "):
                errors.append("%s: heading letterhead missing" % name)
            if doc["footnotes"] and "[^1]:" not in raw:
                errors.append("%s: markdown footnotes missing" % name)
            print("layout %s: markdown (%s), %d footnote(s)" % (name, doc["md_style"], len(doc["footnotes"])))
    return errors


if __name__ == "__main__":
    check.run(SET, DOCS, NEED, 75, EXACT, layout_errors)
