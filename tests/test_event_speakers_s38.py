"""Events told around a speaker: a pronoun speaker is the person named before it, never one named
after it in the same sentence; a sentence that opens with a quotation has no leading adverbial,
so a time inside the quote is the speaker's, not the occasion's; a companion phrase ('and his
delegation') is no clause of its own; 'a day's state visit' is still a stay on a visit.
Sentences and people written for these tests; the paper is dated Friday 8 March 2024."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def facts(text: str):
    return extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))


def _events(text: str) -> dict[str, tuple]:
    return {e.label: (e.type, e.date.value if e.date else None, sorted(p.key for p in e.participants
                                                                         if p.kind == "person"))
            for e in facts(text).events}


def test_pronoun_speaker_is_named_before_not_after():
    text = ("Peruvian Trade Minister Rosa Quispe welcomed the figures. She said during talks with "
            "Bolivian Trade Minister Marco Vaca that exports had grown.")
    found = facts(text)
    assert [s.speaker.key for s in found.statements if "exports" in s.text] == ["Rosa Quispe"]
    assert [sorted(p.key for p in e.participants) for e in found.events] == [["Marco Vaca", "Rosa Quispe"]]


@pytest.mark.parametrize("quote", [
    '"Exports last year were the highest ever,"',
    '"We are glad. Exports last year were the highest ever, 2 billion dollars, and Bolivia was our '
    'first partner,"',
])
def test_quoted_time_does_not_date_the_briefing(quote):
    text = (f"LIMA, March 7 -- Peruvian Trade Minister Rosa Quispe praised the figures. {quote} she "
            "said during the joint press conference following talks with Bolivian Trade Minister "
            "Marco Vaca.")
    events = _events(text)
    briefing = events["joint press conference"]
    assert briefing[0] == "PressBriefing"
    assert briefing[1] != "2023" and briefing[2] == ["Marco Vaca", "Rosa Quispe"]


@pytest.mark.parametrize("companions", ["and his delegation", "and her delegation", "and their team"])
def test_day_after_companions_dates_the_talks(companions):
    text = (f"President Rosa Quispe of Peru held talks with the Emir of Qatar, Sheikh Fahad Al Nuaimi, "
            f"{companions} on Tuesday in Lima.")
    assert [e.date.value for e in facts(text).events] == ["2024-03-05"]


@pytest.mark.parametrize("length", ["a day's", "a week’s", "a two-day"])
def test_possessive_length_of_stay_keeps_a_state_visit(length):
    text = f"Bolivian President Marco Vaca arrived in Peru on Wednesday for {length} state visit."
    assert [(e.type, e.date.value) for e in facts(text).events] == [("StateVisit", "2024-03-06")]


@pytest.mark.parametrize("verb", ["are expected to hold", "are scheduled to hold", "also held"])
def test_both_leaders_holding_talks_are_the_two_heads(verb):
    text = ("LIMA, March 6 -- Bolivian President Marco Vaca arrived in Peru on Wednesday for a one-day "
            "state visit. He was welcomed at the airport by Peruvian President Rosa Quispe. "
            f"Both leaders {verb} bilateral talks at the Palace of Government.")
    talks = [e for e in facts(text).events if e.label.startswith("bilateral talks")]
    assert [sorted(p.key for p in e.participants) for e in talks] == [["Marco Vaca", "Rosa Quispe"]]
