"""Session 51: classes of errors seen on fresh articles, each checked with invented sentences."""

from __future__ import annotations

import pytest
from tests.session_articles import PUBLISHED, run


def _parties(facts) -> list[list[str]]:
    return [sorted(p.key.rsplit("/", 1)[-1] for p in a.parties) for a in facts.agreements]


def test_a_dateline_city_in_capitals_is_no_party():
    facts = run("LIMA, Chile and Peru officially inked a memorandum of understanding on fisheries.")
    assert _parties(facts) == [["CL", "PE"]]


def test_a_city_and_its_country_between_subject_and_verb_only_say_where():
    facts = run("Kenya and Russia on Thursday in Sochi, Russia, signed a memorandum on oil exploration.")
    assert _parties(facts) == [["KE", "RU"]]


@pytest.mark.parametrize("text", [
    "Australia and Canada are partners. The Governments of Tasmania and of the Canadian province "
    "Nova Scotia have signed a memorandum on fisheries.",
    "Australia and Canada are partners. The governments of Tasmania and of Nova Scotia have signed a "
    "memorandum on fisheries.",
])
def test_the_governments_of_two_regions_sign_as_the_regions(text):
    assert _parties(run(text)) == [["AU-TAS", "CA-NS"]]


def test_the_document_signed_during_an_occasion_is_the_one_reported_before_and_takes_its_day():
    facts = run("LIMA, March 8 (Andina) - The Peruvian Agriculture Ministry and the Chilean Ministry of "
                "Agriculture have signed a memorandum of understanding on farming. Peruvian Agriculture "
                "Minister Ana Soto and Chilean Agriculture Minister Luis Mora signed the document during a "
                "videoconference on March 6, which would enable the two countries to build a partnership.")
    assert [(a.kind, a.date.value) for a in facts.agreements] == [("memorandum", "2024-03-06")]


def test_a_dateline_day_after_the_place_s_full_stop_is_the_story_s_not_a_stated_one():
    facts = run("MOSCOW. March 7 (Interfax) - The Peruvian Agriculture Ministry and the Chilean Ministry of "
                "Agriculture have signed a memorandum of understanding on farming. The ministers signed the "
                "document during a videoconference on March 6.")
    assert [a.date.value for a in facts.agreements] == ["2024-03-06"]
    assert "Interfax" not in {p.key for a in facts.agreements for p in a.parties}


def test_a_name_and_the_same_name_with_a_noun_of_its_kind_are_one_body():
    facts = run("LIMA, May 6 (Andina) -- President of Andina News Agency Ana Soto met Luis Mora, director "
                "of Chile's Orbe news agency. Soto said that Andina supports Orbe in hosting a forum.")
    assert len(facts.orgs) == 2
    assert {o.name: o.aliases for o in facts.orgs}["Andina News Agency"] == {"Andina"}


def test_one_body_with_its_country_written_two_ways_is_one_organisation():
    facts = run("The United States Department of Agriculture and the Chilean Ministry of Agriculture "
                "signed a deal. The plan is run by the U.S. Department of Agriculture.")
    names = {o.name: o.aliases for o in facts.orgs}
    assert names["United States Department of Agriculture"] == {"U.S. Department of Agriculture"}


@pytest.mark.parametrize("text, body, person", [
    ("Director of the Chilean Academy of Sciences Pedro Rojas spoke.", "Chilean Academy of Sciences",
     "Pedro Rojas"),
    ("It was signed by Permanent Representative of the Peruvian Academy of Sciences Ana Soto and CAS "
     "President Luis Mora.", "Peruvian Academy of Sciences", "Ana Soto"),
    ("Chair of the Andean Institute of Medical Sciences Ana Soto spoke.",
     "Andean Institute of Medical Sciences", "Ana Soto"),
])
def test_a_plural_field_in_ences_closes_the_body_before_its_heads_name(text, body, person):
    facts = run(text)
    assert body in {o.name for o in facts.orgs}
    assert {p.name: p.affiliation for p in facts.people}[person] == body


def test_a_place_after_with_and_a_preposition_in_the_topic_is_no_counterpart():
    facts = run("China and India signed a memorandum on cooperation in dealing with climate change in "
                "New Delhi.")
    assert _parties(facts) == [["CN", "IN"]]


