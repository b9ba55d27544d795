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
_PRONOUN = re.compile(
    r"\b(?:it|its|they|them|this one|that one|the other|en rendre|celui-ci|celle-ci|"
    r"ceux-ci|l['’]autre|ce texte|cette décision|ce projet|este|esta|ese|esa|"
    r"el otro|la otra|dicho|dicha)\b",
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


def previous_user_question(history: list[Message]) -> str | None:
    for message in reversed(history):
        if message.role == "user" and message.content.strip():
            return message.content.strip()
    return None
