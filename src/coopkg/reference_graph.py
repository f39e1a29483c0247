"""The reference named graph: every country and region of the gazetteer as RDF, so that
queries can climb from a city to its region and country and label places in English."""

from __future__ import annotations

import pycountry
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from coopkg.reference import gazetteer
from coopkg.vocab import CID, COOP, country_iri, region_iri


def reference_graph() -> Graph:
    """Countries and regions as RDF, for the reference named graph."""
    gaz = gazetteer()
    graph = Graph()
    graph.bind("coop", str(COOP._NS))
    for code, place in gaz.countries.items():
        node = country_iri(code)
        graph.add((node, RDF.type, COOP.Country))
        graph.add((node, RDFS.label, Literal(place.label, lang="en")))
        graph.add((node, COOP.isoCode, Literal(code)))
    for form, code in gaz.demonyms.items():
        graph.add((country_iri(code), COOP.demonym, Literal(form)))
    for place in gaz.regions.values():
        node = CID[place.iri[len(str(CID)):]]
        graph.add((node, RDF.type, COOP.Region))
        graph.add((node, RDFS.label, Literal(place.label, lang="en")))
        graph.add((node, COOP.partOf, region_iri(place.parent) if place.parent
                   else country_iri(place.country)))
        graph.add((node, COOP.country, country_iri(place.country)))
        if place.code:
            graph.add((node, COOP.isoCode, Literal(place.code)))
    _add_subdivision_parents(graph)
    return graph


def _add_subdivision_parents(graph: Graph) -> None:
    for sub in pycountry.subdivisions:
        if sub.parent_code:
            graph.add((region_iri(sub.code), COOP.partOf, region_iri(sub.parent_code)))
