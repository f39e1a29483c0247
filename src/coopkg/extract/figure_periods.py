"""Periods a figure's clause states in words that dates.find_period does not read, each resolved
against the paper's date the way a reader does:
- a span of years with prepositions ('between 2006 and 2010', 'from 2006 to 2010', 'in 2022 and
  2023'), a fiscal or
  split year ('fiscal 2021-22', '2021/22', 'FY2022'), and the years before publication ('over
  the past five years') and the years after it ('over the next five years');
- the running year to the paper's date ('so far this year', 'year to date'), which ends at the
  publication month rather than covering the whole year;
- parts of a year named without the year ('in the first seven months', 'in the first quarter',
  'H1', 'Q3'): the latest such part that had ended by publication, since papers report
  completed periods;
- month ranges in forms the date reader leaves ('between January and July 2022', 'Jan-Jul');
- the period of a comparison ('compared with $4bn a year earlier', 'in the same period last
  year'), which is the period of the amount compared with, a year back;
- a year told by the month it ends in ('in the 12 months through February', 'over the year to
  May', 'the year ending March 2020', 'fiscal 2019-20 that ended March 31'): the twelve months
  up to and including that month, not the month alone."""

from __future__ import annotations

import re
from datetime import date

from coopkg.extract import lexicon
from coopkg.extract.dates import find_period, period_at
from coopkg.extract.facts import When
from coopkg.extract.figure_years import relative_fiscal
from coopkg.extract.match_starts import first_match, first_words

# The start of a time since an occasion ('since the beginning of the new government's term in
# August 2021') or since what a past clause tells ('since both countries signed the first treaty
# in 1977'): the year at the end of the occasion or clause is where the span the figure covers
# begins, and it runs to the paper's date as 'since 1977' does.
SINCE_OCCASION = re.compile(r"\bsince\s+(?:(?:the|its|their|his|her)\s+(?:start|beginning|launch|founding|"
                            r"establishment|inception|creation)(?:\s+of)?"
                            r"|(?:[\w’'-]+\s+){1,5}?(?:\w+ed|was|were|began|became|took)\b"
                            # 'since the X Summit of Y in 2015'
                            r"|(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?"
                            rf"(?i:{lexicon.alternation(lexicon.words('event_words', 'noun'))})\b)"
                            r"[^,;.]{0,80}?\s+in\s+$", re.I)

_YEAR = r"(?:19|20)\d\d"
_YEARS = re.compile(rf"\b(?:between|from)\s+(?:the\s+years\s+)?(?P<y1>{_YEAR})\s+(?:and|to|until|through)\s+"
                    rf"(?P<y2>{_YEAR})\b", re.I)
# 'for the years 2021 through 2025', 'over the period 2020 to 2024', 'during 2019-2023' is _SPLIT's:
# a span told after 'for'/'in'/'over'/'during' (never joined by 'and': 'in 2022 and 2023' is _IN_YEARS)
_SPAN_YEARS = re.compile(rf"\b(?:for|in|during|over|covering)\s+(?:the\s+(?:years?|period)\s+(?:of\s+)?)?"
                         rf"(?P<y1>{_YEAR})\s+(?:to|until|till|through|thru)\s+(?P<y2>{_YEAR})\b", re.I)
# 'in 2022 and 2023': an amount given for two years together covers both (and those between)
_IN_YEARS = re.compile(rf"\b(?:in|during|for)\s+(?P<y1>{_YEAR})\s+and\s+(?P<y2>{_YEAR})\b"
                       r"(?!\s*,?\s+respectively)", re.I)
_SO_FAR = re.compile(r"\b(?:so\s+far\s+this\s+year|this\s+year\s+(?:so\s+far|to\s+date)|"
                     r"(?:in\s+the\s+)?year[-\s]to[-\s]date|since\s+the\s+(?:start|beginning)\s+of\s+"
                     r"(?:this|the)\s+year)\b", re.I)
# '2021-22', '2021/22', '2021/2022' and 'fiscal (year) 2021-22': a year split across two
_SPLIT = re.compile(rf"(?<![\d/-])(?P<y1>{_YEAR})\s*[/–-]\s*(?P<y2>\d\d|{_YEAR})(?![\d/-])")
_FY = re.compile(rf"\b(?:FY|fiscal\s+(?:year\s+)?)\s?(?:(?P<y>{_YEAR})|'?(?P<yy>\d\d))(?![\d/–-])", re.I)
_PAST = re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?P<n>\w+)\s+years\b"
                   r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?P<decade>decade)\b", re.I)
