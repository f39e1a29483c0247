"""Meetings wished for, not held: 'stressed the importance of a meeting between A and B', 'set
the stage for a summit of the two leaders', 'the need for talks'.  A frame of wanting, needing or
preparing right before a meeting noun makes it an idea of a meeting (and a verb of calling off
right before a visit noun, a visit that did not happen); GOLD_FORMAT counts a planned
meeting only when its time is stated, so such a meeting is an event only when the sentence gives
it a time after the noun ('paved the way for a summit in June'), or says it was held.
'The upcoming summit' with no time of its own is such a meeting foreseen, and so is a meeting
noun whose own verb is a future passive, in a sentence that states no time: 'talks would be held
at an appropriate time', 'the next session will take place in Lima'.  The frames are
lexicon rows (event_words: wish-frame)."""

from __future__ import annotations

import re

from coopkg.extract.cues import lowered
from coopkg.extract.event_clauses import event_words
from coopkg.extract.lexicon import alternation
from coopkg.extract.literals import necessary

# the frame, then a determiner and at most three modifiers before the meeting noun
_WISHED = re.compile(rf"\b(?i:{alternation(event_words('wish-frame'))})\s+(?:(?:a|an|the|another|"
                     r"new|further|more|regular|such)\s+)?(?:[\w\-’']+\s+){0,3}$")
_HELD = re.compile(r"[^,;.]{0,60}?\b(?:held|took\s+place|convened|opened)\b")


# a verb still to come, then an adverb of recurrence, in the meeting noun's clause before it
_RECURRING = re.compile(rf"\b(?:will|would|shall|to)\s[^,;.]{{0,60}}?\b"
                        rf"(?i:{alternation(event_words('recurring'))})\b[^,;.]{{0,40}}$", re.I)


def wished(before: str, after: str, timed_after: bool) -> bool:
    """Whether the meeting noun between `before` and `after` is only wished for or foreseen: a
    frame leads it, or a recurrence still to come ('will meet annually for talks': a standing
    arrangement), nothing says it was held, and no time is stated for it after the noun (a date
    before it, 'Yesterday's accord set the stage for a summit', is another clause's)."""
    framed = _WISHED.search(before, max(0, len(before) - 90)) or \
        _RECURRING.search(before, max(0, len(before) - 110))
    return bool(framed) and not _HELD.match(after) and not timed_after


# the meeting noun's own verb, a future or modal 'be held' / 'take place' in its clause
_FORESEEN = re.compile(r"[^,;.]{0,60}?\b(?:will|would|shall|(?:is|are)\s+(?:expected\s+|scheduled\s+|due\s+|"
                       r"set\s+|going\s+)?to)\s+(?:(?:also|then|soon|later|now)\s+)?(?:be\s+(?:held|"
                       r"convened|organi[sz]ed)|take\s+place)\b", re.I)


# 'will take place on the sidelines of the summit': timed by the occasion it is part of
_ANCHORED = re.compile(r"\b(?:sidelines|margins|during|as\s+part\s+of|ahead\s+of|after|before|"
                       r"following)\b", re.I)


def foreseen(after: str, dated: bool) -> bool:
    """Whether the meeting noun before `after` is a plan whose time the sentence does not state
    ('said talks with Bolivia would be held at an appropriate time'): GOLD_FORMAT counts a planned
    meeting only with its time, so with no date anywhere in the sentence it is no occasion —
    unless it is placed within another occasion, whose time it takes ('a round table will take
    place on the sidelines of the summit')."""
    planned = None if dated else _FORESEEN.match(after)
    return planned is not None and not _ANCHORED.search(after, planned.end())


