"""Extraction throughput on ~5 KB news-style articles: `python benchmarks/bench_extract.py`.

Articles are the seed article with its names and numbers varied per copy (so nothing is cached by
accident). Prints articles/s for extraction alone and for extraction + graph building, and the
ratio to the 50 articles/s/core target."""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import replace
from pathlib import Path

from coopkg.build import build_graph
from coopkg.extract import extract
from coopkg.read import read_path
from coopkg.reference import gazetteer

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_56db7ba5c7481e73.txt"
TARGET = 50.0


def variants(n: int, seed: int):
    base = read_path(SEED)
    rng = random.Random(seed)
    words = ["Nova", "Delta", "Orion", "Vega", "Atlas", "Sirius", "Lyra", "Altai"]
    for i in range(n):
        figure = f"{rng.randint(1, 99)}.{i % 10}"
        text = base.text.replace("Zhongya", rng.choice(words)).replace("13.5", figure)
        yield replace(base, text=text, title=f"{base.title} {i}")


def measure(n: int, seed: int) -> None:
    gaz = gazetteer()
    articles = list(variants(n, seed))
    size = sum(len(a.text.encode()) for a in articles) / n
    t0 = time.perf_counter()
    facts = [extract(a, gaz) for a in articles]
    t1 = time.perf_counter()
    for a, f in zip(articles, facts, strict=True):
        build_graph(a, f)
    t2 = time.perf_counter()
    extract_rate = n / (t1 - t0)
    build_rate = n / (t2 - t0)
    print(f"articles: {n}, mean size {size / 1024:.1f} KB")
    print(f"{'stage':<22}{'articles/s':>12}{'vs target 50/s':>16}")
    print(f"{'extract':<22}{extract_rate:>12.1f}{extract_rate / TARGET:>15.1f}x")
    print(f"{'extract + build graph':<22}{build_rate:>12.1f}{build_rate / TARGET:>15.1f}x")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    measure(args.articles, args.seed)
