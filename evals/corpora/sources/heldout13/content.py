"""The twelve documents of the thirteenth held-out dev corpus, as data: one module per
document in docs/ (NAME, DOC), gathered here in the order of their letters.

Rendered by build.py (through render13.py, ../heldout7/render7.py and ../render.py).
Blocks: ("title", text), ("center", text), ("p", text), ("h", number, text[, level]),
("np", number, text), ("sub", label, text), ("caption", text), ("table", rows),
("source", text).  "[^n]" marks a footnote call; the notes are in "footnotes".

Written for wtoqa's evaluation from public facts, with invented but realistic detail;
these are not official WTO texts.
"""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "docs"))

DOCS = {}
for _f in sorted(os.listdir(os.path.join(HERE, "docs"))):
    if _f.endswith(".py") and not _f.startswith("_"):
        _m = importlib.import_module(_f[:-3])
        DOCS[_m.NAME] = _m.DOC
