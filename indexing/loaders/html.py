"""Saved web pages: the main content only (trafilatura).

A saved page carries site navigation, breadcrumbs, link lists, share buttons,
cookie banners and footers around the document. trafilatura is a maintained
main-content extractor that keeps the structure we need (headings, paragraphs,
list items, tables) as XML; a table before the first paragraph gives metadata
fields, as a Word header table does; so do the page's <title> and the name/value rows
of a portal's document card, which main-content extraction drops. A page too small
for trafilatura to judge falls back to its visible text blocks, navigation removed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from indexing.loaders.base import Block, Loaded, split_label
from indexing.loaders.text import decode_text

_BLOCK_TAGS = ("head", "p", "item", "row", "quote")


def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # A short document is still a document: below this size trafilatura would give up
    # on the page's structure and return its whole text, navigation included.
    config["DEFAULT"]["min_extracted_size"] = "10"
    config["DEFAULT"]["extraction_timeout"] = "0"  # no signal-based timeout in threads
    return config


def parse_html(html: str) -> Loaded:
    import trafilatura
    from lxml import etree

    extracted = trafilatura.extract(
        html,
        config=_config(),
        output_format="xml",
        include_tables=True,
        include_comments=False,
        include_links=False,
        include_images=False,
        with_metadata=True,
        favor_recall=True,
    )
    if not extracted:
        return _fallback(html)
    root = etree.fromstring(extracted.encode("utf-8"))
    main = root.find("main")
    blocks: list[Block] = []
    fields: dict[str, str] = {}
    seen_body = False
    for element in (main if main is not None else root).iter(*_BLOCK_TAGS):
        if (
            element.tag == "p"
            and element.getparent() is not None
            and element.getparent().tag
            in (
                "item",
                "cell",
                "quote",
            )
        ):
            continue  # inside a block already taken whole
        text = " ".join("".join(element.itertext()).split())
        if not text:
            continue
        if element.tag == "head":
            blocks.append(Block(text, "heading"))
        elif element.tag == "row":
            cells = [" ".join("".join(c.itertext()).split()) for c in element.iter("cell")]
            cells = [c for c in cells if c]
            blocks.append(Block(" | ".join(cells), "table"))
            if not seen_body and len(cells) == 2:
                fields[cells[0].rstrip(" :")] = cells[1]
        else:
            label, rest = split_label(text)
            role = "item" if element.tag == "item" or label else "paragraph"
            blocks.append(Block(rest if label else text, role, label=label))
            seen_body = True
    title = root.get("title")
    if title and not any(b.role == "heading" and b.text == title for b in blocks[:5]):
        # trafilatura lifts the page's first heading into its metadata: put it back
        blocks.insert(0, Block(" ".join(title.split()), "heading"))
    for key in ("title", "date", "author", "sitename"):
        value = root.get(key)
        if value:
            fields.setdefault(f"page {key}", value)
    for key, value in _page_fields(html).items():
        fields.setdefault(key, value)
    return Loaded(blocks, fields=fields)


#: A field's name on a portal's document card: a word or three ("Symbol", "Date",
#: "Cote", "Fecha de distribución"), no figures or slashes.
_FIELD_NAME = re.compile(r"^[^\W\d_]+(?:[ '’-][^\W\d_]+){0,3}$")


def _page_fields(html: str) -> dict[str, str]:
    """What the page states about the document outside its main text, which main-content
    extraction rightly drops: the <title> element (a portal puts the symbol there) and
    the name/value rows of a document card (a two-cell table row or a <dl>'s dt/dd)."""
    import lxml.html

    try:
        page = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return {}
    fields: dict[str, str] = {}
    title = page.find(".//title")
    if title is not None and title.text_content().strip():
        fields["page head title"] = " ".join(title.text_content().split())
    pairs: list[tuple[Any, Any]] = []
    for row in page.iter("tr"):
        cells = [c for c in row if c.tag in ("th", "td")]
        if len(cells) == 2:
            pairs.append((cells[0], cells[1]))
    for listing in page.iter("dl"):
        names = [c for c in listing if c.tag == "dt"]
        values = [c for c in listing if c.tag == "dd"]
        pairs.extend(zip(names, values, strict=False))
    for name_cell, value_cell in pairs:
        name = " ".join(name_cell.text_content().split()).rstrip(" :")
        value = " ".join(value_cell.text_content().split())
        if _FIELD_NAME.match(name) and value and len(value) <= 200:
            fields.setdefault(name, value)
        if len(fields) >= 16:
            break
    return fields


def _fallback(html: str) -> Loaded:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript", "aside", "form"]):
        tag.decompose()
    blocks = []
    for element in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li"]):
        text = " ".join(element.get_text(" ").split())
        if text:
            role = "heading" if element.name.startswith("h") else "paragraph"
            label, rest = split_label(text) if role == "paragraph" else (None, text)
            blocks.append(Block(rest, "item" if label else role, label=label))
    if not blocks:
        text = " ".join(soup.get_text(" ").split())
        blocks = [Block(text)] if text else []
    return Loaded(blocks)


def load_html(path: Path) -> Loaded:
    return parse_html(decode_text(path.read_bytes(), path))
