"""Every stored query: a documented header, and expected rows on the hand-made fixture dataset."""

import json

import pytest

from coopkg import api
from coopkg.queries import QueryError, get_query, stored_queries

REQUIRED = {"agreements-linking", "agreements-between", "timeline", "statements", "figures",
            "provenance", "partners", "entities", "entity"}
SOURCE_COLUMNS = {"title", "url", "published", "evidence", "confidence"}
FACT_SOURCE_COLUMNS = SOURCE_COLUMNS | {"publisher", "precision", "date_source"}


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
    assert [r["text"] for r in rows(fixture_store_path, "statements", speaker="test person")] == \
        ["Cooperation is growing"]
    assert len(rows(fixture_store_path, "statements", speaker="PERSON")) == 1
    assert len(rows(fixture_store_path, "statements", speaker="tést")) == 1  # accents either way
    assert len(rows(fixture_store_path, "statements", speaker="Test Person", country="CN")) == 1
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
    with pytest.raises(QueryError, match="no person or organisation"):  # ran, matched nobody
        rows(fixture_store_path, "statements", speaker=evil)
    evil_iri = "https://w3id.org/coopkg/id/x> } DROP ALL { <a"
    with pytest.raises(QueryError, match="no person or organisation"):  # a name, not an IRI
        rows(fixture_store_path, "provenance", entity=evil_iri)
    by_iri = rows(fixture_store_path, "provenance",
                  entity="https://w3id.org/coopkg/id/org/almaty-test-foundation")
    assert [r["article"] for r in by_iri] == ["https://w3id.org/coopkg/id/article/t1"]
    assert len(rows(fixture_store_path, "agreements-between", country_a="CN", country_b="KZ")) == 2


def test_every_stored_query_returns_the_sources_of_its_rows():
    for q in stored_queries().values():
        select = q.sparql.split("WHERE", 1)[0]
        wanted = SOURCE_COLUMNS if q.name in ("partners", "entities") else FACT_SOURCE_COLUMNS
        if q.name in ("partners", "entities"):
            wanted = {"titles", "urls"}
        missing = [c for c in sorted(wanted) if f"?{c}" not in select]
        assert not missing, (q.name, missing)


def test_fact_rows_carry_title_url_sentence_precision_and_confidence(fixture_store_path):
    row = rows(fixture_store_path, "agreements-between", country_a="CN", country_b="KZ")[1]
    assert {k: row[k] for k in ("date", "precision", "date_source", "title", "publisher", "url",
                                "published", "evidence")} == {
        "date": "2023-02-14", "precision": "day", "date_source": "stated",
        "title": "Test article one", "publisher": "Test Wire", "url": "https://news.example.org/t1",
        "published": "2023-03-01",
        "evidence": "On 14 February 2023 Urumqi Test Incubator signed a software agreement."}
    assert float(row["confidence"]) == 0.9
    year = rows(fixture_store_path, "agreements-between", country_a="CN", country_b="KZ")[0]
    assert (year["date"], year["precision"]) == ("2019", "year")
    statement = rows(fixture_store_path, "statements", speaker="Test Person")[0]
    assert (statement["date_source"], statement["precision"]) == ("inherited", "day")
    assert statement["evidence"] == '"Cooperation is growing," Test Person said.'
    timeline = rows(fixture_store_path, "timeline", country_a="CN", country_b="KZ")
    assert [(r["precision"], r["date_source"]) for r in timeline] == [
        ("year", "stated"), ("month", "stated"), ("day", "stated"), ("day", "inherited")]
    assert {r["title"] for r in timeline} == {"Test article one"}
    figure = rows(fixture_store_path, "figures", country="KZ")[0]
    assert (figure["precision"], figure["date_source"], figure["url"]) == (
        "year", "stated", "https://news.example.org/t1")


def test_api_rows_as_plain_python_values(fixture_store_path):
    with api.open_store(fixture_store_path, read_only=True) as store:
        result = api.run_query(store, "figures", {"country": "KZ"})
    record = result.records()[0]
    assert record["value"] == 1_000_000.0 and isinstance(record["value"], float)
    assert record["change_percent"] == 5.5 and record["countries"] == "CN KZ"
    assert record["period_start"] == "2022" and isinstance(record["article"], str)
    pandas = pytest.importorskip("pandas")
    frame = result.to_dataframe()
    assert isinstance(frame, pandas.DataFrame) and list(frame.columns) == result.variables
    assert frame.loc[0, "unit"] == "USD"


def test_name_matching_is_whole_word():
    from coopkg.names import matches, name_pattern

    names = ["Xi Jinping", "Zhang Xiao", "She Xiechuan", "José Ramos-Horta", "Kassym-Jomart Tokayev"]
    assert matches(name_pattern("Xi"), names) == ["Xi Jinping"]
    assert matches(name_pattern("jose ramos horta"), names) == ["José Ramos-Horta"]
    assert matches(name_pattern("kassym jomart"), names) == ["Kassym-Jomart Tokayev"]
    assert matches(name_pattern("Jinp"), names) == []


def test_unknown_name_is_a_usage_error_with_suggestions(fixture_store_path):
    with pytest.raises(QueryError, match=r"speaker='Test Persn'.*did you mean 'Test Person'"):
        rows(fixture_store_path, "statements", speaker="Test Persn")
    with pytest.raises(QueryError, match=r"did you mean 'Almaty Test Foundation'"):
        rows(fixture_store_path, "entity", entity="Almaty Test Fundation")
    # a known name without statements is an empty answer, not an error
    assert rows(fixture_store_path, "statements", speaker="Almaty Test Foundation") == []


