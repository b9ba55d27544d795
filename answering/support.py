"""Does the corpus hold evidence for the question? Decides between answer and abstention.

Signals, general to any corpus (checked on the gold sets' answerable and
close-sounding unanswerable questions, `wtoqa eval --gold`):
- a document the question designates by a year ("the 2001 report", "the Goods
  Council's 2001 report") when no document of the corpus bears that year (with
  that body);
- a named thing the question is about (a year, a proper name, an acronym such
  as MC14, a document symbol) that occurs nowhere in the corpus, in any
  language's analysis, the glossary's equivalents or the documents' metadata;
- most of the subject's terms absent from the corpus, when the corpus holds
  documents in the question's language (otherwise the terms of a question in
  another language say nothing);
- a question that asks for an amount, a sum of money, a share, a person by name, a member,
  a town or a day, when the passages the answer would quote hold no figure, no sum with
  its currency, no percentage or fraction, no titled name ("H.E. Ms ..."), no member (nor,
  for a text's authors, do their documents' titles and issuers), no town, no day or month;
- a year the question asks about that neither the quoted paragraphs nor their documents'
  dates and titles give;
- a member (country) the question names that no document the answer would quote
  mentions, in any of the three languages; likewise an organisation or other proper name
  (an acronym, or a capitalised glossary name: "the World Bank", "l'OCDE"), in any of
  its glossary wordings;
- the support score (best clause's share of question terms, and the dense
  similarity of the best passages) under WTOQA_ABSTAIN_THRESHOLD.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from answering.compose import Clause, counts_the_asked, has_figure
from answering.question import (
    YEAR,
    Question,
    after_number,
    country_names,
    country_of_capital,
    describes_members,
    documents_by_year,
    folded_name,
    folded_words,
    members_named,
    month_years,
    name_in_languages,
    names_a_member,
    places_named,
    without_members,
)
from indexing.analyzers import LANGUAGES, analyzer, fold_accents
from indexing.documents import Hit
from indexing.lexical import LexicalIndex
from indexing.metadata import SYMBOL, conventions, parse_dates
from indexing.query import Glossary

#: An acronym, not a session or a series number ("AI", "B2C", "ESIGN"; not "MC14", "G20").
_BARE_ACRONYM = re.compile(r"(?![A-Z]{1,4}\d+$)[A-Z][A-Z\d]{1,5}(?:s|'s|’s)?")
_NAME = re.compile(r"\b([A-ZÀ-Ý][\w’'-]+|[A-Z]{2,}\d*|[A-Z]{1,4}\d+)\b")
_NOT_NAMES = frozenset(
    "what when who whom which where why how does did do is are was were the a an and "
    "quel quelle quels quelles quand qui que quoi où comment pourquoi est-ce et la le les "
    "de des du un une or ou in en i je nous we they ils elles under on "
    "qué cuál cuáles cuándo quién quiénes cómo dónde por el los las y del se es son "
    "and also what about et aussi y también".split()
)
#: Names at least this long may be found in the corpus spelled a letter away (two letters
#: from twice this length).
NEAR_NAME_LENGTH = 4
#: Share of a question's subject terms that may be unknown to the corpus.
MAX_ABSENT_SHARE = 0.5


@dataclass(frozen=True)
class Support:
    score: float
    reason: str | None = None  # why the corpus cannot answer, if it cannot

    def answerable(self, threshold: float) -> bool:
        return self.reason is None and self.score >= threshold


def named_things(question: str) -> list[str]:
    """Document symbols (whole), years, proper names and acronyms a question is about
    (not its first word, a month's name, nor a unit after a number: "2 GB", "5 Mbps")."""
    found = [s for s in SYMBOL.findall(question.upper())]
    rest = SYMBOL.sub(" ", question)
    found += YEAR.findall(rest)
    months = conventions().months
    for match in _NAME.finditer(rest):
        word = match.group(1).strip("’'")
        opening = not rest[: match.start()].strip(" ¿¡\"'«(“")
        if opening or word.casefold() in _NOT_NAMES or word.casefold() in months:
            continue
        if after_number(rest[: match.start()]) and len(word) <= 5:
            continue  # a unit: "2 GB", "10 Mbps"
        if _BARE_ACRONYM.fullmatch(word):
            continue  # spelled otherwise in other languages (see organisations_named)
        found.append(word)
    return list(dict.fromkeys(found))


def in_corpus(text: str, lexical: LexicalIndex) -> bool:
    """Does some language's analysis of the text find all its terms in the index?"""
    for language in LANGUAGES:
        terms = analyzer(language)(text) or [fold_accents(text.casefold())]
        if all(lexical.has_term(t) for t in terms):
            return True
    return False


def missing_names(
    question: Question,
    lexical: LexicalIndex,
    glossary: Glossary,
    spelled_otherwise: Callable[[str], bool] | None = None,
) -> list[str]:
    """The named things of the question that the corpus holds in no form: not itself, its
    names in the other languages, its glossary equivalents, nor (`spelled_otherwise`) a
    word of the corpus that stands for it in another spelling or language."""
    # A name of a document's metadata is known. So is a WTO term of the glossary, unless
    # it names a particular thing (several words: an agreement, a body) that the corpus
    # words in no language; a one-word term ("Ministers") is a common noun.
    covered = set(question.naming_words)
    for term, wording in glossary.matches(question.asked):
        if (
            len(wording.split()) == 1
            or any(in_corpus(w, lexical) for ws in term.wordings.values() for w in ws)
            # the documents name the members it describes one by one
            or describes_members(question.asked, wording)
        ):
            covered.update(wording.split())
    missing = []
    for name in named_things(question.asked):
        base = re.sub(r"['’]s$", "", name)
        folded = fold_accents(base.casefold())
        if folded in covered:
            continue
        candidates = [base, *sorted(name_in_languages(base) - {folded})]
        candidates += sorted(country_of_capital(base))
        for term, _wording in glossary.matches(base):
            candidates.extend(w for ws in term.wordings.values() for w in ws)
        if any(in_corpus(candidate, lexical) for candidate in candidates):
            continue
        if spelled(folded, lexical):
            continue
        if spelled_otherwise is None or not spelled_otherwise(name):
            missing.append(name)
    return missing


def spelled(name: str, lexical: LexicalIndex) -> bool:
    """Does the corpus hold a (folded) proper name in a spelling a letter or two away
    (a place transliterated otherwise: "Strelzau" for "Strelsau")? Not for a country's
    name: another country may be a letter away ("Chile", "China")."""
    parts = [p for p in re.split(r"[\s-]+", name) if p]
    if len(name) < NEAR_NAME_LENGTH or not all(p.isalpha() for p in parts):
        return False  # "MC20" is not "MC21", nor a year another year
    if folded_name(name) in country_names():
        return False
    if len(parts) > 1:
        # "Nur-Sultan" for "Nour-Soultan": each part as the corpus spells it, or a letter
        # away; one of them long enough to tell
        return any(len(p) >= NEAR_NAME_LENGTH for p in parts) and all(
            lexical.has_term(p) or lexical.near_term(p, 1 if len(p) < 8 else 2) is not None
            for p in parts
        )
    distance = 1 if len(name) < 2 * NEAR_NAME_LENGTH else 2
    return lexical.near_term(name, distance) is not None


def absent_share(question: Question, lexical: LexicalIndex, glossary: Glossary) -> float:
    """Share of the question's own terms that no passage contains. A term inside a
    glossary notion counts as present when the corpus words that notion in any way
    (a question's "moratorium" is in a corpus that says "not imposing customs duties")."""
    analyse = analyzer(question.language)
    covered: set[str] = set()
    for term, wording in glossary.matches(question.asked):
        wordings = [w for ws in term.wordings.values() for w in ws]
        if any(in_corpus(w, lexical) for w in wordings):
            covered.update(analyse(wording))
    terms = [t for t in analyse(question.asked) if not t.isdigit()]
    if len(terms) < 2:
        return 0.0
    return sum(t not in covered and not lexical.has_term(t) for t in terms) / len(terms)


def content_problem(question: Question, lexical: LexicalIndex) -> str | None:
    """A message that asks nothing the corpus could answer: only greetings, only
    function words, or no word the corpus holds in any language."""
    asked = question.asked.casefold().replace("’", "'")
    if any(c.isalpha() for c in asked) and conventions().only_courtesy_re.fullmatch(asked):
        return "a greeting, not a question"
    if question.rewritten or question.named:
        return None  # a follow-up borrows its subject; a named document is in the corpus
    # the question's own words and their glossary terms: the lexicon's translations are
    # words of the corpus by construction, so they cannot show that it holds the subject
    tokens = [t for t in question.query.own_tokens if not t.isdigit()]
    if not tokens:
        return "the question has no content word"
    if not any(lexical.has_term(t) for t in tokens):
        return "no word of the question occurs in the documents"
    return None


#: A sum of money: a currency's sign, code or name.
_MONEY = re.compile(
    r"(?:US\$|\$|€|£|¥|\b(?:USD|EUR|CHF|XOF|FCFA|CFA|dollars?|dólares?|euros?|francs?|"
    r"francos?|yens?|rupees?|roupies?|rupias?|pesos?|pounds?|livres?)\b)",
    re.I,
)
#: A share or a rate: a percentage, a fraction, "<n> of the <m>".
_SHARE = re.compile(
    # ("percentage": a table's caption, "Table 1: Account holders, 2031, in percentage")
    r"%|\b(?:per ?cent|percent|percentages?|pour ?cent|pourcentages?|por ciento|"
    r"porcentajes?|half|third|quarter|majority|"
    r"moitié|tiers|quart|majorité|mitad|tercio|cuarta parte|mayoría)\b|"
    r"\b\d[\d,.]* (?:of|out of|sur|de) (?:the |les |los |las )?\d",
    re.I,
)


@functools.cache
def _one_in() -> re.Pattern[str]:
    """A share as "one firm in five", "une entreprise sur cinq", "uno de cada cinco"."""
    words = "|".join(sorted(map(re.escape, conventions().number_words), key=len, reverse=True))
    count = rf"(?:\d+|one|un|une|uno|una|{words})"
    return re.compile(
        rf"(?<![\w-]){count}(?:\s+[^\W\d]+){{0,3}}?\s+(?:in|out of|sur|de cada)\s+"
        rf"(?:\d+|{words})(?![\w-])",
        re.I,
    )


def has_share(text: str) -> bool:
    return bool(_SHARE.search(text) or _one_in().search(text))


def _not_of_other_members(question: Question, text: str) -> bool:
    """A figure asked of a member ("what share of Syldavia's GDP") is not
    answered by a text that gives it for other members only ("19 % of Ruritania's GDP
    and 25 % of Borduria's")."""
    if not question.members:
        return True
    named = members_named(text)
    return not named or any(member in question.members for member in named)


#: a capitalised word inside a sentence (not its first): a proper name ("Shopwise")
_INNER_CAPITAL = re.compile(r"(?<=[\w,;:(«\"'’] )[A-ZÀ-Ý][\w'’-]*[\w]|[«\"“][^»\"”]{2,60}[»\"”]")
#: an elided article or preposition before a capital: l'Accord, d'Erewhon, dell'Unione
_ELIDED_CAPITAL = re.compile(r"(?<=\w)(['’])(?=[A-ZÀ-Ý])")
_TIME_UNIT = (
    r"(?:days?|weeks?|months?|years?|jours?|semaines?|mois|ans|années?|d[íi]as?|semanas?|"
    r"mes(?:es)?|años?)"
)
_BY_WHEN = re.compile(
    r"\b(?:end|fin|finales|before|avant|antes|by|d['’]ici|hasta|until|jusqu\w*|within|"
    r"dans un délai|dentro)\W+(?:\w+\W+){0,3}(?:19|20)\d{2}\b",
    re.I,
)


#: kinds of thing the best quote itself gives, not a second one: the name or the time limit
#: of what it speaks of ("a courier firm"; "whether a time limit should apply"), not of
#: something another quote speaks of ("the Ruritanian Post Office"; "set up in 2031")
_IN_THE_BEST = frozenset({"name", "period"})


def names_besides(question: Question, text: str) -> bool:
    """Does the text give a proper name the question does not: a capitalised word inside
    a sentence, or a name in quotation marks ("a courier firm in Ruritania" names no
    firm)?"""
    asked = set(folded_words(question.asked))
    spaced = _ELIDED_CAPITAL.sub(r"\1 ", text)  # "de l'Accord de Zenda": a name inside too
    return any(not set(folded_words(m.group(0))) <= asked for m in _INNER_CAPITAL.finditer(spaced))


@functools.cache
def _time_span() -> re.Pattern[str]:
    """A number, in figures or words, of days, months or years ("two years", "14 jours")."""
    number = rf"(?:\d+(?:[.,]\d+)?|{conventions().number_word_re.pattern})"
    return re.compile(rf"{number}\s+(?:[^\W\d_]+\s+)?{_TIME_UNIT}\b", re.I)


def gives_time(text: str) -> bool:
    """Does the text give a time allowed or a deadline: a number of days, months or years
    ("two years", "14 jours"), a date, a month, or a year after "by" or "before"?"""
    conv = conventions()
    return bool(
        _time_span().search(text)
        or conv.date_re.search(text)
        or month_years(text)
        or _BY_WHEN.search(text)
    )


#: an instrument named by its number, wherever it stands: "Law No. 12-34", "loi n° 31-08",
#: "Ley 27.078", "Directive 2031/7/EU", "dahir n° 1-09-15"
_NUMBERED_INSTRUMENT = re.compile(
    r"\b(?:laws?|decrees?|directives?|regulations?|lois?|décrets?|règlements?|dahir|"
    r"leyes|ley|decretos?|directivas?|reglamentos?)\s+(?:(?:no|n[°º]|nº|núm|number|numéro)\.?\s*)?"
    r"\d",
    re.I,
)
#: a penalty said in any of the three languages (a text that sets none answers no
#: question about its penalties)
_PENALTY = re.compile(
    r"\b(?:sanction\w*|penalt\w*|fine[sd]?|punish\w*|pénalit\w*|amendes?|peines?|"
    r"sanci[óo]n\w*|multas?|penas?|castig\w*)\b",
    re.I,
)


#: What a question asking for a thing of a kind needs a quote to hold: (the kinds that
#: ask for it, whether a text holds it, what is missing when none does).
_ASKED: tuple[tuple[frozenset[str], Callable[[Question, str, frozenset[str]], bool], str], ...] = (
    (frozenset({"amount"}), lambda q, t, p: has_figure(t), "no figure"),
    (
        frozenset({"amount"}),
        lambda q, t, p: _not_of_other_members(q, t),
        "figures for other members only",
    ),
    (
        frozenset({"share"}),
        lambda q, t, p: _not_of_other_members(q, t),
        "figures for other members only",
    ),
    (frozenset({"amount", "money"}), lambda q, t, p: bool(_MONEY.search(t)), "no sum of money"),
    (frozenset({"share"}), lambda q, t, p: has_share(t), "no share or rate"),
    (
        frozenset({"amount", "cost"}),
        lambda q, t, p: bool(_MONEY.search(t)) or has_share(t),
        "no price or cost",
    ),
    (
        frozenset({"person"}),
        lambda q, t, p: bool(conventions().person_re.search(t)),
        "no person named",
    ),
    (frozenset({"member"}), lambda q, t, p: names_a_member(t, q.members), "no member named"),
    (frozenset({"name"}), lambda q, t, p: names_besides(q, t), "no name given"),
    (
        frozenset({"entity"}),
        lambda q, t, p: names_besides(q, without_members(t)),
        "no organisation named",
    ),
    (
        frozenset({"instrument"}),
        lambda q, t, p: names_besides(q, t) or bool(_NUMBERED_INSTRUMENT.search(t)),
        "no instrument named",
    ),
    (frozenset({"penalty"}), lambda q, t, p: bool(_PENALTY.search(t)), "no penalty"),
    (frozenset({"period"}), lambda q, t, p: gives_time(t), "no time or deadline"),
    (
        frozenset({"city"}),
        lambda q, t, p: bool(places_named(t, p) - places_named(q.asked, p)),
        "no town named",
    ),
    (
        frozenset({"day"}),
        # a programme's "21 April", without its year, is a day
        lambda q, t, p: bool(
            parse_dates(t) or month_years(t) or conventions().day_month_re.search(t)
        ),
        "no day or month",
    ),
)


#: What a quote asked for a thing of a kind should hold to be chosen over another, though
#: its lack is no reason to refuse (measured too strict as one: "until its next session"
#: answers "for how long"; where a count is given the noun is often worded otherwise).
_PREFERRED: tuple[tuple[frozenset[str], Callable[[Question, str], bool]], ...] = (
    # "for how long": a span ("90 days"), not a date
    (frozenset({"duration"}), lambda q, t: bool(_time_span().search(t))),
    # "how many participants": a number of participants, not another number
    (frozenset({"amount"}), lambda q, t: not q.counted or counts_the_asked(q, t)),
)


def missing_years(question: Question, said: str) -> list[str]:
    """The years the question asks about that the text does not give ("in 2020" is not
    answered by figures for 2018 and 2023); none for a comparison, whose years name its
    several documents, nor for a question of several years the text gives one of."""
    if question.compares:
        return []
    years = list(dict.fromkeys(YEAR.findall(question.asked)))
    missing = [y for y in years if y not in said]
    # two times set side by side ("did Ruritania in 2031 and Borduria in 2034 ...", "was
    # the seminar asked for in 2031 held by 2033?"): each is a document's or a moment's,
    # and a quote gives one of them; but a figure's year is the figure's ("per its 2032
    # paper, how much was lost in 2031?")
    figure = question.kinds & {"amount", "share"}
    if len(years) >= 2 and len(missing) < len(years) and not figure:
        return []
    return missing


def holds_asked(
    question: Question, text: str, places: frozenset[str] = frozenset(), context: str = ""
) -> bool:
    """Does the text hold what the question asks for, where it asks for a thing of a kind
    (an amount, a sum of money, a share, a person, a member, a town, a day), and does it
    or its `context` (its paragraph, its document's date) give the years it asks about?"""
    if missing_years(question, f"{text} {context}"):
        return False
    return all(
        holds(question, text) for kinds, holds in _PREFERRED if kinds <= question.kinds
    ) and all(
        holds(question, text, places) for kinds, holds, _ in _ASKED if kinds <= question.kinds
    )


def assess(
    question: Question,
    hits: list[Hit],
    clauses: list[Clause],
    lexical: LexicalIndex,
    glossary: Glossary,
    language_share: float,
    spelled_otherwise: Callable[[str], bool] | None = None,
    quoted: Sequence[tuple[str, str]] = (),
    mentions: Callable[[str, frozenset[str]], bool] | None = None,
    headers: Sequence[str] = (),
    places: frozenset[str] = frozenset(),
    context: Sequence[str] = (),
) -> Support:
    """Support for answering. `language_share`: the share of passages in the question's
    language (its terms are evidence of absence only where the corpus speaks it).
    `spelled_otherwise`: does the corpus hold a name in another spelling or language (an
    adjective of a region where the corpus writes it in French, a place transliterated
    otherwise)? See missing_names. `quoted`: (document id, text) of what the answer would
    quote; `mentions`: does a document mention any of these (folded) names? `headers`: the
    quoted documents' titles, issuers and dates; `places`: the corpus's meeting places
    (folded); `context`: the whole paragraphs the quotes come from."""
    content = content_problem(question, lexical)
    if content:
        return Support(0.0, content)
    if not hits or not clauses:
        return Support(0.0, "nothing retrieved")
    # the best of the first three passages retrieval returned (not a list's items that
    # follow their announcing paragraph, see QAService.lists_follow)
    retrieved = [h for h in hits if h.lexical_rank is not None or h.dense_rank is not None]
    dense = max((h.dense_score or 0.0) for h in (retrieved or hits)[:3])
    # the clauses' shared terms (their closeness in meaning is the dense term's part)
    terms = max(c.score - c.meaning for c in clauses)
    score = round(0.5 * terms + 0.5 * max(0.0, (dense - 0.70) / 0.2), 4)
    said = [*(text for _, text in quoted), *context]
    if question.unknown_document and not documents_by_year(question.asked) <= {
        named for text in said for named in documents_by_year(text)
    }:
        # no document of that year in the corpus, unless the passages that answer name
        # it ("the decision of 2031 on ...", which a later note recalls): the question
        # asks about what they say of it
        return Support(score, question.unknown_document)
    missing = missing_names(question, lexical, glossary, spelled_otherwise)
    if missing:
        return Support(score, f"not in the corpus: {', '.join(missing)}")
    if language_share >= 0.5 and absent_share(question, lexical, glossary) > MAX_ABSENT_SHARE:
        return Support(score, "most of the question's terms are not in the corpus")
    texts = [text for _, text in quoted] or [c.text for c in clauses[:10]]
    # a year the question asks about is in what answers it: the quoted paragraphs, or the
    # quoted documents' dates and titles
    years = missing_years(question, " ".join([*texts, *context, *headers]))
    if years:
        return Support(score, f"nothing for {', '.join(years)} in the passages that answer")
    # a thing of the kind the question asks for, that the quotes hold (for a text's
    # authors, the quoted documents' titles and issuers too: "which members proposed it?")
    # (who chaired a meeting: its minutes' title says, "... — Chairman: H.E. Mr ...")
    also = {
        frozenset({"member"}): headers if "author" in question.kinds else (),
        frozenset({"person"}): headers,
    }
    for kinds, holds, lacking in _ASKED:
        held = texts[:1] if kinds & _IN_THE_BEST else [*texts, *also.get(kinds, ())]
        if kinds <= question.kinds and not any(holds(question, t, places) for t in held):
            return Support(score, f"{lacking} in the passages that answer")
    if mentions is not None and quoted:
        docs = {doc for doc, _ in quoted}
        absent = [m for m in question.proper_names if not any(mentions(d, m) for d in docs)]
        if absent:
            listed = ", ".join(sorted(m)[0] for m in absent)
            return Support(score, f"the documents that answer do not mention {listed}")
    return Support(score)