# 'over the next five years', 'within the coming three years': a span told forward from the paper's
# date, from its year to the year N later (a pledge or a projection covers those years)
_NEXT = re.compile(r"\b(?:over|in|within|during|for)\s+the\s+(?:next|coming)\s+(?P<n>\w+)\s+years\b", re.I)
_CURRENT = r"(?:\s+of\s+(?:this|the\s+current|the)\s+year)"
_FIRST_MONTHS = re.compile(rf"\bfirst\s+(?P<n>\w+)\s+months\b(?P<this>{_CURRENT})?(?!\s+of\b)", re.I)
_PART = re.compile(rf"\b(?P<ord>first|second|third|fourth)\s+(?P<part>half|quarter)\b(?P<this>{_CURRENT})?"
                   r"(?!\s+of\b)", re.I)
# 'Q1 2023', 'in H1', '1H 2023'; without a year only after a preposition ('H2' is also hydrogen)
_HQ = re.compile(rf"(?:\b(?i:in|during|for|over)\s+(?:the\s+)?)?\b(?:(?P<part>[HQ])(?P<k>[1-4])|(?P<k2>[1-4])"
                 rf"(?P<part2>[HQ]))\b(?:\s*(?P<year>{_YEAR}))?")
_MONTH = r"(?:" + "|".join(sorted(lexicon.MONTHS, key=len, reverse=True)) + r")"
_MONTH_SPAN = re.compile(rf"\b(?:(?P<between>between)\s+)?(?P<m1>{_MONTH})\.?\s*(?:[-–—]|to|through|and)\s*"
                         rf"(?P<m2>{_MONTH})\b\.?(?:\s+(?:period\s+)?(?:of\s+)?(?P<year>{_YEAR}))?", re.I)
_MONTH_YEAR_SPAN = re.compile(rf"\b(?P<m1>{_MONTH})\.?\s+(?P<y1>{_YEAR})\s*(?:[-–—]|to|through|until)\s*"
                              rf"(?P<m2>{_MONTH})\.?\s+(?P<y2>{_YEAR})\b", re.I)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_JOIN = r"\s*(?:[-–—]|to|through|until|till|and)\s*"
_MONTH_DAY = rf"(?P<m1>{_MONTH})\.?\s+(?P<d1>{_DAY}),?{_JOIN}(?P<m2>{_MONTH})\.?\s+(?P<d2>{_DAY})"
_DAY_MONTH = rf"(?P<d3>{_DAY})\s+(?P<m3>{_MONTH})\.?{_JOIN}(?P<d4>{_DAY})\s+(?P<m4>{_MONTH})\b"
_DAY_SPAN = re.compile(rf"\b(?:(?P<between>between)\s+)?(?:{_MONTH_DAY}|{_DAY_MONTH})\.?"
                       rf"(?:,?\s+(?P<year>{_YEAR}))?",
                       re.I)
# 'the 12 months to March', 'the year ending 31 March 2020', 'a financial year ended June 30',
# 'fiscal 2019-20 that ended March 31'; 'year' only after an article or 'fiscal' ('from January
# this year to March' is three months)
_YEAR_ENDING = re.compile(
    rf"\b(?:(?:12|twelve)[\s-]+months?|(?:the|a)\s+(?:(?:fiscal|financial)\s+)?year|(?:fiscal|financial)"
    rf"(?:\s+year)?(?:\s+(?P<fy>{_YEAR})(?:\s*[/–-]\s*(?P<fy2>\d\d(?:\d\d)?))?)?)\s+(?:to|through|thru|till|"
    rf"until|up\s+to|"
    rf"ending|ended|(?:that|which)\s+ended)\s+(?:the\s+end\s+of\s+)?(?:{_DAY}\s+)?(?P<month>{_MONTH})\b\.?"
    rf"(?:\s+{_DAY}\b)?(?:,?\s+(?P<year>{_YEAR}))?", re.I)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}

Span = tuple[When, When]


def stated_span(text: str, published: date) -> Span | None:
    """The period `text` states: a year told by its last month first (its month and the years
    of a fiscal year it ends are no period of their own: 'in fiscal 2019-20 that ended March 31'
    is April 2011 to March 2012), then a period the date reader finds, then one in words."""
    return _full_day_span(text) or trailing_period(text, published) or _month_year_span(text) or \
        find_period(text, published) or worded_period(text, published)


def _full_day(p: str) -> str:
    """'April 1, 2024' or '1 April 2024', its parts in groups named with the prefix `p`."""
    return (rf"(?:(?P<{p}m>{lexicon.MONTH_NAMES})\s+(?P<{p}d>\d{{1,2}}),?\s+(?P<{p}y>\d{{4}})|"
            rf"(?P<{p}d2>\d{{1,2}})\s+(?P<{p}m2>{lexicon.MONTH_NAMES}),?\s+(?P<{p}y2>\d{{4}}))")


