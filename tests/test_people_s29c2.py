"""People and organisations of session 29 (helper C2): a two-word military rank between a title
and a name ('Defence Minister Lieutenant General X') belongs to neither the role nor a body's
name; a contest named after a body ('the Police Games') is an event, not the body; a given name
transliterated two ways in one story ('Sergey'/'Sergei') is one person; a portfolio written
after a title ('Secretary Commerce') is no surname.  Sentences and names are
invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_orgs_checklist6 import ANY
from tests.test_orgs_checklist9 import ANYTYPE, _check

from coopkg.extract import extract
from coopkg.read.article import Article


def _people(text: str) -> dict[str, str | None]:
    facts = extract(Article(text=text, published=date(2024, 5, 17), title="", origin="test"))
    return {p.name: p.role for p in facts.people}


# (id, text, name, role)
RANKED = [
    ("army-general", "Kenyan Defence Minister Army General Tomas Brandt met the visiting envoy on "
     "Monday.", "Tomas Brandt", "Defence Minister"),
    ("lieutenant-general", "Defence Minister Lieutenant General Ravi Kohl said the drills went well.",
     "Ravi Kohl", "Defence Minister"),
    ("colonel-general", "Chief of Staff Colonel General Anton Pirel inspected the new base.",
     "Anton Pirel", "Chief of Staff"),
    ("major-general", "Deputy Defence Minister Major General Ada Lenski received the Kenyan delegation.",
     "Ada Lenski", "Deputy Defence Minister"),
]


@pytest.mark.parametrize("text, name, role", [pytest.param(*r[1:], id=r[0]) for r in RANKED])
def test_rank_is_not_part_of_the_role(text: str, name: str, role: str) -> None:
    assert _people(text).get(name) == role


ORGS = [
    # a type word opening a rank after a title names no body
    ("minister-army-general", "Kenyan Defence Minister Army General Tomas Brandt met the envoy.",
     [], ["Kenyan Defence Minister Army", "Defence Minister Army"]),
    # a body named before a rank with no title between stays a body
    ("army-kept", "The Ghana Army signed a training deal with the Kenyan Navy.",
     [("Ghana Army", ANYTYPE, ANY)], []),
    ("army-before-general-kept", "Ghana Army General Kofi Mensah spoke at the ceremony.",
     [("Ghana Army", ANYTYPE, ANY)], []),
    # a contest named after a body is an event
    ("army-games", "Norway hosted the 2022 International Army Games, the minister recalled.",
     [], ["International Army"]),
    ("police-championship", "Officers of the Ostby Police took part in the National Police Championship.",
     [("Ostby Police", ANYTYPE, ANY)], ["National Police"]),
    ("university-games", "Students of Kelmora University won medals at the Student University Games.",
     [("Kelmora University", "University", ANY)], ["Student University"]),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_s29c2_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


# (id, text, kept, folded)
SPELLINGS = [
    ("sergey-sergei", "Defence Minister Sergey Volkin met the Kenyan envoy on Monday. \"The talks were "
     "useful,\" said Sergei Volkin.", "Sergey Volkin", "Sergei Volkin"),
    ("yuriy-yuri", "Ambassador Yuriy Delkov opened the fair. Yuri Delkov said trade had grown.",
     "Yuriy Delkov", "Yuri Delkov"),
    ("aleksandr-alexandr", "Deputy Minister Aleksandr Borin visited Nairobi. Alexandr Borin said the "
     "deal was near.", "Aleksandr Borin", "Alexandr Borin"),
]


@pytest.mark.parametrize("text, kept, folded", [pytest.param(*r[1:], id=r[0]) for r in SPELLINGS])
def test_transliterated_given_names_are_one_person(text: str, kept: str, folded: str) -> None:
    names = _people(text)
    assert kept in names and folded not in names


def test_different_given_names_stay_two_people() -> None:
    """'Ivan' and 'Ivana' differ by more than a transliteration: two people."""
    names = _people("Minister Ivan Petrel met the envoy. Ambassador Ivana Petrel said the talks went well.")
    assert "Ivan Petrel" in names and "Ivana Petrel" in names


@pytest.mark.parametrize("text, absent, kept", [
    pytest.param("Secretary Commerce was also present at the talks in Lahore.", "Commerce", None,
                 id="secretary-commerce"),
    pytest.param("Secretary Finance briefed the Kenyan delegation on Monday.", "Finance", None,
                 id="secretary-finance"),
    pytest.param("Secretary Kamau was also present at the talks in Nairobi.", None, "Kamau",
                 id="secretary-surname-kept"),
])
def test_portfolio_after_title_is_no_surname(text: str, absent: str | None, kept: str | None) -> None:
    names = _people(text)
    assert absent not in names if absent else kept in names
