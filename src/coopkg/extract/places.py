"""Countries and regions mentioned in a text, by name or by adjective ("Kazakh", "Chinese").

Regions are only accepted in an article that also names their country: "Islamabad" is a city in
Pakistan in a Pakistan story, and a coincidence anywhere else."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.knownfirms import named_after_place
from coopkg.extract.memo import by_text
from coopkg.extract.place_pieces import piece_spans
from coopkg.extract.place_uses import no_country_use
from coopkg.extract.placewords import capitalised, tokenise
from coopkg.reference import Gazetteer, Place, fold, gazetteer

_WORD = re.compile(r"[A-Z][\w'’.\-]*[\w]|[A-Z]")
_JOINERS = {"of", "the", "and"}
_KIND = attrgetter("kind")  # a place's kind, read in C (speed only)
MAX_NGRAM = 6


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    place: Place
    via: str  # "name" | "demonym"


def raw_mentions(text: str, gaz: Gazetteer) -> list[tuple[int, int, list[Place], str]]:
    """Longest gazetteer matches starting at capitalised words; ambiguity left to the caller."""
    if gaz is gazetteer():  # sentences and names recur: the reference gazetteer's answers kept
        return list(_raw_mentions_cached(text))
    return _raw_mentions(text, gaz)


@by_text
def _raw_mentions_cached(text: str) -> tuple[tuple[int, int, list[Place], str], ...]:
    """Its pieces' mentions (place_pieces.py): mostly scanned already by the country count."""
    return tuple((at + s, at + e, found, via) for at, piece in piece_spans(text)
                 for s, e, found, via in piece_mentions(piece))


@by_text
def piece_mentions(piece: str) -> tuple[tuple[int, int, list[Place], str], ...]:
    """One piece's mentions (reference gazetteer), kept: the country count asks for its own."""
    return tuple(_raw_mentions(piece, gazetteer()))


def _raw_mentions(text: str, gaz: Gazetteer) -> list[tuple[int, int, list[Place], str]]:
    tokens = tokenise(text)
    found = []
    after = 0  # the first token a new mention may start at (one found covers its words)
    may_start = _may_start_reference if gaz is gazetteer() else _starter(gaz)
    for i in capitalised(tokens):
        if i < after or not may_start(tokens[i][2]):
            continue
        hit = _hit(text, tokens, i, gaz)
        if hit and not (i and _part_of_name(tokens[i - 1][2], hit, text)):
            found.append(hit[:4])
            after = i + hit[4]
    return found


_CUT = re.compile(r"[\s\-'’.]")


def _first_part(word: str) -> str:
    return _CUT.split(word, 1)[0]


def _starter(gaz: Gazetteer):
    """A cheap test of whether a word can begin any name or demonym of `gaz`: most capitalised
    words begin none, and the full test (`_hit`) looks up several word sequences for each.  A
    demonym is matched from its first word up to a gap (space, hyphen, apostrophe) or dot, so
    its part before the first of those must be the word's; plurals ('Emiratis') drop an s."""
    demonym = _demonym_starter(gaz)

    def may_start(word: str) -> bool:
        return fold(word) in gaz.first_words or demonym(word)
    may_start.demonym = demonym
    return may_start


def _demonym_starter(gaz: Gazetteer):
    """The demonym half of `_starter`: also what `_demonym_at` needs of its first word."""
    firsts = frozenset(_first_part(k) for k in gaz.demonyms)

    def may_start(word: str) -> bool:
        low = word.lower()
        return _first_part(low) in firsts or (low.endswith("s") and _first_part(low[:-1]) in firsts)
    return may_start


@lru_cache(maxsize=65536)
def _may_start_demonym(word: str) -> bool:
    """Speed only: whether a word can open a reference demonym; a word with letters beyond ASCII
    is not reasoned about (its lowercase may depend on what follows it)."""
    return not word.isascii() or _reference_starter().demonym(word)


@lru_cache(maxsize=65536)
def _may_start_reference(word: str) -> bool:
    return _reference_starter()(word)


