"""The country of a body named as one side of a pair: 'an MoU between the Ugandan Development
Agency and the Ministry of Finance' — a deal between two bodies is, in news of two countries,
mostly between one body of each, so the body written without its country is of the country the
other side is not.  Used by the home-country guess (orgattrs.home_country) before it falls back
on the publisher's or the story's first country, which gives both sides one country."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc
from coopkg.extract.facts import Org

_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?P<a>[A-Z][^,;]*?)\s+and\s+(?:the\s+)?(?P<b>[A-Z][^,;]*)")


def other_side(doc: Doc, org: Org) -> str | None:
    """The article's other leading country when `org` and a body of known country are the two
    sides of one 'between A and B' (either order); None when the story names one country or the
    partner is not placed."""
    if len(doc.countries) < 2 or "between" not in org.evidence:
        return None
    for m in _BETWEEN.finditer(org.evidence):
        first, second = m.group("a"), m.group("b")
        if second.startswith(org.name):
            partner = _placed(doc, first, org)
        elif first == org.name:
            partner = _placed_start(doc, second, org)
        else:
            continue
        if partner is not None and partner in doc.countries[:2]:
            return next(c for c in doc.countries[:2] if c != partner)
    return None


def _placed(doc: Doc, text: str, org: Org) -> str | None:
    """The country of the body named exactly `text`."""
    other = doc.orgs.get(text)
    return other.country if other is not None and other is not org else None


def _placed_start(doc: Doc, text: str, org: Org) -> str | None:
    """The country of a placed body whose name opens `text`."""
    for other in doc.orgs.values():
        if other is not org and other.country and text.startswith(other.name):
            return other.country
    return None


__all__ = ["other_side"]


_LIST_GAP = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


def listed_with(doc: Doc, org: Org) -> str | None:
    """'met the Fire Service of Ghana, the Lotteries Agency and the Ghana Ports Authority': a
    body listed between bodies of one stated country is of that country (a list of the bodies
    a delegation met is of the host's); None when its neighbours' countries differ or are
    unknown, and inside 'between ...', whose list names the two sides (other_side reads it)."""
    text = org.evidence
    at = text.find(org.name)
    if at < 0 or "between" in text[:at].rsplit(";", 1)[-1]:
        return None
    before, after = text[:at], text[at + len(org.name):]
    found = set()
    for other in doc.orgs.values():
        if other is org or other.country is None or other.name not in text:
            continue
        gap = _LIST_GAP.match(after)
        if gap and after.startswith(other.name, gap.end()) or \
                any(before.endswith(other.name + g) for g in _gaps(before)):
            found.add(other.country)
    return found.pop() if len(found) == 1 else None


_GAP_BEFORE = re.compile(r"(?:,\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)$")


def _gaps(before: str) -> list[str]:
    """The list separator that closes `before` (', the', ' and '), if any."""
    m = _GAP_BEFORE.search(before)
    return [m.group()] if m else []
