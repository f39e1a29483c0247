"""What the serve reliability tests share: a store copy, a raw HTTP exchange (to send what
well-behaved clients never send), and a local HTTP server that records who contacted it."""

from __future__ import annotations

import http.server
import os
import shutil
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coopkg.endpoint import Server, Settings, make_server

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def copy_store(template: Path, tmp_path: Path) -> Path:
    """A private copy of a session store, for a server that may write to it."""
    path = tmp_path / "store"
    shutil.copytree(template, path)
    return path


def fetch(url: str, data: bytes | None = None, headers: dict | None = None,
          method: str | None = None) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode()


def query_url(base: str, text: str) -> str:
    return base + "/sparql?" + urllib.parse.urlencode({"query": text})


def raw_exchange(base: str, request: bytes) -> bytes:
    """Send bytes as they are and read until the server closes the connection."""
    host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port
    with socket.create_connection((host, port), timeout=30) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@contextmanager
def recording_server() -> Iterator[tuple[str, list[str]]]:
    """A server on a free loopback port answering 500 to everything; yields its URL and the
    list of paths requested from it."""
    hits: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            hits.append(self.path)
            self.send_response(500)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = do_GET  # noqa: N815

        def log_message(self, *_args) -> None:
            pass

    with in_thread(http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)) as url:
        yield url + "/", hits


@contextmanager
def serving(store: Path, **options) -> Iterator[tuple[str, Server]]:
    """A running server on a free loopback port: its base URL and the server itself."""
    server = make_server(Settings(store, **options), "127.0.0.1", 0)
    with in_thread(server) as url:
        yield url, server


@contextmanager
def in_thread(server) -> Iterator[str]:
    """Anything with http.server's serve_forever/shutdown/server_close, running meanwhile."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][0] != "Z"


def gone(pids: list[int], wait: float = 10.0) -> bool:
    """True once none of pids runs (a killed process is reaped by its parent soon after)."""
    deadline = time.monotonic() + wait
    while any(alive(p) for p in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(") ", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found
