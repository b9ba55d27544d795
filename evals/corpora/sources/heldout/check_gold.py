"""Check the heldout gold questions against the document sources (rules: ../check.py).

    python evals/corpora/sources/heldout/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from check import main  # noqa: E402
from content import DOCS  # noqa: E402

if __name__ == "__main__":
    need = {"cross-lingual": 22, "unanswerable": 8, "names-document": 8, "compare": 5, "follow-up": 3}
    sys.exit(main("heldout", DOCS, need, 50, None))
