"""Times and changes of money figures: 'since its inception in 1998' runs to the paper's date, an
amount 'by the end of last year' stands at that year, a growth told apart from its amount is that
amount's change, and a preposition never joins a sum to a count noun ('3 billion through loans').
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.extract.facts import Figure
from coopkg.read.article import Article


def figures(text: str) -> list[Figure]:
    return extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test")).figures


def period(fig: Figure) -> tuple[str | None, str | None]:
    return (fig.period_start.value if fig.period_start else None,
            fig.period_end.value if fig.period_end else None)


def test_since_its_inception_runs_to_publication():
    text = ("Since its inception in 1998, the Kuwait Fund has financed development projects in Kenya "
            "to the tune of KWD 3 billion.")
    (fig,) = figures(text)
    assert (fig.unit, period(fig)[0], period(fig)[1][:4]) == ("KWD", "1998", "2024")


def test_since_a_stated_year_without_occasion_is_unchanged():
    (fig,) = figures("Since 2015, Kenya has received $3 billion in loans from Kuwait.")
    assert period(fig)[0] == "2015" and period(fig)[1][:4] == "2024"


def test_amount_by_the_end_of_last_year_stands_at_that_year():
    text = ("Trade between Kenya and Ghana has doubled in the past five years, reaching nearly "
            "$400 million by the end of last year.")
    (fig,) = figures(text)
    assert period(fig) == ("2023", "2023")


def test_amount_by_the_end_of_this_year_is_a_target_for_this_year():
    (fig,) = figures("Kenya and Ghana aim to raise trade to $1 billion by the end of this year.")
    assert period(fig) == ("2024", "2024")


def test_preposition_keeps_a_sum_from_counting_loans():
    text = "The Kuwait Fund financed projects in Kenya worth KWD 3 billion through concessionary loans."
    assert [(f.value, f.unit) for f in figures(text)] == [(3e9, "KWD")]


def test_count_with_adjective_still_counts():
    text = "Kenya and Kuwait signed five concessionary loans worth $200 million on Monday."
    assert (5.0, "loans") in [(f.value, f.unit) for f in figures(text)]


def test_growth_told_in_a_quote_before_is_the_amounts_change():
    text = ("\"Despite tensions, our trade turnover grew by more than 20 percent last year,\" he said. "
            "The minister met his Kenyan counterpart in Nairobi. "
            "Bilateral trade turnover between Ghana and Kenya amounted to $172.2 million in 2023.")
    figs = figures(text)
    assert [(f.value, f.unit, f.change_percent) for f in figs] == [(172.2e6, "USD", 20.0)]


def test_growth_of_another_year_stays_its_own_figure():
    text = ("\"Our trade turnover grew by 20 percent in 2021,\" he said. "
            "Bilateral trade turnover between Ghana and Kenya amounted to $172.2 million in 2023.")
    figs = figures(text)
    assert sorted((f.unit, f.change_percent) for f in figs) == [("USD", None), ("percent", 20.0)]
