"""Unknown names in query parameters: a usage error that offers the nearest known names.

Only asked when a query found no rows, so a good name costs nothing extra."""

from __future__ import annotations

from rdflib import Literal
from rdflib.term import Node

from coopkg.names import did_you_mean, matches, name_pattern
from coopkg.queries import QueryError, StoredQuery
from coopkg.reference import gazetteer
from coopkg.store import TripleStore
from coopkg.vocab import COOP

_NAMES = f"""SELECT DISTINCT ?name WHERE {{
  ?entity a ?class ; <http://www.w3.org/2000/01/rdf-schema#label>|<{COOP.alias}> ?name .
  FILTER(?class IN (<{COOP.Organization}>, <{COOP.Person}>))
}}"""


def known_names(store: TripleStore) -> list[str]:
    """Every label and alias of an organisation or person in the store."""
    return sorted({str(row[0]) for row in store.query(_NAMES).rows if row[0] is not None})


def check_names(store: TripleStore, stored: StoredQuery, bound: dict[str, Node]) -> None:
    """Raise a QueryError for a name parameter that names nothing in the store."""
    given = [(p, bound[p]) for p in stored.name_params if isinstance(bound.get(p), Literal)]
    if not given:
        return
    names = known_names(store)
    for param, term in given:
        text = str(term)
        if matches(name_pattern(text), names) or gazetteer().lookup(text):
            continue
        nearest = did_you_mean(text, names)
        hint = f"; did you mean {', '.join(repr(n) for n in nearest)}?" if nearest else ""
        raise QueryError(f"{param}={text!r}: no person or organisation of that name{hint}")