_FULL_DAY_SPAN = re.compile(rf"\bfrom\s+{_full_day('a')}\s+(?:to|till|until|through)\s+{_full_day('b')}")


def _full_day_span(text: str) -> Span | None:
    """'from April 1, 2024 till December 31, 2031', 'from 1 April 2024 to 31 March 2027': two
    whole dates, each with its year, kept to the day."""
    m = _FULL_DAY_SPAN.search(text) if " from " in f" {text}" else None  # speed only
    if m is None:
        return None
    ends = []
    for p in ("a", "b"):
        month = lexicon.MONTHS[(m[f"{p}m"] or m[f"{p}m2"]).lower()]
        ends.append(f"{m[f'{p}y'] or m[f'{p}y2']}-{month:02d}-{int(m[f'{p}d'] or m[f'{p}d2']):02d}")
    return (When(ends[0]), When(ends[1])) if ends[0] < ends[1] else None


def _month_year_span(text: str) -> Span | None:
    """'April 2021-January 2022', 'from April 2021 to January 2022': months with their years,
    kept to the month (the date reader takes a dash between them for no span)."""
    m = _MONTH_YEAR_SPAN.search(text) if "20" in text or "19" in text else None  # speed only
    if m is None:
        return None
    first, last = (f"{m.group(y)}-{lexicon.MONTHS[m.group(g).lower()]:02d}"
                   for g, y in (("m1", "y1"), ("m2", "y2")))
    return (When(first), When(last)) if first < last else None


def worded_period(text: str, published: date) -> Span | None:
    """(start, end) of a period stated in words in `text`, else None."""
    for read in (_years, relative_fiscal, _so_far, _months, _part_of_year, _day_span, _month_span):
        found = read(text, published)
        if found is not None:
            return found
    return None


def _years(text: str, published: date) -> Span | None:
    m = _YEARS.search(text) or _SPAN_YEARS.search(text) or _IN_YEARS.search(text)
    if m and m.group("y1") < m.group("y2"):
        return When(m.group("y1")), When(m.group("y2"))
    m = _SPLIT.search(text)
    if m:
        first = int(m.group("y1"))
        second = int(m.group("y2")) if len(m.group("y2")) == 4 else first // 100 * 100 + int(m.group("y2"))
        if second == first + 1:
            return When(str(first)), When(str(second))
    m = _FY.search(text)
    if m:
        year = m.group("y") or f"20{m.group('yy')}"
        return When(year), When(year)
    m = _PAST.search(text)
    n = 10 if m and m.group("decade") else _count(m.group("n")) if m else None
    if n:
        return When(str(published.year - n)), When(str(published.year))
    return _next_years(text, published)


def _next_years(text: str, published: date) -> Span | None:
    """'over the next five years' from a paper of 2012 is 2012/2017: the span a projection or a
    pledge covers runs from the publication year forward, as 'the past five years' runs back."""
    m = _NEXT.search(text)
    n = _count(m.group("n")) if m else None
    return (When(str(published.year)), When(str(published.year + n))) if n else None


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else lexicon.NUMBER_WORDS.get(word.lower())


def trailing_period(text: str, published: date) -> Span | None:
    """The twelve months a year told by its last month covers (_YEAR_ENDING), else None."""
    m = _YEAR_ENDING.search(text)
    return _twelve_months(m, published) if m else None


def months_at(text: str, pos: int, published: date) -> Span | None:
    """The months the date mention at `pos` stands for: the twelve months of a year told by
    its last month (the date reader reads 'February' in 'the 12 months through February' as a
    month of its own, but the figure covers the year that ends with it), else a range written
    with its year that begins there (dates.period_at: 'January-June 2019')."""
    for m in _YEAR_ENDING.finditer(text, max(0, pos - 80), pos + 40):
        if m.start() <= pos < m.end():
            return _twelve_months(m, published)
    return period_at(text, pos)


def _twelve_months(m: re.Match[str], published: date) -> Span:
    """From the month after the named month a year earlier to the named month, of the year
    the text gives, else of the latest such month not after publication."""
    month = lexicon.MONTHS[m.group("month").lower()]
    year = int(m.group("year") or _fiscal_end(m.group("fy"), m.group("fy2")) or
               (published.year if month <= published.month else published.year - 1))
    first = (year, month + 1) if month < 12 else (year + 1, 1)
    return When(f"{first[0] - 1}-{first[1]:02d}"), When(f"{year}-{month:02d}")


