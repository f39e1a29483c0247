"""A package whose documents follow a colon as rows of a list run into one paragraph: 'the
ministers oversaw the signing of four MoUs: between A and B (for X). in the field of Y between
C and D. on Z.'  Sites that drop a list's bullets leave rows that start lower-case, which no
sentence does, so a period before a lower-case word ends a row, not a sentence (as ';' does).
Each row is one document of the package's kind, with the sides it names after 'between', else
the two states the article is about, and the topic the row states ('in the field of Y', 'on Z',
'(for X)')."""

from __future__ import annotations

import re

from coopkg.extract.agreement_documents import is_plural
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement
from coopkg.extract.pairs import pair_refs
from coopkg.extract.parties import between_in

_COLON_AFTER = 48  # '... four memoranda of understanding (MoUs) on Monday:'
_ROW_END = re.compile(r"\s*(?:;|\.(?=\s+[a-z(]))\s*(?:and\s+)?")
_TOPIC = re.compile(r"^(?:in\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of|on|for|regarding|"
                    r"concerning|about)\s+(?P<t>.+?)(?=\s+between\s|\s*\(|$)", re.I)
_BRACKET = re.compile(r"\((?:for|on|in|regarding|concerning|about)\s+(?:the\s+)?(?P<t>[^)]+)\)", re.I)
_ROW_START = re.compile(r"\s*(?:between|in\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of|on|for|"
                        r"regarding|concerning)\s", re.I)


def colon_rows(ctx: Doc, view: Sent, sign: re.Match[str] | None, kind, previous: Sent | None
               ) -> list[Found]:
    if sign is None or kind is None or not is_plural(kind[1]):
        return []
    text = view.text
    colon = text.find(":", kind[1].end(), kind[1].end() + _COLON_AFTER)
    rows = _rows(text, colon + 1) if colon >= 0 else []
    if len(rows) < 2 or not all(_ROW_START.match(text, start) for start, _end in rows):
        return []
    when = date_near(ctx, view, sign.start(), previous)
    out = []
    for start, end in rows:
        parties = between_in(ctx, view, start, end) or pair_refs(ctx)
        if len(parties) >= 2:
            agreement = Agreement(parties, when, kind[0], _topic(text[start:end]), text,
                                  rule="agreement.row")
            out.append(Found(agreement, False, listed=True))
    return out


def _rows(text: str, start: int) -> list[tuple[int, int]]:
    rows, at = [], start
    for m in _ROW_END.finditer(text, start):
        rows.append((at, m.start()))
        at = m.end()
    rows.append((at, len(text.rstrip(" .;"))))
    return [(s, e) for s, e in rows if text[s:e].strip()]


def _topic(row: str) -> str:
    row = row.strip()
    m = _TOPIC.match(row) or _BRACKET.search(row)
    return m.group("t").strip(" ,") if m else ""


def is_row(text: str) -> bool:
    """A 'sentence' that starts lower-case with what a row of a document list starts with
    ('between A and B (for X).', 'in the field of Y ...'): a row split off its list."""
    return text[:1].islower() and bool(_ROW_START.match(text))


def row_item(ctx: Doc, view: Sent, when, kind: str) -> list[Found]:
    """A row of a list of documents standing as a paragraph of its own after the colon."""
    parties = between_in(ctx, view, 0, len(view.text)) or pair_refs(ctx)
    if len(parties) < 2:
        return []
    date = view.dates[0].when if view.dates else when
    return [Found(Agreement(parties, date, kind, _topic(view.text.rstrip(" .;")), view.text,
                            rule="agreement.row"), False, listed=True)]
