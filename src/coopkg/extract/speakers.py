"""Who is speaking when the subject of a speech verb is not a name: a pronoun ('He added',
'In energy, she invited ...') continues the current speaker of the passage, a definite role
noun phrase ('the consul general said', 'Russian president also announced', 'the President of
Ruritania expressed') is the one person of the article with that role, and a definite
description of a body ('the embassy said') is the organisation named before.  The statements
component asks; linking stays the owner of names, surnames and acronyms."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Person, Ref
from coopkg.extract.linking import find_org
from coopkg.extract.orgtypes import keywords_in
from coopkg.extract.quotes import DATELINE
from coopkg.extract.role_affiliations import affiliated
from coopkg.extract.role_phrases import GENERICS, SYNONYMS, TITLES, parse_role, role_is, titled_in_text

# 'the ambassador in turn emphasized', 'the minister on his part welcomed'
_ADVERBS = r"(?:(?:also|further|then|later|again|too|however|additionally|in\s+turn|" \
           r"(?:on|for)\s+(?:his|her|their|its)\s+part)\s+)?(?:[a-z]+ly\s+)?"  # 'also warmly welcomed'
PRONOUN_BEFORE = re.compile(rf"(?<![\w’'])(?:[Hh]e|[Ss]he)\s+{_ADVERBS}$")
PRONOUN_AFTER = re.compile(r"^\s+(?:[Hh]e|[Ss]he)\b")
# "Ghana's president", 'the head of the Kenyan diplomacy'
_ROLE_WORDS = r"(?:[A-Z][\w\-]*['’]s\s+)?(?:[A-Za-z][\w\-]*\s+){0,4}?[A-Za-z][\w\-]*"
# 'of Ghana', 'of Electricity and Renewable Energy' (a portfolio of two fields)
_OF = r"(?:\s+(?:of|to|in)\s+(?P<of>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:and\s+)?[A-Z][\w’'\-]*){0,4}))?"
# '..., the minister said'; also with a stray comma ('the Minister of Energy, said')
ROLE_BEFORE = re.compile(rf"(?:^|(?<=[\s,]))(?P<np>(?:[Tt]he\s+)?{_ROLE_WORDS}{_OF}),?\s+{_ADVERBS}$")
ROLE_AFTER = re.compile(rf"^\s+(?P<np>(?:the\s+)?{_ROLE_WORDS}{_OF})(?=\s*[.,;]|\s*$)")
# Speed only: a match of ROLE_BEFORE holds word characters, whitespace, hyphens and apostrophes,
# and at most one comma: right after the phrase, where only whitespace and the adverbs follow it
# to the end.  No match begins at or before any other character, so a scan may start after the
# last one (`role_start`): the same match, without trying every word of a long sentence
# ('..., officials said') as the phrase's start.  Checked against the plain scan in
# tests/test_role_window_s32_speed6.py.
_UP_TO_OUTSIDE = re.compile(r".*[^\w\s\-’']", re.S)  # to the last character no match holds
_COMMA_TAIL = re.compile(rf"\s+{_ADVERBS}$")  # what follows the one comma a match may hold


def role_start(text: str, pos: int = 0) -> int:
    """The first position from `pos` where a match of ROLE_BEFORE can begin (see above)."""
    last = _UP_TO_OUTSIDE.match(text, pos)
    if last is None:
        return pos
    if text[last.end() - 1] == "," and _COMMA_TAIL.match(text, last.end()):
        last = _UP_TO_OUTSIDE.match(text, pos, last.end() - 1)  # the comma may be the match's
    return pos if last is None else last.end()


# '"...," said the president at the banquet on Tuesday': after a quote or a comma, the role may
# be followed by the occasion or the time of the speech
ROLE_AFTER_FRAMED = re.compile(rf"^\s+(?P<np>(?:the\s+)?{_ROLE_WORDS}{_OF})(?=\s*[.,;]|\s*$|"
                               r"\s+(?:at|during|on|after|while|when|in\s+(?:a|an|the|his|her|its)\b)\s)")
_ISSUED = rf"(?:['’]s\s+(?:{lexicon.alternation(lexicon.words('speech_channels'))})s?)?"  # its statement
BODY_BEFORE = re.compile(r"(?:^|(?<=[\s,]))(?<!\bof\s)[Tt]he\s+"  # not 'Head of the Cabinet'
                         rf"(?P<np>(?:[A-Za-z][\w\-]*\s+){{0,2}}?[A-Za-z][\w\-]*){_ISSUED}\s+{_ADVERBS}$")
_TYPE_OF = {row[0]: row[1] for row in reversed(lexicon.rows("org_types"))}  # first row wins
# 'the two leaders', 'both presidents', and 'The prime ministers said' of the two the article names
_PAIR = re.compile(r"(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?|[Tt]he)\s+(?P<role>[a-z]+(?:\s+[a-z]+)?)s")
PAIR_BEFORE = re.compile(r"(?:^|(?<=[\s,]))(?P<np>(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?|[Tt]he)\s+"
                         rf"[a-z]+(?:\s+[a-z]+)?s)\s+{_ADVERBS}$")
# 'the Tunisian and Algerian presidents': one holder of the role per country
DEMONYM_PAIR_BEFORE = re.compile(r"(?:^|(?<=[\s,]))(?P<np>(?:[Tt]he\s+)?(?P<a>[A-Z][a-z]+)\s+and\s+"
                                 r"(?P<b>[A-Z][a-z]+)\s+(?P<role>[A-Za-z]+(?:\s+[A-Za-z]+)?)s)\s+"
                                 rf"{_ADVERBS}$")


@dataclass
class Discourse:
    """The passage so far: the speaker of the last statement and the person the last sentence
    was about.  A pronoun subject of a speech verb continues whichever of them is more recent —
    news prose names a new speaker before switching to 'he' or 'she'."""

    speaker: Ref | None = None
    speaker_at: int = -10
    subject: Ref | None = None
    subject_at: int = -10
    named: dict[Ref, int] = field(default_factory=dict)  # where each person was last named
    body: Ref | None = None  # the body that spoke last, if no person spoke since ('the document said')
    body_at: int = -10
    genders: dict[Ref, str] | None = None  # each person's gender the text shows, found on demand

    def heard(self, speaker: Ref, index: int) -> None:
        if speaker.kind == "person":
            self.speaker, self.speaker_at = speaker, index
            self.named[speaker] = index
        self.body, self.body_at = (speaker, index) if speaker.kind == "org" else (None, -10)

    def saw(self, sent: Sent, index: int) -> None:
        """A person named at the head of a sentence ('Kim met ...', 'In turn, Kim ...'); every
        person named anywhere ends another's reach."""
        for span in sent.spans:
            if span.ref.kind == "person" and span.rule != "person.pronoun":
                self.named[span.ref] = index
        head = sentence_subject(sent)
        if head is not None:
            self.subject, self.subject_at = head.ref, index

    def current(self, index: int) -> Ref | None:
        """The person a 'he'/'she' at sentence `index` continues: the passage's person if recent,
        or however far back as long as no one else has been named since."""
        candidates = [(at, ref) for at, ref in ((self.speaker_at, self.speaker),
                                                (self.subject_at, self.subject))
                      if ref is not None and (index - at <= 3 or self._alone_since(ref, at))]
        return max(candidates, key=lambda c: c[0])[1] if candidates else None

    def _alone_since(self, ref: Ref, at: int) -> bool:
        return all(seen < at for other, seen in self.named.items() if other != ref)