# the verb of calling off, then at most six words of its object noun phrase: no clause break, and
# no preposition or conjunction that would start an adverbial of another occasion ('cancelled the
# tariffs during her visit')
_GAP_STOP = r"(?i:during|amid|after|before|while|following|at|in|on|and|but|as|ahead)\b"
_CALLED_OFF = re.compile(rf"\b(?i:{alternation(event_words('cancel-verb'))})\s+"
                         rf"(?:(?!{_GAP_STOP})[^\s,;.]+(?:\s+|$)){{0,6}}$")


def called_off(before: str) -> bool:
    """Whether the visit noun after `before` is the object of a verb of calling it off ('cancelled
    her planned visit to X', 'scrapped what was to be the first trip by a Nordic premier'):
    a visit that did not take place is no occasion, whatever time the sentence gives."""
    return bool(_CALLED_OFF.search(before, max(0, len(before) - 80)))


# the occasion's own passive verb of calling off, in its clause after the noun: 'the visit ... was
# postponed', 'the meeting has been called off'; the gap holds no word that opens another clause
_CLAUSE_OPENER = r"(?i:after|before|since|because|when|while|following|but|though|although|as|amid)\b"
_CALLED_OFF_AFTER = re.compile(
    rf"(?:(?!{_CLAUSE_OPENER})[^;.!?]){{0,140}}?\b(?i:was|were|(?:has|have|had)\s+been|is|are|will\s+be|"
    rf"would\s+be)\s+(?:(?:also|now|reportedly|indefinitely|abruptly|suddenly)\s+)?"
    rf"(?i:{alternation(event_words('cancel-verb'))})\b")


# the lowercase strings one of which every match of _CALLED_OFF_AFTER holds (literals.py)
_CALLED_OFF_CUES = tuple(sorted(necessary(_CALLED_OFF_AFTER.pattern, _CALLED_OFF_AFTER.flags) or ()))


def called_off_after(after: str) -> bool:
    """Whether the occasion noun before `after` is the subject of a passive verb of calling it off
    ('the state visit of X to Y has been postponed', 'a planned trip ... was cancelled'): an
    occasion that did not take place is no event, whatever time the sentence gives.  Speed only:
    the pattern's cues are tested on the lowered text first (a gated pattern scans the rest of a
    sentence at once, and this scan tries up to 140 characters of gap at each step; the tests
    cost a twentieth of it)."""
    low = lowered(after) if _CALLED_OFF_CUES else None
    if low is not None and not any(map(low.__contains__, _CALLED_OFF_CUES)):
        return False
    return bool(_CALLED_OFF_AFTER.match(after))


# 'no press conference', 'without a summit': an occasion said not to take place
_DENIED = re.compile(r"\b(?:[Nn]o|[Ww]ithout(?:\s+an?)?)\s+(?:[\w\-]+\s+)?$")
# 'a next summit', 'the next session' with no time of their own: one still to be arranged
_NEXT = re.compile(r"\b(?:[Aa]|[Tt]he)\s+next\s+(?:[\w\-]+\s+)?$")
# 'a Memorandum of Understanding on (the Establishment of a Mechanism of) Political
# Consultations': the meeting noun names what a document is about, no occasion held
_DOCUMENT_TOPIC = re.compile(
    r"\b(?i:memorand(?:um|a|ums)|mous?|agreements?|protocols?|treat(?:y|ies)|accords?)"
    r"(?:\s+of\s+[Uu]nderstanding)?\s+(?:on|regarding|concerning)\s+"
    r"(?:(?:\([a-z]\)|the|a|an|of|for|[Ee]stablishment|[Mm]echanism|bilateral|regular|annual|"
    r"[A-Z][a-z]+)\s+){0,6}$")


def not_held(before: str, timed: bool) -> bool:
    """An occasion denied ('there will be no press conference'), a next one with no time
    ('at a next summit of the region's states'), or the subject of a document ('an MoU on
    Political Consultations'): no occasion held or planned with its time (GOLD_FORMAT)."""
    return bool(_DENIED.search(before) or (not timed and _NEXT.search(before)) or
                _DOCUMENT_TOPIC.search(before))
