"""Periods a figure's clause states in words that dates.find_period does not read: a span of
years written with prepositions ('between 2006 and 2010', 'from 2006 to 2010') and the running
year to the paper's date ('so far this year', 'year to date', 'since the start of the year'),
which ends at the publication month rather than covering the whole year."""

from __future__ import annotations

import re
from datetime import date

from coopkg.extract.facts import When

_YEAR = r"(?:19|20)\d\d"
_YEARS = re.compile(rf"\b(?:between|from)\s+(?:the\s+years\s+)?(?P<y1>{_YEAR})\s+(?:and|to|until|through)\s+"
                    rf"(?P<y2>{_YEAR})\b", re.I)
_SO_FAR = re.compile(r"\b(?:so\s+far\s+this\s+year|this\s+year\s+(?:so\s+far|to\s+date)|"
                     r"(?:in\s+the\s+)?year[-\s]to[-\s]date|since\s+the\s+(?:start|beginning)\s+of\s+"
                     r"(?:this|the)\s+year)\b", re.I)


def worded_period(text: str, published: date) -> tuple[When, When] | None:
    """(start, end) of a span of years or of the running year stated in `text`, else None."""
    m = _YEARS.search(text)
    if m and m.group("y1") < m.group("y2"):
        return When(m.group("y1")), When(m.group("y2"))
    if _SO_FAR.search(text):
        return When(f"{published.year}-01"), When(published.isoformat()[:7], inherited=True)
    return None
