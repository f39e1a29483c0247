"""Which year a month named without one belongs to.  Read alone, 'in April' is the latest April
(news reports what happened); in a clause about the future ('Cambodia will return the prisoners
by the festival in April', 'the plant is due to open in May') it is the coming one, and 'next
March' is always the first March after the paper's month."""

from __future__ import annotations

import re
from datetime import date

from coopkg.extract import lexicon

# a future marker in the clause before the month ('a plan to build' is a noun: no marker), with no
# past participle governing the month itself ('will be financed by the loan signed in April')
_FUTURE = re.compile(r"\b(?:will|shall|would|(?:is|are)\s+(?:due|expected|scheduled|set|to))\b[^.;]*$", re.I)
_PAST_GOVERNED = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b[a-z]+ed\s+"
                            r"(?:(?:by|in|on|during|since|from|until)\s+)?(?:the\s+)?(?:[a-z]+\s+){0,3}$")

# 'will pay a visit after the two signed a "trade pact" in late January': a clause opened after the
# future marker, whose own verb is past, tells when that happened ('after talks planned for May' has
# no verb of its own)
# (the finite past verbs with no -ed are event_words.tsv's 'past-verb' rows)
_PAST_CLAUSE = re.compile(r"\b(?:after|since|because|when)\s+(?:[\w\"“”'’\-]+\s+){0,4}?"
                          r"(?:(?!(?:scheduled|planned|expected|slated)\b)[a-z]+ed|"
                          rf"{lexicon.alternation(lexicon.words('event_words', 'past-verb'))})\s+[^,;]*$")


def month_year(pre: str, month: int, published: date, text: str, start: int) -> int:
    """The year of 'in <month>' (`pre` the word before the month) at `start` of `text`."""
    if pre.lower() == "next":
        return published.year + (month <= published.month)
    clause = max(text.rfind(";", 0, start), text.rfind(":", 0, start), 0)
    future = _FUTURE.search(text, clause, start)
    ahead = future is not None and _PAST_GOVERNED.search(text, clause, start) is None and \
        _PAST_CLAUSE.search(text, future.start(), start) is None
    if ahead:
        return published.year + (month < published.month)
    return published.year if month <= published.month else published.year - 1
