"""coopkg.plots: the pictures are drawn from query rows, at each date's precision, and stay
plain drawings whatever the article text in their labels."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from coopkg import api
from coopkg.plots import build_network, network_svg, timeline_svg
from coopkg.plots.timeline import span, within

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert(1)</script>" onmouseover="alert(2)'


def parsed(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def marks(root: ET.Element) -> dict[str, ET.Element]:
    """Each mark's group by the first line of its tooltip."""
    return {g.find(f"{SVG}title").text.splitlines()[0]: g for g in root.iter()
            if g.tag in (f"{SVG}a", f"{SVG}g") and g.find(f"{SVG}title") is not None}


def test_dates_become_spans_at_their_precision():
    assert span("2021") == (2021, 2022.0, "year")
    start, end, precision = span("2021-09")
    assert precision == "month" and 2021.66 < start < end < 2021.76
    start, end, precision = span("2021-12-31")
    assert precision == "day" and 2021.99 < start < end <= 2022.0
    assert span("2021-13") is None and span("soon") is None and span("") is None
    assert within("2021", "2021-03-01", "2021-12-31") and within("2021-09-20", "2021", "2021")
    assert not within("2018", "2019", None) and not within("2024-01", None, "2023")


def test_timeline_draws_each_precision_and_source():
    rows = [{"date": "2018", "kind": "agreement", "what": "science agreement", "title": "A title",
             "url": "https://example.org/a", "evidence": "In 2018 they agreed.", "date_source": "stated"},
            {"date": "2021-09-20", "kind": "agreement", "what": "incubator deal",
             "evidence": "On 20 September."},
            {"date": "2022-09", "kind": "event", "what": "state visit", "date_source": "inherited"},
            {"date": None, "kind": "statement", "what": "undated"}]
    root = parsed(timeline_svg(rows, title="China – Kazakhstan"))
    assert root.find(f"{SVG}title").text == "China – Kazakhstan"
    found = marks(root)
    year = found["2018 (year, stated): science agreement"]
    assert year.tag == f"{SVG}a" and year.get("href") == "https://example.org/a"
    assert year.find(f"{SVG}rect") is not None and "In 2018 they agreed." in year.find(f"{SVG}title").text
    day = found["2021-09-20 (day, stated): incubator deal"]
    assert day.find(f"{SVG}circle").get("fill") != "white"
    visit = found["2022-09 (month, inherited): state visit"]
    assert visit.find(f"{SVG}rect").get("fill") == "white"  # hollow: inherited date
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "3 dated facts; 1 undated not shown — hover for the source sentence" in texts
    assert {"agreement", "event"} <= set(texts) and "statement" not in texts
    assert [y for y in ("2018", "2021", "2023") if y in texts] == ["2018", "2021", "2023"]
    later = marks(parsed(timeline_svg(rows, start="2019", end="2021")))
    assert list(later) == ["2021-09-20 (day, stated): incubator deal"]
    assert "no dated facts" in timeline_svg([])


def test_labels_are_text_never_markup():
    rows = [{"date": "2020-01-02", "kind": HOSTILE, "what": HOSTILE, "url": "javascript:alert(3)",
             "evidence": HOSTILE + "\x00\x07"}]
    network_rows = [{"agreement": "urn:a", "date": "2020", "party": f"urn:{n}", "party_label": HOSTILE + n,
                     "party_country": HOSTILE, "topic": HOSTILE} for n in "xy"]
    for svg in (timeline_svg(rows, title=HOSTILE),
                network_svg(network_rows, title=HOSTILE, link=lambda node: "javascript:alert(4)")):
        root = parsed(svg)  # well-formed, control characters dropped
        tags = {e.tag.replace(SVG, "") for e in root.iter()}
        assert tags <= {"svg", "title", "rect", "g", "a", "line", "circle", "text", "path"}
        attributes = [(k, v) for e in root.iter() for k, v in e.attrib.items()]
        assert not [k for k, _ in attributes if k.lower().startswith("on")]
        assert not [v for k, v in attributes if "javascript" in v.lower()]
        assert any(HOSTILE.split('"')[0] in (e.text or "") for e in root.iter(f"{SVG}title"))


