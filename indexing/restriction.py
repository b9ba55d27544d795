"""Which passages a ranking may return, said once and read by every store.

A search's filters (documents, language, paragraph kinds, dates), the language of a
term-translated query variant and the documents a question names all narrow a ranking.
Each is a `Restriction`; restrictions combine with `&`. The in-process store reads one
as a boolean mask over the passage rows (`PassageColumns.mask`, vectorised so that a
million passages filter in milliseconds); Milvus reads it as a filter expression
(`Restriction.expression`), so the filter runs inside the search, not after it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

from indexing.documents import Passage


@lru_cache(maxsize=65536)  # a corpus has few distinct dates, each shared by many passages
def date_number(value: str | None) -> int:
    """A passage's date as yyyymmdd (20191210), 0 when it has none or it is not a full date."""
    if not value:
        return 0
    try:
        when = date.fromisoformat(value[:10])
    except ValueError:
        return 0
    return when.year * 10000 + when.month * 100 + when.day


def _both(first: frozenset[str] | None, second: frozenset[str] | None) -> frozenset[str] | None:
    if first is None:
        return second
    if second is None:
        return first
    return first & second


@dataclass(frozen=True)
class Restriction:
    """Passages allowed: None on a field means any; dates are yyyymmdd, inclusive, and a
    date bound excludes the passages whose document has no full date."""

    doc_ids: frozenset[str] | None = None
    languages: frozenset[str] | None = None
    kinds: frozenset[str] | None = None
    date_from: int | None = None
    date_to: int | None = None

    @property
    def empty(self) -> bool:
        """True when it allows every passage."""
        return (
            self.doc_ids is None
            and self.languages is None
            and self.kinds is None
            and self.date_from is None
            and self.date_to is None
        )

    @property
    def impossible(self) -> bool:
        """True when no passage can pass (an empty set, or dates that exclude each other)."""
        return any(s is not None and not s for s in (self.doc_ids, self.languages, self.kinds)) or (
            self.date_from is not None
            and self.date_to is not None
            and self.date_from > self.date_to
        )

    def __and__(self, other: Restriction) -> Restriction:
        """Passages both allow."""
        bounds_from = [d for d in (self.date_from, other.date_from) if d is not None]
        bounds_to = [d for d in (self.date_to, other.date_to) if d is not None]
        return Restriction(
            doc_ids=_both(self.doc_ids, other.doc_ids),
            languages=_both(self.languages, other.languages),
            kinds=_both(self.kinds, other.kinds),
            date_from=max(bounds_from) if bounds_from else None,
            date_to=min(bounds_to) if bounds_to else None,
        )

    @classmethod
    def to(
        cls,
        *,
        doc_ids: Iterable[str] | None = None,
        languages: Iterable[str] | None = None,
        kinds: Iterable[str] | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> Restriction:
        """A restriction from plain values; an empty or missing value restricts nothing."""

        def members(values: Iterable[str] | None) -> frozenset[str] | None:
            found = frozenset(values) if values is not None else frozenset()
            return found or None

        return cls(
            doc_ids=members(doc_ids),
            languages=members(languages),
            kinds=members(kinds),
            date_from=date_number(date_from.isoformat()) if date_from else None,
            date_to=date_number(date_to.isoformat()) if date_to else None,
        )

    def expression(self) -> str:
        """The restriction as a Milvus boolean expression over the fields doc_id, language,
        kind and date (an empty string when it restricts nothing)."""
        clauses = []
        for field, values in (
            ("doc_id", self.doc_ids),
            ("language", self.languages),
            ("kind", self.kinds),
        ):
            if values is not None:
                clauses.append(f"{field} in [{', '.join(map(_literal, sorted(values)))}]")
        if self.date_from is not None or self.date_to is not None:
            clauses.append("date > 0")
        if self.date_from is not None:
            clauses.append(f"date >= {int(self.date_from)}")
        if self.date_to is not None:
            clauses.append(f"date <= {int(self.date_to)}")
        return " and ".join(clauses)


def _literal(value: str) -> str:
    """A Milvus string literal: double quotes, C-style escapes."""
    escaped = (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


class _Codes:
    """One text column of the passages as small integer codes."""

    def __init__(self, values: Sequence[str]) -> None:
        self.index: dict[str, int] = {v: n for n, v in enumerate(dict.fromkeys(values))}
        self.column = np.fromiter(
            map(self.index.__getitem__, values), dtype=np.int32, count=len(values)
        )

    def allowed(self, values: frozenset[str]) -> np.ndarray:
        """Rows whose value is one of `values`."""
        table = np.zeros(len(self.index) + 1, dtype=bool)
        table[[self.index[v] for v in values if v in self.index]] = True
        return table[self.column]


#: Masks kept per loaded index: a request asks for the same ones several times (each
#: ranking, each term-translated variant's language), and the next request mostly for
#: the same languages again. A million passages: 1 MB and 1.5 ms each.
MASK_CACHE = 16


class PassageColumns:
    """The passages' filterable fields as numpy columns, computed once per loaded index."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.size = len(passages)
        self.doc = _Codes([p.doc_id for p in passages])
        self.language = _Codes([p.language for p in passages])
        self.kind = _Codes([p.kind for p in passages])
        self.date = np.fromiter(
            map(date_number, [p.date for p in passages]), dtype=np.int32, count=len(passages)
        )
        self._masks: OrderedDict[Restriction, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def mask(self, restriction: Restriction) -> np.ndarray | None:
        """Rows the restriction allows (read-only); None when it allows all."""
        if restriction.empty:
            return None
        with self._lock:
            cached = self._masks.get(restriction)
            if cached is not None:
                self._masks.move_to_end(restriction)
                return cached
        mask = self._mask(restriction)
        mask.flags.writeable = False  # shared by every request that asks for it
        with self._lock:
            self._masks[restriction] = mask
            while len(self._masks) > MASK_CACHE:
                self._masks.popitem(last=False)
        return mask

    def _mask(self, restriction: Restriction) -> np.ndarray:
        # of several fields, each field's own (cached) mask: a request combines the same
        # few (its named documents, each variant's language) in several ways
        parts = [
            part
            for part in (
                Restriction(doc_ids=restriction.doc_ids),
                Restriction(languages=restriction.languages),
                Restriction(kinds=restriction.kinds),
                Restriction(date_from=restriction.date_from, date_to=restriction.date_to),
            )
            if not part.empty
        ]
        if len(parts) > 1:
            mask = np.array(self.mask(parts[0]), dtype=bool)  # a copy: the cached one is shared
            for part in parts[1:]:
                mask &= self.mask(part)  # never None: the part is not empty
            return mask
        mask = np.ones(self.size, dtype=bool)
        if restriction.doc_ids is not None:
            mask &= self.doc.allowed(restriction.doc_ids)
        if restriction.languages is not None:
            mask &= self.language.allowed(restriction.languages)
        if restriction.kinds is not None:
            mask &= self.kind.allowed(restriction.kinds)
        if restriction.date_from is not None or restriction.date_to is not None:
            mask &= self.date > 0
            if restriction.date_from is not None:
                mask &= self.date >= restriction.date_from
            if restriction.date_to is not None:
                mask &= self.date <= restriction.date_to
        return mask

    def document_weights(
        self, weights: Mapping[str, float], rows: np.ndarray | None = None
    ) -> np.ndarray:
        """Each row's weight from its document's (0 for a document not in `weights`); of
        the given `rows` only (a few ranked ones), else of every row."""
        table = np.zeros(len(self.doc.index) + 1, dtype=np.float32)
        for doc_id, weight in weights.items():
            code = self.doc.index.get(doc_id)
            if code is not None:
                table[code] = weight
        return table[self.doc.column if rows is None else self.doc.column[rows]]


def row_runs(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted row numbers as runs of consecutive rows: (starts, stops), stops exclusive."""
    if len(rows) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    breaks = np.flatnonzero(np.diff(rows) != 1) + 1
    starts = rows[np.concatenate(([0], breaks))]
    stops = rows[np.concatenate((breaks - 1, [len(rows) - 1]))] + 1
    return starts.astype(np.int64), stops.astype(np.int64)
