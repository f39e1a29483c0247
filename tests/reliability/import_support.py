"""What the import reliability tests share: the CLI, one-line errors, graph sizes."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from coopkg import api
from coopkg.cli import main


def run(store: Path, *args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["--store", str(store), *args], input=input)


def one_error_line(result: Result) -> str:
    """The refusal: exit 1 and exactly one line on stderr, no traceback."""
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1, (result.exit_code, result.output)
    assert len(lines) == 1 and lines[0].startswith("Error: "), lines
    return lines[0]


def graph_size(store: Path, graph: str) -> int:
    with api.open_store(store, read_only=True) as opened:
        rows = opened.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows
    return int(rows[0][0])


def store_size(store: Path) -> int:
    with api.open_store(store, read_only=True) as opened:
        return opened.size()
