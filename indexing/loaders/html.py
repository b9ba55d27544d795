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

from indexing.loaders.base import BODY_TEXT, NOTES_HEADING, Block, Loaded, split_label
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


#: Stands for a footnote's reference in the text while trafilatura reads the page (see
#: _footnotes): letters and digits only, which no extractor drops or splits.
_NOTE_TOKEN = "wtoqafootnote{}x"
_NOTE_TOKEN_RE = re.compile(r"\s?wtoqafootnote(\d+)x")
#: A footnote reference's own text: "1", "[2]", "(3)", "a", "iv", "*", "†".
#: ("*1": a numbered asterisk, as some pages mark notes)
_NOTE_MARK = re.compile(r"^[\[(]?(?:\*?\d{1,3}|[a-z]|[ivx]{1,4}|\*{1,3}|[†‡§])[\])]?$", re.I)
#: Elements that hold a footnote's text (the target of its reference, or around it).
_NOTE_HOLDERS = ("li", "p", "div", "aside", "section", "dd", "td", "span", "details")
#: Back-links of a footnote to its reference: "↩", "^", "Back", "Retour", "Volver".
_BACK_LINK = re.compile(r"^(?:[↩↑^⤴]\ufe0e?|back|retour|volver|return)$", re.I)


def _footnotes(html: str) -> tuple[str, list[str]]:
    """The page with each footnote's reference replaced by a token (_NOTE_TOKEN) and its
    note taken out of the text, and the notes ("label: text") by token number.

    A reference is a link to an anchor of the page (or a button opening a popover) whose
    text is a footnote mark ("1", "[2]", "*"), and whose target holds the note: a list
    item of a notes list with its back-link ("<li id=fn1>... <a href=#fnref1>↩</a>"), or
    the paragraph of a Word page's note ("<p><a name=_ftn1>[1]</a> ..."). trafilatura
    drops a page's notes with its footer, or keeps them as list items, and leaves the mark
    in the sentence ("held by the central level of government.1"). Layout tables are
    unwrapped first (_unwrap_layout_tables), in the same parse."""
    import lxml.html

    try:
        page = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html, []
    unwrapped = _unwrap_layout_tables(page)
    anchors: dict[str, Any] = {}
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue
        for key in ("id", "name"):
            value = element.get(key)
            if value:
                anchors.setdefault(value, element)
    notes: list[str] = []
    taken: list[Any] = []
    for link in list(page.iter("a", "button")):
        href = link.get("href") or ""
        # a link to an anchor, or a button that opens a popover ("popovertarget")
        target_id = href[1:] if href.startswith("#") else link.get("popovertarget") or ""
        mark = " ".join(link.text_content().split())
        if not target_id or target_id not in anchors or not _NOTE_MARK.match(mark):
            continue
        if _opens_its_holder(link):
            continue  # a note's own mark, linking back to its reference
        holder = _holder(anchors[target_id])
        if holder is None or holder in taken or _is_ancestor(holder, link):
            continue
        text = _note_text(holder, link)
        if not text or len(text) > 2000:
            continue
        reference = (
            link.getparent()
            if link.getparent() is not None and link.getparent().tag == "sup"
            else link
        )
        _replace_with_text(reference, _NOTE_TOKEN.format(len(notes)))
        notes.append(f"{_label(mark)}: {text}")
        taken.append(holder)
    _unlinked_notes(page, notes, taken)
    _side_notes(page, notes, taken)
    # a "Notes" heading over notes that all went (a sidebar of notes) goes too
    for heading in list(page.iter(*_HEADINGS)):
        following = list(heading.itersiblings())
        if (
            following
            and all(element in taken for element in following)
            and NOTES_HEADING.match(" ".join(heading.text_content().split()))
        ):
            taken.append(heading)
    for holder in taken:
        if holder.getparent() is not None:
            _replace_with_text(holder, "")
    if not notes and not unwrapped:
        return html, []
    return lxml.html.tostring(page, encoding="unicode"), notes


#: What may head a page's end notes (a <details>' <summary> too).
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "summary")
#: A note holder's own class or role: "footnote", "sidenote", "note", "doc-endnote".
_NOTE_CLASS = re.compile(r"(?:^|[\s_-])(?:foot|side|end)?notes?(?:$|[\s_-])", re.I)


