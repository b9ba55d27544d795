"""Check a held-out set's gold questions against its document sources (shared by
heldout/check_gold.py and heldout2/check_gold.py, which give the set's name, its
content module and the brief's counts).

1. Every evidence span (NFKC, casefold, whitespace collapsed) must occur
   inside ONE paragraph of the named document's source text (content.py),
   and be 5-25 words long without footnote markers.
2. Secondary check: the span must also occur in the text of the generated
   file (lines joined, hyphenation at line ends undone, running headers
   removed).  PDFs are checked only if pymupdf or pypdf is installed.
3. Field and tag requirements of the brief are checked and counts printed.
Exit status 1 on any error.
"""
import collections
import html
import json
import os
import re
import unicodedata
import zipfile

from gold import document_paragraphs

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))


def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return re.sub(r"\s+", " ", s).strip()


def rendered_text(name, doc, corpus):
    """Text of the generated file as a reader sees it (best effort)."""
    path = os.path.join(corpus, name)
    fmt = doc["format"]
    if fmt == "md":
        text = open(path, encoding="utf-8").read().replace("\\_", "_")
    elif fmt == "html":
        raw = open(path, encoding="utf-8").read()
        text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    elif fmt == "txt":
        pages = open(path, encoding="utf-8").read().split("\f")
        kept = []
        for i, pg in enumerate(pages):
            lines = pg.split("\n")
            if i:  # drop running header
                lines = lines[2:]
            kept.append("\n".join(lines))
        text = "\n".join(kept)
    elif fmt == "docx":
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        xml = re.sub(r"<w:tab/>", " ", xml)
        text = html.unescape(re.sub(r"<[^>]+>", "", xml))
    elif fmt == "pdf":
        try:
            import pymupdf as fitz
        except ImportError:
            try:
                import fitz
            except ImportError:
                fitz = None
        if fitz is not None:
            pages = [p.get_text() for p in fitz.open(path)]
        else:
            try:
                from pypdf import PdfReader
            except ImportError:
                return None
            pages = [p.extract_text() for p in PdfReader(path).pages]
        out = []
        for i, pg in enumerate(pages):
            lines = pg.split("\n")
            if i:
                lines = [l for l in lines if l.strip() not in (doc["symbol"], "- %d -" % (i + 1))]
            # drop footnote lines (numbers alone) and join
            out.append("\n".join(lines))
        text = "\n".join(out)
        text = re.sub(r"(\w)-\n(?=[a-zà-ÿ])", r"\1", text)
        # superscript footnote numbers glued to words/years, e.g. "19981" -> keep both forms
    else:
        return None
    return norm(text)


