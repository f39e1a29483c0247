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
    found = facts("LIMA, March 8 — Peru is ready to host Norwegian shipyards that build ferries for Lake "
                  "Titicaca. Prime Minister Ana Ruiz made the statement at a trade fair held in Lima on "
                  "Friday.").statements
    assert [(s.speaker.key, s.text) for s in found] == [
        ("Ana Ruiz", "Peru is ready to host Norwegian shipyards that build ferries for Lake Titicaca")]


def test_made_the_announcement_after_an_unattributed_report():
    found = facts("Peru and Norway will open a joint fisheries school in Callao next year. Minister Lars "
                  "Berg made the announcement in a radio interview.").statements
    assert [s.speaker.key for s in found] == ["Lars Berg"]


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
    found = facts("Georgia's president Levan Beridze came to Armenia this week to sign a transit "
                  "agreement between his country and Armenia, and to mark the old border accords signed "
                  "between Caucasus states in 1995. The transit agreement, signed by Beridze and his "
                  "Armenian counterpart Aram Sargsyan on Tuesday in Yerevan, took two years to draft."
                  ).agreements
    assert [a.date.value for a in found] == ["2024-03-05"]
