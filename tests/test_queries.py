"""Every stored query: a documented header, and expected rows on the hand-made fixture dataset."""

import pytest

from coopkg import api
from coopkg.queries import QueryError, get_query, stored_queries

REQUIRED = {"agreements-linking", "agreements-between", "timeline", "statements", "figures",
            "provenance"}


def rows(store_path, query_name, **params):
    with api.open_store(store_path, read_only=True) as store:
        result = api.run_query(store, query_name, params)
    return [{v: (str(t) if t is not None else None) for v, t in zip(result.variables, row,
                                                                      strict=True)}
            for row in result.rows]


def test_required_queries_exist_with_grlc_headers():
    queries = stored_queries()
    assert set(queries) >= REQUIRED
    for q in queries.values():
        assert q.summary, q.name
        assert q.example.startswith(f"coopkg query {q.name}"), q.name
        assert q.params and all(p.description and p.type for p in q.params), q.name
        via = {arg.strip() for call in q.derived.values()
               for arg in call.split("(", 1)[1].rstrip(")").split(",")}
        for p in q.params:
            assert f"?{p.name}" in q.sparql or p.name in via, (q.name, p.name)
        for name in q.derived:
            assert f"?{name}" in q.sparql, (q.name, name)


def test_examples_parse(fixture_store_path):
    for q in stored_queries().values():
        values = {p.name: p.example for p in q.params if p.example}
        q.bind(values)  # every documented example value is accepted


def test_agreements_linking(fixture_store_path):
    got = rows(fixture_store_path, "agreements-linking", type_a="Incubator", place_a="Xinjiang",
               type_b="Foundation", place_b="KZ")
    assert len(got) == 1
    row = got[0]
    assert row["date"] == "2023-02-14"
    assert (row["party_a"], row["party_b"]) == ("Urumqi Test Incubator", "Almaty Test Foundation")
    assert sorted(row["all_parties"].split("; ")) == [
        "Almaty Test Foundation", "Kazakh Test Institute", "Urumqi Test Incubator"]
    assert row["article"] == "https://w3id.org/coopkg/id/article/t1"
    # a country matches organisations in its regions (materialised locatedIn)
    assert len(rows(fixture_store_path, "agreements-linking", type_a="Incubator", place_a="China",
                    type_b="Foundation", place_b="Kazakhstan")) == 1
    assert rows(fixture_store_path, "agreements-linking", type_a="Incubator", place_a="KZ",
                type_b="Foundation", place_b="Kazakhstan") == []


def test_agreements_between(fixture_store_path):
    got = rows(fixture_store_path, "agreements-between", country_a="China", country_b="KZ")
    assert [(r["date"], r["kind"]) for r in got] == [("2019", "memorandum"),
                                                      ("2023-02-14", "agreement")]
    later = rows(fixture_store_path, "agreements-between", country_a="CN", country_b="KZ",
                 **{"from": "2020"})
    assert [r["date"] for r in later] == ["2023-02-14"]
    earlier = rows(fixture_store_path, "agreements-between", country_a="CN", country_b="KZ",
                   to="2019-12-31")
    assert [r["date"] for r in earlier] == ["2019"]
    uz = rows(fixture_store_path, "agreements-between", country_a="UZ", country_b="CN")
    assert [r["date"] for r in uz] == ["2020-05"]


def test_timeline(fixture_store_path):
    got = rows(fixture_store_path, "timeline", country_a="CN", country_b="KZ")
    assert [(r["date"], r["kind"]) for r in got] == [
        ("2019", "agreement"), ("2023-02", "event"), ("2023-02-14", "agreement"),
        ("2023-02-15", "statement")]


def test_statements(fixture_store_path):
    assert [r["text"] for r in rows(fixture_store_path, "statements", speaker="test per")] == \
        ["Cooperation is growing"]
    assert len(rows(fixture_store_path, "statements", country="China")) == 1
    assert rows(fixture_store_path, "statements", country="UZ") == []


def test_figures(fixture_store_path):
    got = rows(fixture_store_path, "figures", country="KZ", indicator_text="trade")
    assert len(got) == 1
    assert got[0]["value"] == "1000000.0" or float(got[0]["value"]) == 1_000_000
    assert got[0]["unit"] == "USD" and got[0]["change_percent"] == "5.5"
    assert sorted(got[0]["countries"].split()) == ["CN", "KZ"]
    assert rows(fixture_store_path, "figures", country="UZ") == []


def test_provenance(fixture_store_path):
    got = rows(fixture_store_path, "provenance", entity="Almaty Test Foundation")
    assert [(r["article"], r["evidence"]) for r in got] == [
        ("https://w3id.org/coopkg/id/article/t1",
         "Urumqi Test Incubator signed with Almaty Test Foundation.")]


@pytest.mark.parametrize("params, message", [
    ({"type_a": "Incubtor"}, "not a coopkg class"),
    ({"place_a": "Atlantis"}, "unknown place"),
    ({"bogus": "1"}, "has no parameter 'bogus'"),
    ({}, "needs parameter"),
])
def test_bad_parameters_are_usage_errors(params, message):
    full = {"type_a": "Incubator", "place_a": "CN", "type_b": "Foundation", "place_b": "KZ"}
    full.update(params)
    if not params:
        full.pop("place_b")
    with pytest.raises(QueryError, match=message):
        get_query("agreements-linking").bind(full)


def test_parameter_injection_is_inert(fixture_store_path):
    """A parameter is one typed term: query syntax inside it is just text."""
    evil = 'x")) } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o FILTER(("'
    assert rows(fixture_store_path, "statements", speaker=evil) == []
    evil_iri = "https://w3id.org/coopkg/id/x> } DROP ALL { <a"
    assert rows(fixture_store_path, "provenance", entity=evil_iri) == []  # a name, not an IRI
    by_iri = rows(fixture_store_path, "provenance",
                  entity="https://w3id.org/coopkg/id/org/almaty-test-foundation")
    assert [r["article"] for r in by_iri] == ["https://w3id.org/coopkg/id/article/t1"]
    assert len(rows(fixture_store_path, "agreements-between", country_a="CN", country_b="KZ")) == 2
