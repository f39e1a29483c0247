"""Extraction rules on short articles written for these tests in the style of news reports."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.dates import find_dates, find_period
from coopkg.extract.facts import Ref
from coopkg.read.article import Article
from coopkg.reference import gazetteer

PUBLISHED = date(2023, 10, 12)


def facts_of(text: str, published: date = PUBLISHED):
    return extract(Article(text=text, published=published, title="", origin="test"))


def place(code: str) -> Ref:
    kind = "country" if len(code) == 2 else "region"
    return Ref("place", f"https://w3id.org/coopkg/id/{kind}/{code}")


@pytest.mark.parametrize("text, expected", [
    ("signed on September 20, 2021, in", "2021-09-20"),
    ("signed 20 September 2021 in", "2021-09-20"),
    ("met on June 21, said", "2023-06-21"),
    ("in 2018, the two", "2018"),
    ("last month", "2023-09"),
    ("this year", "2023"),
    ("on Wednesday", "2023-10-11"),
    ("on Thursday", "2023-10-12"),  # the paper's own weekday: that day
    ("since January, 2017 when", "2017-01"),
    ("ASTANA, Oct. 11 (Xinhua) --", "2023-10-11"),
    ("the ministers met this morning", "2023-10-12"),
    ("a reception tonight", "2023-10-12"),
    ("they dined last night", "2023-10-11"),
    ("the minister said last evening", "2023-10-11"),
    ("the forum opens tomorrow in", "2023-10-13"),
    ("a state visit next March", "2024-03"),
    ("a state visit next November", "2023-11"),
    ("Tomorrow, the ministers will", "2023-10-13"),
    ("they meet next Tuesday", "2023-10-17"),
    ("they meet next Thursday", "2023-10-19"),
    ("signed on 05.03.2021 in", "2021-03-05"),
    ("signed on 3/25/2021 in", "2021-03-25"),
])
def test_dates_at_their_precision(text, expected):
    assert [d.when.value for d in find_dates(text, PUBLISHED)] == [expected]


@pytest.mark.parametrize("text", ["on the last evening of the fair", "on its last night in Lima"])
def test_the_last_night_of_an_occasion_is_no_date(text):
    assert find_dates(text, PUBLISHED) == []


def test_periods():
    start, end = find_period("in the first seven months of this year", PUBLISHED)
    assert (start.value, end.value) == ("2023-01", "2023-07")
    start, end = find_period("in January–September 2022", PUBLISHED)
    assert (start.value, end.value) == ("2022-01", "2022-09")
    start, end = find_period("in the first nine months of the year", PUBLISHED)
    assert (start.value, end.value) == ("2023-01", "2023-09")
    start, end = find_period("in the first half of 2021", PUBLISHED)
    assert (start.value, end.value) == ("2021-01", "2021-06")


def test_organisations_types_places_and_aliases():
    facts = facts_of(
        "TASHKENT, Oct. 11 -- The Samarkand Digital Incubator LLC signed an agreement with the "
        "Mongolian Science Fund and the Institute of Geology of the Academy of Sciences of "
        "Mongolia (IGAS) on Wednesday. IGAS will host the first workshop, the Uzbek Ministry of "
        "Higher Education said.")
    orgs = {o.name: o for o in facts.orgs}
    incubator = orgs["Samarkand Digital Incubator LLC"]
    assert incubator.type == "Incubator" and incubator.country == "UZ"
    assert gazetteer().regions[incubator.region].parent == "UZ-SA"  # the city of Samarkand
    assert orgs["Mongolian Science Fund"].type == "GovernmentBody"  # a state fund (gold: funds are bodies)
    assert orgs["Mongolian Science Fund"].country == "MN"
    institute = orgs["Institute of Geology of the Academy of Sciences of Mongolia"]
    assert institute.type == "ResearchInstitute" and institute.aliases == {"IGAS"}
    assert institute.parent == "Academy of Sciences of Mongolia"
    assert orgs["Academy of Sciences of Mongolia"].country == "MN"
    assert orgs["Uzbek Ministry of Higher Education"].type == "GovernmentBody"
    assert orgs["Uzbek Ministry of Higher Education"].country == "UZ"
    assert "IGAS" not in orgs


def test_apposition_country_beats_the_name():
    facts = facts_of("Lao Solar Development Co., Ltd., a Chinese company in Laos, built the plant.")
    (org,) = facts.orgs
    assert org.name == "Lao Solar Development Co., Ltd." and org.country == "CN"


def test_people_with_roles_before_and_after_the_name():
    facts = facts_of(
        "Kazakh Foreign Minister Arman Bekov met Chinese Ambassador to Kazakhstan Li Wen. "
        "\"We are ready to expand trade,\" said Dana Ospanova, director of the Eurasia Research "
        "Institute, adding that talks would continue.")
    people = {p.name: p for p in facts.people}
    assert people["Arman Bekov"].role == "Foreign Minister"
    assert people["Arman Bekov"].country == "KZ"
    assert people["Li Wen"].role == "Ambassador to Kazakhstan"
    assert people["Li Wen"].country == "CN"
    assert people["Dana Ospanova"].role == "director"
    assert people["Dana Ospanova"].affiliation == "Eurasia Research Institute"


def test_agreement_with_parties_and_date():
    facts = facts_of(
        "On August 3, 2022, the Bishkek Technology Park signed a memorandum of understanding "
        "with the Almaty Innovation Foundation to jointly develop software exports.")
    (agreement,) = facts.agreements
    assert agreement.parties == [Ref("org", "Bishkek Technology Park"),
                                 Ref("org", "Almaty Innovation Foundation")]
    assert agreement.date.value == "2022-08-03" and agreement.kind == "memorandum"
    assert agreement.topic.startswith("develop software exports")


def test_two_countries_agreed():
    facts = facts_of("Japan and Mongolia held talks in Tokyo. In 2019, the two countries agreed "
                     "to expand cooperation in mining.")
    (agreement,) = facts.agreements
    assert set(agreement.parties) == {place("JP"), place("MN")}
    assert agreement.date.value == "2019"


def test_list_of_signed_documents():
    facts = facts_of(
        "Kyrgyzstan and Turkey signed 3 documents during the visit, including:\n"
        "- Memorandum on cooperation in energy;\n"
        "- Agreement on establishing a partnership between Osh region and Izmir province;\n"
        "- Program of cultural exchanges for 2024-2026.")
    kinds = [a.kind for a in facts.agreements]
    assert kinds.count("memorandum") == 1 and kinds.count("plan") == 1
    partnership = next(a for a in facts.agreements if "Osh" in a.topic)
    assert partnership.parties == [place("KG-O"), place("TR-35")]
    energy = next(a for a in facts.agreements if a.kind == "memorandum")
    assert set(energy.parties) == {place("KG"), place("TR")}
    counts = [f for f in facts.figures if f.unit == "documents"]
    assert [(f.value, f.indicator) for f in counts] == [
        (3.0, "number of documents signed by Kyrgyzstan and Turkey during the visit")]


def test_statements_and_speakers():
    facts = facts_of(
        "Vietnamese Deputy Prime Minister Tran Van Minh said that trade with Laos grew strongly. "
        "\"Our partnership is entering a new stage,\" Tran said at a press conference on Monday. "
        "Exports will double by 2030, according to the Lao Ministry of Industry and Commerce.")
    by_speaker = [(s.speaker.key, s.text) for s in facts.statements]
    assert by_speaker[0] == ("Tran Van Minh", "trade with Laos grew strongly")
    assert by_speaker[1] == ("Tran Van Minh", "Our partnership is entering a new stage")
    assert facts.statements[1].date.value == "2023-10-09"
    assert len(by_speaker) == 2  # 'according to' a ministry is an attribution, not a statement
    assert any(e.type == "PressBriefing" for e in facts.events)


def test_figures_money_percent_and_period():
    facts = facts_of(
        "Bilateral trade between China and Kyrgyzstan reached $4.5bn in the first half of this "
        "year, up 12.5 percent year on year.")
    (figure,) = facts.figures
    assert figure.value == 4.5e9 and figure.unit == "USD"
    assert (figure.period_start.value, figure.period_end.value) == ("2023-01", "2023-06")
    assert figure.change_percent == 12.5 and set(figure.countries) == {"CN", "KG"}
    yuan = facts_of("Investment from China in Laos hit 1.2 trillion yuan in 2022.").figures[0]
    assert (yuan.value, yuan.unit, yuan.period_start.value) == (1.2e12, "CNY", "2022")


def test_state_visit_and_summit():
    facts = facts_of(
        "President Kassym Tokayev will attend the Shanghai Cooperation Organization (SCO) summit "
        "and pay a state visit to Mongolia, his office said.")
    visit = next(e for e in facts.events if e.type == "StateVisit")
    assert visit.location == place("MN").key and Ref("person", "Kassym Tokayev") in visit.participants
    summit = next(e for e in facts.events if e.type == "Summit")
    assert "Shanghai Cooperation Organization" in summit.label
    sco = next(o for o in facts.orgs if o.aliases == {"SCO"})
    assert sco.type == "IntergovernmentalOrganization" and sco.country is None


def test_region_needs_its_country_in_the_article():
    """A city that is no capital nor one of the world's largest is a region of the article only
    with its country (capitals are known without it: 'met in Nairobi')."""
    assert facts_of("Delegates met in Mombasa to discuss trade with China.").regions == set()
    with_ke = facts_of("Kenyan and Chinese delegates met in Mombasa on trade.").regions
    assert with_ke == {"https://w3id.org/coopkg/id/region/KE-28"}
    assert facts_of("Delegates met in Islamabad to discuss trade with China.").regions == \
        {"https://w3id.org/coopkg/id/region/PK-IS"}


def test_country_names_that_are_also_common_words_or_org_like():
    facts = facts_of("French President Anne Morel paid a state visit to Georgia on May 3, 2023. "
                     "Bilateral trade between France and Russian Federation fell.")
    assert {"FR", "GE", "RU"} <= facts.countries
    assert {p.name: p.country for p in facts.people}["Anne Morel"] == "FR"
    assert not any("Federation" in o.name for o in facts.orgs)
    visit = next(e for e in facts.events if e.type == "StateVisit")
    assert visit.location == place("GE").key and visit.date.value == "2023-05-03"


def test_planned_inauguration_of_an_organisation():
    facts = facts_of("The lab will be hosted by the Almaty Science Park (ASP), a project of the "
                     "Kazakh Ministry of Education set to be inaugurated in March 2024.")
    event = next(e for e in facts.events if e.label.startswith("inauguration of"))
    assert event.label == "inauguration of Almaty Science Park"
    assert event.date.value == "2024-03"
    assert Ref("org", "Kazakh Ministry of Education") in event.participants


def test_an_event_set_for_tomorrow_takes_the_day_after_the_dateline():
    facts = facts_of("QUITO, Oct. 11 — Ecuador and Fiji will hold a signing ceremony tomorrow in Quito.")
    assert [e.date.value for e in facts.events] == ["2023-10-12"]
