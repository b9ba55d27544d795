"""Follow-up questions: which turns lean on the conversation before them.

A follow-up ("and the 2024 draft?", "qui doit en rendre compte ?", "¿y hasta
cuándo?") starts like one, points back with a pronoun, or is short and names
nothing; it inherits the subject of the previous question (answering.question).
"""

from __future__ import annotations

import re

from answering.types import Message
from indexing.analyzers import words

_FOLLOW_UP_START = re.compile(
    r"^\s*(?:and|also|what about|how about|same|et|aussi|qu['’]en est-il|quid|"
    r"et pour|et dans|et la|et le|et les|et l['’]|y|¿y|también|qué hay de|y en|y el|y la|"
    r"y los|y las)\b",
    re.I,
)
#: Pronouns for the things a previous question asked about ("them", "l'autre").
_FOR_THINGS = (
    r"them|this one|that one|the other|en rendre|celui-ci|celle-ci|ceux-ci|l['’]autre|"
    r"el otro|la otra"
)
_PRONOUN = re.compile(
    rf"\b(?:it|its|they|{_FOR_THINGS}|ce texte|cette décision|ce projet|este|esta|ese|esa|"
    r"dicho|dicha)\b",
    re.I,
)
#: ... with the demonstratives of several things, which alone make no follow-up.
_THINGS = re.compile(
    rf"\b(?:{_FOR_THINGS}|those|these|eux|ceux|celles|ces|ellos|ellas|esos|esas|estos|"
    r"estas)\b",
    re.I,
)


def is_follow_up(question: str, names_a_document: bool = False) -> bool:
    """Starts like a follow-up, points back with a pronoun, or is short and names nothing."""
    if _FOLLOW_UP_START.search(question) or _PRONOUN.search(question):
        return True
    return len(words(question)) <= 6 and not names_a_document


def without_opener(question: str) -> str:
    """The question without the words that open it as a follow-up ("And", "Et pour", "¿Y")."""
    return _FOLLOW_UP_START.sub("", question).strip(" ,")


def points_at_things(question: str) -> bool:
    """Does the question point back at the things a previous one asked about ("how often
    should they hold them?"), not only at its document ("what did it propose?")?"""
    return bool(_THINGS.search(question))


def previous_user_question(history: list[Message]) -> str | None:
    for message in reversed(history):
        if message.role == "user" and message.content.strip():
            return message.content.strip()
    return None
