"""Diplomatic missions named with where they are: 'the embassy of X in Y', 'the Chinese embassy
in Y', "the Republic of X's Embassy in the Republic of Y" — a country's mission abroad, named as
written (with where it is), belonging to the sending country.  The scanner cannot see these
whole: 'in' is no connector of names, and a possessive or a lowercase 'embassy' breaks the run."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import ORG, Doc, Sent, Span
from coopkg.extract.facts import Org, Ref
from coopkg.extract.orgtypes import KNOWN_IGO
from coopkg.extract.overlap import add_span
from coopkg.reference import Gazetteer

_HONORIFICS = lexicon.word_pattern("mission_honorifics")
_HONORIFIC_WORDS = lexicon.words("mission_honorifics")
_KINDS = lexicon.word_pattern("mission_kinds")  # 'embassy', 'High Commission' (Commonwealth)
_RUN = r"[A-Z][\w'’\-]*(?:\s(?:of\s(?:the\s)?)?[A-Z][\w'’\-]*){0,4}"
_MISSION = re.compile(
    rf"\b(?:the\s+)?(?:(?P<owner>{_RUN})(?:['’]s|(?<=s)['’])\s+(?:[a-z]+\s+)?"
    rf"|(?:(?P<hon>{_HONORIFICS})\s+)?(?P<adj>[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}?)\s+)?"
    rf"(?P<kind>(?i:{_KINDS}"
    r"(?:\s+office)?|consular\s+office))"  # 'the X Consulate-General Office in Y': the mission's office
    rf"(?:\s+of\s+(?:the\s+)?(?P<of>{_RUN}))?"
    rf"\s+(?:in|to)\s+(?:the\s+)?(?P<in>{_RUN})")


_OWNING_PLACE = re.compile(r"(.+?)['’]s\b")


def diplomatic_missions(doc: Doc) -> None:
    """Each mission a sentence names, as one organisation over the words that name it."""
    for sent in doc.sents:
        for m in _MISSION.finditer(sent.text):
            found = _extent(doc, m)
            if found is not None:
                _add_mission(doc, sent, *found)


def _extent(doc: Doc, m: re.Match[str]) -> tuple[int, int, int, str] | None:
    """(start, where the place opens, end, sending country) of the mission's name, None when no
    sending country or no place it is in can be read."""
    if m.group("kind")[:1].islower() and m.group("kind").lower().endswith("office"):
        return None  # 'the Chinese office in Y' of a firm or agency: only 'Office' names a mission
    start, country = m.start("kind"), None
    if m.group("owner"):
        owner = _country_suffix(doc, m.group("owner"))
        if owner is not None:
            start, country = m.end("owner") - len(owner[0]), owner[1]
    elif m.group("adj") and doc.gaz.country_of_demonym(m.group("adj").rsplit(" ", 1)[-1]):
        words = m.group("adj").split(" ")
        demonym = words[-1]
        kept = " ".join(words[-2:]) if len(words) > 1 and words[-2] in _HONORIFIC_WORDS else demonym
        start = m.start("hon") if m.group("hon") and demonym == m.group("adj") else \
            m.end("adj") - len(kept)  # 'The Royal Thai Embassy in X': the honorific is the name's
        country = doc.gaz.country_of_demonym(demonym)
    elif m.group("adj") in _HONORIFIC_WORDS:
        start = m.start("adj")  # 'the Royal Consulate General of X in Y'
    elif m.group("adj") and _country_suffix(doc, m.group("adj")):
        named = _country_suffix(doc, m.group("adj"))  # 'the Sierra Leone Embassy in Y'
        start, country = m.end("adj") - len(named[0]), named[1]
    if m.group("of"):
        sender = country_prefix(doc.gaz, m.group("of"))
        if sender is None or country is not None:
            return None  # 'the embassy of Acme in Y'; "X's embassy of Y" names no one mission
        country = sender[1]
    owner = _OWNING_PLACE.match(m.group("in"))
    if country is not None and owner and _place_prefix(doc, owner.group(1)) == len(owner.group(1)):
        end = m.end("of") if m.group("of") else m.end("kind")
        return start, end, end, country  # "in Y's city of Z": where it is, said apart from its name
    size = _place_prefix(doc, m.group("in"))
    if country is None or not size:
        return None
    return start, m.start("in"), m.start("in") + size, country


def _countries(gaz: Gazetteer, text: str) -> list[str]:
    return [p.country for p in gaz.lookup(text) if p.kind == "country"]


def country_prefix(gaz: Gazetteer, words: str) -> tuple[str, str] | None:
    """The longest run of leading words that names a country ('Republic of X' in 'Republic of X
    Ada Okafor'), with its code."""
    parts = words.split(" ")
    for n in range(len(parts), 0, -1):
        codes = _countries(gaz, " ".join(parts[:n])) if parts[n - 1][:1].isupper() else []
        if codes:
            return " ".join(parts[:n]), codes[0]
    return None


def _country_suffix(doc: Doc, words: str) -> tuple[str, str] | None:
    """The longest run of closing words that names a country ('Republic of X' in 'The Republic
    of X'), with its code."""
    parts = words.split(" ")
    for n in range(len(parts)):
        codes = _countries(doc.gaz, " ".join(parts[n:])) if parts[n][:1].isupper() else []
        if codes:
            return " ".join(parts[n:]), codes[0]
    return None


def _place_prefix(doc: Doc, words: str) -> int:
    """The length of the longest run of leading words that is a place or a multilateral body
    ('to the UN'), 0 if none."""
    parts = words.split(" ")
    for n in range(len(parts), 0, -1):
        head = " ".join(parts[:n])
        if parts[n - 1][:1].isupper() and (doc.gaz.lookup(head) or head.lower() in KNOWN_IGO):
            return len(head)
    return 0


def _add_mission(doc: Doc, sent: Sent, start: int, place: int, end: int, country: str) -> None:
    name = sent.text[start:end]
    org = doc.orgs.get(name) or Org(name=name, type="GovernmentBody", country=country,
                                    evidence=sent.text, rule="org.context")
    doc.orgs.setdefault(name, org)
    for inner in [s for s in sent.spans if s.label == ORG and start <= s.start and
                  s.end <= place and s.name != org.name]:
        sent.spans.remove(inner)  # 'Embassy of X' inside 'Embassy of X in Y'
        org.aliases.add(inner.name)
    add_span(doc, sent, Span(start, end, Ref("org", org.name), org.name, "org.context"))
