"""Epithets: the descriptions news writes instead of repeating a name — 'the statesman', 'the
top official', 'the host', 'the visiting Kenyan president', 'her Chilean counterpart'.  Each
resolves to one person of the article only when exactly one fits: the person the passage is
about (role-free epithets), the one who hosts or is hosted ('X hosted Y', 'Y was received by
X'), or the one holder of a role of that country.  Never a guess between two.  Statements ask
who speaks; nationality learns a person's country from a demonym in the epithet."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.cues import lead_runs, may_hold
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_visits import visits
from coopkg.extract.facts import Person, Ref
from coopkg.extract.memo import by_text
from coopkg.extract.speakers import role_holders

_EPITHETS = lexicon.mapping("epithets")
_HOSTING = lexicon.word_pattern("hosting_verbs")
_HOSTS = re.compile(rf"^\s+(?:\w+ly\s+|also\s+)?{_HOSTING}\s+(?:[A-Z][\w.\-]*\s+){{0,4}}$")
_HOSTED_BY = re.compile(rf"^\s+(?:was|were|is|are|has\s+been)\s+(?:\w+ly\s+)?{_HOSTING}\s+by\s+"
                        r"(?:the\s+)?(?:[\w’'\-]+\s+){0,5}$")
_LEAD = re.compile(r"^(?:the|his|her|their)\s+", re.I)
_VISITING = re.compile(r"^visiting\s+", re.I)


def hosting(doc: Doc) -> tuple[set[str], set[str]]:
    """(hosts, visitors) by name: 'A hosted/received/welcomed (President) B', 'B was received by
    (the country's President) A'."""
    hosts: set[str] = set()
    guests: set[str] = set()
    for sent in doc.sents:
        people = [s for s in sent.spans if s.ref.kind == "person" and s.rule != "person.pronoun"]
        for a, b in zip(people, people[1:], strict=False):
            between = sent.text[a.end:b.start]
            if a.ref != b.ref and _HOSTS.match(between):
                hosts.add(a.ref.key)
                guests.add(b.ref.key)
            elif a.ref != b.ref and _HOSTED_BY.match(between):
                hosts.add(b.ref.key)
                guests.add(a.ref.key)
        guests |= _visitors(doc, sent)
    return hosts - guests, guests - hosts


_VISITORS_RE = re.compile(r"\b(?:visit|trip|tour|arriv)", re.I)


def _visitors(doc: Doc, sent: Sent) -> set[str]:
    """The people a sentence has visiting a place ('X arrived in Paris for a state visit')."""
    if not _VISITORS_RE.search(sent.text):
        return set()
    return {ref.key for mention in visits(doc, sent) if mention.event.location
            for ref in mention.event.participants if ref.kind == "person"}


def epithet_holder(doc: Doc, phrase: str, passage: Ref | None) -> Ref | None:
    """The one person a description names: a role-free epithet is the passage's person (or the
    article's only person); 'the host'/'the guest' the one host or visitor; 'the visiting
    <role>' the one visitor holding that role."""
    people = epithet_people(doc, phrase, passage)
    return Ref("person", people[0].name) if len(people) == 1 else None


def names_passage(phrase: str) -> bool:
    """Whether the description is a role-free epithet, the one kind `epithet_people` reads the
    passage's person for (callers find that person only then: speed)."""
    return _EPITHETS.get(_LEAD.sub("", phrase.strip()).lower()) == "passage"


def epithet_people(doc: Doc, phrase: str, passage: Ref | None) -> list[Person]:
    """Everyone the description can name, narrowed as far as the text allows."""
    words = _LEAD.sub("", phrase.strip())
    kind = _EPITHETS.get(words.lower())
    if kind == "passage":
        if passage is not None and passage.kind == "person" and passage.key in doc.people:
            return [doc.people[passage.key]]
        return list(doc.people.values()) if len(doc.people) == 1 else []
    hosts, guests = hosting(doc) if kind or _VISITING.match(words) else (set(), set())
    if kind in ("host", "visitor"):
        return [doc.people[n] for n in (hosts if kind == "host" else guests) if n in doc.people]
    visiting = _VISITING.match(words)
    if not visiting:
        return []
    return [p for p in role_holders(doc, words[visiting.end():]) if p.name in guests]


_ROLES = lexicon.ROLE_NOUNS
_ROLE_NOUNS = lexicon.alternation(_ROLES)
_DEMONYM_NP = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<visiting>visiting\s+)?"
                         rf"(?P<dem>[A-Z][\w\-]+)\s+(?P<role>(?:[A-Za-z]+\s+){{0,2}}?(?i:{_ROLE_NOUNS}))\b")
# Speed only: the role noun follows a space and ends at \b, so its first run of letters is one
# of the sentence's words (cues.lead_runs); most sentences hold none (tests/test_span_shortcuts.py)
_ROLE_RUNS = lead_runs(_ROLES)
_HEAD_SUBJECT = re.compile(r"(?:[A-Z][\w\s]{0,30},\s*)?(?:[A-Z][\w\-.’']*\s+){0,6}")


