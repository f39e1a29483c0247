"""The month a standing is told at: 'As of April, A ranked 30th among ...', 'By the end of May,
B was ranked 5th'.  A bare month after 'as of' or '(by|at) the end of' is not a date mention of
its own (dates.py reads a month only after 'in', 'since', 'by', ...), so a rank without a
period looks here: the latest such month not after the paper's (as dates.py dates 'in April')."""

from __future__ import annotations

import re

from coopkg.extract.dates import MONTHS
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import When

_AS_OF = re.compile(r"\b(?:as\s+of|(?:by|at)\s+the\s+end\s+of)\s+(?P<month>January|February|March|April|May|"
                    r"June|July|August|September|October|November|December)\b(?!\s*,?\s*\d)", re.I)


def as_of_month(ctx: Doc, view: Sent) -> When | None:
    m = _AS_OF.search(view.text) if "of" in view.text else None
    if m is None:
        return None
    month, published = MONTHS[m.group("month").lower()], ctx.article.published
    year = published.year if month <= published.month else published.year - 1
    return When(f"{year:04d}-{month:02d}")
