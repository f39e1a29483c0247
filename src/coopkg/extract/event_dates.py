"""Dates of events the general date rules leave out or read for something else: a year that
modifies the event's noun phrase ('the 2019 summit', 'his 2018 state visit to X', 'the 2015
China-Africa Forum') is the event's year, never the publication's; a month or day followed by
'last year' ('in March last year') is read in that year (dates.with_relative_years); and 'visited
X in 2015 and 2019' is one visit per year."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from coopkg.extract.cues import folded
from coopkg.extract.dates import DateMention, with_relative_years
from coopkg.extract.doc import Sent
from coopkg.extract.event_clauses import Mention, event_words
from coopkg.extract.facts import Event, When
from coopkg.extract.lexicon import NUMBER_WORDS, alternation

_EVENT_NOUNS = alternation([*event_words("noun"), "visit", "visits", "trip", "tour", "ceremony",
                            *event_words("occasion")])
_MODIFIER_YEAR = re.compile(
    rf"\b(?:(?i:the|his|her|their|its|this|that|a|an)|[A-Z][\w\-]*['’]s?)\s+(?P<year>(?:19|20)\d\d)\s+"
    rf"(?:(?:[A-Z][\w\-’']*|\d+(?:st|nd|rd|th)|of|state|official|working|bilateral|annual|"
    rf"high-level|ministerial|summit|{_EVENT_NOUNS})\s+){{0,6}}?(?i:{_EVENT_NOUNS})\b")


class Told(NamedTuple):
    """What earlier sentences dated, for relative times: the last day stated ('the next day',
    'two days later'), and the last date of any precision ('that same year', 'the following
    year')."""

    day: str | None
    last: str


def with_event_dates(sent: Sent, published: date, previous: Told | None = None) -> Sent:
    """The sentence with its date mentions read for events: 'in March last year' as one date,
    a year that modifies an event's noun as that event's date, 'this morning (May 15)' as the
    day in brackets, and times relative to an earlier sentence's (`previous`): 'the next day',
    'two days later', 'that same year', 'the following year'."""
    dates = _bracketed(sent.text, with_relative_years(sent.text, list(sent.dates), published))
    if previous is not None:
        told = _told_after(sent.text, previous)
        dates = [d for d in dates if not any(t.start < d.end and d.start < t.end for t in told)] + told
    text = sent.text
    if dates and ("by " in text or "until " in text or "till " in text):  # speed: cheap tests first
        dates = _without_deadlines(text, dates)
    if " day" in text or "today" in text or "the morning" in text or "the afternoon" in text or \
            "the evening" in text:
        dates = dates + _same_day(text, dates, previous, published)
        dates = dates + _days_apart(text, dates)
    years = _MODIFIER_YEAR.finditer(text) if "19" in text or "20" in text else ()  # speed: a year
    extra = [DateMention(*m.span("year"), When(m.group("year"))) for m in years]
    for mention in extra:
        if not any(d.start < mention.end and mention.start < d.end for d in dates):
            dates.append(mention)
    if dates == sent.dates:
        return sent
    return Sent(sent.sentence, sent.spans, sorted(dates, key=lambda d: d.start))


_SAME_YEAR = re.compile(r"\b(?:(?:that|the)\s+same\s+year|(?:later|earlier)\s+that\s+year)\b", re.I)
_NEXT_YEAR = re.compile(r"\b(?:the\s+following\s+year|a\s+year\s+later)\b", re.I)
_DAYS_LATER = re.compile(r"\b(?P<n>two|three|four|five|six|seven|\d)\s+days\s+later\b", re.I)


def _told_after(text: str, previous: Told) -> list[DateMention]:
    """Dates stated relative to the last ones an earlier sentence gave.  Every form names a day
    or a year: a sentence with neither word (lowered) is not scanned five times."""
    low = folded(text)
    if low is not None and "day" not in low and "year" not in low:
        return []
    out = []
    if previous.day is not None:
        day = date.fromisoformat(previous.day)
        out += [DateMention(m.start(), m.end(), When((day + timedelta(days=1)).isoformat()))
                for m in _NEXT_DAY.finditer(text)]
        out += days_before(text, previous.day)
        for m in _DAYS_LATER.finditer(text):
            n = m.group("n").lower()
            step = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 0)
            out.append(DateMention(m.start(), m.end(), When((day + timedelta(days=step)).isoformat())))
    year = int(previous.last[:4])
    out += [DateMention(m.start(), m.end(), When(str(year))) for m in _SAME_YEAR.finditer(text)]
    out += [DateMention(m.start(), m.end(), When(str(year + 1))) for m in _NEXT_YEAR.finditer(text)]
    return out


