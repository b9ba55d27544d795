"""What retrieval is asked: the query's tokens in every language, its text for the encoder.

A question in one language about a document in another shares few words with
it. A WTO glossary (English, French, Spanish; `indexing/data/wto_glossary.tsv`,
or the file WTOQA_GLOSSARY names) maps the organisation's terms across the three
languages: a term of the question adds its equivalents, each analysed by its own
language's analyser, to the lexical query. The dense encoder is multilingual
and gets the question as asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from indexing.analyzers import LANGUAGES, analyzer, fold_accents

DEFAULT_GLOSSARY = Path(__file__).parent / "data" / "wto_glossary.tsv"
#: Texts whose glossary matches are remembered.
MATCH_CACHE = 1024


@dataclass(frozen=True)
class Term:
    """One notion: its wordings per language."""

    wordings: dict[str, tuple[str, ...]]


class Glossary:
    """Terms of the WTO in English, French and Spanish; matched accent- and case-blind."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms = terms
        patterns: list[tuple[str, re.Pattern[str], int]] = []
        for number, term in enumerate(terms):
            for wordings in term.wordings.values():
                for wording in wordings:
                    key = _fold(wording)
                    if key:
                        pattern = re.compile(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])")
                        patterns.append((key, pattern, number))
        # longest wordings first, so "council for trade in services" wins over "services"
        patterns.sort(key=lambda p: -len(p[1].pattern))
        self._patterns = patterns
        # a query's terms are looked up several times (expansion, each language's variant)
        self._cached_find = lru_cache(maxsize=MATCH_CACHE)(self._find)

    @classmethod
    def load(cls, path: Path) -> Glossary:
        return _load_glossary(path.resolve())

    def matches(self, text: str) -> list[tuple[Term, str]]:
        """The terms a text uses, each with the words that named it (longest first)."""
        return list(self._cached_find(text))

    def _find(self, text: str) -> list[tuple[Term, str]]:
        folded = _fold(text)
        found: list[tuple[Term, str]] = []
        seen: set[int] = set()
        for key, pattern, number in self._patterns:
            if key not in folded:  # a plain substring test first: most terms are absent
                continue
            match = pattern.search(folded)
            if match is None:
                continue
            folded = folded[: match.start()] + " " * len(match.group(0)) + folded[match.end() :]
            if number not in seen:
                seen.add(number)
                found.append((self.terms[number], match.group(0)))
        return found


def _fold(text: str) -> str:
    return " ".join(fold_accents(text.casefold().replace("’", "'")).split())


@lru_cache(maxsize=8)
def _load_glossary(path: Path) -> Glossary:
    lines = path.read_text(encoding="utf-8").splitlines()
    header: list[str] | None = None
    terms = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        wordings = {
            lang: tuple(w.strip() for w in cell.split("|") if w.strip())
            for lang, cell in zip(header, cells, strict=False)
            if lang in LANGUAGES
        }
        terms.append(Term(wordings))
    return Glossary(terms)


EMPTY_GLOSSARY = Glossary([])


@dataclass(frozen=True)
class Query:
    """A query ready for retrieval."""

    text: str
    language: str
    #: Analysed lexical tokens: the query's own, then its glossary equivalents.
    tokens: tuple[str, ...]
    #: What the dense encoder embeds.
    dense_text: str
    #: Documents the question names, with a weight (a soft preference, not a filter).
    named_documents: dict[str, float] = field(default_factory=dict)
    #: The dense text with its glossary terms put in another language, per language: a
    #: passage in that language is scored with the closer of the two (see retrieval).
    dense_variants: tuple[tuple[str, str], ...] = ()
    #: The tokens of the corpus words that translate the text's words (the end of `tokens`).
    translated_tokens: tuple[str, ...] = ()

    @property
    def own_tokens(self) -> tuple[str, ...]:
        """The tokens of the text's own words and their glossary terms."""
        return self.tokens[: len(self.tokens) - len(self.translated_tokens)]


def translated_terms(text: str, target: str, glossary: Glossary) -> str | None:
    """The text with each glossary term it uses in the target language's first wording
    (accents and case folded); None when no term changed."""
    folded = _fold(text)
    out = folded
    for term, wording in glossary.matches(text):
        wordings = term.wordings.get(target)
        if wordings:
            pattern = r"(?<![\w-])" + re.escape(wording) + r"(?![\w-])"
            out = re.sub(pattern, wordings[0].replace("\\", "\\\\"), out)
    return out if out != folded else None


def expansion(text: str, glossary: Glossary) -> dict[str, list[str]]:
    """Per language, the glossary wordings of the terms the text uses."""
    out: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
    for term, _words in glossary.matches(text):
        for lang, wordings in term.wordings.items():
            out[lang].extend(w for w in wordings if w not in out[lang])
    return out


def lexical_tokens(
    text: str,
    language: str,
    glossary: Glossary,
    languages: frozenset[str] | None = None,
) -> tuple[str, ...]:
    """The text's tokens in its language, plus its glossary terms in each language (of
    `languages` only, when given: the corpus' languages; wordings in a language it lacks
    meet its passages only by accident)."""
    tokens = list(analyzer(language)(text))
    for lang, wordings in expansion(text, glossary).items():
        if languages is not None and lang not in languages and lang != language:
            continue
        for wording in wordings:
            tokens.extend(analyzer(lang)(wording))
    return tuple(tokens)


def make_query(
    text: str,
    language: str,
    glossary: Glossary,
    named_documents: dict[str, float] | None = None,
    translations: dict[str, list[str]] | None = None,
    languages: frozenset[str] | None = None,
) -> Query:
    """`translations`: per other language, words of the corpus that translate the text's
    words (indexing.lexicon); each joins the lexical query through its language's
    analyser."""
    translated = [
        t for lang, forms in (translations or {}).items() for f in forms for t in analyzer(lang)(f)
    ]
    return Query(
        text=text,
        language=language,
        tokens=(*lexical_tokens(text, language, glossary, languages), *translated),
        translated_tokens=tuple(translated),
        dense_text=text,
        named_documents=dict(named_documents or {}),
        dense_variants=tuple(
            (lang, variant)
            for lang in LANGUAGES
            if lang != language
            and (languages is None or lang in languages)
            and (variant := translated_terms(text, lang, glossary)) is not None
        ),
    )
