"""The one overlap policy: where two candidate spans share characters, one of them is kept.

1. An organisation beats a person, a person beats a place ('Ghana Science Foundation' is
   one organisation, not a country plus words; 'Lord Kazakh' no place) — the more specific
   reading of a capitalised run wins.
2. Between spans of the same label the one proposed first wins: components run in rule-priority
   order, and each proposes its spans left to right.
Every refused span is recorded on the Doc with the span it lost to."""

from __future__ import annotations

from operator import attrgetter

from coopkg.extract.doc import ORG, PERSON, PLACE, Doc, Dropped, Sent, Span

PRIORITY = {ORG: 3, PERSON: 2, PLACE: 1}
_START = attrgetter("start")  # speed only: the sort key read in C, as `lambda s: s.start`


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def add_span(doc: Doc, sent: Sent, span: Span) -> bool:
    """Add `span` to the sentence unless a span it overlaps outranks it; spans it outranks are
    removed.  True when the span was kept."""
    start, end = span.start, span.end
    rivals = [s for s in sent.spans if s.start < end and start < s.end]  # `_overlaps`, inline (speed only)
    for rival in rivals:
        if PRIORITY[rival.label] >= PRIORITY[span.label]:
            doc.dropped.append(Dropped(span, rival, f"{rival.label} outranks or precedes {span.label}"))
            return False
    for rival in rivals:
        sent.spans.remove(rival)
        doc.dropped.append(Dropped(rival, span, f"{span.label} outranks {rival.label}"))
    sent.spans.append(span)
    sent.spans.sort(key=_START)
    return True


def blocked(sent: Sent, start: int, end: int, label: str) -> bool:
    """Whether a span of `label` over [start, end) would lose: lets a component skip the work of
    building an entity for a span that cannot be kept."""
    return any(s.start < end and start < s.end and PRIORITY[s.label] >= PRIORITY[label]
               for s in sent.spans)
