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
        from coopkg.queries import QueryError

        try:
            svg = timeline(store, self.params) if self.kind == "timeline" else network(store, self.params)
        except QueryError as exc:
            raise HttpError(400, str(exc)) from None
        return Body("image/svg+xml", svg.encode("utf-8"))


def timeline(store: EmbeddedStore, params: dict[str, str]) -> str:
    from coopkg.plots.pictures import entity_timeline, pair_timeline

    start, end = params.get("from"), params.get("to")
    if params.get("entity"):
        if params.get("a") or params.get("b"):
            raise HttpError(400, "give either entity or the countries a and b, not both")
        return entity_timeline(store, params["entity"], start, end)
    if not (params.get("a") and params.get("b")):
        raise HttpError(400, "give the countries as a=CN&b=KZ (names or ISO codes), or an entity")
    return pair_timeline(store, params["a"], params["b"], start, end)


def network(store: EmbeddedStore, params: dict[str, str]) -> str:
    from coopkg.plots.pictures import cooperation_network

    if not params.get("a"):
        raise HttpError(400, "give a country as a=CN (and optionally b=KZ)")
    return cooperation_network(store, params["a"], params.get("b"), params.get("from"),
                               params.get("to"), params.get("nodes"), link=_entity_link)


def _entity_link(node) -> str | None:
    return "/entity?" + urlencode({"iri": node.iri}) if node.iri else None
