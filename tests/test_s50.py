"""Classes of errors seen in unseen news (session 50), each on sentences written for these tests."""

import pytest
from tests.session_articles import org_names, run


@pytest.mark.parametrize("text, topics", [
    ("Peru and Kenya signed four memorandums of understanding (MoUs) on fisheries, mining, national "
     "archives and tourism on Tuesday.", ["fisheries", "mining", "national archives", "tourism"]),
    ("Chile and Ghana signed three memoranda of understanding in the fields of sports, education, and "
     "higher education.", ["sports", "education", "higher education"]),
    ("Chile and Ghana on Monday signed two agreements covering forestry and water supply.",
     ["forestry", "water supply"]),
])
def test_a_count_matched_by_its_listed_fields_is_one_document_per_field(text, topics):
    facts = run(text)
    assert sorted(a.topic for a in facts.agreements) == sorted(topics)
    assert [f.value for f in facts.figures] == [len(topics)]


@pytest.mark.parametrize("text", [
    "Peru and Kenya signed five memorandums of understanding on fisheries, mining and tourism.",
    "Chile and Ghana signed two agreements in Accra.",
])
def test_a_count_its_list_does_not_match_stays_an_aggregate(text):
    facts = run(text)
    assert facts.agreements == []
    assert len(facts.figures) == 1


def test_a_passive_signing_gives_each_document_the_subject_after_its_verb():
    facts = run("Chile and Ghana signed four MoUs on Monday. One MoU was signed on cooperation in fighting "
                "organised crime. A second MoU was signed on the promotion of civil aviation security. "
                "Another MoU was also signed on cooperation in the field of sports.")
    assert sorted(a.topic for a in facts.agreements) == [
        "cooperation in fighting organised crime", "cooperation in the field of sports",
        "the promotion of civil aviation security"]


def test_in_this_regard_is_no_subject_of_a_document():
    facts = run("Chile and Ghana want more trade. A memorandum was signed in this regard between the Chile "
                "Chamber of Commerce and the Ghana Chamber of Commerce on Monday.")
    assert [a.topic for a in facts.agreements] == [""]


def _parties(facts):
    return [sorted(p.key.rsplit("/", 1)[-1] for p in a.parties) for a in facts.agreements]


def test_the_bodies_of_a_passive_after_a_signing_aside_are_the_parties():
    facts = run("Chile and Ghana on Monday signed a memorandum on mining. The memorandum, signed during "
                "the minister's visit, was inked by the Chile Mining Authority and the Ghana Minerals "
                "Commission.")
    assert _parties(facts) == [["Chile Mining Authority", "Ghana Minerals Commission"]]


def test_a_body_whose_country_is_untold_takes_the_side_its_partner_leaves():
    facts = run("Chile and Ghana on Monday signed a memorandum on pensions. The memorandum was signed by the "
                "Chile Pension Authority and the Social Security Trust.")
    assert _parties(facts) == [["Chile Pension Authority", "Social Security Trust"]]


def test_earlier_in_the_day_is_the_storys_day_not_a_cited_historic_one():
    facts = run("The regional fund came into operation on November 15, 2012, to lend to members. Earlier in "
                "the day, Chilean President Ana Soto and Peruvian President Luis Mora launched a new "
                "payment card in Lima.")
    assert {e.date.value for e in facts.events if e.date} == {"2024-03-08"}


def test_earlier_in_the_day_keeps_a_recent_stated_day():
    facts = run("Chilean President Ana Soto arrived in Lima on Tuesday. Earlier in the day, she and Peruvian "
                "President Luis Mora launched a new payment card.")
    assert "2024-03-05" in {e.date.value for e in facts.events if e.date}


def test_a_date_in_a_relative_clause_does_not_end_the_episode():
    facts = run("On Tuesday, Chile and Peru signed two agreements on fisheries.\n\nSpeaking at a news "
                "conference after bilateral talks, Chilean President Ana Soto and Peruvian President Luis "
                "Mora praised the trade pact, which came into force in July 2019.")
    dates = {e.type: e.date.value for e in facts.events if e.date}
    assert dates.get("PressBriefing") == "2024-03-05"


def test_a_weekday_between_a_count_and_its_fields_is_no_field():
    facts = run("Chile and Vietnam signed three agreements on Monday on fisheries, tourism and education.")
    assert sorted(a.topic for a in facts.agreements) == ["education", "fisheries", "tourism"]
    assert {a.date.value for a in facts.agreements} == {"2024-03-04"}


@pytest.mark.parametrize("text, said", [
    ("Chilean Ambassador Ana Soto met Peru's trade minister. Soto also shared Chile's plans to host a "
     "mining forum in May.", "shared Chile's plans to host a mining forum in May"),
    ("Chilean Ambassador Ana Soto met Peru's trade minister. Soto extended Chile's commitment to "
     "support the port project.", "extended Chile's commitment to support the port project"),
])
def test_sharing_plans_and_extending_a_commitment_report_speech(text, said):
    assert [s.text for s in run(text).statements] == [said]


def test_sharing_a_border_reports_no_speech():
    assert run("Chilean Ambassador Ana Soto said Chile shares a border with Peru. Chile shared a border "
               "with Bolivia too.").statements[1:] == []


@pytest.mark.parametrize("tag", ["stated the minister’s media aide, Rosa Vidal",
                                 "said the minister's spokesman, Rosa Vidal"])
