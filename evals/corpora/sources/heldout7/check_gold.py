"""Check the heldout7 corpus and gold questions; prints OK when all is well.

  - Layout of the rendered files.  PDF: page 1 carries the symbol and the original
    language; later pages carry the running header and a page number; every footnote text
    is found in the extracted text; page counts (note 3+, minutes 2+, chair's report 1).
    TXT from a PDF: form feeds, running header on every later page, footnotes under a
    rule.  HTML: cookie banner, menu, breadcrumb, related links, share buttons, footer;
    notes list with back-links; data table where the document has one.  DOCX: header
    table with the symbol, Word numbering, word/footnotes.xml with one reference per
    footnote.  MD: YAML front matter (or none), Markdown footnotes.
  - Every evidence span (NFKC, casefold, whitespace collapsed) occurs in ONE paragraph of
    a listed source document (content.py) AND in the text extracted from the rendered
    file by an independent extractor: pypdf, pdfplumber and pymupdf for PDF (running
    headers removed, hyphenation at line ends undone; every extractor must find it),
    python-docx for DOCX (body, tables and the footnotes part), html.parser for HTML,
    Markdown markup stripped for MD (footnote calls kept), running headers dropped for TXT.
  - Record format of the brief, unique ids, tags, cross-language consistency, counts;
    the gold metadata file and the corpus metadata.json.

    python evals/corpora/sources/heldout7/check_gold.py
"""
import collections
import html.parser
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import check  # noqa: E402
import render  # noqa: E402
from check import norm  # noqa: E402
from content import DOCS  # noqa: E402
from gold import document_paragraphs  # noqa: E402

SET = "heldout7"
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev", SET)
GOLD = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s.jsonl" % SET)
GOLD_META = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s-metadata.json" % SET)
TAGS = ["names-document", "cross-lingual", "unanswerable", "compare", "follow-up", "footnote", "table"]
NEED = {"cross-lingual": 40, "unanswerable": 16, "names-document": 12, "compare": 10, "follow-up": 8,
        "footnote": 10, "table": 6}
KINDS = ("declaration", "decision", "draft decision", "communication", "report", "note", "minutes", "statement",
         "proposal", "summary", None)
PDF_PAGES = {"en_note": (3, 6), "es_minutes": (2, 5), "fr_one": (1, 1)}


# ---------------------------------------------------------------------------
# independent extractors
# ---------------------------------------------------------------------------
def pdf_header_patterns(doc):
    sym = re.escape(doc["symbol"])
    return [r"^%s$" % sym, r"^Page \d+$", r"^%s\s+Page \d+$" % sym, r"^-\s*\d+\s*-$", r"^%s\s+-\s*\d+\s*-$" % sym]


def pdf_texts(name, doc):
    pages = check.pdf_pages(os.path.join(CORPUS, name))
    return pages, {ex: check.pdf_text(pg, pdf_header_patterns(doc)) for ex, pg in pages.items()}


def docx_text(path):
    import docx
    from lxml import etree

    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.extend(c.text for c in row.cells)
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    for part in d.part.package.parts:
        if str(part.partname) == "/word/footnotes.xml":
            root = etree.fromstring(part.blob)
            for fn in root.findall("w:footnote", ns):
                out.append("".join(t.text or "" for t in fn.iter("{%s}t" % ns["w"])))
    return norm("\n".join(out))


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    p = _Text()
    p.feed(open(path, encoding="utf-8").read())
    return norm(" ".join(p.parts))


def md_text(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"^\[\^\d+\]:", "", raw, flags=re.M)  # footnote definitions; calls stay in the text
    raw = re.sub(r"^#+ ", "", raw, flags=re.M)
    raw = raw.replace("**", "").replace("*", "").replace("|", " ").replace("\\", "")
    return norm(raw)


def txt_header_patterns(doc):
    sym = re.escape(doc["symbol"])
    return [r"^%s$" % sym, r"^(Page|Página) \d+$", r"^-\s*\d+\s*-$", r"^%s\s+Página \d+ de \d+$" % sym]


