"""docs/extractor.md, the map of which module each pipeline component reaches, is current and
leaves no extractor module out (a module no component reaches is dead code or a missing import)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("extractor_map", ROOT / "scripts" / "extractor_map.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_map_is_current():
    assert (ROOT / "docs" / "extractor.md").read_text(encoding="utf-8") == _script().render(), \
        "docs/extractor.md is stale: run `python scripts/extractor_map.py`"


def test_every_extract_module_is_on_the_map():
    listed = set(re.findall(r"`(\w+)\.py`", _script().render()))
    modules = {p.stem for p in (ROOT / "src" / "coopkg" / "extract").glob("*.py")} - {"__init__"}
    assert modules - listed == set()


def test_a_module_only_one_component_reaches_is_listed_under_it():
    owned, shared = _script().ownership()
    assert "agreement_adverbials" in owned["agreements"]  # keys: component home modules
    assert "doc" in shared and "doc" not in owned["agreements"]


def test_first_sentence_stops_at_a_sentence_end_not_an_abbreviation():
    first = _script().first_sentence
    assert first("Firms like Acme Co. Ltd sign. Then more.") == "Firms like Acme Co. Ltd sign."
    assert first("Dated ROME, May 2. as filed, then read. Rest.") == "Dated ROME, May 2. as filed, then read."
