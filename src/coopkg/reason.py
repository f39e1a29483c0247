"""Ontology checks with HermiT, and the few inferences the stored queries rely on.

A full OWL-RL closure is far too slow for a growing store (owlrl's RDFS closure took 400 s at
100k triples), so queries get their inferences from one SPARQL Update run at load time instead.
HermiT runs only for `coopkg ontology check`, the one command that needs Java.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import rdflib
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from coopkg.vocab import CID_NS, COOP, COOP_NS, ONTOLOGY_GRAPH, REFERENCE_GRAPH


class ReasonerUnavailable(RuntimeError):
    """Java (needed by HermiT) is not installed."""


@dataclass
class OntologyReport:
    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.consistent and not self.unsatisfiable


def check_ontology(path: Path) -> OntologyReport:
    """Run HermiT on an ontology file; owlready2 reads N-Triples, so convert through rdflib."""
    if shutil.which("java") is None:
        raise ReasonerUnavailable("java not found: `coopkg ontology check` needs a Java runtime")
    import owlready2

    graph = rdflib.Graph().parse(path)
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "onto.nt"
        graph.serialize(nt, format="nt", encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(nt.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            detail = str(exc).strip() or "HermiT found the ontology inconsistent"
            return OntologyReport(False, [], detail)
        unsat = sorted(
            c.iri for c in world.inconsistent_classes() if c.iri.startswith(COOP_NS)
        )
        return OntologyReport(True, unsat, "")


# One SPARQL Update per article graph, run in a scratch in-memory store next to the article's
# own triples (in the worker that prepared it), so the graph reaches the store — or an N-Quads
# file — complete, and the single writer only inserts.
_MATERIALISE = """
INSERT { GRAPH $g { ?x a ?super } }
WHERE  { GRAPH $g { ?x a ?c } GRAPH $onto { ?c $subClassOf+ ?super }
         FILTER(STRSTARTS(STR(?super), $ns)) } ;
INSERT { GRAPH $g { ?x $locatedIn ?up } }
WHERE  { GRAPH $g { ?x $locatedIn ?place } GRAPH $ref { ?place $partOf+ ?up } } ;
INSERT { GRAPH $g { ?x $involves ?c } }
WHERE  { { GRAPH $g { ?x $party|$participant|$location ?c } }
         UNION { GRAPH $g { ?x $party|$participant|$location ?p . ?p $locatedIn|$country ?c } }
         UNION { GRAPH $g { ?x $party|$participant|$location ?p } GRAPH $ref { ?p $partOf+ ?c } }
         FILTER(STRSTARTS(STR(?c), $countries)) } ;
INSERT { GRAPH $g { ?x $pair ?key } }
WHERE  { GRAPH $g { ?x $involves ?c1, ?c2 } FILTER(STR(?c1) <= STR(?c2))
         BIND(CONCAT(STRAFTER(STR(?c1), $countries), "-", STRAFTER(STR(?c2), $countries)) AS ?key) } ;
INSERT { GRAPH $g { ?a $mentionsPair ?key } }
WHERE  { GRAPH $g { ?a $mentions ?c1, ?c2 } FILTER(STR(?c1) < STR(?c2))
         FILTER(STRSTARTS(STR(?c1), $countries) && STRSTARTS(STR(?c2), $countries))
         BIND(CONCAT(STRAFTER(STR(?c1), $countries), "-", STRAFTER(STR(?c2), $countries)) AS ?key) }
"""


def materialise_update(graph: URIRef) -> str:
    """The inference rules for one article graph; graph names are our own minted IRIs."""
    return _materialise_template().replace("$g", f"<{graph}>")


@lru_cache(maxsize=1)
def _materialise_template() -> str:
    """Every placeholder but the article's graph, filled once per process (whole-word, so
    $mentions never eats the start of $mentionsPair)."""
    terms = {"onto": ONTOLOGY_GRAPH, "ref": REFERENCE_GRAPH, "subClassOf": RDFS.subClassOf,
             "locatedIn": COOP.locatedIn, "partOf": COOP.partOf, "involves": COOP.involves,
             "party": COOP.party, "participant": COOP.participant, "location": COOP.location,
             "country": COOP.country, "pair": COOP.countryPair,
             "mentionsPair": COOP.mentionsPair, "mentions": COOP.mentions}
    strings = {"ns": COOP_NS, "countries": f"{CID_NS}country/"}

    def fill(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in strings:
            return f'"{strings[name]}"'
        return f"<{terms[name]}>" if name in terms else m.group(0)

    return re.sub(r"\$(\w+)", fill, _MATERIALISE)


@lru_cache(maxsize=1)
def _subclass_quads() -> list:
    import pyoxigraph as ox

    from coopkg.store.embedded import to_ox
    from coopkg.validate import ontology_graph

    onto = ox.NamedNode(str(ONTOLOGY_GRAPH))
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o), onto) for s, p, o in ontology_graph()
            if p == RDFS.subClassOf and isinstance(o, URIRef)]


def materialise(graph: Graph, name: URIRef, reference: Graph) -> tuple[str, int]:
    """Run the same inference update on one article graph in a scratch in-memory store, for
    output that leaves coopkg without passing through a store (`coopkg extract`, bulk loads).

    Returns N-Triples and their count: text goes in and out of Oxigraph's own parser and
    serialiser (converting term by term through rdflib took 5 ms of a ~30 ms article)."""
    return materialise_nt(graph.serialize(format="nt", encoding="utf-8"), name, reference)


def materialise_nt(ntriples: bytes, name: URIRef, reference: Graph) -> tuple[str, int]:
    """`materialise` for a graph already in N-Triples (an import: never held in rdflib)."""
    import pyoxigraph as ox

    scratch = _scratch()
    g, ref = ox.NamedNode(str(name)), ox.NamedNode(str(REFERENCE_GRAPH))
    scratch.load(ntriples, ox.RdfFormat.N_TRIPLES, to_graph=g)
    if len(reference):
        scratch.load(reference.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES,
                     to_graph=ref)
    try:
        scratch.update(materialise_update(name))
        data = scratch.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
        return data.decode("utf-8"), data.count(b"\n")
    finally:
        scratch.clear_graph(g)
        scratch.clear_graph(ref)


@lru_cache(maxsize=1)
def _scratch():
    """One in-memory store per process, holding the ontology's subclass axioms."""
    import pyoxigraph as ox

    store = ox.Store()
    store.extend(_subclass_quads())
    return store
