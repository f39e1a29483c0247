"""What the article-reading commands (`load`, `extract`, `validate`) print along the way:
files passed over, progress, the tally and its summary line.  Kept out of cli.py, which only
wires options to the library."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator

import click

from coopkg.load import LoadResult
from coopkg.read.sources import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES, find_articles


def max_size_option(func):
    return click.option("--max-size", "max_mb", type=click.FloatRange(min=0, min_open=True),
                        default=MAX_ARTICLE_BYTES / 1e6, show_default=True,
                        help="Largest article accepted, in MB.")(func)


def article_paths(inputs: tuple[str, ...]) -> list[str]:
    """Expand directories; files there that are not articles are named on stderr, not loaded."""
    found = find_articles(list(inputs))
    if found.skipped:
        shown = ", ".join(found.skipped[:3]) + (", …" if len(found.skipped) > 3 else "")
        click.echo(f"skipped {len(found.skipped)} non-article files (not "
                   f"{', '.join(sorted(ARTICLE_SUFFIXES))}): {shown}", err=True)
    return found.paths


def strict_option(func):
    return click.option("--strict", is_flag=True,
                        help="Reject a whole article when any fact fails the shapes "
                             "(default: drop the fact).")(func)


def warn_dropped(origin: str, dropped: list[str]) -> int:
    """One warning per article that lost facts to the shapes, one line per fact."""
    if dropped:
        noun = "fact" if len(dropped) == 1 else "facts"
        click.echo(f"warning: {origin}: {len(dropped)} {noun} dropped (failed the shapes)",
                   err=True)
        for line in dropped:
            click.echo(f"  {line}", err=True)
    return len(dropped)


def tally(results: Iterable[LoadResult], counts: dict[str, int], keep_going: bool) -> None:
    for result in results:
        if result.warning:
            click.echo(f"warning: {result.warning}", err=True)
        if result.error:
            counts["rejected"] += 1
            click.echo(f"error: {result.error}", err=True)
            if not keep_going:
                return
        else:
            counts[result.outcome.value] += 1
            counts["facts dropped"] = counts.get("facts dropped", 0) + \
                warn_dropped(result.origin, result.dropped)
            for line in result.corrected:
                click.echo(f"corrected: {result.origin}: {line}", err=True)


def summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {k}" for k, n in counts.items() if n or k == "loaded")


def rate_text(done: int, elapsed: float) -> str:
    """'12 articles/s', '0.4 articles/s' — a slow load never reads '0 articles/s'."""
    if done == 0 or elapsed <= 0:
        return ""
    per_second = done / elapsed
    return f"{per_second:.0f} articles/s" if per_second >= 10 else f"{per_second:.2g} articles/s"


def progress(results: Iterable[LoadResult], total: int) -> Iterator[LoadResult]:
    """A progress bar with articles/s and ETA on a terminal; silent otherwise."""
    if not sys.stderr.isatty() or total < 2:
        yield from results
        return
    start = time.monotonic()
    done = 0

    def rate(_item) -> str:
        elapsed = time.monotonic() - start
        return rate_text(done, elapsed)

    with click.progressbar(length=total, label="loading", file=sys.stderr, show_eta=True,
                           show_pos=True, item_show_func=rate) as bar:
        for result in results:
            done += 1
            bar.update(1, result)
            yield result
