"""Person countries the story's movements imply (inferences that only fill gaps, run with the
other ones of `nationality`): a person who travels to a place of one of the two countries is of
the other one ('X will travel to Gaborone'), and the people who accompany a leader ('X will be
accompanied by A, Minister of ...; B, ...') are of the leader's country — a delegation travels
with its head.  A title naming a body by its type word alone ('Rector of the Institute') is of
the country of the one body of the article of that type.

`travellers`, `entourage` and `delegations` read only the sentences given (all by default): a
sentence naming no person gives them nothing (speed only: nationality passes those that do)."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.orgtypes import keywords_in

_TRAVELS = re.compile(r"^\s*(?:,\s*(?:[A-Z][\w\-]*\s+){0,4})?"  # ', President will travel'
                      r"(?:(?:will|would|is\s+to|is\s+due\s+to|is\s+set\s+to|has|had|also|"
                      r"then|later)\s+)*(?:travel(?:s|led|ed)?\s+to|fl(?:y|ies|ew)\s+to|"
                      r"head(?:s|ed)?\s+to|left\s+for|depart(?:s|ed)?\s+for|"
                      r"arriv(?:e|es|ed)\s+in)\s+(?:the\s+)?"
                      r"(?:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?,\s+)?$")  # 'travel to <City>, <Country>'
_ACCOMPANIED = re.compile(r"\b(?:accompanied|joined)\s+by\b")


def travellers(doc: Doc, sents: list[Sent] | None = None) -> None:
    """'X will travel to <place>' in a two-country story: X is of the country not travelled to."""
    for sent in doc.sents if sents is None else sents:
        places = [s for s in sent.spans if s.ref.kind == "place"]
        for span in _people(sent):
            place = next((p for p in places if p.start > span.end and
                          _TRAVELS.match(_without_appositions(sent.text[span.end:p.start]))), None)
            person = doc.people.get(span.ref.key)
            code = _country_of(doc, place) if place is not None else None
            if person is not None and person.country is None and code is not None:
                person.country = _other_side(doc, code)


def entourage(doc: Doc, sents: list[Sent] | None = None) -> None:
    """'X will be accompanied by A, ...; B, ...': everyone after 'accompanied by' whose country
    the text leaves open is of the country of X, the nearest person named before it."""
    for sent in doc.sents if sents is None else sents:
        m = _ACCOMPANIED.search(sent.text)
        people = _people(sent)
        head = next((s for s in reversed(people) if s.end <= m.start()), None) if m else None
        leader = doc.people.get(head.ref.key) if head is not None else None
        if m is None or leader is None or leader.country is None:
            continue
        for span in people:
            member = doc.people.get(span.ref.key)
            if span.start > m.end() and member is not None and member.country is None:
                member.country = leader.country


_DELEGATION = re.compile(r"\b(?:(?P<dem>[A-Z][\w\-]+)\s+(?:delegation|side|team)|"
                         r"delegation\s+(?:of|from)\s+(?:the\s+)?"
                         r"(?P<c>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?))\s*,?\s*(?:which\s+)?"
                         r"(?:included|includes|including|comprised|comprising|consisted\s+of|"
                         r"composed\s+of|(?:was\s+|is\s+)?(?:led|headed|represented)\s+by)\b")


def delegations(doc: Doc, sents: list[Sent] | None = None) -> None:
    """'The Ghanaian delegation included A, Minister of Trade; B, ...', 'the delegation of Peru,
    led by X': the people the sentence lists after it are of the delegation's country."""
    for sent in doc.sents if sents is None else sents:
        m = _DELEGATION.search(sent.text)
        if m is None:
            continue
        named = doc.gaz.country_of_demonym(m.group("dem")) if m.group("dem") else next(
            (p.country for p in doc.gaz.lookup(m.group("c")) if p.kind == "country"), None)
        for span in _people(sent) if named in doc.countries else []:
            member = doc.people.get(span.ref.key)
            if span.start > m.end() and member is not None and member.country is None:
                member.country = named


_OF_THE_BODY = re.compile(r"\b(?:of|at)\s+the\s+(?P<type>[A-Z][a-z]+)$")


def bodies_in_titles(doc: Doc) -> None:
    """'Rector of the Institute', 'Dean of the Faculty': the body is the article's one body whose
    name has that type word, and its country is the holder's."""
    for person in doc.people.values():
        m = _OF_THE_BODY.search(person.role or "") if person.country is None else None
        if m is None or keywords_in(m.group("type")) != [m.group("type").lower()]:
            continue
        countries = {o.country for o in doc.orgs.values()
                     if re.search(rf"\b{m.group('type')}\b", o.name)}
        if len(countries) == 1 and None not in countries:
            person.country = countries.pop()


def _people(sent: Sent) -> list[Span]:
    return [s for s in sent.spans if s.ref.kind == "person" and s.rule != "person.pronoun"]


# Speed only: one-off tests compiled once as bound methods (no `re` cache lookup per call;
# bound methods, so cues.gate_modules leaves them ungated); the same patterns and flags
_LEADING_ASIDE = re.compile(r"^\s*,[^,;]{1,80},").sub


def _without_appositions(between: str) -> str:
    """', the head of the delegation, will travel to': an apposition between the name and its
    verb does not separate them."""
    return _LEADING_ASIDE("", between)


def _country_of(doc: Doc, span: Span) -> str | None:
    """The article country a place span is in (a country, or a city or region of one)."""
    place = doc.gaz.regions.get(span.ref.key)
    code = place.country if place is not None else next(
        (c for c, p in doc.gaz.countries.items() if p.iri == span.ref.key), None)
    return code if code in doc.countries else None


def _other_side(doc: Doc, code: str) -> str | None:
    pair = doc.pair()
    if len(pair) == 2 and code in pair:
        return pair[1] if pair[0] == code else pair[0]
    return None
