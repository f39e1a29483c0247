"""A thirteenth figures checklist, by mechanism rather than by phrasing (session 19's tally over
seventy fresh articles): the amount is found but its currency or its period is wrong, or a
physical quantity is never found.

- Which dollar: a bare '$' or 'dollars' is the US dollar in wire copy, but the papers and
  governments of dollar countries write their own dollar bare and mark the US one ('US$').  In a
  story about such a country that names no US and marks no other dollar, the bare dollar is that
  country's (the publisher's, when its address has a dollar country's domain).
- Relative fiscal years ('the current fiscal', 'last financial year') are the fiscal year running
  at publication (most non-calendar fiscal years begin in April), written 'Y/Y+1'.
- A target's deadline right after its amount ('to $5 billion by 2030') times the amount, over a
  plan period told elsewhere in the clause; 'the 2023 figure of $40 million' is 2023's.
- A unit glued to its number ('450MW') is a unit; a modifier in quotes ('five “landmark”
  accords') is a modifier; '$NZD10 million ($FJD13.7m)' and '40 million euros (US $46.5 million)'
  are one amount written twice.

Rows are read against Thursday 20 November 2025 unless a row says otherwise.  Every sentence,
country pairing and number is invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.checklist_rows import xfail_params as _params

from coopkg.extract import extract
from coopkg.extract.figure_years import own_year, relative_fiscal
from coopkg.read.article import Article

NOV = date(2025, 11, 20)
FEB = date(2026, 2, 5)
ANY = "any"

# (id, text, url, published, [(value, unit, start or None, end or None)])
ROWS: list[tuple] = [
    # --- which dollar a bare '$' or 'dollars' is
    ("nz-bare-dollar", "New Zealand will give Ghana $12 million for school meals, the minister said.",
     "", NOV, [(12e6, "NZD", "2025-11", "2025-11")]),
    ("canada-dollars-word", "Canada has committed 40 million dollars in grants to Peru over five years.",
     "", NOV, [(40e6, "CAD", ANY, ANY)]),
    ("australia-donor-kina-recipient", "Papua New Guinea will receive a new $8 million flood recovery "
     "package from Australia.", "", NOV, [(8e6, "AUD", "2025-11", "2025-11")]),
    ("two-dollar-countries-domain", "Australia and Fiji signed a $30 million budget support agreement "
     "on Monday.", "https://news.example.com.fj/story", NOV, [(30e6, "FJD", "2025-11-17", "2025-11-17")]),
    ("two-dollar-countries-other-domain", "Australia and Fiji signed a $30 million budget support "
     "agreement on Monday.", "https://www.example.com.au/x", NOV,
     [(30e6, "AUD", "2025-11-17", "2025-11-17")]),
    ("writer-marks-us-dollar", "Singapore pledged $5 million to Laos, on top of a US$2 million grant "
     "given last year.", "", NOV, [(5e6, "SGD", ANY, ANY), (2e6, "USD", ANY, ANY)]),
    # a conversion whose country letters stand apart from its symbol is the same amount
    ("conversion-spaced-country-letters", "Malawi is to receive 40 million euros (US $46.5 million) "
     "from Austria for rural clinics.", "", NOV, [(40e6, "EUR", ANY, ANY)]),
    ("conversion-spaced-after-code", "Uganda will get EUR 15 million (US $17.4 million) from Finland for "
     "forestry.", "", NOV, [(15e6, "EUR", ANY, ANY)]),
    # controls: the US dollar stays
    ("us-named-keeps-usd", "The United States and Canada agreed on a $3 billion border fund.",
     "", NOV, [(3e9, "USD", "2025-11", "2025-11")]),
    ("other-dollar-marked-keeps-usd", "Canada lent Chile C$200 million and a bank added a $50 million "
     "loan.", "", NOV, [(2e8, "CAD", "2025-11", "2025-11"), (5e7, "USD", "2025-11", "2025-11")]),
    ("no-dollar-country-keeps-usd", "Kenya and Peru signed deals worth $400 million on Monday.",
     "", NOV, [(4e8, "USD", "2025-11-17", "2025-11-17")]),
    ("explicit-us-dollar-in-canada-story", "Canada gave Mali US$9 million in food aid this year.",
     "", NOV, [(9e6, "USD", "2025", "2025")]),
    # --- relative fiscal years
    ("current-fiscal", "Trade between Ghana and India is projected to top $9 billion in the current "
     "fiscal.", "", NOV, [(9e9, "USD", "2025", "2026")]),
    ("current-fiscal-vs-last-financial-year", "Trade between Ghana and India may top $9 billion in the "
     "current fiscal, compared to $7 billion for the last financial year.", "", NOV,
     [(9e9, "USD", "2025", "2026"), (7e9, "USD", "2024", "2025")]),
    ("this-fiscal-year-early-in-year", "Indian exports to Kenya reached $2 billion this fiscal year.",
     "", FEB, [(2e9, "USD", "2025", "2026")]),
    ("previous-fiscal-year", "Japanese investment in Vietnam was $4 billion in the previous fiscal year.",
     "", NOV, [(4e9, "USD", "2024", "2025")]),
    ("next-fiscal", "Japan expects its loans to Laos to reach $600 million next fiscal year.",
     "", NOV, [(6e8, "USD", "2026", "2027")]),
    ("split-fiscal-year-stays", "Trade between Chile and India stood at $3 billion in fiscal 2021-22.",
     "", NOV, [(3e9, "USD", "2021", "2022")]),
    # --- a deadline or a naming year ties the amount
    ("deadline-over-plan-period", "The leaders backed an action plan for the 2026-2030 period, raising "
     "trade between Chile and Ghana to $5 billion by 2030.", "", NOV, [(5e9, "USD", "2030", "2030")]),
    ("deadline-end-of-year", "Peru and Kenya aim to lift trade to $900 million by the end of 2027.",
     "", NOV, [(9e8, "USD", "2027", "2027")]),
    ("naming-year-against-lead-year", "In 2024, Kenya exported goods worth $35 million to Peru, down "
     "from the 2023 figure of $40 million.", "", NOV,
     [(3.5e7, "USD", "2024", "2024"), (4e7, "USD", "2023", "2023")]),
    ("lead-year-stays", "In 2024, Ghana exported goods worth $35 million to Chile.", "", NOV,
     [(3.5e7, "USD", "2024", "2024")]),
    # --- units glued to the number
    ("glued-megawatts", "Laos and Vietnam agreed to build two dams with a total of 650MW of generating "
     "capacity.", "", NOV, [(650, "MW", ANY, ANY)]),
    ("glued-gigawatts", "Egypt and Greece plan 3GW of power capacity through the new cable.", "", NOV,
     [(3, "GW", ANY, ANY)]),
    ("spaced-megawatts-stays", "Kenya and Ethiopia agreed on 400 MW of electricity exports.", "", NOV,
     [(400, "MW", ANY, ANY)]),
    # --- a bracketed conversion whose code has a symbol glued before it is no second figure
    ("glued-symbol-code-conversion", "Canada has signed a $CAD10 million ($JMD1.1bn) grant to help Jamaica.",
     "", NOV, [(10e6, "CAD", ANY, ANY)]),
    ("glued-symbol-code-conversion-usd", "Australia gave Tonga a $AUD6m ($USD4m) grant on Monday.",
     "", NOV, [(6e6, "AUD", ANY, ANY)]),
    ("two-amounts-stay-two", "Kenya pledged $20 million and Uganda $10 million for the road.", "", NOV,
     [(2e7, "USD", ANY, ANY), (1e7, "USD", ANY, ANY)]),
    # --- a quoted modifier between a count and its noun
    ("curly-quoted-modifier", "Three “economically vital” memoranda of understanding were signed between "
     "Chile and Peru on Monday.", "", NOV, [(3, "memoranda", ANY, ANY)]),
    ("straight-double-quoted-modifier", 'Ghana and Togo signed six "historic" accords on Monday.', "", NOV,
     [(6, "accords", ANY, ANY)]),
    ("single-quoted-modifier-stays", "Chile and Peru signed four 'landmark' agreements on Monday.", "", NOV,
     [(4, "agreements", ANY, ANY)]),
    # controls: no unit
    ("not-5g", "Chile and Peru will build a 5G network together.", "", NOV, []),
    ("not-g20", "Chile and Peru met on the sidelines of the G20 summit.", "", NOV, []),
]

OPEN: dict[str, str] = {}


def _fits(e: tuple, f) -> bool:
    """A period of ANY is not what the row tests (a currency row), so any period fits."""
    value, unit, start, end = e
    timed = start == ANY or ((f.period_start and f.period_start.value) == start and
                             (f.period_end and f.period_end.value) == end)
    return abs(f.value - value) <= abs(value) * 0.005 and f.unit == unit and timed


@pytest.mark.parametrize(("case", "text", "url", "published", "want"), _params(ROWS, OPEN))
def test_figures_checklist13(case: str, text: str, url: str, published: date, want: list) -> None:
    got = extract(Article(text=text, published=published, title="", url=url, origin="test")).figures
    shown = [(f.value, f.unit, f.period_start and f.period_start.value,
              f.period_end and f.period_end.value, f.indicator) for f in got]
    assert len(got) == len(want), shown
    for e in want:
        assert any(_fits(e, f) for f in got), (e, shown)


@pytest.mark.parametrize(("text", "want"), [
    ("in the current fiscal", ("2025", "2026")),
    ("for the last financial year", ("2024", "2025")),
    ("the ongoing FY", ("2025", "2026")),
    ("the current fiscal year 2024", None),  # the year is named: figure_periods reads it
    ("fiscal 2021", None),
])
def test_relative_fiscal(text: str, want: tuple | None) -> None:
    got = relative_fiscal(text, NOV)
    assert (got and (got[0].value, got[1].value)) == want


@pytest.mark.parametrize(("text", "amount", "want"), [
    ("lifting trade to $5 billion by 2030.", "$5 billion", "2030"),
    ("lifting trade to $5 billion by 2030-31.", "$5 billion", None),  # a fiscal year, not a deadline
    ("down from the 2023 figure of $40 million.", "$40 million", "2023"),
    ("worth $40 million in 2023.", "$40 million", None),  # read by the date rules, not here
])
def test_own_year(text: str, amount: str, want: str | None) -> None:
    at = text.index(amount)
    got = own_year(text, (at, at + len(amount)))
    assert (got and got[0].value) == want
