"""A body placed only by the last span components (the dateline's country, a home-country
guess) may then share its key with another written form of the same body: 'the Ministry of
Foreign Affairs' of a story datelined in Santiago is Chile's ministry, written in full elsewhere
in the story.  Linking must make the two one organisation; two forms left apart would give one
store node two labels, and the shapes would drop it with every fact that names it."""

from datetime import date

from rdflib import RDFS

from coopkg.build import build_graph
from coopkg.extract import extract
from coopkg.read import Article

TEXT = (
    "SANTIAGO, May 15 — The Ministry of Foreign Affairs of Norway and the Ministry of Foreign "
    "Affairs of the Republic of Chile signed a memorandum on consular cooperation on Tuesday.\n\n"
    "The Ministry of Foreign Affairs said the memorandum will simplify visas.\n\n"
    "According to the Ministry of Foreign Affairs of Norway, the two ministries will meet again "
    "in June.")
ARTICLE = Article(text=TEXT, published=date(2024, 5, 15), title="Consular memorandum",
                  source="Test Wire", origin="placed.txt")


def test_a_form_placed_late_joins_the_body_it_names() -> None:
    facts = extract(ARTICLE)
    chile = [o for o in facts.orgs if o.country == "CL"]
    assert [o.name for o in chile] == ["Ministry of Foreign Affairs of the Republic of Chile"]
    assert "Ministry of Foreign Affairs" in chile[0].aliases


def test_every_organisation_node_has_one_label() -> None:
    _node, graph = build_graph(ARTICLE, extract(ARTICLE))
    subjects = {s for s, _p, _o in graph.triples((None, RDFS.label, None))}
    assert subjects
    assert all(len(list(graph.objects(s, RDFS.label))) == 1 for s in subjects)
