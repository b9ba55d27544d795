"""Check evals/gold/dev-corpus.jsonl against the tuning corpus.

For every answerable question:
  * each evidence span has 5 to 25 words and occurs verbatim (NFKC, casefold,
    white space collapsed, typographic apostrophes as ') inside ONE paragraph
    of the named document's source text (content_*.py), without crossing a
    footnote call;
  * with "evidence" every span is found, with "evidence_any" at least one;
    with "sources" (compare questions) every listed document holds a span;
  * every answer_any group has an alternative in a paragraph that holds
    evidence (accents folded);
  * the span also occurs in the text extracted from the rendered file (lines
    joined, end-of-line hyphens removed, running headers dropped), when the
    extraction libraries (pypdf, python-docx) are importable.
Also checks ids, languages, tags, metadata coverage, and prints counts.

    python evals/corpora/sources/tune/check_gold.py   # exit 1 on any error
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content_en  # noqa: E402
import content_es  # noqa: E402
import content_fr  # noqa: E402

ROOT = HERE.parents[3]
GOLD = ROOT / "evals" / "gold" / "dev-corpus.jsonl"
META_GOLD = ROOT / "evals" / "gold" / "dev-corpus-metadata.json"
CORPUS = ROOT / "evals" / "corpora" / "dev" / "tune"
DOCS = {d["file"]: d for d in content_en.DOCS + content_fr.DOCS + content_es.DOCS}
MARKER = re.compile(r"\[\^\d+\]")
RAW: dict[str, str] = {}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    for q in ("’", "‘", "ʼ"):
        text = text.replace(q, "'")
    return " ".join(text.split())


def fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", norm(text)) if not unicodedata.combining(c)
    )


def paragraphs(doc: dict) -> list[list[str]]:
    """Each paragraph as its segments between footnote calls."""
    raw = [" ".join(doc["letterhead"]), doc["date"]]
    raw += [x for x in (doc.get("symbol"), doc.get("job"), doc.get("original")) if x]
    raw += doc["body_lines"] + doc["title_lines"]
    raw += [x for x in (doc.get("intro"), doc.get("members")) if x]
    for block in doc["blocks"]:
        if block[0] == "t":
            raw.append(block[1])
            raw += [" ".join(row) for row in block[2]]
        else:
            raw.append(block[-1])
    raw += list(doc["footnotes"].values())
    return [[norm(s) for s in MARKER.split(p)] for p in raw]


def rendered_text(path: Path, doc: dict) -> str | None:
    suffix = path.suffix
    try:
        if suffix == ".pdf":
            from pypdf import PdfReader

            text = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
        elif suffix == ".docx":
            import docx

            d = docx.Document(str(path))
            cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
            text = "\n".join(cells + [p.text for p in d.paragraphs])
        elif suffix == ".html":
            raw = path.read_text(encoding="utf-8")
            raw = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", raw)
            text = html.unescape(re.sub(r"<[^>]+>", "\n", raw))
        else:
            text = path.read_text(encoding="utf-8")
            text = MARKER.sub("", text).replace("**", "")
    except ImportError:
        return None
    notes = [norm(n) for n in doc["footnotes"].values()]
    kept = []
    for line in text.replace("\f", "\n").split("\n"):
        s = line.strip()
        n = norm(s)
        if s == doc.get("symbol") or re.fullmatch(r"- \d+ -", s) or s in doc["footnotes"]:
            continue
        if n and len(n) > 12 and any(n in fn for fn in notes):
            continue
        kept.append(s)
    RAW[path.name] = norm(text)
    joined = "\n".join(kept)
    joined = re.sub(r"(\w)-\n(\w)", r"\1\2", joined)
    return norm(joined)


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    paras = {name: paragraphs(doc) for name, doc in DOCS.items()}
    rendered = {name: rendered_text(CORPUS / name, doc) for name, doc in DOCS.items()}
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = Counter(r["id"] for r in rows)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {i}")
    used_docs: Counter = Counter()
    for r in rows:
        qid = r["id"]
        if r["lang"] not in ("en", "fr", "es"):
            errors.append(f"{qid}: bad lang")
        if r.get("unanswerable"):
            if r.get("evidence") or r.get("evidence_any"):
                errors.append(f"{qid}: unanswerable with evidence")
            continue
        spans = r.get("evidence") or r.get("evidence_any")
        if not spans:
            errors.append(f"{qid}: no evidence")
            continue
        names = [s.removeprefix("tune/") for s in r.get("sources", [r["source"]])]
        for n in names:
            if n not in DOCS:
                errors.append(f"{qid}: unknown document {n}")
        names = [n for n in names if n in DOCS]
        found_in: dict[str, list[str]] = {}
        hit_paras: list[str] = []
        for span in spans:
            words = len(span.split())
            if not 5 <= words <= 25:
                errors.append(f"{qid}: span has {words} words: {span!r}")
            ns = norm(span)
            where = None
            for n in names:
                for p in paras[n]:
                    if any(ns in seg for seg in p):
                        where = n
                        hit_paras.append(" ".join(p))
                        break
                if where:
                    break
            if where is None:
                if "evidence" in r:
                    errors.append(f"{qid}: span not found in one paragraph: {span!r}")
                else:
                    warnings.append(f"{qid}: evidence_any span not found: {span!r}")
                continue
            found_in.setdefault(where, []).append(span)
            if rendered[where] is not None and ns not in rendered[where]:
                errors.append(f"{qid}: span not in rendered {where}: {span!r}")
        if "evidence_any" in r and not found_in:
            errors.append(f"{qid}: no evidence_any span found")
        if len(names) > 1:
            for n in names:
                if n not in found_in:
                    errors.append(f"{qid}: compare question has no span in {n}")
        for group in r.get("answer_any", []):
            if not any(fold(alt) in fold(p) for alt in group for p in hit_paras):
                errors.append(f"{qid}: answer group {group} not in evidence paragraphs")
        for n in names:
            used_docs[n] += 1
        cross = any(DOCS[n]["lang"] != r["lang"] for n in names)
        if cross != ("cross-lingual" in r.get("tags", [])):
            errors.append(f"{qid}: cross-lingual tag inconsistent")
        if ("history" in r) != ("follow-up" in r.get("tags", [])):
            errors.append(f"{qid}: follow-up tag inconsistent with history")

    files = sorted(p.name for p in CORPUS.iterdir() if p.name != "metadata.json")
    meta = json.loads((CORPUS / "metadata.json").read_text(encoding="utf-8"))
    gold_meta = json.loads(META_GOLD.read_text(encoding="utf-8"))
    for f in files:
        if f not in DOCS:
            errors.append(f"corpus file without source: {f}")
        if f not in meta["documents"]:
            errors.append(f"metadata.json lacks {f}")
        if f not in gold_meta:
            errors.append(f"dev-corpus-metadata.json lacks {f}")
        if used_docs[f] == 0:
            warnings.append(f"no question uses {f}")
    for f, m in gold_meta.items():
        if m.get("symbol") and f in RAW and norm(m["symbol"]) not in RAW[f]:
            errors.append(f"{f}: gold symbol not in rendered text")

    print(f"{len(rows)} questions; by lang {dict(Counter(r['lang'] for r in rows))}")
    print("by tag", dict(Counter(t for r in rows for t in r.get("tags", []))))
    print("questions per document", dict(used_docs))
    skipped = [n for n, t in rendered.items() if t is None]
    if skipped:
        print("rendered check skipped (library missing) for", skipped)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
