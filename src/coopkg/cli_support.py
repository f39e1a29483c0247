"""What every `coopkg` subcommand shares: error mapping, store opening, output."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from pathlib import Path

import click

from coopkg import api
from coopkg.corrections import CorrectionError
from coopkg.outbound import OutboundRefused
from coopkg.queries import QueryError
from coopkg.rdfinput import ImportError_
from coopkg.read import ReadError
from coopkg.reason import ReasonerUnavailable
from coopkg.store import StoreError
from coopkg.tables import TableError
from coopkg.workers import WorkersFailing


class DataProblem(click.ClickException):
    exit_code = 1


class Refused(click.ClickException):
    """A request the command will not carry out without a flag: one line, exit 2 (usage)."""

    exit_code = 2


def fail_cleanly(func):
    """Library errors become one line on stderr with the right exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except BrokenPipeError:
            _reader_went_away()
        except (QueryError, TableError) as exc:
            raise click.UsageError(str(exc)) from None
        except OutboundRefused as exc:
            raise Refused(str(exc)) from None
        except (StoreError, ReadError, ImportError_, ReasonerUnavailable, WorkersFailing,
                CorrectionError, OSError) as exc:
            raise DataProblem(str(exc)) from None

    return wrapper


def _reader_went_away() -> None:
    """`coopkg export | head -1`: the reader has all it wanted, so exit 0 without a word (and
    without the traceback Python prints when it flushes stdout into the closed pipe)."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(0)


def result_format(fmt: str | None) -> str:
    return fmt or ("table" if sys.stdout.isatty() else "tsv")


def emit(text: str, output: str) -> None:
    if output == "-":
        click.echo(text)
    else:
        Path(output).write_text(text + "\n", encoding="utf-8")


def open_from(obj: dict, read_only: bool = False):
    return api.open_store(obj["store"], read_only=read_only,
                          update_endpoint=obj["update_endpoint"], graph_store=obj["graph_store"])


def query_text(argument: str) -> str:
    """The query itself, or the contents of the .rq/.sparql file it names — a name that looks
    like a file but is not there is 'no such file', not a SPARQL syntax error."""
    if not argument.lower().endswith((".rq", ".sparql")) or "\n" in argument:
        return argument
    path = Path(argument)
    if not path.is_file():
        raise click.UsageError(f"no such file: {argument}")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DataProblem(f"{argument}: not UTF-8 text") from None
