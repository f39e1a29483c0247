"""Flat tables for pandas, R, spreadsheets and datasette: one row per fact, with its source.

In the column style of event datasets (GDELT, POLECAT, ACLED): date and its precision, actors
with their types and ISO codes, country pair, kind, source URL, title, sentence, confidence.
Each table is a SPARQL query in `queries/tables/` (with the stored queries' `#+` header, whose
`lists` columns are sorted so every store gives the same rows), so any SPARQL store can give the
same table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from coopkg.queries import StoredQuery, parse_query_file
from coopkg.resources import queries_dir
from coopkg.store import TripleStore

TABLES = ("agreements", "events", "statements", "figures", "organizations", "people")
TEXT_FORMATS = ("csv", "tsv", "jsonl")
Record = dict[str, str | int | float | bool | None]


class TableError(ValueError):
    """Unknown table or output format: a usage error."""


def table_query(name: str) -> StoredQuery:
    if name not in TABLES:
        raise TableError(f"no table {name!r} (tables: {', '.join(TABLES)})")
    return parse_query_file(queries_dir() / "tables" / f"{name}.rq")


def table_records(store: TripleStore, name: str) -> tuple[list[str], list[Record]]:
    """The table's columns and its rows as plain Python values."""
    query = table_query(name)
    result = query.tidy(store.query(query.sparql))
    return result.variables, result.records()


def write_text(columns: list[str], records: list[Record], out: IO[str], fmt: str) -> int:
    """CSV, TSV (tabs and newlines inside cells become spaces) or JSON Lines; returns rows."""
    if fmt not in TEXT_FORMATS:
        raise TableError(f"unknown table format {fmt!r} (formats: {', '.join(TEXT_FORMATS)})")
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return len(records)
    writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        cells = ["" if record[c] is None else record[c] for c in columns]
        if fmt == "tsv":
            cells = [" ".join(c.split()) if isinstance(c, str) else c for c in cells]
        writer.writerow(cells)
    return len(records)


def write_sqlite(store: TripleStore, path: Path, names: Iterable[str] = TABLES) -> dict[str, int]:
    """Every table into one SQLite file (replacing those tables), ready for `datasette`:
    `id` is the primary key and the columns researchers filter on are indexed."""
    import sqlite_utils

    db = sqlite_utils.Database(path)
    counts = {}
    for name in names:
        columns, records = table_records(store, name)
        table = db.table(name)
        table.drop(ignore=True)
        table.create({c: _sqlite_type(records, c) for c in columns}, pk="id")
        table.insert_all(records)
        for column in ("date", "country_pairs", "countries", "country", "kind", "type"):
            if column in columns:
                table.create_index([column], if_not_exists=True)
        counts[name] = len(records)
    db.close()
    return counts


def _sqlite_type(records: list[Record], column: str) -> type:
    values = [r[column] for r in records if r[column] is not None]
    if values and all(isinstance(v, bool | int) for v in values):
        return int
    if values and all(isinstance(v, int | float) for v in values):
        return float
    return str


def write_parquet(store: TripleStore, name: str, path: Path) -> int:
    """One table as Parquet (needs pyarrow: `pip install 'coopkg[parquet]'`)."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise TableError("Parquet needs pyarrow: pip install 'coopkg[parquet]'") from None
    columns, records = table_records(store, name)
    arrays = {c: [r[c] for r in records] for c in columns}
    pyarrow.parquet.write_table(pyarrow.table(arrays), path)
    return len(records)


__all__ = ["TABLES", "TEXT_FORMATS", "TableError", "table_records", "write_parquet", "write_sqlite",
           "write_text"]