def _unlinked_notes(page: Any, notes: list[str], taken: list[Any]) -> None:
    """Footnote references that link nowhere: a superscript mark whose note is its
    tooltip (<sup><abbr title="...">1</abbr></sup>), or the first note after it that
    opens with the same mark, in a side note (<aside role="note"><b>1</b> ...</aside>)
    or in the numbered list under a "Notes" heading. Each mark becomes a token (as in
    _footnotes) and its note leaves the text."""
    order = {element: n for n, element in enumerate(page.iter())}
    holders: list[tuple[int, str, Any]] = []
    for element in page.iter(*_NOTE_HOLDERS):
        if element in taken:
            continue
        if element.get("role") in ("note", "doc-footnote", "doc-endnote") or _NOTE_CLASS.search(
            element.get("class") or ""
        ):
            mark = _leading_mark(element.text_content())
            if mark:
                holders.append((order[element], mark, element))
    listings: list[tuple[Any, Any]] = []  # a "Notes" heading and the list under it
    for heading in page.iter(*_HEADINGS):
        if not NOTES_HEADING.match(" ".join(heading.text_content().split())):
            continue
        listing = heading.getnext()
        if listing is not None and listing.tag in ("ol", "ul"):
            listings.append((heading, listing))
            start = int(listing.get("start") or 1) if (listing.get("start") or "1").isdigit() else 1
            for n, item in enumerate(c for c in listing if c.tag == "li"):
                value = item.get("value") or ""
                mark = _leading_mark(item.text_content()) or (value if value.isdigit() else "")
                holders.append((order[item], mark or str(start + n), item))
    holders.sort(key=lambda h: h[0])
    for reference in list(page.iter("sup")):
        mark = " ".join(reference.text_content().split())
        if not _NOTE_MARK.match(mark) or reference.getparent() is None:
            continue
        mark = _label(mark)
        titled = [e.get("title") for e in reference.iter() if e.get("title")]
        at = order.get(reference, -1)
        found = next((h for h in holders if h[0] > at and h[1] == mark and h[2] not in taken), None)
        if titled:
            text = " ".join(titled[0].split())
        elif found is not None:
            text = _note_text(found[2], reference)
        else:
            continue
        if found is not None:
            taken.append(found[2])  # the tooltip's note may be listed too: once is enough
        _replace_with_text(reference, _NOTE_TOKEN.format(len(notes)))
        notes.append(f"{mark}: {text}")
    # a "Notes" heading whose notes all went goes too
    taken.extend(
        heading
        for heading, listing in listings
        if all(item in taken for item in listing if item.tag == "li")
    )


def _opens_its_holder(link: Any) -> bool:
    """Is the link the first words of the paragraph or item it is in (a note that opens
    with its mark, linked back to where the text calls it), not a call inside a text?"""
    holder = _holder(link)
    return holder is not None and not _text_before(holder, link)[0].strip()


def _holder(element: Any) -> Any | None:
    """The element, or its nearest ancestor, that can hold a note (_NOTE_HOLDERS)."""
    while element is not None and element.tag not in _NOTE_HOLDERS:
        element = element.getparent()
    return element


def _text_before(node: Any, target: Any) -> tuple[str, bool]:
    """The text of `node` before `target`, and whether `target` was reached."""
    text = node.text or ""
    for child in node:
        if child is target:
            return text, True
        inner, found = _text_before(child, target)
        text += inner
        if found:
            return text, True
        text += child.tail or ""
    return text, False


def _label(mark: str) -> str:
    """A note's label from its mark: "[2]" -> "2", "*1" -> "1", "*" -> "*"."""
    label = mark.strip("[]()")
    return label.lstrip("*") if label.lstrip("*").isdigit() else label


