"""Entity resolution across articles: one IRI per entity, provenance per article."""

from tests.conftest import write_article

from coopkg import api

ARTICLE_A = """Title: Astana hosts energy talks
Source: Test Wire
Date: 2024-02-01

ASTANA, Feb. 1 -- The Kazakh Foreign Ministry said on Thursday that the Shanghai Cooperation
Organization (SCO) will hold its next energy forum in Astana. The Kazakh Ministry of Energy and
the Kazakh Ministry of Education signed a memorandum on training engineers.
"""
ARTICLE_B = """Title: SCO ministers meet
Source: Other Wire
Date: 2024-03-05

BEIJING, March 5 -- The Ministry of Foreign Affairs of Kazakhstan welcomed the SCO decision,
spokesperson Aida Bekova told reporters, adding that cooperation within the SCO would grow.
"""

Q = """PREFIX coop: <https://w3id.org/coopkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?org (COUNT(DISTINCT ?label) AS ?labels) (COUNT(DISTINCT ?article) AS ?articles)
WHERE { ?org a coop:Organization ; rdfs:label ?label ; prov:wasDerivedFrom ?article .
        FILTER(CONTAINS(STR(?org), ?needle)) } GROUP BY ?org"""


def org_rows(store, needle):
    from rdflib import Literal

    return [(str(r[0]), int(r[1]), int(r[2]))
            for r in store.query(Q.replace("?needle", Literal(needle).n3())).rows]


def test_same_entity_written_differently_is_one_node(store_path, tmp_path):
    a = write_article(tmp_path, "a.txt", ARTICLE_A)
    b = write_article(tmp_path, "b.txt", ARTICLE_B)
    with api.open_store(store_path) as store:
        assert all(r.ok for r in api.load_paths(store, [str(a), str(b)]))
        ministry = org_rows(store, "/org/ministry-kz-foreign")
        sco = org_rows(store, "/org/shanghai-cooperation-organization")
        kz_ministries = org_rows(store, "/org/ministry-kz-")
        labels = {(str(r[0]), str(r[1])) for r in store.query(
            "PREFIX coop: <https://w3id.org/coopkg/ontology#> "
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l ?a WHERE { GRAPH ?g { "
            "<https://w3id.org/coopkg/id/org/ministry-kz-foreign> rdfs:label ?l ; coop:alias ?a } }"
        ).rows}
    # one node; in each article's graph one label, the name as that article wrote it, and the
    # uniform form every article shares as an alias (with its short form without the country
    # tail, orgaliases.py)
    assert ministry == [("https://w3id.org/coopkg/id/org/ministry-kz-foreign", 2, 2)]
    assert labels == {("Kazakh Foreign Ministry", "Ministry of Foreign Affairs of Kazakhstan"),
                      ("Ministry of Foreign Affairs of Kazakhstan", "Ministry of Foreign Affairs")}
    assert sco == [("https://w3id.org/coopkg/id/org/shanghai-cooperation-organization", 1, 2)]
    # similar names stay apart: energy, education and foreign affairs are three ministries
    assert len(kz_ministries) == 3


def test_every_fact_has_a_confidence(seeded_store_path):
    with api.open_store(seeded_store_path, read_only=True) as store:
        missing = store.query("""PREFIX coop: <https://w3id.org/coopkg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?x WHERE { ?x prov:wasDerivedFrom ?a FILTER NOT EXISTS { ?x coop:confidence ?c } }""")
        values = [float(r[0]) for r in store.query("""PREFIX coop: <https://w3id.org/coopkg/ontology#>
            SELECT ?c WHERE { ?x coop:confidence ?c }""").rows]
    assert missing.rows == []
    assert values and all(0 <= v <= 1 for v in values)


def test_one_organisation_row_when_articles_write_its_name_differently(store_path, tmp_path):
    import sqlite3

    from coopkg import tables

    a = write_article(tmp_path, "a.txt", ARTICLE_A)
    b = write_article(tmp_path, "b.txt", ARTICLE_B)
    with api.open_store(store_path) as store:
        assert all(r.ok for r in api.load_paths(store, [str(a), str(b)]))
        tables.write_sqlite(store, tmp_path / "t.sqlite", ["organizations"])
    rows = sqlite3.connect(tmp_path / "t.sqlite").execute(
        "SELECT name FROM organizations WHERE id LIKE '%ministry-kz-foreign'").fetchall()
    assert rows == [("Kazakh Foreign Ministry",)]
