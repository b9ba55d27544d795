"""Check the heldout8 corpus and gold questions; prints OK when all is well.

Reuses heldout7/check_gold.py (loaded as a module with this set's globals): its
independent extractors (pypdf, pdfplumber and pymupdf for PDF with running headers
removed; python-docx with the footnotes part for DOCX; html.parser for HTML; markup
stripped for MD; running headers dropped for TXT), its layout checks for the DOCX, MD,
PDF-extracted TXT and render7-layout PDFs, and its gold checks (every evidence span in ONE
paragraph of a source document and in every extraction of the rendered file; record
format; tags; counts; gold metadata and metadata.json).  Added here:
  - layout of what is new: the "en_band" PDF (letterhead, running title, "Page n of N"
    footer, table without rules), the three saved-page footnote forms, the plain TXT;
    render.NOTE in every file; the corpus mix (formats, languages, years 1998-2026);
  - ids h8-<lang><nn>; spans of 5-25 words; a "footnote" question has a span in a
    footnote, a "table" question a span in a table row; every answer group is found in
    the evidence (in the document's words); the six question/document language pairs.

    python evals/corpora/sources/heldout8/check_gold.py
"""
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.dirname(HERE)
sys.path.insert(0, SOURCES)
sys.path.insert(0, HERE)
import check  # noqa: E402
import render  # noqa: E402
from check import norm  # noqa: E402
from content import DOCS  # noqa: E402

