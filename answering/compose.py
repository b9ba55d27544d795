"""Extractive answers: pick the clauses that answer, quote them verbatim, cite them.

No model writes anything here. Each retrieved passage is cut into clauses
(spans of its own text, so every quote is a substring of the passage); each
clause is scored against the question (shared terms weighted by rarity, what
the question word asks for, the passage's retrieval rank); the best clause, or
the best of each document when the question compares texts, is quoted with a
lead sentence in the question's language that says only what can be said
without translating: which document, which paragraph, which dates.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from answering.question import Question, folded_name
from answering.types import Citation
from indexing.analyzers import LANGUAGES, analyzer
from indexing.documents import TABLE_NUMBER, DocumentMeta, Hit, Passage
from indexing.metadata import SYMBOL, conventions, format_date
from indexing.query import Glossary, lexical_tokens

MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:er)?(?:-\d{{1,2}})?\s+(?:de\s+)?)?"
    rf"(?:(?:{MONTHS})(?:\s+(?:et|and|y)\s+(?:{MONTHS}))?\s+(?:de\s+)?)?"
    rf"(?:19|20)\d{{2}}\b",
    re.I,
)
#: Who acts in a WTO text: its bodies and its Members (English, French, Spanish).
BODY = re.compile(
    r"\b(?:Council|Conseil|Consejo|Conference|Conférence|Conferencia|Committee|Comité|"
    r"Members|Membres|Miembros|Secretariat|Secrétariat|Secretaría|delegations?|"
    r"délégations?|delegaci[oó]n(?:es)?|Chair|Président|Presidente|WTO|OMC)\b"
)
UNTIL = re.compile(r"\b(?:jusqu['’]\s*(?:à|au|aux)|until|till|hasta)\b", re.I)

#: A figure: a number standing alone, not a year, nor part of a name ("MC20", "G20",
#: "COVID-19").
_AMOUNT = re.compile(r"(?<![\w/.,-])(?!(?:19|20)\d{2}\b)\d+(?:[.,]\d+)*(?![\d/])")
PURPOSE = re.compile(
    r"\b(?:afin d|en vue d|visant à|pour (?:renforcer|examiner|évaluer)|in order to|"
    r"with a view to|aimed at|so as to|con el fin de|a fin de|con miras a|"
    r"para (?:fortalecer|examinar))",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"(?<=[.;:!?])\s+|(?<=,)\s+")


@dataclass(frozen=True)
class Clause:
    hit_index: int
    start: int
    end: int
    text: str
    score: float
    #: the part of the score that is closeness in meaning (see Composer.score_clauses)
    meaning: float = 0.0


def clause_spans(text: str, min_chars: int = 70, max_chars: int = 320) -> list[tuple[int, int]]:
    """Spans of the text, cut at punctuation, merged so each is a readable clause."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(text)))
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for piece in pieces:
        if current is None:
            current = piece
            continue
        sentence_done = text[current[1] - 1 : current[1]] in ".;:!?"
        length = current[1] - current[0]
        if (not sentence_done and length < min_chars) or (
            not sentence_done and piece[1] - current[0] <= max_chars and length < max_chars // 2
        ):
            current = (current[0], piece[1])
        else:
            spans.append(current)
            current = piece
    if current is not None:
        spans.append(current)
    # fold a short tail into the clause before it
    if len(spans) > 1 and spans[-1][1] - spans[-1][0] < 40:
        spans[-2:] = [(spans[-2][0], spans[-1][1])]
    return spans


