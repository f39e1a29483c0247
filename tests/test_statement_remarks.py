"""'X made the remarks after talks on Tuesday (25 November)' dates what X said: a release day
is when the words were published, not said.  Invented sentences."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article

PAPER = date(2025, 11, 28)  # a Friday


def _dates(text: str) -> dict[str, str | None]:
    facts = extract(Article(text=text, published=PAPER, title="", origin="test"))
    return {s.text: s.date.value if s.date else None for s in facts.statements}


def test_the_remarks_day_dates_the_speakers_statements_not_the_release_day():
    got = _dates("Kenya and Tanzania will expand trade, Kenyan Foreign Minister Amina Odhiambo said "
                 "in a statement released on Thursday. \"We agreed to open the border post,\" "
                 "Odhiambo said. Odhiambo made the remarks after holding talks with her Tanzanian "
                 "counterpart Joseph Mrema in Arusha on Tuesday (Nov. 25).")
    assert got == {"Kenya and Tanzania will expand trade": "2025-11-25",
                   "We agreed to open the border post": "2025-11-25"}


def test_a_pronoun_making_the_remarks_is_the_last_speaker():
    got = _dates("NAIROBI, Nov 27 (Reuters) - Kenyan Trade Minister Peter Kamau said the two "
                 "countries would cut tariffs. He made the comments during a press conference in "
                 "Nairobi on Wednesday.")
    assert got == {"the two countries would cut tariffs": "2025-11-26"}


def test_a_statement_dated_in_its_own_sentence_keeps_its_day():
    got = _dates("Kenyan Trade Minister Peter Kamau said on Monday that the two countries would cut "
                 "tariffs. Kamau made the remarks again at a forum in Nairobi on Wednesday.")
    assert got == {"the two countries would cut tariffs": "2025-11-24"}


def test_another_speakers_statements_keep_their_dates():
    got = _dates("NAIROBI, Nov 27 (Reuters) - Kenyan Trade Minister Peter Kamau said that tariffs "
                 "would fall. Tanzanian Trade Minister Rose Mwakasege said that exports would grow. "
                 "Kamau made the remarks at a forum in Nairobi on Wednesday.")
    assert got == {"tariffs would fall": "2025-11-26", "exports would grow": "2025-11-27"}
