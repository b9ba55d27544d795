"""Markdown: the structure the markup states, read by a CommonMark parser.

markdown-it-py (the executablebooks project's CommonMark parser, with its GFM
table rule) and mdit-py-plugins' footnote rule give headings (ATX "#" and
setext underlines alike), numbered and bulleted lists with their numbers, pipe
tables as rows and footnotes as definitions with their references. Reading the
markup by hand lost all four: a letterhead table came out as one paragraph of
pipes, a setext-underlined letterhead as a paragraph ending in "=====", and a
footnote's definition as a paragraph of the body with its "[^1]" marker left in
the sentence. A table before the first paragraph gives metadata fields, as a
Word header table does; footnotes become notes of the block that cites them.
YAML front matter (mdit-py-plugins' front_matter rule, read by PyYAML) and TOML
front matter ("+++", read by tomllib) give fields too: read as text, its "title:" line
was taken for the document's title.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from indexing.loaders.base import (
    NOTES_HEADING,
    Block,
    Loaded,
    join_lines,
    resolve_hyphens,
    split_label,
)
from indexing.loaders.text import decode_text, parse_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """One parser for every file (its rules are compiled once; parsing keeps no state)."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    return (
        MarkdownIt("commonmark")
        .enable(["table", "strikethrough"])
        .use(footnote_plugin)
        .use(front_matter_plugin)
    )


def _front_matter(content: str) -> dict[str, str]:
    """The scalar fields of a YAML front matter ("title", "symbol", "date"...); a front
    matter that is not YAML, or not a mapping, gives none."""
    import yaml

    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError:
        return {}
    return _scalar_fields(data)


def _scalar_fields(data: object) -> dict[str, str]:
    """A front matter's scalar values (text, numbers, dates) by name; none if it is not
    a mapping."""
    if not isinstance(data, dict):
        return {}
    return {
        str(key): " ".join(str(value).split())
        for key, value in data.items()
        if isinstance(value, str | int | float | date) and not isinstance(value, bool)
    }


#: A note's mark set as a superscript in inline HTML: "<sup>3</sup>".
_SUP_MARK = re.compile(r"\d{1,3}|\*{1,3}|[†‡]")


def _inline(token: Token, refs: list[str]) -> list[str]:
    """The lines a reader sees: emphasis, links and code marks dropped, footnote
    references (a Markdown footnote's, or a mark in <sup>) noted in `refs`."""
    lines = [""]
    sup: list[str] | None = None  # the text of an open <sup>
    for child in token.children or []:
        if child.type == "html_inline" and child.content.lower().startswith("<sup"):
            sup = []
        elif child.type == "html_inline" and child.content.lower() == "</sup>" and sup is not None:
            mark = "".join(sup).strip()
            if _SUP_MARK.fullmatch(mark):
                refs.append(mark)
            else:
                lines[-1] += mark
            sup = None
        elif sup is not None and child.type in ("text", "code_inline"):
            sup.append(child.content)
        elif child.type in ("text", "code_inline"):
            lines[-1] += child.content
        elif child.type in ("softbreak", "hardbreak"):
            lines.append("")
        elif child.type == "image":
            lines[-1] += "".join(c.content for c in child.children or [])
        elif child.type == "footnote_ref":
            refs.append(str(child.meta["label"]))
    return [line.strip() for line in lines if line.strip()]


def _toml_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """The text without its TOML front matter ("+++" lines around it, as Hugo writes it),
    and its scalar fields, read by the standard library's tomllib; a front matter that is
    not TOML stays text."""
    import tomllib

    if not text.startswith("+++\n"):
        return text, {}
    end = text.find("\n+++\n", 3)
    if end < 0:
        return text, {}
    try:
        data = tomllib.loads(text[4:end])
    except tomllib.TOMLDecodeError:
        return text, {}
    return text[end + 5 :], _scalar_fields(data)


def parse_markdown(text: str) -> Loaded:
    """Blocks of a Markdown document."""
    text, fields = _toml_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    tokens = _parser().parse(text)
    blocks: list[Block] = []
    notes: dict[str, str] = {}
    cited: list[tuple[Block, list[str]]] = []
    lists: list[str] = []  # the open lists' kinds ("ol" or "ul"), innermost last
    item_label: str | None = None
    row: list[str] | None = None
    footnote: str | None = None
    seen_body = False
    end_notes = False  # under a "Notes" heading, whose numbered items are notes
    for i, token in enumerate(tokens):
        kind = token.type
        if kind == "front_matter":
            fields.update(_front_matter(token.content))
        elif kind in ("ordered_list_open", "bullet_list_open"):
            lists.append(token.tag)
        elif kind in ("ordered_list_close", "bullet_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            item_label = f"{token.info}{token.markup}" if lists[-1:] == ["ol"] else "•"
        elif kind == "footnote_open":
            footnote = str(token.meta["label"])
        elif kind == "footnote_close":
            footnote = None
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            cells = [c for c in row if c]
            if cells:
                blocks.append(Block(" | ".join(cells), "table"))
                if not seen_body and len(cells) == 2:
                    fields.setdefault(cells[0].rstrip(" :"), cells[1])
            row = None
        elif kind in ("code_block", "fence", "html_block"):
            content = token.content
            if kind == "html_block":
                from bs4 import BeautifulSoup

                content = BeautifulSoup(content, "html.parser").get_text("\n")
            blocks.extend(parse_text(content).blocks)
        elif kind == "inline":
            refs: list[str] = []
            lines = _inline(token, refs)
            content = join_lines(lines)  # hyphenated line ends mended
            opener = tokens[i - 1].type if i else ""
            if not content:
                continue
            if row is not None:
                row.append(" ".join(content.split()))
            elif footnote is not None:
                notes[footnote] = f"{notes[footnote]} {content}" if footnote in notes else content
            elif opener == "heading_open" and NOTES_HEADING.match(content):
                end_notes = True  # "### Notes" over "1. ...": the notes <sup>1</sup> calls
            elif opener == "heading_open":
                end_notes = False
                blocks.append(Block(content, "heading"))
            elif end_notes and item_label is not None and item_label[:1].isdigit():
                notes.setdefault(item_label.rstrip(".)"), content)
                item_label = None
            else:
                end_notes = False
                label, rest = split_label(content)
                if item_label is not None:
                    label, rest = item_label, content
                    item_label = None  # an item's later paragraphs are paragraphs
                block = Block(rest, "item", label=label) if label else Block(content, lines=lines)
                blocks.append(block)
                seen_body = True
                if refs:
                    cited.append((block, refs))
    called: set[str] = set()
    for block, refs in cited:
        block.notes.extend(f"{label}: {notes[label]}" for label in refs if label in notes)
        called.update(refs)
    body = [b for b in blocks if b.role != "heading"]
    for label, note in notes.items():
        if label not in called and body:
            body[-1].notes.append(f"{label}: {note}")  # no call found: kept, not lost
    resolve_hyphens(blocks)
    return Loaded(blocks, fields=fields)


def load_markdown(path: Path) -> Loaded:
    return parse_markdown(decode_text(path.read_bytes(), path))
