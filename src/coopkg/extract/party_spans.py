"""Where a party's span really ends, for the chain of parties a sentence names: a bracketed
short form right after a body restates that body ('the X Holding Group ("XHG") and the Y
Ministry'), and a country set off by a comma right after a body of that country is its seat
('Acme Limited, Ghana and B signed'), and a country after a body's bracketed short form and 'of'
('the Ministry of Education (MoE) of Ghana and the X Ministry'), where the name goes on past the
bracket to say whose body it is; none of them is a party of its own."""

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


_SEAT_APPOSITION_RE = re.compile(r"\s*(?:,|and\b)")


def _seat_apposition(ctx: Doc, view: Sent, org: Span, place: Span) -> bool:
    """'Acme Limited, Ghana and B signed': a country set off by a comma right after an
    organisation of that country locates it (the company's seat), it signs nothing itself."""
    org_country = ctx.orgs[org.ref.key].country if org.ref.key in ctx.orgs else None
    return view.text[org.end:place.start] == ", " and org_country is not None and \
        place.ref.key == ctx.country_iri(org_country) and \
        _SEAT_APPOSITION_RE.match(view.text[place.end:]) is not None


_OF_AFTER_SHORT = re.compile(r"(?P<short>\s*\([\"“]?[A-Z][\w\-]{1,12}[\"”]?\))?\s+of\s+(?:the\s+)?")


def _country_after_short(view: Sent, org: Span, place: Span) -> bool:
    """'the Ministry of Education (MoE) of Ghana': the bracketed short form interrupts the
    name, and 'of Ghana' after it still says whose ministry it is, not a second signer."""
    gap = _OF_AFTER_SHORT.fullmatch(view.text, org.end, place.start)
    return gap is not None and (gap["short"] is not None or view.text[:org.end].endswith(")"))


def merged_end(ctx: Doc, view: Sent, last: Span, span: Span) -> int | None:
    """Where the body span `last` really ends when `span` right after it only restates it (a
    bracketed short form) or locates it (its seat), else None: `span` is then no party."""
    if last.ref.kind != "org":
        return None
    if span.ref.kind == "place" and (_seat_apposition(ctx, view, last, span) or
                                     _country_after_short(view, last, span)):
        return span.end
    return _short_form_close(view.text, last.end, span) if span.ref.kind == "org" else None
