"""Places written beside a party only to say where that party is, which sign nothing.

English locates a body or a region with an apposition rather than a clause: 'Leeds University
in Britain', 'Leeds University, in Britain, signed ...' (set off by commas, as a parenthesis),
'an agreement with Bavaria, Germany, on trade' (a region followed by the country holding it, as
an address is written; 'the Syrdarya region of Uzbekistan'), 'the X Authority (Government of
India)' (a bracket naming the body's state). The place names no side of the document: read as a
party it adds a third one, or it ends the subject early and leaves the body it locates out.
"""

from __future__ import annotations

import re

from coopkg.extract.doc import Sent, Span
from coopkg.reference import gazetteer

# 'X in Y', 'X (XU) based in Y', 'X, in Y': a preposition of place between a body and a place
_LOCATIVE = re.compile(r"(?:\s*\([A-Z][\w\-]{1,12}\))?,?\s+(?:in|at|based\s+in|located\s+in)\s+(?:the\s+)?")
# 'X (Government of India)', 'X (Kenya)': a bracket after a body saying which state it belongs to
_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:the\s+)?(?:[Gg]overnment\s+of\s+(?:the\s+)?)?")
_BRACKET_CLOSE = re.compile(r"\s*\)")
# 'Bavaria, Germany and France': the country is coordinated with the next name, a list item that
# may be a side; 'Bavaria, Germany, and Kenya' closes the apposition with a comma first
_COORDINATED = re.compile(r"\s+(?:and|&)\s")


def _code(span: Span) -> str:
    return span.ref.key.rsplit("/", 1)[-1]


def _holds(region: Span, country: Span) -> bool:
    """`country` is the state `region` is part of ('.../region/DE-BY' in '.../country/DE')."""
    if "/region/" not in region.ref.key or "/country/" not in country.ref.key:
        return False
    place = gazetteer().regions.get(region.ref.key)  # a city keyed by its GeoNames id ('gn-491422')
    return (place.country if place else _code(region).split("-", 1)[0]) == _code(country)


def located(view: Sent, before: Span, place: Span) -> Span | None:
    """`before` widened over `place` when the place only locates it: the words between it and
    the next name then read as the list or the verb they are ('Bavaria, Germany, and Kenya')."""
    close = _bracketed(view, before, place)
    if close is not None:
        return Span(before.start, close, before.ref, before.name, before.rule)
    if not _locates(view, before, place):
        return None
    return Span(before.start, place.end, before.ref, before.name, before.rule)


def _bracketed(view: Sent, before: Span, place: Span) -> int | None:
    """The end of a bracket that holds only the state a body belongs to ('the Seed Quality
    Board (Government of Kenya) and the X Authority'): a note on the body, not a side."""
    if before.ref.kind != "org" or place.ref.kind != "place" or \
            not _BRACKET_OPEN.fullmatch(view.text, before.end, place.start):
        return None
    close = _BRACKET_CLOSE.match(view.text, place.end)
    return close.end() if close else None


def _locates(view: Sent, before: Span, place: Span) -> bool:
    """Whether `place`, right after the party `before`, only says where that party is: after a
    body with a preposition of place, or after a region of its own country with a comma alone
    (the country then not coordinated with what follows)."""
    if place.ref.kind != "place":
        return False
    gap = view.text[before.end:place.start]
    if before.ref.kind == "org":
        return bool(_LOCATIVE.fullmatch(gap))
    if before.ref.kind != "place" or not _holds(before, place):
        return False
    return gap == ", " and not _COORDINATED.match(view.text, place.end) or bool(_UNIT_OF.fullmatch(gap))


# 'the Syrdarya region of Uzbekistan': the region's own noun and 'of' before the state holding it
_UNIT_OF = re.compile(r"\s+(?i:region|province|state|oblast|prefecture|county|city|district|municipality|"
                      r"governorate|emirate)\s+of\s+(?:the\s+)?")


# 'the German state of Bavaria', 'Kenya's county of Kisumu', 'the Canadian province Nova Scotia': the
# country only says whose the region is
_REGION_OF = re.compile(r"(?:['’]s?)?\s+(?:federal\s+)?(?:state|province|region|prefecture|county|city|"
                        r"municipality|emirate|governorate)\s+(?:of\s+(?:the\s+)?)?")


def qualified_region(view: Sent, country: Span, region: Span) -> bool:
    """Whether `country`, right before '<state|province|...> of' and `region`, only says which
    state holds the region: the region is the side ('the Karnataka government and the German
    state of Bavaria signed'), the country no second one."""
    return _holds(region, country) and _REGION_OF.fullmatch(view.text, country.end, region.start) is not None
