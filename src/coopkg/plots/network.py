"""A cooperation network: organisations (or their countries) as nodes, agreements as edges,
from the rows of the `network` stored query (one row per agreement and party).

Nodes sit on a circle grouped by country, so a country pair reads as two arcs facing each
other; an edge's width is the number of agreements that join the two nodes, and its tooltip
lists them with their dates and sources."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations

from coopkg.plots.svg import PALETTE, Canvas, shorten
from coopkg.plots.timeline import within

Row = Mapping[str, object]
WIDTH, HEIGHT, RADIUS, LABEL = 980, 960, 215, 38
CENTRE = (WIDTH / 2, HEIGHT / 2 + 10)
NODE_KINDS = ("organizations", "countries")


@dataclass
class Node:
    key: str
    label: str
    group: str
    iri: str | None = None


@dataclass
class Edge:
    agreements: list[str] = field(default_factory=list)


@dataclass
class Network:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str], Edge] = field(default_factory=dict)


def build_network(rows: Iterable[Row], nodes: str = "organizations", start: str | None = None,
                  end: str | None = None) -> Network:
    """Nodes and edges from `network` query records: each agreement joins every two of its
    parties (or of their countries, with nodes="countries"); `start`/`end` keep the agreements
    dated within them."""
    if nodes not in NODE_KINDS:
        raise ValueError(f"nodes must be one of {', '.join(NODE_KINDS)}, not {nodes!r}")
    parties: dict[str, dict[str, Node]] = defaultdict(dict)
    about: dict[str, str] = {}
    for row in rows:
        agreement, day = str(row.get("agreement") or ""), str(row.get("date") or "")
        if not agreement or ((start or end) and not (day and within(day, start, end))):
            continue
        node = _node(row, nodes)
        parties[agreement][node.key] = node
        about[agreement] = _describe(row)
    network = Network()
    for agreement, members in parties.items():
        network.nodes.update(members)
        for a, b in combinations(sorted(members), 2):
            network.edges.setdefault((a, b), Edge()).agreements.append(about[agreement])
    return network


def _node(row: Row, nodes: str) -> Node:
    country = str(row.get("party_country") or "?")
    if nodes == "countries":
        return Node(country, country, country, f"https://w3id.org/coopkg/id/country/{country}")
    iri = str(row.get("party") or "")
    return Node(iri or str(row.get("party_label")), str(row.get("party_label") or iri), country, iri or None)


def _describe(row: Row) -> str:
    what = row.get("topic") or row.get("kind") or "agreement"
    source = f" — {row['title']}" if row.get("title") else ""
    return f"{row.get('date') or 'undated'}: {shorten(what, 90)}{source}"


def network_svg(rows: Iterable[Row], title: str = "Cooperation network", nodes: str = "organizations",
                start: str | None = None, end: str | None = None,
                link: Callable[[Node], str | None] | None = None) -> str:
    """SVG text of the network of `rows` (records of the `network` stored query); `link`
    gives a node's link (default: none)."""
    return draw_network(build_network(rows, nodes, start, end), title, link)


def draw_network(network: Network, title: str, link: Callable[[Node], str | None] | None = None) -> str:
    canvas = Canvas(WIDTH, HEIGHT, title)
    canvas.text(canvas.root, 12, 24, title, 16, font_weight="bold")
    count = len({a for e in network.edges.values() for a in e.agreements})
    canvas.text(canvas.root, 12, 42, f"{len(network.nodes)} nodes, {len(network.edges)} links "
                f"from {count} agreement{'s' if count != 1 else ''} — line width: agreements; "
                "hover for them", 11, fill="#555")
    if not network.nodes:
        canvas.text(canvas.root, WIDTH / 2, HEIGHT / 2, "no agreements", 13, fill="#555",
                    text_anchor="middle")
        return canvas.render()
    where = _layout(list(network.nodes.values()))
    groups = sorted({n.group for n in network.nodes.values()})
    colours = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(groups)}
    edges = canvas.add(canvas.root, "g", stroke="#888", stroke_opacity=0.7, fill="none")
    for (a, b), edge in sorted(network.edges.items()):
        (x1, y1), (x2, y2) = where[a], where[b]
        line = canvas.add(edges, "path", d=_curve(x1, y1, x2, y2),
                          stroke_width=min(9.0, 1.2 + 1.4 * (len(edge.agreements) - 1)))
        names = f"{network.nodes[a].label} — {network.nodes[b].label}"
        canvas.tooltip(line, f"{names}: {len(edge.agreements)} agreement(s)\n" + "\n".join(edge.agreements))
    degree = defaultdict(int)
    for a, b in network.edges:
        degree[a] += 1
        degree[b] += 1
    for node in network.nodes.values():
        _draw_node(canvas, node, where[node.key], colours[node.group], degree[node.key],
                   link(node) if link else None)
    _legend(canvas, colours)
    return canvas.render()


