"""Attributes of an organisation from its name and the words around it: its country and region
('Xinjiang ... Incubator', 'X, a Brazilian mining company', 'X in Almaty, Kazakhstan',
"South Korea's X"), and its parent body ('the Department of X under the Y Ministry')."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.facts import Org
from coopkg.extract.orgs import SPAN, cut_after_head, trim_span
from coopkg.extract.orgtypes import has_org_keyword, is_shared, media_country
from coopkg.extract.places import find_places
from coopkg.reference import Gazetteer

_APPOSITION = re.compile(r"^,?\s+(?:a|an|the)\s+(?:(?:leading|major|large|small|big|state-owned|private|"
                         r"public)\s+)?(?P<adj>[A-Z][\w\-]+)\s+(?:[a-z][\w\-]*\s+){0,2}?"
                         r"(?:company|firm|enterprise|group|corporation|agency|institute|university|"
                         r"foundation|organi[sz]ation|body|bank|airline|carrier|broadcaster|operator|"
                         r"producer|manufacturer|developer|maker|conglomerate|giant|startup|start-up)")
_COUNTRY_AFTER = re.compile(r"^,\s+(?P<c>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2})(?=\s+and\s|,|\))")
_LOCATED = re.compile(r"^\s+(?:in|at|based in|located in)\s+(?P<place>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)"
                      r"(?:,\s*(?P<country>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?))?")


_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:(?:(?:Federal|Royal|National|Central)\s+)?"
                         r"(?:[Gg]overnment|[Ss]tate)\s+of\s+(?:the\s+)?(?P<of>.+)|(?P<adj>.+?)(?:['’]s?)?\s+(?:Federal\s+)?[Gg]overnment)$")


def government_of(name: str, gaz: Gazetteer) -> str | None:
    """'the Government of Kenya', 'the Kenyan Government': the state itself, which an agreement
    names by its country code (GOLD_FORMAT), not an organisation."""
    m = _GOVERNMENT.match(name)
    if not m:
        return None
    words = m.group("of") or m.group("adj")
    code = gaz.country_of_demonym(words)
    if code:
        return code
    hits = [p.country for p in gaz.lookup(re.sub(r"^Republic\s+of\s+(?:the\s+)?", "", words))
            if p.kind == "country"]
    return hits[0] if hits else None


def parent_after(sentence: str, end: int) -> str | None:
    """'the Department of X under the Lao Ministry of Y' → its parent is the ministry."""
    m = re.match(r"\s+(?:under|of|at)\s+the\s+", sentence[end:])
    if not m:
        return None
    rest = sentence[end + m.end():]
    span = SPAN.match(rest)
    if span:
        name, _start = trim_span(span.group(), 0)
        name = cut_after_head(name)
        if has_org_keyword(name):
            return name
    return None


def parent_of(name: str) -> str | None:
    """'Institute of X of the Academy of Sciences of Y' → 'Academy of Sciences of Y'."""
    for m in re.finditer(r"\s(?:of|under)\s+the\s+", name):
        left, right = name[: m.start()], name[m.end():]
        if has_org_keyword(left) and has_org_keyword(right):
            return right
    return None


_OWNER = re.compile(rf"(?P<owner>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){{0,2}})(?:['’]s|(?<=s)['’])\s+"
                    rf"(?:(?:[a-z][\w\-]*\s+){{0,2}}{lexicon.word_pattern('org_descriptors')}\s+)?$")


def attribute(org: Org, sentence: str, end: int, gaz: Gazetteer, countries: set[str]) -> None:
    """Country and region from the name, then from the words right after it."""
    head = re.split(r"\s(?:for|on)\s", org.name, maxsplit=1)[0]
    mentions = find_places(head, gaz, countries)
    lead = 4 if head.startswith("The ") else 0
    region = next((m.place for m in mentions if m.place.kind == "region" and m.start == lead),
                  None)
    named = [m.place.country for m in mentions if m.place.kind == "country"]
    tail = re.search(r"\bof\s+(?:the\s+)?([\w'’\- ]+)$", org.name)
    tail_country = None
    if tail:
        tail_hits = find_places(tail.group(1), gaz, countries)
        if tail_hits and tail_hits[-1].end == len(tail.group(1)) and \
                tail_hits[-1].place.kind == "country":
            tail_country = tail_hits[-1].place.country
    if org.type == "IntergovernmentalOrganization":
        org.country = None
    elif tail_country:
        org.country = tail_country
    elif region is not None:
        org.region, org.country = region.iri, region.country
    elif len(set(named)) == 1:
        org.country = named[0]
    owner = _OWNER.search(sentence[:max(0, sentence.rfind(org.name, 0, end))])
    if owner and org.country is None and org.type != "IntergovernmentalOrganization":
        hits = [m.place for m in find_places(owner.group("owner"), gaz, countries)]
        if hits:
            org.country = hits[-1].country
    after = sentence[end:]
    appo = _APPOSITION.match(after)
    if appo and gaz.country_of_demonym(appo.group("adj")):
        org.country = gaz.country_of_demonym(appo.group("adj"))
    located = _LOCATED.match(after)
    if located and org.type != "IntergovernmentalOrganization":
        _place_from_context(org, located, gaz, countries)
    placed = _COUNTRY_AFTER.match(after)
    if placed and org.country is None and org.type != "IntergovernmentalOrganization":
        org.country = next((p.country for p in gaz.lookup(placed.group("c")) if p.kind == "country"),
                           None)
    if org.country is None:
        org.country = media_country(org.name)
    if is_shared(org.name):
        org.country = None


def _place_from_context(org: Org, located: re.Match[str], gaz: Gazetteer,
                        countries: set[str]) -> None:
    hits = find_places(located.group(0), gaz, countries)
    regions = [h.place for h in hits if h.place.kind == "region"]
    country_hits = [h.place for h in hits if h.place.kind == "country"]
    if regions and org.region is None and (org.country in (None, regions[0].country)
                                          or len(set(_named_countries(org, gaz))) > 1):
        org.region, org.country = regions[0].iri, regions[0].country
    elif country_hits and org.country is None:
        org.country = country_hits[0].country


def _named_countries(org: Org, gaz: Gazetteer) -> list[str]:
    return [m.place.country for m in find_places(org.name, gaz, set(gaz.countries))
            if m.place.kind == "country"]


