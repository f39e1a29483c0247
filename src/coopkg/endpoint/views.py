"""What the page shows beside a table, computed in a query process like any query: a stored
query's rows as a downloadable file (CSV or JSON records), and the pictures (a country pair's or
an entity's timeline, a cooperation network) drawn by coopkg.plots from stored-query rows.

Pictures are drawn where the rows are, so only SVG text crosses the pipe, and a picture that
takes too long is stopped at the time limit like any query."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from coopkg.endpoint.errors import HttpError
from coopkg.endpoint.jobs import run_stored
from coopkg.endpoint.results import Body
from coopkg.store.embedded import EmbeddedStore

DOWNLOADS = {"csv": "text/csv; charset=utf-8", "json": "application/json"}
PLOTS = ("timeline", "network")
PLOT_PARAMS = {"timeline": ("a", "b", "from", "to", "entity"),
               "network": ("a", "b", "from", "to", "nodes")}
NOT_FACTS = ("alias", "source article")


@dataclass
class DownloadJob:
    """A stored query's rows as a file: CSV (a header, then one line per row) or JSON (a list
    of records with plain values: numbers as numbers, missing values as null)."""

    name: str
    params: dict[str, str]
    fmt: str

    def run(self, store: EmbeddedStore) -> Body:
        from coopkg.tables import write_text

        result = run_stored(store, self.name, self.params)
        records = result.records()
        if self.fmt == "json":
            return Body(DOWNLOADS["json"], json.dumps(records, ensure_ascii=False, indent=1).encode())
        out = io.StringIO()
        write_text(result.variables, records, out, "csv")
        return Body(DOWNLOADS["csv"], out.getvalue().encode("utf-8"))


def file_name(name: str, params: dict[str, str], fmt: str) -> str:
    """`agreements-between_CN_KZ_2020.csv`: the query and its values, safe in any header."""
    parts = [name, *(params[k] for k in sorted(params) if params[k])]
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", "_".join(parts)).strip("-.")[:120]
    return f"{stem or 'rows'}.{fmt}"


@dataclass
class PlotJob:
    """One picture: `timeline` of a country pair (a, b) or of an entity, `network` of a
    country or pair; `from`/`to` keep the dates within them."""

    kind: str
    params: dict[str, str]

    def run(self, store: EmbeddedStore) -> Body:
        svg = timeline(store, self.params) if self.kind == "timeline" else network(store, self.params)
        return Body("image/svg+xml", svg.encode("utf-8"))


def timeline(store: EmbeddedStore, params: dict[str, str]) -> str:
    from coopkg.plots import timeline_svg

    start, end = _range(params)
    if params.get("entity"):
        if params.get("a") or params.get("b"):
            raise HttpError(400, "give either entity or the countries a and b, not both")
        rows = [r for r in run_stored(store, "entity", {"entity": params["entity"]}).records()
                if r["relation"] not in NOT_FACTS]
        name = rows[0]["name"] if rows else params["entity"]
        return timeline_svg(rows, f"Timeline: {name}", lane="relation", start=start, end=end)
    a, b = _pair(params, both=True)
    rows = run_stored(store, "timeline", {"country_a": a, "country_b": b}).records()
    return timeline_svg(rows, f"Timeline: {_country(a)} – {_country(b)}{_years(start, end)}",
                        start=start, end=end)


def network(store: EmbeddedStore, params: dict[str, str]) -> str:
    from coopkg.plots import network_svg
    from coopkg.plots.network import NODE_KINDS

    nodes = params.get("nodes") or ("organizations" if params.get("b") else "countries")
    if nodes not in NODE_KINDS:
        raise HttpError(400, f"nodes must be one of {', '.join(NODE_KINDS)}, not {nodes!r}")
    a, b = _pair(params, both=False)
    start, end = _range(params)
    rows = run_stored(store, "network", {"country_a": a, "country_b": b, "from": start or "",
                                         "to": end or ""}).records()
    who = f"{_country(a)} – {_country(b)}" if b else _country(a)
    return network_svg(rows, f"Cooperation network: {who}{_years(start, end)}", nodes=nodes,
                       link=lambda node: "/entity?" + urlencode({"iri": node.iri}) if node.iri else None)


def _pair(params: dict[str, str], both: bool) -> tuple[str, str]:
    a, b = params.get("a", ""), params.get("b", "")
    if not a or (both and not b):
        raise HttpError(400, "give the countries as a=CN&b=KZ (names or ISO codes)"
                        if both else "give a country as a=CN (and optionally b=KZ)")
    return a, b


def _range(params: dict[str, str]) -> tuple[str | None, str | None]:
    """from/to checked as the stored queries check dates, so a bad one is a 400 here too."""
    from coopkg.queries import Param, QueryError, parse_param

    out = []
    for key in ("from", "to"):
        raw = params.get(key) or ""
        try:
            out.append(str(parse_param(Param(key, "date"), raw)) if raw else None)
        except QueryError as exc:
            raise HttpError(400, str(exc)) from None
    return out[0], out[1]


def _country(raw: str) -> str:
    """The country's name for a title ('KZ' -> 'Kazakhstan'), or the text as given."""
    from coopkg.queries import resolve_country
    from coopkg.reference import gazetteer

    try:
        code = str(resolve_country(raw)).rsplit("/", 1)[-1]
    except ValueError:
        return raw
    place = gazetteer().countries.get(code)
    return place.label if place else code


def _years(start: str | None, end: str | None) -> str:
    if not (start or end):
        return ""
    return f", {start or '…'}–{end or '…'}"
