"""Check the heldout10 corpus and gold questions; prints OK when all is well.

Reuses heldout9/check_gold.py (loaded as a module with this set's globals), which itself
reuses heldout7/check_gold.py: the independent extractors (pypdf, pdfplumber and pymupdf
for PDF with running headers removed; python-docx with tables and the footnotes part for
DOCX; html.parser for HTML, script and style left out; markup stripped for MD; running
headers dropped for TXT), the layout checks (DOCX, PDF-extracted TXT, render7-layout PDFs,
saved pages, Markdown styles, the plain-text export, render.NOTE in every file, the corpus
mix and years 1998-2026, 600-2500 words a document) and the gold checks (every evidence
span in ONE paragraph of a source document and in every extraction of the rendered file;
spans of 5-25 words; "footnote"/"table" questions with a span in a footnote/table row;
every answer group in the evidence; record format; the six question/document language
pairs; the brief's counts; gold metadata and metadata.json).  Adapted or added here:
  - ids h10-<lang><nn> (the earlier checkers look for their own prefixes);
  - the new "two_col" PDF layout: two-column letterhead (symbol, date, job number and
    original language at the right of the organization), running header with the symbol
    and "Page n of N" on later pages, 2-5 pages;
  - DOCX data tables (a Word table besides the header table, with the header row);
  - the plain-text export in French (labels of the document's language).

    python evals/corpora/sources/heldout10/check_gold.py
"""
import collections
import importlib.util
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.dirname(HERE)
sys.path.insert(0, SOURCES)
sys.path.insert(0, os.path.join(SOURCES, "heldout9"))
sys.path.insert(0, HERE)
from content import DOCS  # noqa: E402  (first: this set's content; the heldout9 checker imports it too)
import render9  # noqa: E402

SET = "heldout10"
ROOT = os.path.normpath(os.path.join(SOURCES, "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev", SET)
GOLD = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s.jsonl" % SET)
GOLD_META = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s-metadata.json" % SET)


def heldout9_checker():
    spec = importlib.util.spec_from_file_location("heldout9_check_gold",
                                                  os.path.join(SOURCES, "heldout9", "check_gold.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # its main code is guarded; it only defines functions
    assert mod.DOCS is DOCS, "the heldout9 checker must see this set's documents"
    mod.SET, mod.CORPUS, mod.GOLD = SET, CORPUS, GOLD
    h7 = mod.H7
    h7.DOCS, h7.SET, h7.CORPUS, h7.GOLD, h7.GOLD_META = DOCS, SET, CORPUS, GOLD, GOLD_META
    h7.PDF_PAGES = dict(h7.PDF_PAGES, two_col=(2, 5), en_note=(2, 6))
    base_patterns = h7.pdf_header_patterns

    def patterns(doc):  # the two_col running header as well
        sym = re.escape(doc["symbol"])
        return base_patterns(doc) + [r"^Page \d+ of \d+$", r"^%s\s+Page \d+ of \d+$" % sym]

    h7.pdf_header_patterns = patterns
    mod.memo_txt_errors = memo_txt_errors
    return mod


def memo_txt_errors(name, doc):
    """heldout9's check of the plain-text export, with the labels of the document's language."""
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    errors = []
    lab = render9.TXT_LABELS[doc["lang"]]
    if "\f" in raw:
        errors.append("%s: form feed in a plain-text export" % name)
    sup = "⁰¹²³⁴⁵⁶⁷⁸⁹"
    calls = re.findall(r"[^\s%s]([%s]+)" % (sup, sup), raw)
    notes = re.findall(r"^([%s]+) " % sup, raw, flags=re.M)
    heading = "\n%s\n%s\n" % (lab[5], "-" * len(lab[5]))
    if len(calls) != len(doc["footnotes"]) or len(notes) != len(doc["footnotes"]) or heading not in raw:
        errors.append("%s: note calls or notes at the end missing" % name)
    if "%s %s" % ((lab[0] + ":").ljust(17), doc["symbol"]) not in raw:
        errors.append("%s: particulars missing" % name)
    print("layout %s: plain-text export (%s), %d note(s) at the end" % (name, doc["lang"], len(notes)))
    return errors


H9 = heldout9_checker()
H7 = H9.H7


def two_col_errors(name, doc):
    errors = []
    pages, _ = H7.pdf_texts(name, doc)
    total = len(pages["pypdf"])
    for ex, texts in pages.items():
        for i, text in enumerate(texts, 1):
            lines = [l.strip() for l in text.split("\n") if l.strip()]
            if i == 1:
                head = " ".join(lines[:10])
                if not all(x in head for x in (doc["org_lines"][0], doc["symbol"], doc["date"], doc["job"],
                                               doc["original"], doc["body_line"])):
                    errors.append("%s [%s]: letterhead incomplete" % (name, ex))
                continue
            top = " ".join(lines[:3])
            if doc["symbol"] not in top or "Page %d of %d" % (i, total) not in top:
                errors.append("%s [%s] page %d: running header missing" % (name, ex, i))
    import pdfplumber

    with pdfplumber.open(os.path.join(CORPUS, name)) as pdf:
        page = pdf.pages[0]
        mid = float(page.width) / 2
        vertical = [e for e in page.lines if abs(e["x0"] - mid) < 0.5 and abs(e["x0"] - e["x1"]) < 0.01]
        right = [w["text"] for w in page.extract_words() if w["x0"] > mid and w["top"] < 120]
    if not vertical:
        errors.append("%s: no column rule in the letterhead" % name)
    if doc["symbol"] not in right:
        errors.append("%s: symbol not in the right column" % name)
    print("layout %s: %d page(s), two-column letterhead, %d footnote(s), extractors %s"
          % (name, total, len(doc["footnotes"]), ",".join(sorted(pages))))
    return errors


def docx_table_errors(name, doc):
    errors = []
    xml = zipfile.ZipFile(os.path.join(CORPUS, name)).read("word/document.xml").decode("utf-8")
    want = 1 + sum(1 for b in doc["blocks"] if b[0] == "table")
    if xml.count("<w:tbl>") != want:
        errors.append("%s: %d Word table(s), want %d" % (name, xml.count("<w:tbl>"), want))
    if "@@table" in xml:
        errors.append("%s: table placeholder left" % name)
    return errors


def gold_errors(texts):
    errors = [e for e in H9.gold_errors(texts) if not e.endswith(": bad id or lang")]
    ids = set()
    for ln, line in enumerate(open(GOLD, encoding="utf-8"), 1):
        d = json.loads(line)
        qid = d.get("id")
        if qid in ids or not re.fullmatch(r"h10-%s\d\d" % d.get("lang"), qid or ""):
            errors.append("line %d (%s): bad or duplicate id" % (ln, qid))
        ids.add(qid)
    return errors


if __name__ == "__main__":
    texts = {name: H7.extracted(name, doc) for name, doc in DOCS.items()}
    errs = H9.layout_errors(texts)
    for name, doc in DOCS.items():
        if doc.get("layout") == "two_col":
            errs += two_col_errors(name, doc)
        if doc["format"] == "docx":
            errs += docx_table_errors(name, doc)
    errs += gold_errors(texts)
    tags, langs = collections.Counter(), collections.Counter()
    for line in open(GOLD, encoding="utf-8"):
        d = json.loads(line)
        tags.update(d["tags"])
        langs[d["lang"]] += 1
    print("questions: %d; by language %s; by tag %s" % (sum(langs.values()), dict(sorted(langs.items())),
                                                       dict(sorted(tags.items()))))
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else "NOT OK (%d error(s))" % len(errs))
    sys.exit(1 if errs else 0)
