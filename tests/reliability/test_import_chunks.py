"""Import validates a graph a few subjects at a time; the verdict must be the whole graph's.

With one subject per chunk, every shape fixture gets the same verdict as validating the whole
file at once: values whose types sit in another chunk are still checked (sh:class), and a
violation in any chunk stops the import."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from tests.conftest import FIXTURES

from coopkg import api, importing
from coopkg.prepare import reference_context
from coopkg.rdfinput import ImportError_
from coopkg.validate import validate_article

SHAPE_FIXTURES = sorted((FIXTURES / "shapes").glob("*.ttl"))


def _whole_graph_conforms(path: Path) -> bool:
    graph = rdflib.Graph().parse(path)
    types, _chains = reference_context(graph)
    return validate_article(graph, types).conforms


@pytest.mark.parametrize("path", SHAPE_FIXTURES, ids=[p.stem for p in SHAPE_FIXTURES])
def test_one_subject_per_chunk_gives_the_whole_graph_verdict(store_path, monkeypatch, path):
    monkeypatch.setattr(importing, "CHUNK_TRIPLES", 1)
    expected = _whole_graph_conforms(path)
    assert expected == path.stem.endswith("-ok")
    with api.open_store(store_path) as store:
        if expected:
            (result,) = api.import_rdf(store, str(path), "https://example.org/graph/chunked")
            assert result.ok and result.triples > 3
        else:
            with pytest.raises(ImportError_, match="SHACL"):
                api.import_rdf(store, str(path), "https://example.org/graph/chunked")
            assert "https://example.org/graph/chunked" not in map(str, store.named_graphs())


def test_chunking_stores_the_same_triples(store_path, tmp_path, monkeypatch):
    trig = FIXTURES / "queries.trig"
    with api.open_store(store_path) as store:
        whole = {str(r.graph): r.triples for r in api.import_rdf(store, str(trig))}
    monkeypatch.setattr(importing, "CHUNK_TRIPLES", 2)
    with api.open_store(store_path) as store:
        chunked = {str(r.graph): r.triples for r in api.import_rdf(store, str(trig))}
    assert chunked == whole and len(whole) >= 2
