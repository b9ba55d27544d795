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
import json
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
GOLD = os.path.normpath(os.path.join(HERE, "..", "..", "..", "gold", "dev-corpus-%s.jsonl" % SET))
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


def pdf_pages(path):
    """{extractor: [page texts]} for the PDF extractors that are installed (pypdf required)."""
    from pypdf import PdfReader
    out = {"pypdf": [p.extract_text() for p in PdfReader(path).pages]}
    try:
        import pymupdf
        out["pymupdf"] = [p.get_text() for p in pymupdf.open(path)]
    except ImportError:
        pass
    try:
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            out["pdfplumber"] = [p.extract_text() or "" for p in pdf.pages]
    except ImportError:
        pass
    return out


def pdf_text(doc, pages):
    pats = [re.compile(p) for p in header_patterns(doc)]
    kept = []
    for i, pg in enumerate(pages):
        lines = pg.split("\n")
        if i:
            lines = [l for l in lines if not any(p.match(l.strip()) for p in pats)]
        kept.append("\n".join(lines))
    text = "\n".join(kept)
    text = re.sub(r"(\w)-\n(?=[a-zà-ÿ])", r"\1", text)
    return norm(text)


_orig_rendered = check.rendered_text
PDF_TEXTS = {}


def rendered_text(name, doc, corpus):
    """check.rendered_text, with the PDFs' own running headers removed (pypdf text)."""
    if doc["format"] == "pdf":
        texts = {k: pdf_text(doc, v) for k, v in pdf_pages(os.path.join(corpus, name)).items()}
        PDF_TEXTS[name] = texts
        return texts["pypdf"]
    return _orig_rendered(name, doc, corpus)


check.rendered_text = rendered_text


def layout_errors():
    errors = []
    for name, doc in DOCS.items():
        path = os.path.join(CORPUS, name)
        fmt = doc["format"]
        if fmt == "pdf":
            allpages = pdf_pages(path)
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


def extractor_errors():
    """Every evidence span of a PDF source must be found by every installed extractor."""
    errors = []
    for line in open(GOLD, encoding="utf-8"):
        d = json.loads(line)
        if d.get("unanswerable"):
            continue
        srcs = d["source"] if isinstance(d["source"], list) else [d["source"]]
        names = [s.split("/", 1)[1] for s in srcs]
        for sp in d.get("evidence", []):
            ns = norm(sp)
            for nm in names:
                if nm not in PDF_TEXTS or not any(ns in norm(p) for p in check.document_paragraphs(DOCS[nm])):
                    continue
                for ex, txt in PDF_TEXTS[nm].items():
                    if ns not in txt:
                        errors.append("%s: span not found by %s in %s: %r" % (d["id"], ex, nm, sp))
    return errors


if __name__ == "__main__":
    import contextlib
    import io

    lay = layout_errors()
    for e in lay:
        print("ERROR:", e)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = check.main(SET, DOCS, NEED, 70, EXACT)
    out = buf.getvalue().rstrip("\n").split("\n")
    print("\n".join(out[:-1]))  # the last line is check.main's verdict
    ext = extractor_errors()
    for e in ext:
        print("ERROR:", e)
    n_err = len(lay) + len(ext) + (0 if rc == 0 else 1)
    print("OK" if n_err == 0 else "NOT OK (%s)" % ("; ".join(filter(None, [
        "%d layout error(s)" % len(lay) if lay else "", "%d extractor error(s)" % len(ext) if ext else "",
        out[-1] if rc else ""]))))
    sys.exit(0 if n_err == 0 else 1)
