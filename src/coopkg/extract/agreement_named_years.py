"""The year a signed document is named by: 'before the 1998 Lima Accord was signed', 'recalled
that the 2008 fisheries agreement was signed in Accra'. English names an earlier document by the
year it was made, so where the sentence reporting its signing gives no date of its own, that
year dates the signing (GOLD_FORMAT: earlier agreements stated with a date take that year), not
the paper's month, which would make a history of the document a signing of the day."""

from __future__ import annotations

import re

from coopkg.extract.facts import Agreement, When

# 'the 1998 (Lima) ' right before the document's noun; not a span of years ('the 2024-2026 plan')
# nor a decade ('the 1990s accords')
_NAMED_YEAR = re.compile(r"\b(?:the|their|its)\s+(?P<year>(?:19|20)\d\d)(?![\-–/]\d|s\b)\s+"
                         r"(?:[A-Za-z][\w\-]*\s+){0,3}$", re.I)


def named_year(text: str, noun_start: int, agreement: Agreement, published_year: int) -> Agreement:
    """`agreement` dated by the year written before its noun at `noun_start`, where the sentence
    gave it no date of its own (its date is inherited from context or the paper) and the year is
    before the paper's: a year of publication names a current document ('the 2024 agreement'),
    whose month the paper's date gives more closely."""
    if agreement.date is not None and not agreement.date.inherited:
        return agreement
    m = _NAMED_YEAR.search(text, max(0, noun_start - 60), noun_start)
    if m is None or int(m.group("year")) >= published_year:
        return agreement
    agreement.date = When(m.group("year"))
    return agreement
