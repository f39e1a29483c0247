"""coopkg against the naive stack built from the same libraries, measured in one run.

    python benchmarks/bench.py                 # 1k and 10k articles (make bench)
    python benchmarks/bench.py --quick         # 1k articles, small baseline (make bench-quick)

Baseline = what a user would write with the design's libraries alone: an in-memory rdflib Graph,
pySHACL on the whole graph after each article, rdflib's SPARQL engine for the same stored
queries, rdflib's serializer.  It runs on as many articles as fit its time budget (printed)."""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pyshacl
import rdflib

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_bench  # noqa: E402
from coopkg import api  # noqa: E402
from coopkg.build import build_graph  # noqa: E402
from coopkg.evaluate import evaluate, overall  # noqa: E402
from coopkg.extract import extract  # noqa: E402
from coopkg.prepare import prepare, reference_context  # noqa: E402
from coopkg.queries import run_on_rdflib  # noqa: E402
from coopkg.read import read_path  # noqa: E402
from coopkg.validate import ontology_graph, shapes_graph, validate_article  # noqa: E402
from gen_corpus import generate  # noqa: E402
from import_bench import generate_ntriples, measure_import  # noqa: E402
from serve_bench import start, timed_get  # noqa: E402

COOPKG = [sys.executable, "-m", "coopkg.cli"]
ROWS: list[tuple[str, str, str, str]] = []


def row(what: str, ours: str, baseline: str = "", ratio: str = "") -> None:
    ROWS.append((what, ours, baseline, ratio))
    print(f"  {what:<46} {ours:>18} {baseline:>18} {ratio:>10}", flush=True)


def corpus(workdir: Path, n: int) -> Path:
    folder = workdir / f"corpus-{n}"
    if not (folder / f"{n - 1:05d}.txt").exists():
        generate(folder, n, seed=1)
    return folder


def articles_in(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


# -- 1. extraction ---------------------------------------------------------------------------
def bench_extraction(folder: Path, n: int = 300) -> None:
    from multiprocessing import Pool

    paths = [str(p) for p in articles_in(folder)[: n + n // 2]]
    docs = [read_path(p) for p in paths]
    found = extract_bench.measure(docs[:n], docs[n:])
    extract_bench.report(found, row)
    extract_bench.real_text_row(row)
    docs, one = docs[:n], found["wall"]
    cores = os.cpu_count() or 1
    with Pool(cores) as pool:
        pool.map(extract, docs[:cores])
        t = time.perf_counter()
        pool.map(extract, docs, chunksize=8)
        many = n / (time.perf_counter() - t)
    row(f"extraction, {cores} cores (articles/s)", f"{many:.0f}", f"{one:.0f} (1 core)",
        f"{many / one:.1f}x")


# -- 2. bulk load ----------------------------------------------------------------------------
def bench_load(folder: Path, store: Path, n: int) -> float:
    shutil.rmtree(store, ignore_errors=True)
    subprocess.run([*COOPKG, "--store", str(store), "init"], check=True, capture_output=True)
    # A wrapper process reports the peak RSS of the load and its workers alone.
    wrapper = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:]); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)")
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", wrapper, *COOPKG, "--store", str(store), "load",
                           "--keep-going", str(folder)], capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    rss = int(done.stderr.strip().splitlines()[-1]) / 1024
    done.stderr = "\n".join(done.stderr.strip().splitlines()[:-1])
    with api.open_store(store, read_only=True) as s:
        quads = s.size()
    summary = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    row(f"load {n} articles: seconds", f"{elapsed:.1f}", "", summary)
    row(f"load {n} articles: articles/s", f"{n / elapsed:.0f}")
    row(f"load {n} articles: quads/s (store {quads} quads)", f"{quads / elapsed:.0f}")
    row(f"load {n} articles: peak RSS of any process (MiB)", f"{rss:.0f}")
    return n / elapsed


def baseline_load(folder: Path, budget: float) -> tuple[rdflib.Graph, int, float, list[float]]:
    """Naive: one in-memory Graph, pySHACL on the whole graph after each article."""
    graph = rdflib.Graph()
    cost: list[float] = []
    n = 0
    t0 = time.perf_counter()
    for path in articles_in(folder):
        prepared = prepare(read_path(path))  # the same extracted, inference-complete triples
        g = rdflib.Graph().parse(data=prepared.ntriples, format="nt")
        graph += g
        graph += reference_context(g)[0]
        t = time.perf_counter()
        pyshacl.validate(graph, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                         inference="none")
        cost.append(time.perf_counter() - t)
        n += 1
        if time.perf_counter() - t0 > budget:
            break
    return graph, n, n / (time.perf_counter() - t0), cost


# -- 3. validation cost ------------------------------------------------------------------------
def validation_ms(store: Path, sample: list[Path]) -> float:
    """Per-article validation as `coopkg load` does it, with this store open: the data graph is
    the article plus the types of the places it names (from the reference data), never the
    store, so the cost should not depend on how much is stored."""
    graphs = [build_graph(a, extract(a))[1] for a in map(read_path, sample)]
    validate_article(graphs[0], reference_context(graphs[0])[0])  # warm the reference index
    with api.open_store(store, read_only=True):
        t = time.perf_counter()
        for g in graphs:
            validate_article(g, reference_context(g)[0])
        return (time.perf_counter() - t) / len(graphs) * 1000


