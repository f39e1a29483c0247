"""A person written in full and later by the initials of the given names and the surname: 'A.
Odhiambo' or 'A.W. Odhiambo' after 'Amina Wanjiru Odhiambo'.  News copy (and English translated
from Russian, Kazakh or Uzbek copy above all) often names a person in full in the lead and by
initial and surname in a quote's tag; the two forms are one person."""

from __future__ import annotations

import re

_INITIALS_SURNAME = re.compile(r"(?P<initials>(?:[A-Z][a-z]?\.\s?){1,3})(?P<surname>[A-Z][\w’'\-]+)")


_INITIALS_OF_RE = re.compile(r"[A-Z][a-z]?")


def initials_of(short: str, full: str) -> bool:
    """True when `short` is `full` with its given names cut to initials: the surnames are equal
    and each initial begins the given name in its place."""
    m = _INITIALS_SURNAME.fullmatch(short)
    words = full.split()
    if m is None or len(words) < 2 or words[-1] != m.group("surname"):
        return False
    initials = _INITIALS_OF_RE.findall(m.group("initials"))
    given = words[:-1]
    return len(initials) <= len(given) and all(g.startswith(i) for i, g in zip(initials, given, strict=False))
