"""Organisations checklist, session 24 (a probe of invented sentences of common shapes):

- a company's legal form written before its name ('PT X', 'JSC X', 'OOO X', 'LLC X') makes the
  capitalised run after it a company wherever it stands, and an 'and' before another
  capitalised name ends it ('PT X and China Y' are two);
- the people of a body before 'of' ('Officials of X Ltd', 'Staff of X JSC'), capitalised only
  because they open the sentence, are no part of the company's name;
- the seat written before a firm found from its place in the sentence ('between Nairobi-based X
  and Y') describes it and is no part of its name; a possessive owner after 'and' ("and Dubai's
  Y") is no sibling company of the name before it;
- a firm a tie is made with ('partnered with X', 'teamed up with X', 'joined hands with X') is
  an organisation as a joint venture's partner is.

Every name and sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

ROWS: list[tuple[str, str, set[str]]] = [
    ("officials-of-ltd", "Officials of Savanna Logistics Ltd met Chinese guests.", {"Savanna Logistics Ltd"}),
    ("staff-of-jsc", "Staff of Altyn Dala JSC attended the forum with Chinese guests.", {"Altyn Dala JSC"}),
    ("jsc-prefix-anywhere", "Officials of JSC Altyn Dala attended the forum with Chinese guests.",
     {"JSC Altyn Dala"}),
    ("pt-prefix-in-a-list", "Representatives of PT Sinar Mas Agro and Malaysia's Felda Global attended "
     "the signing in Jakarta.", {"PT Sinar Mas Agro", "Felda Global"}),
    ("pt-prefix-and-another", "The Indonesian state firm PT Kereta Api Indonesia and China Railway signed "
     "an agreement.", {"PT Kereta Api Indonesia", "China Railway"}),
    ("ooo-prefix", "OOO Volga Grain signed a contract with an Egyptian buyer.", {"OOO Volga Grain"}),
    ("llc-prefix", "LLC Samruk Logistics and a Turkish firm opened an office.", {"LLC Samruk Logistics"}),
    ("seat-before-firm", "The deal between Nairobi-based Savanna Logistics and Dubai's Gulf Horizon "
     "Shipping covers two ports.", {"Savanna Logistics", "Gulf Horizon Shipping"}),
    ("partnered-with", "Andean Solar, a Peruvian energy firm, partnered with Kyoto Photonics to build a "
     "plant.", {"Andean Solar", "Kyoto Photonics"}),
    # must not change
    ("partnered-with-country", "Kenya partnered with Japan on the project.", set()),
    ("company-siblings-kept", "Hydrocon, Baltech and the Savanna Cement Company won the tender.",
     {"Hydrocon", "Baltech", "Savanna Cement Company"}),
    ("of-in-a-company-name", "Green Hills of Africa Limited signed a deal with a Chinese firm.",
     {"Green Hills of Africa Limited"}),
    ("suffix-form-kept", "Zambezi Copper Mining Ltd signed a supply deal with Hunan Lixin Trading Co., Ltd.",
     {"Zambezi Copper Mining Ltd", "Hunan Lixin Trading Co., Ltd."}),
]


@pytest.mark.parametrize("text, expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_org_row(text: str, expected: set[str]) -> None:
    article = Article(text=text, published=date(2024, 3, 8), title="", origin="test")
    assert {o.name for o in extract(article).orgs} == expected
