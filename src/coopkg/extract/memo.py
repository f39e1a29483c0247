"""Caches for pure functions of a piece of text: names, titles and type words recur within an
article and across a corpus, and the tests that read them depend on the text alone (and on the
lexicon and the reference gazetteer, fixed once loaded), so a repeated string is answered from
a table instead of re-running the test."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")
SIZE = 65536  # distinct strings kept per function: a large corpus's names, a few MB


def by_text(fn: Callable[..., T]) -> Callable[..., T]:
    """`fn` cached by its (hashable) arguments; its results must be immutable, since every
    caller shares them."""
    return lru_cache(maxsize=SIZE)(fn)
