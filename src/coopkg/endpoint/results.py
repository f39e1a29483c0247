"""SPARQL results in the formats the protocol negotiates.

Rows are collected (up to the endpoint's limit) before anything is written, so a result that is
too large or too slow becomes a clean error instead of a truncated document."""

from __future__ import annotations

import io
import time
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Variable
from rdflib.query import Result

from coopkg.store.embedded import from_ox

SELECT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "application/ld+json": ox.RdfFormat.JSON_LD}


class Limit(Exception):
    """The query ran past the time or size limit (HTTP 503 / 413)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass
class Body:
    content_type: str
    data: bytes


def negotiate(accept: str, offered: dict) -> str | None:
    """The first offered media type the Accept header admits, by q-value; None: 406."""
    choices = []
    for i, part in enumerate((accept or "*/*").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = next((float(p[2:]) for p in params if p.startswith("q=") and _is_float(p[2:])), 1.0)
        choices.append((-q, i, media.lower()))
    for _q, _i, media in sorted(choices):
        if _q == 0:
            continue
        if media in ("*/*", ""):
            return next(iter(offered))
        if media.endswith("/*"):
            match = next((t for t in offered if t.startswith(media[:-1])), None)
            if match:
                return match
        if media in offered:
            return media
    return None


def _is_float(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def collect(items, max_items: int, deadline: float) -> list:
    out = []
    for item in items:
        if time.monotonic() > deadline:
            raise Limit(503, "query exceeded the endpoint's time limit")
        out.append(item)
        if len(out) > max_items:
            raise Limit(413, f"more than {max_items} results: add a LIMIT to the query")
    return out


def render(result, media: str, max_rows: int, deadline: float) -> Body:
    if isinstance(result, ox.QueryBoolean):
        return _tabular(["_askResult"], [], SELECT_TYPES[media], media, boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [[s[n] for n in names] for s in collect(result, max_rows, deadline)]
        return _tabular(names, rows, SELECT_TYPES[media], media)
    triples = collect(result, max_rows, deadline)
    out = io.BytesIO()
    ox.serialize(triples, out, GRAPH_TYPES[media])
    return Body(media, out.getvalue())


def _tabular(names: list[str], rows: list[list], fmt: str, media: str,
             boolean: bool | None = None) -> Body:
    if fmt == "tsv":
        lines = ["\t".join(f"?{n}" for n in names)] if boolean is None else ["?_askResult"]
        if boolean is not None:
            lines.append("true" if boolean else "false")
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return Body(media, ("\n".join(lines) + "\n").encode("utf-8"))
    result = Result("ASK" if boolean is not None else "SELECT")
    if boolean is not None:
        result.askAnswer = boolean
    else:
        result.vars = [Variable(n) for n in names]
        result.bindings = [{Variable(n): from_ox(t) for n, t in zip(names, row, strict=True)
                            if t is not None} for row in rows]
    return Body(media, result.serialize(format=fmt) or b"")
