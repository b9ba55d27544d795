"""Deterministically build the thirteenth held-out dev corpus from content.py.

Usage (needs reportlab and python-docx, e.g. in a scratch venv):
    python evals/corpora/sources/heldout13/build.py

Writes evals/corpora/dev/heldout13/<files> and metadata.json (rendering: render13.py, on
top of ../heldout7/render7.py and ../render.py).  Every file is byte-identical on rerun.
The documents were written for wtoqa's evaluation from public facts; they are not
official WTO texts.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
from content import DOCS  # noqa: E402
from render import build_all  # noqa: E402
from render13 import VARIANTS  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev", "heldout13"))

if __name__ == "__main__":
    build_all(DOCS, OUT, VARIANTS)
