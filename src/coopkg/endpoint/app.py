"""The HTTP face of the endpoint, on Starlette: routes, request bodies, Host and CORS checks.

Framing (Content-Length, chunked bodies, malformed requests) is the HTTP server's job (uvicorn
with h11, which answers a malformed request with 400); this module only reads a body it has
been handed, in chunks, and stops at the size cap."""

from __future__ import annotations

import socket
import urllib.parse
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from coopkg.endpoint import browse
from coopkg.endpoint.errors import HttpError
from coopkg.endpoint.server import LOOPBACK_NAMES, Endpoint

PAGE = Path(__file__).with_name("page.html")
MAX_BODY = 10_000_000
FORM = "application/x-www-form-urlencoded"


def allowed_hosts(bound: str, extra: list[str]) -> list[str]:
    """Host header values to answer: loopback names always (a browser tricked by DNS
    rebinding sends the attacker's name, which is refused), the bound address, this machine's
    names when bound to every interface, and any the operator adds."""
    names = [*LOOPBACK_NAMES, bound, *extra]
    if bound in ("0.0.0.0", "::", ""):
        names += [socket.gethostname(), socket.getfqdn()]
    return sorted({f"[{n}]" if ":" in n else n.lower() for n in names if n and n not in ("0.0.0.0", "::")})


def build_app(endpoint: Endpoint, host: str) -> Starlette:
    settings = endpoint.settings
    middleware = [Middleware(TrustedHostMiddleware, www_redirect=False,
                             allowed_hosts=allowed_hosts(host, settings.allowed_hosts))]
    if settings.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                                     allow_methods=["GET", "POST"],
                                     allow_headers=["Accept", "Content-Type", "Authorization"]))
    routes = [Route("/", _page), Route("/sparql", _sparql, methods=["GET", "POST"]),
              Route("/api/queries", _queries), Route("/api/openapi.json", _openapi),
              *browse.routes(), browse.grlc_route()]
    app = Starlette(routes=routes, middleware=middleware, lifespan=_lifespan,
                    exception_handlers={HttpError: _http_error, HTTPException: _starlette_error})
    app.state.endpoint = endpoint
    return app


@asynccontextmanager
async def _lifespan(app: Starlette) -> AsyncIterator[None]:
    """Each waiting query holds one of Starlette's threads: make room for the whole queue."""
    settings = app.state.endpoint.settings
    limiter = anyio.to_thread.current_default_thread_limiter()
    limiter.total_tokens = max(limiter.total_tokens, settings.workers + settings.queue + 8)
    yield


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HttpError)
    return PlainTextResponse(f"{exc}\n", exc.status, headers=exc.headers)


async def _starlette_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    text = f"no such resource: {request.url.path}" if exc.status_code == 404 else exc.detail
    return PlainTextResponse(f"{text}\n", exc.status_code, headers=exc.headers)


async def _page(_request: Request) -> Response:
    return Response(PAGE.read_bytes(), media_type="text/html; charset=utf-8")


async def _queries(request: Request) -> Response:
    return Response(request.app.state.endpoint.queries_json(), media_type="application/json")


async def _openapi(_request: Request) -> Response:
    from coopkg.endpoint.openapi import describe

    return JSONResponse(describe())


async def _sparql(request: Request) -> Response:
    params = urllib.parse.parse_qs(request.url.query, keep_blank_values=True)
    query, update = _one(params, "query"), _one(params, "update")
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind not in (FORM, "application/sparql-query", "application/sparql-update"):
            raise HttpError(415, f"unsupported Content-Type {kind!r}")
        body = (await read_body(request)).decode("utf-8", "replace")
        if kind == FORM:
            form = urllib.parse.parse_qs(body, keep_blank_values=True)
            params = {**params, **form}
            query, update = _one(form, "query") or query, _one(form, "update")
        elif kind == "application/sparql-query":
            query = body
        else:
            update = body
    if (query is None) == (update is None):
        raise HttpError(400, "give exactly one of the `query` or `update` parameters")
    endpoint: Endpoint = request.app.state.endpoint
    if update is not None:
        if request.method != "POST":
            raise HttpError(405, "updates must be POSTed")
        await run_in_threadpool(endpoint.update, update, request.headers.get("authorization"))
        return Response(status_code=204)
    body = await run_in_threadpool(endpoint.query, query, request.headers.get("accept", "*/*"),
                                   params.get("default-graph-uri", []),
                                   params.get("named-graph-uri", []))
    return Response(body.data, media_type=body.content_type)


async def read_body(request: Request) -> bytes:
    """The body, refused with 413 as soon as it is known to pass MAX_BODY: from its declared
    length before reading anything, or while reading a chunked one.  The server discards
    the rest of a refused body, so the client gets to read the 413."""
    declared = request.headers.get("content-length")
    if declared is not None and not declared.isdigit():
        raise HttpError(400, f"bad Content-Length {declared!r}")
    if declared is not None and int(declared) > MAX_BODY:
        raise HttpError(413, f"request body over {MAX_BODY // 1_000_000} MB")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise HttpError(413, f"request body over {MAX_BODY // 1_000_000} MB")
        chunks.append(chunk)
    return b"".join(chunks)


def _one(params: dict[str, list[str]], key: str) -> str | None:
    values = params.get(key)
    if not values:
        return None
    if len(values) > 1:
        raise HttpError(400, f"more than one `{key}` parameter")
    return values[0]

