"""Parameter binding puts typed, serialised terms where the variables stand — and nowhere else."""

from rdflib import Literal, URIRef

from coopkg.store.binding import bind_terms

QUERY = '''PREFIX ex: <http://example.org/?x#>
# a comment mentioning ?x stays as it is
SELECT ?y WHERE { ?y ex:p ?x . FILTER(?y != "?x" && STR(?y) != '?x') }'''


def test_only_variable_tokens_are_replaced():
    bound = bind_terms(QUERY, {"x": URIRef("http://example.org/a")})
    assert "<http://example.org/?x#>" in bound
    assert "# a comment mentioning ?x" in bound
    assert '"?x"' in bound and "'?x'" in bound
    assert "?y ex:p <http://example.org/a> ." in bound


def test_literals_are_escaped_not_spliced():
    evil = 'x" ) } ; DROP ALL ; SELECT * { ?s ?p ?o FILTER("'
    bound = bind_terms("SELECT ?s WHERE { ?s ?p ?v }", {"v": Literal(evil)})
    assert bound == 'SELECT ?s WHERE { ?s ?p "x\\" ) } ; DROP ALL ; SELECT * { ?s ?p ?o FILTER(\\"" }'


def test_prefix_of_a_longer_variable_is_not_touched():
    bound = bind_terms("SELECT ?x ?x_long WHERE { ?x ?p ?x_long }", {"x": URIRef("http://e/1")})
    assert bound == "SELECT <http://e/1> ?x_long WHERE { <http://e/1> ?p ?x_long }"
