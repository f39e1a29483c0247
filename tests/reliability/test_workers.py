"""The worker pool under faults: a worker killed or raising costs its item only, abandoning
the iteration stops the workers, and workers that cannot start give one error, never a hang."""

from __future__ import annotations

import os
import signal

import pytest
from tests.reliability.helpers import alive, bounded

from coopkg.workers import WorkersFailing, map_ordered

ITEMS = [f"item{i:02d}" for i in range(30)]


def shout(item: str) -> str:
    return item.upper()


def die_on_item07(item: str) -> str:
    if item == "item07":
        os.kill(os.getpid(), signal.SIGKILL)
    return item.upper()


def raise_on_item11(item: str) -> str:
    if item == "item11":
        raise ValueError("no good\nsecond line")
    return item.upper()


def own_pid(_item: str) -> int:
    return os.getpid()


def exit_at_start() -> None:
    os._exit(3)


def outcomes(task, items=ITEMS, workers=2, window=3, **kwargs):
    return bounded(lambda: [(d.item, d.value, d.error)
                            for d in map_ordered(task, items, workers, window, **kwargs)])


def test_results_come_in_input_order():
    assert outcomes(shout) == [(i, i.upper(), None) for i in ITEMS]


def test_a_killed_worker_fails_only_its_item_and_is_replaced():
    results = outcomes(die_on_item07)
    assert [r[0] for r in results] == ITEMS
    failed = [r for r in results if r[2]]
    assert failed == [("item07", None, "its worker process was killed by SIGKILL")]
    assert all(value == item.upper() for item, value, error in results if not error)


def test_an_exception_fails_only_its_item_in_one_line():
    failed = [r for r in outcomes(raise_on_item11) if r[2]]
    assert failed == [("item11", None, "ValueError: no good")]


def test_abandoning_the_iteration_stops_every_worker():
    def first_three() -> list[int]:
        results = map_ordered(own_pid, ITEMS, 2, 4)
        pids = [next(results).value for _ in range(3)]
        results.close()
        return pids

    pids = bounded(first_three)
    assert pids and not any(alive(pid) for pid in set(pids))


def test_workers_that_die_at_start_give_one_error_not_a_hang():
    with pytest.raises(WorkersFailing, match="keep dying .*exited with code 3"):
        outcomes(shout, initializer=exit_at_start)
