"""Dates of events the general date rules leave out or read for something else: a year that
modifies the event's noun phrase ('the 2019 summit', 'his 2018 state visit to X', 'the 2015
China-Africa Forum') is the event's year, never the publication's; a month or day followed by
'last year' ('in March last year') is read in that year (dates.with_relative_years); and 'visited
X in 2015 and 2019' is one visit per year."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from coopkg.extract.dates import DateMention, with_relative_years
from coopkg.extract.doc import Sent
from coopkg.extract.event_clauses import Mention, event_words
from coopkg.extract.facts import When
from coopkg.extract.lexicon import NUMBER_WORDS, alternation
from coopkg.extract.sentence_gates import gate

_EVENT_NOUNS = alternation([*event_words("noun"), "visit", "visits", "trip", "tour", "ceremony",
                            *event_words("occasion")])
_MODIFIER_YEAR = re.compile(
    rf"\b(?:the|his|her|their|its|this|that|a|an|[A-Z][\w\-]*['’]s?)\s+(?P<year>(?:19|20)\d\d)\s+"
    rf"(?:(?:[A-Z][\w\-’']*|\d+(?:st|nd|rd|th)|of|state|official|working|bilateral|annual|"
    rf"high-level|ministerial|summit|{_EVENT_NOUNS})\s+){{0,6}}?(?i:{_EVENT_NOUNS})\b")


def with_event_dates(sent: Sent, published: date, previous: str | None = None) -> Sent:
    """The sentence with its date mentions read for events: 'in March last year' as one date,
    a year that modifies an event's noun as that event's date, 'this morning (May 15)' as the
    day in brackets, and 'the next day' as the day after `previous`, the last day an earlier
    sentence stated."""
    if not sent.dates and _READ.closed(sent.text):
        return sent  # most sentences: no date to read again, none of the phrases that add one
    dates = _bracketed(sent.text, with_relative_years(sent.text, list(sent.dates), published))
    if previous is not None:
        dates += [DateMention(m.start(), m.end(), When((date.fromisoformat(previous) + timedelta(days=1))
                                                       .isoformat())) for m in _NEXT_DAY.finditer(sent.text)]
    extra = [DateMention(*m.span("year"), When(m.group("year"))) for m in _MODIFIER_YEAR.finditer(sent.text)]
    for mention in [*extra, *_ago(sent.text, published)]:
        if not any(d.start < mention.end and mention.start < d.end for d in dates):
            dates.append(mention)
    if dates == sent.dates:
        return sent
    return Sent(sent.sentence, sent.spans, sorted(dates, key=lambda d: d.start))


_AGO = re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                  r"(?P<unit>years?|months?)\s+ago\b", re.I)


def _ago(text: str, published: date) -> list[DateMention]:
    """'two years ago' → that year, 'three months ago' → that month: the time of an event
    told as past, at the precision the phrase gives."""
    out = []
    for m in _AGO.finditer(text):
        word = m.group("n").lower()
        n = 1 if word in ("a", "an") else int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
        if m.group("unit").lower().startswith("year"):
            out.append(DateMention(m.start(), m.end(), When(str(published.year - n))))
            continue
        index = published.year * 12 + published.month - 1 - n
        out.append(DateMention(m.start(), m.end(), When(f"{index // 12:04d}-{index % 12 + 1:02d}")))
    return out


_NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after)\b"
                       r"(?!\s+(?:tomorrow|that|the))", re.I)
_BRACKET = re.compile(r"\s*\(\s*$")


def _bracketed(text: str, dates: list[DateMention]) -> list[DateMention]:
    """'this morning (May 15)', 'on Tuesday (14 May)': the day in brackets is the one meant; the
    relative word before it was read against the publication date."""
    drop = {id(a) for a, b in zip(dates, dates[1:], strict=False)
            if _BRACKET.fullmatch(text[a.end:b.start]) and len(b.when.value) == 10}
    return [d for d in dates if id(d) not in drop]


_READ = gate(globals(), "_NEXT_DAY", "_MODIFIER_YEAR", "_AGO")


def last_day(sent: Sent) -> str | None:
    """The last day-precise date a sentence states, for a later 'the next day'."""
    days = [d.when.value for d in sent.dates if len(d.when.value) == 10 and not d.when.inherited]
    return days[-1] if days else None


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
