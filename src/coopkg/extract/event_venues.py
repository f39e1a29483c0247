"""Where a clause's day is told past the words that would otherwise hold it.

A trailing adverbial of the room or building where an occasion took place ('had an audience with
X, in her office in Kisumu, on Monday morning', 'a meeting between A and B, Ambassador of C, at the
ministry's office here in Lusaka on Friday') only sets the scene of the clause before it and
holds no verb, so a day told in it or right after it is still the occasion's — unlike a clause of
its own between commas, whose day belongs to whatever that clause reports.  A bare year opening a
name ('the 2023 Atlantic Trade Forum') names an edition, so a later day of the clause is more
exact than it."""

from __future__ import annotations

import re

from coopkg.extract import lexicon

# 'the 2023 Atlantic Trade Forum Annual Meeting': a year between 'the' and a capitalised name
_BEFORE_EDITION = re.compile(r"\b[Tt]he\s+$")
_AFTER_EDITION = re.compile(r"\s+[A-Z]")

# nouns of the room or building an occasion takes place in (event_words 'venue-noun' rows)
_VENUE_NOUNS = lexicon.words("event_words", "venue-noun")
# the words that join them to an owner and a city: 'in his office in X', 'at the offices of the Y'
_JOINERS = frozenset({"the", "of", "his", "her", "their", "its", "in", "at", "a", "an", "and", "'s", "’s"})
_OPENERS = frozenset({"in", "at"})
_MAX_WORDS = 10  # 'at the headquarters of the Ministry of Foreign Affairs in X': a short phrase
# 'in X, just outside (of) Y on Thursday', 'in X, near Y': a place set by another it lies near
# (event_words 'place-relation' rows), then only capitalised words (the place's name)
_PLACE_RELATION = re.compile(r"\s*(?:just\s+|right\s+)?(?i:" +
                             lexicon.alternation(lexicon.words("event_words", "place-relation")) +
                             r")\s+(?:of\s+)?(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*\s*")


_VENUE_ADVERBIAL_RE = re.compile(r"[\w\-’']+")


def venue_adverbial(segment: str) -> bool:
    """Whether `segment` (text between commas, or before a day) is 'in/at' + a venue noun + its
    owner and city: a phrase of setting, not a clause.  A common word other than a joiner only
    modifies a venue noun at most two words on ('the presidential palace', 'the ministry
    office'); any other one (a verb, an object) makes it a clause."""
    words = _VENUE_ADVERBIAL_RE.findall(segment)
    if not words or words[0].lower() not in _OPENERS or len(words) > _MAX_WORDS:
        return False
    lowered = [w.lower() for w in words]
    if not any(w in _VENUE_NOUNS for w in lowered):
        return False
    return all(w[:1].isupper() or low in _JOINERS or low in _VENUE_NOUNS
               or any(n in _VENUE_NOUNS for n in lowered[i + 1:i + 3])
               for i, (w, low) in enumerate(zip(words, lowered, strict=True)))


def edition_year(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a bare year opening a name ('on the sidelines of
    the 2023 Atlantic Trade Forum Annual Session in Porto, Portugal, on June 4'): the year
    names the edition of that occasion, so a day told later for the clause's occasion is more
    exact than it, and is preferred to it."""
    return end - start == 4 and text[start:end].isdigit() and \
        bool(_BEFORE_EDITION.search(text, max(0, start - 8), start)) and bool(_AFTER_EDITION.match(text, end))


def place_relation(segment: str) -> bool:
    """Whether `segment` (text between a comma and a day) only places the clause's place near
    another ('held in X, just outside of Y on Thursday'): it holds no verb, so the day after it
    is still the occasion's."""
    return _PLACE_RELATION.fullmatch(segment) is not None
