"""The example under examples/ runs: it answers its three questions and draws two SVGs."""

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter

from tests.conftest import ROOT

SCRIPT = ROOT / "examples" / "research_questions.py"
SVG = "{http://www.w3.org/2000/svg}"


def test_research_questions_example(store_path, tmp_path):
    out = tmp_path / "pictures"
    done = subprocess.run([sys.executable, str(SCRIPT), "--store", str(store_path), "--out",
                           str(out), str(ROOT / "tests" / "articles")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    text = done.stdout
    assert ("2021-09-20 (day): Xinjiang Zhongya Internet Incubator Co., Ltd. with Kazakhstan "
            "Science Foundation") in text
    assert "source: New Chapter for Cooperation with Kazakhstan, Uzbekistan (2022-09-22)" in text
    assert "Kazakhstan 2021 agreement: 1 agreement(s)" in text
    assert "Xi Jinping visit to Kazakhstan" in text
    for name in ("timeline.svg", "network.svg"):
        root = ET.parse(out / name).getroot()
        assert root.tag == f"{SVG}svg", name
    network = ET.tostring(ET.parse(out / "network.svg").getroot(), encoding="unicode")
    assert ">KZ<" in network and ">CN<" in network


def test_hand_written_svg_without_matplotlib():
    spec = importlib.util.spec_from_file_location("research_questions", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.year_of("2021") == 2021 and round(module.year_of("2021-07"), 2) == 2021.5
    timeline = ET.fromstring(module._timeline_svg(
        [(2019.0, 0, "memorandum <trade>"), (2023.1, 1, "visit")], "CN–KZ"))
    assert [c.find(f"{SVG}title").text for c in timeline.iter(f"{SVG}circle")] == [
        "memorandum <trade>", "visit"]
    edges = Counter({"CN-KZ": 2, "CN-UZ": 1})
    nodes = ["CN", "KZ", "UZ"]
    network = ET.fromstring(module._network_svg(nodes, module.circle(nodes), edges))
    assert [line.get("stroke-width") for line in network.iter(f"{SVG}line")] == ["2", "1"]
    assert sorted(t.text for t in network.iter(f"{SVG}text") if len(t.text) == 2) == nodes
