"""A lead about what is still to come ('will hold talks on Friday') names no day of the story:
the date rules read a bare weekday as the latest one, so without this the coming Friday became
last Friday and every undated statement of the story took it.  (Invented text.)"""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

TUESDAY = date(2025, 3, 4)
QUOTE = " Ruto said the two countries would deepen cooperation in energy."


def statement_date(lead: str) -> str | None:
    article = Article(text=lead + QUOTE, published=TUESDAY, title="", origin="test")
    (statement,) = [s for s in extract(article).statements if "energy" in s.text]
    return statement.date.value if statement.date else None


@pytest.mark.parametrize("lead", [
    "Kenyan President William Ruto will hold talks with Ghana's President John Mahama in Nairobi on Friday.",
    "Kenyan President William Ruto is scheduled to visit Accra on Thursday for talks with Ghana's leaders.",
    "Kenyan President William Ruto is expected to meet Ghana's President John Mahama on Saturday.",
    "Kenyan President William Ruto will travel to Ghana on Sunday, his office said.",
])
def test_a_weekday_told_as_ahead_is_not_the_story_day(lead):
    assert statement_date(lead) == "2025-03"


@pytest.mark.parametrize("lead, day", [
    ("Kenyan President William Ruto held talks with Ghana's President John Mahama in Nairobi on Friday.",
     "2025-02-28"),
    ("Kenyan President William Ruto met Ghana's President John Mahama on Monday and will meet him again "
     "next month.", "2025-03-03"),
    ("Kenyan President William Ruto, who arrived in Accra on Sunday, will address parliament next week.",
     "2025-03-02"),
])
def test_a_weekday_told_as_past_stays_the_story_day(lead, day):
    assert statement_date(lead) == day


@pytest.mark.parametrize("lead", [
    "Kenyan President William Ruto leads a country that established relations with Ghana on March 6, 1992.",
    "Since Kenya and Ghana signed a trade pact on 12 June 2019, Kenyan President William Ruto has backed it.",
])
def test_a_day_years_before_the_paper_is_background_not_the_story_day(lead):
    assert statement_date(lead) == "2025-03"


def test_a_day_weeks_before_the_paper_can_still_be_the_story_day():
    lead = "Kenyan President William Ruto met Ghana's President John Mahama in Accra on February 20."
    assert statement_date(lead) == "2025-02-20"
