"""`coopkg load` stopping early — an error without --keep-going, a dead worker, a full disk,
Ctrl-C — stops cleanly: one line, the right exit code, no worker left behind, and every
stored article whole.  Each run is bounded, so a regression to the old deadlock fails."""

from __future__ import annotations

import errno
import os
import resource
import shutil
import signal
import subprocess
from pathlib import Path

from click.testing import CliRunner
from tests.reliability.helpers import (
    BAD_DATE,
    HANG_LIMIT,
    alive,
    article_count,
    article_graphs,
    children,
    command,
    good_articles,
    run_bounded,
    wait_until,
)

from coopkg import prepare
from coopkg.cli import main


def errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.lower().startswith("error")]


def test_an_error_without_keep_going_stops_a_two_worker_load(store_path, tmp_path):
    corpus = tmp_path / "corpus"
    good_articles(corpus, 24)
    (corpus / "000_bad.txt").write_text(BAD_DATE, encoding="utf-8")
    result = run_bounded(command(store_path, "load", "--workers", "2", str(corpus)))
    assert result.returncode == 1, result.stderr
    assert errors(result.stderr) == [
        f"error: {corpus}/000_bad.txt: unreadable publication date 'not-a-date'"]
    assert result.stderr.splitlines()[-1] == "0 loaded, 1 rejected"
    assert article_graphs(store_path) == {}


def test_a_killed_worker_costs_one_article_and_the_load_finishes(store_path, tmp_path):
    corpus = tmp_path / "corpus"
    good_articles(corpus, 30)
    proc = subprocess.Popen(command(store_path, "load", "--keep-going", "--workers", "2",
                                   str(corpus)), stderr=subprocess.PIPE, text=True)
    try:
        assert wait_until(lambda: len(article_graphs(store_path)) >= 2), "nothing was loaded"
        workers = children(proc.pid)
        assert workers, "no worker processes"
        os.kill(workers[0], signal.SIGKILL)
        _, stderr = proc.communicate(timeout=HANG_LIMIT)
    finally:
        proc.kill()
    died = errors(stderr)
    # The worker may have been between articles; if it held one, that one alone fails.
    assert len(died) <= 1 and all("killed by SIGKILL" in line for line in died), stderr
    assert proc.returncode == (1 if died else 0)
    assert len(article_graphs(store_path)) == 30 - len(died)
    assert not alive(workers[0])


def _writer_when_read(fifo: Path) -> int | None:
    """The write end of `fifo` once a reader has it open (a worker is blocked reading it)."""
    try:
        return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:  # ENXIO: nobody reads it yet
        if exc.errno != errno.ENXIO:
            raise
        return None


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_once_reports_what_was_stored_and_exits_130(store_path, tmp_path):
    """The load is held at a known point: the sixth input is a FIFO that a worker blocks on, so
    the loader (which stores in input order) has stored exactly the five before it and waits
    when Ctrl-C comes; no race with a reader polling a store that is being written."""
    corpus = tmp_path / "corpus"
    paths = good_articles(corpus, 30)
    fifo = corpus / "005_held.txt"
    os.mkfifo(fifo)
    inputs = [str(p) for p in paths[:5]] + [str(fifo)] + [str(p) for p in paths[5:]]
    # A shell running this suite in the background ignores SIGINT, and children inherit that;
    # a terminal's foreground job does not: the loader starts as it would from a terminal.
    proc = subprocess.Popen(command(store_path, "load", "--workers", "2", *inputs),
                            stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=_interruptible)
    held = None
    try:
        assert wait_until(lambda: _writer_when_read(fifo) is not None), "the FIFO was never read"
        held = _writer_when_read(fifo)
        assert wait_until(lambda: article_count(store_path) == 5), "the first five not stored"
        workers = children(proc.pid)
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
        _, stderr = proc.communicate(timeout=HANG_LIMIT)
    finally:
        proc.kill()
        if held is not None:
            os.close(held)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and not errors(stderr), stderr
    assert stderr.splitlines()[-1] == "interrupted: 5 loaded"
    stored = article_graphs(store_path)
    assert len(stored) == 5
    assert workers and not any(alive(pid) for pid in workers)


def test_a_full_disk_stops_the_load_with_one_line_and_whole_articles(store_path, tmp_path,
                                                                     initialised_template):
    corpus = tmp_path / "corpus"
    good_articles(corpus, 40)

    def small_files() -> None:  # a file may not grow past 1.5 MB: EFBIG, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_500_000, 1_500_000))

    result = run_bounded(command(store_path, "load", "--workers", "2", str(corpus)),
                         preexec_fn=small_files)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = errors(result.stderr)
    assert line.startswith(f"Error: write to {store_path} failed: ") and "too large" in line
    stored = article_graphs(store_path)
    assert result.stderr.splitlines()[-2] == f"stopped: {len(stored)} loaded"
    # Where RocksDB fails (a log append, a compaction at open) varies; what was stored is whole.
    if stored:
        reference = tmp_path / "reference"
        shutil.copytree(initialised_template, reference)
        first = [str(p) for p in sorted(corpus.iterdir())[:len(stored)]]
        assert run_bounded(command(reference, "load", "-j", "1", *first)).returncode == 0
        assert article_graphs(reference) == stored


def test_an_exception_in_the_extractor_is_that_articles_error(store_path, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    paths = good_articles(corpus, 12)
    real_extract = prepare.extract

    def extract_with_a_bug(article):
        if "[5]" in article.title:
            raise KeyError("us dollars")
        return real_extract(article)

    monkeypatch.setattr(prepare, "extract", extract_with_a_bug)  # forked workers too
    for workers in ("1", "2"):
        result = CliRunner().invoke(main, ["--store", str(store_path), "load", "--keep-going",
                                           "-j", workers, str(corpus)])
        assert result.exit_code == 1, result.output
        assert errors(result.stderr) == [
            f"error: {paths[5]}: internal error while extracting (KeyError: 'us dollars')"]
    assert len(article_graphs(store_path)) == 11
