"""Worker processes that may die, be interrupted or be abandoned without taking the caller down.

multiprocessing.Pool, concurrent.futures and pebble all feed their workers through one shared pipe
guarded by a lock: a worker killed while holding it (or mid-message) blocks the others or breaks the
pool for every pending task, and Pool's terminate() waited forever on a feeder blocked by our
memory window (issue 10).  Here each worker has its own pipe and takes its items in order, so the
parent always knows which item a dead worker was on, fails just that item, hands the rest to the
others and starts a replacement; stopping is terminating processes the parent owns, whatever
state they are in."""

from __future__ import annotations

import multiprocessing as mp
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

STOP_GRACE_SECONDS = 2.0
TASKS_PER_WORKER = 2


class WorkersFailing(RuntimeError):
    """Worker processes die before doing any work (e.g. out of memory at start-up)."""


@dataclass
class Done:
    """One item's outcome: the task's return value, or why there is none (one line)."""

    item: str
    value: Any = None
    error: str | None = None


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    # (position in the input, item) sent and not yet answered, in the order the worker takes
    # them: the first is the one it is working on.
    tasks: deque[tuple[int, str]] = field(default_factory=deque)


def _serve(conn: Connection, inherited: list[Connection], task: Callable[[str], Any],
           initializer: Callable[..., None] | None, initargs: tuple) -> None:
    """A worker's life: tasks in, outcomes out, until the pipe closes.  Ctrl-C reaches the whole
    process group; the parent decides what it means, so workers ignore it.  The parent's ends of
    the pipes are closed here, or a killed parent would leave its workers waiting forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _unblock_sigint()
    for other in inherited:
        other.close()
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        try:
            outcome: tuple[bool, Any] = (True, task(item))
        except Exception as exc:  # the task's bug costs its item only
            outcome = (False, one_line(exc))
        try:
            conn.send(outcome)
        except OSError:  # the parent has gone
            return


def one_line(exc: BaseException) -> str:
    """An unexpected exception as a message fit for one line of a report."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _block_sigint() -> bool:
    if not hasattr(signal, "pthread_sigmask"):
        return False
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    return True


def _unblock_sigint() -> None:
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def death_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"was killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"was killed by signal {-exitcode}"
    return f"exited with code {exitcode}"


class WorkerPool:
    """`workers` processes running `task(item)`, each on one item with the next one queued."""

    def __init__(self, task: Callable[[str], Any], workers: int,
                 initializer: Callable[..., None] | None = None, initargs: tuple = ()):
        self._task, self._initializer, self._initargs = task, initializer, initargs
        methods = mp.get_all_start_methods()
        self._context = mp.get_context("fork") if "fork" in methods else mp.get_context()
        self._size = workers
        self._workers: list[_Worker] = []
        self._deaths_in_a_row = 0
        self._retry: deque[tuple[int, str]] = deque()
        self._items: Sequence[str] = ()
        self._window = self._started = self._yielded = 0

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        forked = self._context.get_start_method() == "fork"
        inherited = [w.conn for w in self._workers] + [parent] if forked else []
        # A Ctrl-C between fork and the worker's SIG_IGN would print a traceback from it.
        blocked = _block_sigint()
        try:
            process = self._context.Process(target=_serve, daemon=True, args=(
                child, inherited, self._task, self._initializer, self._initargs))
            process.start()
        finally:
            if blocked:
                _unblock_sigint()
        child.close()
        worker = _Worker(process, parent)
        self._workers.append(worker)
        return worker

    def map_ordered(self, items: Sequence[str], window: int) -> Iterator[Done]:
        """Outcomes in input order, with at most `window` items between the oldest not yet
        yielded and the newest started, so a slow consumer makes workers wait instead of
        filling memory.  The workers stop when the iteration ends, however it ends."""
        try:
            yield from self._ordered(items, window)
        finally:
            self.close()

    def _ordered(self, items: Sequence[str], window: int) -> Iterator[Done]:
        while len(self._workers) < min(self._size, len(items)):
            self._spawn()
        self._items, self._window = items, window
        self._started = self._yielded = 0
        finished: dict[int, Done] = {}
        while self._yielded < len(items):
            self._assign()
            if self._yielded in finished:
                yield finished.pop(self._yielded)
                self._yielded += 1
                continue
            finished.update(self._collect())

    def _assign(self) -> None:
        """Keep each worker's pipe holding its next item too, so it never waits for us."""
        for worker in self._workers:
            while len(worker.tasks) < TASKS_PER_WORKER:
                task = self._next_task()
                if task is None:
                    return
                worker.tasks.append(task)
                with suppress(OSError):  # it just died: _collect reports it with its items
                    worker.conn.send(task[1])

    def _next_task(self) -> tuple[int, str] | None:
        if self._retry:
            return self._retry.popleft()
        if self._started < len(self._items) and self._started - self._yielded < self._window:
            self._started += 1
            return self._started - 1, self._items[self._started - 1]
        return None

    def _collect(self) -> dict[int, Done]:
        """Wait for a result or a death; a dead worker's item fails and a new worker starts."""
        busy = [w for w in self._workers if w.tasks]
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in self._workers]))
        done: dict[int, Done] = {}
        for worker in list(self._workers):
            if worker.tasks and worker.conn in ready:
                try:
                    ok, value = worker.conn.recv()
                except (EOFError, OSError):
                    ready.add(worker.process.sentinel)
                else:
                    position, item = worker.tasks.popleft()
                    self._deaths_in_a_row = 0
                    done[position] = Done(item, value) if ok else Done(item, error=value)
            if worker.process.sentinel in ready:
                done.update(self._bury(worker))
        return done

    def _bury(self, worker: _Worker) -> dict[int, Done]:
        """The item a dead worker was on fails; those still waiting in its pipe go to others."""
        worker.process.join(STOP_GRACE_SECONDS)
        worker.conn.close()
        self._workers.remove(worker)
        self._deaths_in_a_row += 1
        death = death_reason(worker.process.exitcode)
        if self._deaths_in_a_row > 2 * self._size + 2:
            raise WorkersFailing(f"worker processes keep dying (the last {death})")
        self._spawn()
        if not worker.tasks:
            return {}
        position, item = worker.tasks.popleft()
        self._retry = deque(sorted([*self._retry, *worker.tasks]))
        return {position: Done(item, error=f"its worker process {death}")}

    def close(self) -> None:
        """Terminate every worker, whatever it is doing; kill those that do not go."""
        for worker in self._workers:
            if worker.process.is_alive():
                worker.process.terminate()
        for worker in self._workers:
            worker.process.join(STOP_GRACE_SECONDS)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers.clear()


def map_ordered(task: Callable[[str], Any], items: Sequence[str], workers: int, window: int,
                initializer: Callable[..., None] | None = None,
                initargs: tuple = ()) -> Iterator[Done]:
    """`task` over `items` in `workers` processes, outcomes in input order (see WorkerPool)."""
    return WorkerPool(task, workers, initializer, initargs).map_ordered(items, window)
