"""Three research questions on the seed articles, a timeline and a cooperation network.

    python examples/research_questions.py                  # seeds/ into a temporary store
    python examples/research_questions.py more/articles/   # plus your own articles
    python examples/research_questions.py --store my-store --out pictures/

The pictures are SVG drawn by coopkg.plots (no plotting library needed), the same ones
`coopkg serve` shows on its page.  The test suite runs it (tests/test_examples.py)."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import coopkg
from coopkg.plots import cooperation_network, timeline_svg

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", help="more articles or folders to load")
    parser.add_argument("--store", help="store directory (default: a temporary one)")
    parser.add_argument("--out", default=".", help="folder for timeline.svg and network.svg")
    parser.add_argument("--pair", default="CN,KZ", help="country pair of the timeline")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store_path = args.store or str(Path(scratch) / "store")
        with coopkg.open_store(store_path) as store:
            if not store.is_initialised():
                coopkg.init(store)
            for result in coopkg.load_paths(store, [str(ROOT / "seeds"), *args.articles]):
                print(f"loaded {result.origin}: {result.outcome or result.error}")
            answer(store, out, args.pair.split(","))


def answer(store, out: Path, pair: list[str]) -> None:
    print("\n1. Which agreements link Xinjiang incubators with Kazakh foundations, and when?")
    linking = coopkg.run_query(store, "agreements-linking", {
        "type_a": "Incubator", "place_a": "Xinjiang", "type_b": "Foundation",
        "place_b": "Kazakhstan"}).records()
    for row in linking:
        print(f"   {row['date']} ({row['precision']}): {row['party_a']} with {row['party_b']}")
        print(f"   source: {row['title']} ({row['published']}) {row['url'] or ''}")
        print(f"   \"{row['evidence']}\"")

    print("\n2. Who are China's partners, by year and kind of agreement?")
    for row in coopkg.run_query(store, "partners", {"country": "China"}).records():
        print(f"   {row['partner_name']} {row['year']} {row['agreement_kind']}: "
              f"{row['agreements']} agreement(s)")

    print(f"\n3. What happened between {pair[0]} and {pair[1]}, in date order?")
    timeline = coopkg.run_query(store, "timeline", {"country_a": pair[0],
                                                    "country_b": pair[1]}).records()
    for row in timeline:
        print(f"   {row['date']:<10} {row['kind']:<9} {row['what'][:70]}")
    # The pictures: the same rows drawn by coopkg.plots (what `coopkg serve` shows), and
    # China's cooperation network with its partner countries as nodes.
    (out / "timeline.svg").write_text(timeline_svg(timeline, f"Timeline {pair[0]}–{pair[1]}"),
                                      encoding="utf-8")
    (out / "network.svg").write_text(cooperation_network(store, pair[0], nodes="countries"),
                                     encoding="utf-8")
    print(f"\nwrote {out / 'timeline.svg'} and {out / 'network.svg'}")


if __name__ == "__main__":
    main()
