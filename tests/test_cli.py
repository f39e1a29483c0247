"""The CLI end to end through click's runner: outputs, exit codes, one-line errors."""

import json

import pytest
from click.testing import CliRunner
from tests.conftest import FIXTURES, SEED, write_article

from coopkg.cli import main

FOUNDING = ["-p", "type_a=Incubator", "-p", "place_a=Xinjiang", "-p", "type_b=Foundation",
            "-p", "place_b=Kazakhstan"]


def run(store, *args, input=None):
    return CliRunner().invoke(main, ["--store", str(store), *args], input=input)


def test_founding_question_from_the_seed(store_path):
    assert run(store_path, "load", str(SEED)).exit_code == 0
    result = run(store_path, "query", "agreements-linking", *FOUNDING, "--format", "json")
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)
    assert row["date"] == "2021-09-20"
    assert row["party_a"] == "Xinjiang Zhongya Internet Incubator Co., Ltd."
    assert row["party_b"] == "Kazakhstan Science Foundation"
    assert "Kazakhstan Parasat Science and Technology Center" in row["all_parties"].split("; ")
    assert row["title"] == "New Chapter for Cooperation with Kazakhstan, Uzbekistan"


def test_load_summary_and_unchanged_reload(store_path):
    first = run(store_path, "load", str(SEED))
    assert "1 loaded" in first.stderr
    second = run(store_path, "load", str(SEED))
    assert second.exit_code == 0 and "1 unchanged" in second.stderr


def test_load_from_stdin(store_path):
    result = run(store_path, "load", "-", input=SEED.read_text(encoding="utf-8"))
    assert result.exit_code == 0 and "1 loaded" in result.stderr