# 'In turn, Kim ...'; a longer fronted adverbial opens with a preposition ('Following the signing
# of the agreement, Kim ...')
_SENTENCE_SUBJECT_RE = re.compile(r"(?:[A-Z][\w\s]{0,30},\s*|(?:Following|After|During|Before|Upon|At|"
                                  r"Speaking|Addressing)\s[^,;:\"“”]{0,80},\s*)?(?:[A-Z][\w\-.’']*\s+){0,6}")


def sentence_subject(sent: Sent) -> Span | None:
    """The person named at the head of a sentence ('Kim met ...', 'In turn, Kim ...', 'VIENNA,
    May 2 -- Foreign Minister Kim met ...'), titles before the name allowed."""
    head = DATELINE.match(sent.text)
    at = head.end() if head else 0
    return next((span for span in sent.spans
                 if span.ref.kind == "person" and span.rule != "person.pronoun" and span.start >= at
                 and _SENTENCE_SUBJECT_RE.fullmatch(sent.text[at: span.start])), None)


def role_holder(doc: Doc, phrase: str) -> Ref | None:
    """'the consul general', 'Russian president', 'the President of Ruritania' → the one person
    with that role (and country, when the phrase names one); None when no one or several fit.
    A generic noun ('the Ghanaian leader') covers the specific titles it stands for."""
    people = role_holders(doc, phrase)
    return Ref("person", people[0].name) if len(people) == 1 else None


