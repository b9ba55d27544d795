"""Render the tuning part of the development corpus (evals/corpora/dev/tune/).

The texts are in content_en.py, content_fr.py and content_es.py; this script
renders each document in the format its file name asks for (PDF with
reportlab, DOCX with python-docx, HTML, Markdown, and PDF-extracted-looking
plain text) and writes metadata.json. Output is deterministic: reportlab runs
in invariant mode and the DOCX zip entries get a fixed timestamp.

    pip install reportlab python-docx   # any scratch venv
    python evals/corpora/sources/tune/build.py
"""

from __future__ import annotations

import html
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import content_en  # noqa: E402
import content_es  # noqa: E402
import content_fr  # noqa: E402

OUT = HERE.parent.parent / "dev" / "tune"
DOCS = content_en.DOCS + content_fr.DOCS + content_es.DOCS
NOTE = "Written for wtoqa's evaluation from public facts; not an official WTO text."
MARKER = re.compile(r"\[\^(\d+)\]")
VOWELS = set("aeiouyáéíóúàèìòùâêîôûäëïöüAEIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛ")
WORD = re.compile(r"^([A-Za-zÀ-ÖØ-öø-ÿœŒ]+)([.,;:]?)$")

STATS: dict[str, dict] = {}


def plain(text: str) -> str:
    """Text without footnote calls."""
    return MARKER.sub("", text)


def numbered_blocks(doc: dict) -> list[tuple]:
    """Blocks as (kind, label, text): auto numbers for "n" paragraphs."""
    out, n = [], 0
    for block in doc["blocks"]:
        kind = block[0]
        if kind == "n":
            n += 1
            out.append(("n", f"{n}.", block[1]))
        elif kind in ("s", "a"):
            out.append((kind, block[1], block[2]))
        elif kind == "t":
            out.append(("t", block[1], block[2]))
        else:
            out.append((kind, "", block[1]))
    return out


def hyphen_splits(word: str) -> list[int]:
    """Candidate hyphenation points (V-CV boundaries), longest head first."""
    m = WORD.match(word)
    if not m or len(m.group(1)) < 9:
        return []
    core = m.group(1)
    points = [
        i
        for i in range(4, len(core) - 3)
        if core[i - 1] in VOWELS and core[i] not in VOWELS and core[i + 1] in VOWELS
    ]
    return sorted(points, reverse=True)


def wrap(text: str, width: float, measure) -> tuple[list[str], int]:
    """Greedy wrap with occasional hyphenation of long words."""
    lines: list[str] = []
    cur: list[str] = []
    hyphenated = 0
    for word in text.split():
        if not cur or measure(" ".join(cur + [word])) <= width:
            cur.append(word)
            continue
        done = False
        for i in hyphen_splits(MARKER.sub("", word)) if not MARKER.search(word) else []:
            head = word[:i] + "-"
            if measure(" ".join(cur + [head])) <= width:
                lines.append(" ".join(cur + [head]))
                cur = [word[i:]]
                hyphenated += 1
                done = True
                break
        if not done:
            lines.append(" ".join(cur))
            cur = [word]
    if cur:
        lines.append(" ".join(cur))
    return lines, hyphenated


# ---------------------------------------------------------------- PDF