_DEADLINE = re.compile(r"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+)?$", re.I)
_SAME_DAY = re.compile(r"\b(?:(?:later|earlier)\s+(?:in\s+the|that|the\s+same)\s+day|later\s+today|"
                       r"on\s+the\s+same\s+day|"
                       r"(?:(?:later|earlier)\s+)?in\s+the\s+(?:morning|afternoon|evening))\b", re.I)


def _without_deadlines(text: str, dates: list[DateMention]) -> list[DateMention]:
    """'to discuss a target of 10 GW by 2030': a year after 'by' or 'until' is a deadline of
    the plan, never when the event takes place."""
    return [d for d in dates if not (len(d.when.value) == 4 and _DEADLINE.search(text, max(0, d.start - 20),
                                                                                 d.start))]


def _same_day(text: str, dates: list[DateMention], previous: Told | None, published: date
              ) -> list[DateMention]:
    """'will meet X in a separate meeting later in the day', 'on the same day', 'the forum held in
    the afternoon': the day the sentence or the story last stated, else the paper's own day (a
    part of a day is a day)."""
    days = [d.when.value for d in dates if len(d.when.value) == 10]
    day = days[-1] if days else previous.day if previous is not None and previous.day else \
        published.isoformat()
    return [DateMention(m.start(), m.end(), When(_story_day(m, day, published)))
            for m in _SAME_DAY.finditer(text)
            if not any(d.start < m.end() and m.start() < d.end for d in dates)]


_IN_THE_DAY = re.compile(r"(?:later|earlier)\s+in\s+the\s+day|later\s+today", re.I)


def _story_day(phrase: re.Match[str], day: str, published: date) -> str:
    """'Earlier in the day' is the day the story tells of: a day stated long before the paper
    (a framework 'in operation since November 15, 2012') is history the writer cited, not it."""
    if _IN_THE_DAY.match(phrase.group()) and date.fromisoformat(day) < published - timedelta(days=60):
        return published.isoformat()
    return day


_NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after)\b"
                       r"(?!\s+(?:tomorrow|that|the))", re.I)
_DAY_BEFORE = re.compile(r"\b(?:a\s+day\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+day|"
                         r"the\s+day\s+before)\b(?!\s+(?:yesterday|that|the|his|her|their|its)\b)", re.I)


_DAYS_APART = re.compile(r",\s+(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+"
                         r"(?P<dir>after|before)\b", re.I)


def _days_apart(text: str, dates: list[DateMention]) -> list[DateMention]:
    """'announced the deals on Tuesday, a day after X arrived for a state visit': what the
    clause after 'a day after' (or 'two days before') tells happened that many days before
    (after) the day the sentence stated first, not on it."""
    out = []
    for m in _DAYS_APART.finditer(text):
        days = [d for d in dates if d.end <= m.start() and len(d.when.value) == 10]
        if not days:
            continue
        n = m.group("n").lower()
        step = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1)
        day = date.fromisoformat(days[-1].when.value) + timedelta(days=-step if m.group("dir").lower() ==
                                                                   "after" else step)
        out.append(DateMention(m.start("n"), m.end(), When(day.isoformat())))
    return out


def days_before(text: str, day: str) -> list[DateMention]:
    """'A day earlier', 'the day before', 'the previous day': the day before the one an earlier
    sentence stated ('X met Y on Tuesday. A day earlier, ...' is Monday), read for events and
    for documents alike."""
    if "day" not in text:  # speed: every form has the word
        return []
    before = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    return [DateMention(m.start(), m.end(), When(before)) for m in _DAY_BEFORE.finditer(text)]


