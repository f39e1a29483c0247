"""'X made the statement at ...' gives the sentence before, told without a speaker, to X; a month
named in a clause about the future is the coming one ('will return them by the festival in
April' in a March paper), one a past participle governs stays past; 'During 2022,' dates the
figures of its sentence."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.dates import find_dates
from coopkg.read.article import Article

PAPER = date(2024, 3, 8)


def facts(text: str):
    return extract(Article(text=text, published=PAPER, title="", source="Test Wire"))


def test_made_the_statement_gives_the_lead_to_its_speaker():
    found = facts("HANOI, March 8 — Viet Nam always creates favourable conditions for Czech firms to "
                  "invest in energy and transport. Prime Minister Pham Minh Chinh made the statement "
                  "at a business forum held in Ha Noi on Friday.").statements
    assert [(s.speaker.key, s.text) for s in found] == [
        ("Pham Minh Chinh", "Viet Nam always creates favourable conditions for Czech firms to invest "
                            "in energy and transport")]


def test_made_the_announcement_after_an_unattributed_report():
    found = facts("Chile and Jamaica yesterday signed two agreements to strengthen relations. Prime "
                  "Minister Andrew Holness made the announcement on his social media page.").statements
    assert [s.speaker.key for s in found] == ["Andrew Holness"]


def test_a_sentence_with_its_own_speaker_is_not_given_again():
    found = facts("Trade grew by 20 percent last year, Minister Jan Novak said. Minister Jan Novak made "
                  "the remarks at a forum on Friday.").statements
    assert len(found) == 1


@pytest.mark.parametrize(("text", "month"), [
    ("Armenia will return the fishermen by the harvest festival in April.", "2024-04"),
    ("The talks are due to resume in February.", "2025-02"),
    ("The deal will be signed in April.", "2024-04"),
    ("They will meet again in March.", "2024-03"),
    ("The plant will be financed by the loan signed in April.", "2023-04"),
    ("Trade rose in April.", "2023-04"),
    ("The forum opens next March.", "2025-03"),
])
def test_a_month_without_a_year_follows_the_tense_of_its_clause(text, month):
    assert [d.when.value for d in find_dates(text, PAPER)] == [month]


@pytest.mark.parametrize("lead", ["During 2022", "Throughout 2022", "In 2022"])
def test_a_leading_year_dates_the_figures(lead):
    found = facts(f"{lead}, Armenia exported $310 million worth of goods to Georgia.").figures
    assert [(f.value, f.period_start.value) for f in found] == [(310000000.0, "2022")]


def test_a_year_of_other_accords_signed_between_others_does_not_date_the_signing():
    found = facts("Georgian President Mikheil Kavelashvili visited Armenia this week to sign a trade "
                  "agreement between his country and Armenia and attend celebrations of the 30th "
                  "anniversary of the Kars peace accords signed between Caucasus countries in 1995. The "
                  "trade agreement, signed by Kavelashvili and his Armenian counterpart Vahagn "
                  "Khachaturyan on Tuesday night in Yerevan, was agreed upon in June.").agreements
    assert [a.date.value for a in found] == ["2024-03-05"]
