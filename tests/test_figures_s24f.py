"""Figures checklist, session 24 (classes seen in fresh articles from several publishers):

- a flow's year told apart from its unit: 'an annual capacity of N tonnes', 'N tonnes of X a
  year', 'from N tonnes to M tonnes annually' are tonnes per year, as 'N tonnes per year' is;
- a period told by two months with their years ('between April 2001 and May 2016', 'from
  Sept. 2019 to Jan. 2021') spans both, not only the last;
- every current ISO 4217 code in capitals, and the names of national currencies
  ('40 million pula', '2 billion shekels'), are currencies;
- South Asian digit groups ('5,28,47,552') are one number, so a bracketed conversion written
  that way is the conversion, not a second amount;
- business meetings arranged in numbers are counted.

Every sentence and number is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Figure
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 8)

# (id, text, [(value, unit, start or None, end or None)])
ROWS: list[tuple[str, str, list[tuple]]] = [
    ("annual-before", "Chile and Japan agreed to build a smelter with an annual output capacity of "
     "700,000 tonnes of copper.", [(7e5, "tonnes per year", None, None)]),
    ("yearly-after-of-noun", "Ghana ships 20,000 tonnes of cocoa a year to Malaysia.",
     [(2e4, "tonnes per year", None, None)]),
    ("range-annually", "The expansion financed by Korea lifts the Kenyan plant's capacity from 200,000 "
     "tonnes to 450,000 tonnes annually.", [(2e5, "tonnes per year", None, None),
                                           (4.5e5, "tonnes per year", None, None)]),
    ("per-year-written", "Peru and Bolivia plan a pipeline with a capacity of 5 million tons per year.",
     [(5e6, "tons per year", None, None)]),
    # a day rate after what is measured is the unit's rate too (s26: 'barrels of oil per day')
    ("daily-rate-after-substance", "The gas field shared by Ghana and Togo will yield 8 million cubic "
     "metres of gas a day.", [(8e6, "cubic metres per day", None, None)]),
    ("no-rate-no-year", "Japan donated 3,000 tonnes of rice to Laos in 2022.",
     [(3e3, "tonnes", "2022", "2022")]),
    ("between-months-years", "Between March 2001 and June 2016, Chile received $9 billion in investment "
     "from Korea.", [(9e9, "USD", "2001-03", "2016-06")]),
    ("from-abbreviated-months", "From Sept. 2019 to Jan. 2021, Peru exported goods worth $40 million to "
     "Ghana.", [(4e7, "USD", "2019-09", "2021-01")]),
    ("iso-code-rare", "India gave the Maldives a grant of MVR 250 million for ferries.",
     [(2.5e8, "MVR", None, None)]),
    ("currency-word-pula", "China lent Botswana 60 million pula for a power station.",
     [(6e7, "BWP", None, None)]),
    ("currency-word-shekels", "Israeli firms invested 3 billion shekels in Indian ports.",
     [(3e9, "ILS", None, None)]),
    ("lakh-grouping-conversion", "India will fund 9 projects in Nepal with a grant of NPR 400 million "
     "(about Rs 2,50,00,000).", [(4e8, "NPR", None, None), (9, "projects", None, None)]),
    ("lakh-grouping-alone", "India provided Rs 3,25,00,000 to Nepal for schools.",
     [(3.25e7, "INR", None, None)]),
    ("meetings-arranged", "More than 140 meetings between Polish and Kenyan companies were arranged at "
     "the forum.", [(140, "meetings", None, None)]),
    # must not change: two meetings are the pair met, and a count list stays a list
    ("two-meetings-no-count", "The Chilean and Peruvian ministers held two meetings in Lima.", []),
    ("number-list-not-lakh", "Chile and Peru chose sites 4, 12 and 19 for the joint survey.", []),
]


def _figures(text: str) -> list[Figure]:
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test")).figures


def _fits(expected: tuple, f: Figure) -> bool:
    value, unit, start, end = expected
    got_start = f.period_start.value if f.period_start else None
    got_end = f.period_end.value if f.period_end else None
    return abs(f.value - value) <= abs(value) * 0.005 and f.unit == unit and \
        (start is None or got_start == start) and (end is None or got_end == end)


@pytest.mark.parametrize("text, expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_figure_row(text: str, expected: list[tuple]) -> None:
    got = _figures(text)
    shown = [(f.value, f.unit, f.period_start and f.period_start.value,
              f.period_end and f.period_end.value) for f in got]
    assert len(got) == len(expected), shown
    for e in expected:
        assert any(_fits(e, f) for f in got), (e, shown)
