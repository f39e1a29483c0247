"""Attributes of an organisation from its name and the words around it: its country and region
('Xinjiang ... Incubator', 'X, a Brazilian mining company', 'X in Almaty, Kazakhstan',
"South Korea's X"), and its parent body ('the Department of X under the Y Ministry')."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.cues import lowered
from coopkg.extract.doc import Doc
from coopkg.extract.facts import Org
from coopkg.extract.knownfirms import firm_country, known_firm, named_after_place
from coopkg.extract.lexicon import confidence
from coopkg.extract.literals import necessary
from coopkg.extract.orgclasses import civic_body, state_form_owner
from coopkg.extract.orgs import SPAN
from coopkg.extract.orgsides import listed_with, other_side
from coopkg.extract.orgsplit import cut_after_head
from coopkg.extract.orgtrim import trim_span
from coopkg.extract.orgtypes import (
    KNOWN_IGO,
    has_org_keyword,
    head_of,
    is_shared,
    keywords_in,
    media_country,
)
from coopkg.extract.places import find_places
from coopkg.reference import Gazetteer, gazetteer

_APPOSITION = re.compile(r"^,?\s+(?:a|an|the)\s+(?:(?:leading|major|large|small|big|state-owned|private|"
                         r"public)\s+)?(?P<adj>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)\s+(?:[a-z][\w\-]*\s+){0,2}?"
                         r"(?:company|firm|enterprise|group|corporation|agency|institute|university|"
                         r"foundation|organi[sz]ation|body|bank|airline|carrier|broadcaster|operator|"
                         r"producer|manufacturer|developer|maker|conglomerate|giant|startup|start-up|"
                         r"think[\s\-]tank|newspaper|lender|insurer|miner|utility)")
# 'X, Kenya's largest gold producer': the country whose body the apposition says it is
_APPOSED_OWNER = re.compile(rf"^,\s+(?:one\s+of\s+)?(?P<c>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)['’]s\s+"
                            rf"(?:[a-z][\w\-]*\s+){{0,3}}"
                            rf"{lexicon.word_pattern('org_descriptors')}\b")
# 'X, the apex body of Kenyan traders': a body said to be of one nation's members or trade
_BODY_OF_NATIONALS = re.compile(r"^,\s+(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:body|association|"
                                r"organi[sz]ation|federation|union|chamber|council|forum)\s+(?:of|for|"
                                r"representing)\s+(?:the\s+)?(?P<adj>[A-Z][\w\-]+)\s+[a-z]")


def _body_of_nationals(after: str, gaz: Gazetteer) -> str | None:
    """The country whose nationals the apposition says the body gathers ('the apex body of Kenyan
    traders', 'an association for Ugandan exporters')."""
    m = _BODY_OF_NATIONALS.match(after)
    return gaz.country_of_demonym(m.group("adj")) if m else None


# ', Kenya', 'Acme of Uganda', 'Ministry of X, Government of India': the country written after the name
_COUNTRY_AFTER = re.compile(r"^(?:,|\sof)\s+(?:(?:the\s+)?Gov(?:ernmen)?t\.?\s+of\s+(?:the\s+)?)?(?P<c>"
                            r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2})"
                            r"(?=\s+and\s|,|\)|[.;]?$|\s+(?:signed|has|have|will|is|was)\b)")
# 'Acme Telecom (Kenya)': the country written in brackets right after the name
_COUNTRY_BRACKETED = re.compile(r"^\s?\((?P<c>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2})\)")
# 'the University of KSU, Mombasa': a university's or institute's town written after its name
_CAMPUS_TOWN = re.compile(r"^,\s(?P<place>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)"
                          r"(?=[,.;)]|\s(?:and|signed|has|have|will|is|was|and)\b)")
_SEATED = ("University", "ResearchInstitute")
_ATTRIBUTION = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]ited\s+by|[Qq]uoted\s+by)\s+(?:the\s+)?$")
# 'the Nairobi-based X': where it is based
_BASED = re.compile(r"\b[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?(?=-based\s+(?:[a-z][\w\-]*\s+){0,2}$)")
_LOCATED = re.compile(r"^\s+(?:in|at|based in|located in)\s+(?P<place>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)"
                      r"(?:,\s*(?P<country>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?))?")


