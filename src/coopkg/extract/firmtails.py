"""Names of firms closed by an industry word with no legal form ('Kestrel Aerospace', 'Norvale
Pharma'): lexicon/firm_tails.tsv lists the words, lexicon/firm_tail_stops.tsv the sector adjectives
that open phrases closed by the same words ('Renewable Energy', 'National Capital Region')."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.orgfilters import LEGAL_FORMS

TAILS = lexicon.words("firm_tails")
_STOPS = lexicon.words("firm_tail_stops")


def industry_named(parts: list[str]) -> bool:
    """Two to four words, the last an industry word, the first no sector adjective and none
    before the last an industry word ('Energy Capital' is a pair of fields)."""
    return 2 <= len(parts) <= 4 and parts[-1].lower() in TAILS and \
        parts[0].lower() not in _STOPS and not any(p.lower() in TAILS for p in parts[:-1])


def firm_pair(current: str, rest: str) -> bool:
    """'Orla Shipping and Tembo Mining', 'Orla Shipping and KORV Co Ltd': two firms, the first named
    by a name and an industry word, the second likewise or by an acronym and its legal form; an
    industry word closing a field pair ('Kenya Power and Lighting Company') has no name after it."""
    return industry_named(current.split()) and (industry_named(rest.split()) or
                                                bool(_ACRONYM_FIRM.fullmatch(rest)))


_ACRONYM_FIRM = re.compile(rf"[A-Z]{{2,}}(?:\s[A-Z][\w&\-]*)?(?:,?\s{LEGAL_FORMS}\.?)+")
