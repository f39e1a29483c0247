"""People checklist of session 28, by mechanism: a one-word name in apposition with a strong
title ('Suharjo, the ambassador, said') was also read at the last word of a longer capitalised
name ('at the Harbour Trade Forum, the chairman of X, Name, said' made 'Forum' a person); a title
written with a hyphenated 'Vice-'/'Deputy-' ('Vice-Minister of Commerce') was no title; and in
'X, secretary of the Kenyan Ministry, and Ugandan Health Minister Y' the title phrase read for Y's
country ran back over ', and' to the Kenyan ministry.
Every sentence, person and place is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_params as _params
from tests.test_people_forms import people

# (id, text, name)
FOUND: list[tuple] = [
    ('lone-name-after-a-comma', 'In Jakarta, Suharjo, the Indonesian ambassador to Kenya, said the '
     'talks went well.', 'Suharjo'),
    ('lone-name-after-a-verb', 'The minister met Suharjo, the Indonesian ambassador to Kenya, on '
     'Monday.', 'Suharjo'),
    ('hyphenated-vice-minister', 'The delegation was led by Vice-Minister of Commerce Lin Baowei.',
     'Lin Baowei'),
    ('hyphenated-deputy-governor', 'Deputy-Governor Ada Okafor welcomed the Ghanaian delegation.',
     'Ada Okafor'),
    ('hyphenated-vice-mayor-apposition', 'The Vice-Mayor of Kisumu, Tomas Rendi, hosted the talks.',
     'Tomas Rendi'),
]

ABSENT: list[tuple] = [
    ('last-word-of-a-forum', 'Speaking at the Harbour Trade Forum, the chairman of Ardent Capital, '
     'Paulo Mendes, said the fund would grow.', 'Forum'),
    ('last-word-of-a-council', 'At a dinner of the Coastal Business Council, the director of the '
     'Kenyan Port Authority, Ada Okafor, spoke.', 'Council'),
]

# (id, text, name, country)
COUNTRY: list[tuple] = [
    ('own-title-after-comma-and', 'The deal was signed by Ali Omondi, secretary of the Kenyan Ministry '
     'of Planning, and Ugandan Health Minister Ben Okello.', 'Ben Okello', 'UG'),
    ('field-list-stays-one-title', 'Kenyan Minister of Trade, Industry and Tourism Ben Okello met '
     'Ugandan officials.', 'Ben Okello', 'KE'),
    ('field-list-with-serial-comma', 'The Ugandan Minister of Trade, Industry, and Cooperatives Ben '
     'Okello met Kenyan officials.', 'Ben Okello', 'UG'),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("form", "text", "name"), _params(FOUND, XFAIL))
def test_person_found(form: str, text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(("form", "text", "name"), _params(ABSENT, XFAIL))
def test_not_a_person(form: str, text: str, name: str) -> None:
    assert name not in people(text)


@pytest.mark.parametrize(("form", "text", "name", "country"), _params(COUNTRY, XFAIL))
def test_person_country(form: str, text: str, name: str, country: str) -> None:
    found = people(text)
    assert found[name][1] == country, found
