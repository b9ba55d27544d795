"""A document's metadata read from its own text: symbol, dates, title, body, kind, session.

WTO documents state their metadata in a header block (letterhead, symbol, date,
job number, "Original: English"), in running headers, in a Word header table,
and in their title lines ("Communication from ...", "Ministerial Decision of 7
<date>", "<Ordinal> Session, <Place>, <dates>"). The
conventions, in English, French and Spanish, are data in
`indexing/data/wto_conventions.json`; this module holds general rules only.
Nothing is invented: a field the text does not give stays empty.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from indexing.analyzers import LANGUAGES
from indexing.documents import Paragraph
from indexing.segment import is_lead_in, sentences

CONVENTIONS_FILE = Path(__file__).parent / "data" / "wto_conventions.json"
#: Paragraphs at the top of a document that may hold its header block and title.
HEADER_PARAGRAPHS = 14
#: The longest member (or list of members) a document's header may name.
MEMBER_CHARS = 120

SYMBOL = re.compile(
    r"(?<![\w/])(?:WT/MIN\(\d{2}\)|WT|JOB|S|G|IP|TN|INF|RD|WT/COMTD|WT/GC|WT/L|GPA|PC|ITA|SPEC|"
    r"MTN(?:\.[A-Z]+)?)"
    r"(?:/[A-Z0-9][A-Za-z0-9.()\-]*)+(?<![.\-])"
)


@dataclass(frozen=True)
class Conventions:
    letterheads: frozenset[str]
    furniture: tuple[re.Pattern[str], ...]
    months: dict[str, int]
    month_names: dict[str, list[str]]
    ordinals: dict[str, int]
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    member_patterns: tuple[re.Pattern[str], ...]
    bodies: tuple[tuple[str, tuple[str, ...]], ...]
    symbol_bodies: dict[str, str]
    original_languages: dict[str, str]
    series_titles: frozenset[str] = frozenset()
    not_title_lines: tuple[re.Pattern[str], ...] = ()
    title_small_words: frozenset[str] = frozenset()
    #: greetings, thanks and assent (en/fr/es): a message made only of them asks nothing
    courtesy_phrases: tuple[str, ...] = ()
    #: words that introduce where a text was issued ("issued at", "publiée à", "emitida en")
    place_cues: tuple[str, ...] = ()
    #: words of a document's cover note ("is being circulated", "est distribuée")
    cover_note_cues: tuple[str, ...] = ()
    #: an event's verb in a report's opening ("was held", "s'est tenue", "se celebró")
    held_cues: tuple[str, ...] = ()
    #: titles before a person's name ("H.E. Ms", "Mme", "Embajador")
    person_titles: tuple[str, ...] = ()
    #: cardinal numbers written in words ("seven", "sept", "siete"): figures too
    number_words: tuple[str, ...] = ()
    #: members that are no country, and groups of members ("European Union", "Groupe")
    member_groups: tuple[str, ...] = ()
    #: members' names in the WTO's own lists (English, French, Spanish) where they differ
    #: from ISO 3166's ("Nueva Zelandia", "Chinese Taipei"), by ISO alpha-2 code
    member_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    date_re: re.Pattern[str] = field(init=False, repr=False)
    day_month_re: re.Pattern[str] = field(init=False, repr=False)
    only_courtesy_re: re.Pattern[str] = field(init=False, repr=False)
    session_re: re.Pattern[str] = field(init=False, repr=False)
    place_re: re.Pattern[str] = field(init=False, repr=False)
    dateline_re: re.Pattern[str] = field(init=False, repr=False)
    held_re: re.Pattern[str] = field(init=False, repr=False)
    cover_note_re: re.Pattern[str] = field(init=False, repr=False)
    person_re: re.Pattern[str] = field(init=False, repr=False)
    number_word_re: re.Pattern[str] = field(init=False, repr=False)
    member_group_re: re.Pattern[str] = field(init=False, repr=False)
    #: any body's name; a body's name that is no kind's cue ("Joint Statement Initiative
    #: on ...", not "Note by the Secretariat")
    body_re: re.Pattern[str] = field(init=False, repr=False)
    body_name_re: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        courtesy = "|".join(map(re.escape, self.courtesy_phrases)) or r"(?!)"
        # whole phrases, any punctuation between them
        object.__setattr__(
            self, "only_courtesy_re", re.compile(rf"(?:\W|\b(?:{courtesy})\b)*", re.I)
        )
        months = "|".join(sorted(map(re.escape, self.months), key=len, reverse=True))
        cues = "|".join(sorted(map(re.escape, self.place_cues), key=len, reverse=True)) or r"(?!)"
        place = r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)"
        # "issued at <Place>, <country>, on <date>" (cues in any case, the place capitalised)
        object.__setattr__(self, "place_re", re.compile(rf"(?i:\b(?:{cues}))\s+{place}"))
        cover = "|".join(map(re.escape, self.cover_note_cues)) or r"(?!)"
        object.__setattr__(self, "cover_note_re", re.compile(rf"\b(?:{cover})\b", re.I))
        held = "|".join(re.escape(c).replace("'", "['’]") for c in self.held_cues) or r"(?!)"
        object.__setattr__(self, "held_re", re.compile(rf"\b(?:{held})\b", re.I))
        titles = "|".join(sorted(map(re.escape, self.person_titles), key=len, reverse=True))
        # a title, then a capitalised name ("H.E. Ms Ana Pérez", "M. Dupont")
        object.__setattr__(
            self,
            "person_re",
            # "Ambassador Ruiz"; "the Ambassador of Ruritania", "Embajadora de Borduria"
            re.compile(
                rf"(?<!\w)(?:{titles or '(?!)'})(?!\w)\.?\s+"
                rf"(?:(?:of|de|du|del|d['’])\s*)?[A-ZÀ-Ý]"
            ),
        )
        numbers = "|".join(sorted(map(re.escape, self.number_words), key=len, reverse=True))
        object.__setattr__(
            self, "number_word_re", re.compile(rf"(?<![\w-])(?:{numbers or '(?!)'})(?![\w-])", re.I)
        )
        body_cues = sorted({c for _name, cs in self.bodies for c in cs}, key=len, reverse=True)
        bodies = "|".join(map(re.escape, body_cues)) or "(?!)"
        object.__setattr__(self, "body_re", re.compile(rf"\b(?:{bodies})\b", re.I))
        kind_cues = {c for _kind, cs in self.kinds for c in cs}
        names = "|".join(re.escape(c) for c in body_cues if c not in kind_cues) or "(?!)"
        object.__setattr__(self, "body_name_re", re.compile(names))
        groups = "|".join(sorted(map(re.escape, self.member_groups), key=len, reverse=True))
        object.__setattr__(
            self, "member_group_re", re.compile(rf"(?<!\w)(?:{groups or '(?!)'})(?!\w)")
        )
        # a dateline opening a paragraph: "<Place>, <day> <month> <year>"
        object.__setattr__(
            self,
            "dateline_re",
            re.compile(
                rf"^{place},\s+(?i:(?:le\s+)?\d{{1,2}}(?:er|º|°)?\s+(?:de\s+)?(?:{months}))\b"
            ),
        )
        ordinals = "|".join(sorted(map(re.escape, self.ordinals), key=len, reverse=True))
        # "7 December 2013", "3-6 décembre 2013", "1er juin 2022", "13 de junio de 2022",
        # "December 7, 2013", "2013-12-07"
        object.__setattr__(
            self,
            "date_re",
            re.compile(
                rf"\b(?:(?P<d>\d{{1,2}})(?:er|º|°)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:de\s+)?"
                rf"(?P<m>{months})\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{{2}})"
                rf"|(?P<m2>{months})\s+(?P<d2>\d{{1,2}}),\s+(?P<y2>(?:19|20)\d{{2}})"
                rf"|(?P<iso>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}))\b",
                re.I,
            ),
        )
        # a day of a month without its year, as a programme gives it: "21 April", "21 de
        # abril", "1er juin", "April 21"
        object.__setattr__(
            self,
            "day_month_re",
            re.compile(
                rf"\b(?:\d{{1,2}}(?:er|º|°)?\s+(?:de\s+)?(?:{months})|(?:{months})\s+\d{{1,2}})\b",
                re.I,
            ),
        )
        object.__setattr__(
            self,
            "session_re",
            re.compile(
                rf"\b(?:(?P<ord>{ordinals})\s+(?:session|sesión|período de sesiones|"
                rf"periodo de sesiones|ministerial conference|conférence ministérielle|"
                rf"conferencia ministerial)|(?:session|sesión)\s+(?P<ord2>{ordinals})|"
                rf"(?:MC|CM)\s?(?P<n>\d{{1,2}}))\b",
                re.I,
            ),
        )


@lru_cache(maxsize=4)
def conventions(path: Path = CONVENTIONS_FILE) -> Conventions:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Conventions(
        letterheads=frozenset(data["letterheads"]),
        furniture=tuple(re.compile(p, re.I) for p in data["furniture_lines"]),
        months={k.casefold(): v for k, v in data["months"].items()},
        month_names=data["month_names"],
        ordinals={k.casefold(): v for k, v in data["ordinals"].items()},
        kinds=tuple((kind, tuple(cues)) for kind, cues in data["kinds"]),
        member_patterns=tuple(re.compile(p, re.I) for p in data["member_patterns"]),
        bodies=tuple((name, tuple(cues)) for name, cues in data["bodies"]),
        symbol_bodies=data["symbol_bodies"],
        original_languages=data["original_languages"],
        series_titles=frozenset(t.casefold() for t in data.get("series_titles", [])),
        not_title_lines=tuple(re.compile(p, re.I) for p in data.get("not_title_lines", [])),
        title_small_words=frozenset(data.get("title_small_words", [])),
        courtesy_phrases=tuple(data.get("courtesy_phrases", [])),
        place_cues=tuple(data.get("place_cues", [])),
        cover_note_cues=tuple(data.get("cover_note_cues", [])),
        held_cues=tuple(data.get("held_cues", [])),
        person_titles=tuple(data.get("person_titles", [])),
        number_words=tuple(w for ws in data.get("number_words", {}).values() for w in ws),
        member_groups=tuple(data.get("member_groups", [])),
        member_names={k: tuple(v) for k, v in data.get("member_names", {}).items()},
    )


def parse_dates(text: str, conv: Conventions | None = None) -> list[date]:
    """Every full date the text states, in order."""
    conv = conv or conventions()
    found = []
    for match in conv.date_re.finditer(text):
        try:
            if match.group("iso"):
                found.append(date.fromisoformat(match.group("iso")))
            elif match.group("m"):
                month = conv.months[match.group("m").casefold()]
                found.append(date(int(match.group("y")), month, int(match.group("d"))))
            else:
                month = conv.months[match.group("m2").casefold()]
                found.append(date(int(match.group("y2")), month, int(match.group("d2"))))
        except ValueError:
            continue
    return found


def sessions_named(text: str, conv: Conventions | None = None) -> list[int]:
    """Ministerial Conference session numbers a text names ("Tenth Session", "MC12")."""
    conv = conv or conventions()
    numbers = []
    for match in conv.session_re.finditer(text):
        word = match.group("ord") or match.group("ord2")
        numbers.append(conv.ordinals[word.casefold()] if word else int(match.group("n")))
    return numbers


def format_date(day: date, language: str, conv: Conventions | None = None) -> str:
    conv = conv or conventions()
    names = conv.month_names.get(language, conv.month_names["en"])
    month = names[day.month - 1]
    if language == "es":
        return f"{day.day} de {month} de {day.year}"
    if language == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def _is_letterhead(text: str, conv: Conventions) -> bool:
    """The organisation's name, or the part of it a line break left on one line (its
    first words, its last, or those between: "ORGANISATION" / "MONDIALE" / "DU
    COMMERCE" in a letterhead set on three lines)."""
    folded = " ".join(text.casefold().split())
    return any(
        folded == head or (len(folded) > 2 and f" {folded} " in f" {head} ")
        for head in conv.letterheads
    )


