"""A firm written without a type word is known by its officer's title: 'Acme CEO Ana Ruiz'
(no possessive; a name or a comma after the title), 'Ana Ruiz, the chief executive of Acme'.
Only "Acme's CEO" was read before.  Also 'the Korean firm, X,' (a kind with 'the' before the
name in commas) and 'X, South Korea's largest shipping company,' (an owner of two words).
Negative rows: an officer of a place ('the founder of Lima') and a demonym before a title make
no organisation.  Every sentence, firm and name is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def orgs(text: str) -> set[str]:
    facts = extract(Article(text=text, published=date(2024, 5, 17), title="", origin="test"))
    return {o.name for o in facts.orgs}


FOUND = [
    ("ceo-before-name", "Lumora CEO Ana Ruiz said the plant would open in 2025.", "Lumora"),
    ("two-word-firm", "Lumora Energy CEO Ana Ruiz said the plant would open in 2025.", "Lumora Energy"),
    ("chairman-before-name", "Vantix Chairman Tomas Vega signed the deal in Lima.", "Vantix"),
    ("lowercase-title", "The deal was signed by Vantix chief executive Tomas Vega.", "Vantix"),
    ("title-of-firm", "Tomas Vega, the CEO of Vantix, signed the deal.", "Vantix"),
    ("managing-director-of", "Tomas Vega, managing director of Daewon Shipping, signed the deal.",
     "Daewon Shipping"),
    ("possessive-stays", "Vantix's chief executive Tomas Vega signed the deal.", "Vantix"),
    # the firm and the title in an apposition after the name, closed by a comma
    ("apposed-firm-title", "Tomas Vega, Vantix CEO, signed the deal.", "Vantix"),
    ("apposed-in-a-list", "The deal was signed by Tomas Vega, Lumora Energy managing director, and "
     "Ana Ruiz.", "Lumora Energy"),
    # a described kind with 'the' before the name in commas, and an apposition whose owner is a
    # country of two words ("South Korea's largest shipping company")
    ("the-kind-comma", "The Korean firm, Daewon Shipping, will invest $200 million.", "Daewon Shipping"),
    ("two-word-owner-apposition", "Daewon Shipping, South Korea's largest shipping company, signed "
     "the contract.", "Daewon Shipping"),
]


@pytest.mark.parametrize(("form", "text", "name"), FOUND, ids=[r[0] for r in FOUND])
def test_firm_known_by_its_officer(form: str, text: str, name: str) -> None:
    assert name in orgs(text)


ABSENT = [
    ("founder-of-a-place", "Tomas Vega, the founder of Lima, was honoured.", "Lima"),
    ("demonym-before-title", "The Peruvian CEO Tomas Vega met investors.", "Peruvian"),
]


@pytest.mark.parametrize(("form", "text", "name"), ABSENT, ids=[r[0] for r in ABSENT])
def test_no_firm(form: str, text: str, name: str) -> None:
    assert name not in orgs(text)