_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:(?:(?:Federal|Royal|National|Central)\s+)?"
                         r"(?:[Gg]overnment|[Ss]tate)\s+of\s+(?:the\s+)?(?P<of>.+)|(?P<adj>.+?)(?:['’]s?)?\s+(?:Federal\s+)?[Gg]overnment)$")


_GOVERNMENT_CUES = tuple(sorted(necessary(_GOVERNMENT.pattern, _GOVERNMENT.flags) or ()))


def government_of(name: str, gaz: Gazetteer) -> str | None:
    """'the Government of Kenya', 'the Kenyan Government': the state itself, which an agreement
    names by its country code (GOLD_FORMAT), not an organisation.  Speed only: most names asked
    hold neither cue of the pattern (literals.py), tested on the lowered name before its scan."""
    low = lowered(name) if _GOVERNMENT_CUES else None
    if low is not None and not any(map(low.__contains__, _GOVERNMENT_CUES)):
        return None
    m = _GOVERNMENT.match(name)
    if not m:
        return None
    words = m.group("of") or m.group("adj")
    if gaz.country_of_demonym(words):
        return gaz.country_of_demonym(words)
    hits = [p.country for p in gaz.lookup(re.sub(r"^Republic\s+of\s+(?:the\s+)?", "", words))
            if p.kind == "country"]
    return hits[0] if hits else None


_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s?\s+$")


def owned_name(doc: Doc, name: str, written: str) -> str:
    """"Kenya's Ministry of Education" and "Uganda's Ministry of Education": when a place's
    possessive gives a name already held by another country's body, the second body keeps its
    written form as its name, so the two countries' ministries stay two."""
    known = doc.orgs.get(name)
    owner = _POSSESSIVE.match(written[:-len(name)]) if written.endswith(name) else None
    if known is None or known.country is None or owner is None:
        return name
    found = [m.place.country for m in find_places(owner.group("owner"), doc.gaz, set(doc.countries))]
    return written if found and found[-1] != known.country else name


# Speed only: one-off tests compiled once as bound methods (no `re` cache lookup per call;
# bound methods, so cues.gate_modules leaves them ungated); the same patterns and flags
_UNDER_THE = re.compile(r"\s+(?:under|of|at)\s+the\s+").match
_OF_UNDER = re.compile(r"\s(?:of|under)\s+(?:the\s+)?").finditer
_FOR_ON_SPLIT = re.compile(r"\s(?:for|on)\s").split
_OF_TAIL = re.compile(r"\b(?:of|de|do|da|di|del|des|du)\s+(?:the\s+)?([\w'’\- ]+?)"  # '... of X province': X
                     rf"(?:\s(?:{lexicon.alternation(lexicon.words('admin_place_nouns'))}))?$").search


def parent_after(sentence: str, end: int) -> str | None:
    """'the Department of X under the Lao Ministry of Y' → its parent is the ministry."""
    m = _UNDER_THE(sentence[end:])
    if not m:
        return None
    rest = sentence[end + m.end():]
    span = SPAN.match(rest)
    if span:
        name, _start = trim_span(span.group(), 0)
        name = cut_after_head(name)
        if has_org_keyword(name) and not _is_state(name):
            return name
    return None


def parent_of(name: str) -> str | None:
    """'Institute of X of the Academy of Sciences of Y' → 'Academy of Sciences of Y'; 'Executive
    Board of UNESCO' → 'UNESCO' (a known multilateral body needs no 'the')."""
    for m in _OF_UNDER(name):
        left, right = name[: m.start()], name[m.end():]
        igo = right.lower() in KNOWN_IGO
        if not (igo or m.group().rstrip().endswith("the")):
            continue
        if has_org_keyword(left) and (has_org_keyword(right) or igo) and \
                not _is_state(right) and (" " in right or igo) and ", " not in right:
            return right  # not 'of the Government', 'of the Presidency, Justice and X': a type
    return None  # word alone or a list of fields names no parent


def _is_state(name: str) -> bool:
    """'Government of the Republic of X', 'the Russian Federation': the state a body is under,
    no parent body."""
    return government_of(name, gazetteer()) is not None or \
        any(p.kind == "country" for p in gazetteer().lookup(name))  # 'the Russian Federation'


