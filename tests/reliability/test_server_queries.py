"""Query execution at the serve endpoint: a timed-out query is killed (not left running), the
server keeps answering, the number of queries at once is bounded, and many clients at once are
all answered."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from tests.reliability.serve_harness import SLOW, copy_store, descendants, fetch, gone, query_url, serving

from coopkg.endpoint.jobs import SparqlJob
from coopkg.endpoint.pool import QueryPool, WorkerLost

AGREEMENTS = ("PREFIX coop: <https://w3id.org/coopkg/ontology#>\n"
              "SELECT ?a WHERE { ?a a coop:Agreement } ORDER BY ?a")


def test_timed_out_queries_are_killed_and_the_server_answers_on(seeded_store_path, tmp_path):
    with serving(copy_store(seeded_store_path, tmp_path), timeout=0.5, workers=1) as (base, server):
        for _ in range(3):
            before = server.endpoint.query_processes()
            status, _, text = fetch(query_url(base, SLOW))
            assert status == 503 and "0.5 s time limit" in text
            assert gone(before), "the process running the timed-out query is still alive"
            status, _, text = fetch(query_url(base, "ASK {}"))
            assert status == 200 and json.loads(text)["boolean"] is True
        assert len(server.endpoint.query_processes()) == 1


def test_a_full_queue_is_turned_away_with_retry_after(seeded_store_path, tmp_path):
    with serving(copy_store(seeded_store_path, tmp_path), timeout=3, workers=1, queue=0) as (base, _):
        answers: list[tuple[int, dict[str, str], str]] = []
        slow = threading.Thread(target=lambda: answers.append(fetch(query_url(base, SLOW))))
        slow.start()
        while slow.is_alive() and not any(a[0] == 503 for a in answers):
            answers.append(fetch(query_url(base, "ASK {}")))
        slow.join()
        # whichever request came second found the one worker busy and no queue: it was turned away
        refusals = [(headers.get("retry-after"), text) for status, headers, text in answers
                    if status == 503]
        assert refusals and refusals[0][0] == "1" and "server busy" in refusals[0][1]
        assert fetch(query_url(base, "ASK {}"))[0] == 200


def test_many_clients_at_once_with_slow_queries_mixed_in(seeded_store_path, tmp_path):
    """200 requests, 20 in flight, every 40th one a query that runs past the limit."""
    with serving(copy_store(seeded_store_path, tmp_path), timeout=3, workers=3) as (base, server):
        urls = [query_url(base, SLOW if i % 40 == 7 else AGREEMENTS) for i in range(200)]
        with ThreadPoolExecutor(20) as clients:
            answers = list(clients.map(fetch, urls))
        slow = [a for url, a in zip(urls, answers, strict=True) if "COUNT" in url]
        fast = [a for url, a in zip(urls, answers, strict=True) if "COUNT" not in url]
        assert len(slow) == 5 and all(s == 503 and "time limit" in t for s, _, t in slow)
        assert {s for s, _, _ in fast} == {200}
        assert all(len(json.loads(t)["results"]["bindings"]) == 2 for _, _, t in fast)
        assert len(server.endpoint.query_processes()) == 3


def test_ctrl_c_stops_the_server_and_its_query_processes(seeded_store_path, tmp_path):
    store = copy_store(seeded_store_path, tmp_path)
    process = subprocess.Popen([sys.executable, "-m", "coopkg.cli", "--store", str(store), "serve",
                                "--port", "0", "--timeout", "60"], stderr=subprocess.PIPE, text=True)
    try:
        port = re.search(r"http://127\.0\.0\.1:(\d+)/", process.stderr.readline()).group(1)
        base = f"http://127.0.0.1:{port}"
        assert fetch(query_url(base, "ASK {}"))[0] == 200
        slow = threading.Thread(target=fetch, args=(query_url(base, SLOW),), daemon=True)
        slow.start()
        helpers = descendants(process.pid)
        process.send_signal(signal.SIGINT)
        assert process.wait(30) == 0
        assert "Traceback" not in process.stderr.read()
    finally:
        process.kill()
    assert gone(helpers), "query processes outlived the server"


def test_closing_the_pool_under_running_jobs_loses_them_cleanly(seeded_store_path, tmp_path):
    """Ctrl-C closes the pool while request threads wait on their workers: each of them must see
    WorkerLost (answered 503), never a second close of the same pipe (EBADF)."""
    pool = QueryPool(copy_store(seeded_store_path, tmp_path), size=3)
    outcomes: list[BaseException | None] = []

    def run() -> None:
        try:
            pool.run(SparqlJob(SLOW, "application/sparql-results+json"), 60)
            outcomes.append(None)
        except BaseException as exc:  # noqa: BLE001 (the test records whatever escaped)
            outcomes.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    while len(pool.pids()) < 3:
        pass
    time.sleep(0.3)
    pool.close()
    for thread in threads:
        thread.join(30)
    assert [type(o) for o in outcomes] == [WorkerLost] * 3
    assert pool.pids() == []
