"""Check the heldout5 gold questions against the document sources (rules: ../check.py),
after a layout check of the rendered files, and print OK when all is well.

  - PDF: page 1 carries the symbol in its letterhead; every later page carries its
    running header (and, for the "title_right" layout, "- n -" at the foot); every
    footnote text is found in the extracted text; the TRIPS report has 3+ pages.
  - TXT extracted from a PDF: pages separated by form feeds, each later page opening
    with the running header line and the page number line "- n -".
  - HTML: cookie banner, breadcrumbs, share bar, metadata card, related documents,
    footer present.  DOCX: header table with the symbol, Word numbering (numPr).
  - Every evidence span must occur verbatim (NFKC, casefold, whitespace collapsed) in
    one paragraph of the source (content.py) AND in the extracted text of the generated
    file; PDFs are extracted with pypdf and, when installed, also with pymupdf and
    pdfplumber (running headers and page numbers removed, hyphenation at line ends
    undone), and the span must be found by every extractor.

    python evals/corpora/sources/heldout5/check_gold.py
"""
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

SET = "heldout5"
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "dev", SET))
NEED = {"cross-lingual": 40, "unanswerable": 16, "names-document": 15, "compare": 10, "follow-up": 6,
        "footnote": 5}
EXACT = ("h5-", {"en": 28, "fr": 24, "es": 26})


def header_patterns(doc):
    """Regexes for the running-header / page-number lines of a PDF's later pages."""
    sym = re.escape(doc["symbol"])
    layout = doc["layout"]
    if layout == "title_right":
        return [r"^%s$" % sym, r"^-\s*\d+\s*-$"]
    if layout == "fr":
        return [r"^%s$" % sym, r"^Page\s+\d+$", r"^%s\s+Page\s+\d+$" % sym]
    if layout == "es":
        return [r"^%s\s*\|\s*Pág\.\s*\d+$" % sym]
    raise ValueError(layout)


def pdf_text(doc, pages):
    return check.pdf_text(pages, header_patterns(doc))


check.read_pdfs_with(header_patterns)  # the PDFs' own running headers removed


def layout_errors():
    errors = []
    for name, doc in DOCS.items():
        path = os.path.join(CORPUS, name)
        fmt = doc["format"]
        if fmt == "pdf":
            allpages = check.pdf_pages(path)
            pats = [re.compile(p) for p in header_patterns(doc)]
            for ex, pages in allpages.items():
                for i, text in enumerate(pages, 1):
                    lines = [l.strip() for l in text.split("\n") if l.strip()]
                    if i == 1:
                        if doc["symbol"] not in " ".join(lines[:15]):
                            errors.append("%s [%s] page 1: symbol not in letterhead" % (name, ex))
                        if doc["original"] not in " ".join(lines[:15]):
                            errors.append("%s [%s] page 1: 'Original' line missing" % (name, ex))
                        continue
                    if not any(p.match(l) for l in lines for p in pats if not p.pattern.startswith("^-")):
                        errors.append("%s [%s] page %d: running header missing" % (name, ex, i))
                    if doc["layout"] == "title_right" and not any(re.fullmatch(r"-\s*%d\s*-" % i, l)
                                                                  for l in lines):
                        errors.append("%s [%s] page %d: page number missing" % (name, ex, i))
                    if doc["layout"] in ("fr", "es") and not any(re.search(r"(Page|Pág\.)\s*%d$" % i, l)
                                                                 for l in lines):
                        errors.append("%s [%s] page %d: page number missing" % (name, ex, i))
                alltext = pdf_text(doc, pages)
                for fid, ftext in doc["footnotes"].items():
                    if norm(ftext) not in alltext:
                        errors.append("%s [%s]: footnote %s not found in the PDF text" % (name, ex, fid))
            if not doc["footnotes"]:
                errors.append("%s: no footnote" % name)
            if doc["layout"] == "title_right" and len(allpages["pypdf"]) < 3:
                errors.append("%s: only %d page(s), want 3+" % (name, len(allpages["pypdf"])))
            print("layout %s: %d page(s), %d footnote(s), extractors %s"
                  % (name, len(allpages["pypdf"]), len(doc["footnotes"]), ",".join(allpages)))
        elif fmt == "txt":
            pages = open(path, encoding="utf-8").read().split("\f")
            start = doc["page_start"]
            for i, pg in enumerate(pages[1:], 2):
                first = pg.split("\n")[:2]
                if first[0].strip() != doc["running_header"] or first[1].strip() != "- %d -" % (start + i - 1):
                    errors.append("%s page %d: running header %r" % (name, i, first))
            if len(pages) < 2:
                errors.append("%s: no form feed" % name)
            txt = norm(check.rendered_text(name, doc, CORPUS))
            for fid, ftext in doc["footnotes"].items():
                if norm(ftext) not in txt:
                    errors.append("%s: footnote %s not found" % (name, fid))
            print("layout %s: %d page(s)" % (name, len(pages)))
        elif fmt == "html":
            raw = open(path, encoding="utf-8").read()
            for what in ('class="cookies"', 'class="breadcrumbs"', 'class="share-bar"', 'class="doc-card"',
                         'class="related"', "<footer>", 'class="menu"'):
                if what not in raw:
                    errors.append("%s: %s missing" % (name, what))
            print("layout %s: html chrome present" % name)
        elif fmt == "docx":
            xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
            if "<w:tbl>" not in xml or doc["symbol"] not in xml:
                errors.append("%s: header table with the symbol missing" % name)
            if xml.count("<w:numPr>") < 5:
                errors.append("%s: Word numbering missing" % name)
            print("layout %s: %d numbered paragraph(s)" % (name, xml.count("<w:numPr>")))
        elif fmt == "md":
            raw = open(path, encoding="utf-8").read()
            if doc["footnotes"] and "[^1]:" not in raw:
                errors.append("%s: markdown footnotes missing" % name)
            print("layout %s: markdown, %d footnote(s)" % (name, len(doc["footnotes"])))
    return errors


if __name__ == "__main__":
    check.run(SET, DOCS, NEED, 70, EXACT, layout_errors)