def _is_body_line(text: str, conv: Conventions) -> bool:
    """A line that only names the issuing body ("General Council")."""
    folded = text.casefold().strip(" ,:")
    return any(folded in cues for _name, cues in conv.bodies)


def is_header_line(text: str, conv: Conventions | None = None) -> bool:
    """Letterhead, symbol, job number, date, page, "Original:" — not a title."""
    conv = conv or conventions()
    if _is_letterhead(text, conv):
        return True
    if SYMBOL.fullmatch(text.strip()) or (SYMBOL.match(text.strip()) and len(text) < 40):
        return True
    if any(p.search(text.strip()) for p in conv.furniture):
        return True
    dates = conv.date_re.fullmatch(text.strip().rstrip("."))
    if dates:
        return True
    # a row of header cells: "WT/X/1 · 2 May 2031 · (31-0042) Zenda Council · Original:
    # English" (a letterhead's lines a Markdown or web page put on one line)
    cells = [
        _JOB_NUMBER.sub(" ", cell).strip()
        for line in text.split("\n")
        for cell in _CELL_BREAK.split(line.strip())
    ]
    # a letterhead's columns run together with a space: "WORLD TRADE ORGANIZATION
    # WT/X/1", "Zenda Council Original: English"
    joined = _JOINED_HEADER.sub("\x00", SYMBOL.sub(lambda m: f"\x00{m.group(0)}\x00", text))
    parts = [part.strip() for part in joined.split("\x00") if part.strip()]
    return _all_header(cells, conv) or _all_header(parts, conv)


