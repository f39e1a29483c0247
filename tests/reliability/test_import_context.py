"""JSON-LD import fetches no @context (http or file:) unless --allow-remote-context is given."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.reliability.import_support import graph_size, one_error_line, run, store_size

CONTEXT = {"@context": {"label": "http://www.w3.org/2000/01/rdf-schema#label"}}
GRAPH = "https://example.org/graph/jsonld"


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.hits.append(self.path)
        body = json.dumps(CONTEXT).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def context_server() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on 127.0.0.1 serving a JSON-LD context and recording every request."""
    hits: list[str] = []
    handler = type("Handler", (_Recorder,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/context.jsonld", hits
    finally:
        server.shutdown()
        server.server_close()


def _document(folder: Path, context: str) -> Path:
    path = folder / "doc.jsonld"
    path.write_text(json.dumps({"@context": context, "@id": "https://example.org/thing/1",
                                "label": "A thing"}), encoding="utf-8")
    return path


def test_remote_context_is_not_fetched(store_path, tmp_path, context_server):
    url, hits = context_server
    before = store_size(store_path)
    line = one_error_line(run(store_path, "import", "--graph", GRAPH,
                              str(_document(tmp_path, url))))
    assert "remote or file @context" in line and "--allow-remote-context" in line
    assert hits == []
    assert store_size(store_path) == before


def test_file_context_is_refused(store_path, tmp_path):
    context = tmp_path / "context.jsonld"
    context.write_text(json.dumps(CONTEXT), encoding="utf-8")
    before = store_size(store_path)
    line = one_error_line(run(store_path, "import", "--graph", GRAPH,
                              str(_document(tmp_path, context.as_uri()))))
    assert "--allow-remote-context" in line
    assert store_size(store_path) == before


def test_inline_context_needs_no_opt_in(store_path, tmp_path):
    path = tmp_path / "inline.jsonld"
    path.write_text(json.dumps({**CONTEXT, "@id": "https://example.org/thing/1",
                                "label": "A thing"}), encoding="utf-8")
    result = run(store_path, "import", "--graph", GRAPH, str(path))
    assert result.exit_code == 0, result.output
    assert graph_size(store_path, GRAPH) == 2  # the label and the coop:importedFrom mark


def test_opt_in_fetches_the_context(store_path, tmp_path, context_server):
    url, hits = context_server
    result = run(store_path, "import", "--allow-remote-context", "--graph", GRAPH,
                 str(_document(tmp_path, url)))
    assert result.exit_code == 0, result.output
    assert hits == ["/context.jsonld"]
    assert graph_size(store_path, GRAPH) == 2
