"""Agreements on articles written for these tests: parties as the text names them, people signing
for their bodies or countries, several documents in one sentence, re-mentions, aggregates, dates."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.agreements import _kind
from coopkg.extract.facts import Ref
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 8)  # a Friday


def agreements(text: str):
    facts = extract(Article(text=text, published=PUBLISHED, title="", origin="test"))
    return [({_short(p) for p in a.parties}, a.date.value if a.date else None, a.kind)
            for a in facts.agreements]


def _short(ref: Ref) -> str:
    return ref.key.rsplit("/", 1)[-1] if ref.kind == "place" else ref.key


def test_people_sign_for_their_agency_or_country():
    found = agreements(
        "Ghana and Kenya on Tuesday signed an agreement on technical cooperation. Kenyan "
        "Ambassador to Ghana Mary Wanjiru and Kofi Boateng, executive director of the Ghana "
        "Development Agency, inked the deal.")
    assert found == [({"KE", "Ghana Development Agency"}, "2024-03-05", "agreement")]


def test_a_re_mention_with_the_day_dates_the_agreement():
    found = agreements(
        "Lakeside University has signed an MoU with the Riverside Institute of Technology. The two "
        "institutions signed the MoU on Wednesday in Nairobi.")
    assert found == [({"Lakeside University", "Riverside Institute of Technology"}, "2024-03-06",
                      "memorandum")]


def test_several_documents_in_one_sentence():
    found = agreements(
        "Oman and Chile signed a cooperation agreement on fisheries, as well as a cooperation "
        "protocol between Oman TV and Chile Radio, on Thursday.")
    assert ({"CL", "OM"}, "2024-03-07", "agreement") in found
    assert ({"Oman TV", "Chile Radio"}, "2024-03-07", "agreement") in found
    assert len(found) == 2


def test_an_aggregate_between_states_is_a_count_not_agreements():
    facts = extract(Article(text="Oman and Chile signed 14 cooperation agreements on Thursday.",
                            published=PUBLISHED, title="", origin="test"))
    assert facts.agreements == []
    assert [(f.value, f.unit) for f in facts.figures] == [(14.0, "agreements")]


def test_a_place_that_locates_a_university_is_no_party():
    found = agreements("The Lakeside University of Accra and the Polytechnic University in Morocco "
                       "signed a collaboration agreement.")
    assert found[0][0] == {"Lakeside University of Accra", "Polytechnic University"}


def test_the_two_universities_are_the_last_two_named():
    found = agreements("A delegation of Lakeside University visited Highland University in May. "
                       "The two universities signed an agreement to open a joint institute.")
    assert found == [({"Lakeside University", "Highland University"}, "2023-05", "agreement")]


def test_ministers_without_a_stated_country_sign_for_the_article_pair():
    found = agreements("Oman and Chile held talks in Muscat. Trade Minister Ali Al Harthy and his "
                       "Chilean counterpart Pedro Soto signed a memorandum on Monday.")
    assert found == [({"OM", "CL"}, "2024-03-04", "memorandum")]


def test_signing_without_on_before_the_weekday():
    found = agreements("Kenya and Oman signed here Monday a memorandum on ports.")
    assert found == [({"KE", "OM"}, "2024-03-04", "memorandum")]


def test_a_second_document_with_its_own_signing_verb_has_its_own_parties():
    found = agreements(
        "The Mombasa Port Authority and Saigon Harbour Corporation inked a memorandum on "
        "terminals, while the Kenya Tea Board signed a supply contract with Hanoi Leaf.")
    assert ({"Mombasa Port Authority", "Saigon Harbour Corporation"}, "2024-03", "memorandum") in found
    assert ({"Kenya Tea Board", "Hanoi Leaf"}, "2024-03", "contract") in found


def test_a_document_signed_by_people_has_their_bodies_or_countries_as_parties():
    found = agreements("Chile and Oman held talks in Muscat. The memorandum was signed in Muscat "
                       "on Monday by Pedro Soto, rector of the Andes University, and Oman's "
                       "trade minister Ali Al Harthy.")
    assert found == [({"Andes University", "OM"}, "2024-03-04", "memorandum")]


def test_the_document_re_mentioned_is_the_agreement_already_reported():
    found = agreements("Chile and Oman signed a memorandum on fisheries on Monday. The document "
                       "was signed by Chilean minister Pedro Soto and Omani minister Ali Al Harthy.")
    assert found == [({"CL", "OM"}, "2024-03-04", "memorandum")]


@pytest.mark.parametrize("text, topic", [
    ("Chile and Oman signed an agreement in the presence of President Ana Soto.", ""),
    ("Chile and Oman signed a memorandum on fisheries management on Monday.",
     "fisheries management"),
    ("Chile and Oman signed a loan agreement on Monday.", "loan"),
    ("Chile and Oman signed a memorandum of understanding (MoU) for joint research in ports.",
     "joint research in ports"),
    ("The university signed an MoU with the institute, under which the latter will provide "
     "grants to students.", "provide grants to students"),
])
def test_the_topic_is_what_the_document_is_about(text, topic):
    found = _kind(text)
    assert found is not None
    assert document_topic(text, found[1].end(), found[1].start()) == topic


def test_a_document_signed_with_no_party_named_is_between_the_leaders_countries():
    found = agreements(
        "ACCRA, March 6 – A protocol on the supply of medical equipment was signed on Wednesday after "
        "talks between Ghanaian President Kofi Mensah and his Kenyan counterpart John Mwangi.")
    assert found == [({"GH", "KE"}, "2024-03-06", "agreement")]


def test_a_passive_signing_with_a_named_counterpart_is_left_to_the_party_rules():
    found = agreements("Ghana and Kenya held talks. A memorandum was signed with the Kenya Ports "
                       "Authority on Wednesday.")
    assert all(a[0] != {"GH", "KE"} for a in found)


def test_the_topic_comes_from_where_the_text_describes_the_document():
    facts = extract(Article(
        text="Lakeside University signed an MoU with the Riverside Institute of Technology on "
             "Tuesday. The MoU allows the two institutions to jointly run a summer school in "
             "robotics.", published=PUBLISHED, title="", origin="test"))
    assert [a.topic for a in facts.agreements] == ["run a summer school in robotics"]


def test_a_definite_mention_takes_the_topic_of_the_document_introduced_before():
    facts = extract(Article(
        text="Parliament approved a bill ratifying a treaty on friendship and good neighbourliness "
             "between Ghana and Togo. The presidents of Ghana and Togo signed the treaty in Lome on "
             "May 4, 2023.", published=PUBLISHED, title="", origin="test"))
    assert [(a.topic, a.date.value) for a in facts.agreements] == [
        ("friendship and good neighbourliness between Ghana and Togo", "2023-05-04")]