def _all_header(pieces: list[str], conv: Conventions) -> bool:
    """Are the pieces of one line, two or more, all header lines or a body's name (or
    empty: a job number taken out)?"""
    return len(pieces) > 1 and all(
        not piece or is_header_line(piece, conv) or _is_body_line(piece, conv) for piece in pieces
    )


#: Where a letterhead's "Original:" cell begins inside a line that joined its columns.
_JOINED_HEADER = re.compile(
    r"(?=\b(?:original|langue originale|idioma original|original language)\s*:)", re.I
)


_NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+\S", re.I)
_FUNCTION_WORDS = frozenset(
    "of the du de des del la le las los el on sur sobre a à en in by par por and et y".split()
)


def _title_lines(title_block: list[Paragraph], conv: Conventions) -> list[str]:
    """The headings of the title block that make the title: not header lines, lead-ins,
    the body's name, the session and place line, "Communication from ...", "Adopted by
    ...", nor the name of the work programme when a more specific line follows."""
    lines: list[str] = []
    senders: list[str] = []
    headings = [
        part
        for p in title_block
        if p.kind == "heading"
        for part in _title_parts(p.text.strip(), conv)
    ]
    for text in headings:
        if is_header_line(text, conv) or _is_body_line(text, conv):
            if lines and _opens_with_kind(text, conv):
                break  # "Note by the Secretariat" ends the title block
            continue
        if lines and _is_body_line(f"{lines[-1]} {text}", conv):
            lines.pop()  # a body's name wrapped over two letterhead lines
            continue
        if _NUMBERED_HEADING.match(text) and lines:
            break  # "1. Introduction": the body has begun
        if is_lead_in(text) or _is_session_line(text, conv):
            continue
        said = [_phrase(line) for line in lines + senders]
        if any(_phrase(text) in line for line in said):
            continue  # repeats what a line before says (a web page's title, then its parts)
        if any(r.search(text) for r in conv.not_title_lines):
            senders.append(text.rstrip(" :"))
            if lines:
                break  # "Communication from ...", "Note by ..." end the title block
        else:
            lines.append(text.rstrip(" :"))
            if len(lines) > 1 and _opens_with_kind(text, conv):
                break  # "Note by the Secretariat" ends a title; "Introduction" is the text's
    specific = [line for line in lines if line.casefold() not in conv.series_titles]
    # "Communication from X" names the document only when nothing more specific does
    return lines if specific else lines + senders[:1]