@pytest.mark.parametrize("query, params", [
    ("agreements-between", {"country_a": "China", "country_b": "CN"}),
    ("timeline", {"country_a": "KZ", "country_b": "Kazakhstan"}),
    ("figures", {"country": "KZ", "country_b": "KZ"}),
    ("partners", {"country": "CN", "partner": "China"}),
])
def test_the_same_country_twice_is_a_usage_error(query, params):
    with pytest.raises(QueryError, match="are the same"):
        get_query(query).bind(params)


def test_figures_for_a_country_pair(fixture_store_path):
    assert len(rows(fixture_store_path, "figures", country="KZ", country_b="CN")) == 1
    assert rows(fixture_store_path, "figures", country="KZ", country_b="UZ") == []


def test_partners_counted_by_year_and_kind(fixture_store_path):
    got = rows(fixture_store_path, "partners", country="CN")
    assert [(r["partner_code"], r["year"], r["agreement_kind"], r["agreements"]) for r in got] == [
        ("KZ", "2019", "memorandum", "1"), ("KZ", "2023", "agreement", "1"),
        ("UZ", "2020", "memorandum", "1")]
    assert got[1]["titles"] == "Test article one"
    assert got[1]["urls"] == "https://news.example.org/t1"
    memoranda = rows(fixture_store_path, "partners", country="CN", kind="Memorandum", **{"from": "2020"})
    assert [(r["partner_code"], r["year"]) for r in memoranda] == [("UZ", "2020")]
    assert [r["partner_name"] for r in rows(fixture_store_path, "partners", country="UZ")] == ["China"]


def test_entities_by_type_country_and_name(fixture_store_path):
    institutes = rows(fixture_store_path, "entities", type="ResearchInstitute")
    assert [(r["label"], r["country_code"], r["types"]) for r in institutes] == [
        ("Beijing Test Institute", "CN", "ResearchInstitute"),
        ("Kazakh Test Institute", "KZ", "ResearchInstitute")]
    in_kz = rows(fixture_store_path, "entities", country="KZ")
    assert [r["label"] for r in in_kz] == ["Almaty Test Foundation", "Kazakh Test Institute"]
    person = rows(fixture_store_path, "entities", name="persón")
    assert [(r["label"], r["aliases"], r["facts"]) for r in person] == [
        ("Test Person", "Tést Persón", "2")]


def test_everything_about_one_entity(fixture_store_path):
    got = rows(fixture_store_path, "entity", entity="test person")
    assert [(r["relation"], r["what"]) for r in got] == [
        ("alias", "Tést Persón"),
        ("event participant", "Test Person visit to Kazakhstan"),
        ("source article", None),
        ("statement", "Cooperation is growing")]
    assert {r["title"] for r in got if r["relation"] != "alias"} == {"Test article one"}
    by_iri = rows(fixture_store_path, "entity",
                  entity="https://w3id.org/coopkg/id/org/almaty-test-foundation")
    assert [(r["relation"], r["date"], r["precision"]) for r in by_iri] == [
        ("agreement party", "2023-02-14", "day"), ("source article", None, None)]


FIXTURE_CASES = {
    "agreements-between": {"country_a": "CN", "country_b": "KZ"},
    "agreements-linking": {"type_a": "Incubator", "place_a": "Xinjiang", "type_b": "Foundation",
                           "place_b": "KZ"},
    "timeline": {"country_a": "CN", "country_b": "KZ"},
    "statements": {"speaker": "Test Person"},
    "figures": {"country": "KZ", "country_b": "CN"},
    "provenance": {"entity": "Almaty Test Foundation"},
    "partners": {"country": "CN"},
    "entities": {"country": "CN"},
    "entity": {"entity": "Test Person"},
    "network": {"country_a": "CN", "country_b": "KZ"},
}


def test_fixture_cases_cover_every_stored_query():
    assert set(FIXTURE_CASES) == set(stored_queries())


@pytest.mark.parametrize("name", sorted(FIXTURE_CASES))
def test_json_rows_carry_their_sources(fixture_store_path, name):
    """Through the CLI's JSON: every row names its article's title and URL, and every fact row
    its sentence and confidence, and for a dated fact the date's precision and basis."""
    from click.testing import CliRunner

    from coopkg.cli import main

    args = [f"-p{k}={v}" for k, v in FIXTURE_CASES[name].items()]
    result = CliRunner().invoke(main, ["--store", str(fixture_store_path), "query", name, *args,
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    got = json.loads(result.stdout)
    assert got, name
    for row in got:
        if row.get("relation") == "alias":
            continue  # an alias is no fact: it has no article of its own
        assert row.get("title") or row.get("titles"), (name, row)
        assert row.get("url") or row.get("urls"), (name, row)
        if name in ("partners", "entities") or row.get("relation") == "source article":
            continue  # counts, and the entity's own mentions (sentences: the provenance query)
        assert row["evidence"] and 0 < row["confidence"] <= 1, (name, row)
        if row.get("date"):
            assert row["precision"] in ("day", "month", "year")
            assert row["date_source"] in ("stated", "inherited")
