"""The example under examples/ runs: it answers its three questions and draws two SVGs."""

import subprocess
import sys
import xml.etree.ElementTree as ET

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
    network = {t.text for t in ET.parse(out / "network.svg").getroot().iter(f"{SVG}text")}
    assert {"KZ", "CN", "BR", "RU"} <= network
    timeline = [t.text for t in ET.parse(out / "timeline.svg").getroot().iter(f"{SVG}title")]
    assert any(t.startswith("2021-09-20 (day, stated): ") for t in timeline)