@lru_cache(maxsize=1)
def _reference_starter():
    return _starter(gazetteer())


def _hit(text: str, tokens: list[tuple[int, int, str]], i: int, gaz: Gazetteer) -> tuple | None:
    """The longest name or demonym starting at capitalised token `i`: (start, end, places,
    via, words taken); none where the country's word names something else."""
    start, _, word = tokens[i]
    hit = None
    longest = gaz.first_words.get(fold(word), 0)
    run = _run(text, tokens, i, max(min(MAX_NGRAM, longest), 3))
    for n in range(min(MAX_NGRAM, longest, run), 0, -1):
        last = tokens[i + n - 1]
        if n > 1 and last[2].lower() in _JOINERS:
            continue
        surface = text[start:last[1]]
        places = gaz.lookup(surface.replace("St. ", "St ", 1) if word == "St" else surface)
        if places:
            hit = (start, last[1], places, "name", n)
            break
    adjective = _demonym_at(text, tokens, i, gaz, run) if gaz is not gazetteer() or \
        _may_start_demonym(word) else None
    if adjective and (hit is None or adjective[4] > hit[4]):
        hit = adjective  # 'Papua New Guinean' is no mention of the province Papua
    if hit and "country" in map(_KIND, hit[2]) and no_country_use(text, hit):  # speed only: no generator
        return None
    return hit


_PART_OF = lexicon.words("place_words", "part-of")
_WIDER_DEMONYMS = lexicon.words("place_words", "wider-demonym")


def _demonym_at(text: str, tokens: list[tuple[int, int, str]], i: int, gaz: Gazetteer,
                run: int) -> tuple | None:
    """A country's adjective or demonym at token i: the longest of up to three words ('Sri
    Lankan', 'Papua New Guinean' before 'Guinean'), a plural ('Emiratis'), or a dotted
    abbreviation ('U.S.'); `run` contiguous words start at i."""
    start = tokens[i][0]
    for n in range(min(3, run), 0, -1):
        end = tokens[i + n - 1][1]
        form = text[start:end]
        if form.lower() in _WIDER_DEMONYMS:
            return None
        code = gaz.country_of_demonym(form) or (n == 1 and _demonym_variant(text, form, end, gaz))
        if code and not (i and f"{tokens[i - 1][2]} {form}".lower() in _WIDER_DEMONYMS):
            return (start, end + (text[end:end + 1] == "." and "." in form), [gaz.countries[code]],
                    "demonym", n)
    return None


def _demonym_variant(text: str, form: str, end: int, gaz: Gazetteer) -> str | None:
    """'Emiratis' (a demonym's plural) and 'U.S.' (the token lost its last dot)."""
    if "." in form and text[end:end + 1] == ".":
        return gaz.country_of_demonym(form + ".")
    if form.endswith("s") and len(form) > 4 and form[:-1].lower() not in _NOT_PLURALS:
        return gaz.country_of_demonym(form[:-1])
    return None


_NOT_PLURALS = {"lao"}  # 'Laos' is the country's name, matched as a name before this


_PART_OF_NAME_RE = re.compile(r"\s+(\w+)")


def _part_of_name(previous: str, hit: tuple, text: str) -> bool:
    """'Inner Mongolia', 'East Kazakhstan region': a country's name after a word that makes it
    the name of a region (the gazetteer knows the whole name when it is a country's own,
    'South Africa')."""
    low = previous.lower()
    if low not in _PART_OF or not previous[:1].isupper() or hit[3] != "name" or \
            not any(p.kind == "country" for p in hit[2]):
        return False
    following = _PART_OF_NAME_RE.match(text[hit[1]:])
    return low in ("inner", "outer") or bool(following and following.group(1).lower() in _AREA_WORDS)


_GAP = re.compile(r"[\s\-]+|['’]s\s+")


