"""Check the heldout4 gold questions against the document sources (rules: ../check.py),
after a layout check of the rendered files, and print OK when all is well.

  - PDF: page 1 carries the symbol; every later page carries its running header and
    page number; every footnote text is found in the extracted text; the TPR extract
    has 3+ pages.
  - TXT extracted from a PDF: pages separated by form feeds, each later page opening
    with the one-line running header "symbol ... - n -".
  - Every evidence span must occur verbatim (NFKC, casefold, whitespace collapsed) in
    one paragraph of the source (content.py) AND in the extracted text of the
    generated file; PDFs are extracted with pypdf and, when installed, also with
    pymupdf and pdfplumber (running headers and page numbers removed, hyphenation at
    line ends undone), and the span must be found by every extractor.

    python evals/corpora/sources/heldout4/check_gold.py
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import check  # noqa: E402
from check import norm  # noqa: E402
from content import DOCS  # noqa: E402

CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "dev", "heldout4"))


def header_patterns(doc):
    """Regexes for the running-header / page-number lines of a PDF's later pages."""
    sym = re.escape(doc["symbol"])
    if doc.get("layout") == "tpr":
        return [r"^%s\s*–\s*%s$" % (sym, re.escape(doc["member"])), r"^-\s*\d+\s*-$"]
    if doc.get("layout") == "es":
        pw = re.escape(doc["page_word"])
        return [r"^%s$" % sym, r"^%s\s+\d+\s+de\s+\d+$" % pw, r"^%s\s+%s\s+\d+\s+de\s+\d+$" % (sym, pw)]
    return [r"^%s$" % sym, r"^-\s*\d+\s*-$"]


def pdf_text(doc, pages):
    return check.pdf_text(pages, header_patterns(doc))


check.read_pdfs_with(header_patterns)  # the PDFs' own running headers removed


def layout_errors():
    errors = []
    for name, doc in DOCS.items():
        path = os.path.join(CORPUS, name)
        if doc["format"] == "pdf":
            allpages = check.pdf_pages(path)
            for ex, pages in allpages.items():
                total = len(pages)
                for i, text in enumerate(pages, 1):
                    lines = [l.strip() for l in text.split("\n") if l.strip()]
                    if i == 1:
                        if doc["symbol"] not in " ".join(lines[:12]).split():
                            errors.append("%s [%s] page 1: symbol not in letterhead" % (name, ex))
                        continue
                    pats = [re.compile(p) for p in header_patterns(doc)]
                    if not any(p.match(l) for l in lines[:3] for p in pats if not p.pattern.startswith("^-")):
                        errors.append("%s [%s] page %d: running header missing" % (name, ex, i))
                    if doc["layout"] == "tpr" and not any(re.fullmatch(r"-\s*%d\s*-" % i, l) for l in lines):
                        errors.append("%s [%s] page %d: page number missing" % (name, ex, i))
                    if doc["layout"] == "es" and not any(("%s %d de %d" % (doc["page_word"], i, total)) in l
                                                         for l in lines):
                        errors.append("%s [%s] page %d: 'Página n de N' missing" % (name, ex, i))
                alltext = pdf_text(doc, pages)
                for fid, ftext in doc["footnotes"].items():
                    if norm(ftext) not in alltext:
                        errors.append("%s [%s]: footnote %s not found in the PDF text" % (name, ex, fid))
                if doc["layout"] == "tpr" and total < 3:
                    errors.append("%s: only %d page(s), want 3+" % (name, total))
            if not doc["footnotes"]:
                errors.append("%s: no footnote" % name)
            print("layout %s: %d page(s), %d footnote(s), extractors %s"
                  % (name, len(allpages["pypdf"]), len(doc["footnotes"]), ",".join(allpages)))
        elif doc["format"] == "txt" and doc.get("layout") == "minutes":
            pages = open(path, encoding="utf-8").read().split("\f")
            total = len(pages)
            for i, pg in enumerate(pages[1:], 2):
                first = pg.split("\n")[0]
                if not re.fullmatch(r"%s\s+- %d -" % (re.escape(doc["symbol"]), i), first):
                    errors.append("%s page %d: running header %r" % (name, i, first))
            if total < 2:
                errors.append("%s: no form feed" % name)
            print("layout %s: %d page(s)" % (name, total))
    return errors


if __name__ == "__main__":
    check.run("heldout4", DOCS, {"cross-lingual": 38, "unanswerable": 15, "names-document": 20, "compare": 10, "follow-up": 5},
              70, ("h4-", {"en": 26, "fr": 24, "es": 20}), layout_errors)
