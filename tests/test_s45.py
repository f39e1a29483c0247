"""Classes of errors seen in unseen news (session 45), each on sentences written for these tests."""

import sys
from datetime import date

import pytest
from tests.session_articles import org_names, run

from coopkg.extract import extract
from coopkg.read.article import Article


@pytest.mark.parametrize("text, name", [
    ("The Port and Harbour Authority of Tema signed an agreement with Kenya.",
     "Port and Harbour Authority of Tema"),
    ("The Bank and Insurance Commission of Ruritania met the Kenyan delegation.",
     "Bank and Insurance Commission of Ruritania"),
])
def test_a_type_word_alone_before_and_opens_no_name_of_its_own(text, name):
    assert name in org_names(text)


@pytest.mark.parametrize("text, name", [
    ("The Port of Valencia Authority signed an agreement with Kenya.", "Port of Valencia Authority"),
    ("Ghana signed a lease with the Port of Mombasa Company on Monday.", "Port of Mombasa Company"),
])
def test_a_harbour_named_with_its_operators_type_word_is_a_body(text, name):
    assert name in org_names(text)


def test_a_harbour_alone_is_no_body():
    assert not org_names("The Port of Mombasa was expanded with Chinese loans, Kenya said.")


def test_the_body_written_without_the_place_it_serves_is_the_same_body():
    found = run("The Port of Valencia Authority signed an agreement with Kenya. "
                "The Port Authority said the deal would double the cargo.")
    assert [o.name for o in found.orgs] == ["Port of Valencia Authority"]
    assert "Port Authority" in found.orgs[0].aliases
    assert [s.speaker.key for s in found.statements] == ["Port of Valencia Authority"]


@pytest.mark.parametrize("text, name", [
    ("The loan was announced at the 2023 Nairobi Summit of the Forum on Andean-African Cooperation.",
     "Forum on Andean-African Cooperation"),
    ("Peru spoke at the Third Ministerial Conference on the Forum on Pacific-Andean Trade (FPAT).",
     "Forum on Pacific-Andean Trade"),
    ("The two sides met at the Fourth Session of the Peru-Ghana Joint Trade Commission in Accra.",
     "Peru-Ghana Joint Trade Commission"),
])
def test_the_body_whose_gathering_is_named_is_named(text, name):
    assert name in org_names(text)


def test_a_gathering_on_a_subject_names_no_body():
    assert not org_names("Ghana attended the 25th International Conference on the Future of Asia in Tokyo.")


def test_a_joint_body_written_without_its_pair_of_countries_is_the_same_body():
    found = run("Delegates at the Second Meeting of the Joint Commission Peru-Ghana reviewed trade. "
                "Ministers closed the Second Meeting of the Joint Commission with a call for trade.")
    assert [o.name for o in found.orgs] == ["Joint Commission Peru-Ghana"]


@pytest.mark.parametrize("text, role", [
    ("On Friday, Cabinet Secretary for Trade Ama Wanjiru met Peru's envoy in Nairobi.",
     "Cabinet Secretary for Trade"),
    ("Cabinet Secretary Ama Wanjiru met Peru's envoy in Nairobi.", "Cabinet Secretary"),
])
def test_cabinet_before_a_title_is_part_of_the_title(text, role):
    assert [(p.name, p.role) for p in run(text).people] == [("Ama Wanjiru", role)]


def test_the_short_form_of_cabinet_secretary_is_a_title_and_names_the_same_speaker():
    found = run("Cabinet Secretary for Trade Ama Wanjiru met Peru's envoy in Nairobi on Monday. "
                "CS Wanjiru said Kenya will export more tea to Peru.")
    assert [p.name for p in found.people] == ["Ama Wanjiru"]
    assert [(s.speaker.key, s.text) for s in found.statements] == [
        ("Ama Wanjiru", "Kenya will export more tea to Peru")]


def test_a_cabinet_of_ministers_is_still_a_body():
    found = run("A letter was exchanged between the Cabinet of Ministers of Ruritania and the "
                "Government of Peru.")
    assert "Cabinet of Ministers of Ruritania" in {o.name for o in found.orgs}


def test_a_unit_named_with_the_body_that_holds_it_speaks():
    found = run("The Office of the Spokesperson of the Ministry of Foreign Affairs said that the "
                "minister will visit Peru in June.")
    assert [(s.speaker.key, s.text) for s in found.statements] == [
        ("Office of the Spokesperson", "the minister will visit Peru in June")]


@pytest.mark.parametrize("text, outlet", [
    ("Ghana and Peru signed a trade agreement in Accra on Monday.\n\nSource Lagos Herald", "Lagos Herald"),
    ("Ghana and Peru signed a trade agreement in Accra on Monday.\n\nSource: kilimaspace.eu with agencies",
     "kilimaspace.eu"),
    ("LIMA, April 7, Andes-Plus, - Ghana and Peru signed a trade agreement in Lima on Monday.",
     "Andes-Plus"),
])
def test_a_credit_line_or_dateline_names_its_outlet(text, outlet):
    found = run(text)
    assert outlet in {o.name for o in found.orgs}
    assert not any(o.name.startswith("Source") for o in found.orgs)


def test_speaking_to_reporters_at_a_press_conference_is_one_briefing():
    found = run("Speaking to reporters at a joint press conference in Accra, Peruvian President "
                "Luis Tapia said on Tuesday that trade will grow.")
    assert [e.type for e in found.events] == ["PressBriefing"]


def test_briefing_reporters_without_a_press_noun_is_still_a_briefing():
    found = run("Peruvian President Luis Tapia briefed reporters in Accra on Tuesday.")
    assert [(e.type, e.date.value) for e in found.events] == [("PressBriefing", "2024-03-05")]


