"""The README's pictures, drawn by coopkg.plots from a demo store (seeds/ and the test
articles, never the shared corpus), so they show what the code draws today.

    python scripts/pictures.py [--out docs] [--pair CN,KZ] [--country CN]   # make pictures
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import coopkg
from coopkg.plots import cooperation_network, pair_timeline

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [ROOT / "seeds", ROOT / "tests" / "articles"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--pair", default="CN,KZ", help="the timeline's country pair")
    parser.add_argument("--country", default="CN", help="the network's country")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    a, b = args.pair.split(",")
    with tempfile.TemporaryDirectory() as scratch, coopkg.open_store(Path(scratch) / "store") as store:
        coopkg.init(store)
        failed = [r for r in coopkg.load_paths(store, [str(p) for p in ARTICLES]) if not r.ok]
        if failed:
            raise SystemExit(f"demo articles failed to load: {failed[0].origin}: {failed[0].error}")
        pictures = {"timeline.svg": pair_timeline(store, a, b),
                    "network.svg": cooperation_network(store, args.country, nodes="organizations")}
    for name, svg in pictures.items():
        (args.out / name).write_text(svg, encoding="utf-8")
        print(f"wrote {args.out / name}")


if __name__ == "__main__":
    main()
