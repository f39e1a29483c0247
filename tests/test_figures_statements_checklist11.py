"""An eleventh checklist, of figures and statements, written from the classes of errors seen on
the last fresh set and on a small analysis set of real articles read this session (none of their
text is here).  Figures: a percentage with a European decimal comma ('16,6%'), a percentage in
words ('seven per cent'), a change noun after a rate adjective ('a 35 percent annual growth to
reach $2.5 billion'), a transitive change ('increased bilateral trade by 18 percent'), a change
told again in a quote ('a trade growth amounting to 18 percent'), a span of years after 'for the
years' ('2021 through 2025'), 'from $A in 2019-20 to $B in 2023-24' (each amount its own split
year), 'in the same year' after a comparison with 'a year earlier', a change in a new paragraph
that names no amount of the paragraph before, and money after a giving verb ('has given 50
million dinars') read as an amount, not as a count of things given.  Counts after 'has led to'
(already read) stay as guards.

Rows are read against Thursday 12 June 2025.  Every sentence, person and number is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_cases
from tests.test_statements_figures_checklist5 import check_figures

# case -> (text, [(value, unit, period or None, a word of the indicator[, change_percent])])
FIGURES: dict[str, tuple[str, list[tuple]]] = {
    # --- counts in a list after 'has led to'
    "led-to-projects-and-labs": ("Cooperation between Kenya and Peru has led to 14 joint projects and 3 "
                                 "laboratories.", [(14, "projects", None, "projects"),
                                                   (3, "laboratories", None, "laborator")]),
    # --- a European decimal comma: one or two digits after the comma, no further group
    "decimal-comma-percent": ("Ghana's share of Chilean cocoa imports rose to 16,6% in 2024.",
                              [(16.6, "percent", "2024", "")]),
    "decimal-comma-percent-word": ("Chile's share of Ghana's fruit imports reached 8,25 percent in 2023.",
                                   [(8.25, "percent", "2023", "")]),
    "decimal-comma-million": ("Peruvian exports to Kenya reached $2,6 million in 2024.",
                              [(2.6e6, "USD", "2024", "exports")]),
    "thousands-comma-percent-is-not-decimal": ("Trade between Kenya and Peru reached $1,250 million in "
                                               "2024.", [(1.25e9, "USD", "2024", "trade")]),
    # --- a percentage in words
    "change-in-words-alone": ("Kenya's exports to Peru increased by seven percent last year.",
                              [(7, "percent", "2024", "exports")]),
    "change-in-words-per-cent-of-amount": ("Kenya's trade with Peru reached $4.2 billion in 2023-24, which "
                                           "was increased by seven per cent as compared to the previous "
                                           "year.", [(4.2e9, "USD", "2023/2024", "trade", 7.0)]),
    "share-in-words": ("Twelve percent of Ghana's cocoa exports go to Chile.", [(12, "percent", None, "")]),
    # --- a change noun after a rate adjective; a transitive change verb
    "annual-growth-to-reach": ("Bilateral trade between Ghana and Chile had witnessed a 35 percent annual "
                               "growth to reach $2.5 billion last year.",
                               [(2.5e9, "USD", "2024", "trade", 35.0)]),
    "average-increase-of-amount": ("Chilean investment in Ghana reached $800 million in 2024 after a 4% "
                                   "average increase.", [(8e8, "USD", "2024", "investment", 4.0)]),
    "increased-trade-by": ("Ghana and Chile increased bilateral trade by 18 percent in 2024.",
                           [(18, "percent", "2024", "trade")]),
    "boosted-exports-by": ("Peru boosted its exports to Kenya by 12% in 2023.",
                           [(12, "percent", "2023", "exports")]),
    # --- the same change told again in a quote: one figure
    "change-told-again-in-quote": ("\"We really have a trade growth amounting to 18 percent,\" Ghanaian "
                                   "Trade Minister Kwame Mensah said. Ghana and Chile increased bilateral "
                                   "trade by 18 percent in 2024.", [(18, "percent", "2024", "trade")]),
    "two-changes-different-percent": ("Ghana's exports to Chile grew by 18 percent in 2024. Chile's "
                                      "exports to Ghana grew by 9 percent in 2024.",
                                      [(18, "percent", "2024", "exports"),
                                       (9, "percent", "2024", "exports")]),
    # --- a span of years
    "for-the-years-through": ("Chile will provide Ghana with $45 million for the years 2021 through 2025.",
                              [(4.5e7, "USD", "2021/2025", "")]),
    "over-the-period-to": ("Peru granted Kenya $12 million over the period 2019 to 2023.",
                           [(1.2e7, "USD", "2019/2023", "")]),
    "in-two-years-is-both": ("Kenya exported goods worth $3 million to Peru in 2022 and 2023.",
                             [(3e6, "USD", "2022/2023", "")]),
    # --- each amount of 'from A in P1 to B in P2' its own period
    "from-split-year-to-split-year": ("Kenyan trade with Peru increased from $1.2 billion in 2019-20 to $3.4 "
                                      "billion in 2023-24.", [(1.2e9, "USD", "2019/2020", "trade"),
                                                              (3.4e9, "USD", "2023/2024", "trade")]),
    # --- 'in the same year' after a comparison with a year earlier
    "same-year-after-year-earlier": ("Trade between Chile and Ghana amounted to $1.9 billion in 2024, up "
                                     "6.7% from a year earlier, while Chilean exports to Ghana grew 10% to "
                                     "reach $1.5 billion in the same year.",
                                     [(1.9e9, "USD", "2024", "trade", 6.7),
                                      (1.5e9, "USD", "2024", "exports", 10.0)]),
    "compared-with-year-earlier": ("Trade between Chile and Ghana reached $5 billion in 2023, compared with "
                                   "$4 billion a year earlier.", [(5e9, "USD", "2023", "trade"),
                                                                  (4e9, "USD", "2022", "trade")]),
    # --- a change in a new paragraph names no amount of the paragraph before
    "change-new-paragraph-own-figure": ("Kenya's trade with Peru grew from $1 billion in 2020 to $2 billion "
                                        "in 2024.\n\nKenyan exports to Peru increased by 9 percent, the "
                                        "minister said.",
                                        [(1e9, "USD", "2020", "trade"), (2e9, "USD", "2024", "trade"),
                                         (9, "percent", None, "exports")]),
    "change-same-paragraph-of-amount": ("Kenya's trade with Peru reached $2 billion in 2024. This was 9 "
                                        "percent more than in 2023.", [(2e9, "USD", "2024", "trade", 9.0)]),
    # --- money after a giving verb is an amount only
    "given-dinars-is-money": ("The Kuwait Fund has given 50 million dinars to Ghana.",
                              [(5e7, "KWD", None, "")]),
    "given-ambulances-is-count": ("Kuwait has given 40 ambulances to Ghana.", [(40, "ambulances", None, "")]),
    # --- negative rows
    "growth-of-economy-in-words-is-none": ("Kenya's economy grew by five percent in 2024, Peruvian bankers "
                                           "said.", []),
    "percent-word-without-number-is-none": ("A large percent of Peruvian coffee goes to Kenya.", []),
}

OPEN_FIGURES: dict[str, str] = {}


@pytest.mark.parametrize("case", xfail_cases(FIGURES, OPEN_FIGURES))
def test_figure_checklist11(case: str) -> None:
    check_figures(*FIGURES[case])
