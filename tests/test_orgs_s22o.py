"""An s22 organisations checklist, by mechanism.

- a well-known outlet named with its kind after the name ('Xinhua News Agency', 'Antara News',
  'the Tass news agency') is the same outlet as the bare name, so it has the bare name's country
  (GOLD_FORMAT: the country of a well-known national outlet); an outlet the gazetteer does not know
  keeps no country from its kind word alone.

Every text is invented (no corpus text).  Each row gives the organisations expected (name or alias,
type, country; ANY and ANYTYPE leave one open) and names that must not be organisations."""

from __future__ import annotations

import pytest
from tests.test_orgs_checklist6 import MO
from tests.test_orgs_checklist9 import _check

ORGS = [
    # (a) a known outlet with its kind written after it keeps the outlet's country
    ("outlet-news-agency-capitalised", "Kenya and China signed a loan deal, Xinhua News Agency reported.",
     [("Xinhua News Agency", MO, "CN")], []),
    ("outlet-news-agency-lowercase", "Kenya and China signed a loan deal, the Xinhua news agency said.",
     [("Xinhua news agency", MO, "CN")], []),
    ("outlet-news-tail", "Kenya and Indonesia agreed to expand trade, Antara News reported.",
     [("Antara News", MO, "ID")], []),
    ("outlet-bare-stays", "Kenya and Russia signed a memorandum, Tass reported.",
     [("Tass", MO, "RU")], []),
    # must not change: an unknown outlet gets no country from its kind word
    ("unknown-outlet-no-country", "Kenya and Peru signed a memorandum, Zumbari News reported.",
     [("Zumbari News", MO, None)], []),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_s22o_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


def test_rows_are_unique() -> None:
    assert len({c[0] for c in ORGS}) == len(ORGS)