def render_pdf(doc: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    W, H = A4
    LM, RM, TOP, BOTTOM = 62.0, 62.0, 60.0, 58.0
    TW = W - LM - RM
    FS, LEAD = 10.0, 13.2
    FNS, FNLEAD = 8.0, 10.0
    body_font, bold_font = "Helvetica", "Helvetica-Bold"

    def measure_with(font, size):
        def m(s: str) -> float:
            total = stringWidth(MARKER.sub("", s), font, size)
            total += sum(stringWidth(x, font, size * 0.6) for x in MARKER.findall(s))
            return total

        return m

    pages: list[dict] = [{"ops": [], "notes": []}]
    state = {"y": 0.0, "hyph": 0, "split_para": False}

    def fn_height(page) -> float:
        if not page["notes"]:
            return 0.0
        h = 8.0
        for num in page["notes"]:
            lines, _ = wrap(doc["footnotes"][num], TW - 12, measure_with(body_font, FNS))
            h += len(lines) * FNLEAD
        return h

    def new_page():
        pages.append({"ops": [], "notes": []})
        state["y"] = H - TOP - 52

    def room(extra_notes=()) -> float:
        page = pages[-1]
        saved = list(page["notes"])
        page["notes"] = saved + [n for n in extra_notes if n not in saved]
        h = fn_height(page)
        page["notes"] = saved
        return state["y"] - (BOTTOM + h)

    def put_lines(lines, x, font, size, label=None, label_x=None, center=False):
        started_page = len(pages)
        for i, line in enumerate(lines):
            notes = MARKER.findall(line)
            if room(notes) < LEAD:
                new_page()
            if notes:
                for n in notes:
                    if n not in pages[-1]["notes"]:
                        pages[-1]["notes"].append(n)
            y = state["y"]
            if i == 0 and label:
                pages[-1]["ops"].append(("text", label_x, y, label, font, size))
            pages[-1]["ops"].append(("line", x, y, line, font, size, center))
            state["y"] -= LEAD
        if len(pages) > started_page and len(lines) > 1:
            state["split_para"] = True

    def block_lines(text, width, font=body_font, size=FS):
        lines, h = wrap(text, width, measure_with(font, size))
        state["hyph"] += h
        return lines

    # first-page header is drawn at fixed positions; body starts below it
    y = H - TOP - 80 - 14 * max(0, len(doc["body_lines"]) - 1)
    state["y"] = y
    for t in doc["title_lines"]:
        lines = block_lines(plain(t) if "[^" not in t else t, TW - 40, bold_font, FS + 1)
        for line in lines:
            pages[-1]["ops"].append(("line", LM, state["y"], line, bold_font, FS + 1, True))
            for n in MARKER.findall(line):
                pages[-1]["notes"].append(n)
            state["y"] -= LEAD + 2
        state["y"] -= 4
    state["y"] -= 8
    if doc.get("intro"):
        put_lines(block_lines(doc["intro"], TW), LM, body_font, FS)
        state["y"] -= 8

    for kind, label, text in numbered_blocks(doc):
        if kind == "h":
            if room() < 4 * LEAD:
                new_page()
            state["y"] -= 4
            put_lines(block_lines(text, TW, bold_font), LM, bold_font, FS)
            state["y"] -= 6
        elif kind in ("n", "s"):
            put_lines(block_lines(text, TW - 30), LM + 30, body_font, FS, label, LM)
            state["y"] -= 6
        elif kind == "a":
            put_lines(block_lines(text, TW - 60), LM + 60, body_font, FS, label, LM + 30)
            state["y"] -= 5
        elif kind == "p":
            put_lines(block_lines(text, TW), LM, body_font, FS)
            state["y"] -= 6
        elif kind == "c":
            put_lines(block_lines(text, TW), LM, body_font, FS, center=True)
            state["y"] -= 6
        elif kind == "t":
            caption, rows = label, text
            widths = [0.1 * TW, 0.25 * TW, 0.25 * TW, 0.4 * TW]
            row_lines = []
            for r, row in enumerate(rows):
                font = bold_font if r == 0 else body_font
                cells = [wrap(c, widths[j] - 8, measure_with(font, FS - 1))[0] for j, c in enumerate(row)]
                row_lines.append((font, cells, max(len(c) for c in cells)))
            total = LEAD * 2 + sum(n * 11.5 + 5 for _, _, n in row_lines)
            if room() < total:
                new_page()
            put_lines([caption], LM, bold_font, FS, center=True)
            state["y"] -= 2
            top = state["y"] + LEAD - 3
            for font, cells, n in row_lines:
                h = n * 11.5 + 5
                x = LM
                for j, cell in enumerate(cells):
                    pages[-1]["ops"].append(("rect", x, top - h, widths[j], h))
                    for k, ln in enumerate(cell):
                        pages[-1]["ops"].append(("line", x + 4, top - 11 - k * 11.5, ln, font, FS - 1, False))
                    x += widths[j]
                top -= h
            state["y"] = top - LEAD - 4

    total_pages = len(pages)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setAuthor("wtoqa test corpus")
    c.setCreator("wtoqa evals/corpora/sources/tune/build.py")
    for p, page in enumerate(pages, start=1):
        if p == 1:
            yy = H - TOP
            c.setFont(bold_font, 13)
            for i, l in enumerate(doc["letterhead"]):
                c.drawString(LM, yy - i * 15, l)
            c.setFont(bold_font, 11)
            c.drawRightString(W - RM, yy, doc["symbol"])
            c.setFont(body_font, 10)
            c.drawRightString(W - RM, yy - 15, doc["date"])
            c.setLineWidth(0.6)
            c.line(LM, yy - 24, W - RM, yy - 24)
            c.setFont(body_font, 9)
            c.drawString(LM, yy - 38, doc["job"])
            c.drawRightString(W - RM, yy - 38, f"{doc['page_word']}: 1/{total_pages}")
            for i, l in enumerate(doc["body_lines"]):
                c.setFont(bold_font if i == 0 else body_font, 10)
                c.drawString(LM, yy - 56 - i * 14, l)
            c.setFont(body_font, 9)
            c.drawRightString(W - RM, yy - 56, doc["original"])
        else:
            c.setFont(body_font, 9)
            c.drawRightString(W - RM, H - TOP + 8, doc["symbol"])
            c.drawCentredString(W / 2, H - TOP - 8, f"- {p} -")
        for op in page["ops"]:
            if op[0] == "text":
                _, x, y, s, font, size = op
                c.setFont(font, size)
                c.drawString(x, y, s)
            elif op[0] == "rect":
                _, x, y, w, h = op
                c.setLineWidth(0.5)
                c.rect(x, y, w, h)
            else:
                _, x, y, s, font, size, center = op
                m = measure_with(font, size)
                if center:
                    x = (W - m(s)) / 2
                draw_marked(c, x, y, s, font, size)
        if page["notes"]:
            h = fn_height(page)
            top = BOTTOM + h
            c.setLineWidth(0.5)
            c.line(LM, top - 2, LM + 140, top - 2)
            yy = top - 12
            for num in page["notes"]:
                c.setFont(body_font, FNS * 0.7)
                c.drawString(LM, yy + 3, num)
                lines, _ = wrap(doc["footnotes"][num], TW - 12, measure_with(body_font, FNS))
                c.setFont(body_font, FNS)
                for ln in lines:
                    c.drawString(LM + 8, yy, ln)
                    yy -= FNLEAD
        c.showPage()
    c.save()
    STATS[path.name] = {
        "pages": total_pages,
        "hyphenated": state["hyph"],
        "paragraph_across_pages": state["split_para"],
        "footnotes": sum(len(p["notes"]) for p in pages),
    }


def draw_marked(c, x, y, s, font, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pos = 0
    for m in MARKER.finditer(s):
        chunk = s[pos : m.start()]
        c.setFont(font, size)
        c.drawString(x, y, chunk)
        x += stringWidth(chunk, font, size)
        c.setFont(font, size * 0.6)
        c.drawString(x, y + size * 0.4, m.group(1))
        x += stringWidth(m.group(1), font, size * 0.6)
        pos = m.end()
    c.setFont(font, size)
    c.drawString(x, y, s[pos:])


# ---------------------------------------------------------------- TXT


def render_txt(doc: dict, path: Path) -> None:
    WIDTH = 90

    def measure(s: str) -> int:
        return len(MARKER.sub(lambda m: m.group(1), s))

    def glue(s: str) -> str:  # extracted superscripts stick to the word
        return MARKER.sub(lambda m: m.group(1), s)

    def rjust2(left: str, right: str) -> str:
        return left + " " * max(1, WIDTH - len(left) - len(right)) + right

    # logical lines, each tagged with the paragraph it belongs to
    body: list[tuple[str, int]] = []
    hyph = 0
    pid = 0
    for t in doc["title_lines"]:
        for ln in wrap(t, 70, measure)[0]:
            body.append((glue(ln).center(WIDTH).rstrip(), -1))
        body.append(("", -1))
    if doc.get("intro"):
        lines, h = wrap(doc["intro"], WIDTH, measure)
        hyph += h
        body += [(glue(ln), pid) for ln in lines] + [("", -1)]
        pid += 1
    for kind, label, text in numbered_blocks(doc):
        pid += 1
        if kind == "h":
            body += [(text, pid), ("", -1)]
            continue
        indent = {"n": 8, "s": 8, "a": 16, "p": 0}[kind]
        lines, h = wrap(text, WIDTH - indent, measure)
        hyph += h
        for i, ln in enumerate(lines):
            if i == 0 and label:
                lead = (" " * (indent - 8) + label).ljust(indent)
            else:
                lead = " " * indent
            body.append((lead + glue(ln), pid))
        body.append(("", -1))

    head1 = [
        rjust2(doc["letterhead"][0], doc["symbol"]),
        rjust2(doc["letterhead"][1] if len(doc["letterhead"]) > 1 else "", doc["date"]),
        "",
        rjust2(doc["job"], f"{doc['page_word']}: 1/{{TOTAL}}"),
        "",
        rjust2(doc["body_lines"][0], doc["original"]),
    ] + doc["body_lines"][1:] + [""] * 3

    def paginate(per_page: int):
        pages, cur, split = [], [], False
        capacity = per_page - len(head1)
        for line, p in body:
            if len(cur) >= capacity:
                if cur and cur[-1][1] == p and p >= 0:
                    split = True
                pages.append(cur)
                cur, capacity = [], per_page - 3
                if not line:
                    continue
            cur.append((line, p))
        pages.append(cur)
        return pages, split

    per_page = 54
    pages, split = paginate(per_page)
    while not split and per_page > 30:
        per_page -= 1
        pages, split = paginate(per_page)
    total = len(pages)
    out = []
    for i, page in enumerate(pages, start=1):
        if i == 1:
            lines = [h.replace("{TOTAL}", str(total)) for h in head1]
        else:
            lines = [doc["symbol"].rjust(WIDTH), "", f"- {i} -".center(WIDTH).rstrip(), ""]
        lines += [ln for ln, _ in page]
        while lines and not lines[-1]:
            lines.pop()
        out.append("\n".join(lines) + "\n")
    path.write_text("\f".join(out), encoding="utf-8")
    STATS[path.name] = {"pages": total, "hyphenated": hyph, "paragraph_across_pages": split}


# ---------------------------------------------------------------- MD


def render_md(doc: dict, path: Path) -> None:
    out = [" ".join(doc["letterhead"]), ""]
    out += [f"**{doc['symbol']}**", "", doc["date"], "", doc["job"], "", doc["original"], ""]
    for b in doc["body_lines"]:
        out += [f"**{b}**", ""]
    for t in doc["title_lines"]:
        out += [f"## {t}" if t.isupper() else f"**{t}**", ""]
    if doc.get("intro"):
        out += [doc["intro"], ""]
    if doc.get("members"):
        out += [doc["members"], ""]
    for kind, label, text in numbered_blocks(doc):
        if kind == "h":
            out += [f"### {text}", ""]
        elif kind in ("n", "s"):
            out += [f"{label} {text}", ""]
        elif kind == "a":
            out += [f"   {label} {text}", ""]
        else:
            out += [text, ""]
    for num, note in doc["footnotes"].items():
        out += [f"[^{num}]: {note}", ""]
    out.append(f"*{NOTE}*")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    STATS[path.name] = {}


# ---------------------------------------------------------------- HTML

CHROME = {
    "en": {
        "site": "World Trade Organization",
        "nav": ["Home", "About WTO", "Trade topics", "WTO membership", "Documents and resources", "News and events"],
        "crumbs": ["Home", "Documents and resources", "Electronic commerce"],
        "cookie": "This website uses cookies to improve your browsing experience and to collect anonymous statistics. By continuing, you accept our use of cookies.",
        "accept": "Accept all", "decline": "Only necessary cookies",
        "meta": "Document details", "related": "Related documents", "share": "Share this page",
        "labels": {"symbol": "Document symbol", "date": "Date", "body": "Body", "type": "Document type", "original": "Original language", "languages": "Available in"},
        "footer": ["Contact us", "Terms of use", "Privacy", "Accessibility", "Site map"],
        "copy": "© World Trade Organization. Centre William Rappard, Rue de Lausanne 154, CH-1211 Geneva 2, Switzerland.",
        "search": "Search", "print": "Print", "download": "Download PDF",
    },
    "fr": {
        "site": "Organisation mondiale du commerce",
        "nav": ["Accueil", "L'OMC", "Thèmes commerciaux", "Membres de l'OMC", "Documents et ressources", "Nouvelles et événements"],
        "crumbs": ["Accueil", "Thèmes commerciaux", "Commerce électronique", "Initiative liée à la Déclaration conjointe"],
        "cookie": "Ce site utilise des cookies afin d'améliorer votre navigation et de recueillir des statistiques anonymes. En poursuivant, vous acceptez leur utilisation.",
        "accept": "Tout accepter", "decline": "Cookies nécessaires uniquement",
        "meta": "Informations sur le document", "related": "Documents connexes", "share": "Partager cette page",
        "labels": {"symbol": "Cote", "date": "Date", "body": "Organe", "type": "Type de document", "original": "Langue originale", "languages": "Disponible en"},
        "footer": ["Nous contacter", "Conditions d'utilisation", "Confidentialité", "Accessibilité", "Plan du site"],
        "copy": "© Organisation mondiale du commerce. Centre William Rappard, Rue de Lausanne 154, CH-1211 Genève 2, Suisse.",
        "search": "Rechercher", "print": "Imprimer", "download": "Télécharger le PDF",
    },
}

HTML_EXTRA = {
    "wt-gc-m-181-general-council-minutes-december-2019.html": {
        "url": "https://www.wto.org/english/docs_e/minutes/wt_gc_m_181.htm",
        "type": "Minutes", "languages": "English, French, Spanish",
        "related": [
            ("WT/L/1079", "Work Programme on Electronic Commerce – General Council Decision of 10 December 2019"),
            ("WT/GC/W/798", "Work Programme on Electronic Commerce – Draft Decision"),
            ("WT/GC/W/747", "The Moratorium on Customs Duties on Electronic Transmissions: Need for a Re-think"),
            ("WT/L/1056", "Joint Statement on Electronic Commerce (Davos, 25 January 2019)"),
            ("WT/GC/M/179", "General Council – Minutes of the Meeting of 15-16 October 2019"),
        ],
    },
    "ide-commerce-electronique-texte-stabilise-2024.html": {
        "url": "https://www.wto.org/french/news_f/news24_f/ecom_26jul24_f.htm",
        "type": "Déclaration", "languages": "anglais, français, espagnol",
        "related": [
            ("INF/ECOM/87", "Accord sur le commerce électronique – Texte stabilisé"),
            ("WT/L/1056", "Déclaration conjointe sur le commerce électronique (Davos, 25 janvier 2019)"),
            ("WT/MIN(17)/60", "Déclaration conjointe sur le commerce électronique (Buenos Aires, 13 décembre 2017)"),
            ("WT/MIN(24)/38", "Programme de travail sur le commerce électronique – Décision ministérielle (CM13)"),
        ],
    },
}


def render_html(doc: dict, path: Path) -> None:
    ch = CHROME[doc["lang"]]
    ex = HTML_EXTRA[path.name]
    e = html.escape
    title = " – ".join(plain(t) for t in doc["title_lines"][:2])
    rows = []
    if doc["symbol"]:
        rows.append((ch["labels"]["symbol"], doc["symbol"]))
    rows += [
        (ch["labels"]["date"], doc["date"]),
        (ch["labels"]["body"], doc["body_lines"][0]),
        (ch["labels"]["type"], ex["type"]),
    ]
    if doc["original"]:
        rows.append((ch["labels"]["original"], doc["original"].split(":", 1)[1].strip()))
    rows.append((ch["labels"]["languages"], ex["languages"]))
    o = []
    o.append("<!DOCTYPE html>")
    o.append(f"<!-- saved from url=({len(ex['url']):04d}){ex['url']} -->")
    o.append(f'<html lang="{doc["lang"]}">')
    o.append("<head>")
    o.append('<meta charset="utf-8">')
    o.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    o.append(f"<title>{e(ch['site'])} | {e(title)}</title>")
    o.append("<style>body{font-family:Verdana,Arial,sans-serif;margin:0;color:#222}"
             "header,footer{background:#00467f;color:#fff;padding:8px 24px}"
             "nav.main a{color:#fff;margin-right:18px;text-decoration:none}"
             ".cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:12px}"
             ".layout{display:flex;gap:32px;padding:16px 24px}main{flex:3}aside{flex:1}"
             "table.doc-meta td,table.doc-meta th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
             ".num{display:inline-block;min-width:2.5em}.sub{margin-left:2.5em}</style>")
    o.append("</head>")
    o.append("<body>")
    o.append('<div class="cookie-banner" id="cookie-banner" role="dialog">')
    o.append(f"  <p>{e(ch['cookie'])}</p>")
    o.append(f'  <button class="accept">{e(ch["accept"])}</button> <button class="decline">{e(ch["decline"])}</button>')
    o.append("</div>")
    o.append("<header>")
    o.append(f'  <div class="logo"><a href="/">{e(ch["site"])}</a></div>')
    o.append('  <nav class="main"><ul>')
    for item in ch["nav"]:
        o.append(f'    <li><a href="#">{e(item)}</a></li>')
    o.append("  </ul></nav>")
    o.append(f'  <form class="search"><input type="text" name="q"><button>{e(ch["search"])}</button></form>')
    o.append("</header>")
    o.append('<div class="layout">')
    o.append("<main>")
    o.append('<nav class="breadcrumb"><ol>')
    for c in ch["crumbs"]:
        o.append(f'  <li><a href="#">{e(c)}</a></li>')
    o.append(f"  <li>{e(doc['symbol'] or doc['date'])}</li>")
    o.append("</ol></nav>")
    o.append('<div class="tools">'
             f'<a href="#" class="print">{e(ch["print"])}</a> | <a href="#" class="pdf">{e(ch["download"])}</a></div>')
    o.append(f"<h2 class=\"meta-title\">{e(ch['meta'])}</h2>")
    o.append('<table class="doc-meta">')
    for k, v in rows:
        o.append(f"  <tr><th>{e(k)}</th><td>{e(v)}</td></tr>")
    o.append("</table>")
    o.append('<article class="document">')
    o.append('<div class="doc-head">')
    o.append(f"  <p class=\"letterhead\">{e(' '.join(doc['letterhead']))}</p>")
    if doc["symbol"]:
        o.append(f'  <p class="symbol">{e(doc["symbol"])}</p>')
    o.append(f'  <p class="date">{e(doc["date"])}</p>')
    if doc["job"]:
        o.append(f'  <p class="job">{e(doc["job"])}</p>')
    for b in doc["body_lines"]:
        o.append(f'  <p class="body"><strong>{e(b)}</strong></p>')
    if doc["original"]:
        o.append(f'  <p class="original">{e(doc["original"])}</p>')
    o.append("</div>")
    o.append(f"<h1>{e(plain(doc['title_lines'][0]))}</h1>")
    for t in doc["title_lines"][1:]:
        o.append(f'<p class="subtitle"><strong>{e(plain(t))}</strong></p>')
    if doc.get("intro"):
        o.append(f'<p class="intro"><em>{e(plain(doc["intro"]))}</em></p>')
    for kind, label, text in numbered_blocks(doc):
        if kind == "h":
            o.append(f"<h2>{e(text)}</h2>")
        elif kind in ("n", "s"):
            o.append(f'<p class="para"><span class="num">{e(label)}</span> {e(plain(text))}</p>')
        elif kind == "a":
            o.append(f'<p class="para sub"><span class="num">{e(label)}</span> {e(plain(text))}</p>')
        else:
            o.append(f"<p>{e(plain(text))}</p>")
    o.append(f'<p class="disclaimer"><small>{e(NOTE)}</small></p>')
    o.append("</article>")
    o.append('<div class="share">')
    o.append(f"  <span>{e(ch['share'])}:</span>")
    for net in ("Facebook", "X", "LinkedIn", "Email"):
        o.append(f'  <a class="share-btn share-{net.lower()}" href="#">{net}</a>')
    o.append("</div>")
    o.append("</main>")
    o.append('<aside class="related">')
    o.append(f"  <h3>{e(ch['related'])}</h3>")
    o.append("  <ul>")
    for sym, t in ex["related"]:
        slug = re.sub(r"[^a-z0-9]+", "_", sym.lower()).strip("_")
        o.append(f'    <li><a href="/docs/{slug}.pdf">{e(sym)}</a> – {e(t)}</li>')
    o.append("  </ul>")
    o.append("</aside>")
    o.append("</div>")
    o.append("<footer>")
    o.append("  <ul>" + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in ch["footer"]) + "</ul>")
    o.append(f"  <p>{e(ch['copy'])}</p>")
    o.append("</footer>")
    o.append('<script>document.querySelector(".accept").onclick=function(){document.getElementById("cookie-banner").remove()};</script>')
    o.append("</body>")
    o.append("</html>")
    path.write_text("\n".join(o) + "\n", encoding="utf-8")
    STATS[path.name] = {}


# ---------------------------------------------------------------- DOCX


def render_docx(doc: dict, path: Path) -> None:
    import datetime

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt

    d = Document()
    d.core_properties.author = "wtoqa test corpus"
    d.core_properties.last_modified_by = "wtoqa test corpus"
    d.core_properties.title = ""
    d.core_properties.comments = NOTE
    d.core_properties.revision = 1
    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_printed = fixed
    style = d.styles["Normal"]
    style.font.name = "Verdana"
    style.font.size = Pt(9)

    # numbering: level 0 "1.", level 1 "(a)"
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )

    def numbered(text: str, level: int):
        p = d.add_paragraph(text)
        ppr = p._p.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
            )
        )
        p.paragraph_format.space_after = Pt(6)
        return p

    # header table: letterhead | symbol + date ; job number | original
    table = d.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = " ".join(doc["letterhead"])
    table.cell(0, 0).paragraphs[0].runs[0].bold = True
    c01 = table.cell(0, 1)
    c01.text = doc["symbol"]
    c01.paragraphs[0].runs[0].bold = True
    c01.add_paragraph(doc["date"])
    for par in c01.paragraphs:
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    table.cell(1, 0).text = doc["job"]
    table.cell(1, 1).text = doc["original"]
    table.cell(1, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    d.add_paragraph()
    for b in doc["body_lines"]:
        d.add_paragraph().add_run(b).bold = True
    for i, t in enumerate(doc["title_lines"]):
        p = d.add_paragraph(style="Title" if i == 0 else None)
        r = p.add_run(plain(t))
        r.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if doc.get("intro"):
        p = d.add_paragraph()
        p.add_run(plain(doc["intro"])).italic = True
    for kind, label, text in numbered_blocks(doc):
        if kind == "h":
            d.add_heading(text, level=1)
        elif kind == "n":
            numbered(plain(text), 0)
        elif kind == "a":
            numbered(plain(text), 1)
        else:
            d.add_paragraph(plain(text))
    section = d.sections[0]
    section.footer.paragraphs[0].text = NOTE

    buf = io.BytesIO()
    d.save(buf)
    # rewrite with fixed timestamps so the file is byte-for-byte reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())
    STATS[path.name] = {}


RENDER = {".pdf": render_pdf, ".txt": render_txt, ".md": render_md, ".html": render_html, ".docx": render_docx}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    meta = {"documents": {}}
    for doc in DOCS:
        path = OUT / doc["file"]
        RENDER[path.suffix](doc, path)
        meta["documents"][doc["file"]] = {"extra": {"test_document": True, "note": NOTE}}
    (OUT / "metadata.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    for name, s in STATS.items():
        print(name, s)


if __name__ == "__main__":
    main()