def epithet_countries(doc: Doc) -> None:
    """'The Kenyan head of state is in France', 'the visiting Kenyan president', 'her Chilean
    counterpart': a demonym epithet that names exactly one person of the article gives that
    person the demonym's country (a counterpart's possessor is then of the other side)."""
    for _ in range(2):  # one resolved person can leave a later epithet only one candidate
        for sent in doc.sents:
            for m in _demonym_phrases(sent.text):
                code = doc.gaz.country_of_demonym(m.group("dem"))
                if code in doc.countries and not _names_follow(sent, m.end()):
                    _assign(doc, sent, m, code)
                elif code in doc.countries and m.group("role").lower().endswith("counterpart"):
                    _owner_opposite(doc, _possessor(doc, sent, m.start()), code)


@by_text
def _demonym_phrases(text: str) -> tuple[re.Match[str], ...]:
    """The epithets of a sentence, found once: the scan is asked twice per sentence."""
    return tuple(_DEMONYM_NP.finditer(text)) if may_hold(text, _ROLE_RUNS) else ()


_NAMES_FOLLOW_RE = re.compile(r"[\s,\-–—]*(?:[A-Z][\w.]*\s+)*")


def _names_follow(sent: Sent, end: int) -> bool:
    """'the Kenyan President, Uhuru Kenyatta': a title before a name, which states the country
    itself."""
    return any(s.ref.kind == "person" and _NAMES_FOLLOW_RE.fullmatch(sent.text[end:s.start])
               for s in sent.spans if s.start >= end)


_ASSIGN_RE = re.compile(r"(?:(?:[A-Z][\w.]*|of)\s+)*")


def _assign(doc: Doc, sent: Sent, m: re.Match[str], code: str) -> None:
    """The one referent gets the country; a counterpart's possessor, or the counterpart the
    referent meets in the same sentence ('the Vietnamese leader held talks with his counterpart
    X'), is of the other side."""
    counterpart = m.group("role").lower().split()[-1] == "counterpart"
    owner = _possessor(doc, sent, m.start()) if counterpart else None
    later = {s.ref.key for s in sent.spans if s.ref.kind == "person" and s.start >= m.end()}
    people = [p for p in _referents(doc, sent, m, owner) if p.country in (None, code)
              and p.name not in later]  # a name in the same clause is someone else
    if len(people) == 1:
        people[0].country = code
    elif not counterpart:
        return
    if not counterpart:
        met = _COUNTERPART_NAMED.search(sent.text, m.end())
        owner = next((doc.people.get(s.ref.key) for s in sent.spans if met and
                      s.ref.kind == "person" and s.start >= met.end() and
                      _ASSIGN_RE.fullmatch(sent.text[met.end():s.start])),
                     None)
    _owner_opposite(doc, owner, code)  # 'X met his Uzbek counterpart': X is not Uzbek


def _owner_opposite(doc: Doc, owner: Person | None, code: str) -> None:
    """'X met his British counterpart Y': the counterpart's possessor is of the other side."""
    pair = doc.pair()
    if owner is not None and owner.country is None and len(pair) == 2 and code in pair:
        owner.country = pair[1] if pair[0] == code else pair[0]


_COUNTERPART_NAMED = re.compile(r"\b(?:his|her|their)\s+counterparts?,?\s+")


def _referents(doc: Doc, sent: Sent, m: re.Match[str], owner: Person | None) -> list[Person]:
    role = m.group("role")
    if role.lower().split()[-1] == "counterpart":
        return _counterparts(doc, owner) if owner else []
    if m.group("visiting"):
        return epithet_people(doc, f"visiting {m.group('dem')} {role}", None)
    return role_holders(doc, f"{m.group('dem')} {role}")


_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them)\b(?!\s+(?:own\s+)?[a-z]*\s*counterpart)")


def _possessor(doc: Doc, sent: Sent, at: int) -> Person | None:
    """Whose counterpart: the last person named before ('X instructed Y to meet his Uzbek
    counterpart': Y), unless an object pronoun between them stands for someone else ('X
    confirmed that Z invited her and her Chilean counterpart': X, the sentence's subject)."""
    before = [s for s in sent.spans if s.ref.kind == "person" and s.rule != "person.pronoun"
              and s.end <= at]
    if not before:
        return None
    span = before[-1]
    if _OBJECT_PRONOUN.search(sent.text, span.end, at):
        span = next((s for s in before if _HEAD_SUBJECT.fullmatch(sent.text[: s.start])), None)
    return doc.people.get(span.ref.key) if span is not None else None


def _counterparts(doc: Doc, owner: Person) -> list[Person]:
    """The others holding the owner's role (same head noun: 'President', 'Foreign Minister')."""
    head = owner.role.lower().split()[-1] if owner.role else None
    return [p for p in doc.people.values() if p is not owner and head and p.role and
            p.role.lower().split()[-1] == head]
