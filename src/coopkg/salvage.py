"""Keeping an article whose graph breaks a few shapes: the violating facts go, the rest loads.

An extractor defect (one organisation given two labels) should cost that fact, not every correct
fact of the article.  A violating focus node is removed with all it states; an agreement, event,
statement or figure pointing at a removed node goes too (its parties or speaker would be wrong),
while anything else pointing at one (a person's affiliation, an organisation's parent) only loses
that link.  The article node itself
cannot be dropped: if it violates, the article is rejected as before.  `coopkg load --strict`
and `coopkg import` of user RDF skip this and stay all-or-nothing."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from coopkg.validate import ValidationReport, Violation, superclasses, validate_article
from coopkg.vocab import COOP

_FACTS = {COOP.Agreement, COOP.Event, COOP.Statement, COOP.Figure}
_NAMING = (RDFS.label, COOP.text, COOP.indicator)


@dataclass
class DroppedFact:
    """One fact left out of the article's graph, and why."""

    node: str
    names: list[str]
    shape: str
    message: str

    def line(self) -> str:
        named = " / ".join(f'"{n}"' for n in self.names)
        return f"dropped <{self.node}>{' ' + named if named else ''}: {self.shape}: {self.message}"


def salvage(graph: Graph, types: Graph, article: URIRef
            ) -> tuple[ValidationReport, list[DroppedFact]]:
    """Validate `graph`, removing violating facts from it (in place) until it conforms.  The
    report is of the graph as kept; it does not conform only when the article node violates."""
    dropped: list[DroppedFact] = []
    report = validate_article(graph, types)
    while not report.conforms:
        doomed = _first_violation_per_node(report.violations)
        if article in doomed or not doomed:
            return report, dropped
        dropped.extend(_drop(graph, doomed))
        report = validate_article(graph, types)
    return report, dropped


def _first_violation_per_node(violations: list[Violation]) -> dict[URIRef, Violation]:
    out: dict[URIRef, Violation] = {}
    for violation in violations:
        out.setdefault(URIRef(violation.focus), violation)
    return out


def _drop(graph: Graph, doomed: dict[URIRef, Violation]) -> list[DroppedFact]:
    """Remove the doomed nodes, then whatever fact pointed at them (transitively)."""
    out: list[DroppedFact] = []
    todo = [(node, v.shape, v.message) for node, v in doomed.items()]
    gone: set[URIRef] = set()
    while todo:
        node, shape, message = todo.pop(0)
        if node in gone:
            continue
        gone.add(node)
        out.append(DroppedFact(str(node), _names(graph, node), shape, message))
        for referrer in sorted(set(graph.subjects(None, node)) - {node}, key=str):
            if isinstance(referrer, URIRef) and _is_fact(graph, referrer):
                todo.append((referrer, shape, f"points at dropped <{node}>"))
            else:
                graph.remove((referrer, None, node))
        graph.remove((node, None, None))
    return out


def _names(graph: Graph, node: URIRef) -> list[str]:
    for prop in _NAMING:
        names = sorted(str(o) for o in graph.objects(node, prop))
        if names:
            return names
    return []


def _is_fact(graph: Graph, node: URIRef) -> bool:
    ancestors = superclasses()
    return any(({cls} | ancestors.get(cls, set())) & _FACTS
               for cls in graph.objects(node, RDF.type))
