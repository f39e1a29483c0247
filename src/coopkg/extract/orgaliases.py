"""Short forms of an organisation's full name that writers and readers use for the same body:
'the Ministry of Foreign Affairs of the Republic of X' is also 'the Ministry of Foreign Affairs',
'the State Fire Service of X' also 'the State Fire Service'.  The country tail only says whose
body it is; texts (and annotators) name the body with or without it, so the form without it is
kept as an alias; so is the name without a lowercase noun of its kind after it ('Acme news
agency' is also 'Acme').  Run after the relations are found and after linking, so the added forms link
nothing: two countries' 'Ministry of Trade' stay two bodies."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc
from coopkg.extract.lexicon import word_pattern
from coopkg.extract.orgtypes import classify, keywords_in

_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# 'Republic of', 'Federal Democratic Republic of', 'Kingdom of the': a country's long form
_STATE_FORM = re.compile(r"^(?:[A-Z][\w'’\-]+\s+){0,3}(?:Republic|Kingdom|State|Sultanate|Federation|"
                         r"Commonwealth|Emirate|Principality)\s+of\s+(?:the\s+)?")


def short_forms(doc: Doc) -> None:
    """Add each name's form without its country tail, or without a lowercase kind noun after it,
    as an alias (see the module)."""
    names = {o.name.lower() for o in doc.orgs.values()}
    for org in doc.orgs.values():
        for short in (without_country_tail(doc, org.name), without_kind_noun(org.name)):
            if short and short.lower() not in names:
                org.aliases.add(short)


# 'Acme news agency', 'the Kilima daily': a lowercase noun of the body's kind written after its name
_KIND_NOUN = re.compile(rf"^(?P<name>[A-Z][\w'’&\-]*(?:\s[A-Z][\w'’&\-]*)*)"
                        rf"\s(?:{word_pattern('org_descriptors')})$")


def without_kind_noun(name: str) -> str | None:
    """'Acme news agency' → 'Acme': the lowercase noun only says what kind of body the name is
    ('news agency', 'daily'); writers and readers name the outlet with or without it."""
    m = _KIND_NOUN.match(name)
    return m.group("name") if m else None


def without_country_tail(doc: Doc, name: str) -> str | None:
    """'Ministry of Mines of the Republic of X' → 'Ministry of Mines'; None when the name does
    not end in 'of <country>', what is left has no type word of its own ('Bank' of 'Bank of X'
    is no name), or holds a second body whose country the tail is."""
    for of in _OF.finditer(name):
        rest = _STATE_FORM.sub("", name[of.end():])
        if not rest[:1].isupper() or not any(p.kind == "country" for p in doc.gaz.lookup(rest)):
            continue
        short = name[:of.start()].removeprefix("the ").removeprefix("The ")
        if len(short.split()) >= 2 and classify(short) != "Organization" and not _second_body(short):
            return short  # not 'Institute of X of the Academy of Sciences': the tail is the academy's
        return None
    return None


_OF_THE = re.compile(r"\s(?:of|for)\sthe\s")


def _second_body(short: str) -> bool:
    """'Institute of Physics of the Academy of Sciences': a type word after 'of the' opens a second
    body, whose the country tail is; a field word in the name's complement ('Institute of Marine
    Research') names a topic, no second body."""
    parts = _OF_THE.split(short, maxsplit=1)
    return len(keywords_in(short)) > 1 and (len(parts) == 1 and len(keywords_in(short)) > 2 or
                                            len(parts) == 2 and bool(keywords_in(parts[1])))


__all__ = ["short_forms", "without_country_tail", "without_kind_noun"]