def txt_text(path, doc):
    pages = open(path, encoding="utf-8").read().split("\f")
    pats = [re.compile(p) for p in txt_header_patterns(doc)]
    kept = []
    for i, pg in enumerate(pages):
        lines = pg.split("\n")
        if i:
            lines = [l for l in lines if not any(p.match(l.strip()) for p in pats)]
        kept.append("\n".join(lines))
    return norm("\n".join(kept))


def extracted(name, doc):
    """{extractor: normalised text} of the rendered file."""
    path = os.path.join(CORPUS, name)
    fmt = doc["format"]
    if fmt == "pdf":
        return pdf_texts(name, doc)[1]
    if fmt == "docx":
        return {"python-docx": docx_text(path)}
    if fmt == "html":
        return {"html.parser": html_text(path)}
    if fmt == "md":
        return {"markdown": md_text(path)}
    if fmt == "txt":
        return {"text": txt_text(path, doc)}
    raise ValueError(fmt)


# ---------------------------------------------------------------------------
# layout
# ---------------------------------------------------------------------------
def layout_errors(texts):
    errors = []
    for name, doc in DOCS.items():
        path = os.path.join(CORPUS, name)
        fmt = doc["format"]
        if fmt == "pdf":
            allpages, _ = pdf_texts(name, doc)
            for ex, pages in allpages.items():
                for i, text in enumerate(pages, 1):
                    lines = [l.strip() for l in text.split("\n") if l.strip()]
                    if i == 1:
                        head = " ".join(lines[:14])
                        if doc["symbol"] not in head or doc["original"] not in head:
                            errors.append("%s [%s]: letterhead without symbol or original language" % (name, ex))
                        continue
                    top = " ".join(lines[:3])
                    if doc["symbol"] not in top:
                        errors.append("%s [%s] page %d: running header missing" % (name, ex, i))
                    if not re.search(r"(Page %d\b|-\s*%d\s*-)" % (i, i), top):
                        errors.append("%s [%s] page %d: page number missing" % (name, ex, i))
            lo, hi = PDF_PAGES[doc["layout"]]
            n = len(allpages["pypdf"])
            if not lo <= n <= hi:
                errors.append("%s: %d page(s), want %d-%d" % (name, n, lo, hi))
            print("layout %s: %d page(s), %d footnote(s), extractors %s"
                  % (name, n, len(doc["footnotes"]), ",".join(sorted(allpages))))
        elif fmt == "txt":
            pages = open(path, encoding="utf-8").read().split("\f")
            if len(pages) < 2:
                errors.append("%s: no form feed" % name)
            pats = [re.compile(p) for p in txt_header_patterns(doc)]
            for i, pg in enumerate(pages[1:], 2):
                first = [l.strip() for l in pg.split("\n")[:2]]
                if not any(p.match(first[0]) for p in pats) or str(i) not in " ".join(first):
                    errors.append("%s page %d: running header %r" % (name, i, first))
            if doc["footnotes"] and "\n" + "_" * 18 + "\n" not in open(path, encoding="utf-8").read():
                errors.append("%s: footnote rule missing" % name)
            print("layout %s: %d page(s), %d footnote(s)" % (name, len(pages), len(doc["footnotes"])))
        elif fmt == "html":
            raw = open(path, encoding="utf-8").read()
            want = ['class="cookie-banner"', 'class="main-menu"', 'class="breadcrumb"', 'class="related-links"',
                    'class="share-bar"', 'class="site-footer"']
            if doc["footnotes"]:
                want += ['class="notes-list"', 'class="backlink"', 'class="fn-call"']
            if any(b[0] == "table" for b in doc["blocks"]):
                want += ['class="data-table"', "<thead>"]
            for w in want:
                if w not in raw:
                    errors.append("%s: %s missing" % (name, w))
            if raw.count('class="backlink"') != len(doc["footnotes"]):
                errors.append("%s: back-links do not match the footnotes" % name)
            print("layout %s: page chrome present, %d note(s)%s" % (
                name, len(doc["footnotes"]), ", data table" if "data-table\">" in raw else ""))
        elif fmt == "docx":
            z = zipfile.ZipFile(path)
            xml = z.read("word/document.xml").decode("utf-8")
            if "<w:tbl>" not in xml or doc["symbol"] not in xml:
                errors.append("%s: header table with the symbol missing" % name)
            if xml.count("<w:numPr>") < 5:
                errors.append("%s: Word numbering missing" % name)
            if "word/footnotes.xml" not in z.namelist():
                errors.append("%s: footnotes part missing" % name)
            if xml.count("<w:footnoteReference ") != len(doc["footnotes"]):
                errors.append("%s: footnote references do not match the footnotes" % name)
            print("layout %s: %d numbered paragraph(s), %d footnote(s)"
                  % (name, xml.count("<w:numPr>"), len(doc["footnotes"])))
        elif fmt == "md":
            raw = open(path, encoding="utf-8").read()
            if doc["md_style"] == "yaml" and not (raw.startswith("---\n") and "\nsymbol: %s\n" % doc["symbol"] in raw):
                errors.append("%s: YAML front matter missing" % name)
            if doc["md_style"] == "plain" and raw.startswith("---"):
                errors.append("%s: unexpected front matter" % name)
            if doc["footnotes"] and "\n[^1]: " not in raw:
                errors.append("%s: Markdown footnotes missing" % name)
            print("layout %s: markdown (%s), %d footnote(s)" % (name, doc["md_style"], len(doc["footnotes"])))
        # every footnote and the symbol are readable in every extraction
        for ex, txt in texts[name].items():
            for fid, ftext in doc["footnotes"].items():
                if norm(ftext) not in txt:
                    errors.append("%s [%s]: footnote %s not found" % (name, ex, fid))
            if norm(doc["symbol"]) not in txt:
                errors.append("%s [%s]: symbol not found" % (name, ex))
    fmts = collections.Counter(d["format"] for d in DOCS.values())
    langs = collections.Counter(d["lang"] for d in DOCS.values())
    if len(DOCS) != 12 or any(fmts[f] < 2 for f in ("pdf", "docx", "html", "md", "txt")) or \
            any(langs[l] != 4 for l in ("en", "fr", "es")):
        errors.append("corpus mix: %s %s" % (dict(fmts), dict(langs)))
    return errors


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def gold_errors(texts):
    errors = []
    paras = {n: [norm(p) for p in document_paragraphs(d)] for n, d in DOCS.items()}
    meta = json.load(open(GOLD_META, encoding="utf-8"))
    if set(meta) != set(DOCS):
        errors.append("gold metadata does not list exactly the corpus files")
    for name, m in meta.items():
        if name not in DOCS:
            continue
        keys = ["title", "symbol", "date", "kind", "body", "session", "place", "language", "original_language"]
        if list(m) != keys:
            errors.append("gold metadata %s: keys %s" % (name, list(m)))
        if m["kind"] not in KINDS:
            errors.append("gold metadata %s: bad kind" % name)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["date"] or ""):
            errors.append("gold metadata %s: bad date" % name)
        if m["language"] != DOCS[name]["lang"]:
            errors.append("gold metadata %s: language" % name)
        if norm(m["symbol"]) not in " ".join(paras[name]):
            errors.append("gold metadata %s: symbol not in text" % name)
    cmeta = json.load(open(os.path.join(CORPUS, "metadata.json"), encoding="utf-8"))
    if set(cmeta.get("documents", {})) != set(DOCS):
        errors.append("metadata.json does not list exactly the corpus files")
    for name, v in cmeta["documents"].items():
        if v != {"extra": {"test_document": True, "note": render.NOTE}}:
            errors.append("metadata.json %s: unexpected entry" % name)
    on_disk = set(os.listdir(CORPUS)) - {"metadata.json"}
    if on_disk != set(DOCS):
        errors.append("corpus directory holds %s" % sorted(on_disk ^ set(DOCS)))

    ids, tags, langs, n = set(), collections.Counter(), collections.Counter(), 0
    for ln, line in enumerate(open(GOLD, encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError:
            errors.append("line %d: not JSON" % ln)
            continue
        n += 1
        qid = d.get("id")
        where = "line %d (%s)" % (ln, qid)
        if qid in ids:
            errors.append("%s: duplicate id" % where)
        ids.add(qid)
        lang = d.get("lang")
        if lang not in ("en", "fr", "es") or not re.fullmatch(r"h7-%s\d\d" % lang, qid or ""):
            errors.append("%s: bad id or lang" % where)
        langs[lang] += 1
        allowed = {"id", "lang", "question", "history", "evidence", "answer_any", "source", "sources", "tags", "unanswerable"}
        if set(d) - allowed or not {"id", "lang", "question", "evidence", "answer_any", "source", "tags"} <= set(d):
            errors.append("%s: fields %s" % (where, sorted(d)))
        if not d.get("question"):
            errors.append("%s: empty question" % where)
        t = d.get("tags", [])
        if set(t) - set(TAGS) or len(set(t)) != len(t):
            errors.append("%s: bad tags %s" % (where, t))
        tags.update(t)
        if ("history" in d) != ("follow-up" in t):
            errors.append("%s: follow-up tag inconsistent with history" % where)
        for turn in d.get("history", []):
            if turn.get("role") not in ("user", "assistant") or not turn.get("content"):
                errors.append("%s: bad history turn" % where)
        if "unanswerable" in t:
            if t != ["unanswerable"] or d["evidence"] != [] or d["answer_any"] != [] or d["source"] is not None \
                    or "sources" in d:
                errors.append("%s: unanswerable record malformed" % where)
            continue
        srcs = d.get("sources") or [d["source"]]
        if d["source"] not in srcs:
            errors.append("%s: source not among sources" % where)
        names = []
        for s in srcs:
            if not (isinstance(s, str) and s.startswith(SET + "/") and s[len(SET) + 1:] in DOCS):
                errors.append("%s: unknown source %s" % (where, s))
            else:
                names.append(s[len(SET) + 1:])
        spans = d["evidence"]
        if not spans:
            errors.append("%s: no evidence" % where)
        used = set()
        for sp in spans:
            if not 3 <= len(sp.split()) <= 30:
                errors.append("%s: span of %d words: %r" % (where, len(sp.split()), sp))
            ns = norm(sp)
            hit = [nm for nm in names if any(ns in p for p in paras[nm])]
            if not hit:
                errors.append("%s: span not in one paragraph of %s: %r" % (where, names, sp))
                continue
            used.update(hit)
            for nm in hit:
                for ex, txt in texts[nm].items():
                    if ns not in txt:
                        errors.append("%s: span not found by %s in %s: %r" % (where, ex, nm, sp))
        aa = d["answer_any"]
        if not (isinstance(aa, list) and aa and all(isinstance(g, list) and g and all(
                isinstance(x, str) and x for x in g) for g in aa)):
            errors.append("%s: answer_any malformed" % where)
        if "compare" in t:
            if len(set(names)) < 2 or len(used) < 2:
                errors.append("%s: compare question needs evidence from 2+ documents" % where)
        elif len(names) != 1:
            errors.append("%s: non-compare question with several sources" % where)
        xl = any(DOCS[nm]["lang"] != lang for nm in names)
        if xl != ("cross-lingual" in t):
            errors.append("%s: cross-language tag inconsistent" % where)
    for tg, k in NEED.items():
        if tags[tg] < k:
            errors.append("only %d questions tagged %s (need %d)" % (tags[tg], tg, k))
    if not 75 <= n <= 90:
        errors.append("%d questions" % n)
    if max(langs.values()) - min(langs.values()) > 4:
        errors.append("languages unbalanced: %s" % dict(langs))
    print("questions: %d" % n)
    print("by lang:", dict(sorted(langs.items())))
    print("by tag:", {k: tags[k] for k in TAGS})
    return errors


if __name__ == "__main__":
    texts = {name: extracted(name, doc) for name, doc in DOCS.items()}
    errs = layout_errors(texts) + gold_errors(texts)
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else "NOT OK (%d error(s))" % len(errs))
    sys.exit(1 if errs else 0)
