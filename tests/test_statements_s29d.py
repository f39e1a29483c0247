"""Statements in ordinary news forms the s29 read sets showed failing (helper D).
Every sentence and name is invented.

- Verbs of opinion and explanation that report speech with a that-clause ('X reckoned that ...',
  'Y elucidated that ...') were not speech verbs, so nothing was said.
- 'Plus' opening a sentence before a parenthetical tag ('Plus, the minister said, ...') is a
  discourse connective like 'Moreover': it was read as a one-word name and made the speaker.
- A greeting verb whose object is visiting people named by a noun of rank or trade ('welcomed
  the visiting dignitaries and businessmen') greets them; it says nothing."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Facts
from coopkg.read.article import Article

_LEAD = "Prime Minister Anel Varto of Norland met President Dorian Kesh of Ruritania on Monday. "


def facts_of(text: str) -> Facts:
    return extract(Article(text=text, published=date(2024, 5, 17), title="", origin="test"))


def said(text: str) -> set[tuple[str, str]]:
    return {(s.speaker.key, s.text) for s in facts_of(_LEAD + text).statements
            if s.speaker is not None}


@pytest.mark.parametrize("verb", ["reckoned", "reckons", "elucidated"])
def test_opinion_verbs_report_speech(verb: str) -> None:
    assert said(f"Varto {verb} that the new port would lift exports of fruit.") == {
        ("Anel Varto", "the new port would lift exports of fruit")}


def test_plus_is_a_connective_not_a_speaker() -> None:
    facts = facts_of(_LEAD + "Plus, the prime minister said, the railway would cut freight costs.")
    assert {(s.speaker.key, s.text) for s in facts.statements if s.speaker} == {
        ("Anel Varto", "the railway would cut freight costs")}
    assert "Plus" not in {p.name for p in facts.people}


@pytest.mark.parametrize("guests", [
    "the Ruritanian dignitaries and businessmen",
    "the visiting dignitaries",
])
def test_welcoming_visitors_is_no_statement(guests: str) -> None:
    assert said(f"Varto welcomed {guests}.") == set()


def test_welcoming_a_decision_is_still_speech() -> None:
    assert said("Varto welcomed the decision to reopen the border crossing.") == {
        ("Anel Varto", "welcomed the decision to reopen the border crossing")}