_WORD = re.compile(r"[^\W_]+")
#: Between the cells of a row written on one line: a table's or a letterhead's "|",
#: a web page's "·" or "•".
_CELL_BREAK = re.compile(r"\s+[|·•]\s+")


#: A place after a session's name, ending its line: "MC31, Zenda".
_PLACE_AFTER = re.compile(r",\s+(?P<place>[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+)?)\s*$")
#: The Secretariat's print-run number beside a letterhead's other lines: "(24-8841)".
_JOB_NUMBER = re.compile(r"\(\d{2}-\d{3,5}\)")


def _title_parts(text: str, conv: Conventions) -> list[str]:
    """A heading that a PDF gave as one block of several title lines, cut where the lines
    were: between cells ("|"), after a leading series title (conventions' series_titles),
    and where capitals give way to a capitalised phrase ("<TITLE IN CAPITALS> Note by the
    Secretariat")."""
    # "(24-8841) General Council", "Restricted - (24-8841)": a print run's number, and the
    # separator it leaves
    text = " ".join(_JOB_NUMBER.sub(" ", text).split()).strip(" |·•–—-")
    cells = _CELL_BREAK.split(text)
    if len(cells) > 1:  # "<Body> | Original: <language>": a row of cells, one line each
        return [part for cell in cells for part in _title_parts(cell, conv)]
    parts: list[str] = []
    folded = text.casefold()
    for series in conv.series_titles:
        if folded.startswith(series) and len(folded) > len(series) + 3:
            parts.append(text[: len(series)])
            text = text[len(series) :].strip(" —–-:")
            break
    words = text.split()
    for n in range(2, len(words) - 1):
        before, word = words[n - 1], words[n]
        if (
            _all_capitals(before)
            and _all_capitals(words[n - 2])
            and word[:1].isupper()
            and any(c.islower() for c in word)
            and not _all_capitals(" ".join(words[n:]))
        ):
            return [*parts, " ".join(words[:n]), " ".join(words[n:])]
    return [*parts, text] if text else parts


def _all_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _phrase(text: str) -> str:
    """The words of a line, folded, one space apart, padded: for 'says the same'."""
    return " " + " ".join(_WORD.findall(text.casefold())) + " "


def _is_session_line(text: str, conv: Conventions) -> bool:
    """A session line ("<Ordinal> Session"), a place-and-dates line ("<Place>, <dates>"),
    or both on one line."""
    rest = conv.session_re.sub(" ", text)
    if rest != text:  # "Ministerial Conference – Thirteenth Session – ...": the body too
        rest = conv.body_re.sub(" ", rest)
    dated = bool(parse_dates(text, conv))
    if dated:
        rest = conv.date_re.sub(" ", rest)
    if not dated and rest == text:
        return False
    words = re.findall(r"[^\W\d_]+", rest)
    if any(w.casefold() in _FUNCTION_WORDS for w in words):
        return False  # "Decision of 7 December 2013" is a title
    return len(words) <= 4 and not any(
        cue in rest.casefold() for _kind, cues in conv.kinds for cue in cues
    )