def with_days_before(sent: Sent, previous: Told | None) -> Sent:
    """The sentence with 'a day earlier' and its kin read as dates against the last day an
    earlier sentence stated; unchanged when there is none or the sentence says no such thing."""
    if previous is None or previous.day is None or "day" not in sent.text:
        return sent
    told = days_before(sent.text, previous.day)
    if not told:
        return sent
    dates = [d for d in sent.dates if not any(t.start < d.end and d.start < t.end for t in told)] + told
    return Sent(sent.sentence, sent.spans, sorted(dates, key=lambda d: d.start), sent.person_candidates)


_BRACKET = re.compile(r"\s*\(\s*$")


def _bracketed(text: str, dates: list[DateMention]) -> list[DateMention]:
    """'this morning (May 15)', 'on Tuesday (14 May)': the day in brackets is the one meant; the
    relative word before it was read against the publication date."""
    drop = {id(a) for a, b in zip(dates, dates[1:], strict=False)
            if _BRACKET.fullmatch(text[a.end:b.start]) and len(b.when.value) == 10}
    return [d for d in dates if id(d) not in drop]


def last_day(sent: Sent, before: Told | None = None) -> Told | None:
    """What this sentence dates for later relative times, keeping an earlier sentence's day
    where this one states none."""
    own = [d.when.value for d in sent.dates if not d.when.inherited]
    if not own:
        return before
    days = [v for v in own if len(v) == 10]
    return Told(days[-1] if days else before.day if before else None, own[-1])


_MORE_YEARS = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:in\s+)?(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)")


def each_year(view: Sent, mentions: list[Mention]) -> list[Mention]:
    """'X visited Y in 2015 and 2019', 'came in 2007, 2009 and 2011': a visit dated by a list
    of years is one visit per year (the later ones as copies of the first)."""
    out = list(mentions)
    for mention in mentions:
        event = mention.event
        if event.date is None or len(event.date.value) != 4 or not event.rule.startswith("event.visit"):
            continue
        first = next((d for d in view.dates if d.when == event.date), None)
        pos = first.end if first is not None else -1
        while pos >= 0 and (m := _MORE_YEARS.match(view.text, pos)) is not None:
            copy = replace(event, date=When(m.group("year")), participants=list(event.participants))
            out.append(Mention(copy, sent=mention.sent, signing=mention.signing))
            pos = m.end()
    return out


def earlier_start(kept: When | None, other: When | None) -> bool:
    """A visit told twice with two stated days a few days apart ('visiting X' in Tuesday's
    talks, 'X, who arrived on Monday'): the visit began on the earlier day."""
    if kept is None or other is None or kept.inherited or other.inherited or \
            len(kept.value) != 10 or len(other.value) != 10 or other.value >= kept.value:
        return False
    return (date.fromisoformat(kept.value) - date.fromisoformat(other.value)).days <= 14


def another_time(kept: Event | None, event: Event, published: str) -> bool:
    """Two visits of one visitor to one country, two meetings of one label ('talks'), each stated
    with its own year, are two; so are two visits, one the story places at its own time (its
    month the paper's) and one stated months before it ('arrived in X on a working visit' ... 'visited X
    in October 2023, to attend Y' in a January paper)."""
    if kept is None:
        return False
    old, new = kept.date or When(published[:7], True), event.date or When(published[:7], True)
    if not old.inherited and not new.inherited:
        return old.value[:4] != new.value[:4]
    return old.inherited != new.inherited and _months_apart(old.value, new.value) >= 2 and \
        kept.rule.startswith("event.visit") and event.rule.startswith("event.visit")


def _months_apart(a: str, b: str) -> int:
    """Whole months between two dates of at least month precision; 0 for a bare year."""
    if len(a) < 7 or len(b) < 7:
        return 0
    return abs((int(a[:4]) - int(b[:4])) * 12 + int(a[5:7]) - int(b[5:7]))
