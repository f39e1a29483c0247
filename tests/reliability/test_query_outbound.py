"""No outbound requests from `coopkg sparql` or `coopkg query` unless --allow-service: SERVICE
and LOAD are refused before the text reaches pyoxigraph (which would fetch with its own HTTP
client), checked against a local server that records every request it gets — and that does
get one when fetching is allowed, so the tests can fail."""

from __future__ import annotations

import pytest
from tests.reliability.helpers import command, run_bounded
from tests.reliability.serve_harness import recording_server

from coopkg import api
from coopkg.outbound import OutboundRefused

SERVICE = "SELECT * WHERE {{ SERVICE <{url}q> {{ ?s ?p ?o }} }}"
SPELLINGS = {
    "as an argument": lambda url, path: ["sparql", SERVICE.format(url=url)],
    "lower case, silent": lambda url, path: [
        "sparql", f"select * {{ service silent <{url}q> {{ ?s ?p ?o }} }}"],
    "from a .rq file": lambda url, path: ["sparql", _rq(path, SERVICE.format(url=url))],
    "load": lambda url, path: ["sparql", f"LOAD <{url}load>"],
}


def _rq(folder, text: str) -> str:
    path = folder / "fetch.rq"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("name", SPELLINGS)
def test_sparql_refuses_fetching_with_one_line_and_contacts_no_one(name, seeded_store_path,
                                                                   tmp_path):
    with recording_server() as (url, hits):
        done = run_bounded(command(seeded_store_path, *SPELLINGS[name](url, tmp_path)))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and " refused: " in lines[0] and "--allow-service" in lines[0], lines
    assert done.stdout == ""
    assert hits == []


def test_sparql_from_stdin_is_checked_too(seeded_store_path):
    with recording_server() as (url, hits):
        done = run_bounded(command(seeded_store_path, "sparql", "-"),
                           input=SERVICE.format(url=url))
    assert done.returncode == 2 and done.stderr.startswith("Error: SERVICE refused")
    assert hits == []


def test_with_allow_service_sparql_does_fetch(seeded_store_path):
    with recording_server() as (url, hits):
        done = run_bounded(command(seeded_store_path, "sparql", "--allow-service",
                                   SERVICE.format(url=url)))
    assert hits == ["/q"]
    assert done.returncode == 1 and "500" in done.stderr  # the recorder answers 500


def test_a_query_parameter_is_a_term_not_query_text(seeded_store_path):
    """A parameter is bound as a literal, so a value spelling SERVICE neither fetches nor is
    refused as if it were query text."""
    with recording_server() as (url, hits):
        done = run_bounded(command(seeded_store_path, "query", "entities",
                                   "-p", f"name=x }} SERVICE <{url}q> {{ ?s ?p ?o"))
    assert "refused" not in done.stderr and "Traceback" not in done.stderr
    assert hits == []


def test_query_accepts_allow_service(seeded_store_path):
    done = run_bounded(command(seeded_store_path, "query", "--allow-service", "entities",
                               "-p", "country=China", "--format", "tsv"))
    assert done.returncode == 0, done.stderr
    assert "country_code" in done.stdout.splitlines()[0]


def test_the_library_refuses_unless_allowed(seeded_store_path):
    with recording_server() as (url, hits), \
            api.open_store(seeded_store_path, read_only=True) as store:
        with pytest.raises(OutboundRefused, match="SERVICE refused.*--allow-service"):
            api.run_sparql(store, SERVICE.format(url=url))
        assert hits == []
        assert api.run_sparql(store, "ASK { ?s ?p ?o }").boolean is True