def _truecase(text: str, reference: Counter[str], language: str, conv: Conventions) -> str:
    """An all-capitals title in the case its words take: acronyms the document writes in
    capitals stay; English titles take headline case, French and Spanish sentence case
    with the capitals the document's own text gives its words."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) / len(letters) < 0.8:
        return text
    out: list[str] = []
    start = True
    for word in re.split(r"(\s+|—|–|-|/|'|’|:)", text):
        lower = word.casefold()
        if not word.strip() or not any(c.isalpha() for c in word):
            out.append(word)
            if word.strip() in ("—", "–") or (word.strip() == ":" and language == "en"):
                start = True
            continue
        capital = word[:1].upper() + lower[1:]
        written_in_capitals = reference[word] > reference[lower] + reference[capital]
        if any(c.isdigit() for c in word) or (written_in_capitals and len(word) > 1):
            out.append(word)  # symbols and acronyms (WTO, MC12) stay as they are
        elif start:
            out.append(capital)
        elif language == "en":
            small = lower in conv.title_small_words or out[-1:] == ["-"]
            out.append(lower if small else capital)
        elif reference[capital] > reference[lower]:
            out.append(capital)
        else:
            out.append(lower)
        start = False
    return "".join(out)


def _word_forms(paragraphs: Iterable[Paragraph]) -> Counter[str]:
    """How often each word appears in each case, away from sentence starts."""
    forms: Counter[str] = Counter()
    for p in paragraphs:
        if p.kind == "heading":
            continue
        for match in re.finditer(r"(?<=[\w,;] )[^\W\d_]+|(?<=['’])[^\W\d_]+", p.text):
            forms[match.group(0)] += 1
    return forms


#: the body's paragraphs that may open with the event a report is of
EVENT_PARAGRAPHS = 2


def _event_dates(
    paragraphs: list[Paragraph], title_block: list[Paragraph], conv: Conventions
) -> list[date]:
    """The date of the event a report opens with: "1. A seminar on ... was held in Port Rurik
    on 9 March 2031", "La réunion s'est tenue le 2 juin 2031" (a summary issued months
    later is still 'the 2031 seminar's')."""
    block = {id(p) for p in title_block}
    body = [p for p in paragraphs if id(p) not in block and p.kind not in ("heading", "table")]
    for p in body[:EVENT_PARAGRAPHS]:
        for sentence in sentences(p.text):
            if conv.held_re.search(sentence):
                found = parse_dates(sentence, conv)
                if found:
                    return found[:1]
    return []


