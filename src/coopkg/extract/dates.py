"""Dates in news prose, normalised against the publication date and kept at the precision the
text supports: 'September 20, 2021' → day, 'last month' → month, 'in 2018' → year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from coopkg.extract import lexicon
from coopkg.extract.cues import any_word
from coopkg.extract.date_days import day_word, weekday
from coopkg.extract.date_tense import month_year
from coopkg.extract.facts import When

MONTHS = lexicon.MONTHS
NUMBER_WORDS = lexicon.NUMBER_WORDS
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}

_M = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|" \
     r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:19|20)\d\d)"
_MONTH_ALT = ("January|February|March|April|May|June|July|August|September|October|November|December|"
              "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_WD = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"

HOLIDAYS = lexicon.HOLIDAYS
_HOLIDAY = "|".join(re.escape(name).replace("'", "['’]").replace(r"\ ", r"\s+")
                    for name in sorted(HOLIDAYS, key=len, reverse=True))

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("num", re.compile(r"(?<![\d./])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<m>[0-3]?\d)(?P=sep)"
                       r"(?P<year>(?:19|20)\d\d)(?![\d/]|\.\d)")),  # a full stop may end the sentence
    # 'September 9, 2023'; a range of days takes the year written after the last ('July 4-5,
    # 2016', 'September 9th-10th, 2023', 'May 3 to 5, 2022'): the first day is the date
    ("mdy", re.compile(_WD + _M + r"\s+" + _D + r"(?:\s*(?:[-–]|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?)?"
                       r",?\s+" + _Y + r"\b")),
    ("dmy", re.compile(_WD + r"\b" + _D + r"(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
                       + _M + r",?\s+" + _Y + r"\b")),
    # 'from January-December 2018', 'between March and May 2019': the first month takes the
    # year written after the last
    ("mr", re.compile(r"\b" + _M + r"(?=\s*(?:[-–—]|to|through|and)\s*(?:" + _MONTH_ALT +
                      r")\.?(?:\s+period\s+of|,)?\s+(?:of\s+)?" + _Y + r"\b)")),
    ("my", re.compile(r"\b" + _M + r",?\s+(?:of\s+)?" + _Y + r"\b")),
    ("md", re.compile(_WD + r"\b" + _M + r"\s+" + _D + r"\b(?!\s*,?\s*(?:19|20)\d\d)")),
    ("dm", re.compile(_WD + r"\b" + _D + r"(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
                      + _M + r"(?!\w)(?!,?\s+(?:19|20)\d\d)")),
    ("hol", re.compile(r"\b(?i:on|at|before|after|since|until)\s+(?:the\s+)?(?P<hol>(?i:"
                       + _HOLIDAY + r"))\b(?![ \t]+[A-Z])")),
    ("ago", re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                       r"(?P<unit>years?|months?|weeks?|days?)\s+ago\b", re.I)),
    ("rel", re.compile(r"\b(?P<rel>last|this|next|previous|past)\s+(?P<unit>year|month|week|weekend)\b",
                       re.I)),
    # 'today (Sunday)': wire copy filed the day before the paper names the day it means
    ("day", re.compile(r"\b(?P<rel>yesterday|today|tomorrow|tonight|"
                       r"(?<!\bthe\s)(?<!\bits\s)last\s+(?:night|evening)|this\s+(?:morning|afternoon|evening))\b(?:\s*\((?P<wd>(?-i:Monday|Tuesday|"
                       r"Wednesday|Thursday|Friday|Saturday|Sunday))\))?", re.I)),
    ("wd", re.compile(r"\b(?:(?P<dir>(?i:on|last|this|next))\s+)?"
                      r"(?P<wd>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
                      rf"(?:{lexicon.WEEKDAY_ABBREVIATED})\.)"
                      r"(?:\s*\((?P<dom>[0-3]?\d)\))?")),  # 'on Tuesday (21)', 'on Thurs.'
    ("m", re.compile(r"\b(?P<pre>(?i:in|since|by|until|till|through|during|from|before|after|"
                     r"(?:as|end|beginning|start|middle|month)\s+of|early|late|mid-?|last|this|next))"
                     r"(?:\s+|(?<=-))"  # 'mid-January': no space after the hyphen
                     r"(?P<month>January|February|March|April|May|June|July|August|September|"
                     r"October|November|December)\b(?!\s*,?\s*(?:\d|of\s))")),
    ("y", re.compile(r"(?:\b(?i:in|since|by|until|of|for|from|during|throughout|year|early|late|mid-?)\s+"
                     r"(?:the\s+year\s+)?"
                     r"|^|\()" + _Y + r"\b(?![-–/]\d)")),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    when: When


def _month_year(year: int, month: int) -> When:
    return When(f"{year:04d}-{month:02d}")


def _day(year: int, month: int, day: int) -> When | None:
    try:
        return When(date(year, month, day).isoformat())
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: date) -> int:
    """A day without a year is the most recent one not far after publication ('June 21' in a
    September article is this June; 'December 30' in a January article is last December)."""
    year = published.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return year
    return year - 1 if candidate - published > timedelta(days=31) else year


def _resolve(kind: str, m: re.Match[str], published: date) -> When | None:
    groups = m.groupdict()
    month = MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    if kind == "iso":
        return _day(int(groups["year"]), int(groups["m"]), int(groups["day"]))
    if kind == "num":  # day first, as most of the world writes it, unless it cannot be
        first, second = int(groups["day"]), int(groups["m"])
        month, day = (first, second) if first <= 12 < second else (second, first)
        return _day(int(groups["year"]), month, day)
    if kind in ("mdy", "dmy"):
        return _day(int(groups["year"]), month, int(groups["day"]))
    if kind in ("my", "mr"):
        return _month_year(int(groups["year"]), month)
    if kind in ("md", "dm"):
        day = int(groups["day"])
        return _day(_infer_year(month, day, published), month, day)
    if kind == "y":
        return When(groups["year"])
    if kind == "m":
        return _month_year(month_year(groups["pre"], month, published, m.string, m.start()), month)
    if kind == "day":
        return day_word(groups, published)
    if kind == "hol":  # 'on Christmas Eve': the latest one, as a day without a year
        month, day = HOLIDAYS[re.sub(r"\s+", " ", groups["hol"].lower().replace("’", "'"))]
        return _day(_infer_year(month, day, published), month, day)
    if kind == "ago":
        return _ago(groups["n"].lower(), groups["unit"].lower(), published)
    if kind == "wd":
        return weekday(groups, published)
    return _relative(groups["rel"].lower(), groups["unit"].lower(), published)


def _ago(n_word: str, unit: str, published: date) -> When:
    """'two years ago' → that year, 'three months ago' or 'two weeks ago' → that month, 'two days
    ago' → that day: a past time at the precision the phrase gives."""
    n = 1 if n_word in ("a", "an") else int(n_word) if n_word.isdigit() else NUMBER_WORDS.get(n_word, 0)
    if unit.startswith(("day", "week")):  # a week names no day: the month it fell in
        back = (published - timedelta(days=n * (7 if unit[0] == "w" else 1))).isoformat()
        return When(back if unit[0] == "d" else back[:7])
    if unit.startswith("year"):
        return When(str(published.year - n))
    index = published.year * 12 + published.month - 1 - n
    return _month_year(index // 12, index % 12 + 1)


def _relative(rel: str, unit: str, published: date) -> When:
    step = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[rel]
    if unit == "year":
        return When(str(published.year + step))
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        return _month_year(month_index // 12, month_index % 12 + 1)
    if unit == "weekend":
        back = (published.weekday() - 5) % 7 or 7
        return When((published - timedelta(days=back)).isoformat())
    # 'last week' and 'this week' name no day: the month the week fell in, for 'this week' the
    # paper's (GOLD_FORMAT: what goes on at publication takes the publication month)
    day = published + timedelta(weeks=step)
    return _month_year(day.year, day.month)


_MONTH_CUES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


_WEEKDAY_ABBREVIATIONS = tuple(f"{n}." for n in lexicon.WEEKDAY_ABBREVIATED.split("|"))


def _possible_kinds(text: str) -> set[str]:
    """The patterns that could match: most sentences name no date, and a few substring tests
    cost less than eleven regex scans (every month form starts with its three-letter cue, every
    year with 19 or 20, every weekday ends in 'day' or is abbreviated with a full stop)."""
    year = "19" in text or "20" in text
    month = any(map(text.__contains__, _MONTH_CUES))  # speed only: the same tests, no generator
    kinds = {"iso", "y", "num"} if year else set()
    if month:
        kinds |= {"md", "dm", "m", "mdy", "dmy", "my", "mr"} if year else {"md", "dm", "m"}
    if "day" in text or any(map(text.__contains__, _WEEKDAY_ABBREVIATIONS)):
        kinds.add("wd")
    if any_word(text, ("year", "month", "week")):
        kinds.add("rel")
    if "ago" in text:
        kinds.add("ago")
    if "Christmas" in text or "New Year" in text or "Boxing Day" in text:
        kinds.add("hol")
    if any_word(text, ("yesterday", "today", "tomorrow", "tonight", "night", "morning", "afternoon",
                       "evening")):
        kinds.add("day")
    return kinds


def may_hold_date(text: str) -> bool:
    """Whether any date pattern could match `text`; where none can, `find_dates` finds nothing
    whatever the publication date."""
    return bool(_possible_kinds(text))


def find_dates(text: str, published: date) -> list[DateMention]:
    """All date mentions, longest first wins where they overlap."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    kinds = _possible_kinds(text)
    for kind, pattern in _PATTERNS:
        if kind not in kinds:
            continue
        for m in pattern.finditer(text):
            start, end = m.span("year") if kind == "y" else m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            when = _resolve(kind, m, published)
            if when is not None:
                found.append(DateMention(start, end, when))
                taken.append((start, end))
    return sorted(found, key=lambda d: d.start)


_PERIOD_MONTHS = re.compile(
    r"\b(?:(?:first|past|last)\s+)?(?P<n>\w+)\s+months\s+of\s+(?:(?P<this>this|last|the)\s+year|" + _Y + r")",
    re.I)
_PERIOD_HALF = re.compile(r"\b(?P<ord>first|second|third|fourth)\s+(?P<part>half|quarter)\s+of\s+"
                          r"(?:(?P<this>this|last|the)\s+year|" + _Y + r")", re.I)
_PERIOD_RANGE = re.compile(r"\b(?P<m1>January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\s*(?:[-–—]|to|through)\s*" + _M +
                           r"(?:\s+period\s+of|,)?\s+" + _Y)
_MONTH_NAMES = (r"January|February|March|April|May|June|July|August|September|October|November|"
                r"December")
_MONTH_RANGE = re.compile(rf"\b(?P<m1>{_MONTH_NAMES})\s*(?:[-–—]|to|through)\s*(?P<m2>{_MONTH_NAMES})\b")
_MONTHS_SPAN = re.compile(rf"\b(?i:between|from)\s+(?P<m1>{_MONTH_ALT})\.?,?\s+(?P<y1>(?:19|20)\d\d)\s+"
                          rf"(?:and|to|until|till|through)\s+(?P<m2>{_MONTH_ALT})\.?,?\s+"
                          r"(?P<y2>(?:19|20)\d\d)\b")
_YEAR_RANGE = re.compile(r"\b(?P<y1>(?:19|20)\d\d)\s*[-–]\s*(?P<y2>(?:19|20)\d\d)\b")


def _year_of(m: re.Match[str], published: date) -> int:
    if m.groupdict().get("this"):
        return published.year - (1 if m.group("this").lower() == "last" else 0)
    return int(m.group("year"))


def find_period(text: str, published: date) -> tuple[When, When] | None:
    """The period a figure covers, as (start, end) at month or year precision."""
    m = _MONTHS_SPAN.search(text)  # 'between April 2000 and May 2015': two months, two years
    if m:
        return _month_year(int(m.group("y1")), MONTHS[m.group("m1").lower().rstrip(".")]), \
            _month_year(int(m.group("y2")), MONTHS[m.group("m2").lower().rstrip(".")])
    m = _PERIOD_MONTHS.search(text)
    if m:
        n = NUMBER_WORDS.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit()
                                                       else None)
        if n:
            year = _year_of(m, published)
            return _month_year(year, 1), _month_year(year, n)
    m = _PERIOD_HALF.search(text)
    if m:
        year = _year_of(m, published)
        size = 6 if m.group("part").lower() == "half" else 3
        k = ORDINAL_WORDS[m.group("ord").lower()]
        return _month_year(year, (k - 1) * size + 1), _month_year(year, k * size)
    m = _MONTH_RANGE.search(text)
    if m and not _PERIOD_RANGE.search(text):
        first, last = MONTHS[m.group("m1").lower()], MONTHS[m.group("m2").lower()]
        year = published.year if last <= published.month else published.year - 1
        return _month_year(year, first), _month_year(year, last)
    m = _PERIOD_RANGE.search(text)
    if m:
        year = int(m.group("year"))
        end_month = MONTHS[m.group("month").lower().rstrip(".")]
        return _month_year(year, MONTHS[m.group("m1").lower()]), _month_year(year, end_month)
    m = _YEAR_RANGE.search(text)
    if m:
        return When(m.group("y1")), When(m.group("y2"))
    return None


def period_at(text: str, pos: int) -> tuple[When, When] | None:
    """The months of a range written with its year that begins at `pos` ('January-June 2019',
    'March to May, 2020'): a figure dated by the range's first month covers the whole range."""
    m = _PERIOD_RANGE.match(text, pos)
    if m is None:
        return None
    year = int(m.group("year"))
    return _month_year(year, MONTHS[m.group("m1").lower()]), \
        _month_year(year, MONTHS[m.group("month").lower().rstrip(".")])


# in November, and a month naming a meeting: "the June talks"
_BARE_MONTH = re.compile(r"\b(?:(?:in|during|since|until|by|early|late|mid-?)\s+(?:early\s+|late\s+|mid-?)?|"
                         r"the\s+(?=[A-Z][a-z]+\s+(?:talks|meeting|summit|visit|session|forum)\b))"
                         rf"(?P<month>{_MONTH_NAMES})\b(?![\s.]*\d)(?!,?\s+(?:of\s+)?(?:19|20)\d\d)")


def find_bare_months(text: str, published: date) -> list[DateMention]:
    """'in November' with neither day nor year: the latest such month not after publication
    ('in November' in a January paper is last November)."""
    found = []
    for m in _BARE_MONTH.finditer(text):
        month = MONTHS[m.group("month").lower()]
        year = published.year if month <= published.month else published.year - 1
        found.append(DateMention(m.start("month"), m.end("month"), _month_year(year, month)))
    return found


_RANGE_FROM = re.compile(r"\b(?:from\s+)?(?P<first>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:to|until|till)\s+$|"
                         r"\bbetween\s+(?P<between>[0-3]?\d)(?:st|nd|rd|th)?\s+and\s+$", re.I)


def range_starts(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'from 8 to 9 September', 'between 8 and 9 September': the date mention '9 September'
    widened to the range's first day, the date of what the range times (an event is dated by its
    start); '8-9 September' is read so already."""
    out = []
    for mention in mentions:
        value = mention.when.value
        found = _RANGE_FROM.search(text, max(0, mention.start - 24), mention.start) \
            if len(value) == 10 and text[mention.start:mention.start + 1].isdigit() else None
        first = int(found.group("first") or found.group("between")) if found else 0
        if found and 0 < first < int(value[8:]):
            mention = DateMention(found.start(), mention.end,
                                  When(f"{value[:8]}{first:02d}", mention.when.inherited))
        out.append(mention)
    return out


_OF_RELATIVE_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?P<rel>last|this|next|previous|past)\s+year\b", re.I)
# 'in September 2014 ... in November that year': the year the sentence wrote last
_OF_THAT_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:the\s+)?(?P<rel>that|same)\s+year\b", re.I)
_YEAR_WRITTEN = re.compile(r"\d{4}")


def with_relative_years(text: str, mentions: list[DateMention], published: date) -> list[DateMention]:
    """'in March last year', 'on 3 March last year', 'in November of this year', 'in November that
    year' (after a year the sentence wrote out): the month (or day) read in the year the phrase
    after it names, as one mention; read alone the month would be the latest such month and 'last
    year' a second, bare-year date."""
    out: list[DateMention] = []
    skip: set[int] = set()
    told: int | None = None  # the last year the sentence wrote out, for 'in November that year'
    for mention in mentions:
        if mention.start in skip:
            continue
        m = _OF_RELATIVE_YEAR.match(text, mention.end) or \
            (_OF_THAT_YEAR.match(text, mention.end) if told else None)
        value = mention.when.value
        if m is None or len(value) < 7 or _YEAR_WRITTEN.search(text, mention.start, mention.end):
            told = int(value[:4]) if _YEAR_WRITTEN.search(text, mention.start, mention.end) else told
            out.append(mention)
            continue
        rel = m.group("rel").lower()
        year = told if rel in ("that", "same") else published.year + {
            "last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[rel]
        moved = f"{year:04d}{value[4:]}"
        if len(moved) == 10 and _day(year, int(value[5:7]), int(value[8:])) is None:
            out.append(mention)  # '29 February last year' in no leap year: left as read
            continue
        skip.update(d.start for d in mentions if m.start() <= d.start < m.end())
        out.append(DateMention(mention.start, m.end(), When(moved, mention.when.inherited)))
    return out


# "this year's summit", "last year's forum": a year in the possessive names an occasion
_POSSESSIVE_YEAR = re.compile(r"\s*['’]s\b")


def sharper(text: str, local: list[DateMention], chosen: DateMention) -> DateMention:
    """The date that times a fact when the one chosen is a bare year in the possessive ('at this
    year's summit in Lima on Saturday, May 31'): the possessive year only says which occasion,
    and a fuller date of the same year in the clause says when; else `chosen`.  Figures and
    events both read their clause's dates so."""
    value = chosen.when.value
    if value is None or len(value) != 4 or not _POSSESSIVE_YEAR.match(text, chosen.end):
        return chosen
    return next((d for d in local if d is not chosen and d.when.value and len(d.when.value) > 4
                 and d.when.value.startswith(value)), chosen)