@pytest.mark.parametrize("content, message", [
    (b"", "empty file"),
    (b"\x00\x01\x02binary", "binary file"),
    (b"Title: t\n\n\xff\xfe bad bytes", "not UTF-8"),
    (b"Title: t\n\nChina and Laos signed a deal.", "no publication date"),
])
def test_bad_article_exit_1_one_line(store_path, tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    run(store_path, "load", str(SEED))
    before = run(store_path, "stats", "--format", "json").stdout
    result = run(store_path, "load", str(bad))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and message in errors[0]
    assert run(store_path, "stats", "--format", "json").stdout == before


def test_keep_going_loads_the_good_ones(store_path, tmp_path):
    (tmp_path / "a_bad.txt").write_bytes(b"")
    write_article(tmp_path, "b_good.txt", SEED.read_text(encoding="utf-8"))
    result = run(store_path, "load", "--keep-going", str(tmp_path))
    assert result.exit_code == 1
    assert "1 loaded" in result.stderr and "1 rejected" in result.stderr


def test_query_list_and_usage_errors(store_path):
    listing = run(store_path, "query", "--list")
    assert listing.exit_code == 0 and "agreements-linking" in listing.stdout
    as_json = json.loads(run(store_path, "query", "--list", "--format", "json").stdout)
    linking = next(q for q in as_json if q["name"] == "agreements-linking")
    assert [(p["name"], p["required"]) for p in linking["params"]][:2] == [("type_a", True),
                                                                          ("place_a", True)]
    assert run(store_path, "query", "--list", "--format", "csv").stdout.startswith(
        "name,summary,params (* required)\n")
    unknown = run(store_path, "query", "no-such-query")
    assert unknown.exit_code == 2 and "no stored query 'no-such-query'" in unknown.stderr
    bad_param = run(store_path, "query", "agreements-linking", "-p", "type_a=Nope",
                    "-p", "place_a=CN", "-p", "type_b=Foundation", "-p", "place_b=KZ")
    assert bad_param.exit_code == 2 and "not a coopkg class" in bad_param.stderr
    assert run(store_path, "query", "agreements-linking", "-p", "oops").exit_code == 2


def test_output_formats(store_path):
    run(store_path, "load", str(SEED))
    csv_out = run(store_path, "query", "figures", "-p", "country=KZ", "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("indicator,value,unit")
    assert "13500000000" in csv_out
    tsv_out = run(store_path, "query", "figures", "-p", "country=KZ", "--format", "tsv").stdout
    assert tsv_out.splitlines()[1].split("\t")[:3] == [
        "bilateral trade turnover between China and Kazakhstan", "13500000000", "USD"]
    table_out = run(store_path, "query", "figures", "-p", "country=KZ", "--format", "table").stdout
    assert table_out.rstrip().endswith("(1 row)")


def test_raw_sparql_and_syntax_error(store_path):
    run(store_path, "load", str(SEED))
    count = run(store_path, "sparql", "PREFIX coop: <https://w3id.org/coopkg/ontology#> "
                "SELECT (COUNT(*) AS ?n) WHERE { ?a a coop:Agreement }", "--format", "json")
    assert json.loads(count.stdout) == [{"n": 2}]
    stdin = run(store_path, "sparql", "-", "--format", "json",
                input="ASK { ?s ?p ?o }")
    assert json.loads(stdin.stdout) == {"boolean": True}
    bad = run(store_path, "sparql", "SELEKT * WHERE {}")
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: SPARQL syntax error")


def test_export_formats(store_path, tmp_path):
    run(store_path, "load", str(SEED))
    for fmt in ("turtle", "trig", "nquads", "ntriples", "jsonld"):
        out = tmp_path / f"export.{fmt}"
        result = run(store_path, "export", "--format", fmt, "-o", str(out))
        assert result.exit_code == 0, result.stderr
        assert out.stat().st_size > 1000
    import rdflib

    nq = rdflib.Dataset().parse(tmp_path / "export.nquads", format="nquads")
    assert len(list(nq.graphs())) >= 3
    one = run(store_path, "export", "--graph", "https://w3id.org/coopkg/id/graph/ontology",
              "--format", "ntriples")
    assert "Incubator" in one.stdout


def test_import_validates(store_path, tmp_path):
    ok = run(store_path, "import", str(FIXTURES / "queries.trig"))
    assert ok.exit_code == 0 and "article/t1" in ok.stderr
    bad = tmp_path / "bad.ttl"
    bad.write_text((FIXTURES / "shapes" / "agreement-bad.ttl").read_text())
    result = run(store_path, "import", str(bad))
    assert result.exit_code == 1 and "SHACL" in result.stderr and "party" in result.stderr
    malformed = tmp_path / "broken.ttl"
    malformed.write_text("<a> <b> .")
    result = run(store_path, "import", str(malformed))
    assert result.exit_code == 1 and "malformed turtle" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_validate_command(store_path, tmp_path):
    good = run(store_path, "validate", str(SEED))
    assert good.exit_code == 0 and "ok:" in good.stderr
    run(store_path, "load", str(SEED))
    whole = run(store_path, "validate")
    assert whole.exit_code == 0 and "article/" in whole.stderr
    (tmp_path / "empty.txt").write_text("")
    assert run(store_path, "validate", str(tmp_path / "empty.txt")).exit_code == 1


def test_stats(store_path):
    run(store_path, "load", str(SEED))
    data = {r["what"]: r["count"] for r in
            json.loads(run(store_path, "stats", "--format", "json").stdout)}
    assert data["Article"] == 1 and data["Agreement"] == 2 and data["Country"] == 250  # with Kosovo (XK)


def test_store_locked_is_one_line(store_path):
    from coopkg import api

    with api.open_store(store_path):
        result = run(store_path, "load", str(SEED))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: store {store_path} is locked by another process writing to it; "
        "try again when it has finished"]


def test_a_missing_query_file_is_no_such_file(store_path, tmp_path):
    missing = run(store_path, "sparql", str(tmp_path / "nope.rq"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    assert "syntax" not in missing.stderr
    (tmp_path / "ask.rq").write_text("ASK {}", encoding="utf-8")
    found = run(store_path, "sparql", str(tmp_path / "ask.rq"), "--format", "json")
    assert found.exit_code == 0 and json.loads(found.stdout) == {"boolean": True}


def test_a_slow_load_rate_never_reads_zero():
    from coopkg.cli_articles import rate_text

    assert rate_text(1, 4.0) == "0.25 articles/s"
    assert rate_text(300, 2.0) == "150 articles/s"
    assert rate_text(0, 1.0) == ""