def main(set_name, DOCS, need, minimum, exact=None):
    """`need`: least questions per tag; `minimum`: least questions; `exact`: (id prefix,
    {language: count}) when the ids and per-language counts are fixed."""
    CORPUS = os.path.join(ROOT, "evals", "corpora", "dev", set_name)
    GOLD = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s.jsonl" % set_name)
    GOLD_META = os.path.join(ROOT, "evals", "gold", "dev-corpus-%s-metadata.json" % set_name)
    META = os.path.join(CORPUS, "metadata.json")
    prefix = set_name + "/"
    errors = []
    paras = {name: [norm(p) for p in document_paragraphs(DOCS[name])] for name in DOCS}
    rendered = {name: rendered_text(name, DOCS[name], CORPUS) for name in DOCS}
    for name, txt in rendered.items():
        if txt is None:
            print("note: no text extractor for %s, secondary check skipped" % name)

    lang_of = {}
    meta = json.load(open(GOLD_META, encoding="utf-8"))
    for name in DOCS:
        if name not in meta:
            errors.append("gold metadata: missing %s" % name)
            continue
        m = meta[name]
        for k in ("title", "symbol", "date", "kind", "body", "session", "place", "language",
                  "original_language"):
            if k not in m:
                errors.append("gold metadata %s: missing %s" % (name, k))
        if m.get("kind") not in ("declaration", "decision", "draft decision", "communication", "statement",
                                 "report", "note", "minutes"):
            errors.append("gold metadata %s: bad kind" % name)
        if m.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["date"]):
            errors.append("gold metadata %s: bad date" % name)
        # symbol and title must be readable in the document
        if m.get("symbol") and norm(m["symbol"]) not in " ".join(paras[name]):
            errors.append("gold metadata %s: symbol not in text" % name)
        lang_of[prefix + name] = m["language"]
    cmeta = json.load(open(META, encoding="utf-8"))
    if set(cmeta.get("documents", {})) != set(DOCS):
        errors.append("metadata.json does not list exactly the corpus files")
    for name, v in cmeta["documents"].items():
        if set(v) != {"extra"} or set(v["extra"]) != {"test_document", "note"}:
            errors.append("metadata.json %s: unexpected keys" % name)

    ids = set()
    tags = collections.Counter()
    langs = collections.Counter()
    n = 0
    for ln, line in enumerate(open(GOLD, encoding="utf-8"), 1):
        if not line.strip():
            continue
        n += 1
        d = json.loads(line)
        qid = d.get("id")
        where = "line %d (%s)" % (ln, qid)
        if qid in ids:
            errors.append("%s: duplicate id" % where)
        ids.add(qid)
        if d.get("lang") not in ("en", "fr", "es"):
            errors.append("%s: bad lang" % where)
        langs[d.get("lang")] += 1
        for t in d.get("tags", []):
            tags[t] += 1
        for h in d.get("history", []):
            if h.get("role") not in ("user", "assistant") or not h.get("content"):
                errors.append("%s: bad history turn" % where)
        if d.get("unanswerable"):
            if d.get("tags") != ["unanswerable"]:
                errors.append("%s: unanswerable must have tags ['unanswerable']" % where)
            if set(d) - {"id", "lang", "question", "unanswerable", "tags", "history"}:
                errors.append("%s: extra keys on unanswerable" % where)
            continue
        srcs = d["source"] if isinstance(d["source"], list) else [d["source"]]
        names = []
        for s in srcs:
            if not s.startswith(prefix) or s[len(prefix):] not in DOCS:
                errors.append("%s: unknown source %s" % (where, s))
            else:
                names.append(s[len(prefix):])
        if ("evidence" in d) == ("evidence_any" in d):
            errors.append("%s: need exactly one of evidence / evidence_any" % where)
        spans = d.get("evidence") or d.get("evidence_any") or []
        if not spans:
            errors.append("%s: no evidence" % where)
        used = set()
        for sp in spans:
            words = sp.split()
            if not 5 <= len(words) <= 25:
                errors.append("%s: span has %d words: %r" % (where, len(words), sp))
            if re.search(r"\[\^\d+\]", sp):
                errors.append("%s: footnote marker in span" % where)
            ns = norm(sp)
            hit = [nm for nm in names if any(ns in p for p in paras[nm])]
            if not hit:
                errors.append("%s: span not in a single paragraph of %s: %r" % (where, srcs, sp))
                continue
            used.update(hit)
            for nm in hit:
                if rendered[nm] is not None and ns not in rendered[nm]:
                    errors.append("%s: span not found in rendered %s: %r" % (where, nm, sp))
        if "compare" in d.get("tags", []):
            if len(names) < 2 or len(used) < 2:
                errors.append("%s: compare question needs evidence from 2+ documents" % where)
        elif len(names) != 1:
            errors.append("%s: non-compare question must name one source" % where)
        aa = d.get("answer_any")
        if not (isinstance(aa, list) and aa and all(isinstance(g, list) and g for g in aa)):
            errors.append("%s: answer_any must be a non-empty list of non-empty lists" % where)
        xl = any(lang_of.get(s) != d["lang"] for s in srcs)
        if xl != ("cross-lingual" in d.get("tags", [])):
            errors.append("%s: cross-lingual tag inconsistent with languages" % where)
        if ("history" in d) != ("follow-up" in d.get("tags", [])):
            errors.append("%s: follow-up tag inconsistent with history" % where)

    for t, k in need.items():
        if tags[t] < k:
            errors.append("only %d questions tagged %s (need %d)" % (tags[t], t, k))
    if n < minimum:
        errors.append("only %d questions" % n)
    if exact is not None:
        id_prefix, counts = exact
        for lg, k in counts.items():
            if langs[lg] != k:
                errors.append("%d %s questions (want %d)" % (langs[lg], lg, k))
        wanted = {"%s%s%02d" % (id_prefix, lg, i) for lg, k in counts.items() for i in range(1, k + 1)}
        if set(ids) != wanted:
            errors.append("ids are not %s<lang><nn> with %s" % (id_prefix, counts))
    print("questions: %d" % n)
    print("by lang:", dict(sorted(langs.items())))
    print("by tag:", dict(sorted(tags.items())))
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