#: A clause's cosine with the question over MEANING_FLOOR, times MEANING_WEIGHT, adds to
#: its score (multilingual-e5-small: unrelated clauses sit near 0.75; measured on the dev
#: corpus with `wtoqa eval`, see README).
MEANING_WEIGHT = 4.5
MEANING_FLOOR = 0.75
#: A cover note (who circulated the text, when, how many delegations) answers questions
#: about the text itself; to others it is a recital of the document's metadata.
ABOUT_THE_TEXT = frozenset({"who", "when", "where", "amount"})
COVER_NOTE_PENALTY = 0.3
#: A cover note comes among the document's first paragraphs, before its numbered ones.
COVER_NOTE_BEFORE = 15
#: A question asking for a thing of a kind (a figure, a sum, a member...) is answered by
#: the best clause holding one when it scores this share of the best clause.
FIGURE_SHARE = 0.85
#: A clause of a quoted paragraph (or of its footnotes) that holds the thing asked for,
#: where no quote does, is quoted too when it scores at least this share of the best.
DETAIL_SHARE = 0.3
#: A second passage is quoted when its best clause scores this share of the best's.
SECOND_QUOTE = 0.85
#: ... or this share, from the paragraph before or after the best quote's, or a note of
#: either, where a point made over two paragraphs goes on.
SECOND_QUOTE_SAME_DOCUMENT = 0.75
#: A comparison's side (a member it names) that no quote covers is quoted from this share
#: of the best clause's score (see Composer.select).
COVER_SHARE = 0.25
#: A paragraph that announces a table: "Table 1 shows", "le tableau 2", "el cuadro 3", "the
#: following table".
_ANNOUNCES_TABLE = re.compile(
    rf"\b{TABLE_NUMBER}\b|\b(?:following table|tableau (?:suivant|ci-dessous)|"
    r"cuadro (?:siguiente|que figura a continuación))\b",
    re.I,
)
#: The rows of the table a paragraph announces come within this many paragraphs after it.
TABLE_REACH = 25
#: A clause of another passage holding the thing asked joins the quotes from this share
#: of the best clause's score, when no quote holds it (Composer.select).
TYPED_SHARE = 0.5
#: The passage's retrieval rank as a prior: RANK_PRIOR / (1 + rank).
RANK_PRIOR = 0.15
#: What each later place in its paragraph takes off a clause's score (up to 5 places).
EARLIER_CLAUSE = 0.01
MAX_QUOTE_CHARS = 500
#: A paragraph up to this long is quoted whole.
WHOLE_PARAGRAPH_CHARS = 400
_SENTENCE_STOP = re.compile(r"[.;!?](?=\s|$)")


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a clause to its whole paragraph when that is short (WHOLE_PARAGRAPH_CHARS: a
    paragraph is one point, and the words that complete an answer are often in its next
    sentence), else to its whole sentence, or by one clause, within MAX_QUOTE_CHARS."""
    whole = _trim(text, 0, len(text))
    if whole[1] - whole[0] <= WHOLE_PARAGRAPH_CHARS:
        return whole
    sentence_start = 0
    for match in _SENTENCE_STOP.finditer(text, 0, start):
        sentence_start = match.end()
    stop = _SENTENCE_STOP.search(text, max(start, end - 1))
    sentence_end = stop.end() if stop else len(text)
    s_start, s_end = _trim(text, sentence_start, sentence_end)
    if s_end - s_start <= MAX_QUOTE_CHARS:
        return s_start, s_end
    # too long a sentence: add the clause that follows, if it still fits
    following = [span for span in clause_spans(text) if span[0] >= end]
    if following:
        n_start, n_end = _trim(text, start, following[0][1])
        if n_end - n_start <= MAX_QUOTE_CHARS:
            return n_start, n_end
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;":
        start += 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _next_to(passage: Passage, other: Passage) -> bool:
    """Is the passage the paragraph before or after the other, or a note of either, in the
    same document (where a point made over two paragraphs goes on)?"""
    return passage.doc_id == other.doc_id and abs(passage.paragraph - other.paragraph) <= 1


class Composer:
    """Scores clauses of retrieved passages and writes the cited answer."""

    def __init__(
        self,
        idf: Callable[[str], float],
        glossary: Glossary,
        places: dict[str, str] | None = None,
    ) -> None:
        self._idf = idf
        self._glossary = glossary
        self._places = places or {}

    def may_quote(self, question: Question, passage: Passage) -> bool:
        """Headings and tables answer nothing, with one exception: where a meeting was
        held is said only in the heading that gives its place (the place the document's
        metadata was read from)."""
        if passage.quotable:
            return True
        place = self._places.get(passage.doc_id)
        return (
            passage.kind == "heading"
            and place is not None
            and asks_place(question, place)
            and place.casefold() in passage.text.casefold()
        )

    def wanted_terms(self, question: Question) -> set[str]:
        """The question's subject as analysed tokens, in every language of the glossary."""
        return set(lexical_tokens(question.focus, question.language, self._glossary)) | set(
            question.query.translated_tokens
        )

    def score_clauses(
        self,
        question: Question,
        hits: Sequence[Hit],
        meaning: Callable[[list[str]], np.ndarray] | None = None,
    ) -> list[Clause]:
        """Clauses of the quotable passages, best first: shared terms weighted by rarity,
        what the question word asks for, the passage's rank, and (given `meaning`, the
        encoder's similarity of clauses to the question) closeness in meaning, which is
        all a clause in another language may share with the question."""
        wanted = self.wanted_terms(question)
        kinds = question.kinds
        clauses: list[Clause] = []
        for rank, hit in enumerate(hits):
            passage = hit.passage
            if not self.may_quote(question, passage):
                continue  # a title, heading or table row names things; it answers nothing
            place = self._places.get(passage.doc_id)
            text = passage.text
            analyse = analyzer(passage.language)
            cover = is_cover_note(passage)
            # the words that identify the passage's document (its header: title, date,
            # body, place) say which document, not which of its clauses answers
            here = wanted - set(analyse(passage.header)) if passage.header else wanted
            here_total = sum(self._idf(t) for t in here) or 1.0
            for order, (start, end) in enumerate(clause_spans(text)):
                start, end = _trim(text, start, end)
                if end - start < 12:
                    continue
                clause = text[start:end]
                found = set(analyse(clause))
                overlap = sum(self._idf(t) for t in here & found) / here_total
                # What the question word asks for counts only in a clause on the subject.
                relevance = min(1.0, overlap / 0.3)
                bonus = 0.0
                if "when" in kinds and DATE.search(clause):
                    bonus += 0.35
                if "until" in kinds and UNTIL.search(clause):
                    bonus += 0.35
                if "who" in kinds and BODY.search(clause):
                    bonus += 0.15
                if "purpose" in kinds and PURPOSE.search(clause):
                    bonus += 0.35
                if place and asks_place(question, place) and place.casefold() in clause.casefold():
                    bonus += 0.35
                score = overlap + bonus * relevance + RANK_PRIOR / (1 + rank)
                # a paragraph says its point first: of near-equal clauses, the earlier
                score -= EARLIER_CLAUSE * min(order, 5)
                if cover and not kinds & ABOUT_THE_TEXT:
                    score -= COVER_NOTE_PENALTY
                if "propose" in kinds and passage.kind == "operative" and end - start > 60:
                    score += 0.3  # what a text proposes or decides is in its operative part
                clauses.append(Clause(rank, start, end, clause, score))
        if meaning is not None and clauses:
            similarities = meaning([c.text for c in clauses])
            bonuses = [MEANING_WEIGHT * max(0.0, float(s) - MEANING_FLOOR) for s in similarities]
            clauses = [
                replace(c, score=c.score + bonus, meaning=bonus)
                for c, bonus in zip(clauses, bonuses, strict=True)
            ]
        clauses.sort(key=lambda c: -c.score)
        return clauses

    def select(
        self,
        question: Question,
        hits: Sequence[Hit],
        clauses: list[Clause],
        holds: Callable[[Clause], bool],
        covers: Sequence[Callable[[Clause], bool]] = (),
    ) -> list[Clause]:
        """The quotes: the best clause, or the best per document when comparing, widened.
        `covers`: for a comparison, what each side needs a quote for (a member it names):
        the best clause that covers a side no quote covers joins them, from COVER_SHARE of
        the best clause's score.
        A question asking for a thing of a kind (an amount, a sum, a share, a person, a
        member, a town, a day: `holds` says whether a clause holds what it asks for) is
        answered by a clause that holds one when it scores nearly as well as the best
        (FIGURE_SHARE)."""
        if clauses and not holds(clauses[0]):
            typed = next((c for c in clauses if holds(c)), None)
            if typed is not None and typed.score >= FIGURE_SHARE * clauses[0].score:
                clauses = [typed, *(c for c in clauses if c is not typed)]
        chosen = self._pick(question, hits, clauses)
        if question.compares and chosen:
            for covered in covers:
                if any(covered(c) for c in chosen):
                    continue
                side = next(
                    (c for c in clauses if covered(c) and c.score >= COVER_SHARE * chosen[0].score),
                    None,
                )
                if side is not None:
                    chosen.append(side)
        if chosen and not any(holds(c) for c in chosen):
            # the point and the detail asked for are two sentences of one paragraph ("The
            # Council met three times. Written contributions came from ...") or a paragraph
            # and its footnote: the quoted paragraphs' clause that holds it joins the quotes
            def paragraph_of(c: Clause) -> tuple[str, int]:
                return hits[c.hit_index].passage.doc_id, hits[c.hit_index].passage.paragraph

            quoted = {paragraph_of(c) for c in chosen}
            floor = DETAIL_SHARE * chosen[0].score

            announced = {
                (hits[c.hit_index].passage.doc_id, hits[c.hit_index].passage.paragraph)
                for c in chosen
                if _ANNOUNCES_TABLE.search(hits[c.hit_index].passage.text)
            }

            def in_announced_table(c: Clause) -> bool:
                # a row of the table a quoted paragraph announces ("Table 1 shows ...")
                # is that paragraph's detail, as its footnote is
                passage = hits[c.hit_index].passage
                return passage.kind == "row" and any(
                    doc == passage.doc_id and number < passage.paragraph <= number + TABLE_REACH
                    for doc, number in announced
                )

            def own_detail(c: Clause) -> bool:
                # a quoted paragraph's own footnote is part of it, whatever its words (a
                # note naming the firms a paragraph counts shares few of the question's)
                if not holds(c):
                    return False
                if in_announced_table(c):
                    return True  # the best-scoring row that holds it
                if paragraph_of(c) not in quoted:
                    return False
                note = hits[c.hit_index].passage.kind == "note"
                return (c.score >= floor or note) and counts_the_asked(question, c.text)

            detail = next((c for c in clauses if own_detail(c)), None)
            if detail is None:
                # or a clause of another paragraph of a quoted document that holds it,
                # scoring at least TYPED_SHARE of the best: "which delegation led the
                # group?" is answered by the cover note ("prepared by the delegation of
                # ..."), not by the paragraph that matches best
                documents = {doc for doc, _ in quoted}
                detail = next(
                    (
                        c
                        for c in clauses
                        if paragraph_of(c)[0] in documents
                        and c.score >= TYPED_SHARE * chosen[0].score
                        and holds(c)
                        and counts_the_asked(question, c.text)
                    ),
                    None,
                )
            if detail is not None:
                chosen.append(detail)
        widened: list[Clause] = []
        for clause in chosen:
            text = hits[clause.hit_index].passage.text
            start, end = widen(text, clause.start, clause.end)
            if any(
                c.hit_index == clause.hit_index and c.start < end and start < c.end for c in widened
            ):
                continue  # same sentence as a quote already chosen
            widened.append(replace(clause, start=start, end=end, text=text[start:end]))
        if question.compares:
            # how something changed: one sentence per document, in date order
            widened.sort(key=lambda c: hits[c.hit_index].passage.date or "9999")
        return widened

    def _pick(self, question: Question, hits: Sequence[Hit], clauses: list[Clause]) -> list[Clause]:
        if not clauses:
            return []
        best = clauses[0]
        chosen = [best]
        docs = {hits[best.hit_index].passage.doc_id}
        comparing = question.compares
        for clause in clauses[1:]:
            doc = hits[clause.hit_index].passage.doc_id
            # a comparison: the best of each other document; else a second passage (of any
            # document) that scores nearly as well, since the evidence is often split
            if (comparing and doc not in docs and clause.score >= 0.4 * best.score) or (
                len(chosen) < 2
                and clause.hit_index != best.hit_index
                and clause.score
                >= (
                    SECOND_QUOTE_SAME_DOCUMENT
                    if _next_to(hits[clause.hit_index].passage, hits[best.hit_index].passage)
                    else SECOND_QUOTE
                )
                * best.score
            ):
                chosen.append(clause)
                docs.add(doc)
            if len(chosen) >= (4 if comparing else 3):
                break
        return chosen

    def write(
        self,
        question: Question,
        hits: Sequence[Hit],
        chosen: list[Clause],
        metas: dict[str, DocumentMeta],
        items: dict[int, list[Passage]] | None = None,
    ) -> tuple[str, list[Citation]]:
        """The answer's text and citations. `items`: for a chosen clause (by its place in
        `chosen`) that announces a list (it ends on a colon), the list's items,
        each quoted and cited on a line of its own below it."""
        language = question.language if question.language in LEADS else "en"
        lines: list[str] = []
        citations: list[Citation] = []

        def cite(passage: Passage, quote: str) -> str:
            meta = metas.get(passage.doc_id)
            marker = f"[{len(citations) + 1}]"
            citations.append(
                Citation(
                    marker,
                    passage.passage_id,
                    passage.doc_id,
                    passage.title,
                    passage.paragraph,
                    quote,
                    label=passage.label,
                    symbol=meta.symbol if meta else None,
                    date=meta.date if meta else None,
                    language=passage.language,
                )
            )
            return marker

        for n, clause in enumerate(chosen):
            passage = hits[clause.hit_index].passage
            marker = cite(passage, clause.text)
            line = lead_line(
                metas.get(passage.doc_id), passage, clause.text, marker, language, question.kinds
            )
            for item in (items or {}).get(n, []):
                quote = item_quote(item.text)
                line += f"\n- {QUOTES[language].format(quote=quote)} {cite(item, quote)}"
            lines.append(line)
        return "\n\n".join(lines), citations


