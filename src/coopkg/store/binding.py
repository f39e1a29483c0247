"""Binding query parameters: typed RDF terms put where their variables stand in the query.

pyoxigraph's own `substitutions` are applied after the query is planned, so a parameter cannot
steer the join order: measured at 1,000 articles, agreements-linking took 63-214 ms with
substitutions and 1.5 ms with the same terms bound in the query.  So coopkg binds like a
prepared statement: the stored query is lexed (IRIs, strings and comments are skipped), each
parameter variable is replaced by its term, serialised by pyoxigraph (IRIs validated, literals
escaped).  User text never reaches the SPARQL parser except inside an escaped literal or a
validated IRI; rdflib gets the same terms through its initBindings."""

from __future__ import annotations

import re

from rdflib.term import Node

SPARQL_TOKENS = re.compile(r"""
    (?P<skip> "{3}.*?"{3} | '{3}.*?'{3} | "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*'
            | <[^<>"{}|^`\\\s]*> | \#[^\n]* )
  | (?P<var> [?$][A-Za-z_][A-Za-z0-9_]* )
""", re.S | re.X)


def bind_terms(sparql: str, bindings: dict[str, Node]) -> str:
    if not bindings:
        return sparql
    from coopkg.store.embedded import to_ox

    terms = {name: str(to_ox(term)) for name, term in bindings.items()}

    def swap(m: re.Match[str]) -> str:
        var = m.group("var")
        return terms.get(var[1:], var) if var else m.group(0)

    return SPARQL_TOKENS.sub(swap, sparql)
