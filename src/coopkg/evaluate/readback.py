"""Facts of one article read back from the store with SPARQL over the public vocabulary.

Many articles share one store: each query sees only the article's own graph plus the ontology
and reference graphs (as its default graph), so an organisation named in two articles never
lends one article the other's facts."""

from __future__ import annotations

from collections import defaultdict

from rdflib import URIRef

from coopkg.store.binding import bind_terms
from coopkg.store.embedded import EmbeddedStore
from coopkg.vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH

PREFIXES = """PREFIX coop: <https://w3id.org/coopkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
# The asserted (most specific) class: no other asserted coop class below it.
ORGS = PREFIXES + """
SELECT ?o ?name ?type ?alias ?country ?region ?evidence ?rule WHERE { GRAPH ?g {
  ?o a coop:Organization ; rdfs:label ?name ; a ?t . OPTIONAL { ?o coop:rule ?rule }
  FILTER(STRSTARTS(STR(?t), STR(coop:)))
  BIND(STRAFTER(STR(?t), "#") AS ?type)
  OPTIONAL { ?o coop:alias ?alias } OPTIONAL { ?o coop:evidence ?evidence }
 }
  FILTER NOT EXISTS { GRAPH ?g { ?o a ?t2 } ?t2 rdfs:subClassOf ?t FILTER(?t2 != ?t) }
  OPTIONAL { ?o coop:country/coop:isoCode ?country }
  OPTIONAL { ?o coop:locatedIn ?r FILTER(STRSTARTS(STR(?r), "https://w3id.org/coopkg/id/region/"))
             FILTER NOT EXISTS { ?o coop:locatedIn ?r2 . ?r2 coop:partOf ?r }
             OPTIONAL { ?r coop:isoCode ?rc } }
  BIND(COALESCE(?rc, STR(?r)) AS ?region)
}"""
PEOPLE = PREFIXES + """
SELECT ?p ?name ?role ?country ?affiliation ?evidence ?rule WHERE { GRAPH ?g {
  ?p a coop:Person ; rdfs:label ?name . OPTIONAL { ?p coop:rule ?rule }
  OPTIONAL { ?p coop:role ?role } OPTIONAL { ?p coop:evidence ?evidence }
  OPTIONAL { ?p coop:affiliation/rdfs:label ?affiliation }
} OPTIONAL { ?p coop:country/coop:isoCode ?country } }"""
# A city has no ISO code of its own: it reads as its subdivision's (GOLD_FORMAT: Guilin CN-GX).
PLACES = PREFIXES + """
SELECT ?kind ?code ?label WHERE { GRAPH ?g { ?g coop:mentions ?place }
  ?place a ?k ; rdfs:label ?label . VALUES ?k { coop:Country coop:Region }
  BIND(STRAFTER(STR(?k), "#") AS ?kind)
  OPTIONAL { ?place coop:isoCode ?own }
  OPTIONAL { ?place coop:partOf/coop:isoCode ?unit
             FILTER(CONTAINS(?unit, "-")) FILTER NOT EXISTS { ?place coop:isoCode ?any } }
  BIND(COALESCE(?own, ?unit) AS ?code) }"""
AGREEMENTS = PREFIXES + """
SELECT ?a ?date ?kind ?topic ?party ?party_label ?party_code ?evidence ?rule WHERE { GRAPH ?g {
  ?a a coop:Agreement ; coop:party ?party . OPTIONAL { ?a coop:rule ?rule }
  OPTIONAL { ?a coop:evidence ?evidence } OPTIONAL { ?a coop:date ?date }
  OPTIONAL { ?a coop:kind ?kind } OPTIONAL { ?a coop:topic ?topic }
} OPTIONAL { ?party coop:isoCode ?party_code } OPTIONAL { ?party rdfs:label ?party_label } }"""
EVENTS = PREFIXES + """
SELECT ?e ?type ?label ?date ?location ?participant ?p_label ?p_code ?evidence ?rule WHERE {
 GRAPH ?g {
  ?e a coop:Event ; a ?t ; rdfs:label ?label . OPTIONAL { ?e coop:evidence ?evidence }
  OPTIONAL { ?e coop:rule ?rule }
  FILTER(STRSTARTS(STR(?t), STR(coop:)))
  BIND(STRAFTER(STR(?t), "#") AS ?type)
  OPTIONAL { ?e coop:date ?date }
} FILTER NOT EXISTS { GRAPH ?g { ?e a ?t2 } ?t2 rdfs:subClassOf ?t FILTER(?t2 != ?t) }
  OPTIONAL { ?e coop:location/coop:isoCode ?own_location }
  OPTIONAL { ?e coop:location ?place . ?place coop:partOf/coop:isoCode ?unit
             FILTER(CONTAINS(?unit, "-")) FILTER NOT EXISTS { ?place coop:isoCode ?any } }
  BIND(COALESCE(?own_location, ?unit) AS ?location)
  OPTIONAL { ?e coop:participant ?participant
             OPTIONAL { ?participant coop:isoCode ?p_code }
             OPTIONAL { ?participant rdfs:label ?p_label } } }"""
STATEMENTS = PREFIXES + """
SELECT ?s ?speaker ?date ?text ?evidence ?rule WHERE { GRAPH ?g {
  ?s a coop:Statement ; coop:speaker/rdfs:label ?speaker ; coop:text ?text .
  OPTIONAL { ?s coop:rule ?rule }
  OPTIONAL { ?s coop:date ?date } OPTIONAL { ?s coop:evidence ?evidence } } }"""
FIGURES = PREFIXES + """
SELECT ?f ?indicator ?value ?unit ?start ?end ?change ?code ?evidence ?rule WHERE { GRAPH ?g {
  ?f a coop:Figure ; coop:value ?value ; coop:unit ?unit . OPTIONAL { ?f coop:evidence ?evidence }
  OPTIONAL { ?f coop:rule ?rule }
  OPTIONAL { ?f coop:indicator ?indicator } OPTIONAL { ?f coop:periodStart ?start }
  OPTIONAL { ?f coop:periodEnd ?end } OPTIONAL { ?f coop:changePercent ?change }
} OPTIONAL { ?f coop:concerns/coop:isoCode ?code } }"""


def _rows(store: EmbeddedStore, query: str, graph: URIRef) -> list[dict[str, str | None]]:
    result = store.native_query(bind_terms(query, {"g": graph}),
                                default_graph=[str(graph), str(REFERENCE_GRAPH), str(ONTOLOGY_GRAPH)],
                                named_graphs=[str(graph)])
    names = [v.value for v in result.variables]
    return [{name: (row[name].value if row[name] is not None else None) for name in names}
            for row in result]


def _evidence(rows: list[dict]) -> str | None:
    return min((r["evidence"] for r in rows if r["evidence"]), default=None)


def _group(rows, key):
    grouped = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row)
    return grouped


def read_back(store: EmbeddedStore, graph: URIRef) -> dict:
    """The article's facts in the gold file's shape."""
    places = _rows(store, PLACES, graph)
    out: dict = {
        "countries": sorted({r["code"] for r in places if r["kind"] == "Country"}),
        "regions": [{"name": r["label"], "iso": r["code"]} for r in places if r["kind"] == "Region"],
    }
    out["organizations"] = [
        {"name": rows[0]["name"], "type": rows[0]["type"],
         "aliases": sorted({r["alias"] for r in rows if r["alias"]}),
         "country": rows[0]["country"], "region": rows[0]["region"], "evidence": _evidence(rows),
         "rule": rows[0]["rule"]}
        for rows in _group(_rows(store, ORGS, graph), "o").values()]
    out["people"] = [{**{k: v for k, v in rows[0].items() if k != "p"}, "evidence": _evidence(rows)}
                     for rows in _group(_rows(store, PEOPLE, graph), "p").values()]
    out["agreements"] = [
        {"parties": sorted({r["party_code"] or r["party_label"] or r["party"] for r in rows}),
         "date": rows[0]["date"], "kind": rows[0]["kind"], "topic": rows[0]["topic"],
         "evidence": _evidence(rows), "rule": rows[0]["rule"]}
        for rows in _group(_rows(store, AGREEMENTS, graph), "a").values()]
    out["events"] = [
        {"type": rows[0]["type"], "label": rows[0]["label"], "date": rows[0]["date"],
         "location": rows[0]["location"],
         "participants": sorted({r["p_code"] or r["p_label"] for r in rows
                                 if r["p_code"] or r["p_label"]}),
         "evidence": _evidence(rows), "rule": rows[0]["rule"]}
        for rows in _group(_rows(store, EVENTS, graph), "e").values()]
    out["statements"] = [{"speaker": r["speaker"], "date": r["date"], "gist": r["text"],
                          "evidence": r["evidence"], "rule": r["rule"]}
                         for r in _rows(store, STATEMENTS, graph)]
    out["figures"] = [
        {"indicator": rows[0]["indicator"], "value": float(rows[0]["value"]),
         "unit": rows[0]["unit"], "start": rows[0]["start"], "end": rows[0]["end"],
         "change_percent": float(rows[0]["change"]) if rows[0]["change"] else None,
         "countries": sorted({r["code"] for r in rows if r["code"]}),
         "evidence": _evidence(rows), "rule": rows[0]["rule"]}
        for rows in _group(_rows(store, FIGURES, graph), "f").values()]
    return out