def test_the_entity_with_takes_as_its_object_is_still_the_counterpart():
    facts = run("Peru signed a memorandum with the Chilean Ministry of Mines on mining.")
    assert [sorted(p.key for p in a.parties) for a in facts.agreements] == [
        ["Chilean Ministry of Mines", "https://w3id.org/coopkg/id/country/PE"]]


@pytest.mark.parametrize("text", [
    "“Peru has potential,” explained to AFP Ana Soto, technical director at Acme Fruit.",
    "“Peru has potential,” told AFP Ana Soto, technical director at Acme Fruit.",
])
def test_a_news_agency_told_before_a_name_is_no_part_of_it(text):
    facts = run(text)
    assert [p.name for p in facts.people] == ["Ana Soto"]
    assert [s.speaker.key for s in facts.statements] == ["Ana Soto"]


def test_the_government_of_a_country_after_with_is_still_the_counterpart():
    facts = run("The Andean Development Bank signed a loan agreement with the government of Peru on "
                "Tuesday.")
    assert _parties(facts) == [["Andean Development Bank", "PE"]]


def test_an_agencys_credit_line_between_a_lone_dateline_and_the_lead_leaves_the_lead_its_day():
    facts = run("LIMA, Peru, March 7\n\nAndina:\n\nThe government of Peru has published a list of documents "
                "signed on March 5 in Santiago at the meeting of the Joint Commission.\n\nThe documents are "
                "listed below:\n\n- Protocol on vocational education between the Government of Peru and the "
                "Government of Chile.\n\nThe Action Plan for Peruvian-Chilean Economic Cooperation was "
                "signed by Peruvian Prime Minister Ana Soto and Chilean Vice President Luis Mora.")
    assert [a.date.value for a in facts.agreements] == ["2024-03-05", "2024-03-05"]


@pytest.mark.parametrize("text, unit", [
    ("New Zealand will provide up to $NZ15 million to Tonga's schools.", "NZD"),
    ("Australia will provide $A15 million to Tonga.", "AUD"),
    ("Chile gave $US20 million to Peru.", "USD"),
])
def test_a_dollar_sign_before_its_countrys_letters_marks_that_dollar(text, unit):
    assert [(f.value, f.unit) for f in run(text).figures] == [(15e6 if unit != "USD" else 20e6, unit)]


@pytest.mark.parametrize("text, day", [
    ("The minister hailed the success of the High Level Meeting, held Wednesday and Thursday in Lima.",
     "2024-03-06"),
    ("The minister praised the Andean Forum, held March 4 in Lima.", "2024-03-04"),
])
def test_an_occasion_held_on_a_day_written_without_on_takes_it(text, day):
    assert [e.date.value for e in run(text).events] == [day]


@pytest.mark.parametrize("text", [
    "All Peruvian parties are united on the need to expand ties with Chile. That is the message that "
    "Peruvian Deputy Foreign Minister Ana Soto expressed during a visit to Chile last week.",
    "All Peruvian parties are united on the need to expand ties with Chile. This was the main message "
    "Ana Soto conveyed in Santiago.",
])
def test_the_message_a_speaker_expressed_is_the_sentence_before(text):
    assert [(s.speaker.key, s.text) for s in run(text).statements] == [
        ("Ana Soto", "All Peruvian parties are united on the need to expand ties with Chile")]


@pytest.mark.parametrize("adverb", ["Already", "Thus", "Moreover", "Furthermore"])
def test_a_sentence_adverb_glued_to_a_body_is_no_word_of_its_name(adverb):
    names = {o.name for o in run(f"{adverb} JICA has signed a loan agreement with KenGen.").orgs}
    assert "JICA" in names and not any(n.startswith(adverb) for n in names)


@pytest.mark.parametrize("text, month", [
    ("The talks ended in mid-February.", "2024-02"),
    ("The forum opened during the mid-January session.", "2024-01"),
])
def test_a_month_written_with_mid_and_a_hyphen_is_a_date(text, month):
    from coopkg.extract.dates import find_dates
    assert [d.when.value for d in find_dates(text, PUBLISHED)] == [month]


def test_a_slash_between_two_written_names_pairs_two_bodies():
    names = {o.name for o in run("Partnership agreements with the companies Acme Holdings/Zeta Bank and "
                                 "Delta Foods/Access Bank were signed Thursday.").orgs}
    assert {"Acme Holdings", "Zeta Bank", "Delta Foods", "Access Bank"} <= names
    assert not any("/" in n for n in names)
