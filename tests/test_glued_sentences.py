"""Scraped copy sometimes loses the break between two paragraphs; the sentences are split
again where nothing else could join the two words."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.sentences import split_sentences
from coopkg.read.article import Article


@pytest.mark.parametrize("text, expected", [
    ("The ministers met in Suva.The talks lasted two hours.",
     ["The ministers met in Suva.", "The talks lasted two hours."]),
    ("The deal was signed by Tomas VargaHe said more would follow.",
     ["The deal was signed by Tomas Varga", "He said more would follow."]),
    ("Both sides praised the plan.“It is a good start,” she said.",
     ["Both sides praised the plan.“It is a good start,” she said."]),
])
def test_a_lost_paragraph_break_is_a_sentence_break(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize("text", [
    "Orion Trading Co.Ltd and Delta Inc. signed a deal.",
    "The firm posted the news on LinkedIn on Monday.",
    "Officials from Kiribati and Tuvalu met in St.Petersburg on Monday.",
    "Its app WeChat Pay and the site iPhone Daily both ran the story.",
])
def test_names_and_abbreviations_are_not_sentence_breaks(text):
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_glued_speaker_name_is_still_the_speaker():
    text = ("SUVA, May 12 — The forum was opened by the Prime Minister of Fiji, Jone "
            "NaivaluThe minister said the two countries would expand trade in sugar.")
    facts = extract(Article(text=text, published=date(2026, 5, 14)))
    assert [p.name for p in facts.people] == ["Jone Naivalu"]
