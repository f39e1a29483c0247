"""SIGKILL at random moments during `coopkg load` never leaves a partial article in the store,
and loading again after the crashes ends exactly where a clean load ends.

300 generated articles (benchmarks/gen_corpus.py, cut to their lead paragraph to keep the run
short) are loaded once cleanly for reference, timing that load and its first stored article (the
start-up cost each restart pays before it writes anything).  Then `coopkg load -j 2`
runs in a subprocess and its whole process group is SIGKILLed after a seeded random delay, 20
times, each run restarting the same load.  The delays are scaled by those timings so that the
kills fall both before and during writing and the 20 runs together store about half the corpus,
on a fast machine or a loaded one.  After every kill the store is opened read-only and every
article graph in it must hold exactly the triples a clean load gives it.  A last run finishes the
load, and the store must then equal the clean one quad for quad."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
from tests.reliability.helpers import (
    HANG_LIMIT,
    ROOT,
    article_graphs,
    command,
    run_bounded,
    wait_until,
)

ARTICLES = 300
KILLS = 20
SEED = 10


def small_corpus(folder: Path, count: int, seed: int) -> list[Path]:
    """gen_corpus articles with only their header and lead paragraph (the facts of that
    paragraph still make a dozen or more triples each)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "benchmarks" / "gen_corpus.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)  # type: ignore[union-attr]
    rng = random.Random(seed)
    writer = gen.Writer(rng)
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        text, _ = gen.article(n, rng, writer)
        path = folder / f"{n:05d}.txt"
        path.write_text("\n\n".join(text.split("\n\n")[:2]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def killed_load(store: Path, corpus: Path, after: float) -> bool:
    """Start `coopkg load -j 2` and SIGKILL its process group after `after` seconds; False if
    the load finished first."""
    process = subprocess.Popen(command(store, "load", "-j", "2", str(corpus)),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        process.wait(after)
        process.stderr.close()  # type: ignore[union-attr]
        return False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(HANG_LIMIT)
        process.stderr.close()  # type: ignore[union-attr]
        return True


def timed_load(store: Path, corpus: Path) -> tuple[float, float]:
    """Load the corpus; return the seconds until the first article was stored and in all."""
    start = time.monotonic()
    process = subprocess.Popen(command(store, "load", "-j", "2", str(corpus)),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert wait_until(lambda: len(article_graphs(store)) > 0)
    first = time.monotonic() - start
    _, errors = process.communicate(timeout=HANG_LIMIT)
    assert process.returncode == 0, errors
    return first, time.monotonic() - start


def all_quads(store: Path) -> set[str]:
    opened = ox.Store.read_only(str(store))
    return {str(quad) for quad in opened}


def test_sigkill_during_a_load_leaves_only_whole_articles(store_path, initialised_template,
                                                          tmp_path):
    corpus = tmp_path / "corpus"
    small_corpus(corpus, ARTICLES, SEED)
    clean = tmp_path / "clean"
    shutil.copytree(initialised_template, clean)
    first, whole = timed_load(clean, corpus)
    expected = article_graphs(clean)
    assert len(expected) == ARTICLES
    writing = max(whole - first, 1.0)

    rng = random.Random(SEED)
    kills, partial, seen = 0, [], []
    started = time.monotonic()
    while kills < KILLS:
        if not killed_load(store_path, corpus,
                           rng.uniform(first * 0.75, first + 2 * writing / KILLS)):
            break  # finished before the kill: nothing left to interrupt
        kills += 1
        stored = article_graphs(store_path)
        seen.append(len(stored))
        partial += [g for g, n in stored.items() if expected.get(g) != n]
    print(f"clean load {whole:.1f} s, first article at {first:.1f} s; {kills} kills in "
          f"{time.monotonic() - started:.1f} s; articles stored after each: {seen}; "
          f"partial graphs: {len(partial)}")
    assert kills == KILLS, f"the load finished after {kills} kills; articles stored: {seen}"
    assert partial == []
    assert seen[-1] > 0  # the kills did land while articles were being stored

    final = run_bounded(command(store_path, "load", "-j", "2", str(corpus)))
    assert final.returncode == 0, final.stderr
    assert article_graphs(store_path) == expected
    assert all_quads(store_path) == all_quads(clean)