def test_a_quote_tagged_by_a_possessive_title_and_a_name(tag):
    facts = run(f"Chile and Peru signed an energy MoU on Tuesday. “The exchange of expertise will help "
                f"both grids,” {tag}.")
    assert [(s.speaker.key, s.text) for s in facts.statements] == [
        ("Rosa Vidal", "The exchange of expertise will help both grids")]


def test_a_ministrys_field_list_may_close_with_an_ampersand():
    names = org_names("The MoU was signed by the Chilean Ministry of Ports, Shipping & Waterways and the "
                      "Ministry of Transport of Peru.")
    assert "Chilean Ministry of Ports, Shipping & Waterways" in names
    assert "Chilean Ministry of Ports" not in names


def test_a_title_is_no_field_of_a_listed_name():
    names = org_names("(Source: Media Office of the Prime Minister, Oil & Gas Review)")
    assert "Media Office of the Prime Minister" in names
    assert not any("Oil" in n for n in names if "Office" in n)


def test_preposition_variants_of_one_ministrys_name_are_one_body():
    names = org_names("The Ministry of Overseas Chileans signed it. Later the Ministry for Overseas Chileans "
                      "said so.")
    assert "Ministry for Overseas Chileans" not in names


@pytest.mark.parametrize("text, ranks", [
    ("Spain is Cuba's third largest trading partner.", [3.0]),
    ("In 2021, Peru was Chile's 7th largest trading partner and ASEAN's 3rd largest trading partner.",
     [7.0, 3.0]),
    ("Chile is the world's second-largest copper exporter.", [2.0]),
    ("Chile is Peru's largest trading partner.", []),
    ("The second round of talks opened in Lima.", []),
])
def test_an_ordinal_before_a_superlative_states_a_rank(text, ranks):
    assert [f.value for f in run(text).figures if f.unit == "rank"] == ranks


def test_a_document_that_would_be_finalised_is_not_made():
    facts = run("Chile and Peru discussed a currency swap. The swap agreement would be finalised after "
                "a legal review, officials said.")
    assert facts.agreements == []


@pytest.mark.parametrize("text, body", [
    ("The Kremlin said Moscow and Bamako discussed energy.", "Kremlin"),
    ("Cheong Wa Dae said the summit with Chile went well.", "Cheong Wa Dae"),
])
def test_an_office_named_by_its_seat_is_a_state_body(text, body):
    facts = run(text)
    assert body in {o.name for o in facts.orgs}
    assert body not in {p.name for p in facts.people}
    assert [s.speaker.key for s in facts.statements] == [body]


def test_the_seat_after_at_is_a_building():
    assert "Cheong Wa Dae" not in org_names("The Chilean President met Park at Cheong Wa Dae on Monday.")


def test_a_dated_lead_with_no_place_is_a_dateline():
    facts = run("Wednesday, March 6, 2024 – Chilean President Ana Soto yesterday made her first visit to "
                "Peru.\n\nChile and Peru also signed a memorandum on mining.")
    assert [a.date.value for a in facts.agreements] == ["2024-03-05"]


@pytest.mark.parametrize("text", [
    "The pledge was made when the two ministers met, said the New Light of Myanmar.",
    "The MoU links the Diplomatic Academies of Chile and Peru.",
    "Peru will grant the Overseas Citizenship of Chile card to descendants.",
])
def test_a_capitalised_phrase_before_of_a_country_is_no_person(text):
    assert run(text).people == []


def test_a_given_name_before_of_a_country_is_a_person():
    facts = run("Leaders present were Juan Soto of Peru; and Ana Vidal of Chile.")
    assert [p.name for p in facts.people] == ["Juan Soto", "Ana Vidal"]


def test_a_speech_verbs_form_after_a_determiner_is_a_noun():
    facts = run("Ambassador Ana Soto and Secretary at the Ministry of Finance, Luis Mora, signed and "
                "exchanged a set of Notes on Wednesday.")
    assert facts.statements == []


def test_a_sum_of_millions_before_loans_is_no_count_of_loans():
    facts = run("Chile and Peru signed agreements worth 140 million euros (100 million soft loans and 40 "
                "million grant).")
    assert not [f for f in facts.figures if f.unit in ("loans", "grants")]


def test_affairs_after_a_type_word_heads_the_body():
    names = org_names("Peru Customs Authority and Chile Customs Affairs signed a deal.")
    assert "Chile Customs Affairs" in names


def test_signed_minutes_of_a_meeting_are_a_document_of_their_own():
    facts = run("Chile and Peru signed on Monday a memorandum of understanding on fisheries. The memorandum "
                "was signed in the presence of the two foreign ministers. The two ministers signed the "
                "minutes of the second meeting of the Chile-Peru Coordination Council.")
    assert sorted(a.kind for a in facts.agreements) == ["agreement", "memorandum"]


@pytest.mark.parametrize("text, place", [
    ("Chilean President Ana Soto paid an official visit to the United States.", "US"),
    ("Chilean President Ana Soto, who was on an official visit to the ROK, met investors.", "KR"),
])
def test_a_country_name_also_used_as_an_adjective_is_a_visits_destination(text, place):
    assert [e.location.rsplit("/", 1)[-1] for e in run(text).events if "visit" in e.label] == [place]
