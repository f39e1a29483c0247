"""`coopkg table`: one row per fact with its source, as CSV/TSV/JSON Lines/SQLite/Parquet."""

import json
import sqlite3

import pytest
from click.testing import CliRunner

from coopkg import api, tables
from coopkg.cli import main


def run(store, *args):
    return CliRunner().invoke(main, ["--store", str(store), *args])


def test_agreements_table_reads_back_into_pandas(fixture_store_path, tmp_path):
    pandas = pytest.importorskip("pandas")
    out = tmp_path / "a.csv"
    result = run(fixture_store_path, "table", "agreements", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "3 agreements" in result.stderr
    frame = pandas.read_csv(out, dtype=str, keep_default_na=False)
    assert len(frame) == 3 and frame["id"].is_unique
    assert {"date", "precision", "date_source", "kind", "topic", "parties", "party_types",
            "countries", "country_pairs", "source_url", "title", "publisher", "published",
            "sentence", "confidence"} <= set(frame.columns)
    row = frame.set_index("id").loc["https://w3id.org/coopkg/id/agreement/t1-1"]
    assert row["parties"] == ("Almaty Test Foundation (Foundation, KZ); Kazakh Test Institute "
                              "(ResearchInstitute, KZ); Urumqi Test Incubator (Incubator, CN)")
    assert (row["date"], row["precision"], row["country_pairs"]) == ("2023-02-14", "day", "CN-KZ")
    assert row["source_url"] == "https://news.example.org/t1" and row["confidence"] == "0.9"
    assert row["sentence"].startswith("On 14 February 2023")


def test_every_table_as_jsonl_and_tsv(fixture_store_path):
    expected = {"agreements": 3, "events": 1, "statements": 1, "figures": 1, "organizations": 5,
                "people": 1}
    for name, count in expected.items():
        result = run(fixture_store_path, "table", name, "--format", "jsonl")
        assert result.exit_code == 0, (name, result.output)
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert len(records) == count, name
    statement = json.loads(run(fixture_store_path, "table", "statements", "--format", "jsonl")
                           .stdout)
    assert statement["date_source"] == "inherited" and statement["speaker_country"] == "CN"
    assert statement["confidence"] == 0.7
    tsv = run(fixture_store_path, "table", "figures", "--format", "tsv").stdout.splitlines()
    assert tsv[0].split("\t")[:4] == ["id", "indicator", "value", "unit"]
    assert tsv[1].split("\t")[2] == "1000000.0"


def test_all_tables_into_sqlite_for_datasette(fixture_store_path, tmp_path):
    db = tmp_path / "coopkg.db"
    result = run(fixture_store_path, "table", "--all", "--sqlite", str(db))
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert names >= set(tables.TABLES)
        assert conn.execute("SELECT COUNT(*) FROM agreements").fetchone() == (3,)
        assert conn.execute("SELECT typeof(value) FROM figures").fetchone() == ("real",)
        assert conn.execute("SELECT confidence FROM agreements WHERE date = '2023-02-14'"
                            ).fetchone() == (0.9,)
        people = conn.execute("SELECT name, statements FROM people").fetchall()
        assert people == [("Test Person", 1)]
    again = run(fixture_store_path, "table", "--all", "--sqlite", str(db))  # replaces, no dupes
    assert again.exit_code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM agreements").fetchone() == (3,)


def test_parquet_when_pyarrow_is_installed(fixture_store_path, tmp_path):
    parquet = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert run(fixture_store_path, "table", "events", "-o", str(out)).exit_code == 0
    table = parquet.read_table(out)
    assert table.num_rows == 1 and table.column("event_type").to_pylist() == ["StateVisit"]


@pytest.mark.parametrize("args, message", [
    (["table"], "give a table NAME"),
    (["table", "treaties"], "Invalid value"),
    (["table", "--all"], "add --sqlite FILE"),
    (["table", "agreements", "--all", "--sqlite", "x.db"], "not both"),
    (["table", "agreements", "--format", "parquet"], "Parquet needs a file"),
])
def test_usage_errors_exit_2(fixture_store_path, args, message):
    result = run(fixture_store_path, *args)
    assert result.exit_code == 2 and message in result.output


def test_library_first(fixture_store_path):
    with api.open_store(fixture_store_path, read_only=True) as store:
        columns, records = tables.table_records(store, "organizations")
    assert columns[:4] == ["id", "name", "type", "country"]
    by_name = {r["name"]: r for r in records}
    assert by_name["Urumqi Test Incubator"]["located_in"] == "China (CN); Xinjiang (CN-XJ)"
    assert by_name["Almaty Test Foundation"]["agreements"] == 1
    with pytest.raises(tables.TableError, match="no table 'treaties'"):
        tables.table_query("treaties")