def _run(text: str, tokens: list[tuple[int, int, str]], i: int, most: int) -> int:
    """How many words from token i on (at most `most`) follow each other as one name may:
    the n-gram lookups of `_hit` take only that many, each gap tested once."""
    n = 1
    top = min(most, len(tokens) - i)
    while n < top:
        a, b = tokens[i + n - 1], tokens[i + n]
        gap = text[a[1]:b[0]]
        if gap != " ":  # speed only: one space (most gaps) is a gap `_GAP` takes, and no 'St. '
            dotted = a[2] == "St" or (len(a[2]) == 1 and a[2].isupper())  # 'St. Lucia', 'N. Korea'
            if dotted and gap.startswith(". "):
                gap = gap[1:]
            if "\n" in gap or not _GAP.fullmatch(gap or " "):
                break
        n += 1
    return n


def article_countries(text: str, gaz: Gazetteer) -> Counter[str]:
    counts: Counter[str] = Counter()
    for _s, _e, places, _via in raw_mentions(text, gaz):
        countries = [p for p in places if p.kind == "country"]
        if countries:
            counts[countries[0].country] += 1
    return counts


_CITY_WORDS = lexicon.words("place_words", "city")
_AREA_WORDS = lexicon.words("place_words", "area")
_FEATURE_WORDS = lexicon.words("place_words", "feature")
_MEMBER_LIST = re.compile(rf"\b(?i:{lexicon.alternation(lexicon.words('place_words', 'member-class'))})"
                          r"\s*(?:[—–-]+|,)?\s*(?:including|such\s+as|like)\s+"
                          r"(?:[A-Z][\w&.’'\-]*(?:\s[A-Z][\w&.’'\-]*)*,?\s+(?:and\s+)?)*$")


def resolve(places: list[Place], countries: set[str], next_word: str = "",
            gaz: Gazetteer | None = None) -> Place | None:
    """Pick the place meant: a country outright, else the one region whose country the article
    names ('Osh region' and 'Osh city' decide between same-named ones; a bare name is the city,
    'Almaty' not 'Almaty region'); ambiguity or an unnamed country means no place at all, but
    for a capital or China's special regions, whose name is theirs alone ('talks in Addis
    Ababa', 'Hong Kong')."""
    for place in places:
        if place.kind == "country":
            return place
    local = list({p.iri: p for p in places if p.country in countries}.values())
    if next_word in _AREA_WORDS:
        areas = [p for p in local if p.subtype.lower() not in ("city", "capital city")]
        parents = [_region(p.area) for p in local if p.area]
        local = areas or [p for p in parents if p is not None]
    elif next_word in _CITY_WORDS and len(local) > 1:
        local = [p for p in local if p.subtype.lower() in ("city", "capital city")]
    elif len(local) > 1 and gaz is not None:
        local = [p for p in local if p.iri in gaz.seats] or local
    if not local and gaz is not None and next_word not in _DOCUMENT_WORDS:
        return _world_city(places, gaz)
    return local[0] if len(local) == 1 else None


def _world_city(places: list[Place], gaz: Gazetteer) -> Place | None:
    """The capital or very large city (or special region) a name stands for when all the
    places bearing it lie in one country ('Washington' the capital, not the state)."""
    known = [p for p in places if p.iri in gaz.world_cities or p.subtype == _SPECIAL]
    if len(known) == 1 and len({p.country for p in places}) == 1:
        return known[0]
    return None


_SPECIAL = "Special administrative region"
_DOCUMENT_WORDS = lexicon.words("document_heads") | {"agreement", "agreements", "accord",
                                                     "accords", "declaration", "process",
                                                     "format", "round", "consensus", "group"}


def _region(code: str) -> Place | None:
    from coopkg.reference import gazetteer
    from coopkg.vocab import region_iri

    return gazetteer().regions.get(str(region_iri(code)))


def find_places(text: str, gaz: Gazetteer, countries: set[str] | frozenset[str]
                ) -> list[PlaceMention]:
    if len(text) < 200 and gaz is gazetteer():  # organisation names recur: cache short lookups
        return list(_find_places_cached(text, frozenset(countries)))
    return _find_places(text, gaz, countries)