_OWNER = re.compile(rf"(?P<owner>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){{0,2}})(?:['’]s|(?<=s)['’])\s+"
                    rf"(?:(?:[a-z][\w\-]*\s+){{0,2}}{lexicon.word_pattern('org_descriptors')}\s+|"
                    r"(?:state|government)-(?:owned|run|controlled)\s+)?$")  # "Kenya's state-owned X"


_DEMONYM_KIND = re.compile(rf"\b(?P<adj>[A-Z][a-z]+)\s+(?:[a-z][\w\-]*\s+){{0,2}}"
                          rf"{lexicon.word_pattern('org_descriptors')}\s+[\"“]?$")  # 'company “X”'


_KIND_ENDS = frozenset(w.split()[-1] for w in lexicon.words("org_descriptors"))


_OWNED_ENDS = ("'s", "’s", "'", "’", "-owned", "-run", "-controlled")


def _may_end_owned(before: str) -> bool:
    """Speed only: `_OWNER` ends in whitespace after a possessive, a kind word or a word like
    'state-owned', so the last word of `before` must end so for it to match (searched from
    every capital, it costs the text's length at each name)."""
    last = before.rsplit(None, 1)[-1:] if before[-1:].isspace() else []
    return bool(last) and (last[0].endswith(_OWNED_ENDS) or last[0] in _KIND_ENDS)


def _may_close_pair(before: str) -> bool:
    """Speed only: `_OWNER_OF_PAIR` ends in whitespace, 'and' and whitespace, maybe 'the' and
    whitespace: read from the end, the text must close so for it to match."""
    core = before.rstrip()
    if len(core) == len(before):
        return False
    if core.endswith("the") and core[-4:-3].isspace():
        core = core[:-3].rstrip()
    return core.endswith("and") and core[-4:-3].isspace()


def _may_end_in_kind(before: str) -> bool:
    """Speed only: `_DEMONYM_KIND` ends in a kind word ahead of whitespace and an opening quote,
    so the last word of `before`, read from the end, must close a kind for it to match."""
    last = before.rstrip().rstrip("\"“").rsplit(None, 1)[-1:]
    return bool(last) and last[0] in _KIND_ENDS


def _described_country(before: str, gaz: Gazetteer) -> str | None:
    """'the German firm X', 'Chilean copper miner X': the demonym of the kind that introduces a
    name gives its country."""
    m = _DEMONYM_KIND.search(before) if _may_end_in_kind(before) else None
    return gaz.country_of_demonym(m.group("adj")) if m else None


def attribute(org: Org, sentence: str, end: int, gaz: Gazetteer, countries: set[str]) -> None:
    """Country and region from the name, then from the words right before and after it."""
    _from_name(org, gaz, countries)
    before = sentence[:max(0, sentence.rfind(org.name, 0, end))]
    owner = _OWNER.search(before) if _may_end_owned(before) else None
    if owner and org.country is None and org.type != "IntergovernmentalOrganization":
        hits = [m.place for m in find_places(owner.group("owner"), gaz, countries)]
        if hits:
            org.country = hits[-1].country
    if org.country is None and org.type != "IntergovernmentalOrganization":
        org.country = _described_country(before, gaz) or \
            _coordinated_country(org.name, before, sentence[end:], gaz)
    based = _BASED.search(before)
    if based and org.country is None and org.type != "IntergovernmentalOrganization":
        _place_from_context(org, based, gaz, countries)
    after = sentence[end:]
    appo = _APPOSITION.match(after)
    if appo and gaz.country_of_demonym(appo.group("adj")):
        org.country = gaz.country_of_demonym(appo.group("adj"))
    owned = _APPOSED_OWNER.match(after)
    if owned and org.country is None:
        org.country = next((p.country for p in gaz.lookup(owned.group("c")) if p.kind == "country"),
                           None)
    org.country = org.country or _body_of_nationals(after, gaz)
    located = _LOCATED.match(after) or _CAMPUS_TOWN.match(after) if org.type in _SEATED else \
        _LOCATED.match(after)
    if located and org.type != "IntergovernmentalOrganization":
        _place_from_context(org, located, gaz, countries)
    placed = None if _ATTRIBUTION.search(before) else \
        _COUNTRY_AFTER.match(after) or _COUNTRY_BRACKETED.match(after)
    if placed and org.country is None and org.type != "IntergovernmentalOrganization":
        org.country = next((p.country for p in gaz.lookup(placed.group("c")) if p.kind == "country"),
                           None)
    owner = _long_form_owner(after) if org.country is None else None  # 'of the FDR Ethiopia'
    if owner:
        org.country = next((p.country for p in gaz.lookup(owner) if p.kind == "country"), None)
    if org.country is None:
        org.country = media_country(org.name) or firm_country(org.name, countries)
    if is_shared(org.name) and media_country(org.name) is None:  # 'Gulf News' is one country's
        org.country = None