_LATEST_HOLDER_RE = re.compile(r"[Tt]he\s")


def latest_holder(doc: Doc, phrase: str, discourse: Discourse, index: int) -> Ref | None:
    """'The minister emphasised ...' when the article has several ministers: the holder who has
    the floor (spoke within the last three sentences; others named meanwhile are attendees, not
    new speakers), else the one the passage named last (within the last three sentences),
    provided no other holder was named in that same sentence."""
    if not _LATEST_HOLDER_RE.match(phrase.strip()):
        return None
    seen = sorted(((discourse.named.get(Ref("person", p.name), -10), p.name)
                   for p in role_holders(doc, phrase)), reverse=True)
    if len(seen) < 2:
        return None
    speaking = discourse.speaker  # the holder who has the floor, if they spoke lately
    if speaking is not None and index - discourse.speaker_at <= 3 and \
            any(Ref("person", name) == speaking for _at, name in seen):
        return speaking
    if index - seen[0][0] > 3:
        return None
    if seen[0][0] == seen[1][0]:  # both named in one sentence: the one it was about
        return _topic_of(discourse, seen)
    return Ref("person", seen[0][1])


def _topic_of(discourse: Discourse, seen: list[tuple[int, str]]) -> Ref | None:
    """'Kim and his counterpart Lee signed ... The president said': of two holders named in
    the same sentence, the one at its head is its topic, and a definite description picks up
    the topic (the other is the object or the companion); None when the head is neither."""
    tied = {name for at, name in seen if at == seen[0][0]}
    subject = discourse.subject
    if subject is not None and discourse.subject_at == seen[0][0] and subject.key in tied:
        return subject
    return None


_ROLE_HOLDERS_RE = re.compile(r"\s*[Tt]he\s")


def role_holders(doc: Doc, phrase: str) -> list[Person]:
    """Everyone of the article the role phrase can name, narrowed as far as the text allows: to
    those known to be of the phrase's country, then to those the text gives the title to."""
    title, country = parse_role(doc, phrase)
    if title is None:
        return []
    titles = GENERICS.get(title) or SYNONYMS.get(title, [title])
    if titles == ["*"] and (not _ROLE_HOLDERS_RE.match(phrase) or _unnamed(doc, title)):
        return []  # 'a Nigerian official said': someone the text does not name
    people = [p for p in doc.people.values() if p.role and
              any(t == "*" or role_is(p.role, t) or affiliated(p, t) for t in titles)
              and (country is None or p.country in (None, country))]
    if country is not None and any(p.country == country for p in people):
        people = [p for p in people if p.country == country]
    if not people and country is not None and _held_elsewhere(doc, titles):
        people = [p for p in doc.people.values() if p.country == country and  # 'his X counterpart'
                  p.role and role_is(p.role, "counterpart")]
    if not people and country is not None and title == "counterpart":  # 'her Chilean counterpart'
        people = [p for p in doc.people.values() if p.country == country]
    if not people and country is not None and " " in title:  # 'the Kenyan foreign minister'
        people = [p for p in doc.people.values() if p.country == country and p.role and
                  p.role.lower() == title.split()[-1]]  # a bare 'Minister' of that country
    if len(people) > 1 and title not in GENERICS:  # those the text calls 'Title Name'
        titled = [p for p in people if titled_in_text(doc, title, p)]
        people = titled or people  # none so called: the passage decides (`latest_holder`)
    return _one_per_person(people)


