"""A given name that is also a title ('Sultan', 'Amir', 'Emir') right before the 'bin'/'bint' of
the father's name is part of the person's name, not a title cut off it.  Names invented for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def people(text: str) -> list[str]:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    return sorted(p.name for p in facts.people)


@pytest.mark.parametrize("name", ["Sultan bin Rashid Al Fahim", "Amir bin Ali Al Harthy",
                                  "Emir bint Salem Al Kaabi"])
def test_title_word_before_bin_is_a_given_name(name):
    assert people(f"Sheikh {name} met the Peruvian ambassador in Lima on Monday.") == [name]


def test_title_word_without_bin_is_still_a_title():
    assert people("Sultan Omar Al Fahim met the Peruvian ambassador in Lima on Monday.") == ["Omar Al Fahim"]


@pytest.mark.parametrize("text, name", [
    ("Muscat: Sayyid Fahd bin Salim bin Said al Harthi, Foreign Minister, chaired the session.",
     "Fahd bin Salim bin Said al Harthi"),
    ("During a meeting with Malaysian Minister of Plantations Mohd Azlan Bin Osman Razak, she said "
     "trade grew.",
     "Mohd Azlan Bin Osman Razak"),
])
def test_given_name_that_is_no_title_keeps_the_name_as_before(text, name):
    assert name in people(text)
