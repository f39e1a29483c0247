"""`coopkg table`: flat tables as CSV, TSV, JSON Lines, Parquet or one SQLite file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from coopkg import tables
from coopkg.cli_support import fail_cleanly, open_from

_FORMATS = (*tables.TEXT_FORMATS, "parquet")


@click.command(name="table")
@click.argument("name", required=False, type=click.Choice(tables.TABLES))
@click.option("--format", "fmt", type=click.Choice(_FORMATS),
              help="Output format (default: from the -o suffix, else csv).")
@click.option("-o", "--output", default="-", help="Output file (default stdout).")
@click.option("--all", "all_", is_flag=True, help="Every table (needs --sqlite).")
@click.option("--sqlite", "sqlite_path", type=click.Path(dir_okay=False),
              help="Write into this SQLite file (open it with datasette).")
@click.pass_obj
@fail_cleanly
def table_cmd(obj, name, fmt, output, all_, sqlite_path) -> None:
    """One row per fact: agreements, events, statements, figures, organizations or people."""
    if all_ and name:
        raise click.UsageError("give a table NAME or --all, not both")
    if not (all_ or name):
        raise click.UsageError(f"give a table NAME ({', '.join(tables.TABLES)}) or --all --sqlite FILE")
    if all_ and not sqlite_path:
        raise click.UsageError("--all writes every table into one SQLite file: add --sqlite FILE")
    with open_from(obj, read_only=True) as store:
        if sqlite_path:
            counts = tables.write_sqlite(store, Path(sqlite_path), tables.TABLES if all_ else [name])
            summary = ", ".join(f"{n} {t}" for t, n in counts.items())
            click.echo(f"wrote {summary} to {sqlite_path}", err=True)
            return
        fmt = fmt or _format_of(output)
        if fmt == "parquet":
            if output == "-":
                raise click.UsageError("Parquet needs a file: -o FILE.parquet")
            count = tables.write_parquet(store, name, Path(output))
        else:
            columns, records = tables.table_records(store, name)
            count = _write(columns, records, output, fmt)
    click.echo(f"{count} {name}", err=True)


def _format_of(output: str) -> str:
    suffix = Path(output).suffix.lower().lstrip(".")
    return {"tsv": "tsv", "jsonl": "jsonl", "ndjson": "jsonl", "parquet": "parquet"}.get(suffix, "csv")


def _write(columns, records, output: str, fmt: str) -> int:
    if output == "-":
        return tables.write_text(columns, records, sys.stdout, fmt)
    with open(output, "w", encoding="utf-8", newline="") as out:
        return tables.write_text(columns, records, out, fmt)
