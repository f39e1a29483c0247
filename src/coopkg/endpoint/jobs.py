"""The work a query process does: open the store read-only, run one query, render the answer.

A job carries everything it needs (no shared state), so it can run in any worker process and
be thrown away with it when the time limit kills that process."""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from coopkg.endpoint.errors import HttpError
from coopkg.endpoint.results import GRAPH_TYPES, SELECT_TYPES, Body, Limit, negotiate, render
from coopkg.outbound import OutboundRefused, refuse_outbound
from coopkg.store.base import QueryResult, StoreError
from coopkg.store.embedded import EmbeddedStore


@dataclass
class SparqlJob:
    """A SPARQL query from the protocol, answered in the negotiated format."""

    text: str
    accept: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    max_rows: int = 10_000
    timeout: float = 30.0
    allow_service: bool = False

    def precheck(self) -> None:
        """The SERVICE check runs in the worker, so a huge query text costs a process bounded
        by the time limit rather than the server's event loop; and before the store is opened,
        so a refused query is refused whatever state the store is in."""
        try:
            refuse_outbound(self.text, self.allow_service)
        except OutboundRefused as exc:
            raise HttpError(400, str(exc)) from None

    def run(self, store: EmbeddedStore) -> Body:
        self.precheck()
        try:
            return self._answer(store)
        except SyntaxError as exc:
            raise HttpError(400, f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
        except (OSError, ValueError, RuntimeError) as exc:
            if races_a_writer(exc):
                raise
            raise HttpError(400, f"query failed: {exc}") from None
        except Limit as exc:
            raise HttpError(exc.status, str(exc)) from None

    def _answer(self, store: EmbeddedStore) -> Body:
        """pyoxigraph evaluates lazily, so evaluation errors surface while rendering."""
        result = store.native_query(self.text, self.default_graphs, self.named_graphs)
        offered = GRAPH_TYPES if isinstance(result, ox.QueryTriples) else SELECT_TYPES
        media = negotiate(self.accept, offered)
        if media is None:
            raise HttpError(406, f"cannot answer in {self.accept!r}; offered: {', '.join(offered)}")
        return render(result, media, self.max_rows, time.monotonic() + self.timeout)


@dataclass
class StoredJob:
    """One of the project's stored queries with its parameters, answered as JSON rows."""

    name: str
    params: dict[str, str]

    def run(self, store: EmbeddedStore) -> Body:
        result = run_stored(store, self.name, self.params)
        rows = [["" if t is None else str(t) for t in row] for row in result.rows]
        data = json.dumps({"variables": result.variables, "rows": rows}).encode()
        return Body("application/json", data)


def run_stored(store: EmbeddedStore, name: str, params: dict[str, str]) -> QueryResult:
    """A stored query's result; a bad parameter is a 400 with the query's own message."""
    from coopkg.api import run_query
    from coopkg.queries import QueryError

    try:
        return run_query(store, name, {k: v for k, v in params.items() if v})
    except QueryError as exc:
        raise HttpError(400, str(exc)) from None
    except StoreError as exc:
        raise HttpError(500, str(exc)) from None


class Job(Protocol):
    """Anything a query process can run: all it needs travels with it (pickled)."""

    def run(self, store: EmbeddedStore) -> Body: ...


class StoreView:
    """A worker's read-only view of the store, reopened only when the directory has changed.

    A read-only open is a snapshot and costs more than most queries (reading the manifest,
    replaying the write-ahead log, cold caches), so it is kept while nothing on disk changes:
    any commit by another process grows the log or adds files, which changes the signature."""

    def __init__(self, path: Path):
        self.path = path
        self._store: EmbeddedStore | None = None
        self._signature: tuple = ()

    def current(self) -> EmbeddedStore:
        signature = _signature(self.path)
        if self._store is None or signature != self._signature:
            self.drop()
            try:
                self._store = EmbeddedStore(self.path, read_only=True)
            except StoreError as exc:
                raise HttpError(503, str(exc)) from None
            self._signature = signature
        return self._store

    def drop(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _signature(path: Path) -> tuple:
    try:
        entries = list(os.scandir(path))
    except OSError:
        return ()
    return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries
                        if not e.name.startswith(("LOG", "LOCK"))))


def races_a_writer(exc: BaseException) -> bool:
    """A read-only RocksDB open does not pin the files it has listed: a writer compacting at
    the same moment can delete one under it.  Opening again sees the new file set."""
    text = str(exc)
    return "Corruption" in text or "No such file or directory" in text


def execute(job: Job, view: StoreView, attempts: int = 5) -> tuple:
    """("ok", Body) or ("error", status, message, headers): never raises, so a bad query
    cannot take its worker down."""
    precheck = getattr(job, "precheck", None)
    for attempt in range(1, attempts + 1):
        try:
            if precheck is not None:
                precheck()
            return ("ok", job.run(view.current()))
        except HttpError as exc:
            return ("error", *exc.as_tuple())
        except Exception as exc:  # noqa: BLE001 (a worker answers every job)
            view.drop()
            if attempt < attempts and races_a_writer(exc):
                time.sleep(0.05 * attempt)
                continue
            return ("error", 500, f"query failed: {type(exc).__name__}: {exc}", {})
    raise AssertionError("unreachable")
