"""News sets each sentence in a paragraph of its own: a breakdown told in the past right after a
dated total ('Trade grew to $2bn in 2021.' / 'X exported $1bn and imported $1bn.') keeps the
total's year; a standing told in the present ('investments amount to') does not.  Also 'Minister
Delegate' is a title, no person.  Sentences and people written for these tests."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article


def facts(text: str):
    return extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))


def _periods(text: str) -> dict[float, str | None]:
    return {f.value: f.period_start.value if f.period_start else None for f in facts(text).figures}


TOTAL = "Trade between Peru and Bolivia rose 12% to $2.4 billion in 2022, customs data showed."


def test_breakdown_in_the_next_paragraph_keeps_the_total_year():
    text = f"{TOTAL}\n\nPeru exported $1.5 billion worth of goods and imported $900 million from Bolivia."
    periods = _periods(text)
    assert periods[1.5e9] == "2022" and periods[9e8] == "2022"


def test_present_standing_in_the_next_paragraph_is_not_the_total_year():
    text = f"{TOTAL}\n\nPeru's investments in Bolivia amount to around $300 million."
    assert _periods(text)[3e8] != "2022"


def test_standing_in_the_present_perfect_is_not_the_total_year():
    text = f"{TOTAL}\n\nTwo-way trade between Peru and Bolivia has reached almost $3 billion."
    assert _periods(text)[3e9] != "2022"


def test_breakdown_after_an_unrelated_paragraph_is_not_dated_by_the_total():
    text = (f"{TOTAL}\n\nThe ministers also discussed a new border crossing.\n\n"
            "Peru exported $1.5 billion worth of goods to Bolivia.")
    assert _periods(text)[1.5e9] != "2022"


def test_minister_delegate_is_a_title_not_a_person():
    text = ("Trade will grow, said Minister Delegate for Foreign Affairs and Cooperation, Karim Idrissi, "
            "after talks with Rwandan State Minister Paul Mugisha.")
    found = facts(text)
    assert sorted(p.name for p in found.people) == ["Karim Idrissi", "Paul Mugisha"]
    assert [s.speaker.key for s in found.statements] == ["Karim Idrissi"]
