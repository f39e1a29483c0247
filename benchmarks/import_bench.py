"""Import of a large N-Triples file: seconds and peak RSS of `coopkg import`.

    python benchmarks/import_bench.py [--mb 20] [--workdir /tmp/coopkg-bench]

The file is generated: typed items with labels, descriptions and links between them, the kind
of bulk RDF a user might bring (one default graph, so one imported graph)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

COOPKG = [sys.executable, "-m", "coopkg.cli"]
_WRAPPER = ("import resource, subprocess, sys; done = subprocess.run(sys.argv[1:]); "
            "use = resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(use.ru_utime + use.ru_stime, use.ru_maxrss, file=sys.stderr); "
            "sys.exit(done.returncode)")


def generate_ntriples(path: Path, megabytes: float) -> int:
    """Write about `megabytes` MB of N-Triples; returns the number of triples."""
    limit, count, i = megabytes * 1_000_000, 0, 0
    with path.open("w", encoding="utf-8") as out:
        while out.tell() < limit:
            item = f"<https://example.org/item/{i}>"
            out.write(f"{item} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                      f"<https://example.org/Thing> .\n"
                      f"{item} <http://www.w3.org/2000/01/rdf-schema#label> \"Item number {i}\" .\n"
                      f"{item} <https://example.org/next> <https://example.org/item/{i + 1}> .\n"
                      f"{item} <https://example.org/note> \"A generated note about item {i}, "
                      f"long enough to look like a real description.\" .\n")
            count += 4
            i += 1
    return count


def measure_import(store: Path, data: Path) -> tuple[float, float, float, str]:
    """(wall seconds, CPU seconds, peak RSS MiB, last stderr line) of one `coopkg import` into
    a fresh store.  CPU time is reported too: on a shared machine wall time is noise."""
    shutil.rmtree(store, ignore_errors=True)
    subprocess.run([*COOPKG, "--store", str(store), "init"], check=True, capture_output=True)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _WRAPPER, *COOPKG, "--store", str(store),
                           "import", "--max-size", "100", str(data)], capture_output=True,
                          text=True)
    elapsed = time.perf_counter() - start
    lines = done.stderr.strip().splitlines()
    cpu, rss = lines[-1].split()
    return elapsed, float(cpu), int(rss) / 1024, (lines[-2] if len(lines) > 1 else "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/coopkg-bench"))
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    data = args.workdir / f"import-{args.mb:g}mb.nt"
    triples = generate_ntriples(data, args.mb)
    seconds, cpu, rss, last = measure_import(args.workdir / "store-import", data)
    print(f"import {args.mb:g} MB N-Triples ({triples} triples): {seconds:.1f} s wall, "
          f"{cpu:.1f} s CPU, peak RSS {rss:.0f} MiB; {last}")


if __name__ == "__main__":
    main()
