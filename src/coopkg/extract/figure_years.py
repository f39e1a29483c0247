"""Years a figure's own words give, which the date reader and figure_periods leave or which
lose there to a time stated further off in the clause:
- a relative fiscal year ('in the current fiscal', 'for the last financial year', 'next fiscal
  year'), resolved against the paper's date as the fiscal year running at publication and the
  ones before or after it. Fiscal years that do not follow the calendar mostly begin in April
  (India, Japan, the UK, Canada…), so the year running at publication began in
  April of the paper's year, or of the year before if it appeared in January to March; such a
  year spans two calendar years and is written 'Y/Y+1';
- a target's deadline right after its amount ('to $15 billion by 2028'): the amount is the one
  aimed at for that year, whatever period the rest of the clause frames ('a plan for 2024-2028');
- the year right after the amount a change starts from ('rising from $411m in 1998 to $1.2bn
  last year'): that amount's, whatever span the clause opens with;
- a year naming the amount it introduces ('the 2018 figure of $39 million', 'the 2021 total of
  $3bn'): the amount is that year's, not the year the sentence opens with.  English puts the
  year before the noun as a modifier, after a determiner or a possessive and before other
  modifiers ('their 2030 goal of $10bn', 'the two countries' 2028 bilateral trade target of
  $4bn', 'Kenya's 2024 budget of $5bn'); the date reader takes no such year for a date (it
  modifies a noun), so the amount would have none or the paper's.  The nouns are the 'goal'
  and 'named' rows of figure_cues.tsv."""

from __future__ import annotations

import re
from datetime import date

from coopkg.extract import lexicon
from coopkg.extract.facts import When

Span = tuple[When, When]

_YEAR = r"(?:19|20)\d\d"
_SHIFT = {"this": 0, "current": 0, "ongoing": 0, "present": 0, "last": -1, "previous": -1, "past": -1,
          "preceding": -1, "prior": -1, "next": 1, "coming": 1, "upcoming": 1}
# 'the current fiscal year 2023' names its year: figure_periods reads that
_RELATIVE = re.compile(rf"\b(?:the\s+)?(?P<rel>{'|'.join(_SHIFT)})\s+(?:fiscal|financial\s+year|FY)\b"
                       rf"(?!\s+(?:year\s+)?{_YEAR})", re.I)
# 'by 2030', 'by the end of 2030', 'by end-2030', 'by the year 2030'
_DEADLINE = re.compile(rf"\s*(?:by|until|till|before)\s+(?:the\s+end\s+of\s+|end[-\s](?:of\s+)?|"
                       rf"the\s+year\s+)?(?P<y>{_YEAR})\b(?!\s*[-–/]\s*\d)", re.I)
# 'reaching $400m by the end of last year', '$2bn at the end of this year': the amount stands at
# the end of a year named relative to the paper's
_RELATIVE_END = re.compile(r"\s*(?:by|at|as\s+of)\s+(?:the\s+)?end\s+of\s+(?P<rel>last|this|the\s+current|"
                           r"the\s+previous|the\s+past|next|the\s+coming)\s+year\b", re.I)
_NOUNS = lexicon.alternation([r[0] for r in lexicon.rows("figure_cues") if r[1] in ("goal", "named")])
_APPROX = lexicon.alternation([r[0] for r in lexicon.rows("figure_cues") if r[1] == "approx"])
# a determiner or a possessive, the year, up to three modifiers, the noun, 'of' and the amount
_NAMED = re.compile(rf"(?:\b(?:the|a|an|its|their|our|his|her|this|that|whose)|\w[’']s?)\s+"
                    rf"(?P<y>{_YEAR})\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{_NOUNS})\s+of\s+"
                    rf"(?:(?:{_APPROX})\s+)?$", re.I)
# 'rising from $411 million in 1998 to ...': the start of a change with its own year after it
_FROM = re.compile(rf"\bfrom\s+(?:(?:{_APPROX})\s+)?$", re.I)
_IN_YEAR = re.compile(rf"\s+in\s+(?P<y>{_YEAR})\b(?!\s*[-–/]\s*\d)")
_FIRST_MONTH = 4  # April: where most fiscal years that are not calendar years begin


def relative_fiscal(text: str, published: date) -> Span | None:
    """'the current fiscal' in a paper of November 2022 is 2022/2023; 'last financial year' 2021/2022."""
    m = _RELATIVE.search(text)
    if m is None:
        return None
    running = published.year if published.month >= _FIRST_MONTH else published.year - 1
    first = running + _SHIFT[m.group("rel").lower()]
    return When(str(first)), When(str(first + 1))


def own_year(text: str, span: tuple[int, int], published: date | None = None) -> Span | None:
    """The year the amount at `span` is tied to by its own words: a deadline right after it, a
    year naming it right before it, or, for the amount a change starts 'from', the year right
    after it, which a span told before ('over the last ten years') does not override."""
    m = _DEADLINE.match(text, span[1]) or _NAMED.search(text, max(0, span[0] - 90), span[0]) or (
        _IN_YEAR.match(text, span[1]) if _FROM.search(text, max(0, span[0] - 30), span[0]) else None)
    if m is None and published is not None:
        rel = _RELATIVE_END.match(text, span[1])
        if rel is not None:
            year = str(published.year + _SHIFT[rel.group("rel").split()[-1].lower()])
            return When(year), When(year)
    return (When(m.group("y")), When(m.group("y"))) if m else None
