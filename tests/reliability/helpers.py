"""Shared by the reliability tests: generated corpora, the real `coopkg` command run in a
subprocess with a bound (a regression fails the test instead of hanging it), store peeks."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from coopkg import api

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt"))
# Far above any healthy run on a loaded 2-core machine; only a hang gets near it.
HANG_LIMIT = 240.0
BAD_DATE = "Title: Undated\nSource: Wire\nDate: not-a-date\n\nChina and Laos signed a deal.\n"


def good_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` distinct valid articles (each copy gets its own title) named NNN.txt."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        text = ARTICLES[i % len(ARTICLES)].read_text(encoding="utf-8")
        path = folder / f"{i + 1:03d}.txt"
        path.write_text(text.replace("Title: ", f"Title: [{i}] ", 1), encoding="utf-8")
        paths.append(path)
    return paths


def command(store: Path, *args: str | bytes) -> list[str | bytes]:
    return [sys.executable, "-m", "coopkg.cli", "--store", str(store), *args]


def run_bounded(args: list, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=HANG_LIMIT, **kwargs)


def bounded(func: Callable[[], object], seconds: float = HANG_LIMIT) -> object:
    """Call func in a thread; a call still running after `seconds` fails the test."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # re-raised in the test's thread
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s: hung"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("value")


def article_graphs(store: Path) -> dict[str, int]:
    with api.open_store(store, read_only=True) as opened:
        return {str(g): len(opened.graph(g)) for g in opened.named_graphs()
                if "/article/" in str(g)}


def article_count(store: Path) -> int:
    """How many article graphs a reader sees — cheap enough to poll while a load grows the store
    (article_graphs counts every graph's triples)."""
    with api.open_store(store, read_only=True) as opened:
        return sum(1 for g in opened.named_graphs() if "/article/" in str(g))


def wait_until(condition: Callable[[], bool], seconds: float = HANG_LIMIT) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except Exception:  # the store may be mid-creation; try again
            pass
        time.sleep(0.1)
    return False


def children(pid: int) -> list[int]:
    """Live child processes of pid (Linux /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
