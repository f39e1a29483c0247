"""Speakers of coordinated verb phrases, whom the subject search right before a speech verb
cannot see.  English news coordinates verb phrases under one subject:

- a speech verb after another verb phrase ('Ana Lopez met Tom Berg and said that ...', 'The
  Peruvian minister visited the port and stressed the priority of ...', 'She toured the plant,
  and announced ...'): the subject of the first verb phrase, at the head of its clause (after an
  opening phrase such as 'During the meeting,'), is the subject of the speech verb too.  Only a
  past verb reports speech so: 'will host a meeting and hopes to win ...' tells a plan;
- two speakers joined by a counterpart phrase ('A and his Norwegian counterpart B affirmed
  ...'): the same one statement each as 'A and B affirmed'.

Asked by `statements` only when `statement_subjects.find_subject` found no one, so a speech verb
with a subject of its own ('..., and the minister said') keeps it."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Span
from coopkg.extract.facts import Ref
from coopkg.extract.quotes import DATELINE, Unit
from coopkg.extract.speakers import Discourse, latest_holder, role_holder
from coopkg.extract.statement_subjects import Subject

# what stands right before the coordinated speech verb: the conjunction, maybe a comma before it
# and an adverb after it ('..., and also stressed')
_AND_BEFORE = re.compile(r"[\w’'”\")\]]\s*,?\s+and\s+(?:also\s+|then\s+|later\s+|further\s+|"
                         r"subsequently\s+|finally\s+)?$")
# an opening phrase before the clause's subject: 'During the meeting,', 'Speaking in Lima,',
# 'On Tuesday,' (a clause of its own, whose subject is not the speaker, begins with a
# subordinator and has its own verb: 'When A arrived, B met her and said' — B)
_OPENING = re.compile(r"(?:(?:In|At|During|After|Following|On|With|Upon|Before|While|When|Later|"
                      r"Earlier|Meanwhile|Also|Today|Yesterday|Separately|Moreover|Furthermore|"
                      r"[A-Z][a-z]+ing)\b[^,;]{0,100},\s*)?")
# titles (capitalised) and a possessive country before the head's name: 'Peruvian Foreign
# Minister', "Kenya's Trade Minister", 'The President of Peru'
_TITLE_WORDS = re.compile(r"(?:[Tt]he\s+)?(?:(?:[A-Z][\w\-.’']*|of|for|and|the)\s+){0,8}")
_PRONOUN = re.compile(r"(?:He|She)\b")
_ROLE_NOUNS = lexicon.alternation(lexicon.ROLE_NOUNS)
# a definite description heading the clause: 'The Peruvian minister', "Peru's foreign minister",
# 'The head of state', 'the President of Peru'
_ROLE_HEAD = re.compile(rf"(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w\-]*['’]s\s+)?(?:[A-Za-z][\w\-]*\s+){{0,3}}?"
                        rf"(?i:{_ROLE_NOUNS})(?:\s+(?:of|to)\s+(?:the\s+)?[A-Z][\w’'\-]*"
                        rf"(?:\s+(?:and\s+)?[A-Z][\w’'\-]*){{0,3}})?)(?=\s+[a-z])")
# the head's own apposition, set off by commas ('Ana Lopez, Peru's foreign minister, visited')
_APPOSITION = re.compile(r",\s[^,;“”\"]{1,80},")
# what the first verb phrase may hold: no clause boundary ('Ana Lopez met Tom Berg, who ...'
# ends her clause), no quotation; a verb phrase of two words at least ('met Berg')
_PHRASE = re.compile(r"\s+(?:[a-z][\w’'\-]*|on|in)\s[^,;:“”\"]*?\s*,?\s*$")


def speaker_of(doc: Doc, unit: Unit, verb: re.Match[str], discourse: Discourse,
               found: Subject | None) -> Subject | None:
    """The subject `find_subject` found, with a counterpart joined to it; else the subject of
    the verb phrase the speech verb is coordinated with."""
    if found is not None:
        joint = counterpart_joint(unit, found.ref, found.start)
        if joint is not None and joint.ref not in found.also:
            found.also.append(joint.ref)  # the subject phrase begins at the first name
            found.start = min(found.start, joint.start)
        return found
    head = coordinated_subject(doc, unit, verb, discourse)
    return Subject(*head, "coordinated") if head is not None else None


def coordinated_subject(doc: Doc, unit: Unit, verb: re.Match[str], discourse: Discourse
                        ) -> tuple[Ref, int, int] | None:
    """The speaker of a speech verb coordinated after the verb phrase of a subject at the head
    of the clause, with where that subject stands; None when the verb is not so coordinated."""
    text = unit.text
    conj = _AND_BEFORE.search(text, 0, verb.start())
    if conj is None or verb.group(0).lower().endswith("s"):
        return None  # 'will host a meeting and hopes to ...': a present verb tells a plan or a state
    head = _head(doc, unit, discourse)
    if head is None:
        return None
    ref, start, end = head
    rest = text[end:conj.start() + 1]
    apposed = _APPOSITION.match(rest)
    rest = rest[apposed.end():] if apposed else rest
    if not _PHRASE.match(rest) or len(rest.split()) < 2:
        return None
    return ref, start, end


def _head(doc: Doc, unit: Unit, discourse: Discourse) -> tuple[Ref, int, int] | None:
    """The subject at the head of the sentence's clause: a person named there (titles before
    the name allowed), 'he'/'she' continuing the passage, or a role phrase naming one person."""
    text = unit.text
    dateline = DATELINE.match(text)
    at = _OPENING.match(text, dateline.end() if dateline else 0).end()
    person = _named_head(unit.sent.spans, text, at)
    if person is not None:
        ref = discourse.current(unit.sent.sentence.index) if person.rule == "person.pronoun" else person.ref
        return (ref, person.start, person.end) if ref is not None else None
    pronoun = _PRONOUN.match(text, at)
    if pronoun:
        ref = discourse.current(unit.sent.sentence.index)
        return (ref, pronoun.start(), pronoun.end()) if ref is not None else None
    role = _ROLE_HEAD.match(text, at)
    if role is None:
        return None
    np = role.group("np")
    ref = role_holder(doc, np) or latest_holder(doc, np, discourse, unit.sent.sentence.index)
    return (ref, role.start(), role.end()) if ref is not None else None


def _named_head(spans: list[Span], text: str, at: int) -> Span | None:
    """The first person span of the clause when only its titles stand before it."""
    person = min((s for s in spans if s.ref.kind == "person" and s.start >= at),
                 key=lambda s: s.start, default=None)
    if person is None or not _TITLE_WORDS.fullmatch(text, at, person.start):
        return None
    return person


_COUNTERPART = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:[A-Z][\w\-’']*\s+){0,2}counterpart,?\s+"
                          r"(?:(?:[A-Z][\w\-.’']*|of|the)\s+){0,4}$")


def counterpart_joint(unit: Unit, speaker: Ref, start: int) -> Span | None:
    """'Ana Lopez and her Norwegian counterpart Tom Berg affirmed ...': the person joined to
    the speaker named at `start` by a counterpart phrase speaks with them."""
    for span in unit.sent.spans:
        if span.ref.kind == "person" and span.end <= start and span.ref != speaker and \
                _COUNTERPART.fullmatch(unit.text, span.end, start):
            return span
    return None
