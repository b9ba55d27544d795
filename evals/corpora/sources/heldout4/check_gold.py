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
import json
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
GOLD = os.path.normpath(os.path.join(HERE, "..", "..", "..", "gold", "dev-corpus-heldout4.jsonl"))


def header_patterns(doc):
    """Regexes for the running-header / page-number lines of a PDF's later pages."""
    sym = re.escape(doc["symbol"])
    if doc.get("layout") == "tpr":
        return [r"^%s\s*–\s*%s$" % (sym, re.escape(doc["member"])), r"^-\s*\d+\s*-$"]
    if doc.get("layout") == "es":
        pw = re.escape(doc["page_word"])
        return [r"^%s$" % sym, r"^%s\s+\d+\s+de\s+\d+$" % pw, r"^%s\s+%s\s+\d+\s+de\s+\d+$" % (sym, pw)]
    return [r"^%s$" % sym, r"^-\s*\d+\s*-$"]


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
        if doc["format"] == "pdf":
            allpages = pdf_pages(path)
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
    need = {"cross-lingual": 38, "unanswerable": 15, "names-document": 20, "compare": 10, "follow-up": 5}
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = check.main("heldout4", DOCS, need, 70, ("h4-", {"en": 26, "fr": 24, "es": 20}))
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
