"""Check the heldout2 gold questions against the document sources (rules: ../check.py).

    python evals/corpora/sources/heldout2/check_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
from check import main  # noqa: E402
from content import DOCS  # noqa: E402

if __name__ == "__main__":
    need = {"cross-lingual": 25, "unanswerable": 10, "names-document": 10, "compare": 6}
    sys.exit(main("heldout2", DOCS, need, 55, ("h2-", {"en": 24, "fr": 24, "es": 12})))
