"""What every store offers the library: atomic replace-graph, typed-parameter queries, export."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import IO, Protocol

from rdflib import Graph
from rdflib.term import Node, URIRef


class StoreError(RuntimeError):
    """A store problem worth one line on stderr."""


class StoreLockedError(StoreError):
    """Another process holds the store open for writing."""


class LoadOutcome(StrEnum):
    LOADED = "loaded"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"


@dataclass
class QueryResult:
    """SELECT rows as rdflib terms (None where unbound), ASK as `boolean`, CONSTRUCT as `graph`."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[Node | None]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


class TripleStore(Protocol):
    read_only: bool

    def graph_hash(self, graph: URIRef) -> str | None: ...

    def replace_graph(self, graph: URIRef, ntriples: str, content_hash: str | None) -> LoadOutcome:
        """Drop and insert in one atomic step (a no-op when the stored hash is the same)."""
        ...

    def known_hashes(self) -> dict[str, str]: ...

    def query(self, sparql: str, bindings: dict[str, Node] | None = None) -> QueryResult: ...

    def export(self, out: IO[bytes], fmt: str, graph: URIRef | None = None) -> int: ...

    def named_graphs(self) -> list[URIRef]: ...

    def graph(self, graph: URIRef) -> Graph: ...

    def replace_plain_graph(self, graph: URIRef, triples: Graph) -> None: ...

    def is_initialised(self) -> bool: ...

    def size(self) -> int: ...

    def close(self) -> None: ...
