"""HTTP edge cases at the serve endpoint, sent as raw bytes where real clients would not send them."""

from __future__ import annotations

import http.client
import json
import urllib.parse

import pytest
from tests.reliability.serve_harness import copy_store, fetch, query_url, raw_exchange
from tests.test_endpoint import running

from coopkg.endpoint.app import allowed_hosts

POST_HEAD = ("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
             "Content-Type: application/sparql-query\r\n")


@pytest.fixture
def base(seeded_store_path, tmp_path):
    with running(copy_store(seeded_store_path, tmp_path)) as url:
        yield url


@pytest.mark.parametrize("length", ["-1", "abc", "1e3", "12, 13"])
def test_a_bad_content_length_gets_400_and_the_server_stays_up(base, length):
    answer = raw_exchange(base, (POST_HEAD + f"Content-Length: {length}\r\n\r\nASK {{}}").encode())
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert b"Traceback" not in answer
    assert fetch(query_url(base, "ASK {}"))[0] == 200


def test_a_chunked_body_is_read_whole(base):
    body = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (b"ASK ", b"{ ?s ?p ?o }"))
    answer = raw_exchange(base, (POST_HEAD + "Transfer-Encoding: chunked\r\n\r\n").encode()
                          + body + b"0\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(b'"boolean": true}')


def _post(base: str, body, chunked: bool = False) -> tuple[int, str]:
    """http.client sends the whole body before reading: it sees the 413 only if the server
    discards the rest of the body instead of hanging up."""
    port = urllib.parse.urlsplit(base).port
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("POST", "/sparql", body=body, encode_chunked=chunked,
                           headers={"Content-Type": "application/sparql-query"})
        response = connection.getresponse()
        return response.status, response.read().decode()
    finally:
        connection.close()


def test_a_body_over_the_cap_gets_413_that_the_client_can_read(base):
    status, text = _post(base, b"#" * 50_000_000)
    assert status == 413 and "over 10 MB" in text
    status, text = _post(base, (b"#" * 1_000_000 for _ in range(30)), chunked=True)
    assert status == 413 and "over 10 MB" in text
    status, text = _post(base, b"ASK {}" + b" " * 9_000_000)
    assert status == 200 and "true" in text


def test_only_known_host_names_are_answered(seeded_store_path, tmp_path):
    with running(copy_store(seeded_store_path, tmp_path), allowed_hosts=["kg.example.org"]) as url:
        port = urllib.parse.urlsplit(url).port
        ask = query_url(url, "ASK {}")
        for host in ("127.0.0.1", f"localhost:{port}", "kg.example.org"):
            assert fetch(ask, headers={"Host": host})[0] == 200, host
        for host in ("attacker.example", "kg.example.org.attacker.example", "127.0.0.1.nip.io"):
            status, _, text = fetch(ask, headers={"Host": host})
            assert (status, text) == (400, "Invalid host header"), host


def test_bound_to_every_interface_this_machines_names_are_allowed():
    import socket

    hosts = allowed_hosts("0.0.0.0", [])
    assert {"localhost", "127.0.0.1", "[::1]", socket.gethostname().lower()} <= set(hosts)
    assert "0.0.0.0" not in hosts
    assert allowed_hosts("192.0.2.7", ["kg.example.org"]) == sorted(
        ["localhost", "127.0.0.1", "[::1]", "192.0.2.7", "kg.example.org"])


def test_cors_only_for_the_configured_origin(seeded_store_path, tmp_path):
    origin = "https://researcher.example"
    ask = query_url("{}", "ASK {}")
    with running(copy_store(seeded_store_path, tmp_path)) as url:
        _, headers, _ = fetch(ask.format(url), headers={"Origin": origin})
        assert "access-control-allow-origin" not in {k.lower() for k in headers}
    with running(copy_store(seeded_store_path, tmp_path / "b"), cors_origins=[origin]) as url:
        status, headers, _ = fetch(ask.format(url), headers={"Origin": origin})
        assert status == 200 and headers["access-control-allow-origin"] == origin
        status, headers, _ = fetch(url + "/sparql", method="OPTIONS", headers={
            "Origin": origin, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        assert status == 200 and "POST" in headers["access-control-allow-methods"]
        _, headers, _ = fetch(ask.format(url), headers={"Origin": "https://other.example"})
        assert "access-control-allow-origin" not in {k.lower() for k in headers}


def test_unknown_paths_and_methods(base):
    status, _, text = fetch(base + "/nowhere")
    assert status == 404 and text == "no such resource: /nowhere\n"
    assert fetch(base + "/", data=b"x")[0] == 405
    status, _, text = fetch(base + "/sparql?update=CLEAR+ALL")
    assert status == 405 and "POSTed" in text


def test_openapi_describes_every_stored_query(base):
    status, _, text = fetch(base + "/api/openapi.json")
    spec = json.loads(text)
    assert status == 200 and spec["openapi"].startswith("3.")
    linking = spec["paths"]["/api/query/agreements-linking"]["get"]
    assert {p["name"] for p in linking["parameters"]} >= {"type_a", "place_a", "type_b", "place_b"}
    assert {"get", "post"} <= set(spec["paths"]["/sparql"])
