"""The pictures of a store: a country pair's or an entity's timeline and a cooperation network,
each one stored query and one drawing.  `coopkg serve` answers them at /plot/…svg, and
`make pictures` writes the README's with the same calls.

Bad input is a QueryError (an unknown country, a bad date, the same country twice), as for
any stored query."""

from __future__ import annotations

from collections.abc import Callable

from coopkg.plots.network import NODE_KINDS, Node, network_svg
from coopkg.plots.timeline import timeline_svg
from coopkg.queries import Param, QueryError, parse_param, resolve_country
from coopkg.store import TripleStore

NOT_FACTS = ("alias", "source article")


def pair_timeline(store: TripleStore, a: str, b: str, start: str | None = None,
                  end: str | None = None) -> str:
    """Agreements, events and statements of two countries (names or ISO codes) by date."""
    from coopkg.api import run_query

    start, end = check_date("from", start), check_date("to", end)
    rows = run_query(store, "timeline", {"country_a": a, "country_b": b}).records()
    return timeline_svg(rows, f"Timeline: {country_name(a)} – {country_name(b)}{_years(start, end)}",
                        start=start, end=end)


def entity_timeline(store: TripleStore, entity: str, start: str | None = None,
                    end: str | None = None) -> str:
    """An organisation's, person's or place's facts (by IRI or name), one lane per role."""
    from coopkg.api import run_query

    start, end = check_date("from", start), check_date("to", end)
    rows = [r for r in run_query(store, "entity", {"entity": entity}).records()
            if r["relation"] not in NOT_FACTS]
    name = rows[0]["name"] if rows else entity
    return timeline_svg(rows, f"Timeline: {name}{_years(start, end)}", lane="relation",
                        start=start, end=end)


def cooperation_network(store: TripleStore, a: str, b: str | None = None, start: str | None = None,
                        end: str | None = None, nodes: str | None = None,
                        link: Callable[[Node], str | None] | None = None) -> str:
    """The agreements of country `a` (with `b`, when given) as a network: organisations as
    nodes by default for a pair, countries for one country."""
    from coopkg.api import run_query

    nodes = nodes or ("organizations" if b else "countries")
    if nodes not in NODE_KINDS:
        raise QueryError(f"nodes must be one of {', '.join(NODE_KINDS)}, not {nodes!r}")
    start, end = check_date("from", start), check_date("to", end)
    params = {"country_a": a, "country_b": b, "from": start, "to": end}
    rows = run_query(store, "network", {k: v for k, v in params.items() if v}).records()
    who = f"{country_name(a)} – {country_name(b)}" if b else country_name(a)
    return network_svg(rows, f"Cooperation network: {who}{_years(start, end)}", nodes=nodes, link=link)


def check_date(name: str, raw: str | None) -> str | None:
    """A YYYY[-MM[-DD]] bound checked as the stored queries check theirs."""
    return str(parse_param(Param(name, "date"), raw)) if raw else None


def country_name(raw: str) -> str:
    """The country's name for a title ('KZ' -> 'Kazakhstan'), or the text as given."""
    from coopkg.reference import gazetteer

    try:
        code = str(resolve_country(raw)).rsplit("/", 1)[-1]
    except ValueError:
        return raw
    place = gazetteer().countries.get(code)
    return place.label if place else code


def _years(start: str | None, end: str | None) -> str:
    return f", {start or '…'}–{end or '…'}" if start or end else ""
