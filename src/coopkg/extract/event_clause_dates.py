"""Which of an event clause's dates times the event, and where its clause ends (event_clauses.when
reads them): a date in the possessive before the event's name, a date past a word that hands it to
another occasion, a date told after 'and' for the second of two occasions, and a list of names
whose commas do not end the clause."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.dates import DateMention, sharper
from coopkg.extract.doc import Sent
from coopkg.extract.facts import When

# 'the second visit since attending X's inauguration in May', "X's visit follows Y's to Z in March":
# a date past such a word in the event's clause is the other occasion's
_OTHER_OCCASION = lexicon.alternation(lexicon.words("event_words", "other-occasion"))
_ELSEWHERE = re.compile(rf"\b(?:{_OTHER_OCCASION})\b", re.I)


def _elsewhere(text: str, pos: int, at: int) -> bool:
    """Whether the date at `at` belongs to another occasion named between the event word at
    `pos` and it: after 'since', 'follows', 'comes after' ('A's visit follows B's to C in May')."""
    return bool(_ELSEWHERE.search(text, pos, at))


# "next week's Korea-Africa Summit", "Friday's talks": a date in the possessive right before the
# event's name (a few of its words between) is that event's, whatever else the clause dates
_OWNER_GAP = re.compile(r"['’]s\s+(?:(?:the\s+)?[A-Z0-9][\w\-’']*\s+|[a-z]+-level\s+|annual\s+){0,6}$")


def possessive_date(view: Sent, pos: int) -> When | None:
    """The date of "next week's summit" or "last month's talks": a relative date or day in the
    possessive that names the event at `pos`; a bare year so placed only says which occasion
    ('this year's summit ... on Saturday, May 31' is the day's), and is left to the clause."""
    text = view.text
    for d in view.dates:
        if d.end <= pos <= d.end + 80 and d.when.value and len(d.when.value) > 4 \
                and _OWNER_GAP.match(text, d.end, pos):
            return d.when
    return None


def clause_dates(view: Sent, pos: int, start: int, end: int, opening: int) -> list[DateMention]:
    """The dates of the event's clause [start, end), the one that times it first: none past a
    word that hands it to another occasion; after a dateline only those told after it ('CITY, May
    17 (Agency) With the signing on Monday of ...'); after 'and', only those after the event
    ('A visited X in May and B's visit in June': B's is June); a fuller date before a possessive
    year ('this year's summit ... on Saturday, May 11')."""
    text = view.text
    local = [d for d in view.dates if start <= d.start < end and not _elsewhere(text, pos, d.start)]
    local = [d for d in local if d.start >= opening] or local
    if len(local) > 1 and local[0].end < pos < local[-1].start and _AND_THEN.search(text, local[0].end, pos):
        local = [d for d in local if d.start > pos]
    if local:
        first = sharper(text, local, local[0])
        local = [first, *(d for d in local if d is not first)]
    return local


_AND_THEN = re.compile(r"\sand\s")
_NAME = r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}"
# an item of a list of people with their titles: 'Prime Minister Ana Soto', 'foreign minister X Y'
_TITLE_LOWER = lexicon.alternation(sorted(lexicon.words("titles") | lexicon.words("title_fields")))
_ITEM = rf"(?:(?:{_TITLE_LOWER})\s+){{0,2}}[A-Z][\w\-.]+(?:\s+(?:[A-Z][\w\-.]+|of|the|aka)){{0,7}}"
_LIST_REST = re.compile(rf",\s+(?:{_ITEM},\s+)*{_ITEM},?\s+and\s+(?:the\s+)?{_ITEM}")
# a series of common nouns: 'on trade, farming and fisheries was held from May 3-5'
_SERIES_REST = re.compile(r",\s+(?:[a-z]+,\s+)*[a-z]+,?\s+and\s+[a-z]+\b(?!,)")
_SERIES_HEAD = re.compile(r"\b(?:in|of|on|for|including)\s+(?:[a-z]+\s+){0,2}[a-z]+$")


def past_list(text: str, comma: int) -> int:
    """The clause's end: the comma, unless it only separates the names of a list ('the summit
    of Kenya, Uganda and Tanzania took place on Thursday'), whose end is then the next comma."""
    if comma < 0:
        return len(text)
    rest = _LIST_REST.match(text, comma)
    if rest is None or not text[:comma].rstrip()[-1:].isalpha() or not re.search(rf"{_NAME}$", text[:comma]):
        rest = _SERIES_REST.match(text, comma) if _SERIES_HEAD.search(text[:comma]) else None
        if rest is None:  # 'cooperation in trade, energy and mining took place': a series of nouns
            return comma
    stop = text.find(",", rest.end())
    return stop if stop >= 0 else len(text)
