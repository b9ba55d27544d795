"""The evaluation report: a terminal table, and a self-contained HTML page with plots."""

from __future__ import annotations

import html
import json
from typing import Any

from evals.metrics import QuestionResult, hit_curve

METRIC_ORDER = (
    "hit@1",
    "hit@3",
    "hit@5",
    "mrr",
    "answer_accuracy",
    "citation_recall",
    "citation_precision",
    "quote_faithfulness",
    "abstention_accuracy",
    "false_abstention_rate",
)


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def terminal_table(run: dict[str, Any]) -> str:
    """Metrics overall, by language and for the baselines, as aligned text columns."""
    metrics = run["metrics"]
    columns: list[tuple[str, dict[str, Any]]] = [("all", metrics)]
    columns += [(lang, m) for lang, m in metrics.get("by_lang", {}).items()]
    columns += [(f"{name} only", m) for name, m in run.get("baselines", {}).items()]
    width = max(8, *(len(name) for name, _ in columns)) + 2
    lines = [f"{'metric':<24}" + "".join(f"{name:>{width}}" for name, _ in columns)]
    rows = ("questions", "answerable", *METRIC_ORDER)
    for key in rows:
        if all(key not in m for _, m in columns):
            continue
        lines.append(f"{key:<24}" + "".join(f"{_fmt(m.get(key)):>{width}}" for _, m in columns))
    latency = metrics.get("latency_ms")
    if latency:
        lines.append(
            f"{'latency p50 / p95 (ms)':<24}{latency['p50']:>{width}.1f} / {latency['p95']:.1f}"
        )
    failures = [q for q in run.get("questions", []) if q.get("failure")]
    if failures:
        lines.append("")
        lines.append(f"{len(failures)} failed questions (stage: id question):")
        for q in failures[:25]:
            why = f" [abstained: {q['abstention_reason']}]" if q.get("abstention_reason") else ""
            lines.append(f"  {q['failure']:<10} {q['id']:<8} {q['question'][:80]}{why}")
        if len(failures) > 25:
            lines.append(f"  ... and {len(failures) - 25} more (see --html or --json)")
    return "\n".join(lines)


def compare_runs(a: dict[str, Any], b: dict[str, Any]) -> str:
    """What got better and worse from run A to run B."""
    lines = [f"{'metric':<24}{'A':>10}{'B':>10}{'change':>10}"]
    for key in METRIC_ORDER:
        va, vb = a["metrics"].get(key), b["metrics"].get(key)
        if va is None and vb is None:
            continue
        delta = (vb or 0) - (va or 0)
        better = -delta if key == "false_abstention_rate" else delta
        mark = "  better" if better > 1e-9 else ("  worse" if better < -1e-9 else "")
        lines.append(f"{key:<24}{_fmt(va):>10}{_fmt(vb):>10}{delta:>+10.3f}{mark}")
    qa = {q["id"]: q for q in a.get("questions", [])}
    qb = {q["id"]: q for q in b.get("questions", [])}
    fixed = [i for i in qa if i in qb and qa[i].get("failure") and not qb[i].get("failure")]
    broken = [i for i in qa if i in qb and not qa[i].get("failure") and qb[i].get("failure")]
    if fixed or broken:
        lines.append("")
    for i in fixed:
        lines.append(f"  fixed   {i}: {qa[i]['question'][:70]} (was {qa[i]['failure']})")
    for i in broken:
        lines.append(f"  broken  {i}: {qb[i]['question'][:70]} (now {qb[i]['failure']})")
    return "\n".join(lines)


