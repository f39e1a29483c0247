"""Figures, s26 checklist: six classes of news English the s26 readable sets showed.

- A quantity's rate may follow what is measured: '50,000 barrels of oil per day', '2 million
  tonnes of grain a month' is a quantity in 'barrels per day', as '10 million tons per year'.
- A share's market price at a trading session ('Acme shares last closed at $3.15', 'the stock
  ended the day at S$12.10') is no sum the countries moved: no figure. A flow that 'closed the
  year at $5bn' and shares bought for a sum stay figures.
- 'app.' shortens 'approximately' before a number: '(app. 1.5 million euro)' is the bracketed
  conversion of the amount before it, in the same sentence, not a second figure.
- A count whose own verb is a present-tense verb of a standing state ('800 firms with Chilean
  capital operate in Peru', '5,000 Kenyan students study in China') holds on the paper's day: it
  takes the publication month. A plan ('are expected to attend') and a verb of another clause
  ('..., which are ...') do not date it.
- A year in the possessive names an occasion ("this year's summit"); when the clause gives a
  fuller date of that year ('on Saturday, May 31'), that date times the amount.
- 'job opportunities' and 'employment opportunities' are jobs, counted as 'jobs' are.

Every text is written for these tests (invented people, firms and towns; no corpus text).  A case
gives (value, unit, period, a word of the indicator) and no more; a period of None is unchecked."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_statements_figures_checklist5 import check_figures

from coopkg.extract import extract
from coopkg.read.article import Article

Fig = tuple

FIGURES: dict[str, tuple[str, list[Fig]]] = {
    # the rate after what is measured
    "rate-after-substance-day": ("The planned refinery in Kenya, built with Chinese funds, would have a "
                                 "capacity of up to 50,000 barrels of oil per day.",
                                 [(5e4, "barrels per day", None, "capacity")]),
    "rate-after-two-words-a-day": ("Peru will import 5,000 barrels of crude oil a day from Chile.",
                                   [(5e3, "barrels per day", None, "")]),
    # what must NOT change: the rate right after the unit, and a quantity with no rate
    "rate-right-after-unit": ("The plant in Peru, built with Chilean loans, has a capacity of 7 million "
                              "tons per year.", [(7e6, "tons per year", None, "capacity")]),
    "no-rate-shipped": ("Chile shipped 300 tonnes of rice to Peru last year.",
                        [(300, "tonnes", "2024", "rice")]),
    # a share's price at a session's close
    "share-closed-at": ("Acme shares last closed at $3.15 on Friday, up two cents or 0.6 per cent.", []),
    "stock-ended-day-at": ("The Acme stock ended the day at S$12.10.", []),
    # what must NOT change: a flow 'closed the year at', shares bought for a sum
    "flow-closed-year-at": ("Chile's trade with Peru closed the year at $5 billion.",
                            [(5e9, "USD", None, "trade")]),
    "shares-bought-worth": ("Chilean firms bought shares worth $40 million in Peruvian companies last year.",
                            [(4e7, "USD", "2024", "")]),
    # 'app.' before a number: one amount and its conversion
    "app-conversion": ("Japan and Chile signed the Agreement on the Grant of 200 million yen (app. 1.5 "
                       "million euro) in Santiago.", [(2e8, "JPY", None, "Grant")]),
    # what must NOT change: a full stop before a number still ends a sentence
    "stop-before-number": ("Chile gave Peru a grant of 300 million yen. 5 million euro more came from Spain.",
                           [(3e8, "JPY", None, "grant"), (5e6, "EUR", None, "")]),
    # a standing count in the present tense: the publication month
    "standing-operate": ("As many as 800 companies with Chilean capital operate in Peru, according to "
                         "official data.", [(800, "companies", "2025-06", "companies")]),
    "standing-study": ("Some 5,000 Kenyan students study in China.",
                       [(5000, "students", "2025-06", "students")]),
    # what must NOT change: a plan, and a verb of a relative clause
    "plan-not-standing": ("Over 200 Chilean companies are expected to attend the fair in Lima.",
                          [(200, "companies", None, "companies")]),
    "relative-not-standing": ("Chile sent 40 experts to Peru, which are expected to help.",
                              [(40, "experts", None, "experts")]),
    # a possessive year names an occasion; a fuller date of that year in the clause times the amount
    "possessive-year-then-day": ("President Ana Ruiz secured investment pledges worth US$185 million from "
                                 "Chilean firms during a forum on the sidelines of this year's Pacific "
                                 "Summit in Lima on Saturday, May 31.",
                                 [(1.85e8, "USD", "2025-05-31", "investment")]),
    # what must NOT change: a possessive year alone, and a plain year with a month later on
    "possessive-year-alone": ("This year's trade between Chile and Peru reached $5 billion.",
                              [(5e9, "USD", "2025", "trade")]),
    "plain-year-then-month": ("In 2024, exports from Chile to Peru reached $5bn, with $1bn in March 2024 "
                              "alone.",
                              [(5e9, "USD", "2024", "exports"), (1e9, "USD", "2024-03", "exports")]),
    # jobs counted as 'job opportunities' / 'employment opportunities'
    "job-opportunities": ("The Chilean investments are expected to generate some 1,500 job opportunities "
                          "for Peruvians.", [(1500, "jobs", None, "job")]),
    "employment-opportunities": ("The Chilean plant will offer 300 employment opportunities to Peruvians.",
                                 [(300, "jobs", None, "employment")]),
    # what must NOT change: plain jobs, and 'opportunities' alone counts nothing
    "plain-jobs": ("The new plant built by Chile will create 400 jobs in Peru.",
                   [(400, "jobs", None, "jobs")]),
    "opportunities-alone": ("Chile and Peru discussed 30 opportunities for joint work.", []),
}


@pytest.mark.parametrize("case", sorted(FIGURES))
def test_figure_rates_prices_s26(case):
    check_figures(*FIGURES[case])


# must NOT change: counts no present-tense verb of their own dates stay undated
UNDATED = {
    "plan-not-standing": "Over 200 Chilean companies are expected to attend the fair in Lima.",
    "relative-not-standing": "Chile sent 40 experts to Peru, which are expected to help.",
    "coordinated-clause": "Chile built 40 schools in Peru and there are plans for more.",
}


@pytest.mark.parametrize("case", sorted(UNDATED))
def test_count_stays_undated_s26(case):
    got = extract(Article(text=UNDATED[case], published=date(2025, 6, 12), title="", origin="test")).figures
    assert got and all(f.period_start is None for f in got), [(f.value, f.period_start) for f in got]