#: A quotation mark pair per answer language.
QUOTES = {"en": '"{quote}"', "fr": "« {quote} »", "es": "«{quote}»"}


def asks_place(question: Question, place: str) -> bool:
    """Does the question ask where, and not from a place it names itself ("Where is the
    meeting after <place>?" does not ask for <place>)?"""
    return "where" in question.kinds and folded_name(place) not in folded_name(question.asked)


def is_cover_note(passage: Passage) -> bool:
    """The note opening a document before its numbered text ("The following
    communication, dated ..., is being circulated at the request of ...")."""
    return (
        passage.label is None
        and passage.paragraph <= COVER_NOTE_BEFORE
        and bool(conventions().cover_note_re.search(passage.text))
    )


def has_figure(text: str) -> bool:
    """A number that is neither a year nor part of a date ("25 May 2003") or of a
    document symbol ("WT/MIN(99)/1"), in figures or in words ("seven areas")."""
    conv = conventions()
    return bool(
        _AMOUNT.search(conv.date_re.sub(" ", SYMBOL.sub(" ", text)))
        or conv.number_word_re.search(text)
    )


#: How many words after a number may name what it counts ("3 billion people", "12 États
#: avaient", "siete ámbitos", "six times").
COUNT_WINDOW = 4
_PERCENT = re.compile(r"\s*(?:%|per ?cent|pour ?cent|por ?ciento)", re.I)


