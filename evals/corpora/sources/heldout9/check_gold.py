"""Check the heldout9 corpus and gold questions; prints OK when all is well.

Reuses heldout7/check_gold.py (loaded as a module with this set's globals): its
independent extractors (pypdf, pdfplumber and pymupdf for PDF with running headers
removed; python-docx with the footnotes part for DOCX; html.parser for HTML, script and
style left out; markup stripped for MD; running headers dropped for TXT), its layout checks
for the DOCX, PDF-extracted TXT and render7-layout PDFs ("fr_one", "es_minutes"), and its
gold checks (every evidence span in ONE paragraph of a source document and in every
extraction of the rendered file; record format; tags; counts; gold metadata and
metadata.json).  Added here:
  - layout of what is new: the "two_line" PDF (two-line letterhead with the symbol at the
    right, running header with symbol and date, "n/N" page footer, short rule above the
    footnotes), the three saved-page footnote forms and their wrappers (<article> only,
    <main>, neither), the two Markdown styles, the plain-text export; render.NOTE in every
    file; the corpus mix (formats, languages, years 1998-2026);
  - ids h9-<lang><nn>; spans of 5-25 words; a "footnote" question has a span in a
    footnote, a "table" question a span in a table row; every answer group is found in
    the evidence (in the document's words); the six question/document language pairs;
    the brief's counts (about 80 questions, a third per language; at least 40
    cross-lingual, 20 naming the document, 15 unanswerable, 10 compare, 8 follow-up,
    12 table, 15 footnote).

    python evals/corpora/sources/heldout9/check_gold.py
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

SET = "heldout9"
ROOT = os.path.normpath(os.path.join(SOURCES, "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev", SET)
GOLD = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s.jsonl" % SET)
NEED = {"cross-lingual": 40, "names-document": 20, "unanswerable": 15, "compare": 10, "follow-up": 8,
        "table": 12, "footnote": 15}


def heldout7_checker():
    spec = importlib.util.spec_from_file_location("heldout7_check_gold",
                                                  os.path.join(SOURCES, "heldout7", "check_gold.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # its main code is guarded; it only defines functions
    mod.DOCS, mod.SET, mod.CORPUS, mod.GOLD = DOCS, SET, CORPUS, GOLD
    mod.GOLD_META = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s-metadata.json" % SET)
    mod.PDF_PAGES = {"two_line": (3, 6), "es_minutes": (2, 5), "fr_one": (1, 1)}
    base_patterns = mod.pdf_header_patterns

    def patterns(doc):  # the two_line running header (symbol and date) and page footer as well
        sym, date = re.escape(doc["symbol"]), re.escape(doc["date"])
        return base_patterns(doc) + [r"^\d+/\d+$", r"^%s$" % date, r"^%s\s+%s$" % (sym, date)]

    mod.pdf_header_patterns = patterns
    return mod


H7 = heldout7_checker()


def is_new_layout(doc):
    return doc.get("layout") == "two_line" or doc["format"] in ("html", "md") or doc.get("txt_style") == "memo"


# ---------------------------------------------------------------------------
# layout
# ---------------------------------------------------------------------------
def two_line_errors(name, doc):
    import pdfplumber

    errors = []
    pages, _ = H7.pdf_texts(name, doc)
    total = len(pages["pypdf"])
    for ex, texts in pages.items():
        for i, text in enumerate(texts, 1):
            lines = [l.strip() for l in text.split("\n") if l.strip()]
            if i == 1:
                head = " ".join(lines[:12])
                if not all(x in head for x in (doc["symbol"], doc["original"], doc["org_lines"][1], doc["date"])):
                    errors.append("%s [%s]: letterhead incomplete" % (name, ex))
                continue
            top = " ".join(lines[:3])
            if doc["symbol"] not in top or doc["date"] not in top:
                errors.append("%s [%s] page %d: running header missing" % (name, ex, i))
            if "%d/%d" % (i, total) not in lines:
                errors.append("%s [%s] page %d: page footer missing" % (name, ex, i))
    lo, hi = H7.PDF_PAGES[doc["layout"]]
    if not lo <= total <= hi:
        errors.append("%s: %d page(s), want %d-%d" % (name, total, lo, hi))
    with pdfplumber.open(os.path.join(CORPUS, name)) as pdf:
        rules = [e for p in pdf.pages for e in p.lines if abs(e.get("linewidth", 0) - 0.5) < 0.01
                 and abs(e["y0"] - e["y1"]) < 0.01]
        short = [e for e in rules if abs(e["width"] - 54) < 0.5]
        long_ = [e for e in rules if abs(e["width"] - 140) < 0.5]
        tables = [e for e in rules if abs(e["width"] - (float(pdf.pages[0].width) - 144)) < 0.5]
    if not short or long_:
        errors.append("%s: footnote rules not short" % name)
    if any(b[0] == "table" for b in doc["blocks"]) and not tables:
        errors.append("%s: table rules missing" % name)
    print("layout %s: %d page(s), %d footnote(s), %d short note rule(s), extractors %s"
          % (name, total, len(doc["footnotes"]), len(short), ",".join(sorted(pages))))
    return errors


def html_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    errors = ["%s: %s missing" % (name, w) for w in (
        'class="consent"', 'class="site-nav"', 'class="bc"', 'class="doc-meta"', 'class="share-buttons"',
        'class="related"', 'class="site-foot"') if w not in raw]
    wrapper = doc["wrapper"]
    has = {"article": "<article" in raw, "main": "<main" in raw}
    if has != {"article": wrapper == "article", "main": wrapper == "main"}:
        errors.append("%s: wrapper is not %s" % (name, wrapper))
    n, style = len(doc["footnotes"]), doc["notes_style"]
    calls = len(re.findall(r"\[\^\d+\]", " ".join(str(b[-1]) for b in doc["blocks"] if b[0] != "table")))
    if style == "pandoc":
        ok = (raw.count('class="footnote-ref"') == calls and raw.count('class="footnote-back"') == n
              and '<section class="footnotes"' in raw and raw.count('<li id="fn') == n)
    elif style == "dl":
        ok = raw.count('<sup class="call">') == calls and raw.count('<dt id="note-') == n and \
            '<dl class="notes">' in raw
    else:
        ok = raw.count("popovertarget=") == calls and raw.count('class="nota" popover>') == n
    if not ok:
        errors.append("%s: %s notes do not match the footnotes" % (name, style))
    if any(b[0] == "table" for b in doc["blocks"]) and "<thead>" not in raw:
        errors.append("%s: data table missing" % name)
    print("layout %s: page chrome present, document in %s, %d note(s) as %s" % (name, wrapper, n, style))
    return errors


def md_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    errors = []
    defs = re.findall(r"^\[\^(\d+)\]: ", raw, flags=re.M)
    if sorted(defs, key=int) != sorted(doc["footnotes"], key=int):
        errors.append("%s: footnote definitions do not match" % name)
    body_end = raw.rfind("\n**")  # the last numbered paragraph
    if doc["md_style"] == "metatable":
        if not raw.startswith("| ") or "| %s |" % doc["symbol"] not in raw.split("\n\n")[0]:
            errors.append("%s: particulars table missing" % name)
        if not defs or raw.find("[^%s]: " % defs[0]) > body_end:
            errors.append("%s: notes are not placed after their paragraphs" % name)
    else:
        first = [b[1] for b in doc["blocks"] if b[0] == "title"][0]
        if "\n%s\n%s\n" % (first, "=" * len(first)) not in raw or re.search(r"^#", raw, flags=re.M):
            errors.append("%s: setext headings missing" % name)
        if raw.find("[^1]: ") < body_end:
            errors.append("%s: notes are not at the end" % name)
    if any(b[0] == "table" for b in doc["blocks"]) and not re.search(r"^\|:---\|", raw, flags=re.M):
        errors.append("%s: pipe table missing" % name)
    print("layout %s: markdown (%s), %d footnote(s)" % (name, doc["md_style"], len(defs)))
    return errors


def memo_txt_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    errors = []
    if "\f" in raw:
        errors.append("%s: form feed in a plain-text export" % name)
    sup = "⁰¹²³⁴⁵⁶⁷⁸⁹"
    calls = re.findall(r"[^\s%s]([%s]+)" % (sup, sup), raw)
    notes = re.findall(r"^([%s]+) " % sup, raw, flags=re.M)
    if len(calls) != len(doc["footnotes"]) or len(notes) != len(doc["footnotes"]) or "\nNOTAS\n-----\n" not in raw:
        errors.append("%s: note calls or notes at the end missing" % name)
    if "%s %s" % ("Signatura:".ljust(17), doc["symbol"]) not in raw:
        errors.append("%s: particulars missing" % name)
    print("layout %s: plain-text export, %d note(s) at the end" % (name, len(notes)))
    return errors


def layout_errors(texts):
    errors = []
    H7.DOCS = {n: d for n, d in DOCS.items() if not is_new_layout(d)}
    try:
        errors += [e for e in H7.layout_errors(texts) if not e.startswith("corpus mix")]
    finally:
        H7.DOCS = DOCS
    for name, doc in DOCS.items():
        if doc.get("layout") == "two_line":
            errors += two_line_errors(name, doc)
        elif doc["format"] == "html":
            errors += html_errors(name, doc)
        elif doc["format"] == "md":
            errors += md_errors(name, doc)
        elif doc.get("txt_style") == "memo":
            errors += memo_txt_errors(name, doc)
        if not is_new_layout(doc):
            continue
        for ex, txt in texts[name].items():  # as heldout7 checks its own documents
            errors += ["%s [%s]: footnote %s not found" % (name, ex, k)
                       for k, v in doc["footnotes"].items() if norm(v) not in txt]
            if norm(doc["symbol"]) not in txt:
                errors.append("%s [%s]: symbol not found" % (name, ex))
    for name in DOCS:
        for ex, txt in texts[name].items():
            if norm(render.NOTE) not in txt:
                errors.append("%s [%s]: the evaluation note is missing" % (name, ex))
    fmts = collections.Counter(d["format"] for d in DOCS.values())
    langs = collections.Counter(d["lang"] for d in DOCS.values())
    years = sorted(int(re.search(r"(\d{4})\.\w+$", n).group(1)) for n in DOCS)
    if len(DOCS) != 12 or fmts != {"pdf": 3, "docx": 2, "html": 3, "md": 2, "txt": 2} \
            or any(langs[lg] != 4 for lg in ("en", "fr", "es")):
        errors.append("corpus mix: %s %s" % (dict(fmts), dict(langs)))
    if years[0] != 1998 or years[-1] != 2026 or len(set(years)) < 10:
        errors.append("years: %s" % years)
    words = {n: len(" ".join(check.document_paragraphs(d)).split()) for n, d in DOCS.items()}
    print("words per document: %d-%d" % (min(words.values()), max(words.values())))
    errors += ["%s: %d words" % (n, w) for n, w in words.items() if not 600 <= w <= 2500]
    return errors


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def gold_errors(texts):
    errors = [e for e in H7.gold_errors(texts) if not e.endswith(": bad id or lang")
              and not e.startswith("only ")]
    footnotes = {n: [norm(render.strip_markers(v)) for v in d["footnotes"].values()] for n, d in DOCS.items()}
    rows = {n: [norm(" ".join(r)) for b in d["blocks"] if b[0] == "table" for r in b[1]] for n, d in DOCS.items()}
    pairs, tags, langs = collections.Counter(), collections.Counter(), collections.Counter()
    n = 0
    for ln, line in enumerate(open(GOLD, encoding="utf-8"), 1):
        d = json.loads(line)
        n += 1
        tags.update(d["tags"])
        langs[d["lang"]] += 1
        where = "line %d (%s)" % (ln, d.get("id"))
        if not re.fullmatch(r"h9-%s\d\d" % d.get("lang"), d.get("id") or ""):
            errors.append("%s: bad id or lang" % where)
        if d.get("unanswerable"):
            if d.get("unanswerable") is not True or d["source"] is not None:
                errors.append("%s: unanswerable record malformed" % where)
            continue
        names = [s.split("/", 1)[1] for s in d.get("sources") or [d["source"]] if s.split("/", 1)[1] in DOCS]
        spans = [norm(s) for s in d["evidence"]]
        errors += ["%s: span of %d words" % (where, len(s.split())) for s in spans if not 5 <= len(s.split()) <= 25]
        if "compare" in d["tags"] and len(spans) < len(names):
            errors.append("%s: a compare question has one span per document" % where)
        for tag, where_found in (("footnote", footnotes), ("table", rows)):
            if tag in d["tags"] and not any(s in x for s in spans for nm in names for x in where_found[nm]):
                errors.append("%s: tagged %s, but no span is in one" % (where, tag))
        quoted = " ".join(spans)
        for group in d["answer_any"]:
            if not any(norm(a) in quoted for a in group):
                errors.append("%s: no answer of %s in the evidence" % (where, group))
        pairs.update((d["lang"], DOCS[nm]["lang"]) for nm in names if DOCS[nm]["lang"] != d["lang"])
    missing = [p for p in [(a, b) for a in ("en", "fr", "es") for b in ("en", "fr", "es") if a != b] if not pairs[p]]
    if missing:
        errors.append("cross-lingual pairs missing: %s" % missing)
    errors += ["only %d questions tagged %s (need %d)" % (tags[t], t, k) for t, k in NEED.items() if tags[t] < k]
    if not 75 <= n <= 90 or max(langs.values()) - min(langs.values()) > 3:
        errors.append("questions: %d, by language %s" % (n, dict(langs)))
    print("cross-lingual pairs (question, document):", dict(sorted(pairs.items())))
    return errors


if __name__ == "__main__":
    texts = {name: H7.extracted(name, doc) for name, doc in DOCS.items()}
    errs = layout_errors(texts) + gold_errors(texts)
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else "NOT OK (%d error(s))" % len(errs))
    sys.exit(1 if errs else 0)
