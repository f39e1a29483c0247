"""Figures on sentences written for these tests: money in every position, conversions counted
once, ranges, counts of things, growth, 'X-fold', periods from 'since' and 'currently',
quantities and ranks."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.extract.facts import Figure
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 8)  # a Friday


def figures(text: str) -> list[Figure]:
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test")).figures


def one(text: str) -> Figure:
    (figure,) = figures(text)
    return figure


def test_currency_code_before_the_number():
    loan = one("The bank extended a loan of KRW 1.2 trillion to Mongolia.")
    assert (loan.value, loan.unit, loan.indicator) == (1.2e12, "KRW", "loan extended by the bank")
    assert one("Total aid reached JPY 45.5 billion.").unit == "JPY"


def test_currency_word_and_symbol_forms():
    assert (one("Kenya and Ghana traded goods worth 3.5 billion US dollars.").value,) == (3.5e9,)
    assert one("Exports to Chile were US$3.1bn.").unit == "USD"
    assert one("The plant cost Rs 5,000 crore.").value == 5e10
    assert one("The fund holds €300m.").unit == "EUR"


def test_a_word_naming_several_currencies_takes_the_articles_country():
    grant = one("The Philippines received 2 billion pesos from Japan.")
    assert grant.unit == "PHP"
    assert one("Mexico and Spain agreed on 40 million pesos of funding.").unit == "MXN"


def test_a_conversion_after_an_amount_is_not_a_second_figure():
    grant = one("Laos will receive 50 million yuan ($7 million) for the dam.")
    assert (grant.value, grant.unit) == (5e7, "CNY")
    loan = one("Peru took a loan of 300 million soles, or about $80 million, from the bank.")
    assert loan.unit == "PEN"


def test_ranges_give_no_single_value():
    assert figures("The project may cost $2-3 billion.") == []
    assert figures("Investment of between $4 billion and $5 billion is expected.") == []


def test_growth_is_the_change_of_an_amount_or_of_a_flow_alone():
    trade = one("Exports from Chile to Vietnam rose 14.2% year-on-year to US$3.1bn in 2023.")
    assert (trade.value, trade.change_percent, trade.period_start.value) == (3.1e9, 14.2, "2023")
    alone = figures("Vietnamese exports to Chile fell by 5 percent in 2023.")
    # the figure is the change: its change_percent is itself, signed (as gold writes a fall of 69%)
    assert [(f.value, f.unit, f.change_percent, f.indicator.split()[0]) for f in alone] == \
        [(5.0, "percent", -5.0, "decrease")]
    assert figures("Vietnam's economy grew by 5 percent in 2023.") == []
    before = figures("Exports from Chile to Vietnam reached US$3.1bn in 2023. "
                     "This was 5 percent less than in 2022.")
    assert [(f.value, f.change_percent) for f in before] == [(3.1e9, -5.0)]


def test_a_share_names_what_it_is_a_share_of():
    share = one("Norway accounts for 12% of Kenya's fish imports.")
    assert (share.value, share.unit, share.change_percent) == (12.0, "percent", None)
    assert share.indicator == "share of Kenya's fish imports"


def test_fold_growth_attaches_to_its_amount_or_stands_alone():
    trade = one("Bilateral trade has grown three-fold to reach 12 billion euros.")
    assert (trade.value, trade.unit, trade.change_percent) == (1.2e10, "EUR", 200.0)
    alone = one("Mutual trade doubled over the decade.")
    assert (alone.value, alone.unit, alone.change_percent) == (2.0, "fold", 100.0)


def test_since_a_year_runs_to_the_publication_day():
    aid = one("Since 1990, Norway has provided assistance of $1.5 billion to Ghana.")
    assert (aid.period_start.value, aid.period_end.value) == ("1990", "2024-03-08")
    assert aid.period_end.inherited and not aid.period_start.inherited


def test_currently_is_the_publication_day_and_says_it_was_inherited():
    count = one("Currently, 320 Kenyan students study at Turkish universities.")
    assert (count.value, count.unit) == (320.0, "students")
    assert count.period_start.value == "2024-03-08" and count.period_start.inherited


def test_each_amount_takes_the_date_of_its_own_part_of_the_sentence():
    early, late = figures("In 2019 trade between Chile and Peru reached 4.5 billion dollars, "
                          "while in 2020 it fell to 3.9 billion dollars.")
    assert (early.value, early.period_start.value) == (4.5e9, "2019")
    assert (late.value, late.period_start.value) == (3.9e9, "2020")


def test_counts_of_things_with_modifiers_and_number_words():
    found = {(f.unit, f.value) for f in figures(
        "The institute hosts over 1,200 foreign researchers and 15 partner universities, and "
        "will admit twenty-five doctoral students.")}
    assert found == {("researchers", 1200.0), ("universities", 15.0), ("students", 25.0)}
    assert one("A dozen Nepali companies joined.").value == 12.0
    staff = one("The hospital employs 2,300 medical and technical staff members.")
    assert (staff.value, staff.unit) == (2300.0, "staff")
    assert staff.indicator == "medical and technical staff members"


def test_signed_deals_are_agreements_and_need_a_signing_verb():
    count = one("Nigeria and Ghana inked 11 new trade deals on Tuesday.")
    assert (count.value, count.unit, count.period_start.value) == (11.0, "agreements", "2024-03-05")
    assert figures("The ministers discussed 11 new trade deals.") == []


def test_what_is_not_a_count():
    assert figures("The two universities have trained students for three years.") == []
    assert figures("The delegation stayed for 12 days.") == []
    assert figures("Both companies welcomed the decision.") == []
    assert figures("The 1,500 students of the college met in 2021.") == []


def test_capacity_in_tons_per_year_and_a_rank():
    capacity = one("The port will reach a capacity of 20 million tonnes per year by 2030.")
    assert (capacity.value, capacity.unit, capacity.period_start.value) == (
        2e7, "tonnes per year", "2030")
    assert figures("The road is 300 km long and the bridge weighs 5,000 tons.") == []
    rank = one("Estonia, ranking among the top 5 countries in e-government, shared its expertise.")
    assert (rank.value, rank.unit) == (5.0, "rank")


def test_the_us_of_a_dollar_sign_is_no_country_of_the_figure():
    trade = one("Trade between Kenya and Chile reached US $5 billion, or 5.1 billion US dollars by "
                "another count.")
    assert (trade.value, sorted(trade.countries)) == (5e9, ["CL", "KE"])


def test_documents_signed_since_a_year_and_a_market_share():
    count, share = figures("Chile and Oman have signed more than 15 agreements since 2019. "
                           "Chile has a market share of about 70%.")
    assert (count.value, count.period_start.value, count.period_end.value) == (15.0, "2019",
                                                                               "2024-03-08")
    assert (share.indicator, share.value) == ("market share", 70.0)
    rate = one("The loan carries an interest rate of 0.1 percent.")
    assert (rate.indicator, rate.value, rate.unit) == ("interest rate", 0.1, "percent")


def test_n_months_of_a_year_is_a_period_from_january():
    f = one("For five months of 2023, Kenyan exports to Ghana amounted to $40.2 million.")
    assert (f.value, f.period_start.value, f.period_end.value) == (40.2e6, "2023-01", "2023-05")


def test_a_count_of_documents_signed_in_an_undated_sentence_takes_the_publication_month():
    count = one("Peru and Kenya have signed four memoranda of understanding to deepen ties.")
    assert (count.value, count.period_start.value, count.period_start.inherited) == (
        4.0, "2024-03", True)


def test_an_amount_read_out_in_two_scales_adds_them():
    trade = one("Trade between Peru and Kenya reached US $ 41 million 250 thousand in 2023.")
    assert trade.value == 41_250_000
    assert one("Peru exported 3 billion 200 million dollars to Kenya.").value == 3.2e9


def test_the_value_of_deals_signed_in_an_undated_sentence_takes_the_publication_month():
    deals = one("Chile and Kenya signed deals worth more than $3 billion during the visit.")
    assert (deals.value, deals.period_start.value, deals.period_start.inherited) == (3e9, "2024-03", True)