def counts_the_asked(question: Question, text: str) -> bool:
    """Does a number of the text count what a "how many" question counts: the counted
    noun (in any language, see counted_terms) among the few words after it? Without a
    counted noun: True, unless the question asks an amount ("how much revenue"), which
    any figure would seem to answer."""
    if not question.counted:
        return "amount" not in question.kinds
    if " | " in text:
        # a table's row: its first cell names what its figures count ("International
        # letters | 5,800 | 4,900")
        return has_figure(text) and any(
            set(analyzer(lang)(text)) & question.counted for lang in LANGUAGES
        )
    conv = conventions()
    for match in [*_AMOUNT.finditer(text), *conv.number_word_re.finditer(text)]:
        after = " ".join(text[match.end() :].split()[:COUNT_WINDOW])
        if _PERCENT.match(after):
            continue  # "10 % of national income" counts no incomes
        if any(set(analyzer(lang)(after)) & question.counted for lang in LANGUAGES):
            return True
    return False


def announces_list(passage: Passage, clause: Clause) -> bool:
    """Does the quote end its paragraph, and the paragraph on a colon ("... the
    following:")? (A quote's trailing colon is trimmed; the paragraph's text keeps it.)"""
    return passage.text.rstrip().endswith(":") and not passage.text[clause.end :].strip(" :")