_DEFINED = re.compile(r"^\s?\([A-Z][A-Za-z&]{1,14}\)")
_LONG_FORM = re.compile(r"^\sof\sthe\s(?P<c>(?:[A-Z][\w\-]+\s){0,3}(?:Republic|Kingdom|Federation|State|"
                        r"Sultanate|Emirate|Principality)\sof\s(?:the\s)?[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)")


def _long_form_owner(after: str) -> str | None:
    """The country after a body's name, written as a state ('of the FDR Ethiopia', 'of the United
    Republic of Tanzania'), also after the bracketed short form the name defines ('Institute of
    Marine Research (IMR) of the Republic of X'): the short form sits between name and owner."""
    bracket = _DEFINED.match(after)
    rest = after[bracket.end():] if bracket else after
    long_form = _LONG_FORM.match(rest)
    return long_form.group("c") if long_form else state_form_owner(rest)


# "Kenya's University of X and University of Y": the owner before the first of two names
_OWNER_OF_PAIR = re.compile(r"(?P<owner>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})['’]s\s+"
                            r"(?:[A-Z][\w'’\-&]*\s+(?:(?:of|for|and|the|on)\s+)*){1,8}"
                            r"(?:\([A-Z]{2,9}\)\s+)?and\s+(?:the\s+)?$")
# 'X Institute (XI) and Y Institute (YI) of Kenya': the country after the second of two names
_PAIR_OF_COUNTRY = re.compile(r"^\s?(?:\([A-Z]{2,9}\)\s*)?(?:\s+and\s+(?:the\s+)?"
                              r"(?P<other>(?:[A-Z][\w'’\-&]*\s+(?:(?:of|for|and|the|on)\s+)*){0,7}[A-Z][\w'’\-&]*)"
                              r"(?:\s\([A-Z]{2,9}\))?)?\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)\b")


def _coordinated_country(name: str, before: str, after: str, gaz: Gazetteer) -> str | None:
    """Two bodies of one kind joined by 'and' share what is said of the pair: "Kenya's
    University of X and University of Y" (both Kenyan), 'X Institute (XI) and Y Institute (YI) of
    Kenya' (both Kenyan); a bare name after a typed one ("Kenya's X Company and Acme") may be
    anyone's."""
    if not has_org_keyword(name):
        return None
    tail = before[-200:]
    owner = _OWNER_OF_PAIR.search(tail) if _may_close_pair(tail) else None
    if owner and _same_kind(owner.group(0)[len(owner.group("owner")) + 2:], name):
        hits = [p.country for p in gaz.lookup(owner.group("owner")) if p.kind == "country"]
        if hits:
            return hits[0]
    tail = _PAIR_OF_COUNTRY.match(after[:200])
    if tail and (tail.group("other") is None or _same_kind(tail.group("other"), name)):
        return next((p.country for p in gaz.lookup(tail.group("c")) if p.kind == "country"), None)
    return None


def _same_kind(first: str, second: str) -> bool:
    """Two names with one type word ('University of X and University of Y'): a pair of the same
    kind of body, not a department of one state and a service of another."""
    return bool(set(keywords_in(head_of(first))) & set(keywords_in(head_of(second))))


_PLACED_IN = re.compile(r"\sin\s+(?:the\s+)?([A-Z][\w'’\- ]+)$")


