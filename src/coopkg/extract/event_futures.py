"""Dates read for events only: a month named without day or year ('in November'), and dates in
a sentence about the future, which lie ahead of the paper ('will attend the fair in November' in
a May paper is this coming November) unless the stay they open has not ended by the paper's day
('will be in X from 1-3 June' in a paper of 2 June)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from coopkg.extract import dates as dates_module
from coopkg.extract.dates import DateMention, find_bare_months, range_starts
from coopkg.extract.doc import Sent
from coopkg.extract.event_clauses import event_words
from coopkg.extract.event_tense import ahead
from coopkg.extract.facts import When
from coopkg.extract.lexicon import MONTH_NAMES, alternation
from coopkg.extract.memo import by_text
from coopkg.extract.sentence_gates import gate


def with_bare_months(sent: Sent, published: date) -> Sent:
    """The sentence with 'in November' (no day, no year) among its dates, for events only; in a
    sentence about the future ('will attend … in November') it is the next such month."""
    if not sent.dates and _BARE.closed(sent.text):
        return sent  # an undated sentence without a month name gains no date
    extra = [d for d in find_bare_months(sent.text, published)
             if not any(o.start < d.end and d.start < o.end for o in sent.dates)]
    dates = range_starts(sent.text, [*sent.dates, *extra])
    if dates and future_in(sent.text):  # most sentences have no date to move
        dates = [_next_year(d, sent.text, published) if ahead(sent.text, d.start, _FUTURE) else d
                 for d in dates]
    if dates == sent.dates:
        return sent
    return Sent(sent.sentence, sent.spans, sorted(dates, key=lambda d: d.start))


_BARE = gate(vars(dates_module), "_BARE_MONTH")
# 'a forum being held in X on Tuesday' (not 'was being held', nor a person 'being held by' a court)
# tells an occasion under way or ahead, as 'is to be held' does
_FUTURE = re.compile(rf"\b(?:will|shall|(?:is|are)\s+(?:scheduled|expected|due|set)\s+to"
                     r"|(?:is|are)\s+to\s+[a-z]+|prepar(?:es|ing)\s+to|(?<!\bwas\s)(?<!\bwere\s)being\s+held(?!\s+(?:by|in\s+custody))"
                     rf"|scheduled\s+for|upcoming|forthcoming|{alternation(event_words('journey-present'))}"
                     r"|(?:leaves|departs|sets\s+off)\s+on\s+[A-Z][a-z]+day|takes?\s+place"
                     r"|(?:kicks\s+off|opens|begins|starts|commences|gets\s+under\s?way)\s+on\s+[A-Z][a-z]+day"
                     rf"|(?:{alternation(event_words('plan-verb'))})(?:\s+on\s+[A-Z][a-z]+day)?"
                     rf"\s+to\s+(?:{alternation(event_words('hold-verb'))})"
                     r"|(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
                     rf"(?:{alternation(event_words('plan-present'))})\s+to\s+[a-z]+)\b",
                     re.I)


def told_ahead(text: str, start: int) -> bool:
    """Whether the date at `start` is told as lying ahead ('will hold talks on Friday'): the date
    rules read a bare weekday as the latest one, which a future clause contradicts."""
    return future_in(text) and ahead(text, start, _FUTURE)


@by_text
def future_in(text: str) -> bool:
    """Speed only: whether _FUTURE matches anywhere in `text` (`bool(_FUTURE.search(text))`),
    searched once per sentence though the event dates (`with_bare_months`) and the story date
    (`told_ahead`, for each of its dates) both ask it."""
    return _FUTURE.search(text) is not None


_WEEKDAY = re.compile(r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.I)
_MONTH_WORD = re.compile(rf"\b(?:{MONTH_NAMES})", re.I)


_NEXT_YEAR_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NEXT_YEAR_RE2 = re.compile(r"\d{4}")
_NEXT_YEAR_RE3 = re.compile(r"\d")
_NEXT_YEAR_RE4 = re.compile(r"\d{4}-\d{2}")


def _next_year(mention: DateMention, text: str, published: date) -> DateMention:
    """A month (or a day and month) named without a year, read as past by the date rules, is
    ahead in a sentence about the future: 'will attend the fair in November' in May is this
    coming November, and 'will meet on Friday' in a Tuesday paper is the coming Friday.
    'today' and 'tomorrow' keep their reading."""
    value = mention.when.value
    written = text[mention.start:mention.end]
    if _WEEKDAY.fullmatch(written) and value < published.isoformat():
        ahead = date.fromisoformat(value) + timedelta(days=7)
        return DateMention(mention.start, mention.end, When(ahead.isoformat(), mention.when.inherited))
    if _NEXT_YEAR_RE.fullmatch(value) and not _NEXT_YEAR_RE2.search(written) \
            and _MONTH_WORD.search(written) \
            and _last_day(value, written + _range_end(text, mention.end)) < published.isoformat():
        return DateMention(mention.start, mention.end,  # 'will travel ... on 9 June' in May
                           When(f"{int(value[:4]) + 1:04d}{value[4:]}", mention.when.inherited))
    if not _NEXT_YEAR_RE4.fullmatch(value) or _NEXT_YEAR_RE3.search(written) \
            or value >= published.strftime("%Y-%m"):
        return mention
    year, month = (int(x) for x in value.split("-"))
    return DateMention(mention.start, mention.end, When(f"{year + 1:04d}-{month:02d}"))


_RANGE_END = re.compile(r"\s*(?:-|–|to|until)\s*\d{1,2}\b(?![.,:]?\d|\s*%)")


def _range_end(text: str, end: int) -> str:
    """'May 15 to 17': the day that ends a range written after the date mention, if any."""
    m = _RANGE_END.match(text, end)
    return m.group() if m else ""


_LAST_DAY_RE = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def _last_day(value: str, written: str) -> str:
    """The last day of a range of days in one month ('from 1-3 June', 'June 14 to 17'), else the
    day itself: a stay told in the future that has not ended by the paper's day is under way
    ('will be in X from 1-3 June' in a paper of 2 June), this year's, not next year's."""
    days = [int(d) for d in _LAST_DAY_RE.findall(written) if 0 < int(d) <= 31]
    last = max([int(value[8:]), *days])
    return f"{value[:8]}{last:02d}"
