"""Statements checklist from the s27 sets, by mechanism rather than by article: 'shared' as a
verb of speech.

- 'X shared his delight in ...', 'X shared her views on ...': a speech noun as the object reports
  what X said, as 'extended his gratitude' does.
- 'X shared about the floods ...': 'shared about' is 'spoke about'.
- 'X shared that ...' still reports speech, as before.
- 'shared a border', 'shared a meal', 'shared values' say nothing: no speech noun, no
  that-clause, no quotation.

Rows are read against Friday 10 May 2024.  Every sentence, person and country pairing is
invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_params as _params
from tests.test_statements_s25a import check_no_statement, check_statements

L = "Ana Lopez"  # invented
LEAD = "Chile and Peru signed a memorandum on fisheries on Tuesday.\n\n"

# (form, text, [(speaker, phrase in the gist, date or None for any)])
STATEMENTS: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    ("shared-delight", f"{LEAD}Minister {L} also shared her delight in exploring the coast of "
     "Chile.", [(L, "delight in exploring the coast", None)]),
    ("shared-views", f"{LEAD}Minister {L} shared her views on the regional security situation.",
     [(L, "views on the regional security", None)]),
    ("shared-about", f"{LEAD}Minister {L} shared about the floods in Peru and their damage.",
     [(L, "floods in Peru", None)]),
    ("shared-that-control", f"{LEAD}Minister {L} shared that Peru will open a consulate in "
     "Santiago.", [(L, "open a consulate", None)]),
]

NO_STATEMENT: list[tuple[str, str]] = [
    ("shared-border", f"{LEAD}Peru and Chile have shared a long border since 1929."),
    ("shared-meal", f"{LEAD}Minister {L} shared a meal with the delegation in Lima."),
    ("shared-values-adjective", f"{LEAD}The two countries are bound by shared values of "
     "democracy."),
]

STATEMENT_XFAIL: dict[str, str] = {}
NO_STATEMENT_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("form", "text", "want"), _params(STATEMENTS, STATEMENT_XFAIL))
def test_statements_shared_s27a(form: str, text: str, want: list[tuple[str, str, str | None]]) -> None:
    check_statements(text, want)


@pytest.mark.parametrize(("form", "text"), _params(NO_STATEMENT, NO_STATEMENT_XFAIL))
def test_statements_shared_s27a_none(form: str, text: str) -> None:
    check_no_statement(text)