def item_quote(text: str) -> str:
    """A list item's quote: the item, or its first sentence when it is long."""
    if len(text) <= MAX_QUOTE_CHARS:
        return text
    start, end = widen(text, 0, 1)
    return text[start:end]


#: The lead sentence of a quote, per answer language.
LEADS = {
    "en": ('{doc}, paragraph {where}, states{lang}: "{quote}" {marker}', "Dates stated"),
    "fr": ("{doc}, au paragraphe {where}, dispose{lang} : « {quote} » {marker}", "Dates indiquées"),
    "es": ("{doc}, en el párrafo {where}, dice{lang}: «{quote}» {marker}", "Fechas indicadas"),
}
#: The names of the quote's language, in the answer's language.
LANGUAGE_NAMES = {
    "en": {"en": "English", "fr": "French", "es": "Spanish"},
    "fr": {"en": "anglais", "fr": "français", "es": "espagnol"},
    "es": {"en": "inglés", "fr": "francés", "es": "español"},
}
_IN = {"en": " (in {name})", "fr": " (en {name})", "es": " (en {name})"}
_BY = {
    "en": ", submitted by {member}",
    "fr": ", présenté par {member}",
    "es": ", presentado por {member}",
}


def lead_line(
    meta: DocumentMeta | None,
    passage: Passage,
    quote: str,
    marker: str,
    language: str,
    kinds: frozenset[str],
) -> str:
    template, dates_label = LEADS[language]
    where = str(passage.paragraph)
    if passage.label and passage.label != "•":
        where += f" ({passage.label})"
    lang = ""
    if passage.language != language:
        name = LANGUAGE_NAMES[language].get(passage.language, passage.language)
        lang = _IN[language].format(name=name)
    doc = _capitalise(document_label(meta, passage.title, language))
    member = meta.extra.get("member") if meta is not None else None
    if member and kinds & {"who", "member"}:
        # who tabled it: the member(s) the document's header names as its authors
        doc += _BY[language].format(member=member)
    line = template.format(doc=doc, where=where, lang=lang, quote=quote, marker=marker)
    dates = [m.group(0) for m in DATE.finditer(quote)] if "when" in kinds else []
    if dates:
        line += f"\n{dates_label}: {'; '.join(dict.fromkeys(dates))}."
    return line


def document_label(meta: DocumentMeta | None, title: str, language: str) -> str:
    """The document by its real title, with its symbol and date: 'the document "T" (S, D)'."""
    details = []
    if meta is not None and meta.symbol:
        details.append(meta.symbol)
    if meta is not None and meta.date:
        try:
            details.append(format_date(date.fromisoformat(meta.date[:10]), language))
        except ValueError:
            details.append(meta.date)
    suffix = f" ({', '.join(details)})" if details else ""
    if language == "fr":
        return f"le document « {title} »{suffix}"
    if language == "es":
        return f"el documento «{title}»{suffix}"
    return f'the document "{title}"{suffix}'


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def idf_from_counts(
    document_frequency: Callable[[str], int], n_docs: int
) -> Callable[[str], float]:
    def idf(term: str) -> float:
        df = document_frequency(term)
        return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))

    return idf
