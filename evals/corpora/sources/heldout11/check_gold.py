"""Check the heldout11 corpus and gold questions; prints OK when all is well.

Reuses heldout7/check_gold.py (loaded as a module with this set's globals): its
independent extractors (pypdf, pdfplumber and pymupdf for PDF with running headers
removed; python-docx with the footnotes part for DOCX; html.parser for HTML, script and
style left out; markup stripped for MD; running headers dropped for TXT), its layout checks
for the header-table DOCX, the PDF-extracted TXT ("dash" header) and the render7-layout PDF
("en_note"), and its gold checks (every evidence span in ONE paragraph of a source
document and in every extraction of the rendered file; record format; tags; counts; gold
metadata and metadata.json).  Added here:
  - layout of what is new: the "banner" PDF (centred organization and body, double rule,
    job / original / symbol line, running header with date and symbol, "Page n of N" at
    the foot), the one-page "box" PDF (framed letterhead), the DOCX with its letterhead as
    paragraphs and a body table, the three saved-page styles ("section", "table",
    "region") and their note forms, the two Markdown styles ("toml", "quoted"), the
    plain-text "bulletin"; render.NOTE in every file; the corpus mix (formats, languages,
    years 1998-2026);
  - ids h11-<lang><nn>; spans of 5-25 words; a "footnote" question has a span in a
    footnote, a "table" question a span in a table row; every answer group is found in
    the evidence (in the document's words); the six question/document language pairs;
    the brief's counts (about 85 questions, a third per language; at least 55
    cross-lingual, 30 naming the document, 15 unanswerable, 10 compare, 8 follow-up,
    12 table, 20 footnote).

    python evals/corpora/sources/heldout11/check_gold.py
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
sys.path.insert(0, HERE)
import check  # noqa: E402
import render  # noqa: E402
from check import norm  # noqa: E402
from content import DOCS  # noqa: E402

SET = "heldout11"
ROOT = os.path.normpath(os.path.join(SOURCES, "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev", SET)
GOLD = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s.jsonl" % SET)
NEED = {"cross-lingual": 55, "names-document": 30, "unanswerable": 15, "compare": 10, "follow-up": 8,
        "table": 12, "footnote": 20}


def heldout7_checker():
    spec = importlib.util.spec_from_file_location("heldout7_check_gold",
                                                  os.path.join(SOURCES, "heldout7", "check_gold.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # its main code is guarded; it only defines functions
    mod.DOCS, mod.SET, mod.CORPUS, mod.GOLD = DOCS, SET, CORPUS, GOLD
    mod.GOLD_META = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s-metadata.json" % SET)
    mod.PDF_PAGES = {"banner": (2, 6), "en_note": (2, 6), "box": (1, 1)}
    base_patterns = mod.pdf_header_patterns

    def patterns(doc):  # the banner running header (date and symbol) and page footer as well
        sym, date = re.escape(doc["symbol"]), re.escape(doc["date"])
        return base_patterns(doc) + [r"^Page \d+ of \d+$", r"^%s$" % date, r"^%s\s+%s$" % (date, sym)]

    mod.pdf_header_patterns = patterns
    return mod


H7 = heldout7_checker()


def is_new_layout(doc):
    return (doc.get("layout") in ("banner", "box") or doc["format"] in ("html", "md")
            or doc.get("txt_style") == "bulletin" or doc.get("docx_style") == "letterhead")


# ---------------------------------------------------------------------------
# layout
# ---------------------------------------------------------------------------
def pdf_errors(name, doc):
    import pdfplumber

    errors = []
    pages, _ = H7.pdf_texts(name, doc)
    total = len(pages["pypdf"])
    for ex, texts in pages.items():
        for i, text in enumerate(texts, 1):
            lines = [l.strip() for l in text.split("\n") if l.strip()]
            if i == 1:
                head = " ".join(lines[:12])
                if not all(x in head for x in (doc["symbol"], doc["original"], doc["org"], doc["date"],
                                               doc["job"])):
                    errors.append("%s [%s]: letterhead incomplete" % (name, ex))
                continue
            if doc["symbol"] not in " ".join(lines[:3] + lines[-3:]) or doc["date"] not in " ".join(lines):
                errors.append("%s [%s] page %d: running header missing" % (name, ex, i))
            if "Page %d of %d" % (i, total) not in lines:
                errors.append("%s [%s] page %d: page footer missing" % (name, ex, i))
    lo, hi = H7.PDF_PAGES[doc["layout"]]
    if not lo <= total <= hi:
        errors.append("%s: %d page(s), want %d-%d" % (name, total, lo, hi))
    with pdfplumber.open(os.path.join(CORPUS, name)) as pdf:
        first = pdf.pages[0]
        rules = [e for e in first.lines if abs(e["y0"] - e["y1"]) < 0.01]
        if doc["layout"] == "banner":
            double = [e for e in rules if abs(e.get("linewidth", 0) - 1.2) < 0.01] and \
                [e for e in rules if abs(e.get("linewidth", 0) - 0.4) < 0.01]
            if not double:
                errors.append("%s: double rule under the banner missing" % name)
        else:
            if not first.rects:
                errors.append("%s: letterhead box missing" % name)
        notes = [e for p in pdf.pages for e in p.lines if abs(e.get("linewidth", 0) - 0.5) < 0.01
                 and abs(e["width"] - 140) < 0.5]
        if doc["footnotes"] and not notes:
            errors.append("%s: footnote rule missing" % name)
    print("layout %s: %s, %d page(s), %d footnote(s), extractors %s"
          % (name, doc["layout"], total, len(doc["footnotes"]), ",".join(sorted(pages))))
    return errors


def docx_letterhead_errors(name, doc):
    z = zipfile.ZipFile(os.path.join(CORPUS, name))
    xml = z.read("word/document.xml").decode("utf-8")
    errors = []
    if xml.count("<w:tbl>") != 1:
        errors.append("%s: want exactly one (body) table, no header table" % name)
    if xml.find(doc["symbol"]) > xml.find("<w:tbl>"):
        errors.append("%s: the symbol is not in the letterhead paragraphs" % name)
    rows = [b[1] for b in doc["blocks"] if b[0] == "table"][0]
    if xml.count("<w:tr>") + xml.count("<w:tr ") != len(rows):
        errors.append("%s: table rows do not match" % name)
    if "word/footnotes.xml" not in z.namelist() or \
            xml.count("<w:footnoteReference ") != len(doc["footnotes"]):
        errors.append("%s: footnote references do not match the footnotes" % name)
    print("layout %s: letterhead as paragraphs, body table of %d rows, %d footnote(s)"
          % (name, len(rows), len(doc["footnotes"])))
    return errors


def html_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    style = doc["html_style"]
    n = len(doc["footnotes"])
    calls = len(re.findall(r"\[\^\d+\]", " ".join(str(b[-1]) for b in doc["blocks"] if b[0] != "table")))
    errors = []
    if style == "section":
        want = ['class="cookie-bar"', '<nav aria-label="Main">', 'class="crumbs"', 'class="share-buttons"',
                'class="related-docs"', '<footer class="site">', '<section id="document-text"']
        ok = (len(re.findall(r'<sup id="fnref\d+"><a href="#fn\d+">\d+</a></sup>', raw)) == calls
              and raw.count('<ol class="footnotes">') == 1 and len(re.findall(r'<li id="fn\d+">', raw)) == n
              and "<article" not in raw and "<main" not in raw)
    elif style == "table":
        want = ['class="cookies"', 'class="menu-haut"', 'class="fil-ariane"', 'class="envoyer"',
                'class="colonne-gauche"', 'class="pied"', '<td valign="top" class="contenu">']
        ok = (len(re.findall(r'<a name="appel\d+" href="#note\d+" class="appel">\(\d+\)</a>', raw)) == calls
              and len(re.findall(r'<p class="note"><a name="note\d+"', raw)) == n and "<hr size=" in raw
              and not re.search(r"<(article|main|section|nav|header|footer)\b", raw))
    else:
        want = ['id="sliding-popup"', 'class="menu--main"', 'class="breadcrumb"', 'class="share-buttons"',
                'class="region-sidebar"', 'class="site-footer"', '<div class="region-content">',
                '<div class="field-body">']
        ok = (raw.count('class="nota-ref"') == calls and '<footer class="notas-documento">' in raw
              and len(re.findall(r'<p id="nota-\d+">', raw)) == n and "<article" not in raw and "<main" not in raw)
    errors += ["%s: %s missing" % (name, w) for w in want if w not in raw]
    if not ok:
        errors.append("%s: %s notes do not match the footnotes" % (name, style))
    if any(b[0] == "table" for b in doc["blocks"]) and "<thead>" not in raw:
        errors.append("%s: data table missing" % name)
    print("layout %s: page chrome present, %s layout, %d note(s)" % (name, style, n))
    return errors


def md_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    errors = []
    defs = re.findall(r"^\[\^(\d+)\]: ", raw, flags=re.M)
    if sorted(defs, key=int) != sorted(doc["footnotes"], key=int):
        errors.append("%s: footnote definitions do not match" % name)
    if doc["md_style"] == "toml":
        if not raw.startswith("+++\n") or 'symbol = "%s"' % doc["symbol"] not in raw.split("+++")[1]:
            errors.append("%s: TOML front matter missing" % name)
        if not re.search(r"^1\. ", raw, flags=re.M) or raw.find("[^1]: ") < raw.rfind("\n10. "):
            errors.append("%s: list-numbered paragraphs or notes at the end missing" % name)
    else:
        if not raw.startswith("> **") or not re.search(r"^### .* ###$", raw, flags=re.M):
            errors.append("%s: quoted letterhead or closed headings missing" % name)
        last_heading = raw.rfind("\n### ")
        if not defs or raw.find("[^%s]: " % defs[0]) > last_heading:
            errors.append("%s: notes are not placed at the end of their sections" % name)
    if any(b[0] == "table" for b in doc["blocks"]) and not re.search(r"^\|---\|", raw, flags=re.M):
        errors.append("%s: pipe table missing" % name)
    print("layout %s: markdown (%s), %d footnote(s)" % (name, doc["md_style"], len(defs)))
    return errors


def bulletin_txt_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    errors = []
    if "\f" in raw:
        errors.append("%s: form feed in a plain-text export" % name)
    calls = re.findall(r"\S\[(\d+)\]", raw)
    notes = re.findall(r"^\[(\d+)\] ", raw, flags=re.M)
    if len(calls) != len(doc["footnotes"]) or len(notes) != len(doc["footnotes"]):
        errors.append("%s: note calls or notes at the end missing" % name)
    if not raw.startswith("#" * 20) or not re.search(r"^Cote \.+ %s$" % re.escape(doc["symbol"]), raw, flags=re.M):
        errors.append("%s: banner or particulars missing" % name)
    if not re.search(r"^      -+  -+  -+$", raw, flags=re.M):
        errors.append("%s: fixed-width table missing" % name)
    print("layout %s: plain-text bulletin, %d note(s) at the end" % (name, len(notes)))
    return errors


def layout_errors(texts):
    errors = []
    H7.DOCS = {n: d for n, d in DOCS.items() if not is_new_layout(d)}
    try:
        errors += [e for e in H7.layout_errors(texts) if not e.startswith("corpus mix")]
    finally:
        H7.DOCS = DOCS
    for name, doc in DOCS.items():
        if doc.get("layout") in ("banner", "box"):
            errors += pdf_errors(name, doc)
        elif doc.get("docx_style") == "letterhead":
            errors += docx_letterhead_errors(name, doc)
        elif doc["format"] == "html":
            errors += html_errors(name, doc)
        elif doc["format"] == "md":
            errors += md_errors(name, doc)
        elif doc.get("txt_style") == "bulletin":
            errors += bulletin_txt_errors(name, doc)
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
    errors += ["%s: %d words" % (n, w) for n, w in words.items() if not 450 <= w <= 2500]
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
        if not re.fullmatch(r"h11-%s\d\d" % d.get("lang"), d.get("id") or ""):
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
    if not 80 <= n <= 90 or max(langs.values()) - min(langs.values()) > 3:
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