# -- HTML ----------------------------------------------------------------------------

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;
color:#1d2330}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.3rem .6rem;
text-align:right}th:first-child,td:first-child{text-align:left}
.plots{display:flex;flex-wrap:wrap;gap:1.5rem}.plot{border:1px solid #eee;padding:.5rem}
.fail{border:1px solid #e3c0c0;border-radius:6px;padding:.6rem .8rem;margin:.6rem 0}
.stage{display:inline-block;background:#b3261e;color:#fff;border-radius:4px;padding:0 .4rem;
font-size:.8rem;margin-right:.4rem}.muted{color:#666}pre{white-space:pre-wrap;margin:.2rem 0}
"""


def _svg_line(values: list[float], title: str) -> str:
    w, h, pad = 360, 220, 36
    if not values:
        return ""
    n = len(values)
    xs = [pad + i * (w - 2 * pad) / max(1, n - 1) for i in range(n)]
    ys = [h - pad - v * (h - 2 * pad) for v in values]
    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys, strict=True))
    dots = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3"><title>hit@{i + 1} = {v:.3f}</title></circle>'
        for i, (x, y, v) in enumerate(zip(xs, ys, values, strict=True))
    )
    labels = "".join(
        f'<text x="{x:.1f}" y="{h - pad + 16}" font-size="11" text-anchor="middle">{i + 1}</text>'
        for i, x in enumerate(xs)
    )
    grid = "".join(
        f'<line x1="{pad}" x2="{w - pad}" y1="{h - pad - t * (h - 2 * pad):.1f}" '
        f'y2="{h - pad - t * (h - 2 * pad):.1f}" stroke="#eee"/>'
        f'<text x="{pad - 6}" y="{h - pad - t * (h - 2 * pad) + 4:.1f}" font-size="11" '
        f'text-anchor="end">{t:.1f}</text>'
        for t in (0, 0.25, 0.5, 0.75, 1.0)
    )
    return (
        f'<svg width="{w}" height="{h}" role="img" aria-label="{html.escape(title)}">'
        f'<text x="{w / 2}" y="16" text-anchor="middle" font-weight="600">{html.escape(title)}'
        f'</text>{grid}<polyline fill="none" stroke="#1f5fbf" stroke-width="2" '
        f'points="{points}"/>{dots}{labels}'
        f'<text x="{w / 2}" y="{h - 4}" font-size="11" text-anchor="middle">k</text></svg>'
    )


def _svg_bars(groups: dict[str, dict[str, float]], title: str) -> str:
    """Grouped bars: one group per metric, one bar per language."""
    w, h, pad = 520, 240, 36
    metrics = list(next(iter(groups.values())).keys()) if groups else []
    langs = list(groups)
    if not metrics:
        return ""
    colours = ["#1f5fbf", "#d9822b", "#3c9a5f", "#8e44ad"]
    group_w = (w - 2 * pad) / len(metrics)
    bar_w = group_w * 0.8 / max(1, len(langs))
    parts = [
        f'<svg width="{w}" height="{h}" role="img" aria-label="{html.escape(title)}">',
        f'<text x="{w / 2}" y="16" text-anchor="middle" font-weight="600">'
        f"{html.escape(title)}</text>",
    ]
    for mi, metric in enumerate(metrics):
        for li, lang in enumerate(langs):
            value = groups[lang].get(metric) or 0.0
            x = pad + mi * group_w + group_w * 0.1 + li * bar_w
            bh = value * (h - 2 * pad - 24)
            parts.append(
                f'<rect x="{x:.1f}" y="{h - pad - bh:.1f}" width="{bar_w - 2:.1f}" '
                f'height="{bh:.1f}" fill="{colours[li % 4]}"><title>{lang} {metric}: '
                f"{value:.3f}</title></rect>"
            )
        parts.append(
            f'<text x="{pad + (mi + 0.5) * group_w:.1f}" y="{h - pad + 14}" font-size="10" '
            f'text-anchor="middle">{html.escape(metric)}</text>'
        )
    for li, lang in enumerate(langs):  # legend in a row under the title, clear of the bars
        parts.append(
            f'<rect x="{pad + li * 60}" y="24" width="10" height="10" '
            f'fill="{colours[li % 4]}"/><text x="{pad + li * 60 + 14}" y="33" '
            f'font-size="11">{html.escape(lang)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _svg_histogram(latencies: list[float], title: str) -> str:
    w, h, pad = 360, 220, 36
    if not latencies:
        return ""
    top = max(latencies) or 1.0
    bins = 12
    counts = [0] * bins
    for value in latencies:
        counts[min(bins - 1, int(value / top * bins))] += 1
    highest = max(counts) or 1
    bar_w = (w - 2 * pad) / bins
    parts = [
        f'<svg width="{w}" height="{h}" role="img" aria-label="{html.escape(title)}">',
        f'<text x="{w / 2}" y="16" text-anchor="middle" font-weight="600">'
        f"{html.escape(title)}</text>",
    ]
    for i, count in enumerate(counts):
        bh = count / highest * (h - 2 * pad - 10)
        low, high = i * top / bins, (i + 1) * top / bins
        parts.append(
            f'<rect x="{pad + i * bar_w:.1f}" y="{h - pad - bh:.1f}" width="{bar_w - 2:.1f}" '
            f'height="{bh:.1f}" fill="#3c9a5f"><title>{low:.0f}-{high:.0f} ms: {count}</title>'
            "</rect>"
        )
    parts.append(f'<text x="{pad}" y="{h - pad + 14}" font-size="11">0</text>')
    parts.append(
        f'<text x="{w - pad}" y="{h - pad + 14}" font-size="11" text-anchor="end">'
        f"{top:.0f} ms</text></svg>"
    )
    return "".join(parts)


def html_report(run: dict[str, Any], results: list[QuestionResult]) -> str:
    """One self-contained page: tables, plots (inline SVG) and every failure explained."""
    metrics = run["metrics"]
    table = terminal_table({**run, "questions": []})
    by_lang = metrics.get("by_lang", {})
    bar_keys = ("hit@5", "mrr", "answer_accuracy", "citation_recall", "abstention_accuracy")
    groups = {lang: {k: m.get(k) or 0.0 for k in bar_keys if k in m} for lang, m in by_lang.items()}
    plots = [
        _svg_line(hit_curve(results), "hit@k (answerable questions)"),
        _svg_bars(groups, "by language"),
        _svg_histogram([r.latency_ms for r in results], "answer latency"),
    ]
    failures = [r for r in results if r.failure]
    items = []
    for r in failures:
        got = "".join(
            f"<li><b>{html.escape(p['doc_id'])} §{p['paragraph']}</b> "
            f"{html.escape(p['text'][:300])}</li>"
            for p in r.passages[:5]
        )
        expected = "".join(f"<li>{html.escape(e)}</li>" for e in r.expected) or (
            "<li class=muted>nothing: the right response is not_found</li>"
        )
        items.append(
            f'<div class="fail"><span class="stage">{html.escape(r.failure or "")}</span>'
            f"<b>{html.escape(r.id)}</b> ({html.escape(r.lang)}) {html.escape(r.question)}"
            f"<div class=muted>expected evidence:</div><ul>{expected}</ul>"
            f"<div class=muted>status {html.escape(r.status)}; first evidence at rank "
            f"{r.rank or '—'}"
            + (f"; abstained: {html.escape(r.abstention_reason)}" if r.abstention_reason else "")
            + f"; answer:</div><pre>{html.escape(r.answer)}</pre>"
            f"<details><summary>top passages</summary><ol>{got}</ol></details></div>"
        )
    title = html.escape(run.get("title", "wtoqa evaluation"))
    return (
        f"<!doctype html><html lang=en><meta charset=utf-8><title>{title}</title>"
        f"<style>{_CSS}</style><h1>{title}</h1>"
        f"<p class=muted>{html.escape(run.get('source', ''))} · {metrics['questions']} "
        f"questions · embedding model {html.escape(str(run.get('embedding_model', '')))} · "
        f"{html.escape(run.get('created', ''))}</p>"
        f"<h2>Metrics</h2><pre>{html.escape(table)}</pre>"
        f'<h2>Plots</h2><div class="plots">'
        + "".join(f'<div class="plot">{p}</div>' for p in plots if p)
        + f"</div><h2>Failures ({len(failures)})</h2>"
        + ("".join(items) or "<p>None.</p>")
        + f"<h2>Raw metrics</h2><pre>{html.escape(json.dumps(metrics, indent=2))}</pre></html>"
    )
