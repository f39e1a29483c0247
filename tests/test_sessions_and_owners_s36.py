"""An ordinal before a joint body's name names a session of the body ('during the 9th Fiji-Samoa
Joint Commission'); two countries' bodies of one name, each written with its country's possessive,
stay two parties; a title with 'to <country>' between two people who talk keeps the pair."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def facts(text: str):
    return extract(Article(text=text, published=date(2025, 6, 13), title="", source="Test Wire"))


@pytest.mark.parametrize("text, label, day", [
    ("The deal was signed by Ambassador Sione Tui and Ambassador Ana Lopes during the 9th "
     "Fiji-Samoa Joint Commission on Trade in Suva on Tuesday.", "9th Fiji-Samoa Joint Commission on Trade",
     "2025-06-10"),
    ("Ministers met at the third Ruritania-Borduria Joint Permanent Commission on Monday.",
     "third Ruritania-Borduria Joint Permanent Commission", "2025-06-09"),
])
def test_an_ordinal_before_a_joint_body_names_its_session(text, label, day):
    meetings = [(e.type, e.label, e.date.value if e.date else None) for e in facts(text).events]
    assert ("Meeting", label, day) in meetings, meetings
    session = next(e for e in facts(text).events if e.label == label)
    assert session.rule == "event.numbered-session"
    assert any(p.kind == "org" for p in session.participants)


def test_a_joint_body_without_an_ordinal_is_no_session():
    found = facts("The Fiji-Samoa Joint Commission on Trade publishes its report every year.")
    assert [e.label for e in found.events] == []
    assert "Fiji-Samoa Joint Commission on Trade" in {o.name for o in found.orgs}


@pytest.mark.parametrize("text", [
    "Kenya's Ministry of Health and Ghana's Ministry of Health signed a memorandum on Friday.",
    "Kenya’s Ministry of Health and Ghana’s Ministry of Health signed a memorandum on Friday.",
])
def test_two_countries_bodies_of_one_name_are_two_parties(text):
    found = facts(text)
    parties = found.agreements[0].parties
    countries = {o.name: o.country for o in found.orgs}
    assert len({p.key for p in parties}) == 2, parties
    assert sorted(countries[p.key] for p in parties) == ["GH", "KE"]


@pytest.mark.parametrize("text", [
    "Trade Minister Lupe Vaai and Samoan Ambassador to Fiji Tomas Reyes discussed ways to sell more fish.",
    "Health Minister Lupe Vaai and Japanese Ambassador in Apia Kenji Mori discussed hospital equipment.",
])
def test_two_people_who_discuss_with_a_title_to_a_country_between_them_met(text):
    found = facts(text)
    talks = [e for e in found.events if e.type == "Meeting"]
    assert len(talks) == 1, found.events
    assert {p.kind for p in talks[0].participants} == {"person"} and len(talks[0].participants) == 2


def test_a_bare_meeting_with_one_person_is_labelled_with_that_person():
    found = facts("Minister Karim Bekov visited Rome on May 20. During the meeting with Maria Rossi, "
                  "who heads the agency's grain programme, the sides reviewed irrigation plans.")
    assert "meeting with Maria Rossi" in [e.label for e in found.events], found.events


def test_a_visit_now_and_one_months_before_are_two():
    text = ("Chile's prime minister Ana Ruiz is in Lima on a working visit, where she signed a fisheries "
            "memorandum with her Peruvian counterpart. Ruiz visited Peru in October 2025 for the "
            "Andes Forum as well.")
    found = extract(Article(text=text, published=date(2026, 1, 27), title="", source="Test Wire"))
    visits = sorted((e.label, e.date.value) for e in found.events if "visit" in e.label)
    assert visits == [("Ana Ruiz visit to Lima", "2026-01"), ("Ana Ruiz visit to Peru", "2025-10")]
