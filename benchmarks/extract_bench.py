"""Extraction speed on one core, against a baseline measured in the same run.

    python benchmarks/extract_bench.py [--articles 300] [--corpus DIR]   (also rows of `make bench`)

The machine is shared, so absolute rates move with its load; the ratio to a trivial baseline run
on the same texts in the same minutes moves much less.  The baseline tokenises each article
(words and punctuation with one regex), measured before and after the extractor and averaged.
CPU time (process time) is reported beside wall time: it is what a busy machine distorts least.
The per-component table runs the pipeline's components in their order, each timed alone, on
other articles than the rates (the extractor caches what recurs across articles; the same
articles twice would flatter it)."""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from coopkg.extract import entities, extract, pipeline  # noqa: E402
from coopkg.read import read_path  # noqa: E402
from coopkg.read.article import Article  # noqa: E402
from coopkg.reference import gazetteer  # noqa: E402
from gen_corpus import generate  # noqa: E402

TARGET = 100  # articles/s on one core (issue 9)
_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokenise(article: Article) -> list[str]:
    return _TOKEN.findall(article.text)


def rates(work: Callable[[Article], object], docs: list[Article], repeat: int = 1
          ) -> tuple[float, float]:
    """Articles per wall second and per CPU second of `work` over `docs` (`repeat` times)."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for doc in docs:
            work(doc)
    done = len(docs) * repeat
    return done / (time.perf_counter() - wall), done / max(time.process_time() - cpu, 1e-9)


def component_ms(docs: list[Article]) -> dict[str, float]:
    """CPU milliseconds per article spent in each pipeline component, slowest first."""
    gaz = gazetteer()
    spent: dict[str, float] = {}
    components = [*pipeline.SPAN_COMPONENTS, *pipeline.RELATION_COMPONENTS]
    for article in docs:
        t = time.process_time()
        doc = entities.new_doc(article, gaz)
        spent["new_doc"] = spent.get("new_doc", 0.0) + time.process_time() - t
        for name, component in components:
            t = time.process_time()
            with suppress(Exception):  # the pipeline isolates a failing component the same way
                component(doc)
            spent[name] = spent.get(name, 0.0) + time.process_time() - t
    table = {name: s * 1000 / len(docs) for name, s in spent.items()}
    return dict(sorted(table.items(), key=lambda kv: -kv[1]))


def measure(docs: list[Article], others: list[Article]) -> dict[str, object]:
    """Extraction and the tokenising baseline, interleaved (baseline, extractor, baseline), on
    `docs`; the per-component table on `others`."""
    extract(docs[0])  # reference data loaded, patterns compiled
    repeat = max(1, 2000 // len(docs))
    before = rates(tokenise, docs, repeat)
    wall, cpu = rates(extract, docs)
    after = rates(tokenise, docs, repeat)
    base_wall, base_cpu = (before[0] + after[0]) / 2, (before[1] + after[1]) / 2
    return {"articles": len(docs), "wall": wall, "cpu": cpu, "base_wall": base_wall,
            "base_cpu": base_cpu, "components": component_ms(others)}


def report(found: dict, row: Callable[..., None]) -> None:
    wall, cpu = found["wall"], found["cpu"]
    row("extraction, 1 core (articles/s)", f"{wall:.0f}", f"target {TARGET}", f"{wall / TARGET:.2f}x")
    row("extraction, 1 core (articles per CPU s)", f"{cpu:.0f}", f"target {TARGET}",
        f"{cpu / TARGET:.2f}x")
    row("extraction vs tokenising, per CPU s", f"{cpu:.0f}", f"{found['base_cpu']:,.0f}",
        f"1/{found['base_cpu'] / cpu:.0f}")
    shown = ", ".join(f"{name} {ms:.1f}" for name, ms in found["components"].items() if ms >= 0.3)
    total = sum(found["components"].values())
    row("extraction CPU ms/article by component", f"{total:.1f} total", "", "")
    print(f"    {shown}", flush=True)


DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def real_text_row(row: Callable[..., None], folder: Path = DEV) -> None:
    """The rate on real articles read once each, when the dev corpus is at hand.

    The generated corpus repeats its filler sentences across articles, and the extractor keeps
    what it worked out per sentence, so its rate flatters real news, where every sentence is new.
    This row shows that gap; it is skipped (with a line saying so) where the corpus is absent."""
    docs = [read_path(p) for p in sorted(folder.glob("*.txt"))] if folder.is_dir() else []
    if not docs:
        print(f"    (no real-text row: {folder} not found)", flush=True)
        return
    base = rates(tokenise, docs, max(1, 2000 // len(docs)))[1]
    cpu = rates(extract, docs)[1]
    row(f"extraction, real text read once ({len(docs)} dev)", f"{cpu:.0f}", f"target {TARGET}",
        f"{cpu / TARGET:.2f}x")
    row("real text: extraction vs tokenising, per CPU s", f"{cpu:.0f}", f"{base:,.0f}",
        f"1/{base / cpu:.0f}")


def _print_row(what: str, ours: str, baseline: str = "", ratio: str = "") -> None:
    print(f"  {what:<46} {ours:>18} {baseline:>18} {ratio:>10}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=None,
                        help="a folder of articles (default: generated, seed 1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.corpus
        if folder is None:
            folder = Path(tmp)
            generate(folder, args.articles + args.articles // 2, seed=1)
        docs = [read_path(p) for p in sorted(folder.glob("*.txt"))]
        report(measure(docs[: args.articles], docs[args.articles:]), _print_row)
    if args.corpus is None:
        real_text_row(_print_row)


if __name__ == "__main__":
    main()