def extract_metadata(
    paragraphs: list[Paragraph],
    *,
    furniture: list[str],
    fields: dict[str, str],
    language: str,
) -> dict[str, Any]:
    """Metadata a careful reader would take from the document's own text."""
    conv = conventions()
    head = paragraphs[:HEADER_PARAGRAPHS]
    # The title block: leading headings (and header lines), up to the first body text.
    title_block: list[Paragraph] = []
    subtitles: list[Paragraph] = []
    for n, p in enumerate(head):
        # a header table's rows ("Ministerial Conference – Twelfth Session – <Place>, ... |
        # Original: French") are the title block's too, whatever their length
        if p.kind in ("heading", "table") or is_header_line(p.text, conv) or len(p.text) < 60:
            title_block.append(p)
        elif title_block:
            subtitles = _subtitles(head[n:])
            break
    header_text = "\n".join(
        [*furniture, *fields.values(), *(f"{k}: {v}" for k, v in fields.items())]
        + [p.text for p in head]
    )
    meta: dict[str, Any] = {"language": language}

    # symbols: those stated as the document's own (fields, running headers, header lines)
    own: list[str] = []
    for text in [*fields.values(), *furniture, *(p.text for p in title_block)]:
        # a symbol in the header is the document's own; one in brackets is cited
        own.extend(m.group(0) for m in SYMBOL.finditer(text) if text[max(0, m.start() - 1)] != "(")
    own = list(dict.fromkeys(own))
    cited = [
        s for p in paragraphs if p.kind != "heading" for s in SYMBOL.findall(p.text) if s not in own
    ]
    if own:
        meta["symbol"] = own[0]
    extra: dict[str, Any] = {}
    if len(own) > 1:
        extra["symbols"] = own
    if cited:
        extra["cites"] = list(dict.fromkeys(cited))

    # title: the title block's headings that are not header lines, session lines or dates
    forms = _word_forms(paragraphs)
    title_lines = _title_lines(
        [*title_block, *(replace(p, kind="heading") for p in subtitles)], conv
    )
    stated_title = _field(fields, "title", "titre", "título", "titulo")
    if stated_title:  # a front matter's or header table's "title:" is the title
        title_lines = [stated_title]
        meta["title"] = stated_title
    elif title_lines:
        meta["title"] = " — ".join(_truecase(t, forms, language, conv) for t in title_lines[:3])

    # dates: of issue (a date line, a "Date" field, "dated ...") and of the act (in the title)
    issue: date | None = None
    for key, value in fields.items():
        if "date" in key.casefold() or "fecha" in key.casefold():
            found = parse_dates(value, conv)
            if found:
                issue = found[0]
                break
    if issue is None:
        header_tables = [p.text for p in head if p.kind == "table"]
        texts = [*furniture, *(p.text for p in title_block), *header_tables, *fields.values()]
        # a header table's cell may hold the symbol and the date: "WT/X/1 28 May 2013"
        cells = [
            SYMBOL.sub(" ", cell).strip(" —–-")  # "WT/X/1 — 26 de enero de 2026"
            for text in texts
            for line in text.split("\n")
            for cell in _CELL_BREAK.split(line)
        ]
        for text in cells:
            if conv.date_re.fullmatch(text.strip().rstrip(".")) or re.match(
                r"^(?:date|fecha)\s*:", text.strip(), re.I
            ):
                found = parse_dates(text, conv)
                if found:
                    issue = found[0]
                    break
    if issue is None:
        dated = re.search(
            r"(?:dated|datée du|datée|de fecha|fechada el|fechada)\s+(?:le\s+|el\s+)?(.{6,40})",
            header_text,
            re.I,
        )
        found = parse_dates(dated.group(1), conv) if dated else []
        issue = found[0] if found else None
    # a dateline under the title says when and where the act took place ("SEMINAR ON ...
    # / Geneva, 19 February 1999"), though it is not a line of the title
    datelines = [
        match
        for p in title_block
        if p.kind == "heading"
        for part in _title_parts(p.text.strip(), conv)
        if (match := conv.dateline_re.match(part))
    ]
    act_dates = [d for line in title_lines for d in parse_dates(line, conv)]
    if not act_dates:
        act_dates = [d for match in datelines for d in parse_dates(match.string, conv)]
    if not act_dates:
        act_dates = _event_dates(paragraphs, title_block, conv)
    act = act_dates[0] if act_dates else None
    when = issue or act
    if when is None:
        found = [d for p in title_block for d in parse_dates(p.text, conv)]
        when = found[0] if found else None
    if when is not None:
        meta["date"] = when.isoformat()
    if act is not None and act != when:
        extra["date_of_act"] = act.isoformat()

    # session and place of a ministerial conference: a session line of its own ("Twelfth
    # Session", "Ministerial Conference - Twelfth Session - Zenda, 2-5 May 2031"), not a
    # title about one ("Priorities for MC14", "preparativos de la CM14")
    block_text = "\n".join(p.text for p in title_block) + "\n" + "\n".join(furniture)
    sessions = [
        number
        for line in block_text.split("\n")
        if _is_session_line(line, conv)
        for number in sessions_named(line, conv)
    ]
    if sessions:
        meta["session"] = sessions[0]
        place = re.search(
            r"(?:^|\n|\s)(?P<place>[A-ZÀ-Ý][\w'’ .-]{1,40}?),\s+\d{1,2}(?:er)?"
            # "12-15 June", "26 February - 1 March", "30 de noviembre - 3 de diciembre"
            r"(?:\s+(?:de\s+)?[A-Za-zéèûôáíóúñ]+)?(?:\s*[-–]\s*\d{1,2})?\s+(?:de\s+)?"
            r"[A-Za-zéèûôáíóúñ]+\s+(?:de\s+)?(?:19|20)\d{2}",
            block_text,
        )
        if place:
            words = place.group("place").split()
            # "<Ordinal> Session <Place>" -> "<Place>": the words after the session's own words
            tail = [w for w in words if w.casefold() not in conv.ordinals][-3:]
            tail = [
                w
                for w in tail
                if w.casefold()
                not in {"session", "sesión", "sesiones", "período", "periodo", "de", "conference"}
            ]
            if tail:
                meta["place"] = " ".join(tail)
        else:
            # or the place that ends a session line, undated: "Session | MC31, Zenda"
            after_session = [
                _PLACE_AFTER.match(line, found.end())
                for line in block_text.split("\n")
                for found in conv.session_re.finditer(line)
            ]
            undated = next((m.group("place") for m in after_session if m), None)
            if undated:
                meta["place"] = undated

    if "place" not in meta:  # where the text was issued, as its opening says
        issued_at = _place_of_issue(head, conv)
        if issued_at:
            meta["place"] = issued_at
        elif datelines and datelines[0].group("place").casefold() not in conv.months:
            meta["place"] = datelines[0].group("place")

    # kind: the first cue in the title lines (a communication holding a draft decision
    # is a communication), else in the header block
    # (a "Communication from ..." line may follow the subtitles as a heading of its own;
    # a "Type" field says it where no line does)
    stated_kind = _field(fields, "type", "tipo", "kind", "document type", "type de document")
    after = head[len(title_block) + len(subtitles) : len(title_block) + len(subtitles) + 1]
    follows = [p.text for p in after if len(p.text) < 120 and _opens_with_kind(p.text, conv)]
    kind = _kind_of([*title_lines, *(p.text for p in [*title_block, *subtitles]), *follows], conv)
    if kind is None and stated_kind:  # a field's one word is less specific than a title
        kind = _kind_of([stated_kind], conv)
    if kind:
        meta["kind"] = kind

    # issuing member (a communication), else body
    member = None
    # who sent it: the header, the title block and the cover note ("circulated at the
    # request of ..."), not the text's own paragraphs ("inscribed at the request of ...")
    title_lines_of = {id(p) for p in [*title_block, *subtitles]}
    sender_text = "\n".join(
        [*furniture, *fields.values(), *(f"{k}: {v}" for k, v in fields.items())]
        + [
            p.text
            for p in head
            if id(p) in title_lines_of
            or p.kind in ("heading", "table")
            or (not p.label and conv.cover_note_re.search(p.text))
        ]
    )
    for pattern in conv.member_patterns:
        match = pattern.search(sender_text)
        if match:
            raw = match.group("member")
            # a list wrapped onto the next line: "Ruritania, Borduria y el" / "Syldavia"
            if _LIST_GOES_ON.search(raw) and sender_text[match.end() : match.end() + 1] == "\n":
                raw += " " + sender_text[match.end() + 1 :].split("\n", 1)[0]
            member = _clean_member(raw, forms, language)
            if member:
                break
    if member:
        meta["body"] = member
        extra["member"] = member
    else:
        body = None
        for p in head:
            lowered_text = p.text.casefold().strip(" ,:")
            body = next(
                (name for name, cues in conv.bodies if lowered_text in cues),
                None,
            )
            if body:
                break
        if body is None:
            for symbol in [meta.get("symbol", "")]:
                for prefix, name in conv.symbol_bodies.items():
                    if symbol.startswith(prefix + "/") or symbol.startswith(prefix + "("):
                        body = name
        if body is None:
            lowered_block = block_text.casefold()
            body = next(
                (name for name, cues in conv.bodies if any(c in lowered_block for c in cues)),
                None,
            )
        if body:
            meta["body"] = body

    # the language the text was written in ("Original: English")
    word = _field(fields, "original", "original language", "langue originale", "idioma original")
    if word is None:
        original = re.search(r"original\s*:\s*([A-Za-zéèçñ]+)", header_text, re.I)
        word = original.group(1) if original else None
    if word:
        code = conv.original_languages.get(word.casefold(), word if word in LANGUAGES else None)
        if code:
            extra["original_language"] = code
    meta["extra"] = extra
    return meta