# -- 4. queries ------------------------------------------------------------------------------
QUERIES = {
    "agreements-linking": {"type_a": "Incubator", "place_a": "CN",
                           "type_b": "Foundation", "place_b": "KZ"},
    "agreements-between": {"country_a": "CN", "country_b": "KZ", "from": "2020"},
    "timeline": {"country_a": "CN", "country_b": "KZ"},
}


def latency(store: Path, runs: int = 50) -> dict[str, tuple[float, float, int]]:
    out = {}
    with api.open_store(store, read_only=True) as s:
        for name, params in QUERIES.items():
            times = []
            for _ in range(runs):
                t = time.perf_counter()
                result = api.run_query(s, name, params)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            out[name] = (statistics.median(times), times[int(0.95 * (runs - 1))], len(result.rows))
    return out


def baseline_latency(graph: rdflib.Graph, name: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        run_on_rdflib(graph, name, QUERIES[name])
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


_RDFLIB_ON_FULL_DATA = """
import json, sys, time
import rdflib
from coopkg.queries import run_on_rdflib
sys.path.insert(0, sys.argv[3])
from bench import QUERIES
graph = rdflib.Graph()
t = time.perf_counter()
graph.parse(sys.argv[1], format="nt")
print(json.dumps({"parse_s": time.perf_counter() - t, "triples": len(graph)}), flush=True)
for name in json.loads(sys.argv[2]):
    t = time.perf_counter()
    run_on_rdflib(graph, name, QUERIES[name])
    print(json.dumps({name: (time.perf_counter() - t) * 1000}), flush=True)
"""


def baseline_on_full_data(store: Path, budget: float) -> dict[str, float | None]:
    """rdflib's engine on the same 10k-article data, one run per query: the naive loader
    cannot reach 10k articles in its budget, so it is handed coopkg's N-Triples export.  Runs
    in a child process stopped after `budget` seconds; unfinished queries stay None."""
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "kg.nt"
        with api.open_store(store, read_only=True) as s, dump.open("wb") as out:
            api.export(s, out, "ntriples")
        child = subprocess.Popen([sys.executable, "-c", _RDFLIB_ON_FULL_DATA, str(dump),
                                  json.dumps(list(QUERIES)), str(Path(__file__).parent)],
                                 stdout=subprocess.PIPE, text=True)
        found: dict[str, float | None] = dict.fromkeys(QUERIES)
        deadline = time.monotonic() + budget
        try:
            import selectors

            selector = selectors.DefaultSelector()
            selector.register(child.stdout, selectors.EVENT_READ)
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not selector.select(timeout=remaining):
                    break
                line = child.stdout.readline()
                if not line:
                    break
                found.update(json.loads(line))
        finally:
            child.kill()
            child.wait()
    return found


# -- 5. export -------------------------------------------------------------------------------
def export_rate(store: Path, fmt: str) -> float:
    with api.open_store(store, read_only=True) as s:
        buf = io.BytesIO()
        t = time.perf_counter()
        count = api.export(s, buf, fmt)
        return count / (time.perf_counter() - t)


def baseline_export(graph: rdflib.Graph, fmt: str) -> float:
    t = time.perf_counter()
    graph.serialize(format=fmt)
    return len(graph) / (time.perf_counter() - t)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/coopkg-bench"))
    parser.add_argument("--baseline-seconds", type=float, default=None)
    parser.add_argument("--full-baseline-seconds", type=float, default=900,
                        help="budget for rdflib's engine on the full data (parse + queries)")
    args = parser.parse_args()
    sizes = [1000] if args.quick else [1000, 10000]
    budget = args.baseline_seconds or (10 if args.quick else 60)
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
          f"sizes {sizes}; baseline budget {budget:.0f} s")
    print(f"  {'measure':<46} {'coopkg':>18} {'baseline':>18} {'ratio':>10}")
    folders = {n: corpus(args.workdir, n) for n in sizes}
    bench_extraction(folders[sizes[0]], 150 if args.quick else 300)
    graph, base_n, base_rate, base_cost = baseline_load(folders[sizes[0]], budget)
    sample = articles_in(folders[sizes[0]])[-50:]
    ms = {}
    for n in sizes:
        store = args.workdir / f"store-{n}"
        rate = bench_load(folders[n], store, n)
        if n == sizes[0]:
            row(f"load: articles/s vs naive ({base_n} articles)", f"{rate:.0f}",
                f"{base_rate:.1f}", f"{rate / base_rate:.0f}x")
        ms[n] = validation_ms(store, sample)
    first, last = sizes[0], sizes[-1]
    row(f"validation ms/article at {first} stored", f"{ms[first]:.1f}",
        f"{base_cost[0] * 1000:.0f} -> {base_cost[-1] * 1000:.0f} ({base_n} arts)", "")
    if last != first:
        row(f"validation ms/article at {last} stored", f"{ms[last]:.1f}", "",
            f"{ms[last] / ms[first]:.2f}x of {first}")
    store = args.workdir / f"store-{last}"
    full = {} if args.quick else baseline_on_full_data(store, args.full_baseline_seconds)
    if full:
        row(f"rdflib parses the {last}-article export, s", "", f"{full.get('parse_s') or 0:.0f}")
    for name, (p50, p95, rows) in latency(store).items():
        base = baseline_latency(graph, name)
        row(f"{name} p50 / p95 ms at {last} ({rows} rows)", f"{p50:.2f} / {p95:.2f}",
            f"{base:.0f} ({base_n} arts)", f"{base / p50:.0f}x")
        if full:
            same = full.get(name)
            shown = f"{same:,.0f}" if same is not None else f"> {args.full_baseline_seconds:.0f} s"
            ratio = f"{same / p50:,.0f}x" if same is not None else "n/a"
            row(f"  same query, rdflib on all {last} articles, ms", "", shown, ratio)
    for fmt, base_fmt in (("turtle", "turtle"), ("nquads", "nt")):
        ours = export_rate(store, fmt)
        theirs = baseline_export(graph, base_fmt)
        row(f"export {fmt} triples/s", f"{ours:,.0f}", f"{theirs:,.0f}", f"{ours / theirs:.0f}x")
    bench_page(store)
    bench_import(args.workdir)
    checked = 50 if args.quick else 100
    scores = overall(evaluate_subset(folders[first], args.workdir / "eval", checked))
    row(f"recall vs generator facts ({checked} articles)",
        " ".join(f"{k[:4]} {v.recall:.2f}" for k, v in scores.items() if v.tp + v.fn))


