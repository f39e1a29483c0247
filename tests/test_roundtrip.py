"""Turtle export → plain rdflib Graph → the same stored query on rdflib's own engine."""

import io

import rdflib

from coopkg import api
from coopkg.queries import run_on_rdflib

PARAMS = {"type_a": "Incubator", "place_a": "Xinjiang", "type_b": "Foundation",
          "place_b": "Kazakhstan"}


def test_turtle_export_answers_the_founding_question_in_rdflib(seeded_store_path):
    buf = io.BytesIO()
    with api.open_store(seeded_store_path, read_only=True) as store:
        count = api.export(store, buf, "turtle")
        native = api.run_query(store, "agreements-linking", PARAMS)
    graph = rdflib.Graph().parse(data=buf.getvalue(), format="turtle")
    assert len(graph) == count
    result = run_on_rdflib(graph, "agreements-linking", PARAMS)
    assert result.variables == native.variables
    assert [[str(t) for t in row] for row in result.rows] == \
        [[str(t) for t in row] for row in native.rows]
    (row,) = [dict(zip(result.variables, r, strict=True)) for r in result.rows]
    assert str(row["date"]) == "2021-09-20"
    assert str(row["party_a"]) == "Xinjiang Zhongya Internet Incubator Co., Ltd."
