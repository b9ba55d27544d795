"""What the held-out sets' generators share: the gold question records, writing the
gold files, and a document's paragraphs as a reader sees them."""
import json
import os
import re

GOLD = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "gold"))

XL = "cross-lingual"
ND = "names-document"
UN = "unanswerable"
CMP = "compare"
FU = "follow-up"


def q(id_, lang, question, source, evidence=None, answer_any=None, tags=(), evidence_any=None,
      history=None):
    d = {"id": id_, "lang": lang, "question": question}
    if history:
        d["history"] = history
    if evidence is not None:
        d["evidence"] = evidence
    if evidence_any is not None:
        d["evidence_any"] = evidence_any
    d["answer_any"] = answer_any
    d["source"] = source
    d["tags"] = list(tags)
    return d


def un(id_, lang, question):
    return {"id": id_, "lang": lang, "question": question, "unanswerable": True, "tags": [UN]}


def write_gold(set_name, questions, metadata):
    """evals/gold/dev-corpus-<set>.jsonl and dev-corpus-<set>-metadata.json."""
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, "dev-corpus-%s.jsonl" % set_name), "w", encoding="utf-8") as fh:
        for d in questions:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(GOLD, "dev-corpus-%s-metadata.json" % set_name), "w", encoding="utf-8") as fh:
        json.dump(metadata, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d questions" % len(questions))


def document_paragraphs(doc):
    """Paragraph texts of a document as a reader sees them (markers removed)."""
    out = []
    for key in ("org", "symbol", "date", "job", "body_line", "original"):
        if doc.get(key):
            out.append(doc[key])
    for row in doc.get("header_rows", []):
        out.extend(c for c in row if c)
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "rule":
            continue
        if kind == "table":
            for row in b[1]:
                out.extend(row)
                out.append(" ".join(row))
        elif kind == "toc":
            out.extend(b[1])
        elif kind in ("h", "np", "sub", "li"):
            out.append(b[2])
        else:
            out.append(b[1])
    out.extend(doc["footnotes"].values())
    return [re.sub(r"\[\^\d+\]", "", p) for p in out]
