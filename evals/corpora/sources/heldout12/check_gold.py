"""Check the heldout12 corpus and gold questions; prints OK when all is well.

Reuses heldout7/check_gold.py (loaded as a module with this set's globals): its
independent extractors (pypdf, pdfplumber and pymupdf for PDF with running headers
removed; python-docx with the footnotes part for DOCX; html.parser for HTML, script and
style left out; markup stripped for MD) and its gold checks (every evidence span in ONE
paragraph of a source document and in every extraction of the rendered file; record
format; tags; gold metadata and metadata.json).  Here, the running headers and page
footers of this set's layouts are removed, the text exported from a PDF is read with its
header and footer lines dropped on every page, and:
  - layout of every file (render12.py): the "boxed" and "two_col" PDF letterheads, running
    headers and page footers, page counts (two notes of 3-6 pages, one single page); the
    "labelled" and "tabbed" DOCX letterheads, Word numbering or typed numbers, the body
    table with a repeated header row, Word footnotes; the three saved pages ("inline",
    "aside", "print") with their page chrome, where the text lives and how notes are
    marked, and no <article> or <main>; the two Markdown styles; the two text styles;
    render.NOTE, every footnote and the symbol in every extraction; the corpus mix
    (formats, languages, years 1998-2026);
  - ids h12-<lang><nn>; spans of 5-25 words; a "footnote" question has a span in a
    footnote, a "table" question a span in a table row; every answer group is found in
    the evidence (in the document's words); the six question/document language pairs;
    the brief's counts (about 85 questions, a third per language; at least 55
    cross-lingual, 30 naming the document, 15 unanswerable, 10 compare, 8 follow-up,
    12 table, 20 footnote).

    python evals/corpora/sources/heldout12/check_gold.py
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

SET = "heldout12"
ROOT = os.path.normpath(os.path.join(SOURCES, "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev", SET)
GOLD = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s.jsonl" % SET)
NEED = {"cross-lingual": 55, "names-document": 30, "unanswerable": 15, "compare": 10, "follow-up": 8,
        "table": 12, "footnote": 20}
FN_RE = render.FN_RE


def txt_patterns(doc):
    """Running header (symbol and date) and page footer of the text exported from a PDF."""
    return [re.compile(r"^%s\s+%s$" % (re.escape(doc["symbol"]), re.escape(doc["date"]))),
            re.compile(r"^\u2014 \d+ \u2014$")]


def txt_text(path, doc):
    pats = txt_patterns(doc) if doc.get("txt_style") == "pdf" else []
    kept = []
    for pg in open(path, encoding="utf-8").read().split("\f"):
        kept.append("\n".join(l for l in pg.split("\n") if not any(p.match(l.strip()) for p in pats)))
    return norm("\n".join(kept))


def pdf_patterns(doc):
    sym, body = re.escape(doc["symbol"]), re.escape(doc["body_line"])
    if doc["layout"] == "boxed":
        return [r"^%s$" % sym, r"^%s$" % body, r"^%s\s+%s$" % (body, sym), r"^%s\s+%s$" % (sym, body),
                r"^(p\.|pág\.) \d+$"]
    return [r"^%s$" % sym, r"^\u2013 \d+ \u2013$"]


def heldout7_checker():
    spec = importlib.util.spec_from_file_location("heldout7_check_gold",
                                                  os.path.join(SOURCES, "heldout7", "check_gold.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # its main code is guarded; it only defines functions
    mod.DOCS, mod.SET, mod.CORPUS, mod.GOLD = DOCS, SET, CORPUS, GOLD
    mod.GOLD_META = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s-metadata.json" % SET)
    mod.pdf_header_patterns = pdf_patterns
    mod.txt_text = txt_text
    return mod


H7 = heldout7_checker()


def calls_in(doc):
    return len(FN_RE.findall(" ".join(str(b[-1]) for b in doc["blocks"] if b[0] != "table")))


def has_table(doc):
    return any(b[0] == "table" for b in doc["blocks"])


# ---------------------------------------------------------------------------
# layout
# ---------------------------------------------------------------------------
PDF_PAGES = {"secretariat-note-digitally-delivered-services-2023.pdf": (3, 6),
             "note-secretariat-localisation-donnees-services-2024.pdf": (3, 6),
             "comunicacion-grupo-pma-brecha-digital-2017.pdf": (1, 1)}


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
                if not all(x in head for x in (doc["symbol"], doc["original"], doc["org_lines"][1], doc["date"],
                                               doc["job"], doc["body_line"])):
                    errors.append("%s [%s]: letterhead incomplete" % (name, ex))
                continue
            top = " ".join(lines[:3])
            if doc["symbol"] not in top:
                errors.append("%s [%s] page %d: running header missing" % (name, ex, i))
            foot = ("%s %d" % (doc["page_word"], i)) if doc["layout"] == "boxed" else "\u2013 %d \u2013" % i
            if foot not in lines:
                errors.append("%s [%s] page %d: page footer missing" % (name, ex, i))
    lo, hi = PDF_PAGES[name]
    if not lo <= total <= hi:
        errors.append("%s: %d page(s), want %d-%d" % (name, total, lo, hi))
    with pdfplumber.open(os.path.join(CORPUS, name)) as pdf:
        first = pdf.pages[0]
        W, H = float(first.width), float(first.height)
        if doc["layout"] == "boxed":
            boxes = [r for r in first.rects if r["x1"] > W - 80 and r["top"] < 80]
            later = [r for p in pdf.pages[1:] for r in p.rects if r["top"] < 60]
            ok = len(boxes) == 1 and len(later) == total - 1
            what = "symbol box"
        else:
            vert = [e for e in first.lines if abs(e["x0"] - e["x1"]) < 0.01 and e["top"] < 80]
            ok = len(vert) == 1 and abs(vert[0]["x0"] - (W / 2 + 40)) < 0.5
            what = "two-column letterhead"
        rules = [e for p in pdf.pages for e in p.lines if abs(e["width"] - (W - 144)) < 0.5
                 and abs(e.get("linewidth", 0) - 0.5) < 0.01]
    if not ok:
        errors.append("%s: %s missing" % (name, what))
    if has_table(doc) and not rules:
        errors.append("%s: table rules missing" % name)
    print("layout %s: %s, %d page(s), %d footnote(s), extractors %s"
          % (name, doc["layout"], total, len(doc["footnotes"]), ",".join(sorted(pages))))
    return errors


def docx_errors(name, doc):
    z = zipfile.ZipFile(os.path.join(CORPUS, name))
    xml = z.read("word/document.xml").decode("utf-8")
    errors = []
    if "word/footnotes.xml" not in z.namelist():
        errors.append("%s: footnotes part missing" % name)
    if xml.count("<w:footnoteReference ") != len(doc["footnotes"]):
        errors.append("%s: footnote references do not match the footnotes" % name)
    if not any("header" in n for n in z.namelist()) or doc["symbol"] not in "".join(
            z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/header")):
        errors.append("%s: running header missing" % name)
    body = xml.split("<w:body>", 1)[1]
    first_tbl, first_par = body.find("<w:tbl>"), body.find("<w:p>")
    if doc["docx_style"] == "labelled":
        if not (0 <= first_tbl < 200 and doc["symbol"] in body[:body.find("</w:tbl>")]
                and "Original language" in body[:body.find("</w:tbl>")]):
            errors.append("%s: labelled header table missing" % name)
        if xml.count("<w:numPr>") < 10:
            errors.append("%s: Word numbering missing" % name)
    else:
        if 0 <= first_tbl < first_par or xml.count('w:val="right" w:pos=') < 4 or "<w:pBdr>" not in xml:
            errors.append("%s: tab-aligned letterhead missing" % name)
        if "<w:numPr>" in xml or not re.search(r"<w:t[^>]*>A\.1\t", xml.replace("<w:tab/>", "\t")):
            if "A.1" not in xml:
                errors.append("%s: typed paragraph numbers missing" % name)
        if "<w:tblHeader" not in xml or xml.count("<w:tbl>") != 1:
            errors.append("%s: body table with a repeated header row missing" % name)
    print("layout %s: %s, %d table(s), %d footnote(s)" % (name, doc["docx_style"], xml.count("<w:tbl>"),
                                                        len(doc["footnotes"])))
    return errors


def html_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    errors = ["%s: %s missing" % (name, w) for w in (
        'class="cookie-bar"', 'class="topnav"', 'class="crumbs"', 'class="share-buttons"',
        'class="related-docs"', 'class="sitefoot"', 'class="doc-card"') if w not in raw]
    if "<article" in raw or "<main" in raw:
        errors.append("%s: <article> or <main> used" % name)
    n, calls, style = len(doc["footnotes"]), calls_in(doc), doc["html_style"]
    if style == "inline":
        ok = '<div class="content">' in raw and raw.count('<span class="footnote"') == calls == n
    elif style == "aside":
        ok = ('<aside class="doc-notes"' in raw and '<div role="main" class="doc-body">' in raw
              and raw.count('class="noteref"') == calls and len(re.findall(r'<p id="n\d+">', raw)) == n)
    else:
        ok = ('class="print-toolbar"' in raw and '<div class="hoja">' in raw and '<table class="notas">' in raw
              and raw.count('<sup class="ref">') == calls and len(re.findall(r'<tr id="nota\d+">', raw)) == n)
    if not ok:
        errors.append("%s: %s notes do not match the footnotes" % (name, style))
    if has_table(doc) and not ('<table class="datos">' in raw and "<thead>" in raw):
        errors.append("%s: data table missing" % name)
    print("layout %s: page chrome present, %s layout, %d note(s)" % (name, style, n))
    return errors


def md_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    errors = []
    defs = re.findall(r"^\[\^(\d+)\]: ", raw, flags=re.M)
    if defs != list(doc["footnotes"]) or len(re.findall(r"[^\n]\[\^\d+\]", raw)) != calls_in(doc):
        errors.append("%s: footnotes do not match" % name)
    if doc["md_style"] == "yaml":
        if not raw.startswith("---\n") or "\nsymbol: %s\n" % doc["symbol"] not in raw.split("\n---\n", 1)[0]:
            errors.append("%s: YAML front matter missing" % name)
    else:
        lab = "- **Signatura:** %s" % doc["symbol"]
        if raw.startswith("---") or lab not in raw or not re.search(r"^1\\\. ", raw, flags=re.M) \
                or raw.find("\n## Notas\n") > raw.find("[^1]: "):
            errors.append("%s: bulleted letterhead, escaped numbers or notes heading missing" % name)
    if has_table(doc) and not re.search(r"^\|---\|", raw, flags=re.M):
        errors.append("%s: pipe table missing" % name)
    print("layout %s: markdown (%s), %d footnote(s)" % (name, doc["md_style"], len(defs)))
    return errors


def txt_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    errors = []
    if doc["txt_style"] == "pdf":
        pages = raw.split("\f")
        head, foot = txt_patterns(doc)
        for i, pg in enumerate(pages, 1):
            lines = pg.rstrip("\n").split("\n")
            if i > 1 and not head.match(lines[0].strip()):
                errors.append("%s page %d: running header missing" % (name, i))
            if lines[-1].strip() != "\u2014 %d \u2014" % i:
                errors.append("%s page %d: page footer missing" % (name, i))
        if len(pages) < 2 or "\n" + "-" * 20 + "\n" not in raw:
            errors.append("%s: pages or footnote rule missing" % name)
        print("layout %s: PDF export, %d page(s), %d footnote(s)" % (name, len(pages), len(doc["footnotes"])))
    else:
        notes = re.findall(r"^\[(\d+)\] ", raw, flags=re.M)
        if "\f" in raw or not raw.startswith("+---") or notes != list(doc["footnotes"]) \
                or len(re.findall(r"\S\[\d+\]", raw)) != calls_in(doc):
            errors.append("%s: plain-text frame, calls or notes missing" % name)
        print("layout %s: plain text, %d note(s) at the end" % (name, len(notes)))
    return errors


def layout_errors(texts):
    errors = []
    for name, doc in DOCS.items():
        errors += {"pdf": pdf_errors, "docx": docx_errors, "html": html_errors, "md": md_errors,
                   "txt": txt_errors}[doc["format"]](name, doc)
        for ex, txt in texts[name].items():
            errors += ["%s [%s]: footnote %s not found" % (name, ex, k)
                       for k, v in doc["footnotes"].items() if norm(v) not in txt]
            if norm(doc["symbol"]) not in txt:
                errors.append("%s [%s]: symbol not found" % (name, ex))
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
              and not e.startswith("only ") and not re.search(r"^\d+ questions$", e)]
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
        if not re.fullmatch(r"h12-%s\d\d" % d.get("lang"), d.get("id") or ""):
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
    if not 80 <= n <= 92 or max(langs.values()) - min(langs.values()) > 3:
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
