"""Check the heldout13 corpus and gold questions; prints OK when all is well.

Reuses heldout7/check_gold.py (loaded as a module with this set's globals, as heldout9's
checker does): its independent extractors (pypdf, pdfplumber and pymupdf for PDF with
running headers and page footers removed; python-docx with the footnotes part for DOCX;
html.parser for HTML, script and style left out; markup stripped for MD; running headers
dropped for TXT) and its gold checks (every evidence span in ONE paragraph of a source
document and in every extraction of the rendered file; record format; tags; gold metadata
and metadata.json; the corpus directory).  Added here:
  - layout of this set's files (render13.py): the three PDF layouts ("en_framed",
    "fr_stacked", "es_centred": letterhead, running header, page numbering, page count);
    the two DOCX letterheads ("table3" header table with paragraphs numbered by hand,
    "paras" letterhead without a table, Word numbering and a body table), Word footnotes;
    the three saved pages ("drupal", "tufte", "gob": page chrome, where the document sits,
    how its notes are marked up); the two Markdown styles ("toml", "quote"); the two text
    files ("pdftext" with form feeds, running header and page footers; "wordtext" with
    CRLF, [n] calls, tab-separated table, notes at the end); every footnote and the symbol
    in every extraction; render.NOTE in every file; the corpus mix (formats, languages,
    years 1998-2026, 600-2500 words per document);
  - ids h13-<lang><nn>; spans of 5-25 words; a "footnote" question has a span in a
    footnote, a "table" question a span in a table row; every answer group is found in the
    evidence; all six question/document language pairs; the brief's counts (85-90
    questions, a third per language; at least 60% cross-lingual, 25 naming the document,
    20 footnote, 12 table, 10 compare with a span from each document, 15 unanswerable,
    9 follow-up).

    python evals/corpora/sources/heldout13/check_gold.py
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

SET = "heldout13"
ROOT = os.path.normpath(os.path.join(SOURCES, "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev", SET)
GOLD = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s.jsonl" % SET)
NEED = {"names-document": 25, "footnote": 20, "table": 12, "compare": 10, "unanswerable": 15, "follow-up": 9}
PDF_PAGES = {"en_framed": (3, 6), "fr_stacked": (2, 3), "es_centred": (2, 3)}


def heldout7_checker():
    spec = importlib.util.spec_from_file_location("heldout7_check_gold",
                                                  os.path.join(SOURCES, "heldout7", "check_gold.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # its main code is guarded; it only defines functions
    mod.DOCS, mod.SET, mod.CORPUS, mod.GOLD = DOCS, SET, CORPUS, GOLD
    mod.GOLD_META = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s-metadata.json" % SET)
    base_pdf, base_txt = mod.pdf_header_patterns, mod.txt_header_patterns

    def pdf_patterns(doc):  # this set's running headers and page footers as well
        sym = re.escape(doc["symbol"])
        out = base_pdf(doc) + [r"^Page \d+ of \d+$"]
        if doc.get("short_title"):
            title = re.escape(doc["short_title"])
            out += [r"^%s$" % title, r"^%s\s+%s$" % (title, sym)]
        if doc.get("page_word"):
            out.append(r"^%s · %s \d+$" % (sym, re.escape(doc["page_word"])))
        return out

    def txt_patterns(doc):
        out = base_txt(doc)
        if doc.get("page_word"):
            out.append(r"^%s \d+ de \d+$" % re.escape(doc["page_word"]))
        return out

    mod.pdf_header_patterns, mod.txt_header_patterns = pdf_patterns, txt_patterns
    return mod


H7 = heldout7_checker()


def calls_in(doc):
    return len(render.FN_RE.findall(" ".join(str(b[-1]) for b in doc["blocks"] if b[0] != "table")))


# ---------------------------------------------------------------------------
# layout
# ---------------------------------------------------------------------------
def pdf_errors(name, doc):
    errors = []
    pages, _ = H7.pdf_texts(name, doc)
    total = len(pages["pypdf"])
    layout = doc["layout"]
    for ex, texts in pages.items():
        for i, text in enumerate(texts, 1):
            lines = [l.strip() for l in text.split("\n") if l.strip()]
            if layout == "en_framed" and not any(re.fullmatch(r"Page %d of %d" % (i, total), l) for l in lines):
                errors.append("%s [%s] page %d: page footer missing" % (name, ex, i))
            if i == 1:
                head = " ".join(lines[:14])
                if not all(x in head for x in (doc["symbol"], doc["date"], doc["original"], doc["job"])):
                    errors.append("%s [%s]: letterhead incomplete" % (name, ex))
                if layout == "fr_stacked" and not all(any(l.startswith(x) for l in lines[:8])
                                                             for x in doc["org_lines"]):
                    errors.append("%s [%s]: organization not on three lines" % (name, ex))
                continue
            top = " ".join(lines[:3])
            if layout == "en_framed" and not (doc["short_title"] in top and doc["symbol"] in top):
                errors.append("%s [%s] page %d: running header missing" % (name, ex, i))
            if layout == "fr_stacked" and (doc["symbol"] not in top or "- %d -" % i not in lines):
                errors.append("%s [%s] page %d: running header or page number missing" % (name, ex, i))
            if layout == "es_centred" and "%s · %s %d" % (doc["symbol"], doc["page_word"], i) not in lines[:3]:
                errors.append("%s [%s] page %d: running header missing" % (name, ex, i))
    lo, hi = PDF_PAGES[layout]
    if not lo <= total <= hi:
        errors.append("%s: %d page(s), want %d-%d" % (name, total, lo, hi))
    print("layout %s: %s, %d page(s), %d footnote(s), extractors %s"
          % (name, layout, total, len(doc["footnotes"]), ",".join(sorted(pages))))
    return errors


def docx_errors(name, doc):
    import docx
    import zipfile

    errors = []
    path = os.path.join(CORPUS, name)
    z = zipfile.ZipFile(path)
    xml = z.read("word/document.xml").decode("utf-8")
    if "word/footnotes.xml" not in z.namelist() or xml.count("<w:footnoteReference ") != calls_in(doc):
        errors.append("%s: Word footnotes do not match the calls" % name)
    if "word/header" not in " ".join(z.namelist()) or doc["running_header"] not in \
            " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/header")):
        errors.append("%s: running header missing" % name)
    d = docx.Document(path)
    body = d.element.body
    first = body[0].tag.rsplit("}", 1)[1]
    tables = [b for b in doc["blocks"] if b[0] == "table"]
    if doc["letterhead"] == "table3":
        t = d.tables[0] if d.tables else None
        if first != "tbl" or t is None or len(t.columns) != 3 or doc["symbol"] not in t.cell(0, 2).text:
            errors.append("%s: three-column header table missing" % name)
        numbered = [p for p in d.paragraphs if re.match(r"^\d+\.\t", p.text)]
        if len(numbered) != sum(1 for b in doc["blocks"] if b[0] == "np"):
            errors.append("%s: paragraphs not numbered by hand" % name)
        if len(d.tables) != 1 + len(tables):
            errors.append("%s: unexpected tables" % name)
    else:
        if first != "p" or not d.paragraphs[0].text.startswith(doc["org"]) or doc["symbol"] not in d.paragraphs[0].text:
            errors.append("%s: letterhead paragraphs missing" % name)
        if xml.count("<w:numPr>") < sum(1 for b in doc["blocks"] if b[0] in ("np", "h")):
            errors.append("%s: Word numbering missing" % name)
        if len(d.tables) != len(tables) or not tables:
            errors.append("%s: body table missing" % name)
        else:
            rows = [[c.text for c in r.cells] for r in d.tables[0].rows]
            if rows != tables[0][1]:
                errors.append("%s: body table differs from the content" % name)
    print("layout %s: docx (%s), %d table(s), %d footnote(s)" % (name, doc["letterhead"], len(d.tables),
                                                                 len(doc["footnotes"])))
    return errors


def html_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    style, n, calls = doc["site"], len(doc["footnotes"]), calls_in(doc)
    chrome = {"drupal": ('skip-link"', 'id="block-main"', 'class="breadcrumb"', 'layout-sidebar-first',
                         'class="share"', 'class="site-footer"', 'class="doc-card"'),
              "tufte": ('class="main-navigation"', 'class="fil-ariane"', 'id="secondary"', 'class="share"',
                        'id="colophon"', 'class="doc-card"'),
              "gob": ('class="menu-principal"', 'class="migas"', 'class="lateral"', 'class="share"', 'class="pie"',
                      'class="doc-card"')}[style]
    errors = ["%s: %s missing" % (name, w) for w in chrome if w not in raw]
    has = {"main": "<main" in raw, "article": "<article" in raw, "role": 'role="main"' in raw}
    want = {"drupal": {"main": False, "article": False, "role": False},
            "tufte": {"main": True, "article": True, "role": False},
            "gob": {"main": False, "article": False, "role": True}}[style]
    if has != want:
        errors.append("%s: document wrapper %s" % (name, has))
    if style == "drupal":
        ok = raw.count('class="see-footnote"') == calls and raw.count('<li class="footnote"') == n
    elif style == "tufte":
        ok = raw.count('<span class="sidenote">') == calls and "footnote" not in raw
    else:
        ok = raw.count('<details class="nota"') == n and raw.count('aria-describedby="notas-titulo"') == calls
    if not ok:
        errors.append("%s: %s notes do not match the footnotes" % (name, style))
    if any(b[0] == "table" for b in doc["blocks"]):
        if "<thead>" not in raw or (style == "gob" and ("<caption>" not in raw or 'scope="row"' not in raw)):
            errors.append("%s: data table missing" % name)
    print("layout %s: saved page (%s), %d note(s)" % (name, style, n))
    return errors


def md_errors(name, doc):
    raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
    errors = []
    last_np = max(raw.find(b[1] + (" " if doc["md_style"] == "toml" else "\\. ")) for b in doc["blocks"]
                  if b[0] == "np")
    if doc["md_style"] == "toml":
        fm = raw.split("+++\n")
        if not raw.startswith("+++\n") or 'symbol = "%s"' % doc["symbol"] not in fm[1]:
            errors.append("%s: TOML front matter missing" % name)
        defs = re.findall(r"^\[\^(\d+)\]: ", raw, flags=re.M)
        if defs != list(doc["footnotes"]) or raw.find("[^1]: ") < last_np:
            errors.append("%s: footnote definitions not at the end" % name)
        long_lines = [l for l in raw.split("\n") if len(l) > 80 and not l.startswith(("|", "title =", "tags ="))]
        if long_lines:
            errors.append("%s: %d line(s) not wrapped" % (name, len(long_lines)))
        if not re.search(r"^### \d ", raw, flags=re.M):
            errors.append("%s: ATX headings missing" % name)
    else:
        if not raw.startswith("> **%s**" % doc["org"]) or "> %s · " % doc["symbol"] not in raw:
            errors.append("%s: blockquote letterhead missing" % name)
        notes = re.findall(r"^(\d+)\. ", raw.split("### %s" % doc["notes_word"])[-1], flags=re.M)
        if raw.count("<sup>") != calls_in(doc) or notes != list(doc["footnotes"]) or "[^" in raw:
            errors.append("%s: <sup> calls or the notes list do not match" % name)
    if any(b[0] == "table" for b in doc["blocks"]) and not re.search(r"^\|-+\|:-+:\|", raw, flags=re.M):
        errors.append("%s: pipe table missing" % name)
    print("layout %s: markdown (%s), %d footnote(s)" % (name, doc["md_style"], len(doc["footnotes"])))
    return errors


def txt_errors(name, doc):
    data = open(os.path.join(CORPUS, name), "rb").read().decode("utf-8")
    errors = []
    if doc["txt_style"] == "pdftext":
        pages = data.split("\f")
        if len(pages) < 2 or "\r" in data:
            errors.append("%s: not a paged export" % name)
        for i, pg in enumerate(pages, 1):
            lines = pg.rstrip("\n").split("\n")
            if lines[-1].strip() != "%s %d de %d" % (doc["page_word"], i, len(pages)):
                errors.append("%s page %d: page footer missing" % (name, i))
            if i > 1 and lines[0].strip() != doc["symbol"]:
                errors.append("%s page %d: running header missing" % (name, i))
        if "\n" + "_" * 20 + "\n" not in data:
            errors.append("%s: footnote rule missing" % name)
        print("layout %s: text from a PDF, %d page(s), %d footnote(s)" % (name, len(pages), len(doc["footnotes"])))
    else:
        if "\f" in data or data.count("\r\n") != data.count("\n"):
            errors.append("%s: not a CRLF plain-text save" % name)
        calls = re.findall(r"\S\[(\d+)\]", data)
        notes = re.findall(r"^\[(\d+)\] ", data, flags=re.M)
        if len(calls) != calls_in(doc) or notes != list(doc["footnotes"]):
            errors.append("%s: [n] calls or notes do not match" % name)
        for b in doc["blocks"]:
            if b[0] == "table" and any("\t".join(r) + "\r\n" not in data for r in b[1]):
                errors.append("%s: tab-separated table missing" % name)
        print("layout %s: plain-text save, %d note(s) at the end" % (name, len(notes)))
    return errors


def layout_errors(texts):
    errors = []
    check_of = {"pdf": pdf_errors, "docx": docx_errors, "html": html_errors, "md": md_errors, "txt": txt_errors}
    for name, doc in DOCS.items():
        errors += check_of[doc["format"]](name, doc)
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
    print("words per document: %d-%d; years %s" % (min(words.values()), max(words.values()), years))
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
        if not re.fullmatch(r"h13-%s\d\d" % d.get("lang"), d.get("id") or ""):
            errors.append("%s: bad id or lang" % where)
        if d.get("unanswerable"):
            if d.get("unanswerable") is not True or d["source"] is not None:
                errors.append("%s: unanswerable record malformed" % where)
            continue
        names = [s.split("/", 1)[1] for s in d.get("sources") or [d["source"]] if s.split("/", 1)[1] in DOCS]
        spans = [norm(s) for s in d["evidence"]]
        errors += ["%s: span of %d words" % (where, len(s.split())) for s in spans if not 5 <= len(s.split()) <= 25]
        if re.search(r"[*_#|]", " ".join(d["evidence"])):
            errors.append("%s: markup character in a span" % where)
        if "compare" in d["tags"]:
            holders = [nm for nm in names if any(s in " ".join(norm(p) for p in check.document_paragraphs(DOCS[nm]))
                                                 for s in spans)]
            if len(spans) < len(names) or len(set(holders)) < len(names):
                errors.append("%s: a compare question has a span from each document" % where)
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
    if tags["cross-lingual"] < 0.6 * n:
        errors.append("only %d of %d questions cross-lingual (need 60%%)" % (tags["cross-lingual"], n))
    if not 85 <= n <= 90 or max(langs.values()) - min(langs.values()) > 2:
        errors.append("questions: %d, by language %s" % (n, dict(langs)))
    print("cross-lingual pairs (question, document):", dict(sorted(pairs.items())))
    return errors


if __name__ == "__main__":
    texts = {name: H7.extracted(name, doc) for name, doc in DOCS.items()}
    errs = layout_errors(texts)
    if os.path.exists(GOLD) or "--gold" in sys.argv:
        errs += gold_errors(texts)
    else:
        errs.append("no gold file %s" % GOLD)
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else "NOT OK (%d error(s))" % len(errs))
    sys.exit(1 if errs else 0)
