"""Bulk loading: worker processes, a single writer, and kills that leave no half articles."""

import signal
import subprocess
import sys
import time

from click.testing import CliRunner
from tests.conftest import SEED

from coopkg import api
from coopkg.cli import main

ARTICLES = sorted((SEED.parent.parent / "tests" / "articles").glob("*.txt"))


def make_corpus(folder, copies: int) -> None:
    """Many distinct articles from a few: each copy gets its own title (its identity)."""
    folder.mkdir()
    for i in range(copies):
        source = ARTICLES[i % len(ARTICLES)].read_text(encoding="utf-8")
        (folder / f"{i:03d}.txt").write_text(source.replace("Title: ", f"Title: [{i}] ", 1),
                                             encoding="utf-8")


def article_graphs(store_path):
    with api.open_store(store_path, read_only=True) as store:
        return {str(g): len(store.graph(g)) for g in store.named_graphs() if "/article/" in str(g)}


def test_workers_load_the_same_graphs_as_one_process(store_path, tmp_path, initialised_template):
    import shutil

    corpus = tmp_path / "corpus"
    make_corpus(corpus, 12)
    other = tmp_path / "other"
    shutil.copytree(initialised_template, other)
    one = CliRunner().invoke(main, ["--store", str(store_path), "load", "-j", "1", str(corpus)])
    two = CliRunner().invoke(main, ["--store", str(other), "load", "-j", "2", str(corpus)])
    assert one.exit_code == 0 and two.exit_code == 0
    assert "12 loaded" in one.stderr and "12 loaded" in two.stderr
    assert article_graphs(store_path) == article_graphs(other)


def test_killed_load_leaves_whole_articles_and_resumes(store_path, tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 60)
    reference = tmp_path / "reference"
    import shutil

    shutil.copytree(store_path, reference)
    assert CliRunner().invoke(main, ["--store", str(reference), "load", "-j", "1",
                                     str(corpus)]).exit_code == 0
    complete = article_graphs(reference)
    proc = subprocess.Popen([sys.executable, "-m", "coopkg.cli", "--store", str(store_path),
                             "load", "-j", "1", str(corpus)], stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            if len(article_graphs(store_path)) >= 5:
                break
        except Exception:  # the writer may not have created the store yet
            continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = article_graphs(store_path)
    assert len(partial) < len(complete), "the load finished before it could be killed"
    for graph, size in partial.items():
        assert complete[graph] == size  # every stored article is whole
    rerun = CliRunner().invoke(main, ["--store", str(store_path), "load", "-j", "1", str(corpus)])
    assert rerun.exit_code == 0
    assert f"{len(partial)} unchanged" in rerun.stderr or not partial
    assert article_graphs(store_path) == complete
