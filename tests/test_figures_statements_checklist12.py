"""A twelfth checklist of figures and statements, written from the classes of errors pooled over
the sixty fresh articles of sets ana12-14 and unseen19-21 (none of their text is here).

Figures: a change stated alone ('investment recorded an average annual increase of 4.2 per
cent', 'exports fell by 12%') is a figure whose change is itself, signed (GOLD_FORMAT's
`change_percent`; the fresh gold writes a fall of 69% as the value 69 with the change -69); and
a time adverbial between a change verb and its percentage ('trade rose last year 35.7% to $951
million') leaves the percentage the change of the amount, not a share of the flow.  Controls:
a change with an amount keeps the amount's figure, a share stays a share, and a growth rate of
one economy stays no figure.

Statements: 'it' as the subject of a quote's tag ('"...," it said') continues the body that
spoke last, as 'the ministry said' does (a person speaking last, or no body, gives none).
'The minister said' after 'The Foreign Minister of Ghana, X,' (a title written
before the country and the name in apposition) is a class left open here: the person's role is
read as 'Minister' (the people rules' work), so the title does not find its holder.

Rows are read against Thursday 12 June 2025.  Every sentence, person and number is invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.checklist_rows import xfail_cases
from tests.checklist_rows import xfail_params as _params
from tests.test_statements_figures_checklist5 import check_figures

from coopkg.extract import extract
from coopkg.read.article import Article

# case -> (text, [(value, unit, period or None, a word of the indicator[, change_percent])])
FIGURES: dict[str, tuple[str, list[tuple]]] = {
    # --- a change stated alone carries itself as its change, signed
    "average-annual-increase-alone": ("Chilean investments in Ghana have grown steadily, recording an "
                                      "average annual increase of 4.2 per cent over the past three years.",
                                      [(4.2, "percent", "2022/2025", "investment", 4.2)]),
    "fell-by-alone-is-negative": ("Kenyan exports to Peru fell by 12% in 2024.",
                                  [(12, "percent", "2024", "exports", -12.0)]),
    "increased-by-alone": ("Bilateral trade between Ghana and Chile increased by 18 percent in 2023.",
                           [(18, "percent", "2023", "trade", 18.0)]),
    "declined-alone-in-words": ("Peruvian imports from Kenya declined by nine percent last year.",
                                [(9, "percent", "2024", "imports", -9.0)]),
    # --- a time adverbial between the change verb and its percentage
    "rose-last-year-pct-to-amount": ("Bilateral trade between Kenya and Peru rose last year 35.7% to $951 "
                                     "million, the ministry said.",
                                     [(9.51e8, "USD", "2024", "trade", 35.7)]),
    "grew-in-year-pct-to-amount": ("Trade between Chile and Ghana grew in 2023 14% to $2.2 billion.",
                                   [(2.2e9, "USD", "2023", "trade", 14.0)]),
    "fell-this-year-pct-to-amount": ("Kenyan exports to Peru fell this year 8% to $40 million.",
                                     [(4e7, "USD", "2025", "exports", -8.0)]),
    "amount-then-up-this-year": ("Trade between Kenya and Peru reached $2 billion in 2024, up 9% this year.",
                                 [(2e9, "USD", "2024", "trade", 9.0)]),
    # --- controls
    "share-stays-share": ("Chile takes 12% of Ghana's cocoa exports.", [(12, "percent", None, "")]),
    "amount-with-up-stays": ("Trade between Ghana and Chile reached $3 billion in 2024, up 6 percent.",
                             [(3e9, "USD", "2024", "trade", 6.0)]),
    "economy-growth-last-year-is-none": ("Kenya's economy grew last year 5%, Peruvian bankers said.", []),
}

OPEN_FIGURES: dict[str, str] = {}


@pytest.mark.parametrize("case", xfail_cases(FIGURES, OPEN_FIGURES))
def test_figure_checklist12(case: str) -> None:
    check_figures(*FIGURES[case])


PUBLISHED = date(2025, 6, 12)  # a Thursday

# (id, text, [(speaker, a phrase of what was said, date prefix or None)]) — exactly these statements
STATEMENTS: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- a title before the country, the name in apposition, then the title alone
    ("title-of-country-apposition-then-title", "The Foreign Minister of Ghana, Ama Boateng, paid a courtesy "
     "call on Vice President Kofi Mensah of Chile on Friday. The Ghanaian Foreign Minister expressed "
     "gratitude to Chile for its continued support.",
     [("Ama Boateng", "gratitude to Chile", "2025-06-06")]),
    # --- controls: the title before the name, then the title alone
    ("demonym-title-name-then-title", "Ghanaian Foreign Minister Ama Boateng paid a courtesy call on Vice "
     "President Kofi Mensah of Chile on Friday. The Ghanaian Foreign Minister expressed gratitude to Chile "
     "for its continued support.", [("Ama Boateng", "gratitude to Chile", "2025-06-06")]),
    # --- 'it' in a quote's tag continues the body that spoke last
    ("quote-it-said-after-body", "The Ghanaian Defence Ministry said on Monday that talks with Chile were "
     "held in Accra. \"Ghanaian-Chilean cooperation will involve military education,\" it said.",
     [("Ghanaian Defence Ministry", "talks with Chile", "2025-06-09"),
      ("Ghanaian Defence Ministry", "military education", None)]),
    ("quote-it-added-after-body", "The Chilean Embassy said on Monday that Chile would open a trade office "
     "in Accra. \"The office will serve cocoa buyers,\" it added.",
     [("Chilean Embassy", "trade office", None), ("Chilean Embassy", "cocoa buyers", None)]),
    ("quote-it-said-after-person-is-none", "Ghanaian Trade Minister Ama Boateng said on Monday that trade "
     "would grow. \"Cocoa buyers are welcome,\" it said.", [("Ama Boateng", "trade would grow", None)]),
    ("quote-it-said-without-body-is-none", "Ghana and Chile held talks in Accra on Monday. \"Cocoa buyers "
     "are welcome,\" it said.", []),
    ("both-ministers-noted", "Ghanaian Foreign Minister Ama Boateng met her Chilean counterpart Rosa Pinto "
     "in Accra on Tuesday. Both ministers noted that Chile is an attractive partner for Ghana.",
     [("Ama Boateng", "attractive partner", None), ("Rosa Pinto", "attractive partner", None)]),
]

STATEMENT_XFAIL: dict[str, str] = {}


def _facts(text: str):  # noqa: ANN202 - the extractor's Facts
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test"))


@pytest.mark.parametrize(("form", "text", "want"), _params(STATEMENTS, STATEMENT_XFAIL))
def test_statements_checklist12(form: str, text: str, want: list[tuple[str, str, str | None]]) -> None:
    got = [(s.speaker.key, s.text, s.date.value if s.date else None) for s in _facts(text).statements]
    assert len(got) == len(want), got
    for speaker, phrase, when in want:
        assert any(speaker.lower() in s.lower() and phrase.lower() in t.lower() and
                   (when is None or (d or "").startswith(when)) for s, t, d in got), got