def _layout(nodes: list[Node]) -> dict[str, tuple[float, float]]:
    """Around a circle, by country then label, with a gap between countries; two countries
    (a country pair) get a half each, facing each other."""
    ordered = sorted(nodes, key=lambda n: (n.group, n.label))
    groups = sorted({n.group for n in nodes})
    if len(groups) == 2:
        angles = {}
        for side, group in zip((1.5 * math.pi, -0.5 * math.pi), groups, strict=True):
            members = [n for n in ordered if n.group == group]
            turn = -1 if side > math.pi else 1
            for i, node in enumerate(members):
                angles[node.key] = side + turn * (i + 1) * math.pi / (len(members) + 1)
    else:
        slots = len(ordered) + (len(groups) if len(groups) > 1 else 0)
        step, angles, slot, previous = 2 * math.pi / max(1, slots), {}, 0, None
        for node in ordered:
            slot += node.group != previous and previous is not None
            angles[node.key] = math.pi + slot * step
            slot, previous = slot + 1, node.group
    return {key: (CENTRE[0] + RADIUS * math.cos(a), CENTRE[1] + RADIUS * math.sin(a))
            for key, a in angles.items()}


def _curve(x1: float, y1: float, x2: float, y2: float) -> str:
    """A gentle bend towards the centre, so edges between neighbours stay visible."""
    cx, cy = CENTRE
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    qx, qy = mx + (cx - mx) * 0.35, my + (cy - my) * 0.35
    return f"M{x1:.1f},{y1:.1f} Q{qx:.1f},{qy:.1f} {x2:.1f},{y2:.1f}"


def _draw_node(canvas: Canvas, node: Node, at: tuple[float, float], colour: str, degree: int,
               href: str | None) -> None:
    x, y = at
    group = canvas.link(canvas.root, href)
    canvas.tooltip(group, f"{node.label} ({node.group}): {degree} partner(s)")
    canvas.add(group, "circle", cx=x, cy=y, r=5 + 2.5 * math.sqrt(degree), fill=colour,
               stroke="white", stroke_width=1.5)
    angle = math.degrees(math.atan2(y - CENTRE[1], x - CENTRE[0]))
    right = -90 <= angle <= 90
    gap = 10 + 2.5 * math.sqrt(degree)
    label_x = x + gap * math.cos(math.radians(angle))
    label_y = y + gap * math.sin(math.radians(angle))
    turn = angle if right else angle + 180
    canvas.text(group, label_x, label_y, shorten(node.label, LABEL), 11, fill="#222",
                text_anchor="start" if right else "end", dominant_baseline="middle",
                transform=f"rotate({turn:.1f} {label_x:.1f} {label_y:.1f})")


def _legend(canvas: Canvas, colours: dict[str, str]) -> None:
    y = HEIGHT - 16
    x = 12.0
    for group, colour in colours.items():
        canvas.add(canvas.root, "circle", cx=x + 5, cy=y - 4, r=5, fill=colour)
        canvas.text(canvas.root, x + 14, y, group, 11, fill="#333")
        x += 24 + 7 * len(group)
