"""Where a party's span really ends, for the chain of parties a sentence names: a bracketed
short form right after a body restates that body ('the X Holding Group ("XHG") and the Y
Ministry'), and a country set off by a comma right after a body of that country is its seat
('Acme Limited, Ghana and B signed'); neither is a party of its own."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent, Span

_OPEN_SHORT = re.compile(r"\s*\(\s*[\"“]?")
_CLOSE_SHORT = re.compile(r"[\"”]?\s*\)")


def _short_form_close(text: str, before: int, org: Span) -> int | None:
    """Where the bracket closes when `org` is a short form bracketed right after the body
    before it ('the X Holding Group ("XHG") and the Y Ministry'), else None."""
    close = _CLOSE_SHORT.match(text, org.end)
    return close.end() if close and _OPEN_SHORT.fullmatch(text, before, org.start) else None


def _seat_apposition(ctx: Doc, view: Sent, org: Span, place: Span) -> bool:
    """'Acme Limited, Ghana and B signed': a country set off by a comma right after an
    organisation of that country locates it (the company's seat), it signs nothing itself."""
    org_country = ctx.orgs[org.ref.key].country if org.ref.key in ctx.orgs else None
    return view.text[org.end:place.start] == ", " and org_country is not None and \
        place.ref.key == ctx.country_iri(org_country) and \
        re.match(r"\s*(?:,|and\b)", view.text[place.end:]) is not None


def merged_end(ctx: Doc, view: Sent, last: Span, span: Span) -> int | None:
    """Where the body span `last` really ends when `span` right after it only restates it (a
    bracketed short form) or locates it (its seat), else None: `span` is then no party."""
    if last.ref.kind != "org":
        return None
    if span.ref.kind == "place" and _seat_apposition(ctx, view, last, span):
        return span.end
    return _short_form_close(view.text, last.end, span) if span.ref.kind == "org" else None
