"""A later mention of an occasion already told carries that occasion's date, whatever the last
dated sentence was: invented stories tell an occasion, then a background paragraph about another
year, then come back to the occasion without a date.  Negatives: an occasion told as another one
('their previous meeting in 2019') is never the referent."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Facts, When
from coopkg.extract.occasion_refs import Told, referent
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 10)  # a Friday


def facts_of(text: str) -> Facts:
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test"))


def dates_of(facts: Facts) -> list[str]:
    return sorted(e.date.value for e in facts.events)


BACKGROUND = ("Relations between the two countries date back decades.\n\n"
              "During a visit by then President Oskar Veld to Brazil in September 2019, the two "
              "governments pledged more trade.\n\n")

LEADS = [
    "President Mara Lindqvist of Chile arrived in Accra on Wednesday for a state visit to Ghana.\n\n",
    "Chilean President Mara Lindqvist on Wednesday began a three-day state visit to Ghana.\n\n",
    "President Mara Lindqvist of Chile landed in Accra on Wednesday at the start of an official "
    "visit to Ghana.\n\n",
]

LATER = [
    "On Lindqvist's visit, the two sides also agreed to hold talks on mining.\n\n"
    "Lindqvist and Kwame Osei then held talks on mining and trade.\n\n",
    "During the visit, Lindqvist and Kwame Osei held talks on mining and trade.\n\n",
    "In the course of the visit, Lindqvist and Kwame Osei held talks on mining and trade.\n\n",
]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("later", LATER)
def test_a_later_mention_of_the_visit_takes_the_visit_date_not_the_background_year(lead: str, later: str):
    facts = facts_of(lead + BACKGROUND + later)
    talks = [e for e in facts.events if e.type == "Meeting"]
    assert talks, [(e.label, e.date) for e in facts.events]
    assert all(e.date.value.startswith("2024-05") for e in talks), [(e.label, e.date) for e in talks]


FORUM = ("The Ghana-Chile Business Forum opened in Accra on Tuesday.\n\n"
         "Trade between the two countries fell sharply in 2019, according to customs data.\n\n")


@pytest.mark.parametrize("later", [
    "At the forum, trade minister Ama Mensah and Chilean envoy Pablo Serra held talks on copper.\n\n",
    "On the sidelines of the forum, trade minister Ama Mensah and Chilean envoy Pablo Serra held "
    "talks on copper.\n\n",
])
def test_a_later_mention_of_the_forum_takes_the_forum_day(later: str):
    facts = facts_of(FORUM + later)
    talks = [e for e in facts.events if e.type == "Meeting" and "Forum" not in e.label]
    assert talks, [(e.label, e.date) for e in facts.events]
    assert all(e.date.value.startswith("2024-05") for e in talks), [(e.label, e.date) for e in talks]


def test_a_named_visit_skips_a_background_visit_by_someone_else():
    facts = facts_of("President Mara Lindqvist of Chile arrived in Accra on Wednesday for a state "
                     "visit to Ghana.\n\n"
                     "Her counterpart Kwame Osei paid a visit to Chile in March 2021.\n\n"
                     "On Lindqvist's visit, she and Osei held talks on trade.\n\n")
    talks = [e for e in facts.events if e.type == "Meeting"]
    assert talks and all(e.date.value.startswith("2024-05") for e in talks), \
        [(e.label, e.date) for e in facts.events]


def test_a_previous_meeting_is_not_the_referent_of_the_meeting():
    facts = facts_of("Foreign ministers Ines Halvorsen and Tomas Quist met in Oslo on Tuesday.\n\n"
                     "Their previous meeting in 2019 produced a trade accord.\n\n"
                     "At the meeting, the two ministers also held talks on fisheries.\n\n")
    assert "2019" not in " ".join(d for d in dates_of(facts) if d != "2019")
    talks = [e for e in facts.events if "2019" not in e.evidence]
    assert talks and all(e.date.value.startswith("2024-05") for e in talks), \
        [(e.label, e.date) for e in facts.events]


def test_a_statement_made_during_the_visit_takes_the_visit_date():
    facts = facts_of(LEADS[0] + BACKGROUND +
                     "Speaking during the visit, Lindqvist said the two countries would expand trade "
                     "in cocoa.\n\n")
    said = [s for s in facts.statements if "cocoa" in s.text]
    assert said and all(s.date.value.startswith("2024-05") for s in said), [(s.text, s.date) for s in said]


def test_a_reference_with_its_own_month_or_a_previous_one_names_another_occasion():
    told = [Told("meeting", When("2024-05-07"), "Halvorsen and Quist met on Tuesday at a meeting in Oslo.")]
    assert referent("the work for the April meeting was under way", told) is None
    assert referent("their previous meeting produced an accord", told) is None
    assert referent("At the meeting, Quist raised fisheries", told) == When("2024-05-07")


def test_a_sentence_with_its_own_date_keeps_it():
    facts = facts_of("President Mara Lindqvist of Chile arrived in Accra on Wednesday for a state "
                     "visit to Ghana.\n\n"
                     "At the talks in March 2018, Lindqvist and Kwame Osei signed a fisheries accord.\n\n")
    years = [e.date.value for e in facts.events if "2018" in e.evidence]
    assert years and all(y.startswith("2018") for y in years), [(e.label, e.date) for e in facts.events]


# 'today' in a quote counts from the day the words were spoken when the text gives it
SPOKEN = [
    ("Trade minister Ilse Varga announced in Lisbon on Thursday that the two sides signed six deals.\n\n"
     "“The ministers held very productive talks today, and we signed six deals,” she said.\n\n"),
    ("Ilse Varga, the trade minister, told reporters on Thursday that six deals were signed.\n\n"
     "“We held talks today with our Chilean partners,” Varga said.\n\n"),
    "“We held talks today with our Chilean partners,” trade minister Ilse Varga said on Thursday.\n\n",
]


@pytest.mark.parametrize("text", SPOKEN)
def test_today_in_a_quote_counts_from_the_speaking_day(text: str):
    facts = facts_of(text)
    talks = [e for e in facts.events if e.type == "Meeting"]
    assert talks and all(e.date.value == "2024-05-09" for e in talks), \
        [(e.label, e.date) for e in facts.events]


def test_today_in_a_quote_without_a_speaking_day_is_the_paper_day():
    facts = facts_of("The trade ministers of Chile and Portugal met in Lisbon.\n\n"
                     "“We held very productive talks today,” trade minister Ilse Varga said.\n\n")
    talks = [e for e in facts.events if e.type == "Meeting"]
    assert talks and all(e.date.value.startswith("2024-05") for e in talks)
    assert all(e.date.value != "2024-05-09" for e in talks)


def test_a_speaking_day_far_up_the_story_does_not_date_a_later_quote():
    facts = facts_of("Trade minister Ilse Varga said on Thursday that six deals were signed.\n\n"
                     "Portugal and Chile established ties in 1990.\n\n"
                     "Trade grew steadily for years.\n\n"
                     "Both sides expect more investment.\n\n"
                     "Several firms have opened offices.\n\n"
                     "“We held very productive talks today,” the Chilean envoy Pablo Serra said.\n\n")
    talks = [e for e in facts.events if e.type == "Meeting" and "today" in e.evidence]
    assert all(e.date.value != "2024-05-09" for e in talks), [(e.label, e.date) for e in talks]