def _one_per_person(people: list[Person]) -> list[Person]:
    """'Crown Prince Ali bin Omar' and a later 'Prince Ali' found as two entries: a name whose
    words are all in another holder's name is that holder written shorter, not a second
    holder (as `particle_surname` reads two such entries)."""
    return [p for p in people if not any(o is not p and _parts(p.name) < _parts(o.name)
                                         for o in people)]


def _unnamed(doc: Doc, noun: str) -> bool:
    """Whether the text brings in an unnamed one ('An official of the customs service said'):
    'the official' is then that one."""
    pattern = re.compile(rf"\b[Aa]n?\s+(?:[\w\-]+\s+){{0,2}}{re.escape(noun)}\b")
    return any(pattern.search(s.text) for s in doc.sents)


def _held_elsewhere(doc: Doc, titles: list[str]) -> bool:
    """Someone of the article holds one of the titles: 'Russian President X ... his Mongolian
    counterpart Y' makes Y 'the president of Mongolia'."""
    return any(p.role and any(role_is(p.role, t) for t in titles) for p in doc.people.values())


def pair_holders(doc: Doc, phrase: str) -> list[Ref]:
    """'the two leaders', 'both presidents', 'the prime ministers': the two people of the article
    who hold that role, when exactly two do, a holder's one 'counterpart' being the other (a
    joint statement is each one's statement)."""
    m = _PAIR.fullmatch(phrase.strip())
    if not m:
        return []
    people = role_holders(doc, m.group("role"))
    counterparts = [p for p in doc.people.values() if p.role and role_is(p.role, "counterpart")]
    if len(people) == 1 and len(counterparts) == 1:  # 'X and his counterpart Y': the same office
        people += counterparts
    return [Ref("person", p.name) for p in people] if len(people) == 2 else []


def demonym_pair_holders(doc: Doc, pair: re.Match[str]) -> list[Ref]:
    """'the Austrian and Chilean ministers': the one holder of the role of each country (both
    must be found, or the phrase names no one)."""
    found = []
    for demonym in (pair.group("a"), pair.group("b")):
        if doc.gaz.country_of_demonym(demonym) is None:
            return []
        holder = role_holder(doc, f"the {demonym} {pair.group('role')}")
        if holder is None or holder in found:
            return []
        found.append(holder)
    return found


_TITLED_BEFORE_RE = re.compile(r"([A-Za-z][\w\-]*)\s+$")


def titled_before(text: str, start: int) -> bool:
    """'VC Punjab University said', 'Rector Acme University said': a title word right before a
    body's name makes the title's holder the subject, not the body."""
    word = _TITLED_BEFORE_RE.search(text[:start])
    return bool(word) and word.group(1).lower() in TITLES


def holder_at(doc: Doc, org: str) -> Ref | None:
    """The person the text names right after the body's name ('Acme University Prof. Dr. Jane
    Roe'), the way a title-and-body phrase introduces its holder; None unless exactly one."""
    found = {p.name for s in doc.sents if org in s.text for p in doc.people.values()
             if p.name in s.text and _holder_pattern(org, p.name).search(s.text)}
    return Ref("person", found.pop()) if len(found) == 1 else None


@lru_cache(maxsize=4096)
def _holder_pattern(org: str, name: str) -> re.Pattern[str]:
    """Speed only: the body's name then the holder's, compiled once per pair; holder_at asks
    it only of a sentence holding both names as written, which any match of it needs."""
    return re.compile(rf"{re.escape(org)}[\s,]+(?:[A-Z][a-z]{{0,4}}\.\s+)*{re.escape(name)}\b")


