"""Three research questions on the seed articles, a timeline and a cooperation network.

    python examples/research_questions.py                  # seeds/ into a temporary store
    python examples/research_questions.py more/articles/   # plus your own articles
    python examples/research_questions.py --store my-store --out pictures/

Draws with matplotlib when it is installed (`pip install 'coopkg[plots]'`), otherwise writes
the SVG itself, so it runs on a bare install too.  The test suite runs it
(tests/test_examples.py)."""

from __future__ import annotations

import argparse
import math
import tempfile
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import coopkg
from coopkg.tables import table_records

ROOT = Path(__file__).resolve().parents[1]
LANES = ("agreement", "event", "statement")


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
    _, agreements = table_records(store, "agreements")
    edges = Counter(p for row in agreements for p in (row["country_pairs"] or "").split())
    draw_timeline(timeline, out / "timeline.svg", f"{pair[0]}–{pair[1]}")
    draw_network(edges, out / "network.svg")
    print(f"\nwrote {out / 'timeline.svg'} and {out / 'network.svg'}")


def year_of(date: str) -> float:
    """'2021' → 2021.0, '2021-09' → 2021.67, '2021-09-20' → 2021.72: a point on a year axis."""
    parts = [int(p) for p in date.split("-")]
    month = parts[1] if len(parts) > 1 else 1
    day = parts[2] if len(parts) > 2 else 1
    return parts[0] + (month - 1) / 12 + (day - 1) / 365


def circle(nodes: list[str]) -> dict[str, tuple[float, float]]:
    step = 2 * math.pi / max(1, len(nodes))
    return {n: (math.cos(i * step), math.sin(i * step)) for i, n in enumerate(nodes)}


def draw_timeline(rows: list[dict], path: Path, title: str) -> None:
    points = [(year_of(r["date"]), LANES.index(r["kind"]), r["what"]) for r in rows if r["date"]]
    try:
        import matplotlib
    except ImportError:
        path.write_text(_timeline_svg(points, title), encoding="utf-8")
        return
    matplotlib.use("Agg")
    matplotlib.rcParams["svg.fonttype"] = "none"  # keep text as text
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 3))
    ax.scatter([p[0] for p in points], [p[1] for p in points], c=[p[1] for p in points])
    for x, lane, what in points:
        ax.annotate(what[:30], (x, lane), textcoords="offset points", xytext=(4, 6), fontsize=7)
    ax.set_yticks(range(len(LANES)), LANES)
    ax.set_ylim(-0.5, len(LANES) - 0.5)
    ax.set_title(f"Timeline {title}")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def draw_network(edges: Counter, path: Path) -> None:
    nodes = sorted({code for pair in edges for code in pair.split("-")})
    where = circle(nodes)
    try:
        import matplotlib
    except ImportError:
        path.write_text(_network_svg(nodes, where, edges), encoding="utf-8")
        return
    matplotlib.use("Agg")
    matplotlib.rcParams["svg.fonttype"] = "none"
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 5))
    for pair, weight in edges.items():
        a, b = pair.split("-")
        ax.plot(*zip(where[a], where[b], strict=True), linewidth=weight, color="grey")
    for code, (x, y) in where.items():
        ax.scatter([x], [y], s=400, color="tab:blue")
        ax.annotate(code, (x, y), ha="center", va="center", color="white")
    ax.set_axis_off()
    ax.set_title("Cooperation network (agreements)")
    fig.savefig(path)
    plt.close(fig)


def _timeline_svg(points: list[tuple[float, int, str]], title: str) -> str:
    width, height, left = 900, 60 + 60 * len(LANES), 110
    years = [p[0] for p in points] or [2000.0]
    low, high = math.floor(min(years)), math.floor(max(years)) + 1
    scale = (width - left - 40) / max(1, high - low)
    parts = [f'<text x="10" y="25" font-size="16">Timeline {escape(title)}</text>']
    for i, lane in enumerate(LANES):
        y = 70 + 60 * i
        parts.append(f'<text x="10" y="{y + 4}" font-size="12">{lane}</text>'
                     f'<line x1="{left}" y1="{y}" x2="{width - 20}" y2="{y}" stroke="#ccc"/>')
    for year in range(low, high + 1):
        x = left + (year - low) * scale
        parts.append(f'<text x="{x:.0f}" y="{height - 5}" font-size="10">{year}</text>')
    for when, lane, what in points:
        x, y = left + (when - low) * scale, 70 + 60 * lane
        parts.append(f'<circle cx="{x:.1f}" cy="{y}" r="5" fill="#1f77b4">'
                     f'<title>{escape(what)}</title></circle>'
                     f'<text x="{x + 6:.1f}" y="{y - 8}" font-size="9">{escape(what[:30])}</text>')
    return _svg(width, height, parts)


def _network_svg(nodes: list[str], where: dict, edges: Counter) -> str:
    size, radius = 500, 180

    def at(code: str) -> tuple[float, float]:
        x, y = where[code]
        return size / 2 + radius * x, size / 2 + radius * y

    parts = ['<text x="10" y="25" font-size="16">Cooperation network (agreements)</text>']
    for pair, weight in sorted(edges.items()):
        (x1, y1), (x2, y2) = (at(c) for c in pair.split("-"))
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                     f'stroke="grey" stroke-width="{weight}"><title>{pair}: {weight}</title></line>')
    for code in nodes:
        x, y = at(code)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="18" fill="#1f77b4"/>'
                     f'<text x="{x:.1f}" y="{y + 4:.1f}" font-size="12" fill="white" '
                     f'text-anchor="middle">{code}</text>')
    return _svg(size, size, parts)


def _svg(width: int, height: int, parts: list[str]) -> str:
    body = "\n".join(parts)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}">\n<rect width="100%" height="100%" fill="white"/>\n'
            f"{body}\n</svg>\n")


if __name__ == "__main__":
    main()