SET = "heldout8"
ROOT = os.path.normpath(os.path.join(SOURCES, "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev", SET)
GOLD = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s.jsonl" % SET)


def heldout7_checker():
    spec = importlib.util.spec_from_file_location("heldout7_check_gold",
                                                  os.path.join(SOURCES, "heldout7", "check_gold.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # its main code is guarded; it only defines functions
    mod.DOCS, mod.SET, mod.CORPUS, mod.GOLD = DOCS, SET, CORPUS, GOLD
    mod.GOLD_META = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s-metadata.json" % SET)
    mod.PDF_PAGES = {"en_band": (3, 6), "es_minutes": (2, 5), "fr_one": (1, 1)}
    base_patterns = mod.pdf_header_patterns

    def patterns(doc):  # the en_band running title and footer as well
        extra = [r"^Page \d+ of \d+$"]
        if doc.get("running_title"):
            title = re.escape(doc["running_title"])
            extra += [r"^%s$" % title, r"^%s\s+%s$" % (re.escape(doc["symbol"]), title)]
        return base_patterns(doc) + extra

    mod.pdf_header_patterns = patterns
    return mod


H7 = heldout7_checker()


def is_new_layout(doc):
    return doc.get("layout") == "en_band" or doc["format"] == "html" or doc.get("txt_style") == "plain"


# ---------------------------------------------------------------------------
# layout
# ---------------------------------------------------------------------------
def en_band_errors(name, doc):
    import pdfplumber

    errors = []
    pages, _ = H7.pdf_texts(name, doc)
    total = len(pages["pypdf"])
    for ex, texts in pages.items():
        for i, text in enumerate(texts, 1):
            lines = [l.strip() for l in text.split("\n") if l.strip()]
            if i == 1:
                if doc["symbol"] not in " ".join(lines[:14]) or doc["original"] not in " ".join(lines[:14]):
                    errors.append("%s [%s]: letterhead without symbol or original language" % (name, ex))
                continue
            if doc["symbol"] not in " ".join(lines[:3]) or doc["running_title"] not in " ".join(lines[:3]):
                errors.append("%s [%s] page %d: running header missing" % (name, ex, i))
            if "Page %d of %d" % (i, total) not in lines:
                errors.append("%s [%s] page %d: page footer missing" % (name, ex, i))
    lo, hi = H7.PDF_PAGES[doc["layout"]]
    if not lo <= total <= hi:
        errors.append("%s: %d page(s), want %d-%d" % (name, total, lo, hi))
    with pdfplumber.open(os.path.join(CORPUS, name)) as pdf:
        measure = float(pdf.pages[0].width) - 144
        ruled = [e for p in pdf.pages for e in p.lines
                 if abs(e["width"] - measure) < 0.5 and abs(e.get("linewidth", 0) - 0.5) < 0.01]
    if ruled:
        errors.append("%s: %d table rule(s) drawn" % (name, len(ruled)))
    print("layout %s: %d page(s), %d footnote(s), table without rules, extractors %s"
          % (name, total, len(doc["footnotes"]), ",".join(sorted(pages))))
    return errors


def html_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    errors = ["%s: %s missing" % (name, w) for w in (
        'class="cookie-notice"', 'class="topnav"', 'class="crumbs"', 'class="doc-card"', 'class="see-also"',
        'class="page-foot"') if w not in raw]
    n, style = len(doc["footnotes"]), doc["notes_style"]
    counts = {"aside": raw.count('<aside class="sidenote"'), "endnotes": raw.count('<p class="endnote">'),
              "details": raw.count('<abbr class="fn-tip" title=')}
    if counts[style] != n or (style == "details" and raw.count("<li value=") != n):
        errors.append("%s: %s notes do not match the footnotes" % (name, style))
    if style == "endnotes" and 'class="notes-heading"' not in raw:
        errors.append("%s: notes heading missing" % name)
    if re.search(r'href="#(note|call|fn)', raw) or 'class="backlink"' in raw:
        errors.append("%s: back-links where the notes have none" % name)
    if any(b[0] == "table" for b in doc["blocks"]) and "<thead>" not in raw:
        errors.append("%s: data table missing" % name)
    print("layout %s: page chrome present, %d note(s) as %s" % (name, n, style))
    return errors


def plain_txt_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    errors = []
    if "\f" in raw:
        errors.append("%s: form feed in a plain text" % name)
    calls = re.findall(r"\S\[(\d+)\]", raw)
    notes = re.findall(r"^\[(\d+)\] ", raw, flags=re.M)
    if "\nNotes\n-----\n" not in raw or sorted(set(calls)) != sorted(doc["footnotes"]) or len(notes) != len(
            doc["footnotes"]):
        errors.append("%s: note calls or notes at the end missing" % name)
    print("layout %s: plain text, %d note(s) at the end" % (name, len(notes)))
    return errors


def layout_errors(texts):
    errors = []
    H7.DOCS = {n: d for n, d in DOCS.items() if not is_new_layout(d)}
    try:
        errors += [e for e in H7.layout_errors(texts) if not e.startswith("corpus mix")]
    finally:
        H7.DOCS = DOCS
    for name, doc in DOCS.items():
        if doc.get("layout") == "en_band":
            errors += en_band_errors(name, doc)
        elif doc["format"] == "html":
            errors += html_errors(name, doc)
        elif doc.get("txt_style") == "plain":
            errors += plain_txt_errors(name, doc)
        if not is_new_layout(doc):
            continue
        for ex, txt in texts[name].items():  # as heldout7 checks its own documents
            errors += ["%s [%s]: footnote %s not found" % (name, ex, k)
                       for k, v in doc["footnotes"].items() if norm(v) not in txt]
    for name in DOCS:
        for ex, txt in texts[name].items():
            if norm(render.NOTE) not in txt:
                errors.append("%s [%s]: the evaluation note is missing" % (name, ex))
    fmts = collections.Counter(d["format"] for d in DOCS.values())
    langs = collections.Counter(d["lang"] for d in DOCS.values())
    years = sorted(int(re.search(r"(\d{4})\.\w+$", n).group(1)) for n in DOCS)
    if len(DOCS) != 12 or fmts["pdf"] < 3 or fmts["html"] < 3 or any(fmts[f] < 2 for f in ("docx", "md", "txt")) \
            or any(langs[lg] != 4 for lg in ("en", "fr", "es")):
        errors.append("corpus mix: %s %s" % (dict(fmts), dict(langs)))
    if years[0] != 1998 or years[-1] != 2026 or len(set(years)) < 10:
        errors.append("years: %s" % years)
    return errors


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def gold_errors(texts):
    errors = [e for e in H7.gold_errors(texts) if not e.endswith(": bad id or lang")]
    footnotes = {n: [norm(render.strip_markers(v)) for v in d["footnotes"].values()] for n, d in DOCS.items()}
    rows = {n: [norm(" ".join(r)) for b in d["blocks"] if b[0] == "table" for r in b[1]] for n, d in DOCS.items()}
    pairs = collections.Counter()
    for ln, line in enumerate(open(GOLD, encoding="utf-8"), 1):
        d = json.loads(line)
        where = "line %d (%s)" % (ln, d.get("id"))
        if not re.fullmatch(r"h8-%s\d\d" % d.get("lang"), d.get("id") or ""):
            errors.append("%s: bad id or lang" % where)
        if d.get("unanswerable"):
            continue
        names = [s.split("/", 1)[1] for s in d.get("sources") or [d["source"]] if s.split("/", 1)[1] in DOCS]
        spans = [norm(s) for s in d["evidence"]]
        errors += ["%s: span of %d words" % (where, len(s.split())) for s in spans if not 5 <= len(s.split()) <= 25]
        for tag, where_found in (("footnote", footnotes), ("table", rows)):
            if tag in d["tags"] and not any(s in x for s in spans for n in names for x in where_found[n]):
                errors.append("%s: tagged %s, but no span is in one" % (where, tag))
        quoted = " ".join(spans)
        for group in d["answer_any"]:
            if not any(norm(a) in quoted for a in group):
                errors.append("%s: no answer of %s in the evidence" % (where, group))
        pairs.update((d["lang"], DOCS[n]["lang"]) for n in names if DOCS[n]["lang"] != d["lang"])
    missing = [p for p in [(a, b) for a in ("en", "fr", "es") for b in ("en", "fr", "es") if a != b] if not pairs[p]]
    if missing:
        errors.append("cross-lingual pairs missing: %s" % missing)
    print("cross-lingual pairs (question, document):", dict(sorted(pairs.items())))
    return errors


if __name__ == "__main__":
    texts = {name: H7.extracted(name, doc) for name, doc in DOCS.items()}
    errs = layout_errors(texts) + gold_errors(texts)
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else "NOT OK (%d error(s))" % len(errs))
    sys.exit(1 if errs else 0)
