"""People named only by a title and one name ('Prime Minister Torres said …', 'President Obi
arrived in Lima'): news copy often never gives such a person's given name.  The name joins a
person the article names in full ('Ana Torres'); otherwise the person is named as written
('Torres'), which is how the annotation names them.  Identity stays with linking: this stage only
adds the person spans the name finder, which wants two words, cannot."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.appositions import role_after
from coopkg.extract.cues import words
from coopkg.extract.doc import PERSON, Doc, Span
from coopkg.extract.facts import Person, Ref
from coopkg.extract.name_patterns import NOT_NAME_WORDS
from coopkg.extract.orgtypes import has_org_keyword
from coopkg.extract.overlap import add_span, blocked
from coopkg.extract.people import resolve_short
from coopkg.extract.speaker_spellings import misspelt_surname
from coopkg.extract.titles import (
    HONORIFICS,
    TITLE_WORDS,
    countries_named,
    role_before,
    strip_honorifics,
)
from coopkg.reference import Gazetteer

_UP = lexicon.UPPER_LETTERS
_LOW = lexicon.LOWER_LETTERS
_TITLES = "|".join(re.escape(form) for w in sorted(TITLE_WORDS, key=len, reverse=True) if w.isalpha()
                   for form in {w.capitalize(), w.upper()})  # 'President', 'PM'

# a capitalised title word, then one name (hyphenated or not) that no capitalised word, initial
# or possessive-free continuation makes longer
_TITLED = re.compile(rf"\b(?P<title>{_TITLES})\.?\s+(?P<name>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)"
                     rf"(?![\w\-]|\.[{_UP}]|\s+[{_UP}]|\s+(?:de|da|bin|al|van|von)\b)")
# Speed only: a `_TITLED` title opens a word (\b) and ends before '.' or a space, so in the lowered
# text it is a whole run of ASCII letters (cues.words) up to its first other letter ('attach' of
# 'Attaché'); a sentence holding none of these runs has no match (tests/test_span_shortcuts.py).
TITLE_RUNS = frozenset(re.match(r"[a-z]*", w.lower()).group() for w in TITLE_WORDS if w.isalpha())
_NOT_NAME = NOT_NAME_WORDS | lexicon.words("infrastructure") | lexicon.words("place_words") | \
    lexicon.words("title_fields")  # 'Secretary Commerce': South Asian copy writes a portfolio after the title


def titled_surnames(doc: Doc) -> None:
    """'Governor Vega said …': a person span for the single name after a title; the name is an
    article person's surname when it is one (`resolve_short`), else a new person."""
    for sent in [*doc.sents, *doc.captions]:
        runs = words(sent.text)
        if runs is not None and runs.isdisjoint(TITLE_RUNS):
            continue
        for m in _TITLED.finditer(sent.text):
            start, end, name = m.start("name"), m.end("name"), m.group("name")
            if blocked(sent, start, end, PERSON) or not may_be_name(name, doc.gaz):
                continue
            known = list(doc.people.values())
            shared = _sharers(name, known)
            if len(shared) > 1:  # 'President Agrawal' beside two Agrawals: one of them, no third
                person = _same_title(shared, m.group("title"))
            else:
                person = resolve_short(name, known) or _hyphen_part(name, known) or \
                    misspelt_surname(name, known) or \
                    (None if _province(sent.text, m, doc.gaz) else _new_person(doc, sent.text, m))
            if person is None:
                continue
            add_span(doc, sent, Span(start, end, Ref("person", person.name), person.name,
                                     "person.title-surname"))


def _sharers(name: str, people: list[Person]) -> list[Person]:
    """The people whose full names hold the word: relatives and namesakes ('Ana Vega', 'Luis
    Vega') often share a surname, and a bare surname is then one of them, never a new person."""
    return list({p.name: p for p in people if " " in p.name and name in p.name.split()}.values())


def _same_title(people: list[Person], title: str) -> Person | None:
    """Of namesakes, the one whose role ends in the title written before the surname
    ('President Vega': the President, not the Minister or Vice President, Vega); else none."""
    exact = [p for p in people if (p.role or "").lower() == title.lower()]
    hits = exact or [p for p in people if (p.role or "").lower().split()[-1:] == [title.lower()]]
    return hits[0] if len(hits) == 1 else None


def _hyphen_part(name: str, people: list[Person]) -> Person | None:
    """'Mayor Ruiz' after 'Alderman Vega-Ruiz': one half of exactly one double-barrelled name."""
    hits = {p.name: p for p in people for word in p.name.split() if "-" in word and
            name in word.split("-")}
    return next(iter(hits.values())) if len(hits) == 1 else None


_MODIFIERS = lexicon.words("titles", "modifier")  # 'Minister Responsible for X': the title goes on


def may_be_name(name: str, gaz: Gazetteer) -> bool:
    """A title word, a place, a country's adjective or a body's head word after a title is part
    of the title or of an organisation ('Secretary General', 'Minister Counsellor'); so is a
    title's plural ('Vice Chancellors of Kenyan universities': a group, no person)."""
    low = name.lower()
    return not (low in _NOT_NAME or low in TITLE_WORDS or low in _MODIFIERS or _plural_title(low) or
                has_org_keyword(name) or
                gaz.country_of_demonym(name) or countries_named(name, gaz))


_GOVERNING = re.compile(r"(?:\b[Cc]hief\s+[Mm]inister|\b[Gg]overnor)\s+$")


def _province(text: str, m: re.Match[str], gaz: Gazetteer) -> bool:
    """'Governor Punjab', 'Chief Minister Sindh': South Asian copy writes the province a
    governor or chief minister governs after the title; a first-level subdivision there names no
    one new (a known person's surname that is also a province still resolves first)."""
    return bool(_GOVERNING.search(text, 0, m.start("name"))) and \
        any(p.kind == "region" and p.code and p.subtype != "city" for p in gaz.lookup(m.group("name")))


def _plural_title(low: str) -> bool:
    return low.endswith("s") and (low[:-1] in TITLE_WORDS or low.endswith("ies") and
                                  low[:-3] + "y" in TITLE_WORDS)


def _new_person(doc: Doc, text: str, m: re.Match[str]) -> Person | None:
    """The person the title names, with the role and country the title phrase gives; after an
    honorific alone ('Alderman Vega') only an apposition's role makes the name a person's, and
    after a title and an honorific ('Mayor Alderman Vega', 'Governor Datuk Vega') the title is
    the role: an honorific stands between a title and a name, never inside either."""
    head, honorific = strip_honorifics(text[:m.start("name")])
    role, country, affiliation = role_before(head, doc.gaz) if not honorific or \
        m.group("title").lower() not in HONORIFICS or _ends_in_title(head) else (None, None, None)
    post = role_after(text[m.end("name"):], doc.gaz)
    if post[0] and role is None:
        role, country, affiliation = post[0], post[1] or country, post[2] or affiliation
    if role is None:
        return None
    name = m.group("name")
    person = doc.people.setdefault(name, Person(name=name, role=role, country=country,
                                                affiliation=affiliation, evidence=text,
                                                rule="person.title-surname"))
    return person


_TITLE_END = re.compile(rf"\b(?:{_TITLES})\s+$")


def _ends_in_title(head: str) -> bool:
    """'Cape Town Mayor ' before 'Alderman Vega': a capitalised title right before the honorific."""
    return bool(_TITLE_END.search(head[-60:]))
