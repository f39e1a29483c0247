"""Figures, s25 checklist: two classes of English the s25 readable sets showed.

- An ordinal that describes a partner ("Y's fourth-largest investor", 'the 11th-largest export
  destination', 'the third largest trading partner') was read as an epithet here; since session 50
  it is a rank figure (the fresh golds of sessions 43-50 record 20 of 23 such ordinals), as a
  ranking verb ('ranked 5th among', 'among the top 10') states one.
- An amount in brackets after another ('40 million euros (44 million dollars)') is the same
  amount in another currency; the time after the bracket ('in the period 2007-2010', 'last
  year') is the first amount's.
- The same amount of the same thing told again on another day ('the minister on Wednesday
  confirmed a $150m investment ... the president on Monday said X will invest $150m') is one
  figure: the day dates the telling, not the amount.
- 'the total foreign investment', 'of total trade', 'the amount of aid': an adjective or noun,
  not a present-tense verb, so it does not date a flow to the paper's month; such an amount takes
  the period its paragraph stated ('During the 2016-2021 period, ... The investment value was
  recorded at $9bn'), even in a sentence that states no date but a span of years, and a share
  told with it (', or 5 percent of the total') takes the amount's period.

Every text is written for these tests (invented people, firms and towns; no corpus text).  A case
gives (value, unit, period, a word of the indicator[, change percent]) and no more."""

from __future__ import annotations

import pytest
from tests.test_statements_figures_checklist5 import check_figures

Fig = tuple

FIGURES: dict[str, tuple[str, list[Fig]]] = {
    # partner ordinals: a rank figure, the amount beside them unchanged
    "epithet-investor-hyphen": ("Norway is Chile's fourth-largest investor.", [(4, "rank", None, "rank")]),
    "epithet-trading-partner": ("Peru now ranks as Bolivia's third largest trading partner, ahead of "
                                "Chile.", [(3, "rank", None, "rank")]),
    "epithet-export-destination": ("Kenya is Uganda's 11th-largest export destination.",
                                   [(11, "rank", None, "rank")]),
    "epithet-foreign-investor-amount": ("Japan is the fifth largest foreign investor in Ghana, with about "
                                        "US$2 billion invested mainly in mining.",
                                        [(5, "rank", None, "rank"), (2e9, "USD", None, "")]),
    "epithet-with-dated-amount": ("Korea is Laos's second-biggest investor, with investment value reaching "
                                  "1.4 billion USD in 2023.",
                                  [(2, "rank", None, "rank"), (1.4e9, "USD", "2023", "investment")]),
    # what must NOT change: a ranking verb or 'among the top N' is a rank
    "ranked-among-partners": ("In 2024, Kenya ranked 3rd among Uganda's trading partners.",
                              [(3, "rank", "2024", "")]),
    "among-top-n": ("Estonia ranks among the top 5 countries in e-government.", [(5, "rank", None, "")]),
    "ordinal-occasion": ("The second round of talks between Chile and Peru opened in Lima.", []),
    # bracketed conversions: the time after the bracket is the amount's
    "bracket-period-after": ("Norway has pledged over 50 million euros (60 million dollars) in development "
                             "aid to Kenya in the period 2021-2024.", [(5e7, "EUR", "2021/2024", "aid")]),
    "bracket-from-to-last-year": ("Trade between Peru and Chile rose from 200 billion pesos ($300 million) "
                                  "in 2018 to 450 billion pesos ($700 million) last year, an increase of "
                                  "125 percent in six years.",
                                  [(2e11, "CLP", "2018", "trade"), (4.5e11, "CLP", "2024", "trade", 125.0)]),
    "bracket-about-us": ("Trade between Peru and Chile rose from 200 billion pesos (about US$300 million) in "
                         "2018 to 450 billion pesos (approximately US$700 million) in 2024.",
                         [(2e11, "CLP", "2018", "trade"), (4.5e11, "CLP", "2024", "trade")]),
    # what must NOT change: without brackets, and an aside bracket that is no amount
    "no-bracket-from-to": ("Trade between Peru and Chile rose from $200 million in 2018 to $450 million "
                           "in 2024.", [(2e8, "USD", "2018", "trade"), (4.5e8, "USD", "2024", "trade")]),
    "two-amounts-two-years": ("In 2023 trade between Peru and Chile was $1 billion, and in 2024 "
                              "$1.2 billion.",
                              [(1e9, "USD", "2023", "trade"), (1.2e9, "USD", "2024", "trade")]),
    # one amount told on two days
    "restated-on-two-days": ("Minister Ana Ruiz on Wednesday confirmed that Chile and Peru are pursuing a "
                             "US$150 million investment proposal. President Luis Vega on Monday said "
                             "that Chile has agreed to invest US$150 million in Peru.",
                             [(1.5e8, "USD", None, "investment")]),
    # what must NOT change: two things of one amount on two days, one amount in two years
    "same-amount-two-things": ("Chile signed a $5 million loan agreement with Peru on May 3, 2024. Chile "
                               "also signed a $5 million grant agreement with Peru on June 20, 2024.",
                               [(5e6, "USD", "2024-05-03", "loan"), (5e6, "USD", "2024-06-20", "grant")]),
    "same-amount-two-years": ("Trade between Chile and Peru was $2 billion in 2022. In 2024, trade between "
                              "Chile and Peru was again $2 billion.",
                              [(2e9, "USD", "2022", "trade"), (2e9, "USD", "2024", "trade")]),
    # 'total' / 'amount' as adjective or noun; a share of an amount
    "period-carried-total-adjective": ("During the 2019-2023 period, Japan was a leading investor in Kenya. "
                                       "The investment value was recorded at 2.5 billion USD, or 4.2 percent "
                                       "of the total foreign investment.",
                                       [(2.5e9, "USD", "2019/2023", "investment"),
                                        (4.2, "percent", "2019/2023", "share")]),
    "share-takes-amount-year": ("Japan's investment in Kenya was 2 billion USD in 2023, or 4 percent of "
                                "total foreign investment.",
                                [(2e9, "USD", "2023", "investment"), (4.0, "percent", "2023", "share")]),
    # what must NOT change: a present-tense verb dates a flow to the paper's month
    "present-totals": ("Trade between Chile and Peru totals $5 billion.", [(5e9, "USD", "2025-06", "trade")]),
    "present-plural-total": ("Exports from Chile to Peru total $5 billion.",
                             [(5e9, "USD", "2025-06", "exports")]),
    "present-is-total-trade": ("The total trade between Chile and Peru is $5 billion.",
                               [(5e9, "USD", "2025-06", "trade")]),
}


@pytest.mark.parametrize("case", sorted(FIGURES))
def test_figure_ranks_periods_s25(case):
    check_figures(*FIGURES[case])
