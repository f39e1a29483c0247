"""Rows of a checklist table as pytest params: each row's first field is its id, and a row the
extractor does not read yet is a strict xfail with its reason, so that reading it fails the run
until the mark is removed."""

from __future__ import annotations

import pytest


def xfail_params(rows: list[tuple], xfail: dict[str, str]) -> list:
    return [pytest.param(*row, id=row[0], marks=pytest.mark.xfail(strict=True, reason=xfail[row[0]]))
            if row[0] in xfail else pytest.param(*row, id=row[0]) for row in rows]


def xfail_cases(cases: dict, xfail: dict[str, str]) -> list:
    """The keys of a table of named cases, sorted, as params; an open case is a strict xfail."""
    return [pytest.param(c, id=c, marks=pytest.mark.xfail(strict=True, reason=xfail[c]))
            if c in xfail else pytest.param(c, id=c) for c in sorted(cases)]
