"""Finds the ontology and the stored queries in a checkout and in an installed wheel.

In a wheel they ship as `coopkg/data/{ontology,queries}`; in a checkout (or an editable install)
they stay at the repository's top level, where people edit them.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_PACKAGE / "data" / name, _PACKAGE.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"coopkg data folder {name!r} not found next to {_PACKAGE}")


def ontology_dir() -> Path:
    return _find("ontology")


def ontology_path() -> Path:
    return ontology_dir() / "coopkg.ttl"


def shapes_path() -> Path:
    return ontology_dir() / "shapes.ttl"


def queries_dir() -> Path:
    return _find("queries")