def _field(fields: dict[str, str], *names: str) -> str | None:
    """The value of a field stated outside the text under one of the names ("title",
    "Titre", "original_language"), in any case, "_" or "-" read as a space."""
    for key, value in fields.items():
        if re.sub(r"[_\s-]+", " ", key).strip(" :").casefold() in names and value.strip():
            return value.strip()
    return None


def _opens_with_kind(line: str, conv: Conventions) -> bool:
    lowered = conv.body_name_re.sub(
        " ", line.casefold()
    ).strip()  # not "Joint Statement Initiative"
    return any(re.match(rf"{re.escape(cue)}\b", lowered) for _, cues in conv.kinds for cue in cues)


def _kind_of(lines: list[str], conv: Conventions) -> str | None:
    """The kind the first of the lines names that names one. A line that opens with a kind
    ("Note by the co-convenors", "Communication from ...") names it before a line that
    only holds one; neither a body's name ("Joint Statement Initiative on ...") nor a series
    title ("Joint Statement on Electronic Commerce", heading a co-convenors' report) holds
    one, unless no other line names a kind (a statement titled "Joint Statement on ...")."""
    lowered = [line.casefold() for line in lines]
    specific = [
        "" if line.strip() in conv.series_titles else conv.body_name_re.sub(" ", line).strip()
        for line in lowered
    ]
    for text in (specific, lowered):
        for cue_at in (r"^", r"\b"):
            for line in text:
                for kind, cues in conv.kinds:
                    if any(re.search(rf"{cue_at}{re.escape(c)}\b", line) for c in cues):
                        return kind
    return None


