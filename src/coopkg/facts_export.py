"""`coopkg export --facts-only`: the extracted facts without the ontology and reference places.

A whole export is 97 % ontology and reference places (every ISO country and subdivision, larger
cities), which other tools then have to wade through.  Facts-only keeps every article's graph
and, of the reference data, only the places those graphs point at, with their types, labels,
ISO codes and `coop:partOf`, so the file is still self-describing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

import pyoxigraph as ox

from coopkg.store import TripleStore
from coopkg.store.embedded import DATASET_FORMATS, EXPORT_PREFIXES, FORMATS, counted, to_ox
from coopkg.vocab import CID_NS, COOP, ONTOLOGY_GRAPH, REFERENCE_GRAPH

_PLACES = f"""
PREFIX coop: <{COOP._NS}>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT {{ ?place a ?type ; rdfs:label ?label ; coop:isoCode ?code ; coop:partOf ?up . }}
WHERE {{
  {{ SELECT DISTINCT ?place WHERE {{
      {{ ?fact prov:wasDerivedFrom ?article }} UNION {{ ?fact a coop:Article }}
      ?fact ?link ?place .
      FILTER(STRSTARTS(STR(?place), "{CID_NS}country/") || STRSTARTS(STR(?place), "{CID_NS}region/"))
  }} }}
  ?place a ?type ; rdfs:label ?label .
  OPTIONAL {{ ?place coop:isoCode ?code }}
  OPTIONAL {{ ?place coop:partOf ?up }}
}}"""


def export_facts(store: TripleStore, out: IO[bytes], fmt: str) -> int:
    """Write the article graphs and the places they use; returns the statements written.
    Datasets (TriG, N-Quads) keep each article's graph and put the places in the reference
    graph's name; triple formats merge everything."""
    counter = [0]
    dataset = fmt in DATASET_FORMATS
    items = _quads(store) if dataset else _triples(store)
    ox.serialize(counted(items, counter), out, FORMATS[fmt], prefixes=EXPORT_PREFIXES)
    return counter[0]


def _article_graphs(store: TripleStore) -> list:
    return [g for g in store.named_graphs() if g not in (ONTOLOGY_GRAPH, REFERENCE_GRAPH)]


def _place_triples(store: TripleStore) -> Iterator[ox.Triple]:
    graph = store.query(_PLACES).graph
    for s, p, o in graph if graph is not None else ():
        yield ox.Triple(to_ox(s), to_ox(p), to_ox(o))


def _quads(store: TripleStore) -> Iterator[ox.Quad]:
    for name in _article_graphs(store):
        graph = ox.NamedNode(str(name))
        for s, p, o in store.graph(name):
            yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph)
    reference = ox.NamedNode(str(REFERENCE_GRAPH))
    for triple in _place_triples(store):
        yield ox.Quad(triple.subject, triple.predicate, triple.object, reference)


def _triples(store: TripleStore) -> Iterator[ox.Triple]:
    seen: set[ox.Triple] = set()
    for name in _article_graphs(store):
        for s, p, o in store.graph(name):
            triple = ox.Triple(to_ox(s), to_ox(p), to_ox(o))
            if triple not in seen:
                seen.add(triple)
                yield triple
    for triple in _place_triples(store):
        if triple not in seen:
            seen.add(triple)
            yield triple