def particle_surname(doc: Doc, word: str) -> Person | None:
    """'Al-Rashid said' after 'Abdullah al-Rashid': a surname with a particle is capitalised at
    the head of a sentence; 'Lewis said' after 'Tom Hill-Lewis': a double surname is shortened
    to one part; the one person whose name has that part in any case.  Two entries of which one
    holds every word of the other ('Chief Ada Okafor', 'Chief Okafor') are one person: the
    fuller name."""
    hits = {p.name: p for p in doc.people.values() if word.lower() in _parts(p.name)}
    fullest = max(hits, key=lambda n: len(_parts(n)), default=None)
    if fullest is None or any(not _parts(n) <= _parts(fullest) for n in hits):
        return None
    return hits[fullest]


_PARTS_RE = re.compile(r"[\s.]+|(?<=\w\w)-(?=\w\w)")
_PARTS_RE2 = re.compile(r"[\s.]+")


@lru_cache(maxsize=4096)
def _parts(name: str) -> frozenset[str]:
    """The lowered parts of a name (asked for every person at each short subject: cached by name)."""
    return frozenset(part.lower() for part in _PARTS_RE.split(name) +
                     _PARTS_RE2.split(name) if part)


def short_org(doc: Doc, word: str) -> Ref | None:
    """'Acme said' after 'Acme Holdings signed': a body named again by the first word of its
    name, when that word is no common or country word and begins one organisation's name only."""
    if word.lower() in TITLES or doc.gaz.country_of_demonym(word) or \
            any(p.kind == "country" for p in doc.gaz.lookup(word)) or keywords_in(word):
        return None
    orgs = [o for o in doc.orgs.values() if o.name.split()[0] == word and len(o.name.split()) > 1]
    return Ref("org", orgs[0].name) if len(orgs) == 1 else None


def body_named(doc: Doc, phrase: str, before: list[Sent] | None = None) -> Ref | None:
    """'the embassy', 'the university': the organisation of the article that description names
    (the one last named before it whose name has that type word, else whose type the word
    names, else the last of the article), for 'the embassy said in a statement that'."""
    words = phrase.split()
    if not words or keywords_in(words[-1]) != [words[-1].lower()]:
        return None
    word = re.compile(rf"\b{re.escape(words[-1])}\b", re.I)
    named = [s.ref for sent in before or [] for s in sent.spans
             if s.ref.kind == "org" and word.search(s.ref.key)]
    kind = _TYPE_OF.get(words[-1].lower())  # 'Acme Mining said ... The company said': the type
    fields = [w.lower() for w in words[:-1] if w.lower() not in ("the", "a", "an", "its", "their")
              and not doc.gaz.country_of_demonym(w) and not doc.gaz.lookup(w)]  # 'the Chinese company'
    typed = [s.ref for sent in before or [] for s in sent.spans if s.ref.kind == "org" and
             s.ref.key in doc.orgs and doc.orgs[s.ref.key].type == kind and
             all(f in s.ref.key.lower() for f in fields)]  # 'the defence ministry' is no navy
    if named or typed:
        return (named or typed)[-1]
    org = find_org(doc, phrase.lower())  # 'the Council' as much as 'the council'
    return Ref("org", org.name) if org is not None else None


# a title's words after a body's name: 'The KTB Chairman said', 'the NA speaker noted'
TITLE_RUN = rf"(?:(?i:{lexicon.alternation(lexicon.words('titles', 'title'))})\s+)"
_BODY_TITLE = re.compile(rf"\s+(?P<t>{TITLE_RUN}{{1,3}})(?:also\s+)?")


def body_title_holder(doc: Doc, text: str, span: Span, verb: int) -> Ref | None:
    """'The KTB Chairman said', 'the Tea Board chief executive noted': a body's name used as the
    modifier of a title is the title's holder speaking — the one holder of that body, else the
    one holder the article names."""
    title = _BODY_TITLE.fullmatch(text[span.end:verb])
    if title is None:
        return None
    phrase = title.group("t").strip()
    held = [p for p in role_holders(doc, phrase) if p.affiliation == span.ref.key]
    return Ref("person", held[0].name) if len(held) == 1 else role_holder(doc, phrase)
