"""`coopkg serve`: the SPARQL 1.1 Protocol over the embedded store, plus a small page.

Read-only by default: each request opens the store read-only (~10 ms), so it sees what a
`coopkg load` in another process committed since.  With `--allow-update` the server holds
the store open for writing and takes SPARQL Update from clients presenting the token."""

from __future__ import annotations

import hmac
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from coopkg.endpoint.results import GRAPH_TYPES, SELECT_TYPES, Body, Limit, negotiate, render
from coopkg.store.base import StoreError
from coopkg.store.embedded import EmbeddedStore

PAGE = Path(__file__).with_name("page.html")
MAX_BODY = 10_000_000


@dataclass
class Settings:
    store: Path
    allow_update: bool = False
    token: str | None = None
    timeout: float = 30.0
    max_rows: int = 10_000


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.headers = status, headers or {}


class Endpoint:
    """Everything but HTTP plumbing, so it can be called (and tested) directly."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._writer = EmbeddedStore(settings.store) if settings.allow_update else None
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="coopkg-query")
        self._write_lock = threading.Lock()

    @contextmanager
    def reading(self) -> Iterator[EmbeddedStore]:
        """The writer when updates are on; otherwise a fresh read-only open, closed after."""
        if self._writer is not None:
            yield self._writer
            return
        try:
            store = EmbeddedStore(self.settings.store, read_only=True)
        except StoreError as exc:
            raise HttpError(503, str(exc)) from None
        try:
            yield store
        finally:
            store.close()

    def query(self, text: str, accept: str, default_graphs: list[str],
              named_graphs: list[str]) -> Body:
        """Runs in a worker thread; past the time limit the client gets 503 while rows stop
        being collected (a blocking operator may still finish in the background)."""
        deadline = time.monotonic() + self.settings.timeout
        future = self._pool.submit(self._run, text, accept, default_graphs, named_graphs, deadline)
        try:
            return future.result(timeout=self.settings.timeout + 0.5)
        except FutureTimeout:
            raise HttpError(503, f"query exceeded the {self.settings.timeout:g} s time limit") from None

    def _run(self, text: str, accept: str, default_graphs: list[str], named_graphs: list[str],
             deadline: float) -> Body:
        with self.reading() as store:
            return self._answer(store, text, accept, default_graphs, named_graphs, deadline)

    def _answer(self, store: EmbeddedStore, text: str, accept: str, default_graphs: list[str],
                named_graphs: list[str], deadline: float) -> Body:
        try:
            result = store.native_query(text, default_graphs, named_graphs)
        except SyntaxError as exc:
            raise HttpError(400, f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
        except (OSError, ValueError) as exc:
            raise HttpError(400, f"query failed: {exc}") from None
        graph_result = isinstance(result, ox.QueryTriples)
        offered = GRAPH_TYPES if graph_result else SELECT_TYPES
        media = negotiate(accept, offered)
        if media is None:
            raise HttpError(406, f"cannot answer in {accept!r}; offered: {', '.join(offered)}")
        try:
            return render(result, media, self.settings.max_rows, deadline)
        except Limit as exc:
            raise HttpError(exc.status, str(exc)) from None

    def update(self, text: str, authorization: str | None) -> None:
        if self._writer is None:
            raise HttpError(403, "updates are disabled (start coopkg serve with --allow-update)")
        expected = f"Bearer {self.settings.token}"
        if not authorization or not hmac.compare_digest(authorization.encode(), expected.encode()):
            raise HttpError(401, "updates need the server's token (Authorization: Bearer …)",
                            {"WWW-Authenticate": 'Bearer realm="coopkg"'})
        with self._write_lock:
            try:
                self._writer.update(text)
            except StoreError as exc:
                raise HttpError(400, str(exc)) from None

    def queries_json(self) -> bytes:
        from coopkg.queries import stored_queries

        listing = [{"name": q.name, "summary": q.summary, "description": q.description,
                    "params": [p.__dict__ for p in q.params]}
                   for q in stored_queries().values()]
        return json.dumps(listing).encode()

    def stored_query(self, name: str, params: dict[str, str]) -> bytes:
        from coopkg.api import run_query
        from coopkg.queries import QueryError

        with self.reading() as store:
            try:
                result = run_query(store, name, {k: v for k, v in params.items() if v})
            except QueryError as exc:
                raise HttpError(400, str(exc)) from None
            except StoreError as exc:
                raise HttpError(500, str(exc)) from None
        rows = [["" if t is None else str(t) for t in row] for row in result.rows]
        return json.dumps({"variables": result.variables, "rows": rows}).encode()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self._writer is not None:
            self._writer.close()


class Handler(BaseHTTPRequestHandler):
    endpoint: Endpoint  # set on the subclass made by make_server
    server_version = "coopkg"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._dispatch("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        try:
            if url.path == "/" and method == "GET":
                self._send(200, Body("text/html; charset=utf-8", PAGE.read_bytes()))
            elif url.path == "/sparql":
                self._sparql(method, params)
            elif url.path == "/api/queries" and method == "GET":
                self._send(200, Body("application/json", self.endpoint.queries_json()))
            elif url.path.startswith("/api/query/") and method == "GET":
                name = urllib.parse.unquote(url.path.removeprefix("/api/query/"))
                flat = {k: v[-1] for k, v in params.items()}
                self._send(200, Body("application/json", self.endpoint.stored_query(name, flat)))
            else:
                raise HttpError(404, f"no such resource: {url.path}")
        except HttpError as exc:
            self._send(exc.status, Body("text/plain; charset=utf-8", (str(exc) + "\n").encode()),
                       exc.headers)

    def _sparql(self, method: str, params: dict[str, list[str]]) -> None:
        query, update = _one(params, "query"), _one(params, "update")
        if method == "POST":
            kind = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                raise HttpError(413, f"request body over {MAX_BODY // 1_000_000} MB")
            body = self.rfile.read(length).decode("utf-8", "replace")
            if kind == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qs(body, keep_blank_values=True)
                params = {**params, **form}
                query, update = _one(form, "query") or query, _one(form, "update")
            elif kind == "application/sparql-query":
                query = body
            elif kind == "application/sparql-update":
                update = body
            else:
                raise HttpError(415, f"unsupported Content-Type {kind!r}")
        if (query is None) == (update is None):
            raise HttpError(400, "give exactly one of the `query` or `update` parameters")
        if update is not None:
            if method != "POST":
                raise HttpError(405, "updates must be POSTed")
            self.endpoint.update(update, self.headers.get("Authorization"))
            self._send(204, Body("text/plain", b""))
            return
        body = self.endpoint.query(query, self.headers.get("Accept", "*/*"),
                                   params.get("default-graph-uri", []),
                                   params.get("named-graph-uri", []))
        self._send(200, body)

    def _send(self, status: int, body: Body, headers: dict[str, str] | None = None) -> None:
        self.send_response(status, HTTPStatus(status).phrase)
        self.send_header("Content-Type", body.content_type)
        self.send_header("Content-Length", str(len(body.data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD" and status != 204:
            self.wfile.write(body.data)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (http.server's signature)
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)


def _one(params: dict[str, list[str]], key: str) -> str | None:
    values = params.get(key)
    if not values:
        return None
    if len(values) > 1:
        raise HttpError(400, f"more than one `{key}` parameter")
    return values[0]


def make_server(settings: Settings, host: str = "127.0.0.1", port: int = 7878) -> ThreadingHTTPServer:
    """A ready server (port 0 picks a free one); call serve_forever(), and close it with
    shutdown() and server_close() — the endpoint is closed with it."""
    endpoint = Endpoint(settings)
    handler = type("BoundHandler", (Handler,), {"endpoint": endpoint})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    original_close = server.server_close

    def server_close() -> None:
        original_close()
        endpoint.close()

    server.server_close = server_close  # type: ignore[method-assign]
    return server