def test_network_joins_the_parties_of_each_agreement():
    def row(agreement, date, party, country):
        return {"agreement": agreement, "date": date, "party": f"urn:{party}", "party_label": party,
                "party_country": country, "topic": f"topic {agreement}", "title": "T"}

    rows = [row("a1", "2018", "China", "CN"), row("a1", "2018", "Kazakhstan", "KZ"),
            row("a2", "2021-09-20", "Incubator", "CN"), row("a2", "2021-09-20", "Foundation", "KZ"),
            row("a2", "2021-09-20", "Centre", "KZ"), row("a3", "2022", "Incubator", "CN"),
            row("a3", "2022", "Foundation", "KZ")]
    network = build_network(rows)
    assert sorted(n.label for n in network.nodes.values()) == [
        "Centre", "China", "Foundation", "Incubator", "Kazakhstan"]
    assert len(network.edges[("urn:Foundation", "urn:Incubator")].agreements) == 2
    assert len(network.edges) == 4  # the three-party agreement joins every two of its parties
    later = build_network(rows, start="2019", end="2021")
    assert sorted(later.nodes) == ["urn:Centre", "urn:Foundation", "urn:Incubator"]
    countries = build_network(rows, nodes="countries")
    assert sorted(countries.nodes) == ["CN", "KZ"] and len(countries.edges[("CN", "KZ")].agreements) == 3
    root = parsed(network_svg(rows, link=lambda node: f"/entity?iri={node.iri}"))
    links = {a.get("href") for a in root.iter(f"{SVG}a")}
    assert "/entity?iri=urn:Foundation" in links and len(links) == 5
    widths = sorted(float(p.get("stroke-width")) for p in root.iter(f"{SVG}path"))
    assert widths[-1] > widths[0]
    assert "no agreements" in network_svg([])
    with pytest.raises(ValueError, match="nodes must be one of"):
        build_network(rows, nodes="people")


def test_pictures_from_a_store(seeded_store_path):
    with api.open_store(seeded_store_path, read_only=True) as store:
        timeline = api.run_query(store, "timeline", {"country_a": "CN", "country_b": "KZ"}).records()
        network = api.run_query(store, "network", {"country_a": "CN", "country_b": "KZ"}).records()
    found = marks(parsed(timeline_svg(timeline)))
    assert any(k.startswith("2021-09-20 (day, stated): ") for k in found)
    assert any(k.startswith("2018 (year, stated): ") for k in found)
    assert {r["agreement"] for r in network} == {r["item"] for r in timeline if r["kind"] == "agreement"}
    labels = {t.text for t in parsed(network_svg(network)).iter(f"{SVG}text")}
    assert {"Kazakhstan Science Foundation", "China", "Kazakhstan"} <= labels


def test_plot_command(seeded_store_path, tmp_path):
    """`coopkg plot` (src/coopkg/cli_plots.py) writes the same pictures as the page."""
    from click.testing import CliRunner

    from coopkg.cli_plots import plot_cmd

    obj = {"store": str(seeded_store_path), "update_endpoint": None, "graph_store": None}
    runner = CliRunner()
    out = tmp_path / "t.svg"
    done = runner.invoke(plot_cmd, ["timeline", "-a", "CN", "-b", "KZ", "--from", "2019", "-o", str(out)],
                         obj=obj)
    assert done.exit_code == 0, done.output
    assert parsed(out.read_text()).find(f"{SVG}title").text == "Timeline: China – Kazakhstan, 2019–…"
    done = runner.invoke(plot_cmd, ["network", "-a", "China", "--nodes", "countries"], obj=obj)
    assert done.exit_code == 0 and {"CN", "KZ"} <= {t.text for t in parsed(done.stdout).iter(f"{SVG}text")}
    for args, message in ((["timeline", "-a", "CN"], "give -a and -b"),
                          (["network", "-b", "KZ"], "give -a COUNTRY"),
                          (["network", "-a", "CN", "-b", "CN"], "are the same"),
                          (["timeline", "-a", "CN", "-b", "KZ", "--to", "soon"], "to='soon'")):
        done = runner.invoke(plot_cmd, args, obj=obj)
        assert done.exit_code == 2 and message in done.output, (args, done.output)
