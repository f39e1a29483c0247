"""Caches for pure functions of a piece of text: names, titles and type words recur within an
article and across a corpus, and the tests that read them depend on the text alone (and on the
lexicon and the reference gazetteer, fixed once loaded), so a repeated string is answered from
a table instead of re-running the test."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")
SIZE = 65536  # distinct strings kept per function: a large corpus's names, a few MB


def by_text(fn: Callable[..., T]) -> Callable[..., T]:
    """`fn` cached by its (hashable) arguments; its results must be immutable, since every
    caller shares them."""
    return lru_cache(maxsize=SIZE)(fn)


_MISSING = object()


class Reads(Mapping):
    """A read-only view of a table that notes every key asked of it (with what it held) and its
    size if that was asked; iterating marks the answer as depending on the whole table."""

    def __init__(self, table: Mapping):
        self.table = table
        self.asked: dict = {}
        self.size: int | None = None
        self.whole = False

    def __getitem__(self, key):
        value = self.asked[key] = self.table.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key) -> bool:
        value = self.asked[key] = self.table.get(key, _MISSING)
        return value is not _MISSING

    def __len__(self) -> int:
        self.size = len(self.table)
        return self.size

    def __iter__(self):
        self.whole = True
        return iter(self.table)

    def answers_as(self, table: Mapping) -> bool:
        """Whether `table` would answer every question asked here the same way."""
        if self.size is not None and self.size != len(table):
            return False
        for key, value in self.asked.items():
            now = table.get(key, _MISSING)
            if now is not value and now != value:
                return False
        return True


def by_text_and_table(fn: Callable[..., T]) -> Callable[..., T]:
    """`fn(text, table, *rest)` cached by (text, *rest) while the table answers what `fn` asked
    of it as it did then: a sentence's organisations depend on the few aliases looked up in the
    article's table, not on the whole table.  Results must be immutable."""
    kept: dict[tuple, tuple[T, Reads]] = {}

    def cached(text: str, table: Mapping, *rest):
        key = (text, *rest)
        entry = kept.get(key)
        if entry is not None and entry[1].answers_as(table):
            return entry[0]
        reads = Reads(table)
        result = fn(text, reads, *rest)
        if not reads.whole:
            if len(kept) >= SIZE:
                kept.clear()
            kept[key] = (result, reads)
        return result

    return cached
