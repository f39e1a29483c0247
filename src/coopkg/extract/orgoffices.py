"""Country offices named by their parent's short form and the host place: 'the KDA Malawi
Office', 'TIKA Lima Representative Office'. An agency's or firm's office abroad belongs to the
parent, of the parent's country, as an embassy belongs to the sending state; the place in the
name says where the office sits, which `orgattrs` would otherwise read as its country. Runs
after the dateline rule and before people's countries, which read their affiliations' country."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc
from coopkg.extract.facts import Org

_HEADS = lexicon.words("agency_offices")
# a short form of two capitals or more ('KDA', 'UNDP', 'GiZ'), then the capitalised words of
# the place and the office's head
_SHORT_FORM_OPENED = re.compile(r"^(?:the\s+)?(?P<short>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s+(?P<rest>.+)$")


def _office_of(org: Org) -> str | None:
    """The short form opening an office's name, when the name ends in an office head."""
    m = _SHORT_FORM_OPENED.match(org.name)
    if m is None or not org.name.lower().endswith(tuple(f" {h}" for h in _HEADS)):
        return None
    return m.group("short")


def _owners(doc: Doc) -> dict[str, Org]:
    """Every organisation by its lowercased name and aliases."""
    out: dict[str, Org] = {}
    for org in doc.orgs.values():
        for form in (org.name, *org.aliases):
            out.setdefault(form.lower(), org)
    return out


def office_countries(doc: Doc) -> None:
    """An office named '<parent short form> <place> Office' takes its parent's country when the
    article names the parent with a country of its own."""
    owners = _owners(doc)
    for org in doc.orgs.values():
        short = _office_of(org)
        parent = owners.get(short.lower()) if short else None
        if parent is None or parent is org or parent.country is None:
            continue
        if org.country != parent.country:
            org.country, org.region = parent.country, None