def _subtitles(rest: list[Paragraph]) -> list[Paragraph]:
    """Title lines a web page or a text export sets as text, not as headings, right after
    the title block: short, no sentence end ("State of play at the end of <year>", "Report
    of the facilitator, Ambassador <name> (<member>)"); at most two."""
    out: list[Paragraph] = []
    for p in rest[:2]:
        text = p.text.strip()
        if p.kind == "heading" or len(text) > 200 or text[-1:] in ".,;:!?" or is_lead_in(text):
            break
        out.append(p)
    return out


def _place_of_issue(head: list[Paragraph], conv: Conventions) -> str | None:
    """The place a text was issued at: its cover note's "issued at <Place>", or a dateline
    ("<Place>, <date>") opening a paragraph. Case-blind cues, but the place itself must be
    capitalised."""
    for paragraph in head:
        match = conv.dateline_re.match(paragraph.text)
        if match is None and conv.cover_note_re.search(paragraph.text):
            # only the cover note speaks of the text itself; other opening paragraphs
            # recall other meetings, held elsewhere
            match = conv.place_re.search(paragraph.text)
        if match is not None and match.group("place").casefold() not in conv.months:
            return match.group("place")
    return None


_ARTICLE = r"(?:l['’]|le |la |les |el |los |las |the )"
_LIST_GOES_ON = re.compile(r"(?:,|\b(?:and|et|y|e)(?:\s+(?:the|el|la|los|las|le|les))?)\s*$", re.I)
#: The joints of a list of members: "Ruritania, the Borduria, Syldavia and Carpania".
MEMBER_JOINT = re.compile(r",\s*(?:and\s+|et\s+|y\s+|e\s+)?|\s+(?:and|et|y|e)\s+")


def _clean_member(raw: str, forms: Counter[str], language: str) -> str | None:
    text = re.split(r"\s+(?:on|sur|sobre|concerning|concernant|relative|relativa)\s+", raw)[0]
    text = re.sub(rf"^{_ARTICLE}", "", text.strip(), flags=re.I)
    # a list of members ends where a part is no name ("Ruritania, dated 3 May")
    end = 0
    for part in _member_parts(text):
        # "du Ruritanie, de la Borduria et de la Syldavie": "de" and an article
        name = re.sub(r"^(?:de\s+|d['’]|del\s+)", "", text[part[0] : part[1]].strip())
        name = re.sub(rf"^{_ARTICLE}", "", name, flags=re.I)
        if not name[:1].isupper():
            break
        end = part[1]
    text = text[:end].strip(" '\"’")
    # the list's names without their French "de la", "de l'", "du": "Ruritanie, Borduria
    # et Syldavie"
    text = re.sub(r"(,|\bet)\s+(?:de\s+(?:la\s+|l['’])|du\s+|des\s+)", r"\1 ", text)
    if not text or len(text) > MEMBER_CHARS:
        return None
    if re.search(
        r"\d|\b(?:members|membres|miembros|following|suivants|siguientes|listed)\b", text, re.I
    ):
        return None  # "76 Members listed below" is no member's name
    text = _truecase(text, forms, language, conventions())
    return text[:1].upper() + text[1:]


def _member_parts(text: str) -> list[tuple[int, int]]:
    """The spans of a list's parts, between its commas and conjunctions."""
    spans, start = [], 0
    for joint in MEMBER_JOINT.finditer(text):
        spans.append((start, joint.start()))
        start = joint.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def session_label(number: int) -> str:
    return f"MC{number}"


def document_header(meta: dict[str, Any], language: str) -> str:
    """The short context line indexed with each passage: title, symbol, date, body (in the
    three languages), session."""
    parts = [str(meta.get("title") or "")]
    if meta.get("symbol"):
        parts.append(str(meta["symbol"]))
    if meta.get("date"):
        try:
            day = date.fromisoformat(str(meta["date"])[:10])
            parts.append(format_date(day, language))
        except ValueError:
            parts.append(str(meta["date"]))
    if meta.get("body"):
        # the body's names in the three languages: a question names it in its own
        names = next((cues for name, cues in conventions().bodies if name == meta["body"]), ())
        parts.append(", ".join(dict.fromkeys([str(meta["body"]), *names])))
    session = meta.get("session")
    if session:
        parts.append(" ".join(filter(None, [session_label(int(session)), meta.get("place")])))
    elif meta.get("place"):
        parts.append(str(meta["place"]))
    return " | ".join(p for p in parts if p)
