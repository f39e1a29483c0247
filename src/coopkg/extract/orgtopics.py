"""A research or training body's name that goes on past the scanner's run through 'in' and its
field: 'the Centre of Excellence in Soil Science', 'the Centre for Research in Marine Biology'.
The scanner stops at 'in', which usually says where a body is ('the Velmar Embassy in Korl');
after a head that names what a body does (lexicon/topic_in_heads.tsv) a capitalised field
that is no place is what it does it in, and belongs to the name."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.orgmissions import country_prefix
from coopkg.extract.orgs import OrgMention
from coopkg.reference import gazetteer

_HEADS = lexicon.words("topic_in_heads")
_SEASONS = {"spring", "summer", "autumn", "winter", "fall"}
_FIELD = re.compile(r"\s+in\s+(?P<f>[A-Z][a-z]+(?:\s(?:and\s)?[A-Z][a-z]+){0,3})(?![\w\-'’])")
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?"
                         r"(?P<c>[A-Z][\w'’\-]*(?:\s(?:of\s(?:the\s)?)?[A-Z][\w'’\-]*){0,3})")


def topic_in(sentence: str, mention: OrgMention) -> OrgMention:
    """The mention run on through 'in <Field>' when its last word names an activity and the
    field is no place ('in Soil Science', not 'in Korl' nor 'in North Korl')."""
    if mention.name.rsplit(" ", 1)[-1].lower() not in _HEADS:
        return mention
    m = _FIELD.match(sentence, mention.end)
    if m is None or _placed(m.group("f")):
        return mention
    end = _of_country(sentence, m.end())
    return OrgMention(mention.start, end, sentence[mention.start:end],
                      mention.written + sentence[mention.end:end] if mention.written else "")


def _of_country(sentence: str, end: int) -> int:
    """Past 'of <country>' closing the field ('Tests in Healthcare of X'): the state the body
    serves is the end of its name, as in 'the Ministry of Health of X'."""
    m = _OF_COUNTRY.match(sentence, end)
    found = country_prefix(gazetteer(), m.group("c")) if m else None
    return m.start("c") + len(found[0]) if found else end


def _placed(field: str) -> bool:
    """Any word or the whole a place the gazetteer knows, or a date word ('in May', 'in
    Spring' say when)."""
    gaz = gazetteer()
    first = field.split()[0].lower()
    return first in lexicon.MONTHS or first in lexicon.WEEKDAYS or first in _SEASONS or \
        bool(gaz.lookup(field)) or any(gaz.lookup(w) for w in field.split() if w != "and")
