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


def _topics(text: str) -> list[tuple[set[str], str, str]]:
    facts = extract(Article(text=text, published=PUBLISHED, title="", origin="test"))
    return [({_short(p) for p in a.parties}, a.kind, a.topic) for a in facts.agreements]


def test_titled_documents_joined_by_while_are_two():
    found = _topics(
        "The foreign ministers of Ghana and Kenya signed the Agreement on the training of consular "
        "staff, while the transport ministers of the two countries signed the Agreement on the "
        "operation of a ferry line.")
    assert found == [({"GH", "KE"}, "agreement", "the training of consular staff"),
                     ({"GH", "KE"}, "agreement", "the operation of a ferry line")]


def test_a_bare_list_of_memoranda_after_a_signing_is_one_agreement_each():
    found = _topics(
        "Ghana and Kenya on Monday signed three MoUs. These are -- MoU on cooperation in fisheries "
        "between Ghana and Kenya, MoU between Kumasi Technical University (KTU) and Mombasa "
        "Technical University (MTU) and MoU on Tourism Promotion between Ghana and Kenya.")
    assert found == [
        ({"GH", "KE"}, "memorandum", "cooperation in fisheries between Ghana and Kenya"),
        ({"Kumasi Technical University", "Mombasa Technical University"}, "memorandum", ""),
        ({"GH", "KE"}, "memorandum", "Tourism Promotion between Ghana and Kenya")]


def test_a_count_with_one_complement_per_document():
    found = _topics(
        "Ghana and Kenya held talks in Accra. Three separate letters of exchange for school buses; "
        "for hospital beds; and for water pumps were also inked.")
    assert [(parties, kind, topic) for parties, kind, topic in found] == [
        ({"GH", "KE"}, "agreement", "school buses"), ({"GH", "KE"}, "agreement", "hospital beds"),
        ({"GH", "KE"}, "agreement", "water pumps")]


def test_one_with_a_and_another_with_b_are_two_documents_with_their_own_counterparts():
    found = _topics(
        "The Kenya Wildlife Service entered into two memoranda of understanding - one with the "
        "Ghana Forestry Commission (in the field of forest management) and another with the Ghana "
        "Tourism Authority (for cooperation in eco-tourism).")
    assert found == [
        ({"Kenya Wildlife Service", "Ghana Forestry Commission"}, "memorandum", "forest management"),
        ({"Kenya Wildlife Service", "Ghana Tourism Authority"}, "memorandum", "cooperation in eco-tourism")]


def test_agreements_with_two_named_counterparts_are_one_each():
    found = _topics("The Ghana Standards Authority signed agreements with the Kenya Bureau of Standards "
                    "and the Kenya Revenue Authority on cooperation in customs control.")
    assert found == [
        ({"Ghana Standards Authority", "Kenya Bureau of Standards"}, "agreement",
         "cooperation in customs control"),
        ({"Ghana Standards Authority", "Kenya Revenue Authority"}, "agreement",
         "cooperation in customs control")]


def test_entering_into_a_partnership_with_an_organisation_is_an_agreement():
    found = _topics("Lakeside University has entered into a strategic partnership with the Riverside "
                    "Institute of Technology with the aim of expanding student exchanges.")
    assert found == [({"Lakeside University", "Riverside Institute of Technology"}, "agreement",
                      "expanding student exchanges")]


@pytest.mark.parametrize("text", [
    "Ghana and Kenya have agreed to intensify bilateral cooperation between Ghana and Kenya.",
    "Ghana and Kenya agreed to hold the next round of consultations in Nairobi in 2025.",
    "Ghana and Kenya agreed to raise their annual trade to $2 billion.",
    "The president asked the minister to review the agreements that are being prepared for signing "
    "with Kenya.",
    "The presidents agreed that Ghana and Kenya will soon draft an action plan for 2025-2027.",
    "Ghana and Kenya signed an MoU. Under the MoU, the two ministries plan to launch joint projects.",
    "The presidents of Ghana and Kenya signed agreements on Tuesday to strengthen trade and cultural "
    "dialogue.",
])
def test_no_document_is_made(text):
    found = _topics(text)
    assert [f for f in found if f[1] != "memorandum"] == []


def test_reaching_agreements_on_a_matter_is_one_consensus():
    found = _topics("Leaders of Ghana and Kenya reached important agreements on establishing a "
                    "joint shipping line.")
    assert found == [({"GH", "KE"}, "agreement", "establishing a joint shipping line")]


def test_agreeing_to_set_up_a_body_stays_an_agreement():
    found = _topics("Ghana and Kenya have agreed to set up a joint commission on fisheries.")
    assert found == [({"GH", "KE"}, "agreement", "set up a joint commission on fisheries")]


def test_agreeing_to_a_course_of_action_is_an_agreement_when_the_text_calls_it_one():
    """GOLD_FORMAT counts a consensus 'reached' and then called 'the agreement': 'A and B agreed
    to <do X>' is an agreement when a sentence beside it speaks of the agreement, not when it
    stands alone, and never when X only restates the relation ('agreed to intensify bilateral
    cooperation')."""
    assert _topics("Ghana and Kenya have agreed to boost cooperation in the field of space "
                   "technology. The agreement was reached during talks in Accra.") == [
        ({"GH", "KE"}, "agreement", "boost cooperation in the field of space technology")]
    assert _topics("Ghana and Kenya have agreed to boost cooperation in the field of space "
                   "technology.") == []
    assert _topics("Ghana and Kenya agreed to intensify bilateral cooperation.") == []