@lru_cache(maxsize=4096)
def _find_places_cached(text: str, countries: frozenset[str]) -> tuple[PlaceMention, ...]:
    return tuple(_find_places(text, gazetteer(), countries))


_AREA_NAMED = re.compile(rf"\b([A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)\s+"
                         rf"(?i:{lexicon.alternation(_AREA_WORDS)})\b")


def _areas_by_spelling(text: str, gaz: Gazetteer, countries, taken: list[PlaceMention]
                       ) -> list[PlaceMention]:
    """'Qalyoubiya province': a name the text itself calls an area, matched to a subdivision of
    an article country under a looser spelling when the gazetteer has no exact form."""
    out = []
    for m in _AREA_NAMED.finditer(text):
        if any(p.start <= m.start(1) < p.end for p in taken):
            continue
        local = [p for p in gaz.lookup_loose(m.group(1)) if p.country in countries]
        if len(local) == 1:
            out.append(PlaceMention(m.start(1), m.end(1), local[0], "name"))
    return out


_FOLLOWING = re.compile(r"\s+(\w+)")


def _find_places(text: str, gaz: Gazetteer, countries) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    for start, end, places, via in raw_mentions(text, gaz):
        following = _FOLLOWING.match(text, end)
        next_word = following.group(1).lower() if following else ""
        if via == "name" and not_a_place(text, start, next_word):
            continue
        place = resolve(places, countries, next_word, gaz)
        if place is not None and place.country not in countries and place.kind == "region" and \
                not _plainly_named(text[start:end], start, place):
            continue
        if place is not None:
            out.append(PlaceMention(start, end, place, via))
    if gaz.loose:
        out = sorted(out + _areas_by_spelling(text, gaz, countries, out), key=lambda p: p.start)
    return out


def _plainly_named(surface: str, start: int, place: Place) -> bool:
    """A place of a country the article does not name is taken only when written as its own
    name: not split into syllables of a person's name ('Dr. Bo Gota' is not Bogotá), and not a
    capitalised word opening a sentence ('Male officials …'), and not a word in capitals that is
    only another spelling of it ('KABIL' is a company's acronym, not Kabul)."""
    if (" " in surface or surface.isupper()) and \
            fold(surface.replace(" ", "_")) != fold(place.label.replace(" ", "_")):
        return False
    return not (start == 0 and " " not in surface and surface.istitle())


def place_in_name(doc: Doc, sent: Sent, pm: PlaceMention) -> bool:
    """Whether a place mention is a word of a name a span already holds.  A region inside an
    organisation's name is still a region the text names (GOLD_FORMAT: 'Hebrew University of
    Jerusalem' names Jerusalem) — but not a multilateral body's, named after where it was
    founded; a word of a person's name never is a place, nor is a known
    person's surname written alone ('Santos said' after 'Ana Santos')."""
    holder = next((s for s in sent.spans if s.start <= pm.start < s.end), None)
    if holder is None:
        surface = sent.text[pm.start:pm.end]
        return pm.via == "name" and any(surface in name and surface in name.split()
                                        for name in doc.people)
    org = doc.orgs.get(holder.ref.key) if holder.ref.kind == "org" else None
    if org is not None and pm.place.kind == "region" and org.type != "IntergovernmentalOrganization" \
            and not named_after_place(org.name):  # 'Shanghai Cooperation Organisation', 'Toyota'
        doc.regions.add(pm.place.iri)
    return True


def not_a_place(text: str, start: int, next_word: str) -> bool:
    """A place's name that names something else: a geographic feature ('the Suez Canal', 'Lake
    Victoria' aside), or a member of a listed class ('firms such as Toyota and Sony')."""
    if next_word in _FEATURE_WORDS:
        return True
    return bool(_MEMBER_LIST.search(text[:start]))


__all__ = ["PlaceMention", "article_countries", "find_places", "fold", "not_a_place", "piece_mentions",
           "place_in_name", "resolve"]
