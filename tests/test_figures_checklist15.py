"""A fifteenth figures checklist, by mechanism (session 21's tally over the hundred fresh
articles and a probe of invented sentences of common economic-news shapes): where the date reader,
the number reader or the change rule loses a figure whatever the phrasing.

- A year premodifying the amount's noun ('their 2030 goal of $10bn', 'a 2028 trade target of',
  'Kenya's 2024 budget of') is the amount's year: the date reader takes no year that modifies a
  noun, so the amount had none or the paper's.  Deadlines spelled 'by end-2030', 'by the year
  2030' are deadlines.
- 'a thousand' is a number word, as 'a hundred' and 'a dozen' are.
- A change stated twice ('rose 20%, or $300 million, to $1.8 billion'): the sum is the increase,
  a figure of its own without a change; the percentage is the change of the level.
- A decimal comma with three decimals ('$41,250 million') in copy that writes decimal commas
  elsewhere ('up 12,5%') is a decimal number, not a thousands group.
- A percentage hyphenated as a modifier ('a 20-percent increase', 'a five-per-cent rise') is a
  percentage.
- An amount told twice is one figure, kept where first told; the change a later telling adds
  ('..., up 9%') is its change.

Rows are read against Thursday 20 November 2025.  Every sentence, country pairing and number is
invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.checklist_rows import xfail_params as _params

from coopkg.extract import extract
from coopkg.read.article import Article

NOV = date(2025, 11, 20)
ANY = "any"

# (id, text, [(value, unit, start or ANY, end or ANY, change or ANY)])
ROWS: list[tuple] = [
    # --- a year before the figure's noun names the amount's year
    ("set-a-year-target-of", "The leaders set a 2030 target of $10 billion for trade between Chile and Peru.",
     [(10e9, "USD", "2030", "2030", ANY)]),
    ("their-year-goal-with-modifiers", "Chile and Peru are on track to meet their 2028 bilateral trade goal "
     "of $4 billion.", [(4e9, "USD", "2028", "2028", ANY)]),
    ("possessive-plural-year-target", "Chile and Peru are working towards the two countries' 2030 target of "
     "$7 billion in trade.", [(7e9, "USD", "2030", "2030", ANY)]),
    ("objective-in-euros", "Ghana and Togo reaffirmed the 2027 objective of 2 billion euros in two-way "
     "trade.", [(2e9, "EUR", "2027", "2027", ANY)]),
    ("target-with-approximation", "Kenya and Peru want to meet a 2031 trade target of about $3 billion.",
     [(3e9, "USD", "2031", "2031", ANY)]),
    ("goal-with-conversion", "The visit will help Chile and Portugal reach their 2029 goal of US$12 billion "
     "(€11 billion) in bilateral trade.", [(12e9, "USD", "2029", "2029", ANY)]),
    ("possessive-year-budget", "Kenya's 2024 budget of $5 billion includes aid from Peru.",
     [(5e9, "USD", "2024", "2024", ANY)]),
    ("deadline-end-hyphen-year", "Chile and Peru aim to lift trade to $10 billion by end-2030.",
     [(10e9, "USD", "2030", "2030", ANY)]),
    ("deadline-the-year", "Trade between Chile and Peru should reach $9 billion by the year 2031.",
     [(9e9, "USD", "2031", "2031", ANY)]),
    ("deadline-end-of-year-no-article", "Ghana and Togo want trade of $900 million by end of 2029.",
     [(9e8, "USD", "2029", "2029", ANY)]),
    # controls: a year that names no amount
    ("agenda-year-is-no-amount-year", "The 2030 Agenda calls for Chile and Peru to invest $5 billion in "
     "2026.",
     [(5e9, "USD", "2026", "2026", ANY)]),
    ("year-plan-then-dated-loan", "Under the 2019 cooperation plan, Peru lent Chile $50 million in 2021.",
     [(5e7, "USD", "2021", "2021", ANY)]),
    ("in-year-a-total-of", "In 2023 a total of $4 billion was invested by Peru in Chile.",
     [(4e9, "USD", "2023", "2023", ANY)]),
    # --- 'a thousand'
    ("more-than-a-thousand-students", "More than a thousand Ghanaian students have graduated in Hungary.",
     [(1000, "students", ANY, ANY, ANY)]),
    ("one-thousand-nurses", "One thousand Kenyan nurses will be trained in Peru.",
     [(1000, "nurses", ANY, ANY, ANY)]),
    ("two-thousand-students", "Two thousand Peruvian students study in Chile.",
     [(2000, "students", ANY, ANY, ANY)]),
    ("a-thousand-tons", "Chile will send a thousand tons of copper to Peru.",
     [(1000, "tons", ANY, ANY, ANY)]),
    ("a-thousand-million-dollars", "Peru gave Chile a thousand million dollars in 2024.",
     [(1e9, "USD", "2024", "2024", ANY)]),
    # controls
    ("thousands-of-is-no-count", "Thousands of Peruvian students have studied in Chile.", []),
    ("a-thousand-years-is-no-count", "Chile and Peru marked a thousand years of friendship.", []),
    # --- a change stated as a percentage and as a sum
    ("comma-or-sum-then-level", "Bilateral trade between Chile and Peru rose 20%, or $300 million, to "
     "$1.8 billion last year.",
     [(1.8e9, "USD", "2024", "2024", 20.0), (3e8, "USD", "2024", "2024", None)]),
    ("bracketed-or-sum-decrease", "Kenya's exports to Peru fell by 8 percent (or $40 million) to $460 "
     "million in 2023.", [(4.6e8, "USD", "2023", "2023", -8.0), (4e7, "USD", "2023", "2023", None)]),
    ("sum-in-next-sentence-level-before", "In 2024 trade between Chile and Peru reached $2 billion. This "
     "was an increase of 10%, or $180 million, on 2023.",
     [(2e9, "USD", "2024", "2024", 10.0), (1.8e8, "USD", "2024", "2024", None)]),
    ("sum-with-approximation", "Trade between Ghana and Togo grew 6 per cent, or about €90 million, to "
     "€1.6 billion in 2024.", [(1.6e9, "EUR", "2024", "2024", 6.0), (9e7, "EUR", "2024", "2024", None)]),
    ("sum-alone-makes-no-percent-figure", "Trade between Chile and Peru grew by 8.5 percent, or 410 "
     "million dollars, compared with 2023.", [(4.1e8, "USD", ANY, ANY, None)]),
    # controls
    ("share-or-sum-stays", "Chile accounts for 12%, or $3 billion, of Peru's exports.",
     [(3e9, "USD", ANY, ANY, None), (12, "percent", ANY, ANY, None)]),
    ("level-or-conversion-stays", "Trade between Chile and Peru rose 12% to $3 billion, or 2.5 trillion "
     "pesos, in 2023.", [(3e9, "USD", "2023", "2023", 12.0)]),
    ("change-then-level-stays", "Trade between Chile and Peru rose 15% to $700 million in 2023.",
     [(7e8, "USD", "2023", "2023", 15.0)]),
    # --- a percentage hyphenated as a modifier
    ("hyphen-percent-increase", "Trade between Chile and Peru reached 2.5 billion dollars in 2024, a "
     "20-percent increase from the previous year.", [(2.5e9, "USD", "2024", "2024", 20.0)]),
    ("hyphen-per-cent-words", "Trade between Chile and Peru reached $2.5 billion in 2024, a five-per-cent "
     "rise on 2023.", [(2.5e9, "USD", "2024", "2024", 5.0)]),
    ("hyphen-per-cent-digits", "Trade between Chile and Peru reached $2.5 billion in 2024, a 7-per-cent "
     "rise on 2023.", [(2.5e9, "USD", "2024", "2024", 7.0)]),
    ("hyphen-percent-stake-is-no-figure", "Peru bought a 51-percent stake in the Chilean port.", []),
    ("hyphen-percent-share", "Peru holds a 20-percent share of Chile's copper imports.",
     [(20, "percent", ANY, ANY, None)]),
    # --- a restated amount keeps the change its later telling adds
    ("restated-level-adds-change", "In 2024, trade between Chile and Peru amounted to $700 million. "
     "Officials said trade between Chile and Peru amounted to $700 million in 2024, up 9%.",
     [(7e8, "USD", "2024", "2024", 9.0)]),
    ("restated-level-next-sentence-change", "Trade between Ghana and Togo reached $300 million in 2024. "
     "“Trade between Ghana and Togo reached $300 million in 2024. This is 11% more than a year before,” "
     "the minister said.", [(3e8, "USD", "2024", "2024", 11.0)]),
    ("first-change-stays", "Trade between Chile and Peru rose 9% to $700 million in 2024. Later, officials "
     "said trade between Chile and Peru was $700 million in 2024, up 5% on 2022.",
     [(7e8, "USD", "2024", "2024", 9.0)]),
    # --- a decimal comma with three decimals in copy that writes decimal commas
    ("three-decimals-with-decimal-percent", "In 2024, trade between Chile and Peru amounted to $41,250 "
     "million, up 12,5% on 2023.", [(41.25e6, "USD", "2024", "2024", 12.5)]),
    ("three-decimals-with-two-decimal-amount", "Trade between Chile and Peru reached $612,87 million in "
     "2024, while investment reached $3,500 million.",
     [(612.87e6, "USD", "2024", "2024", ANY), (3.5e6, "USD", "2024", "2024", ANY)]),
    ("three-decimals-billion-euros", "Trade between Kazakhstan and Latvia was €2,750 billion in 2023, "
     "3,4 percent more than in 2022.", [(2.75e9, "EUR", "2023", "2023", 3.4)]),
    # controls: English copy keeps its thousands groups
    ("english-thousands-group-stays", "In 2024, trade between Chile and Peru amounted to $41,250 million, up "
     "12.5% on 2023.", [(41.25e9, "USD", "2024", "2024", 12.5)]),
    ("english-group-no-percent-stays", "In 2024, trade between Chile and Peru amounted to $1,250 million, "
     "up 12 percent.", [(1.25e9, "USD", "2024", "2024", 12.0)]),
]

OPEN: dict[str, str] = {}


def _fits(e: tuple, f) -> bool:
    """A period or change of ANY is not what the row tests, so any fits."""
    value, unit, start, end, change = e
    timed = start == ANY or ((f.period_start and f.period_start.value) == start and
                             (f.period_end and f.period_end.value) == end)
    changed = change == ANY or f.change_percent == change
    return abs(f.value - value) <= abs(value) * 0.005 and f.unit == unit and timed and changed


@pytest.mark.parametrize(("case", "text", "want"), _params(ROWS, OPEN))
def test_figures_checklist15(case: str, text: str, want: list) -> None:
    got = extract(Article(text=text, published=NOV, title="", url="", origin="test")).figures
    shown = [(f.value, f.unit, f.period_start and f.period_start.value,
              f.period_end and f.period_end.value, f.change_percent, f.indicator) for f in got]
    assert len(got) == len(want), shown
    for e in want:
        assert any(_fits(e, f) for f in got), (e, shown)


def test_increment_is_named_as_increase() -> None:
    """The sum of a change is the increase of its indicator, the decrease for a fall."""
    got = extract(Article(text="Kenya's exports to Peru fell by 8 percent (or $40 million) to $460 million "
                          "in 2023.", published=NOV, title="", url="", origin="test")).figures
    assert any(f.value == 4e7 and f.indicator.startswith("decrease in ") for f in got), \
        [(f.value, f.indicator) for f in got]