def _fiscal_end(first: str | None, second: str | None) -> int | None:
    """The calendar year a fiscal year named by its years ends in: the second of a split year
    ('2023-24' ends in 2024), else the one year named ('fiscal 2023' is the year ending in 2023)."""
    if first is None:
        return None
    return int(first[:2] + second[-2:]) if second else int(first)


def _so_far(text: str, published: date) -> Span | None:
    if _SO_FAR.search(text):
        return When(f"{published.year}-01"), When(published.isoformat()[:7], inherited=True)
    return None


def _ended(first: int, last: int, published: date, this_year: bool) -> Span:
    """Months `first`..`last` of the publication year if they had begun by publication (or the
    text says 'this year'), else of the year before."""
    year = published.year if this_year or last <= published.month else published.year - 1
    return When(f"{year}-{first:02d}"), When(f"{year}-{last:02d}")


def _months(text: str, published: date) -> Span | None:
    m = _FIRST_MONTHS.search(text)
    n = _count(m.group("n")) if m else None
    return _ended(1, n, published, bool(m.group("this"))) if m and n and n <= 12 else None


def _part_of_year(text: str, published: date) -> Span | None:
    m = _PART.search(text)
    if m:
        size = 6 if m.group("part").lower() == "half" else 3
        k = _ORDINAL[m.group("ord").lower()]
        if k * size <= 12:
            return _ended((k - 1) * size + 1, k * size, published, bool(m.group("this")))
    m = next((h for h in _HQ.finditer(text) if h.group("year") or h.group().lower()[:1] in "idfo"), None)
    if m:
        size = 6 if (m.group("part") or m.group("part2")) == "H" else 3
        k = int(m.group("k") or m.group("k2"))
        if k * size <= 12:
            return _dated(_ended((k - 1) * size + 1, k * size, published, False), m.group("year"))
    return None


def _month_span(text: str, published: date) -> Span | None:
    m = first_match(_MONTH_SPAN, _MONTH_SPAN_WORDS, text)  # = _MONTH_SPAN.search
    if m is None or (" and " in m.group(0).lower() and not m.group("between")):
        return None  # 'in January and July': two months, not the months between
    first, last = (lexicon.MONTHS[m.group(g).lower()] for g in ("m1", "m2"))
    if first >= last:
        return None
    return _dated(_ended(first, last, published, False), m.group("year"))


_DAY_SPAN_RE = re.compile(r"\D")


def _day_span(text: str, published: date) -> Span | None:
    """'from January 1 to July 31, 2022', 'between 1 January and 31 July': months with their
    days, kept to the day (a day-precise period holds at any precision a reader asks of it)."""
    m = _DAY_SPAN.search(text)
    if m is None or (" and " in m.group(0).lower() and not m.group("between")):
        return None
    first, last = (lexicon.MONTHS[(m.group(a) or m.group(b)).lower()]
                   for a, b in (("m1", "m3"), ("m2", "m4")))
    if first >= last:
        return None
    start, end = _dated(_ended(first, last, published, False), m.group("year"))
    d1, d2 = (int(_DAY_SPAN_RE.sub("", m.group(a) or m.group(b))) for a, b in (("d1", "d3"), ("d2", "d4")))
    return When(f"{start.value}-{d1:02d}"), When(f"{end.value}-{d2:02d}")


def _dated(span: Span, year: str | None) -> Span:
    """A span resolved without its year, given the year the text states."""
    if year is None:
        return span
    start, end = span
    return When(year + start.value[4:]), When(year + end.value[4:])


# 'a year earlier', 'the previous year', 'the same period last year', 'year-ago': a time told
# against the period of another amount, not against the paper's date
_EARLIER = re.compile(r"\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|preceding|prior)\s+year|"
                      r"the\s+year\s+before|year[-\s]ago|(?:the\s+)?(?:same|corresponding|like)\s+"
                      r"(?:period|months?|quarter|half)\s+(?:of\s+|in\s+)?(?:(?:last|the\s+previous|"
                      r"the\s+preceding|the\s+prior)\s+year|a\s+year\s+(?:earlier|ago|before)))\b", re.I)


def compares_earlier(text: str) -> bool:
    """`text` times its amount as a year before the amount it is compared with."""
    return _EARLIER.search(text) is not None


def year_back(span: Span) -> Span:
    """The same months (or years) one year earlier."""
    start, end = (When(f"{int(w.value[:4]) - 1}{w.value[4:]}") for w in span)
    return start, end


_MONTH_SPAN_WORDS = first_words(_MONTH_SPAN)  # tried only where a month or 'between' begins (match_starts.py)
