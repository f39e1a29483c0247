"""A dateline names the day the story was filed; the lead names the day of what it reports.
Agencies write the dateline with their own tag in brackets ('Lusaka (ZNA), March 4.') and often
on a line of its own, the lead in the next paragraph: the lead's day then dates the story's
undated speech, and the dateline's day only when the lead gives none.  (Invented text.)"""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.doc import Sent
from coopkg.extract.storydate import dateline_date
from coopkg.read.article import Article

TUESDAY = date(2025, 3, 4)
QUOTE = "\n\nTrade Minister Chipo Mwale said the new border market would serve traders of both countries."


def statement_date(text: str) -> str | None:
    article = Article(text=text + QUOTE, published=TUESDAY, title="", origin="test")
    (statement,) = [s for s in extract(article).statements if "border market" in s.text]
    return statement.date.value if statement.date else None


@pytest.mark.parametrize("text, day", [
    ("Lusaka (ZNA), March 4.\n\nZambia and Botswana signed a trade protocol in Lusaka on Monday.",
     "2025-03-03"),
    ("LUSAKA, March 4 --\n\nZambia and Botswana signed a trade protocol in Lusaka on Sunday.",
     "2025-03-02"),
    ("Lusaka (ZNA), March 4 - Zambia and Botswana on Monday signed a trade protocol in Lusaka.",
     "2025-03-03"),
    ("Lusaka, (ZNA - Daily Courier - 4th Mar, 2025) Zambia and Botswana on Sunday signed a trade "
     "protocol.", "2025-03-02"),
    ("LUSAKA, March 4. /ZNA/.\n\nZambia and Botswana signed a trade protocol on Monday.", "2025-03-03"),
])
def test_the_leads_day_dates_the_story_after_a_dateline(text, day):
    assert statement_date(text) == day


@pytest.mark.parametrize("text", [
    "Lusaka (ZNA), March 4.\n\nZambia and Botswana signed a trade protocol in Lusaka.",
    "LUSAKA, March 4 (ZNA) -- Zambia and Botswana signed a trade protocol in Lusaka.",
])
def test_the_datelines_day_dates_a_story_whose_lead_gives_none(text):
    assert statement_date(text) == "2025-03-04"


def _first_sentence(text: str) -> Sent:
    article = Article(text=text, published=TUESDAY, title="", origin="test")
    from coopkg.extract.pipeline import annotate
    from coopkg.reference import gazetteer
    return annotate(article, gazetteer()).sents[0]


@pytest.mark.parametrize("text, is_dateline", [
    ("Lusaka (ZNA), March 4.\n\nZambia and Botswana signed a trade protocol.", True),
    ("New Delhi [India], March 4 (ANI): India and Chile signed a trade protocol.", True),
    ("Lusaka, March 4 (ZNA).- Zambia and Botswana signed a trade protocol.", True),
    ("LUSAKA, March 4. /ZNA/.\n\nZambia and Botswana signed a trade protocol.", True),
    ("LUSAKA – 4 March 2025: Zambia and Botswana signed a trade protocol.", True),
    ("LUSAKA, Zambia, Mar 4 (ZNA) Officials of Zambia and Botswana signed a trade protocol.", True),
    ("Lusaka, (ZNA - Daily Courier - 4th Mar, 2025) Zambia and Botswana signed a trade protocol.", True),
    ("March 4, 2025 - Lusaka, Zambia - Zambia and Botswana signed a trade protocol.", True),
    ("The summit (SADC) ended on March 4.\n\nZambia and Botswana signed a trade protocol.", False),
    ("March 4, 2025 was the day Zambia and Botswana signed a trade protocol.", False),
    ("Talks in Lusaka (SADC) on March 4 ended with a protocol.", False),
    ("The ministers met in Lusaka on March 4.\n\nZambia and Botswana signed a trade protocol.", False),
])
def test_what_reads_as_a_dateline(text, is_dateline):
    assert (dateline_date(_first_sentence(text)) is not None) is is_dateline
