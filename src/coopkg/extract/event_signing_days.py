"""A signing told with its signers, its town and its day is an occasion of its own ('The Minister
of X, A, and the Ambassador of Y, B, signed the MoU in Abuja on Thursday'), an Other event as the
dev gold writes it ('MOU signing in Abuja'), even without the word 'ceremony'.  It is none when
the article tells another occasion of that day (the talks, the visit, the ceremony the documents
were signed at): the signing was part of that one (GOLD_FORMAT: a signing reported without a
ceremony, meeting or visit gives no event of its own besides)."""

from __future__ import annotations

import re

from coopkg.extract.doc import Doc, Sent
from coopkg.extract.event_clauses import place_after, when
from coopkg.extract.facts import Event, When

_SIGNED = re.compile(r"\b(?:signed|inked)\b")
_KIND = re.compile(r"\b(MoU|MOU|[Mm]emorandum|[Aa]greement|[Tt]reaty|[Cc]ontract|[Pp]rotocol)\b")
_LOOK_BACK = 2  # sentences before whose stated signing day a later one may retell


def placed_signing(ctx: Doc, events: list[Event]) -> list[Event]:
    """The article's first signing with two people named, signed in a town, on a stated day no
    other occasion of the article shares (see the module)."""
    days = {e.date.value for e in events if e.date is not None}
    for index, view in enumerate(ctx.sents):
        verb = _SIGNED.search(view.text)
        kind = _KIND.search(view.text) if verb else None
        people = view.refs("person") if kind else []
        place = place_after(view, verb.end()) if len(people) >= 2 else None
        if place is None or "/region/" not in place:
            continue
        day = _stated_day(ctx, index, view, verb.start())
        if day is None or any(d.startswith(day.value) or day.value.startswith(d) for d in days):
            return []
        town = ctx.gaz.regions[place].label if place in ctx.gaz.regions else ""
        label = f"{kind.group(1)} signing in {town}"
        return [Event("Event", label.strip(), day, people[:4], place,
                      view.text, rule="event.signing-day")]
    return []


def _stated_day(ctx: Doc, index: int, view: Sent, verb: int) -> When | None:
    """The day the sentence states for its signing, else the day a signing was stated on in the
    sentences just before ('on Thursday signed an MoU. A and B signed the MoU in Abuja')."""
    own = when(view, verb)
    if own is not None:
        return own if len(own.value) == 10 and not own.inherited else None
    for before in reversed(ctx.sents[max(0, index - _LOOK_BACK):index]):
        verb_before = _SIGNED.search(before.text)
        stated = when(before, verb_before.start()) if verb_before else None
        if stated is not None and len(stated.value) == 10 and not stated.inherited:
            return When(stated.value, inherited=True)
    return None