# -- 6. the page ---------------------------------------------------------------------------
PAIR = {"country_a": "CN", "country_b": "KZ"}
PAGE = {"agreements-between": "/api/agreements-between?country_a=CN&country_b=KZ",
        "timeline picture": "/plot/timeline.svg?a=CN&b=KZ",
        "network picture": "/plot/network.svg?a=CN&b=KZ&from=2019&to=2023"}


def median_ms(call, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        call()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def bench_page(store: Path, runs: int = 30) -> None:
    """What the page waits for, through `coopkg serve` as a browser calls it, against the
    same work done in-process (HTTP, the worker pipe and JSON are the difference) and against
    a fresh process per query (what the page paid before the warm fork server: 2.6 s seen)."""
    from coopkg.plots import cooperation_network, pair_timeline

    began = time.perf_counter()
    process, base = start(store)
    try:
        while timed_get(base + "/")[0] != 200:
            time.sleep(0.05)
        startup = time.perf_counter() - began
        status, first = timed_get(base + PAGE["agreements-between"])
        assert status == 200, status
        served = {name: median_ms(lambda path=path: timed_get(base + path), runs)
                  for name, path in PAGE.items()}
    finally:
        process.terminate()
        process.wait(30)
    with api.open_store(store, read_only=True) as s:
        rows = len(api.run_query(s, "agreements-between", PAIR).rows)
        local = {"agreements-between": median_ms(lambda: api.run_query(s, "agreements-between", PAIR), runs),
                 "timeline picture": median_ms(lambda: pair_timeline(s, "CN", "KZ"), runs),
                 "network picture": median_ms(lambda: cooperation_network(s, "CN", "KZ", "2019", "2023"),
                                              runs)}
    cli = [*COOPKG, "--store", str(store), "query", "agreements-between", "-p", "country_a=CN",
           "-p", "country_b=KZ"]
    cold = median_ms(lambda: subprocess.run(cli, check=True, capture_output=True), 3)
    row("page: `coopkg serve` start until the page loads, s", f"{startup:.1f}")
    row("page: first stored query after start, ms", f"{first:.0f}", f"{cold:.0f} (fresh process)",
        f"{cold / first:.0f}x")
    for name, ms in served.items():
        what = f"{name} ({rows} rows)" if name == "agreements-between" else name
        row(f"page: {what} over HTTP, p50 ms", f"{ms:.1f}", f"{local[name]:.1f} in-process",
            f"{ms / local[name]:.1f}x of it")
    row("page: stored query vs a fresh process per query", f"{served['agreements-between']:.1f}",
        f"{cold:.0f}", f"{cold / served['agreements-between']:.0f}x")


def bench_import(workdir: Path, megabytes: float = 20) -> None:
    data = workdir / f"import-{megabytes:g}mb.nt"
    triples = generate_ntriples(data, megabytes)
    wall, cpu, rss, _last = measure_import(workdir / "store-import", data)
    row(f"import {megabytes:g} MB N-Triples ({triples} triples): s / CPU s", f"{wall:.1f} / {cpu:.1f}")
    row(f"import {megabytes:g} MB N-Triples: peak RSS (MiB)", f"{rss:.0f}")


def evaluate_subset(folder: Path, out: Path, n: int):
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for txt in articles_in(folder)[:n]:
        shutil.copy(txt, out / txt.name)
        shutil.copy(txt.with_suffix(".json"), out / txt.with_suffix(".json").name)
    return evaluate(out)


if __name__ == "__main__":
    main()
