"""SIGKILL at random moments during `coopkg correct` leaves the store as it was before or as a
clean correction leaves it — never a correction stored with its article uncorrected, or the
reverse — and the default graph still the union of the named graphs.

The kills are spread over the whole run (seeded), from start-up to just past the time a clean
run takes, so some land before the single write, some during or after it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
from tests.reliability.helpers import HANG_LIMIT, command, run_bounded
from tests.test_corrections import article, memorandum_iri

from coopkg.vocab import CORRECTIONS_GRAPH

KILLS = 8
SEED = 11


def state(store: Path) -> tuple[frozenset[str], int, bool]:
    """(the article graph's triples, corrections stored, default graph == union of graphs)."""
    opened = ox.Store.read_only(str(store))
    named: dict[str, set[str]] = {}
    default: set[str] = set()
    for quad in opened:
        triple = str(ox.Triple(quad.subject, quad.predicate, quad.object))
        if isinstance(quad.graph_name, ox.DefaultGraph):
            default.add(triple)
        else:
            named.setdefault(quad.graph_name.value, set()).add(triple)
    (article_graph,) = [g for g in named if "/article/" in g]
    corrections = sum("#Correction>" in t for t in named.get(str(CORRECTIONS_GRAPH), ()))
    union = set().union(*named.values())
    return frozenset(named[article_graph]), corrections, default == union


def _clean_run(before_store: Path, clean: Path, args: tuple[str, ...]) -> float:
    """Seconds a correction takes uninterrupted; the faster of two runs is the measure, as the
    first pays for cold caches and a loaded machine can slow one run several-fold."""
    shutil.copytree(before_store, clean)
    started = time.monotonic()
    done = run_bounded(command(clean, *args))
    assert done.returncode == 0, done.stderr
    return time.monotonic() - started


def test_sigkill_during_correct_leaves_before_or_after(initialised_template, tmp_path):
    before_store = tmp_path / "before"
    shutil.copytree(initialised_template, before_store)
    loaded = run_bounded(command(before_store, "load", str(article(tmp_path, "deals.txt"))))
    assert loaded.returncode == 0, loaded.stderr
    fact = memorandum_iri(before_store)
    args = ("correct", "retract", fact, "--reason", "not signed", "--author", "K. Iller")

    whole = min(_clean_run(before_store, tmp_path / f"clean{n}", args) for n in range(2))
    clean = tmp_path / "clean1"
    before, after = state(before_store), state(clean)
    assert before[1:] == (0, True) and after[1:] == (1, True) and before[0] != after[0]

    rng = random.Random(SEED)
    outcomes = []
    for n in range(KILLS):
        store = tmp_path / f"run{n}"
        shutil.copytree(before_store, store)
        process = subprocess.Popen(command(store, *args), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.2, 1.1) * whole)
        killed = process.poll() is None
        if killed:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(HANG_LIMIT)
        got = state(store)
        outcomes.append(("killed " if killed else "finished ") +
                         ("before" if got == before else "after" if got == after else "MIXED"))
    print(f"clean correct {whole:.1f} s; outcomes: {outcomes}")
    assert not any(o.endswith("MIXED") for o in outcomes)
    assert any(o.startswith("killed") for o in outcomes)
