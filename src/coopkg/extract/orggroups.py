"""Capitalised runs shaped like a body's name that name no single organisation: several bodies
or office-holders of one kind named together ('the Foreign Ministries of A and B', 'Foreign
Ministers signed ...'), and the government of a sub-national place ('the Provincial
Government of X', 'the Government of X' for a province or state).  GOLD_FORMAT: descriptors
are not organisations, nor is 'the Government of X'; a region's government signs as the
region.  `orgs` and `orgcontext` ask these before they keep a name."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.orgfilters import is_country_name

_PLURAL_HEADS = lexicon.words("plural_bodies")
_HEAD = re.compile(r"\s(?:of|for|between)\s")


def names_plural_group(name: str) -> bool:
    """'Foreign Ministries (of A and B)', 'Foreign Ministers': the head — the last word before
    any 'of' — is a plural body word or an office-holder's plural title, so the run names a
    group."""
    head = _HEAD.split(name, maxsplit=1)[0].split()
    if not head or not head[-1][:1].isupper():
        return False
    return head[-1].lower() in _PLURAL_HEADS


_PLACE_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:[A-Z][\w\-]+\s+){0,2}Government\s+of\s+(?:the\s+)?"
                               r"(?P<of>[A-Z].*)$")
_STATE_FORM = re.compile(r"^(?:[A-Z][\w'’\-]+\s+){0,3}(?:Republic|Kingdom|State|Sultanate|Federation|"
                         r"Commonwealth|Emirate|Principality|Union)\s+of\s+(?:the\s+)?")


def governs_subnational(name: str) -> bool:
    """'the Provincial Government of X', 'the Government of X' where X is no country: a
    province's or state's government, which texts name as that place, not as a body (a
    country's government is read as the country elsewhere)."""
    m = _PLACE_GOVERNMENT.match(name)
    if m is None:
        return False
    place = _STATE_FORM.sub("", m.group("of"))
    return not is_country_name(place) and not is_country_name(m.group("of")) and " and " not in place


__all__ = ["governs_subnational", "names_plural_group"]
