"""SHACL validation of one article's graph before anything is written.

pyshacl gets the article's graph, the rdf:type triples of the places it points at, and the
ontology (so sh:class follows subclasses), with focus nodes set to the article's own subjects:
~ms per article whatever the store's size.  It is never handed the store itself (with
violations it counts the whole store per result)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

from coopkg.resources import ontology_path, shapes_path


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    shape: str = ""  # the node shape (e.g. OrganizationShape) whose constraint failed

    def line(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"{self.focus}{where}: {self.message}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    text: str = ""

    def summary(self) -> str:
        if self.conforms:
            return "conforms"
        first = self.violations[0].line() if self.violations else "does not conform"
        more = f" (+{len(self.violations) - 1} more)" if len(self.violations) > 1 else ""
        return f"SHACL: {first}{more}"


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(shapes_path())


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    return Graph().parse(ontology_path())


@lru_cache(maxsize=1)
def superclasses() -> dict[URIRef, set[URIRef]]:
    """Every class's ancestors in the ontology, so sh:class can be checked without mixing the
    whole ontology into each data graph (that doubled the cost of validating an article)."""
    onto = ontology_graph()
    out: dict[URIRef, set[URIRef]] = {}
    for cls in set(onto.subjects(RDFS.subClassOf, None)):
        out[cls] = set(onto.transitive_objects(cls, RDFS.subClassOf)) - {cls}
    return out


@lru_cache(maxsize=1)
def target_classes() -> frozenset[URIRef] | None:
    """The classes the shapes target, or None if some shape targets nodes another way."""
    shapes = shapes_graph()
    if any((None, kind, None) in shapes for kind in (SH.targetNode, SH.targetSubjectsOf,
                                                     SH.targetObjectsOf)):
        return None
    return frozenset(o for o in shapes.objects(None, SH.targetClass) if isinstance(o, URIRef))


def targets_any(classes: Iterable[URIRef]) -> bool:
    """Whether some shape targets nodes of these classes: when none does, validation is a
    no-op (bulk RDF without coopkg's classes skips pySHACL, ~0.2 ms a triple)."""
    targets, ancestors = target_classes(), superclasses()
    if targets is None:
        return True
    return any(cls in targets or targets & ancestors.get(cls, set()) for cls in set(classes))


def with_superclass_types(data: Graph) -> Graph:
    ancestors = superclasses()
    for node, cls in list(data.subject_objects(RDF.type)):
        for parent in ancestors.get(cls, ()):
            data.add((node, RDF.type, parent))
    return data


def validate_graph(data: Graph, focus_nodes: list[URIRef] | None = None) -> ValidationReport:
    conforms, report, text = pyshacl.validate(
        with_superclass_types(data), shacl_graph=shapes_graph(), inference="none",
        focus_nodes=focus_nodes, allow_warnings=True, advanced=False,
    )
    return ValidationReport(bool(conforms), _violations(report), text)


def _violations(report: Graph) -> list[Violation]:
    out = []
    top = {r for node in report.subjects(RDF.type, SH.ValidationReport)
           for r in report.objects(node, SH.result)}
    for result in top:
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        out.append(Violation(str(focus), _short(path), str(message or "constraint violated"),
                             _shape_name(report.value(result, SH.sourceShape))))
    return sorted(out, key=lambda v: (v.focus, v.path))


def _shape_name(source) -> str:
    """Property shapes are blank nodes: name the node shape that holds them."""
    if source is None:
        return ""
    if isinstance(source, URIRef):
        return _short(source)
    owner = next(shapes_graph().subjects(SH.property, source), None)
    return _short(owner)


def _short(term) -> str:
    if term is None:
        return ""
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def validate_article(graph: Graph, referenced_types: Graph) -> ValidationReport:
    """Validate an article graph; `referenced_types` holds rdf:type triples of outside nodes."""
    data = Graph()
    for triple in graph:
        data.add(triple)
    for triple in referenced_types:
        data.add(triple)
    focus = sorted({s for s in graph.subjects() if isinstance(s, URIRef)})
    return validate_graph(data, focus)


def validate_nodes(graph: Graph, referenced_types: Graph, nodes: set[URIRef]) -> ValidationReport:
    """Validate `nodes` of an article graph completely.  pySHACL's `focus_nodes` option also
    filters the value nodes nested shapes are evaluated on (sh:or, sh:node: 0.40 skips them
    unless listed, and literals can never be listed), so a party's sh:class or a date's datatype
    goes unchecked; here every target is validated and only `nodes`' violations are kept."""
    data = Graph()
    for triple in graph:
        data.add(triple)
    for triple in referenced_types:
        data.add(triple)
    report = validate_graph(data)
    mine = [v for v in report.violations if URIRef(v.focus) in nodes]
    return ValidationReport(not mine, mine, report.text)
