"""What every store offers the library: atomic replace-graph, typed-parameter queries, export."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import IO, Protocol

from rdflib import Graph, Literal
from rdflib.namespace import XSD
from rdflib.term import Node, URIRef

_NUMERIC = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long}


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

    def records(self) -> list[dict[str, str | int | float | bool | None]]:
        """Rows as dicts of plain Python values (see plain_value), for code that does not
        want rdflib terms."""
        return [dict(zip(self.variables, (plain_value(t) for t in row), strict=True))
                for row in self.rows]

    def to_dataframe(self):
        """The rows as a pandas DataFrame (pandas is optional: `pip install pandas`)."""
        try:
            import pandas
        except ImportError:
            raise StoreError("to_dataframe needs pandas: pip install pandas") from None
        return pandas.DataFrame(self.records(), columns=self.variables)


def plain_value(term: Node | None) -> str | int | float | bool | None:
    """Numbers as int/float, booleans as bool, everything else (IRIs, text, dates at any
    precision: '2021', '2021-09', '2021-09-20') as its string."""
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype in _NUMERIC:
        value = term.toPython()
        return float(value) if isinstance(value, Decimal) else value
    if isinstance(term, Literal) and term.datatype == XSD.boolean:
        return str(term).lower() in ("true", "1")
    return str(term)


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
