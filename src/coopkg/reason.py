"""Ontology checks with HermiT, and the few inferences the stored queries rely on.

A full OWL-RL closure is far too slow for a growing store (owlrl's RDFS closure took 400 s at
100k triples), so queries get their inferences from one SPARQL Update run at load time instead.
HermiT runs only for `coopkg ontology check`, the one command that needs Java.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import rdflib

from coopkg.vocab import COOP_NS


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


# One update so the materialisation is atomic with the load it belongs to.  It runs over a
# single article graph, so its cost does not grow with the store.
MATERIALISE = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX coop: <https://w3id.org/coopkg/ontology#>
INSERT { GRAPH ?g { ?x a ?super } }
WHERE  { GRAPH ?g { ?x a ?c } GRAPH ?onto { ?c rdfs:subClassOf+ ?super }
         FILTER(STRSTARTS(STR(?super), STR(coop:))) } ;
INSERT { GRAPH ?g { ?x coop:locatedIn ?up } }
WHERE  { GRAPH ?g { ?x coop:locatedIn ?place } GRAPH ?ref { ?place coop:partOf+ ?up } } ;
INSERT { GRAPH ?g { ?x coop:locatedIn ?c } }
WHERE  { GRAPH ?g { ?x a coop:Organization ; coop:country ?c
                    FILTER NOT EXISTS { ?x coop:locatedIn ?c } } }
"""
