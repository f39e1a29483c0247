"""Golden snapshot of the extractor's output: every article's Facts as stable JSON, and a diff
of two snapshots, so a rule change shows what it moved before `make eval` scores it.

    python scripts/snapshot.py dump OUT_DIR [ARTICLE_DIR ...]   (default: ../shared/corpus/dev)
    python scripts/snapshot.py diff OLD_DIR NEW_DIR
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import sys
from pathlib import Path

from coopkg.extract import extract
from coopkg.read import read_path


def _plain(value):
    if dataclasses.is_dataclass(value):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def facts_json(path: Path) -> str:
    facts = extract(read_path(path))
    data = _plain(facts)
    for key in ("orgs", "people"):
        data[key] = sorted(data[key], key=lambda x: x["name"])
    for items in data.values():
        if isinstance(items, list):
            for item in items:
                if isinstance(item, dict):
                    item.pop("evidence", None)
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False)


def dump(out: Path, dirs: list[Path]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for folder in dirs:
        for path in sorted(folder.glob("*.txt")):
            (out / f"{path.stem}.json").write_text(facts_json(path), encoding="utf-8")


def diff(old: Path, new: Path) -> int:
    changed = 0
    for path in sorted(old.glob("*.json")):
        other = new / path.name
        a = path.read_text().splitlines()
        b = other.read_text().splitlines() if other.exists() else []
        lines = list(difflib.unified_diff(a, b, path.name, other.name, n=2, lineterm=""))
        if lines:
            changed += 1
            print("\n".join(lines))
    print(f"{changed} articles changed", file=sys.stderr)
    return changed


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dirs = [Path(d) for d in sys.argv[3:]] or [Path("../shared/corpus/dev")]
        dump(Path(sys.argv[2]), dirs)
    else:
        diff(Path(sys.argv[2]), Path(sys.argv[3]))