def _from_name(org: Org, gaz: Gazetteer, countries: set[str]) -> None:
    """'Ministry of X of Kenya', 'Nairobi X Centre', 'University of Nairobi', 'Kenyan X Board'."""
    head = _FOR_ON_SPLIT(org.name, maxsplit=1)[0]
    mentions = find_places(head, gaz, countries)
    lead = 4 if head.startswith("The ") else 0
    region = next((m.place for m in mentions if m.place.kind == "region" and m.start == lead),
                  None)
    named = [m.place.country for m in mentions if m.place.kind == "country"]
    tail = _OF_TAIL(org.name)
    tail_hits = find_places(tail.group(1), gaz, countries) if tail else []
    last = tail_hits[-1].place if tail_hits and tail_hits[-1].end == len(tail.group(1)) else None
    if last is not None and last.kind != "country" and region is None:
        region = last  # 'University of Nairobi'
    if region is not None and named_after_place(org.name):
        region = None  # 'Toyota' the firm is named after, not seated in, the city
    placed = _PLACED_IN.search(org.name)
    there = [p.country for p in gaz.lookup(placed.group(1)) if p.kind == "country"] if placed else []
    if org.type == "IntergovernmentalOrganization":
        org.country = None
    elif there:
        org.country = there[0]  # 'X University in Egypt', 'Kenyan Traders Association in Uganda'
    elif last is not None and last.kind == "country":
        org.country = last.country
    elif region is not None:
        org.region, org.country = region.iri, region.country
    elif len(set(named)) == 1:
        org.country = named[0]
    elif named:
        org.country = _opening_country(head, mentions, lead)


def _opening_country(head: str, mentions: list, lead: int) -> str | None:
    """'Kenya Association of Exporters of Ugandan Goods': a country opening the name is the
    body's when every other country is in its 'of' complement (what it deals in, not whose it
    is); 'Kenya-Uganda Joint Commission' names two before any 'of'."""
    of = head.find(" of ")
    first = mentions[0]
    if first.start != lead or first.place.kind != "country" or of < 0:
        return None
    others = [m for m in mentions[1:] if m.place.kind == "country" and m.place.country != first.place.country]
    return first.place.country if all(m.start > of for m in others) else None


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




def home_country(doc: Doc) -> None:
    """A national body written without its country ('the Ministry of Education', 'the State
    Duma') is, in news, the publisher's own, or else that of the country the story is most
    about ('the Uzbek experts visited the Innovation Agency': the one named nearest is often
    the visitor's).  A weak rule: it runs after the dateline rule, and only for government
    bodies (and councils of a country's chiefs or citizens), since universities, institutes and
    companies are as often the other country's; a known agency ('JICA') is its own country's,
    which GOLD_FORMAT leaves out when the article does not name it."""
    home = publisher_country(doc)
    first = doc.countries[0] if doc.countries else None
    for org in doc.orgs.values():
        if org.country is None and org.region is None and \
                (org.type == "GovernmentBody" or civic_body(org.name)) and \
                org.rule != "org.context" and known_firm(org.name) is None and \
                not is_shared(org.name) and not _owner_named(org):
            org.country = other_side(doc, org) or listed_with(doc, org) or home or first
            org.confidence = min(org.confidence, confidence("org.home"))


def _owner_named(org: Org) -> bool:
    """'Ministry of Fisheries and Water of Ruritania' (in the name or right after it): a second
    'of' after the topic names whose body it is, though the gazetteer may not know the place."""
    parts = org.name.split(" of ")
    return len(parts) > 2 and not has_org_keyword(parts[-1]) or _of_after(org.name, org.evidence)


_OF_PLACE = re.compile(r",?\s+of\s+(?:the\s+)?[A-Z]")


def _of_after(name: str, text: str) -> bool:
    """Whether 'of <Capitalised>' follows some occurrence of `name` in `text`: found with str.find
    and one fixed pattern, since a pattern built from each name is compiled anew."""
    at = text.find(name)
    while at >= 0:
        if _OF_PLACE.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def publisher_country(doc: Doc) -> str | None:
    """'Interfax', 'The Namibian Economist', 'Pulse Live Kenya': the country of a known outlet or
    the one its name states — if the story names that country."""
    source = doc.article.source
    head = re.split(r"\s*[(/,]", source, maxsplit=1)[0]
    found = media_country(head) or next(
        (m.place.country for m in find_places(source, doc.gaz, set(doc.countries))), None)
    return found if found in doc.countries else None
