"""Check the heldout3 gold questions against the document sources (rules: ../check.py),
after a layout check of the rendered files: every PDF page after the first carries the
running header, every footnote text is found on some page (pypdf), and every TXT page
after the first starts with the running header after a form feed.

    python evals/corpora/sources/heldout3/check_gold.py
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from check import main, norm  # noqa: E402
from content import DOCS  # noqa: E402

CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "dev", "heldout3"))


def layout_errors():
    errors = []
    try:
        from pypdf import PdfReader
    except ImportError:
        print("note: pypdf not installed, PDF layout check skipped")
        PdfReader = None
    for name, doc in DOCS.items():
        path = os.path.join(CORPUS, name)
        if doc["format"] == "pdf" and PdfReader is not None:
            pages = [p.extract_text() for p in PdfReader(path).pages]
            total = len(pages)
            for i, text in enumerate(pages, 1):
                head = [l.strip() for l in text.split("\n")[:8]]
                if i == 1:
                    if doc["symbol"] not in head:
                        errors.append("%s page 1: symbol not in letterhead" % name)
                    continue
                want = [doc["symbol"], (doc["page_of"] % (i, total)) if doc.get("variant") else "- %d -" % i]
                if head[:2] != want:
                    errors.append("%s page %d: running header %r, want %r" % (name, i, head[:2], want))
            alltext = norm(re.sub(r"(\w)-\n(?=[a-zà-ÿ])", r"\1", "\n".join(pages)))
            for fid, ftext in doc["footnotes"].items():
                if norm(ftext) not in alltext:
                    errors.append("%s: footnote %s not found in the PDF text" % (name, fid))
            if not doc["footnotes"]:
                errors.append("%s: no footnote" % name)
            print("layout %s: %d page(s), %d footnote(s)" % (name, total, len(doc["footnotes"])))
        elif doc["format"] == "txt":
            pages = open(path, encoding="utf-8").read().split("\f")
            total = len(pages)
            for i, pg in enumerate(pages[1:], 2):
                lines = [l.strip() for l in pg.split("\n")[:2]]
                label = (doc["page_of"] % (i, total)) if doc.get("variant") else "%s %d" % (doc["page_word"], i)
                if lines != [doc["symbol"], label]:
                    errors.append("%s page %d: running header %r" % (name, i, lines))
            if total < 2:
                errors.append("%s: no form feed" % name)
            print("layout %s: %d page(s)" % (name, total))
    return errors


if __name__ == "__main__":
    lay = layout_errors()
    for e in lay:
        print("ERROR:", e)
    need = {"cross-lingual": 34, "unanswerable": 13, "names-document": 15, "compare": 8}
    rc = main("heldout3", DOCS, need, 66, ("h3-", {"en": 26, "fr": 26, "es": 14}))
    if lay:
        print("%d layout error(s)" % len(lay))
        rc = 1
    sys.exit(rc)
