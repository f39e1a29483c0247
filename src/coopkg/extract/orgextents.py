"""How far an organisation's official name reaches past the run the scanner found: official
English names of state bodies ranked directly below a state's top authority go on through
'under the Government of <country>' ('the Committee for X under the Government of the Republic
of Y'); a body 'under the Ministry of X' stops before 'under' (the ministry is its parent).
The phrase names no second body: 'the Government of Y' is the state (GOLD_FORMAT).  Bodies a
nation's people form abroad go on through 'in <country>' ('the Kenyan Traders Association in
Uganda')."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.orgmissions import country_prefix
from coopkg.extract.orgs import OrgMention
from coopkg.extract.orgtopics import topic_in
from coopkg.extract.orgtypes import has_org_keyword, head_of
from coopkg.reference import gazetteer

_NAME_WORDS = r"[A-Z][\w'’\-]*(?:\s(?:of\s(?:the\s)?)?[A-Z][\w'’\-]*){0,4}"
_AUTHORITY = lexicon.alternation(lexicon.words("state_authorities"))
_UNDER_STATE = re.compile(rf"\s+under\s+the\s+(?i:{_AUTHORITY})\s+of\s+(?:the\s+)?"
                          rf"(?P<c>{_NAME_WORDS})")


def _country_prefix(words: str) -> int:
    """The length of the longest run of leading words that is a country's name, 0 if none."""
    found = country_prefix(gazetteer(), words)
    return len(found[0]) if found else 0


def under_state(sentence: str, mention: OrgMention) -> OrgMention:
    """'the Agency for X under the President of the Republic of Y' → one name through the
    country; only a body with its own type word, so a person's title ('Adviser under the
    President of Y') stays a title."""
    m = _UNDER_STATE.match(sentence, mention.end)
    if m is None or not has_org_keyword(mention.name):
        return mention
    size = _country_prefix(m.group("c"))
    if not size:
        return mention
    end = m.start("c") + size
    return OrgMention(mention.start, end, sentence[mention.start:end],
                      mention.written + sentence[mention.end:end] if mention.written else "")


_ABROAD = lexicon.words("abroad_bodies")
_IN_COUNTRY = re.compile(rf"\s+in\s+(?:the\s+)?(?P<c>{_NAME_WORDS})")


def _nations(words: list[str]) -> set[str]:
    gaz = gazetteer()
    found = {gaz.country_of_demonym(w) for w in words} | \
        {p.country for w in words for p in gaz.lookup(w) if p.kind == "country"}
    return found - {None}


def abroad(sentence: str, mention: OrgMention) -> OrgMention:
    """'the Kenyan Traders Association in Uganda': a body named after one nation and placed in
    another country is that nation's body there, and the country is part of its name."""
    m = _IN_COUNTRY.match(sentence, mention.end)
    words = head_of(mention.name).split()
    if m is None or not words or words[-1].lower() not in _ABROAD and \
            not any(w.lower() in _ABROAD for w in words[:1]):
        return mention
    size = _country_prefix(m.group("c"))
    there = {p.country for p in gazetteer().lookup(m.group("c")[:size]) if p.kind == "country"}
    home = _nations(mention.name.split())
    if not size or not home or home & there:
        return mention
    end = m.start("c") + size
    return OrgMention(mention.start, end, sentence[mention.start:end],
                      mention.written + sentence[mention.end:end] if mention.written else "")


_ADMIN_NOUNS = lexicon.alternation(lexicon.words("admin_place_nouns"))
_PLACE_OF = re.compile(r"\sof\s+(?:the\s+)?(?P<p>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})$")
_ADMIN_AFTER = re.compile(rf"\s+(?:{_ADMIN_NOUNS})\b")


def admin_unit(sentence: str, mention: OrgMention) -> OrgMention:
    """"the People's Committee of X province": a lowercase administrative noun right after 'of
    <Place>' closing a body's name is the rest of the unit's name, so of the body's (the scanner
    stops at the lowercase word)."""
    m = _ADMIN_AFTER.match(sentence, mention.end)
    place = _PLACE_OF.search(mention.name) if m else None
    found = gazetteer().lookup(place.group("p")) if place else []
    if m is None or not found or any(p.kind == "country" for p in found):
        return mention  # 'the Ministry of X of Kenya state officials': a country has no such unit
    return OrgMention(mention.start, m.end(), sentence[mention.start:m.end()],
                      mention.written + sentence[mention.end:m.end()] if mention.written else "")


def extend_mentions(sentence: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """Each mention taken as far as its official name reaches; mentions then inside a longer one
    ('Government of Y' inside 'X under the Government of Y') are dropped."""
    longer = [admin_unit(sentence, topic_in(sentence, abroad(sentence, under_state(sentence, m))))
              for m in mentions]
    return [m for m in longer if not any(o is not m and o.start <= m.start and m.end <= o.end and
                                         (o.start, o.end) != (m.start, m.end) for o in longer)]
