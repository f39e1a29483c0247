"""A country written right after a person's name: 'X (Brazil) and Y (Argentina)', 'the
presidents – X of Guatemala; Y of Panama –'.  A news list of heads or envoys often names each
member with the country alone, with no title of their own; the country then says whose they are
and that the name is a person's."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.orgtypes import has_org_keyword
from coopkg.extract.person_given import given_named
from coopkg.extract.titles import countries_named
from coopkg.reference import Gazetteer

_PLACE_NOUNS = lexicon.words("place_nouns")
_BRACKET = re.compile(r"\s*\((?P<c>[A-Z][\w'’\- ]{1,40})\)")


def bracketed_country(after: str, gaz: Gazetteer) -> str | None:
    """'X (Brazil) and Y (Argentina)': a country in brackets right after a name is the person's."""
    m = _BRACKET.match(after)
    if m is None:
        return None
    hits = countries_named(m.group("c"), gaz)
    return hits[0].country if hits else gaz.country_of_demonym(m.group("c"))


# 'X of Panama;', 'X of Costa Rica and Y of Honduras': the whole capitalised run is the country
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})"
                         r"(?![\w'’\-]|\s+[A-Z])")


def of_country(sentence: str, end: int, gaz: Gazetteer) -> str | None:
    """'X of Guatemala;' in a list of names: the whole capitalised run after 'of' must be one
    country's name, so 'X of the Bank of Y' or 'X of Lima' gives nothing; a place's or a body's
    name before it ('the Ahal Region of X', 'the Arts Council of X') is no person's."""
    m = _OF_COUNTRY.match(sentence, end)
    words = sentence[:end].split()
    if m is None or not words or words[-1].lower() in _PLACE_NOUNS or has_org_keyword(words[-1]):
        return None
    hits = countries_named(m.group("c"), gaz)
    return hits[0].country if hits else None


_COUNTRY_ITEM = re.compile(r"\bof\s+(?:the\s+)?(?P<c>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2}),\s+and\s*$")


def country_item(before: str, gaz: Gazetteer) -> bool:
    """'..., president of Cuba, and X Y Z': a title closed by its country and a comma ends a list
    item; the words after 'and' are the next person's, not the title's fields."""
    m = _COUNTRY_ITEM.search(before, max(0, len(before) - 60))
    return m is not None and any(p.kind == "country" for p in gaz.lookup(m.group("c")))


def placed_country(sentence: str, span: tuple[int, int], name: str, gaz: Gazetteer,
                   titled: bool) -> str | None:
    """The country written right after a name: '(Brazil)', or 'of Panama' after a titled or given
    name ('New Light of Myanmar', 'Diplomatic Academies of Singapore' are no people)."""
    start, end = span
    return bracketed_country(sentence[end:], gaz) or \
        (of_country(sentence, end, gaz) if titled or given_named(name, sentence, start, gaz) else None)