def test_the_government_of_a_country_signs_as_the_country():
    found = _topics("The Government of Kenya and the Ghana Ports Authority signed a memorandum on "
                    "port logistics.")
    assert found == [({"KE", "Ghana Ports Authority"}, "memorandum", "port logistics")]


def test_a_package_described_by_one_document_gives_that_document():
    found = _topics("The visit of the Kenyan president to Ghana resulted in the signing of twelve "
                    "documents, including a roadmap for Ghana-Kenya cooperation until 2030.")
    assert found == [({"GH", "KE"}, "plan", "Ghana-Kenya cooperation until 2030")]


def test_officials_named_by_a_plural_title_sign_for_the_pair():
    found = _topics("Ghana and Kenya held talks in Accra. Interior Ministers, Kofi Mensah and John "
                    "Mwangi, signed the Protocol on joint border patrols.")
    assert found == [({"GH", "KE"}, "agreement", "joint border patrols")]


def test_the_ministries_of_a_field_of_two_countries_are_each_country_s_ministry():
    found = _topics(
        "Ghana and Kenya signed several documents in Accra. There was also an agreement between the "
        "Ministry of Health of Ghana and the Ministry of Health of Kenya on vaccines, along with a "
        "cooperation program between the Ministries of Health of Ghana and Kenya for 2024-2025.")
    assert [f[0] for f in found] == [{"Ministry of Health of Ghana", "Ministry of Health of Kenya"}] * 2


def test_the_day_a_signing_was_reported_is_not_its_day():
    found = agreements("Ghana and Kenya signed five agreements to deepen ties, the foreign ministry "
                       "said on Friday. The agreements were inked on Wednesday. Ghana and Kenya also "
                       "signed a memorandum on fisheries.")
    assert found == [({"GH", "KE"}, "2024-03-06", "memorandum")]


def test_an_anniversary_dates_the_earlier_document():
    found = agreements("Ghana and Kenya held talks in Accra. The year 2023 marked the 30th anniversary "
                       "of the signing of the treaty on friendship between the two countries.")
    assert found == [({"GH", "KE"}, "1993", "treaty")]


def test_an_agreement_told_again_as_a_memorandum_on_the_same_matter_is_that_memorandum():
    found = agreements(
        "Ghana and Kenya on Thursday signed an agreement to develop the fisheries sector, including "
        "research and processing. \"Kenya and Ghana have signed a memorandum for fisheries research, "
        "processing and training,\" the minister said.")
    assert found == [({"GH", "KE"}, "2024-03-07", "memorandum")]


def test_a_named_partnership_agreement_is_an_agreement_not_a_joint_statement():
    found = agreements("Kenya and Uganda have signed a Strategic Partnership Agreement on trade.")
    assert [kind for _parties, _date, kind in found] == ["agreement"]


def test_a_list_of_documents_is_dated_as_its_introducing_sentence():
    found = agreements("Presidents of Chile and Kenya held talks in Nairobi on Wednesday. "
                       "After the talks, the following documents were signed:\n\n"
                       "- Agreement on cooperation in tourism;\n"
                       "- Memorandum of understanding on fisheries.")
    assert found == [({"CL", "KE"}, "2024-03-06", "agreement"), ({"CL", "KE"}, "2024-03-06", "memorandum")]


@pytest.mark.parametrize(("text", "expected"), [
    # topics that share only 'cooperation' name two documents
    ("Earlier, the two sides signed a memorandum on trade and economic cooperation. Ghana and Chile "
     "also signed an agreement on mining cooperation.",
     [({"GH", "CL"}, "2024-03", "memorandum"), ({"GH", "CL"}, "2024-03", "agreement")]),
    ("Ghana and Chile signed an agreement on fisheries cooperation on Monday. Ghana and Chile also "
     "signed an agreement on tourism cooperation.",
     [({"GH", "CL"}, "2024-03-04", "agreement"), ({"GH", "CL"}, "2024-03-04", "agreement")]),
    # a shared subject word is one document told twice
    ("Ghana and Chile signed an agreement on fisheries cooperation on Monday. Ghana and Chile signed a "
     "memorandum on cooperation in fisheries in Accra.",
     [({"GH", "CL"}, "2024-03-04", "memorandum")]),
])
def test_documents_are_the_same_only_when_their_subjects_are(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("credit", ["reports the Coastal News Agency (CNA)", "writes the Coastal Herald",
                                    "according to the Chilean embassy"])
def test_a_news_credit_after_the_topic_is_not_part_of_it(credit):
    facts = extract(Article(text=f"Ghana and Chile signed an agreement on fisheries cooperation, {credit}.",
                            published=PUBLISHED, origin="test"))
    assert [a.topic for a in facts.agreements] == ["fisheries cooperation"]
