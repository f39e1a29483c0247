"""Import may not replace the graphs `init` and `load` own; each import is all or nothing."""

from __future__ import annotations

import pytest
from tests.conftest import SEED
from tests.reliability.import_support import graph_size, one_error_line, run, store_size

from coopkg import api
from coopkg.vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH

TRIPLE = '<https://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "replaced" .'


def _trig(tmp_path, graph: str, body: str = TRIPLE):
    path = tmp_path / "data.trig"
    path.write_text(f"<{graph}> {{ {body} }}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("graph", [REFERENCE_GRAPH, ONTOLOGY_GRAPH])
def test_trig_naming_a_reserved_graph_is_refused(store_path, tmp_path, graph):
    before, total = graph_size(store_path, graph), store_size(store_path)
    assert before > 100
    line = one_error_line(run(store_path, "import", str(_trig(tmp_path, str(graph)))))
    assert f"<{graph}>" in line and "only `coopkg init` writes" in line
    assert graph_size(store_path, graph) == before
    assert store_size(store_path) == total


def test_graph_option_naming_a_reserved_graph_is_refused(store_path, tmp_path):
    before = graph_size(store_path, REFERENCE_GRAPH)
    data = tmp_path / "data.ttl"
    data.write_text(TRIPLE + "\n", encoding="utf-8")
    one_error_line(run(store_path, "import", "--graph", str(REFERENCE_GRAPH), str(data)))
    assert graph_size(store_path, REFERENCE_GRAPH) == before


def test_a_loaded_article_graph_is_not_replaced(store_path, tmp_path):
    assert run(store_path, "load", str(SEED)).exit_code == 0
    with api.open_store(store_path, read_only=True) as store:
        (article,) = [g for g in store.named_graphs() if "/article/" in g]
    before, total = graph_size(store_path, article), store_size(store_path)
    line = one_error_line(run(store_path, "import", str(_trig(tmp_path, article))))
    assert "`coopkg load`" in line and "nothing changed" in line
    assert graph_size(store_path, article) == before
    assert store_size(store_path) == total


def test_import_replaces_what_import_wrote(store_path, tmp_path):
    graph = "https://example.org/graph/mine"
    first = run(store_path, "import", str(_trig(tmp_path, graph)))
    assert first.exit_code == 0 and "loaded" in first.stderr
    second = run(store_path, "import", str(_trig(tmp_path, graph, TRIPLE.replace("s>", "t>"))))
    assert second.exit_code == 0 and "replaced" in second.stderr
    assert graph_size(store_path, graph) == 2


def test_one_bad_graph_writes_nothing(store_path, tmp_path):
    good = "https://example.org/graph/good"
    agreement = ("<https://example.org/a> a <https://w3id.org/coopkg/ontology#Agreement> ; "
                 "<http://www.w3.org/2000/01/rdf-schema#label> \"no parties\" .")
    path = tmp_path / "two.trig"
    path.write_text(f"<{good}> {{ {TRIPLE} }}\n<https://example.org/graph/bad> {{ {agreement} }}\n",
                    encoding="utf-8")
    total = store_size(store_path)
    line = one_error_line(run(store_path, "import", str(path)))
    assert "graph/bad" in line and "SHACL" in line
    assert graph_size(store_path, good) == 0
    assert store_size(store_path) == total


def test_validate_notices_a_changed_reserved_graph(store_path):
    assert run(store_path, "validate").exit_code == 0
    with api.open_store(store_path) as store:
        store.update(f"DELETE DATA {{ GRAPH <{REFERENCE_GRAPH}> {{ "
                     "<https://w3id.org/coopkg/id/country/KZ> "
                     "<https://w3id.org/coopkg/ontology#isoCode> \"KZ\" } }")
    result = run(store_path, "validate")
    assert result.exit_code == 1
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert f"<{REFERENCE_GRAPH}>" in line and "run `coopkg init` to restore it" in line
    assert run(store_path, "init").exit_code == 0
    assert run(store_path, "validate").exit_code == 0
