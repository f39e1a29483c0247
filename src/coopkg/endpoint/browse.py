"""The routes behind the page's browsing: stored queries as a REST API (grlc style,
`/api/NAME?param=…`), their rows as CSV/JSON downloads, an entity's page, and the pictures.

Every answer here comes from a stored query with typed, bound parameters (nothing a client
sends is spliced into SPARQL), and every refusal is one line of text with its status."""

from __future__ import annotations

import urllib.parse

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from coopkg.endpoint.errors import HttpError
from coopkg.endpoint.views import DOWNLOADS, PLOT_PARAMS, file_name

# An SVG opened on its own is a document: nothing in it may run or load anything.
SVG_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
               "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}


def routes() -> list[Route]:
    """In the order they are matched: `/api/{name}` comes after the fixed /api paths."""
    return [Route("/api/query/{name:path}", stored), Route("/entity", entity),
            Route("/plot/{kind}.svg", plot)]


def grlc_route() -> Route:
    return Route("/api/{name}", stored)


def query_params(request: Request, allowed: tuple[str, ...] | None = None) -> dict[str, str]:
    """The query string as one value per name: a repeated or (when `allowed` is given) an
    unknown name is refused rather than guessed at."""
    params: dict[str, str] = {}
    for key, value in request.query_params.multi_items():
        if key in params:
            raise HttpError(400, f"more than one `{key}` parameter")
        if allowed is not None and key not in allowed:
            raise HttpError(400, f"unknown parameter `{key}` (parameters: {', '.join(allowed)})")
        params[key] = value
    return params


def known_query(name: str) -> str:
    from coopkg.queries import stored_queries

    queries = stored_queries()
    if name not in queries:
        raise HttpError(404, f"no stored query {name!r} (available: {', '.join(queries)})")
    return name


async def stored(request: Request) -> Response:
    """`NAME` answers JSON rows (variables, rows of strings) for the page; `NAME.csv` and
    `NAME.json` answer the same rows as a file to save."""
    name, _, fmt = request.path_params["name"].partition(".")
    params = query_params(request)
    endpoint = request.app.state.endpoint
    if not fmt:
        data = await run_in_threadpool(endpoint.stored_query, known_query(name), params)
        return Response(data, media_type="application/json")
    if fmt not in DOWNLOADS:
        raise HttpError(404, f"no download format {fmt!r} (formats: {', '.join(DOWNLOADS)})")
    body = await run_in_threadpool(endpoint.download, known_query(name), params, fmt)
    disposition = f'attachment; filename="{file_name(name, params, fmt)}"'
    return Response(body.data, media_type=body.content_type,
                    headers={"Content-Disposition": disposition})


async def entity(request: Request) -> Response:
    """`/entity?iri=…` (or `?name=…`): the page's view of the `entity` query for it, at a URL
    that can be shared."""
    params = query_params(request, ("iri", "name"))
    value = (params.get("iri") or params.get("name") or "").strip()
    if not value or len(params) != 1:
        raise HttpError(400, "give one of iri=… or name=…")
    target = "/?" + urllib.parse.urlencode({"q": "entity", "entity": value})
    return RedirectResponse(target, status_code=303)


async def plot(request: Request) -> Response:
    kind = request.path_params["kind"]
    if kind not in PLOT_PARAMS:
        raise HttpError(404, f"no picture {kind!r} (pictures: {', '.join(PLOT_PARAMS)})")
    params = query_params(request, PLOT_PARAMS[kind])
    data = await run_in_threadpool(request.app.state.endpoint.plot, kind, params)
    return Response(data, media_type="image/svg+xml; charset=utf-8", headers=SVG_HEADERS)
