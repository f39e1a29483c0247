"""'The first visit of a Peruvian delegation to Chile in decades', 'the visit of a Kenyan trade
delegation': a visit made by a group named by its country's demonym, no person.  The group's
country takes part (GOLD_FORMAT: participants are people plus countries said to take part); the
destination is the one written, else the article's other country."""

from __future__ import annotations

from coopkg.extract.doc import Doc
from coopkg.extract.facts import Ref


def group_visit(ctx: Doc, who_text: str, places: list[Ref]) -> tuple[list[Ref], list[Ref]]:
    """(visitors, places) of a visit by '<demonym> delegation'; nothing when the words before the
    group noun are no demonym ('a visit of the Board delegation')."""
    origin = next((c for c in map(ctx.gaz.country_of_demonym, who_text.split()) if c), None)
    if origin is None or origin not in ctx.gaz.countries:
        return [], places
    if not places:
        others = [c for c in ctx.pair() if c != origin]
        places = [Ref("place", ctx.country_iri(others[0]))] if len(others) == 1 else []
    return [Ref("place", ctx.country_iri(origin))], places
