"""Counts of what the store holds, by class, in one query."""

from __future__ import annotations

from rdflib import Literal

from coopkg.store.base import QueryResult, TripleStore

STATS_QUERY = """
PREFIX coop: <https://w3id.org/coopkg/ontology#>
SELECT ?class (COUNT(DISTINCT ?x) AS ?count) WHERE {
  VALUES ?class { coop:Article coop:Organization coop:Person coop:Agreement coop:Event
                  coop:Statement coop:Figure coop:Country coop:Region }
  ?x a ?class .
} GROUP BY ?class ORDER BY ?class
"""


def store_stats(store: TripleStore) -> QueryResult:
    counts = {str(row[0]).rsplit("#", 1)[-1]: int(row[1]) for row in store.query(STATS_QUERY).rows}
    rows = [(name, counts.get(name, 0)) for name in
            ("Article", "Organization", "Person", "Agreement", "Event", "Statement", "Figure",
             "Country", "Region")]
    rows.append(("named graphs", len(store.named_graphs())))
    rows.append(("quads", store.size()))
    return QueryResult(variables=["what", "count"],
                       rows=[[Literal(name), Literal(n)] for name, n in rows])
