"""Plural document nouns whose complement describes each document on its own: 'signed agreements
on the construction of the X railway as well as the upgrade of the Y port', 'agreements on trade
and on culture were signed'. The gold counts these one entry each, while a bare list of fields
('agreements in health, energy and transport') stays an aggregate: the split needs a repeated
preposition, or 'as well as' (or 'and a ...', a new indefinite noun phrase: 'memoranda on the
construction of X and a project to build Y') between phrases of several words each."""

from __future__ import annotations

import re

from coopkg.extract.agreement_topics import topic as document_topic

_PREP = r"(?:on|for|regarding|concerning)"
_COMPLEMENT = re.compile(r"(?:\s*\([^)]{1,20}\))?"  # 'memorandums of understanding (MOU) on X'
                         rf"\s+(?:(?:were|have\s+been)\s+(?:also\s+)?(?:signed|inked|concluded)\s+)?"
                         rf"(?P<prep>{_PREP})\s+")
_REPEATED = re.compile(rf"\s*,?\s+(?:and|as\s+well\s+as)\s+(?P<prep>{_PREP})\s+|"
                       rf"\s*,\s+(?P<p2>{_PREP})\s+", re.I)
_AS_WELL_AS = re.compile(r"\s*,?\s+as\s+well\s+as\s+|"
                         r"\s+and\s+(?=an?\s+(?!number\b|range\b|host\b))", re.I)
_END = re.compile(r"[.;]|\s+(?:were|was|have\s+been|has\s+been)\s+(?:also\s+)?(?:signed|inked|concluded)\b")


def described_items(text: str, kind_end: int) -> list[str]:
    """The topics of the documents a plural noun's complement describes one by one, or [] when
    it names no more than one, or only fields ('on health, energy and transport')."""
    m = _COMPLEMENT.match(text, kind_end)
    if m is None:
        return []
    stop = _END.search(text, m.end())
    rest = text[m.end():stop.start() if stop else len(text)]
    pieces = _REPEATED.split(rest)
    pieces = [p for p in pieces if p and not re.fullmatch(_PREP, p, re.I)]
    if len(pieces) < 2:
        pieces = _AS_WELL_AS.split(rest)
        if len(pieces) < 2 or any(len(p.split()) < 3 or "," in p for p in pieces):
            return []
    topics = [t for t in (document_topic(f" on {p}", 0) for p in pieces) if t]
    return topics if len(topics) >= 2 else []