# -- PDFs read by every installed extractor (the check_gold.py of heldout4 and later) --

#: {document name: {extractor: normalised text}}, filled as rendered_text reads PDFs.
PDF_TEXTS = {}


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


def pdf_text(pages, header_patterns, first_page_too=False):
    """The pages' text, normalised: lines matching a running-header pattern removed (from
    page 2 on, or from page 1 too), hyphenation at line ends undone."""
    pats = [re.compile(p) for p in header_patterns]
    kept = []
    for i, pg in enumerate(pages):
        lines = pg.split("\n")
        if i or first_page_too:
            lines = [l for l in lines if not any(p.match(l.strip()) for p in pats)]
        kept.append("\n".join(lines))
    text = "\n".join(kept)
    text = re.sub(r"(\w)-\n(?=[a-zà-ÿ])", r"\1", text)
    return norm(text)


def read_pdfs_with(header_patterns, first_page_too=lambda doc: False, other=None):
    """Make rendered_text read a PDF with every extractor, its running headers removed
    (`header_patterns(doc)`: their regexes), keep each extractor's text in PDF_TEXTS and
    return pypdf's; `other(name, doc, corpus)` reads the other formats first (None: the
    shared reading)."""
    global rendered_text
    shared = rendered_text

    def rendered(name, doc, corpus):
        if doc["format"] == "pdf":
            pages = pdf_pages(os.path.join(corpus, name))
            patterns, whole = header_patterns(doc), first_page_too(doc)
            texts = {k: pdf_text(v, patterns, whole) for k, v in pages.items()}
            PDF_TEXTS[name] = texts
            return texts["pypdf"]
        text = other(name, doc, corpus) if other is not None else None
        return text if text is not None else shared(name, doc, corpus)

    rendered_text = rendered


def extractor_errors(set_name, DOCS):
    """Every evidence span of a PDF source must be found by every installed extractor."""
    errors = []
    for line in open(os.path.join(ROOT, "evals", "gold", "dev-corpus-%s.jsonl" % set_name), encoding="utf-8"):
        d = json.loads(line)
        if d.get("unanswerable"):
            continue
        srcs = d["source"] if isinstance(d["source"], list) else [d["source"]]
        names = [s.split("/", 1)[1] for s in srcs]
        for sp in d.get("evidence", []):
            ns = norm(sp)
            for nm in names:
                if nm not in PDF_TEXTS or not any(ns in norm(p) for p in document_paragraphs(DOCS[nm])):
                    continue
                for ex, txt in PDF_TEXTS[nm].items():
                    if ns not in txt:
                        errors.append("%s: span not found by %s in %s: %r" % (d["id"], ex, nm, sp))
    return errors


def run(set_name, DOCS, need, minimum, exact, layout_errors):
    """The whole check of a set: its layout, main's rules, every PDF extractor; prints OK
    and exits 0 when all is well."""
    import contextlib
    import io
    import sys

    lay = layout_errors()
    for e in lay:
        print("ERROR:", e)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = main(set_name, DOCS, need, minimum, exact)
    out = buf.getvalue().rstrip("\n").split("\n")
    print("\n".join(out[:-1]))  # the last line is main's verdict
    ext = extractor_errors(set_name, DOCS)
    for e in ext:
        print("ERROR:", e)
    n_err = len(lay) + len(ext) + (0 if rc == 0 else 1)
    print("OK" if n_err == 0 else "NOT OK (%s)" % ("; ".join(filter(None, [
        "%d layout error(s)" % len(lay) if lay else "", "%d extractor error(s)" % len(ext) if ext else "",
        out[-1] if rc else ""]))))
    sys.exit(0 if n_err == 0 else 1)
