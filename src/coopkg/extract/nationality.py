"""The country a person belongs to (GOLD_FORMAT: nationality as the text states it, and only a
country the article names).  Runs after linking, so it can read every span and organisation.

1. What the text writes around a mention (`country_cues`): the title phrase before the name ('Kazakh Foreign
   Minister X', "Qatar's Ambassador to Ankara X", 'Minister of Energy of Iran X', 'JICA
   Director X') or the apposition after it ('X, Consul of the Embassy of Chile').  A country
   after 'to'/'in'/'at' is where the person serves, not theirs ('ambassador to Kenya').
2. What the sentence implies in a two-country story: 'A and <Qatari> B', 'A called on B' pair
   counterparts of the two sides, so A is the side B is not; a visitor is not of the country
   visited; 'the minister's spokesman' belongs where the minister does.
A stated country (1) replaces one the title parser guessed; the inferences (2) only fill gaps."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.companions import bodies_in_titles, delegations, entourage, travellers
from coopkg.extract.country_cues import (
    LEADING,
    apposition_after,
    in_title,
    stated_country,
    title_before,
)
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.epithets import epithet_countries
from coopkg.extract.event_visits import visits
from coopkg.extract.facts import Person
from coopkg.extract.person_groups import group_members, invitation_hosts
from coopkg.extract.person_represented import represented_country

_MEETS = (r"(?:called\s+on|met|received|hosted|held\s+(?:[a-z\-]+\s+){0,3}?(?:talks|meetings?)\s+with|"
          r"talked\s+with|meet(?:s|ing)?\s+with)")  # 'held official bilateral meetings with'
_COORDINATED = re.compile(r"^\W*(?:and|&)\b[^;]*$")
_MEETING = re.compile(rf"^\W*(?:\w+\s+){{0,3}}?{_MEETS}\b|\b(?:he|she|who)\s+(?:\w+\s+)?{_MEETS}\b|"
                      r"\bto\s+meet\s+(?:with\s+)?(?:[A-Z][\w\-]*\s*,?\s+){0,5}$")  # 'arrived ... to meet X'


def person_countries(doc: Doc) -> None:
    """Every person's country: stated cues first, then the pairwise inferences."""
    mentions = _mentions(doc)
    for person in doc.people.values():
        stated = next((c for sent, span in mentions.get(person.name, [])
                       if (c := stated_country(doc, sent, span))), None)
        if stated and person.rule != "person.respective":  # its title gave each their own
            person.country = stated
        elif person.country is None:
            person.country = next((c for sent, span in mentions.get(person.name, [])
                                   if (c := represented_country(doc, sent, span))), None)
    for rule in (_visitors, _envoys):
        rule(doc, mentions)
    epithet_countries(doc)  # 'the Kenyan head of state', 'her Chilean counterpart'
    # Speed only: the rules below read a sentence's person spans and find nothing in a sentence
    # without any (most), so they are given only the sentences that have some; spans do not
    # change in this stage.
    pairs = [(sent, people) for sent in doc.sents
             if len(people := [s for s in sent.spans if s.ref.kind == "person"]) > 1]
    named = [sent for sent in doc.sents
             if any(s.ref.kind == "person" and s.rule != "person.pronoun" for s in sent.spans)]
    group_members(doc, named)  # 'several Ugandan officials, including Minister X and ...'
    invitation_hosts(doc, named)  # 'will visit Uganda at the invitation of President X'
    _counterparts(doc, pairs)
    _possessor_titles(doc, mentions)
    _counterparts(doc, pairs)
    travellers(doc, named)  # 'X will travel to Gaborone'
    entourage(doc, named)  # 'X will be accompanied by A, Minister of ...'
    delegations(doc, named)  # 'the Ghanaian delegation included A, ...'
    bodies_in_titles(doc)  # 'Rector of the Institute'


def _mentions(doc: Doc) -> dict[str, list[tuple[Sent, Span]]]:
    out: dict[str, list[tuple[Sent, Span]]] = {}
    for sent in [*doc.sents, *doc.captions]:
        for span in sent.spans:
            if span.ref.kind == "person" and span.rule != "person.pronoun":
                out.setdefault(span.ref.key, []).append((sent, span))
    return out


def _other_side(doc: Doc, code: str) -> str | None:
    """The one other country of a two-country story; an article naming more countries (pacts
    of one country's universities with three others) has no single other side."""
    pair = doc.pair()
    if len(doc.countries) == 2 and code in pair:
        return pair[1] if pair[0] == code else pair[0]
    return None


def _counterparts(doc: Doc, pairs: list[tuple[Sent, list[Span]]]) -> None:
    """'A and Qatar's minister B', 'A called on President B', 'A met with B, C and D': in a
    two-country story the people a sentence pairs are counterparts — A is of the side B is not.
    In 'A and B' the stated country must sit on B only ('Chinese President X and Premier Y' are
    compatriots); a meeting verb pairs both ways and carries over a list of those met.  `pairs`:
    each sentence with two person spans or more, and those spans."""
    for sent, people in pairs:
        host: Span | None = None
        for first, second in zip(people, people[1:], strict=False):
            between = sent.text[first.end:second.start]
            if _MEETING.search(between):
                host = first
                _pair_up(doc, sent, first, second, meeting=True)
            elif host is not None and _listed(between):
                _pair_up(doc, sent, host, second, meeting=True)
            else:
                host = None
                if _COORDINATED.match(between):
                    _pair_up(doc, sent, first, second, meeting=False)
                    if _SIGNED_BY.search(sent.text, 0, first.start):
                        _signatories(doc, sent, first, second)


