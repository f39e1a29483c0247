"""Query processes that can be stopped: pyoxigraph has no way to cancel a running query, so
each runs in a worker process that is killed (and replaced) when its time is up.

A fixed number of workers bounds the queries running at once; requests beyond that wait in a
bounded queue, and beyond the queue they are turned away at once (the caller answers 503 with
Retry-After) rather than piling up.  Workers come from a fork server that has already imported
the query code, so a replacement is ready in milliseconds."""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import signal
import threading
from multiprocessing.connection import Connection
from pathlib import Path

from coopkg.endpoint.jobs import Job, StoreView, execute

_PRELOAD = ["coopkg.endpoint.warm"]


class Busy(Exception):
    """Every worker is busy and the queue is full, or no worker came free in time."""


class QueryTimeout(Exception):
    """The job ran past its time; its worker has been killed."""


class WorkerLost(Exception):
    """The worker died during the job (killed from outside, out of memory, the pool closed)."""


def serve_jobs(conn: Connection, store_path: str) -> None:
    """A worker's life: answer jobs until the parent goes away.  Ctrl-C in the terminal reaches
    the whole process group; the parent decides when workers stop, so they ignore it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    view = StoreView(Path(store_path))
    try:  # opened now rather than on the first query; a failure is the first job's to report
        view.current()
    except Exception:  # noqa: BLE001 (e.g. a writer compacting under a read-only open)
        view.drop()
    while True:
        try:
            job = conn.recv()
            conn.send(execute(job, view))
        except (EOFError, OSError):
            return


class Worker:
    def __init__(self, context, store: Path):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=serve_jobs, args=(child, str(store)),
                                       name="coopkg-query", daemon=True)
        self.process.start()
        child.close()
        self._stopping = threading.Lock()

    def call(self, job: Job, timeout: float) -> tuple:
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                raise QueryTimeout
            return self.conn.recv()
        except (EOFError, OSError):
            raise WorkerLost from None

    def stop(self) -> None:
        """Kill the process and close its pipe once; the pool's close() and a request thread
        that just lost this worker may both call it at the same moment."""
        with self._stopping:
            self.process.kill()
            self.process.join()
            with contextlib.suppress(OSError):
                self.conn.close()


class QueryPool:
    def __init__(self, store: Path, size: int = 2, queue_limit: int = 32):
        self.store, self.size, self.queue_limit = store, size, queue_limit
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(_PRELOAD)
        self._idle: queue.SimpleQueue[Worker] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._waiting = 0
        self._workers: set[Worker] = set()
        self._closed = False
        for _ in range(size):
            self._idle.put(self._spawn())

    def _spawn(self) -> Worker:
        worker = Worker(self._context, self.store)
        with self._lock:
            self._workers.add(worker)
            if not self._closed:
                return worker
            self._workers.discard(worker)
        worker.stop()
        return worker

    def run(self, job: Job, timeout: float) -> tuple:
        """The job's answer from execute(); raises Busy, QueryTimeout or WorkerLost.

        A queued job waits as long as the jobs ahead of it can take (each process frees up
        within `timeout`), so under load it is answered late rather than refused; the queue
        bound is what turns a flood away."""
        worker = self._acquire(timeout * (self.queue_limit // self.size + 1))
        try:
            answer = worker.call(job, timeout)
        except (QueryTimeout, WorkerLost):
            self._replace(worker)
            raise
        self._idle.put(worker)
        return answer

    def _acquire(self, timeout: float) -> Worker:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if self._closed or self._waiting >= self.queue_limit:
                raise Busy(f"{self.size} queries running and {self._waiting} waiting")
            self._waiting += 1
        try:
            return self._idle.get(timeout=timeout)
        except queue.Empty:
            raise Busy(f"no query process came free within {timeout:g} s") from None
        finally:
            with self._lock:
                self._waiting -= 1

    def _replace(self, worker: Worker) -> None:
        worker.stop()
        with self._lock:
            self._workers.discard(worker)
            if self._closed:
                return
        self._idle.put(self._spawn())

    def pids(self) -> list[int]:
        """The worker processes alive now (for operators and tests)."""
        with self._lock:
            return sorted(w.process.pid for w in self._workers if w.process.pid is not None)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Kill every worker; a job still running gets WorkerLost.  Safe to call twice."""
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            worker.stop()
