"""An OpenAPI 3.1 description of the endpoint, with one operation per stored query (its
parameters from the query file's header), so the query page or any client can build forms and
calls from it rather than from hand-kept knowledge."""

from __future__ import annotations

from coopkg.endpoint.views import DOWNLOADS, PLOT_PARAMS
from coopkg.queries import StoredQuery, stored_queries

ROWS = {"type": "object", "properties": {
    "variables": {"type": "array", "items": {"type": "string"}},
    "rows": {"type": "array", "items": {"type": "array", "items": {"type": "string"}}}}}
TEXT_ERROR = {"description": "a one-line reason", "content": {"text/plain": {"schema": {"type": "string"}}}}


def describe() -> dict:
    paths = {"/sparql": _sparql(), "/api/queries": {"get": {
        "summary": "The stored queries and their parameters",
        "responses": {"200": {"description": "the list", "content": {"application/json": {}}}}}}}
    for query in stored_queries().values():
        paths[f"/api/{query.name}"] = {"get": _stored(query, query.name.replace("-", "_"))}
        paths[f"/api/query/{query.name}"] = {"get": _stored(query, f"{query.name.replace('-', '_')}_query")}
        for fmt, media in DOWNLOADS.items():
            paths[f"/api/query/{query.name}.{fmt}"] = {"get": _download(query, fmt, media)}
    paths.update(_plots())
    return {"openapi": "3.1.0",
            "info": {"title": "coopkg", "version": "1",
                     "description": "Bilateral cooperation knowledge graph: SPARQL 1.1 Protocol "
                                    "and the project's stored queries."},
            "paths": paths}


def _params(query: StoredQuery) -> list[dict]:
    return [{"name": p.name, "in": "query", "required": p.required,
             "description": p.description or p.type,
             "schema": {"type": "string", **({"examples": [p.example]} if p.example else {})}}
            for p in query.params]


def _stored(query: StoredQuery, operation: str) -> dict:
    return {"operationId": operation, "summary": query.summary,
            "description": query.description, "parameters": _params(query),
            "responses": {"200": {"description": "the rows",
                                  "content": {"application/json": {"schema": ROWS}}},
                          "400": TEXT_ERROR, "404": TEXT_ERROR, "503": TEXT_ERROR}}


def _download(query: StoredQuery, fmt: str, media: str) -> dict:
    return {"operationId": f"{query.name.replace('-', '_')}_{fmt}",
            "summary": f"{query.summary} ({fmt.upper()} file: one record per row, the source "
                       "columns included)",
            "parameters": _params(query),
            "responses": {"200": {"description": "the rows as a file (Content-Disposition)",
                                  "content": {media.split(";")[0]: {}}},
                          "400": TEXT_ERROR, "503": TEXT_ERROR}}


def _plots() -> dict:
    described = {"a": "a country (name or ISO code)", "b": "the other country of the pair",
                 "from": "earliest date, YYYY[-MM[-DD]]", "to": "latest date, YYYY[-MM[-DD]]",
                 "entity": "instead of a pair: an entity's IRI or name (its facts)",
                 "nodes": "organizations (default with a pair) or countries"}
    return {f"/plot/{kind}.svg": {"get": {
        "operationId": f"plot_{kind}",
        "summary": {"timeline": "Timeline of a country pair's (or an entity's) agreements, "
                                "events and statements, at each date's precision",
                    "network": "Cooperation network of a country or pair: nodes "
                               "organisations or countries, edges agreements"}[kind],
        "parameters": [{"name": n, "in": "query", "schema": {"type": "string"},
                        "description": described[n]} for n in names],
        "responses": {"200": {"description": "the picture",
                              "content": {"image/svg+xml": {}}}, "400": TEXT_ERROR}}}
        for kind, names in PLOT_PARAMS.items()}


def _sparql() -> dict:
    query = {"name": "query", "in": "query", "schema": {"type": "string"},
             "description": "a SPARQL 1.1 query (SERVICE refused unless --allow-service)"}
    graphs = [{"name": name, "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}
              for name in ("default-graph-uri", "named-graph-uri")]
    answers = {"200": {"description": "results, by content negotiation (SPARQL JSON, XML, CSV, "
                                      "TSV; Turtle, N-Triples, JSON-LD for graphs)"},
               "400": TEXT_ERROR, "406": TEXT_ERROR, "413": TEXT_ERROR, "503": TEXT_ERROR}
    body = {"content": {media: {"schema": {"type": "string"}} for media in (
        "application/sparql-query", "application/sparql-update", "application/x-www-form-urlencoded")}}
    return {"get": {"summary": "SPARQL query", "parameters": [query, *graphs], "responses": answers},
            "post": {"summary": "SPARQL query or (with --allow-update and the token) update",
                     "parameters": graphs, "requestBody": body,
                     "responses": {**answers, "204": {"description": "update done"},
                                   "401": TEXT_ERROR, "403": TEXT_ERROR}}}