# 'The plan was signed by A and B': the two signatories of a bilateral document sign for its two
# sides, so a country stated on A alone makes B the other side's
_SIGNED_BY = re.compile(rf"\b{lexicon.word_pattern('signing_verbs')}\s+by\s+(?:[^,;]*,\s*)?"
                        r"(?:the\s+)?[^;]{0,120}$")


def _signatories(doc: Doc, sent: Sent, first: Span, second: Span) -> None:
    """A demonym opening A's title ('Chilean Minister A and Minister B') may speak for both."""
    a, b = doc.people.get(first.ref.key), doc.people.get(second.ref.key)
    start, end = title_before(sent, first)
    lead = sent.text[start:end].split()[:1]
    if a is None or b is None or a is b or stated_country(doc, sent, second) is not None or \
            lead and doc.gaz.country_of_demonym(lead[0]):
        return
    _fill_opposite(doc, b, a, stated_country(doc, sent, first))


_LISTED_RE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)")


def _listed(between: str) -> bool:
    """', the Academy Vice President ': the next item of a list of titled people."""
    return bool(_LISTED_RE.match(between)) and all(
        in_title(w.rstrip(","), "") or w.lower() in LEADING for w in between.split() if w != ",")


def _pair_up(doc: Doc, sent: Sent, first: Span, second: Span, meeting: bool) -> None:
    """Coordination needs B's country stated right here; a meeting pairs what is known."""
    if first.ref == second.ref:
        return
    a, b = doc.people.get(first.ref.key), doc.people.get(second.ref.key)
    if a is None or b is None:
        return
    _fill_opposite(doc, a, b, b.country if meeting else stated_country(doc, sent, second))
    if meeting:
        _fill_opposite(doc, b, a, a.country)


def _fill_opposite(doc: Doc, target: Person, other: Person, other_stated: str | None) -> None:
    if target.country is None and other_stated and other.country == other_stated:
        target.country = _other_side(doc, other_stated)


_VISIT_WORD = re.compile(r"\b(?:visit|trip|tour|arrived)", re.I)


def _visitors(doc: Doc, mentions: dict[str, list[tuple[Sent, Span]]]) -> None:
    """A person's visit to a place: they are of the article's other country (or the only one
    left when they visit several).  Only a person with no country yet is given one: once
    every person has one, the visits are not looked for (speed only)."""
    for sent in doc.sents:
        if all(person.country is not None for person in doc.people.values()):
            return
        if not _VISIT_WORD.search(sent.text):
            continue
        for mention in visits(doc, sent):
            event = mention.event
            visited = _country_of_iri(doc, event.location)
            if visited in _listed_countries(sent):
                continue  # 'X visited Chile and Peru': a tour names no single other side
            for ref in event.participants:
                person = doc.people.get(ref.key) if ref.kind == "person" else None
                if person is None or person.country is not None or visited is None:
                    continue
                rest = [c for c in doc.countries if c != visited]
                person.country = rest[0] if len(rest) == 1 else _other_side(doc, visited)


_LISTED_COUNTRIES_RE = re.compile(r",?\s+and\s+|,\s+")


def _listed_countries(sent: Sent) -> set[str]:
    """Countries written in a list ('Chile and Peru', 'Chile, Peru')."""
    places = [s for s in sent.spans if s.ref.kind == "place" and "/country/" in s.ref.key]
    out = set()
    for a, b in zip(places, places[1:], strict=False):
        if _LISTED_COUNTRIES_RE.fullmatch(sent.text[a.end:b.start]):
            out |= {a.ref.key.rsplit("/", 1)[-1], b.ref.key.rsplit("/", 1)[-1]}
    return out


_ENVOY = re.compile(rf"\b(?i:{lexicon.alternation(lexicon.words('envoy_titles'))})\s+"
                    r"(?:to|in)\s+(?:the\s+)?(?P<place>.+)$")


def _envoys(doc: Doc, mentions: dict[str, list[tuple[Sent, Span]]]) -> None:
    """'Ambassador to Nairobi X': an envoy serves in one country of a two-country story and
    comes from the other."""
    from coopkg.extract.places import find_places

    for person in doc.people.values():
        for sent, span in mentions.get(person.name, []) if person.country is None else []:
            start, end = title_before(sent, span)
            m = _ENVOY.search(sent.text[start:end])
            places = find_places(m.group("place"), doc.gaz, set(doc.countries)) if m else []
            if places:
                person.country = _other_side(doc, places[0].place.country)
                break


def _country_of_iri(doc: Doc, iri: str | None) -> str | None:
    if not iri:
        return None
    place = doc.gaz.regions.get(iri)
    if place is not None:
        return place.country
    return next((code for code, p in doc.gaz.countries.items() if p.iri == iri), None)


_POSSESSOR_TITLES_RE = re.compile(r"\b(?:the|his|her)\s+([a-z\-]+)['’]s\s")
_POSSESSOR_TITLES_RE2 = re.compile(r"\bto\s+(?:the\s+)?(\w+)$")


def _possessor_titles(doc: Doc, mentions: dict[str, list[tuple[Sent, Span]]]) -> None:
    """'X, the minister's spokesman': X is of the country of the one person with that title."""
    for person in doc.people.values():
        if person.country is not None:
            continue
        for sent, span in mentions.get(person.name, []):
            start, end = apposition_after(sent, span)
            m = _POSSESSOR_TITLES_RE.search(sent.text[start:end])
            start, end = title_before(sent, span)
            m = m or _POSSESSOR_TITLES_RE2.search(sent.text[start:end])
            title = m.group(1).lower() if m else None
            holders = [p for p in doc.people.values() if p is not person and p.role and title
                       and title in p.role.lower().split()]
            if len(holders) == 1 and holders[0].country:
                person.country = holders[0].country
                break
