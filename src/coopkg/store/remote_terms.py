"""SPARQL JSON results into rdflib terms, as alike as possible across engines."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from coopkg.store.binding import SPARQL_TOKENS

_BNODE_UNSAFE = re.compile(r"[^A-Za-z0-9_]")
_KIND = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
INTEGER_TYPES = {XSD.integer, XSD.int, XSD.long, XSD.short, XSD.nonNegativeInteger,
             XSD.positiveInteger}


def query_kind(sparql: str) -> str:
    """The query form, read past prefixes, IRIs, strings and comments."""
    bare = SPARQL_TOKENS.sub(lambda m: " " if m.group("skip") else m.group(0), sparql)
    match = _KIND.search(bare)
    return match.group(1).upper() if match else "UPDATE"


def from_json(value: dict | None) -> Node | None:
    if value is None:
        return None
    kind, text = value["type"], value["value"]
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":  # Virtuoso labels them "nodeID://b10006"
        return BNode(_BNODE_UNSAFE.sub("_", text))
    if "xml:lang" in value:
        return Literal(text, lang=value["xml:lang"])
    datatype = value.get("datatype")
    return canonical(Literal(text, datatype=URIRef(datatype) if datatype else None))


def canonical(term: Literal) -> Literal:
    """Engines normalise numbers differently (Virtuoso returns 12.50 as 12.5) and some type
    simple literals as xsd:string (the same term in RDF 1.1): both come back in one canonical
    form so rows compare across stores."""
    if term.datatype == XSD.string:
        return Literal(str(term))
    if term.datatype in INTEGER_TYPES:
        try:
            return Literal(str(int(str(term))), datatype=XSD.integer)
        except ValueError:
            return term
    if term.datatype == XSD.decimal:
        try:
            number = Decimal(str(term))
        except InvalidOperation:
            return term
        return Literal(format(number.normalize(), "f"), datatype=XSD.decimal)  # XSD 1.1 form
    return term