def test_a_place_after_a_body_in_a_list_closes_that_item():
    found = org_names("The delegation visited the Andes Research and Development Centre, Lima and "
                      "Centre for Highland Studies.")
    assert {"Andes Research and Development Centre", "Centre for Highland Studies"} <= found
    assert not any(name.startswith("Lima") for name in found)


def test_a_body_named_after_two_places_stays_whole():
    assert "Lima and Callao Chamber of Commerce" in org_names(
        "The Lima and Callao Chamber of Commerce signed a deal with Ghana.")


def test_a_pact_signed_by_two_people_says_what_it_holds_no_one_speaks():
    found = run("The pact, signed by Peruvian Foreign Minister Ana Lopez and Ghanaian Trade Minister "
                "Ama Obi, stresses green city concepts.")
    assert found.statements == []


def test_a_new_speaker_at_the_same_occasion_takes_the_occasion_day():
    found = run("The agreement was signed via video on Monday by the mayors of Lima and Accra.\n\n"
                "Ama Obi, Ghana's ambassador to Peru, said that the deal opened a new chapter.")
    assert [(s.speaker.key, s.date.value) for s in found.statements] == [("Ama Obi", "2024-03-04")]


STORY = ("Minister Ana Lopez had a meeting with Foreign Minister Ama Obi on 7 April 2025. Minister Obi "
         "welcomed Peru's ratification of the Trade Agreement in February 2025, which will enter into "
         "force on 3 May 2025. The Ministers also signed two Memoranda of Understanding on trade and "
         "tourism.")


def test_a_date_of_an_occasion_reacted_to_is_not_the_episodes():
    found = extract(Article(text=STORY, published=date(2025, 4, 8), title="", origin="test"))
    counts = [(f.value, f.period_start.value) for f in found.figures if f.unit == "memoranda"]
    assert counts == [(2.0, "2025-04-07")]


def test_a_date_after_a_reaction_to_a_person_is_the_reactions_own():
    sent = sys.modules["coopkg.extract.episodes"]
    assert sent.reacted_to("She welcomed Peru's ratification of the pact in February", 50)
    assert not sent.reacted_to("She welcomed the Peruvian delegation on Monday", 40)


def test_a_change_told_after_a_count_of_goods_is_that_counts_change():
    found = run("This year, Ghana exported 3.5 million bottles of wine to Peru, a 158 percent increase "
                "year-on-year.")
    assert [(f.value, f.unit, f.change_percent) for f in found.figures] == [(3500000.0, "bottles", 158.0)]


@pytest.mark.parametrize("text, bodies", [
    ("He met the Executive Board Chairman of the Development Bank of Ruritania on Monday.",
     {"Executive Board", "Development Bank of Ruritania"}),
    ("The delegation was led by a Political Bureau Member of the Workers Party of Ruritania, Ama Obi.",
     {"Workers Party of Ruritania"}),
])
def test_a_title_between_two_bodies_parts_them(text, bodies):
    found = org_names(text)
    assert bodies <= found and not any(" of the " in n and n.split()[0] in ("Executive", "Political")
                                       for n in found)


def test_a_title_running_on_into_a_firm_found_later_is_the_title_and_the_employer():
    found = run("Ama Obi, chairman of the Ghana National Oil Corporation, and Luis Tapia, CEO of Petrosur, "
                "signed an agreement on gas.")
    people = {p.name: (p.role, p.affiliation) for p in found.people}
    assert people["Luis Tapia"] == ("CEO", "Petrosur")
    assert [sorted(r.key for r in a.parties) for a in found.agreements] == [
        ["Ghana National Oil Corporation", "Petrosur"]]


def test_a_capitalised_phrase_before_a_body_keeps_the_title_whole():
    found = run("Ama Obi, Minister of State in Charge of Trade Planning, met Peru's envoy in Accra.")
    assert [p.role for p in found.people if p.name == "Ama Obi"] != ["Minister"]


def test_a_bracketed_short_form_between_a_title_and_the_name_keeps_the_affiliation():
    found = run("The Chairman of the Ghana National Oil Corporation (GNOC), Ama Obi, met Peru's envoy.")
    assert [(p.name, p.role, p.affiliation) for p in found.people] == [
        ("Ama Obi", "Chairman", "Ghana National Oil Corporation")]


def test_a_conference_on_a_named_forum_is_one_meeting_of_the_forum():
    found = run("Peru announced the plan at the Eighth Ministerial Conference on the Forum on Andean Africa "
                "Cooperation (FOAAC) held in Senegal in November.")
    assert [e.label for e in found.events] == [
        "Eighth Ministerial Conference of Forum on Andean Africa Cooperation"]


def test_negotiations_on_a_deal_named_after_a_body_make_no_meeting_of_the_body():
    found = run("The minister asked about the negotiations on the EU-Mercosur agreement.")
    assert not any("of EU" in e.label for e in found.events)


@pytest.mark.parametrize("text", [
    "Trade between the two countries reached $8 billion in 2023, according to ambassador Ana Lopez.",
    "According to spokesman Ama Obi, trade with Peru grew by 50 per cent in the past two months.",
])
def test_a_figure_relayed_according_to_a_person_is_an_attribution(text):
    assert run(text).statements == []


def test_a_view_relayed_according_to_a_person_is_still_a_statement():
    found = run("According to ambassador Ana Lopez, the visit will open a golden era of cooperation.")
    assert [s.speaker.key for s in found.statements] == ["Ana Lopez"]


def test_an_occasion_in_a_fronted_participle_clause_takes_the_day_told_after_said():
    found = run("Speaking to reporters at a joint press briefing in Ghana's capital, Accra, Peruvian "
                "President Luis Tapia said Tuesday that trade will double.")
    assert [(e.type, e.date.value) for e in found.events] == [("PressBriefing", "2024-03-05")]
