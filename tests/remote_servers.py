"""Real SPARQL servers for the remote-store tests.

Oxigraph's own server (`pip install oxigraph`) is started by the tests on a free loopback port.
Virtuoso is started outside the tests (`make virtuoso-up`, which `.ci/run` always does); when it
is not answering the Virtuoso cases skip, unless COOPKG_REQUIRE_VIRTUOSO=1 (CI) makes that a
failure."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# $COOPKG_VIRTUOSO points the tests at another instance (one per developer on a shared machine)
VIRTUOSO = os.environ.get("COOPKG_VIRTUOSO", "http://127.0.0.1:8890")


@dataclass
class Server:
    name: str
    endpoint: str
    update_endpoint: str
    graph_store: str | None
    env: dict[str, str] = field(default_factory=dict)

    def without_graph_store(self) -> Server:
        return Server(self.name + "-update", self.endpoint, self.update_endpoint, None, self.env)


def answering(endpoint: str, timeout: float = 2.0) -> bool:
    url = endpoint + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def start_oxigraph(location: Path) -> tuple[subprocess.Popen, Server]:
    binary = oxigraph_binary()
    if binary is None:
        pytest.fail("the oxigraph server is a test dependency: pip install -e '.[test]'")
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(location),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while not answering(base + "/query", 0.5):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"oxigraph serve did not start: {process.stderr.read().decode()[:300]}")
        time.sleep(0.1)
    return process, Server("oxigraph", base + "/query", base + "/update", base + "/store")


def virtuoso() -> Server:
    if not answering(VIRTUOSO + "/sparql"):
        reason = f"no Virtuoso answering at {VIRTUOSO} (start one with `make virtuoso-up`)"
        if os.environ.get("COOPKG_REQUIRE_VIRTUOSO") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return Server("virtuoso", VIRTUOSO + "/sparql", VIRTUOSO + "/sparql-auth",
                  VIRTUOSO + "/sparql-graph-crud-auth",
                  {"COOPKG_USER": "dba", "COOPKG_PASSWORD": "dba", "COOPKG_AUTH": "digest"})
