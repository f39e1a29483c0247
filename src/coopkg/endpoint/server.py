"""`coopkg serve`: the SPARQL 1.1 Protocol over the embedded store, plus a small page.

Read-only by default.  Queries run in a small pool of worker processes, each opening the store
read-only per query, so they see what a `coopkg load` in another process committed since and
can be killed at the time limit.  With `--allow-update` the server also holds the store open
for writing and takes SPARQL Update from clients presenting the token."""

from __future__ import annotations

import hmac
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path

from coopkg.endpoint.errors import HttpError
from coopkg.endpoint.jobs import Job, SparqlJob, StoredJob
from coopkg.endpoint.pool import Busy, QueryPool, QueryTimeout, WorkerLost
from coopkg.endpoint.results import Body
from coopkg.endpoint.views import DownloadJob, PlotJob
from coopkg.outbound import OutboundRefused, refuse_outbound
from coopkg.store.base import StoreError
from coopkg.store.embedded import EmbeddedStore

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


@dataclass
class Settings:
    store: Path
    allow_update: bool = False
    token: str | None = None
    timeout: float = 30.0
    max_rows: int = 10_000
    allow_service: bool = False
    workers: int = 2
    queue: int = 32
    cors_origins: list[str] = field(default_factory=list)
    allowed_hosts: list[str] = field(default_factory=list)


class Endpoint:
    """Everything but HTTP plumbing, so it can be called (and tested) directly."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._writer = EmbeddedStore(settings.store) if settings.allow_update else None
        self._write_lock = threading.Lock()
        self._pool = QueryPool(Path(settings.store), settings.workers, settings.queue)

    def query(self, text: str, accept: str, default_graphs: list[str],
              named_graphs: list[str]) -> Body:
        """Runs in a worker process; past the time limit that process is killed and the
        client gets 503."""
        return self._run(SparqlJob(text, accept, default_graphs, named_graphs, self.settings.max_rows,
                                   self.settings.timeout, self.settings.allow_service))

    def stored_query(self, name: str, params: dict[str, str]) -> bytes:
        return self._run(StoredJob(name, params)).data

    def download(self, name: str, params: dict[str, str], fmt: str) -> Body:
        """The stored query's rows as a CSV or JSON file (views.DOWNLOADS)."""
        return self._run(DownloadJob(name, params, fmt))

    def plot(self, kind: str, params: dict[str, str]) -> bytes:
        """A picture as SVG text (views.PLOTS), drawn in a query process."""
        return self._run(PlotJob(kind, params)).data

    def _run(self, job: Job) -> Body:
        limit = self.settings.timeout
        try:
            answer = self._pool.run(job, limit)
        except Busy as exc:
            raise HttpError(503, f"server busy ({exc}); retry shortly", {"Retry-After": "1"}) from None
        except QueryTimeout:
            raise HttpError(503, f"query exceeded the {limit:g} s time limit") from None
        except WorkerLost:
            if self._pool.closed:
                raise HttpError(503, "the server is stopping") from None
            raise HttpError(500, "the query process died (out of memory?)") from None
        if answer[0] == "ok":
            return answer[1]
        raise HttpError(*answer[1:])

    def update(self, text: str, authorization: str | None) -> None:
        if self._writer is None:
            raise HttpError(403, "updates are disabled (start coopkg serve with --allow-update)")
        expected = f"Bearer {self.settings.token}"
        if not authorization or not hmac.compare_digest(authorization.encode(), expected.encode()):
            raise HttpError(401, "updates need the server's token (Authorization: Bearer …)",
                            {"WWW-Authenticate": 'Bearer realm="coopkg"'})
        try:
            refuse_outbound(text, self.settings.allow_service)
        except OutboundRefused as exc:
            raise HttpError(400, str(exc)) from None
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

    def query_processes(self) -> list[int]:
        return self._pool.pids()

    def stop_queries(self) -> None:
        """Stop running queries at once (their clients get 503), e.g. when the server stops."""
        self._pool.close()

    def close(self) -> None:
        self._pool.close()
        if self._writer is not None:
            self._writer.close()