def _side_notes(page: Any, notes: list[str], taken: list[Any]) -> None:
    """Side notes written inside the sentence they annotate, numbered by the style sheet
    alone (<span class="sidenote">...</span>, a margin note's usual markup): each is a
    note of its paragraph, numbered in order, and leaves the text it would be glued to."""
    number = 0
    for element in list(page.iter("span", "small", "aside")):
        if element in taken or element.getparent() is None:
            continue
        if not _SIDE_NOTE_CLASS.search(element.get("class") or ""):
            continue
        if not any(a.tag in ("p", "li", "dd", "td") for a in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if not text or _leading_mark(text):
            continue
        number += 1
        _replace_with_text(element, _NOTE_TOKEN.format(len(notes)))
        notes.append(f"{number}: {text}")


#: A margin note's class: "sidenote", "marginnote", "margin-note".
_SIDE_NOTE_CLASS = re.compile(r"(?:^|\s)(?:side-?notes?|margin-?notes?)(?:$|\s)", re.I)


#: The mark a note's text opens with: "1 ...", "[2] ...", "(3). ...", "* ...".
_OPENING_MARK = re.compile(r"^\s*[\[(]?\*?(\d{1,3}|[*†‡])[\])]?[.:]?\s+(?=\S)")


def _leading_mark(text: str) -> str | None:
    """The footnote mark a note's text opens with ("1 ...", "[2] ...", "(3) ...")."""
    found = _OPENING_MARK.match(text)
    return found.group(1) if found else None


def _is_ancestor(element: Any, other: Any) -> bool:
    return any(parent is element for parent in other.iterancestors())


def _note_text(holder: Any, reference: Any) -> str:
    """A note's words: without its own mark, nor the back-links to its reference."""
    import copy

    note = copy.deepcopy(holder)
    for summary in list(note.iter("summary")):  # "<details><summary>Note 1</summary>"
        _replace_with_text(summary, "")
    for link in list(note.iter("a")):
        words = " ".join(link.text_content().split())
        if _NOTE_MARK.match(words) or _BACK_LINK.match(words) or not words:
            _replace_with_text(link, "")
    text = " ".join(note.text_content().split())
    return _OPENING_MARK.sub("", text, count=1).strip(" ↩")


def _replace_with_text(element: Any, text: str) -> None:
    """Put `text` (and what followed the element) where the element was."""
    parent = element.getparent()
    after = f"{text}{element.tail or ''}"
    previous = element.getprevious()
    if previous is not None:
        previous.tail = f"{previous.tail or ''}{after}"
    else:
        parent.text = f"{parent.text or ''}{after}"
    parent.remove(element)


#: A cell whose paragraphs hold this much text lays out a page: it holds no datum.
LAYOUT_CELL_CHARS = 300


def _unwrap_layout_tables(page: Any) -> bool:
    """Replace the page's layout tables (an older site's: the whole text in one cell, the
    menu in another) by their cells' contents, in order; a data table stays. A table lays
    out a page when one of its own cells holds a heading, another table, or paragraphs
    with LAYOUT_CELL_CHARS of text; a Word page's data cell holds one short paragraph.
    Whether any was replaced."""
    import lxml.html

    changed = False
    for table in reversed(list(page.iter("table"))):  # the innermost first
        cells = [c for c in table.iter("td", "th") if _table_of(c) is table]
        if not any(_lays_out(cell) for cell in cells) or table.getparent() is None:
            continue
        holder = lxml.html.Element("div")
        for cell in cells:
            cell.tag = "div"
            for key in list(cell.attrib):
                del cell.attrib[key]
            holder.append(cell)
        holder.tail = table.tail
        table.getparent().replace(table, holder)
        changed = True
    return changed


def _table_of(cell: Any) -> Any:
    return next((a for a in cell.iterancestors() if a.tag == "table"), None)


def _lays_out(cell: Any) -> bool:
    if any(True for _ in cell.iter("h1", "h2", "h3", "h4", "h5", "h6", "table")):
        return True
    paragraphs = list(cell.iter("p", "li"))
    text = sum(len(" ".join(p.text_content().split())) for p in paragraphs)
    return len(paragraphs) >= 2 and text >= LAYOUT_CELL_CHARS


def _take_notes(blocks: list[Block], notes: list[str]) -> None:
    """Each block's footnote tokens out of its text, their notes into its notes."""
    for block in blocks:
        numbers = [int(n) for n in _NOTE_TOKEN_RE.findall(block.text)]
        if numbers:
            block.text = _NOTE_TOKEN_RE.sub("", block.text).strip()
            block.notes.extend(notes[n] for n in numbers if n < len(notes))


def parse_html(html: str) -> Loaded:
    html, notes = _footnotes(html)
    loaded = _parse_main(html)
    _take_notes(loaded.blocks, notes)
    loaded.fields = {k: _NOTE_TOKEN_RE.sub("", v) for k, v in loaded.fields.items()}
    return loaded


def _parse_main(html: str) -> Loaded:
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
    page = _page(html)  # the whole page, for what main-content extraction left out
    if page is not None:
        blocks = _with_dropped_headings(page, blocks)
    title = root.get("title")
    if title and not any(b.role == "heading" and b.text == " ".join(title.split()) for b in blocks):
        # trafilatura lifts the page's first heading into its metadata: put it back
        blocks.insert(0, Block(" ".join(title.split()), "heading"))
    for key in ("title", "date", "author", "sitename"):
        value = root.get(key)
        if value:
            fields.setdefault(f"page {key}", value)
    card = _page_fields(page) if page is not None else {}
    for key, value in card.items():
        fields.setdefault(key, value)
    return Loaded(_without_card(blocks, card), fields=fields)


_SOURCE_TEXT = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "dt", "dd", "a")


