"""`coopkg serve` under load, as an HTTP client sees it.

    python benchmarks/serve_bench.py [--articles 30] [--requests 200] [--in-flight 20]

Builds a store of generated articles, starts `coopkg serve` in its own process and reports:
request latency p50 / p95 / max for a mix of SPARQL and stored queries (N requests, K in
flight), the same with queries that run past the time limit mixed in, and how long `ASK {}`
takes right after ten queries in a row were stopped at the limit."""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_corpus import generate  # noqa: E402

COOPKG = [sys.executable, "-m", "coopkg.cli"]
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
AGREEMENTS = ("PREFIX coop: <https://w3id.org/coopkg/ontology#>\n"
              "SELECT ?a ?date WHERE { ?a a coop:Agreement ; coop:date ?date } ORDER BY ?a")


def build_store(workdir: Path, articles: int) -> Path:
    store, corpus = workdir / f"store-{articles}", workdir / f"corpus-{articles}"
    if not store.exists():
        generate(corpus, articles, seed=1)
        subprocess.run([*COOPKG, "--store", str(store), "init"], check=True, capture_output=True)
        subprocess.run([*COOPKG, "--store", str(store), "load", str(corpus)], check=True,
                       capture_output=True)
    return store


def start(store: Path, *options: str) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([*COOPKG, "--store", str(store), "serve", "--port", "0", *options],
                               stderr=subprocess.PIPE, text=True)
    port = re.search(r":(\d+)/", process.stderr.readline()).group(1)
    return process, f"http://127.0.0.1:{port}"


def timed_get(url: str) -> tuple[int, float]:
    began = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        exc.read()
        status = exc.code
    return status, (time.perf_counter() - began) * 1000


def sparql(base: str, text: str) -> str:
    return base + "/sparql?" + urllib.parse.urlencode({"query": text})


def mixed(base: str, n: int, slow_every: int = 0) -> list[str]:
    stored = base + "/api/query/timeline?" + urllib.parse.urlencode({"country_a": "CN", "country_b": "KZ"})
    urls = []
    for i in range(n):
        if slow_every and i % slow_every == slow_every // 2:
            urls.append(sparql(base, SLOW))
        else:
            urls.append(stored if i % 2 else sparql(base, AGREEMENTS))
    return urls


def report(label: str, urls: list[str], in_flight: int) -> None:
    began = time.perf_counter()
    with ThreadPoolExecutor(in_flight) as clients:
        answers = list(clients.map(timed_get, urls))
    wall = time.perf_counter() - began
    fast = sorted(ms for url, (_, ms) in zip(urls, answers, strict=True) if "COUNT" not in url)
    statuses: dict[int, int] = {}
    for status, _ in answers:
        statuses[status] = statuses.get(status, 0) + 1
    p95 = fast[max(0, round(len(fast) * 0.95) - 1)]
    print(f"{label}: {len(urls)} requests, {in_flight} in flight, {wall:.1f} s "
          f"({len(urls) / wall:.0f} req/s); statuses {dict(sorted(statuses.items()))}; "
          f"ordinary queries p50 {statistics.median(fast):.0f} ms, p95 {p95:.0f} ms, "
          f"max {fast[-1]:.0f} ms", flush=True)


def after_timeouts(base: str, timeout: float, slow: int = 10) -> None:
    statuses = [timed_get(sparql(base, SLOW))[0] for _ in range(slow)]
    asks = sorted(timed_get(sparql(base, "ASK {}"))[1] for _ in range(5))
    print(f"{slow} queries stopped at the {timeout:g} s limit (statuses {set(statuses)}); "
          f"then ASK {{}}: first {asks[0]:.0f} ms … worst {asks[-1]:.0f} ms of 5", flush=True)


def memory(pid: int) -> None:
    """Resident memory of the server and each process under it (fork server, query workers)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            children.setdefault(int(stat.read_text().rsplit(") ", 1)[1].split()[1]), []).append(
                int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    pids, todo = [pid], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            pids.append(child)
            todo.append(child)
    rss = []
    for each in pids:
        try:
            line = next(x for x in Path(f"/proc/{each}/status").read_text().splitlines()
                        if x.startswith("VmRSS"))
        except (OSError, StopIteration):
            continue
        rss.append(int(line.split()[1]) // 1024)
    print(f"resident memory, MiB: server {rss[0]}, others {rss[1:]} (shared pages counted in each)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--in-flight", type=int, default=20)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/coopkg-serve-bench"))
    args = parser.parse_args()
    store = build_store(args.workdir, args.articles)
    process, base = start(store, "--timeout", "2")
    try:
        timed_get(sparql(base, "ASK {}"))
        report("warm-up", mixed(base, 40), args.in_flight)
        report("mixed stored + SPARQL", mixed(base, args.requests), args.in_flight)
        report("same, 1 in 40 past the 2 s limit", mixed(base, args.requests, 40), args.in_flight)
        after_timeouts(base, 2)
        memory(process.pid)
    finally:
        process.terminate()
        process.wait(30)


if __name__ == "__main__":
    main()
