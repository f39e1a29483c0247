"""A descriptor and a quoted name between 'between' and 'and' ('the Samoan agency "Grow Samoa"')
is one party; 'and The Agency ...' joins a second; a body's name with a place inside it, written
again later, is that body, not the place; an outlet's credit after a closing speaker tag ('...,
X told the media on Monday, Vesti has learned.') leaves the lead as what was said; a consultative
assembly is a legislature."""

from datetime import date

import pytest
from tests import party_helpers as helpers

PAPER = date(2025, 6, 13)


def facts(text: str):
    return helpers.facts(text, PAPER)


def party_sets(text: str) -> list[list[str]]:
    return helpers.party_sets(text, PAPER)


def test_a_quoted_name_after_a_descriptor_is_the_party():
    found = party_sets('Officials signed a memorandum between the Samoan agency "Grow Samoa" and the '
                       'Fiji Trade Board on Monday.')
    assert found == [["Grow Samoa", "Fiji Trade Board"]]


def test_a_capitalised_the_after_and_joins_the_second_party():
    found = party_sets("Officials signed a memorandum between the Fiji Trade Board and The Agency for "
                       "Small Business of Samoa on Monday.")
    assert found == [["Fiji Trade Board", "Agency for Small Business of Samoa"]]


def test_a_name_holding_a_place_written_again_is_the_body():
    text = ('Besides a culture plan, the delegations signed a memorandum between the Samoan agency '
            '"Grown in Samoa" and the Fiji Trade Board, and an agreement between Grown in Samoa and '
            'the Fiji Investment Foundation.')
    assert ["Grown in Samoa", "Fiji Investment Foundation"] in party_sets(text)


@pytest.mark.parametrize("tail", ["told journalists on 12 June, Vesti has learned.",
                                  "told reporters on Friday, Vesti reports."])
def test_an_outlet_credit_after_a_closing_tag_leaves_the_lead_said(tail):
    found = facts(f"Some 40 city partnerships were agreed during the fair, Senate chairman Ivan Petrov "
                  f"{tail}")
    assert [(s.speaker.key, s.text) for s in found.statements] == \
        [("Ivan Petrov", "Some 40 city partnerships were agreed during the fair")]


@pytest.mark.parametrize("name", ["People’s Consultative Assembly", "Islamic Consultative Assembly",
                                  "People's Assembly"])
def test_a_consultative_or_peoples_assembly_is_a_government_body(name):
    found = facts(f"The speaker of the {name}, Budi Santoso, received the delegation on Monday.")
    assert {o.name: o.type for o in found.orgs}.get(name) == "GovernmentBody"


@pytest.mark.parametrize("text, gist", [
    ("The two presidents also reviewed regional security, with President Ana Ruiz advocating "
     "talks between the rival factions in the north.", "talks between the rival factions in the north"),
    ("The ministers met in Suva on Monday, with Minister Ana Ruiz stressing that fish exports "
     "must double by 2030.", "fish exports must double by 2030"),
])
def test_a_person_after_with_says_the_participle_clause(text, gist):
    found = facts(text)
    assert [(s.speaker.key, s.text) for s in found.statements] == [("Ana Ruiz", gist)]


def test_a_with_clause_of_things_says_nothing():
    found = facts("Trade grew by 12 percent last year, with exports of fish accounting for most of "
                  "the growth.")
    assert found.statements == []


@pytest.mark.parametrize("text, count", [
    ("Since the signing of the first treaty, trade between Fiji and Samoa has tripled.", 0),
    ("Since the signature of the agreement, trade between Fiji and Samoa has tripled.", 0),
    ("Since the signing of the free trade agreement in 2008, trade between Fiji and Samoa has tripled.", 1),
])
def test_an_undated_document_that_only_starts_a_span_of_time_is_no_agreement(text, count):
    assert len(facts(text).agreements) == count


def test_a_day_before_an_after_clause_times_the_main_verb_not_the_signing():
    found = facts("Fiji on Friday welcomed its warmer relations with Samoa after a fisheries pact was "
                  "signed between the two governments. The fisheries pact was signed on Wednesday in "
                  "Suva by the two foreign ministers, Ana Ruiz and Luis Soto.")
    assert [a.date.value for a in found.agreements] == ["2025-06-11"]


@pytest.mark.parametrize("text", [
    "On Friday, after two days of talks, Fiji and Samoa signed an agreement on fisheries.",
    "On Friday, Fiji and Samoa signed an agreement on fisheries following talks in Suva.",
])
def test_a_day_of_the_main_signing_clause_still_dates_it(text):
    assert [a.date.value for a in facts(text).agreements] == ["2025-06-13"]
