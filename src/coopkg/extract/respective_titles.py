"""Several people under one plural title, each holding it in the singular and taking, in order,
the countries written with the title: 'the presidents of Ghana and Chile, A and B', 'the Ghanaian
and Chilean trade ministers A and B', 'Presidents A of Ghana and B of Chile'.  Read per name, the
title's complement ('of Ghana and Chile') swallows the names or gives both people the first
country; read as a whole, the order of the countries is the order of the people."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopkg.extract import lexicon
from coopkg.extract.cues import any_word
from coopkg.extract.facts import Person
from coopkg.extract.titles import HONORIFICS, TITLE_WORDS
from coopkg.reference import Gazetteer

_SINGULAR = TITLE_WORDS - HONORIFICS - lexicon.words("weak_titles")


def _plural(title: str) -> str:
    if title.endswith("man"):
        return title[:-3] + "men"
    if title.endswith("y") and not title.endswith(("ay", "ey", "oy")):
        return title[:-1] + "ies"
    return title + "s"


_PLURALS = {_plural(t): t for t in _SINGULAR if " " not in t}
_PLURAL_ALT = "|".join(sorted(map(re.escape, _PLURALS), key=len, reverse=True))
_CUES = tuple(sorted({p[-5:] for p in _PLURALS}))
_NAME = r"[A-Z][\w'’\-]+(?:\s+(?:(?:de|da|dos|van|von|bin|al|el)\s+)?[A-Z][\w'’\-]+){1,3}"
_TITLE = rf"(?P<title>(?:[A-Za-z][\w\-]*\s+){{0,2}}?(?i:{_PLURAL_ALT}))"
_OWNERS_AFTER = re.compile(
    rf"\b{_TITLE}\s+of\s+(?P<c1>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){{0,2}})\s+and\s+"
    rf"(?:the\s+)?(?P<c2>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){{0,2}}),?\s+(?P<n1>{_NAME}),?\s+and\s+"
    rf"(?P<n2>{_NAME})")
_DEMONYMS_BEFORE = re.compile(
    rf"\b(?P<c1>[A-Z][a-z]+)\s+and\s+(?P<c2>[A-Z][a-z]+)\s+{_TITLE},?\s+(?P<n1>{_NAME}),?\s+and\s+"
    rf"(?P<n2>{_NAME})")
_OWNERS_EACH = re.compile(
    rf"\b{_TITLE}\s+(?P<n1>{_NAME})\s+of\s+(?P<c1>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){{0,2}}),?\s+and\s+"
    rf"(?P<n2>{_NAME})\s+of\s+(?:the\s+)?(?P<c2>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){{0,2}})")


@dataclass(frozen=True)
class Respective:
    start: int
    end: int
    person: Person


def _country(words: str, gaz: Gazetteer) -> str | None:
    code = gaz.country_of_demonym(words)
    if code:
        return code
    return next((p.code for p in gaz.lookup(words) if p.kind == "country"), None)


def _role(title: str, gaz: Gazetteer) -> str | None:
    """The title in the singular, without a leading article, number or demonym ('the two trade
    ministers' → 'trade minister')."""
    words = title.split()
    while len(words) > 1 and (words[0].lower() in ("the", "two", "both", "three") or
                              _country(words[0], gaz)):
        words = words[1:]
    last = _PLURALS.get(words[-1].lower())
    if last is None:
        return None
    if words[-1][0].isupper():
        last = last[0].upper() + last[1:]
    return " ".join([*words[:-1], last])


def _clean_name(name: str) -> bool:
    low = {w.lower() for w in name.split()}
    return not low & TITLE_WORDS


def respective_people(sentence: str, gaz: Gazetteer) -> list[Respective]:
    """The people a plural title names, with the title's countries in order; nothing unless
    both countries and both names read as such."""
    if not any_word(sentence, _CUES):
        return []
    for pattern in (_OWNERS_AFTER, _DEMONYMS_BEFORE, _OWNERS_EACH):
        m = pattern.search(sentence)
        if m is None:
            continue
        codes = _country(m["c1"], gaz), _country(m["c2"], gaz)
        role = _role(m["title"], gaz)
        if None in codes or role is None or codes[0] == codes[1]:
            continue
        if not (_clean_name(m["n1"]) and _clean_name(m["n2"])):
            continue
        return [Respective(m.start(n), m.end(n), Person(name=m[n], role=role, country=code,
                                                        evidence=sentence, rule="person.respective"))
                for n, code in (("n1", codes[0]), ("n2", codes[1]))]
    return []
