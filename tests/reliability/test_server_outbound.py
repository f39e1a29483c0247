"""No outbound requests from `coopkg serve` unless --allow-service: SERVICE in a query and LOAD
in an update are refused before they run, checked against a local server that records whether
anything contacted it (and that does get contacted when fetching is allowed, so the test can
fail).  The lexical check is also held against pyoxigraph itself on tricky spellings."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from tests.reliability.serve_harness import copy_store, fetch, query_url, recording_server
from tests.test_endpoint import running

from coopkg.outbound import OutboundRefused, outbound_keywords, refuse_outbound

TOKEN = "s3cret-token"
SPELLINGS = {
    "plain": "SELECT * WHERE { SERVICE <U> { ?s ?p ?o } }",
    "lower case": "select * where { service <U> { ?s ?p ?o } }",
    "silent": "SELECT * WHERE { SERVICE SILENT <U> { ?s ?p ?o } }",
    "no spaces": "SELECT * {{?s ?p ?o}SERVICE<U>{?s ?p ?o}}",
    "after a variable and a dot": "SELECT * { ?s ?p ?o.SERVICE <U> { ?s ?p ?o } }",
    "after $var": "SELECT * { ?s ?p $o.SERVICE <U> { ?s ?p ?o } }",
    "as a prefix": "PREFIX : <U> SELECT * { ?s ?p ?o . SERVICE:x { ?s ?p ?o } }",
    "after a number": "SELECT * { ?s ?p ?o OPTIONAL { ?s ?p 1.SERVICE <U> { ?s ?p ?o } } }",
    "after a comment": "SELECT * { ?s ?p ?o # a comment\nSERVICE <U> { ?s ?p ?o } }",
    "after an escaped #": "PREFIX e: <urn:> SELECT * { ?s ?p e:a\\#x } SERVICE <U> {}",
    "between escaped quotes": 'SELECT * { ?s ?p "\\u0022" . SERVICE <U> { ?s ?p ?o } }',
    "in an update": "INSERT { ?s ?p ?o } WHERE { SERVICE <U> { ?s ?p ?o } }",
    "load": "LOAD <U>",
    "load silent into": "LOAD SILENT <U> INTO GRAPH <urn:g>",
    "load as a prefix": "PREFIX : <U> LOAD:x",
}
HARMLESS = [
    "SELECT ?service ?load WHERE { ?service <urn:SERVICE> 'SERVICE' } # SERVICE",
    'PREFIX ex: <urn:> SELECT * { ?s ex:service ex:load ; ex:heavy-load """LOAD <x>""" }',
    "SELECT * { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }",
]


@pytest.mark.parametrize("name", SPELLINGS)
def test_every_fetching_spelling_is_refused(name):
    assert outbound_keywords(SPELLINGS[name])
    with pytest.raises(OutboundRefused, match="--allow-service"):
        refuse_outbound(SPELLINGS[name])
    refuse_outbound(SPELLINGS[name], allowed=True)


@pytest.mark.parametrize("text", HARMLESS)
def test_the_words_in_names_strings_and_comments_are_not_refused(text):
    assert outbound_keywords(text) == []


def test_the_check_agrees_with_pyoxigraph(tmp_path):
    """Any spelling that makes pyoxigraph fetch must be caught (the spellings above do fetch)."""
    store = ox.Store(str(tmp_path / "probe"))
    store.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    fetched = []
    with recording_server() as (url, hits):
        for name, text in SPELLINGS.items():
            before = len(hits)
            try:
                if name.startswith("load") or name == "in an update":
                    store.update(text.replace("<U>", f"<{url}{len(hits)}>"))
                else:
                    list(store.query(text.replace("<U>", f"<{url}{len(hits)}>")))
            except (OSError, SyntaxError, RuntimeError):
                pass
            if len(hits) > before:
                fetched.append(name)
                assert outbound_keywords(text), name
    assert len(fetched) >= 10, fetched


def test_serve_refuses_service_and_load_without_contacting_anyone(seeded_store_path, tmp_path):
    with recording_server() as (target, hits), \
            running(copy_store(seeded_store_path, tmp_path), allow_update=True, token=TOKEN) as base:
        status, _, text = fetch(query_url(base, f"SELECT * WHERE {{ SERVICE <{target}q> {{ ?s ?p ?o }} }}"))
        assert status == 400 and text.startswith("SERVICE refused") and "--allow-service" in text, \
            (status, text)
        status, _, text = fetch(base + "/sparql", f"LOAD <{target}load>".encode(), {
            "Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
        assert status == 400 and text.startswith("LOAD refused")
        status, _, text = fetch(base + "/sparql", f"LOAD <{target}load>".encode(),
                                {"Content-Type": "application/sparql-update"})
        assert status == 401  # the token is checked first: no hint to anonymous clients
        assert hits == []


def test_with_allow_service_the_fetch_happens(seeded_store_path, tmp_path):
    with recording_server() as (target, hits), \
            running(copy_store(seeded_store_path, tmp_path), allow_service=True) as base:
        status, _, text = fetch(query_url(base, f"SELECT * WHERE {{ SERVICE <{target}q> {{ ?s ?p ?o }} }}"))
        assert status == 400 and "500" in text  # the recorder answers 500
        assert hits == ["/q"]


def test_a_refused_query_is_refused_before_the_store_is_opened(tmp_path):
    from coopkg.endpoint.jobs import SparqlJob, StoreView, execute

    job = SparqlJob("SELECT * WHERE { SERVICE <http://192.0.2.1/q> { ?s ?p ?o } }",
                    "application/sparql-results+json")
    answer = execute(job, StoreView(tmp_path / "no-store-here"))
    assert answer[:2] == ("error", 400) and answer[2].startswith("SERVICE refused"), answer
    plain = execute(SparqlJob("SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json"),
                    StoreView(tmp_path / "no-store-here"))
    assert plain[1] != 400, plain  # the store's own trouble still answers as before
