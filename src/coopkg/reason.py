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
from rdflib import URIRef
from rdflib.namespace import RDFS

from coopkg.vocab import COOP, COOP_NS, ONTOLOGY_GRAPH, REFERENCE_GRAPH


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


# Runs inside the same update as the article's INSERT DATA, so the inferences are atomic with
# the load they belong to; it touches one article graph, so its cost does not grow with the store.
_MATERIALISE = """
INSERT { GRAPH $g { ?x a ?super } }
WHERE  { GRAPH $g { ?x a ?c } GRAPH $onto { ?c $subClassOf+ ?super }
         FILTER(STRSTARTS(STR(?super), $ns)) } ;
INSERT { GRAPH $g { ?x $locatedIn ?up } }
WHERE  { GRAPH $g { ?x $locatedIn ?place } GRAPH $ref { ?place $partOf+ ?up } }
"""


def materialise_update(graph: URIRef) -> str:
    """The inference rules for one article graph; graph names are our own minted IRIs."""
    names = {"$g": graph, "$onto": ONTOLOGY_GRAPH, "$ref": REFERENCE_GRAPH,
             "$subClassOf": RDFS.subClassOf, "$locatedIn": COOP.locatedIn, "$partOf": COOP.partOf}
    text = _MATERIALISE.replace("$ns", f'"{COOP_NS}"')
    for placeholder, iri in names.items():
        text = text.replace(placeholder, f"<{iri}>")
    return text
