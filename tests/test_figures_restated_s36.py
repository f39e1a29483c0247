"""An amount written after 'the' refers to one the story told before ('The $20 million is part
of ...'), whatever other time its sentence gives, and is no second figure; the amount a change
starts 'from' keeps the year written right after it ('rising from $300 million in 2013 to ...')
over a span the clause opened with."""

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article


def figures(text: str) -> list[tuple[float, str, str | None]]:
    facts = extract(Article(text=text, published=date(2025, 6, 13), title="", source="Test Wire"))
    return [(f.value, f.unit, f.period_start.value if f.period_start else None) for f in facts.figures]


def test_a_definite_amount_told_again_is_one_figure():
    found = figures("Japan signed a grant deal with Kenya on Tuesday worth $20 million for rural roads. "
                    "The $20 million comes out of a $95 million envelope that Japan reserved for Kenya "
                    "in fiscal year 2024.")
    assert [v for v, _, _ in found].count(20e6) == 1, found
    assert 95e6 in [v for v, _, _ in found]


def test_the_same_amount_in_two_years_without_the_stays_two():
    found = figures("Kenya received $20 million from Japan in 2019. It received $20 million in 2023 as well.")
    assert [v for v, _, _ in found].count(20e6) == 2, found


def test_the_start_of_a_change_keeps_its_own_year():
    found = figures("Over the past ten years, trade between Kenya and Japan has doubled, growing from "
                    "300 million U.S. dollars in 2013 to 620 million dollars last year.")
    assert (300e6, "USD", "2013") in found, found
    assert (620e6, "USD", "2024") in found, found
