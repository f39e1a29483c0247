"""Names a context slot offers as a body but that the sentence shows to be a place's.  English
writes a place's kind as a lowercase noun around its name: after it with 'of' ('the border town
of Ostra (Velmar)', 'the island nation of Korl') or after the name as the noun it modifies ('the
Korl Island nation', 'the Ostra river').  And it puts 'the' before a lone name of a sea, river,
range or region ('between the Atlantic and the Danube'), where a firm named without a type word
is written bare ('between Norgas and Sudria').  A slot that sees such a name as a party would
otherwise make a Company of a town or a river."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.reference import Gazetteer

_NOUNS = lexicon.word_pattern("place_nouns")
_KIND_OF_BEFORE = re.compile(rf"\b{_NOUNS}\sof\s(?:the\s)?$")
_KIND_AFTER = re.compile(rf"\s{_NOUNS}\b")
_THE_BEFORE = re.compile(r"\bthe\s$", re.I)


def names_place(text: str, start: int, end: int) -> bool:
    """True when the words at [start, end) are a place's name by the noun written around them,
    or a lone name after 'the' (not an acronym, which firms and agencies write with 'the')."""
    before, name = text[max(0, start - 40):start], text[start:end]
    if _KIND_OF_BEFORE.search(before) or _KIND_AFTER.match(text, end):
        return True
    return " " not in name and not name.isupper() and not any(c.isdigit() for c in name) and \
        _THE_BEFORE.search(before) is not None and _plain_word(name)


def _plain_word(name: str) -> bool:
    """A lone capitalised word after 'the' is a geographic name when it is no compound or camel-cased
    brand ('the PetroLakes'): one capital, opening the word."""
    return sum(c.isupper() for c in name) == 1


# ', Germany,' / ', Germany.' / ', Germany to': a country in commas closing the name's phrase
_COUNTRY_AFTER = re.compile(r",\s(?P<c>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2})"
                            r"(?=\s?[,.;:]|\s(?:to|on|in|and|for|during|at)\s|\s*$)")


def placed_in_country(text: str, end: int, gaz: Gazetteer) -> bool:
    """'signed an agreement with Lower Vistula, Ruritania, to ...': a name the gazetteer may not
    know, followed by a country in commas, is a place of that country (English writes 'town,
    country' for a place); a firm beside its country is written "Ruritania's X" or 'X of
    Ruritania'. A country followed by a possessive ('X, Ruritania's largest firm') describes it."""
    m = _COUNTRY_AFTER.match(text, end)
    return bool(m) and any(p.kind == "country" for p in gaz.lookup(m.group("c")))
