"""A capitalised currency word written before the amount ('Yen 8.67 million', 'Euro 5 million',
'Rupees 500 crore'), as South and East Asian copy writes it, was no money figure.  Such words
count only before a scale word, so 'Euro 2024' (a tournament) and 'Yuan 3' stay no amount.
Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def money(text: str) -> list[tuple[float, str]]:
    facts = extract(Article(text=text, published=date(2024, 5, 16), title="", origin="test"))
    return [(f.value, f.unit) for f in facts.figures]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Japan pledged a grant of Yen 8.67 million to Bhutan.", 8_670_000.0, "JPY"),
    ("The Dutch-funded project is worth Euro 5 million.", 5_000_000.0, "EUR"),
    ("India extended a credit line of Rupees 500 crore to Nepal.", 5_000_000_000.0, "INR"),
])
def test_currency_word_before_the_amount(text: str, value: float, unit: str) -> None:
    assert (value, unit) in money(text)


def test_no_amount_without_a_scale_word() -> None:
    assert money("The Euro 2024 final was watched in Lima and Seoul.") == []


@pytest.mark.parametrize("text", ["France will provide 100 000 euros to a school in Dakar.",
                                  "France will provide 100 000 euro to a school in Dakar."])
def test_the_same_word_after_the_amount_needs_no_scale(text: str) -> None:
    assert money(text) == [(100_000.0, "EUR")]
