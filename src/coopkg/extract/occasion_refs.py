"""Occasions already told: a later mention carries the occasion's date.  A story tells an
occasion with its date ('X arrived on Sunday for a state visit', 'the forum opened on June 2'),
may then give background about other years ('Trade grew in 2019 ...'), and comes back to the
occasion without a date ('On X's visit, the two sides ...', 'During the talks, ...', 'at the
forum').  Such a mention names the occasion, not the last dated sentence, so its time is the
occasion's: the latest told occasion of the same noun ('the visit' → the last visit told), and
for a mention naming its owner ("X's visit") the latest one whose sentence names X, else the
first one told (the story's own occasion; a background visit by someone else is not X's).  An
occasion told as another one ('their previous meeting in 2019', 'his last visit') is never the
referent of a later bare mention."""

from __future__ import annotations

import re
from typing import NamedTuple

from coopkg.extract import lexicon
from coopkg.extract.dates import DateMention
from coopkg.extract.doc import Sent
from coopkg.extract.facts import When
from coopkg.extract.memo import by_text

# the occasion nouns (people nouns such as 'the two leaders' name no occasion of their own)
_NOUNS = frozenset(w for w in lexicon.words("episode_cues", "definite") | lexicon.words("event_words", "noun")
                   if w not in lexicon.words("occasion_refs", "not-occasion"))
_NOUN = re.compile(rf"\b(?:{lexicon.alternation(_NOUNS)})\b", re.I)
# the documents a signing made: 'the terms of the agreement' refers back to the signing told
_SIGNED_NOUNS = {"agreement": "signing", "memorandum": "signing", "deal": "signing"}
# 'during the visit', 'at the talks', "on X's visit", 'in his speech at the forum'
_REFERENCE = re.compile(
    rf"\b(?:(?i:the|this|that|his|her|their|its)|(?P<who>[A-Z][\w\-]+)['’]s?)\s+"
    rf"(?:[\w\-]+\s+){{0,3}}?(?P<noun>(?i:{lexicon.alternation(_NOUNS | set(_SIGNED_NOUNS))}))\b")
_OTHER = re.compile(rf"\b(?:{lexicon.alternation(lexicon.words('occasion_refs', 'other'))})\s+"
                    r"(?:[\w\-]+\s+){0,2}$", re.I)
# a month, a year or an ordinal among the modifiers names an occasion of its own time
_OWN_TIME = re.compile(rf"\b(?:(?i:{lexicon.alternation(frozenset(lexicon.MONTHS))})|\d+(?:st|nd|rd|th)?)\b")
_PLURAL = {"meetings": "meeting", "forums": "forum", "conferences": "conference", "sessions": "session",
           "summits": "summit", "visits": "visit"}


# 'was received at State House before the talks': a sentence that places its own time against
# an occasion names it without telling it, so its date is not the occasion's — unless the date
# follows the noun ('after the talks on Tuesday')
RELATIVE_TO = re.compile(r"\b(?:before|after|ahead\s+of|prior\s+to|following)\s+(?:the|their|his|her|"
                         r"these|those)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_RIGHT_AFTER = 20  # characters: 'the talks on Tuesday', 'the forum in Nairobi on May 2'


class Told(NamedTuple):
    """One occasion a sentence told: its noun, its date and the sentence's text."""

    noun: str
    when: When
    text: str


def key(noun: str) -> str:
    """'Meetings' and 'meeting' are one kind of occasion."""
    low = noun.lower()
    return _SIGNED_NOUNS.get(low) or _PLURAL.get(low, low)


def told_in(sent: Sent, time: When | None, published: str, filed: DateMention | None = None
            ) -> list[Told]:
    """The occasions `sent` tells and their dates: each occasion noun with the nearest date the
    sentence states (up to publication), or the sentence's episode time `time` when it states
    none, and a signing told by its verb with a day other than the dateline's `filed`; an
    occasion told as another one ('the previous meeting') is left out."""
    dated = [d for d in sent.dates if d.when.value <= published[:len(d.when.value)]]
    signed = _signing_told(sent, dated, filed)
    nouns = _occasion_nouns(sent.text)
    if not nouns:  # most sentences name no occasion
        return signed
    out = signed
    for start, end, noun, relative in nouns:
        own = [d for d in dated if 0 <= d.start - end <= _RIGHT_AFTER] if relative else dated
        if relative and not own:
            continue
        if own:
            when = min(own, key=lambda d: abs(d.start - start)).when
        elif time is not None:
            when = time
        else:
            continue
        out.append(Told(noun, when, sent.text))
    return out


@by_text
def _occasion_nouns(text: str) -> tuple[tuple[int, int, str, bool], ...]:
    """(start, end, kind, placed against it) of each occasion noun `text` tells as no other
    occasion, where 'placed against it' is a time word relating the sentence's own time to it
    ('before the talks').  Speed only: these read the text alone, and every component's episode
    times ask them of every sentence of every article, so a recurring sentence is read once."""
    if not _NOUN.search(text):
        return ()
    return tuple((m.start(), m.end(), key(m.group()),
                  RELATIVE_TO.search(text, max(0, m.start() - 40), m.start()) is not None)
                 for m in _NOUN.finditer(text) if not _OTHER.search(text, max(0, m.start() - 40), m.start()))


_SIGNED = re.compile(r"\b(?:was|were|been|be)\s+(?:\w+ly\s+)?(?:signed|inked|sealed)\b"
                     r"|\b(?:signed|inked)\s+(?:an?|the|two|three|four|five|six|\d+)\b")


def _signing_told(sent: Sent, dated: list[DateMention], filed: DateMention | None) -> list[Told]:
    """'An agreement was signed on Tuesday': a signing told by its verb with a stated day is the
    occasion a later 'On the occasion of the signing, X said' refers to."""
    dated = [d for d in dated if d is not filed]  # the day the story was filed is no signing's
    m = _SIGNED.search(sent.text) if dated else None
    if m is None:
        return []
    return [Told("signing", min(dated, key=lambda d: abs(d.start - m.start())).when, sent.text)]


def referent(text: str, told: list[Told]) -> When | None:
    """The date of the told occasion `text` mentions again ('during the visit', "X's visit"),
    None when it mentions none or none of its kind was told."""
    if not told:
        return None
    for noun, who in _references(text):
        alike = [t for t in told if t.noun == noun]
        if not alike:
            continue
        if who is None or who in lexicon.words("occasion_refs", "not-owner"):
            return _sharing_names(text, alike).when
        named = [t for t in alike if who in t.text]
        return (named[-1] if named else alike[0]).when
    return None


@by_text
def _references(text: str) -> tuple[tuple[str, str | None], ...]:
    """(kind, owner's name or None) of each mention of an occasion `text` makes that names no
    other occasion ('their previous meeting', 'the April meeting' do).  Speed only: they read
    the text alone, and the episode times ask them of each sentence of each article."""
    return tuple((key(m.group("noun")), m.group("who")) for m in _REFERENCE.finditer(text)
                 if not (_OTHER.search(text, max(0, m.start() - 40), m.start("noun")) or
                         _OWN_TIME.search(text, m.start(), m.start("noun"))))


_NAME = re.compile(r"(?<=[\w,;] )[A-Z][a-z]{2,}")


def _sharing_names(text: str, alike: list[Told]) -> Told:
    """'During the visit, A and B held talks': the latest told occasion whose sentence names
    someone this one names (the story's visit by A, not a background visit by C), else the
    latest one told."""
    names = set(_NAME.findall(text))
    sharing = [t for t in alike if any(n in t.text for n in names)]
    return (sharing or alike)[-1]