def _letters(text: str) -> str:
    """The text's letters only, lower case: a block and the page's text compared without
    their note marks ("Summary by the Secretariat1", "... by the Secretariat")."""
    return re.sub(r"[\W\d_]+", "", _NOTE_TOKEN_RE.sub("", text)).casefold()


def _page(html: str) -> Any | None:
    """The page's element tree (lxml), its scripts and styles left out; None if it does
    not parse."""
    import lxml.html

    try:
        page = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for junk in page.iter("script", "style", "noscript"):
        junk.drop_tree()
    return page


def _with_dropped_headings(page: Any, blocks: list[Block]) -> list[Block]:
    """The blocks with the title headings main-content extraction dropped put back: an
    <h1>-<h3> of the page whose next text in the page is a block's ("<h1>ZENDA COUNCIL</h1>
    <h2>MINUTES OF MEETING</h2><p>Held in ...</p>": trafilatura keeps the last only). A
    heading followed by text that is no block (a menu's, a sidebar's), or coming after the
    first paragraph of body text (a section's, a sidebar's), stays out."""
    texts = [
        (element.tag, " ".join(element.text_content().split()))
        for element in page.iter(*_SOURCE_TEXT)
    ]
    texts = [(tag, text) for tag, text in texts if text]
    body_starts = next((n for n, (_, t) in enumerate(texts) if len(t) >= BODY_TEXT), len(texts))
    out = list(blocks)
    # from the last (a dropped heading before another dropped one goes before it), and
    # only those before the text has begun (not a section's or a sidebar's)
    for n in range(min(body_starts, len(texts) - 1), -1, -1):
        tag, text = texts[n]
        if tag not in ("h1", "h2", "h3") or any(b.text == text for b in out):
            continue
        following = next((_letters(t) for _, t in texts[n + 1 :] if t != text), None)
        places = [k for k, b in enumerate(out) if following and _letters(b.text) == following]
        # one place (a text said in several blocks places nothing), in the title block:
        # up to the blocks' first paragraph of body text
        opening = next((k for k, b in enumerate(out) if len(b.text) >= BODY_TEXT), len(out))
        if len(places) == 1 and places[0] <= opening:
            out.insert(places[0], Block(text, "heading"))
    return out


def _without_card(blocks: list[Block], card: dict[str, str]) -> list[Block]:
    """The blocks without the document card's rows that main-content extraction kept
    (a <dl> inside <main>: "Symbol", then "WT/..."; a field's name, then its value):
    they are the page's metadata (see _page_fields), not its text."""
    pairs = set(card.items())
    kept: list[Block] = []
    n = 0
    while n < len(blocks):
        if n + 1 < len(blocks) and (blocks[n].text.rstrip(" :"), blocks[n + 1].text) in pairs:
            n += 2
            continue
        kept.append(blocks[n])
        n += 1
    return kept


#: A field's name on a portal's document card: a word or three ("Symbol", "Date",
#: "Cote", "Fecha de distribución"), no figures or slashes.
_FIELD_NAME = re.compile(r"^[^\W\d_]+(?:[ '’-][^\W\d_]+){0,3}$")


def _page_fields(page: Any) -> dict[str, str]:
    """What the page states about the document outside its main text, which main-content
    extraction rightly drops: the <title> element (a portal puts the symbol there) and
    the name/value rows of a document card (a two-cell table row or a <dl>'s dt/dd)."""
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
