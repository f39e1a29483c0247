"""Names of firms closed by an industry word with no legal form ('Kestrel Aerospace', 'Norvale
Pharma'): lexicon/firm_tails.tsv lists the words, lexicon/firm_tail_stops.tsv the sector adjectives
that open phrases closed by the same words ('Renewable Energy', 'National Capital Region')."""

from __future__ import annotations

from coopkg.extract import lexicon

TAILS = lexicon.words("firm_tails")
_STOPS = lexicon.words("firm_tail_stops")


def industry_named(parts: list[str]) -> bool:
    """Two to four words, the last an industry word, the first no sector adjective and none
    before the last an industry word ('Energy Capital' is a pair of fields)."""
    return 2 <= len(parts) <= 4 and parts[-1].lower() in TAILS and \
        parts[0].lower() not in _STOPS and not any(p.lower() in TAILS for p in parts[:-1])
