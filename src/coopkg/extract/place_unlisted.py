"""Towns the reference gazetteer does not list, named where English leaves no doubt that a place is
meant: 'the city of X', 'the municipality of X', 'X municipality', 'X city of Japan', 'the Mayor
of X', 'X, a city in northern Y'. Local news names small municipalities and districts that no
gazetteer of record holds, and a twinning of two of them is an agreement with the places as
parties (GOLD_FORMAT), so such a town becomes a region of its own: labelled as written, part of
the country the text places it in ('X city of Japan', 'X, Nepal'), else of the other country of
the article's pair when the sentence names a town of one (twinnings pair towns of two countries),
else of the dateline's or the most-named country. In a sentence of twinning, 'X in Serbia' is a
town too. The graph describes such a town in the article's own graph (build.py), since the
reference graph lacks it.

Runs after `places`: a name the gazetteer knows is already a place span, and organisations and
people hold their words (overlap policy), so 'the City of X University' stays a university."""

from __future__ import annotations

import copy
import re
from collections import ChainMap

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Ref
from coopkg.extract.overlap import add_span
from coopkg.extract.person_given import GIVEN_NAMES
from coopkg.extract.titles import TITLE_WORDS
from coopkg.name_keys import fold
from coopkg.reference import Place
from coopkg.vocab import CID

_NAME = r"(?P<n>[A-Z][a-z][\w’'\-]*(?:\s[A-Z][a-z][\w’'\-]*){0,2})"
_TOWN_NOUNS = sorted(w for w in lexicon.words("place_words", "city") if w.isascii())
_NOUNS = lexicon.alternation(_TOWN_NOUNS)
# 'the city of X', 'Mayor of X': the noun or title before; 'X municipality': the noun after it
_BEFORE = re.compile(rf"\b(?:(?:the\s+)?(?i:{_NOUNS})\s+of|(?i:mayor|mayors|deputy\s+mayor)\s+of)\s+{_NAME}")
_AFTER = re.compile(rf"(?<![\w’'\-]){_NAME}\s+(?:{_NOUNS})\b")
# 'X, a city in northern Croatia': the town apposed to its own description
_APPOSED = re.compile(rf"(?<![\w’'\-]){_NAME},\s+an?\s+(?:[a-z]+\s+)?(?:{_NOUNS})\s+(?:in|of)\s")
# the country written right after: 'X, Nepal', 'X in Serbia', 'X city of Japan', "X in Japan's"
_COUNTRY_AFTER = re.compile(rf"^(?:\s+(?:{_NOUNS}))?(?:,\s*|\s+(?:in|of)\s+(?:the\s+)?)"
                            r"(?P<c>[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){0,2})")
_NOT_NAMES = lexicon.words("not_names")
# a sentence of twinning pairs towns: there 'X in Serbia' is a town of Serbia
_TWINNING = re.compile(r"\b(?:sister|twin)", re.I)
_IN_COUNTRY = re.compile(rf"(?<![\w’'\-]){_NAME}\s+in\s+(?=[A-Z])")


def unlisted_places(doc: Doc) -> None:
    """Offer each town named after or before a town noun (or, in a twinning, before 'in' and a
    country) as a place of its own."""
    for sent in doc.sents:
        low = sent.text.lower()
        twinning = _TWINNING.search(sent.text) is not None
        if not twinning and not any(noun in low for noun in _CUE_WORDS):
            continue  # most sentences name no town noun: passed over at once
        found = [*_BEFORE.finditer(sent.text), *_AFTER.finditer(sent.text), *_APPOSED.finditer(sent.text)]
        if twinning:
            found += [m for m in _IN_COUNTRY.finditer(sent.text) if _stated(doc, sent.text[m.end("n"):])]
        for m in found:
            _offer(doc, sent, m.start("n"), m.end("n"))


_CUE_WORDS = (*_TOWN_NOUNS, "mayor")


def _offer(doc: Doc, sent: Sent, start: int, end: int) -> None:
    words = sent.text[start:end].split()
    given = next((i for i, w in enumerate(words) if i and w.lower() in GIVEN_NAMES), None)
    if given is not None:  # 'the Mayor of Victoria Jane Okoth': the town ends where a name begins
        words = words[:given]
        end = start + len(" ".join(words))
    name = " ".join(words)
    if any(w.lower() in TITLE_WORDS or w.lower() in _NOT_NAMES or w.lower() in lexicon.MONTHS
           for w in words) or doc.gaz.lookup(name) or doc.gaz.country_of_demonym(words[0]):
        return  # 'the city of Beijing' is listed; 'Mayor of Kenyan ...' names no town
    if any(s.start < end and start < s.end for s in sent.spans) or name in doc.people:
        return  # a person, an organisation or a listed place holds the words
    country = _country(doc, sent, end)
    if country is None:
        return
    iri = local_place_iri(country, name)
    place = doc.local_places.get(iri) or Place(iri, "region", name, country, None, "town")
    if add_span(doc, sent, Span(start, end, Ref("place", iri), name, "place.unlisted")):
        _register(doc, place)


def _country(doc: Doc, sent: Sent, end: int) -> str | None:
    """The country the text places the town in; else, where the sentence names a town of one
    of the article's two countries, the other one (a twinning pairs towns of two countries);
    else the dateline's or the article's most-named country."""
    stated = _stated(doc, sent.text[end:])
    if stated:
        return stated
    pair = doc.pair()
    others = {doc.gaz.regions[s.ref.key].country for s in sent.spans if s.ref.kind == "place"
              and s.ref.key in doc.gaz.regions} & set(pair)
    if len(pair) == 2 and len(others) == 1:
        return next(c for c in pair if c not in others)
    return doc.dateline or (doc.countries[0] if doc.countries else None)


def _stated(doc: Doc, after: str) -> str | None:
    m = _COUNTRY_AFTER.match(after)
    if m is None:
        return None
    words = m.group("c").removesuffix("'s").removesuffix("’s")
    return next((p.country for p in doc.gaz.lookup(words) if p.kind == "country"), None)


def local_place_iri(country: str, name: str) -> str:
    """One IRI per town and country, from the name's letters: the same town named in two
    articles is one node."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")
    return str(CID[f"region/{country.lower()}-town-{slug}"])


def _register(doc: Doc, place: Place) -> None:
    """The town joins the article's regions, and the article's own view of the gazetteer, so
    every rule that asks which country a region lies in gets an answer (the shared gazetteer
    is not touched: another article's towns are not this one's)."""
    if not doc.local_places:
        doc.gaz = copy.copy(doc.gaz)
        doc.gaz.regions = ChainMap(doc.local_places, doc.gaz.regions)
    doc.local_places[place.iri] = place
    doc.regions.add(place.iri)
