"""A long portfolio title runs up to the person's name: its last field word ('Natural Gas',
'International Relations', 'Shipping and Waterways') is never the first word of the name.
Sentences written for these tests."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

CASES = [
    ("Minister of Mines and Natural Gas Arun Mehta", "Arun Mehta", "Minister of Mines and Natural Gas"),
    ("Vice-Rector for International Relations Olena Koval", "Olena Koval",
     "Vice-Rector for International Relations"),
    ("Minister of Ports, Shipping and Waterways Ravi Nair", "Ravi Nair",
     "Minister of Ports, Shipping and Waterways"),
    ("Minister of Science and Technology Ivan Petrov", "Ivan Petrov", "Minister of Science and Technology"),
    ("Director of International Cooperation Lea Moreau", "Lea Moreau",
     "Director of International Cooperation"),
]


@pytest.mark.parametrize(("title_and_name", "name", "role"), CASES)
def test_the_field_word_closes_the_title(title_and_name, name, role):
    text = f"ACCRA, May 2 -- {title_and_name} met the visiting Danish delegation in Accra on Tuesday."
    people = extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test")).people
    assert [(p.name, p.role) for p in people] == [(name, role)]


@pytest.mark.parametrize("adverb", ["Plus", "Moreover", "Besides", "Additionally"])
def test_a_sentence_adverb_before_a_comma_is_no_person(adverb):
    text = (f"ACCRA, May 2 -- {adverb}, the PM said, the two memoranda signed on Wednesday would "
            "help both countries train more nurses.")
    people = extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test")).people
    assert people == []
