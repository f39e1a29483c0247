"""Classes of errors seen in unseen news (session 44), each on sentences written for these tests."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 8)  # a Friday


def run(text: str):
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test"))


@pytest.mark.parametrize("text, name", [
    ("Brunei will open a consulate in Lima, said Trade Minister Tengku Datuk Seri Amin Yusof.",
     "Tengku Amin Yusof"),
    ("Brunei will open a consulate in Lima, said Tengku Datuk Seri Amin Yusof.", "Tengku Amin Yusof"),
    ("The trade minister, Raja Datuk Amin Yusof, met Peru's envoy in Kuala Lumpur.", "Raja Amin Yusof"),
])
def test_a_hereditary_title_before_honorifics_stays_in_the_name(text, name):
    assert [p.name for p in run(text).people] == [name]


@pytest.mark.parametrize("text, name, role", [
    ("The Danish Prime Minister, Her Excellency Ida Holm, called on the President of Ghana.",
     "Ida Holm", "Prime Minister"),
    ("When Dr. Ama Owusu arrived in Lima, she met Peru's minister.", "Ama Owusu", None),
])
def test_a_form_of_address_or_an_opening_word_is_no_part_of_a_name(text, name, role):
    people = {p.name: p.role for p in run(text).people}
    assert name in people and people[name] == role


def test_a_later_mention_with_the_hereditary_title_is_the_same_speaker():
    text = ("Brunei will open a consulate in Lima, said Trade Minister Tengku Datuk Seri Amin Yusof. "
            "Tengku Amin said trade with Peru grew by a third last year.")
    found = run(text)
    assert [p.name for p in found.people] == ["Tengku Amin Yusof"]
    assert {s.speaker.key for s in found.statements} == {"Tengku Amin Yusof"}


@pytest.mark.parametrize("text, name", [
    ("(Andes Press Agency August 22, 2023)", "Andes Press Agency"),
    ("Exports rose, the Lakeside Ports Authority March report said.", "Lakeside Ports Authority"),
])
def test_a_date_after_a_name_is_no_part_of_it(text, name):
    assert [o.name for o in run(text).orgs] == [name]


@pytest.mark.parametrize("text", [
    "Peru's Foreign Minister Ana Soto and her Chilean counterpart, Luis Vera, exchanged diplomatic notes "
    "on the grants during a meeting in Lima.",
    "Peru's Foreign Minister Ana Soto and Chile's ambassador Luis Vera exchanged notes on the loan "
    "on Monday.",
])
def test_notes_exchanged_are_documents_not_speech(text):
    assert run(text).statements == []


def test_notes_as_a_verb_still_reports_speech():
    found = run("Peru's Foreign Minister Ana Soto notes that trade with Chile has doubled.")
    assert [s.speaker.key for s in found.statements] == ["Ana Soto"]


def _figures(text: str) -> list[tuple[str, float, str]]:
    return sorted((f.indicator, f.value, f.unit) for f in run(text).figures)


def test_a_power_rating_before_a_plant_is_its_capacity():
    found = _figures("Ghana and Chile agreed on Tuesday to build two solar parks, the 250 MW Kasa "
                     "solar park and the 90 MW Tema solar park.")
    assert ("capacity of Kasa solar park", 250.0, "MW") in found
    assert ("capacity of Tema solar park", 90.0, "MW") in found


def test_a_power_unit_keeps_the_spelling_of_the_text():
    found = _figures("Under the deal, the Chilean firm will add 1.2 gigawatts of wind capacity in Ghana.")
    assert [(value, unit) for _name, value, unit in found] == [(1.2, "gigawatts")]


@pytest.mark.parametrize("text, day", [
    ("In January 2024, Peruvian President Ana Soto signed a law on the ratification of the "
     "intergovernmental agreement on fisheries between Peru and Chile, which was signed in Lima on "
     "August 13, 2023.", "2023-08-13"),
    ("Peru ratified in February the trade agreement with Chile, which was signed in 2019.", "2019"),
])
def test_a_relative_clause_telling_the_signing_dates_the_document(text, day):
    assert [a.date.value for a in run(text).agreements] == [day]


@pytest.mark.parametrize("text, parties", [
    ("India and Germany agreed closer ties. The Kerala government and the German state of Saxony signed "
     "a memorandum of understanding on Tuesday on vocational training.", {"IN-KL", "DE-SN"}),
    ("Kenya and China agreed closer ties. The Nakuru county government and the Chinese province of "
     "Hunan signed a memorandum on Tuesday on farming.", {"KE-31", "CN-HN"}),
])
def test_a_region_qualified_by_its_countrys_demonym_is_the_side(text, parties):
    found = run(text).agreements
    assert [{p.key.rsplit("/", 1)[-1] for p in a.parties} for a in found] == [parties]


def _events(text: str) -> list[tuple[str, frozenset[str]]]:
    return sorted((e.type, frozenset(p.key for p in e.participants)) for e in run(text).events)


def test_two_people_who_talked_about_a_subject_met():
    found = _events("Peruvian Foreign Minister Ana Soto and her Chilean counterpart Luis Vera talked about "
                    "trade in Lima on Tuesday.")
    assert found == [("Meeting", frozenset({"Ana Soto", "Luis Vera"}))]


def test_two_people_who_spoke_at_an_occasion_had_no_talks_of_their_own():
    found = run("Peruvian President Ana Soto and Chilean Foreign Minister Luis Vera spoke at the "
                "trade forum in Lima on Tuesday.")
    assert not [e.label for e in found.events if e.label.startswith("talks")]


def test_leaders_who_presided_over_a_signing_make_its_ceremony():
    found = run("Peruvian President Ana Soto and Chilean President Luis Vera presided over the signing of "
                "five agreements that deepen ties, in Lima on Tuesday.").events
    assert [(e.label, e.date.value, {p.key for p in e.participants}) for e in found] == [
        ("signing of five agreements", "2024-03-05", {"Ana Soto", "Luis Vera"})]


@pytest.mark.parametrize("text, unit, parent", [
    ("Ghana and Peru: the Third Teaching Hospital of Lakeside Medical University signed a deal with "
     "Peru's Andes Clinic.", "Third Teaching Hospital of Lakeside Medical University",
     "Lakeside Medical University"),
    ("The Institute of Soil Science of the National Academy of Sciences of Peru met Ghanaian researchers.",
     "Institute of Soil Science of the National Academy of Sciences of Peru",
     "National Academy of Sciences of Peru"),
])
def test_a_unit_named_with_its_parent_names_the_parent_too(text, unit, parent):
    orgs = {o.name: o for o in run(text).orgs}
    assert orgs[unit].parent == parent
    assert parent in orgs


@pytest.mark.parametrize("text, name", [
    ("Ghana's National Directorate of Treasury met Peruvian officials.", "Treasury"),
    ("The Kofi Mensah Institute of Foreign Service trains Ghanaian diplomats.", "Foreign Service"),
])
def test_a_field_after_of_is_no_parent_body(text, name):
    assert name not in {o.name for o in run(text).orgs}


def test_a_described_body_is_no_body_of_another_field():
    found = run("Ghana's Navy chief met his Peruvian counterpart on Monday. The Ghana Navy sent a ship. "
                '"The visit aims to deepen naval ties," the defence ministry said.')
    assert "Ghana Navy" not in {s.speaker.key for s in found.statements}


def test_a_described_company_with_its_demonym_is_the_company_named():
    found = run("Chilean firm Andes Power signed a deal with Ghana on Monday. The Chilean company said that "
                "it would build a plant in Ghana by 2027.")
    assert [s.speaker.key for s in found.statements] == ["Andes Power"]


def test_amounts_under_the_terms_of_documents_signed_take_the_signing_day():
    found = run("Chile has signed a series of economic agreements with Ghana. The deals were signed on "
                "Wednesday as the two presidents met in Accra. Under terms of the agreements, Chile will "
                "provide Ghana with loans of about $9 million for farming projects.").figures
    assert [(f.value, f.unit, f.period_start.value) for f in found] == [(9_000_000.0, "USD", "2024-03-06")]


def test_a_compact_signed_is_a_document():
    found = run("Ghana and the Andes Growth Corporation signed a $300 million compact on Monday.")
    assert [sorted(p.key.rsplit("/", 1)[-1] for p in a.parties) for a in found.agreements] == [
        ["Andes Growth Corporation", "GH"]]


def test_an_acting_title_names_no_body():
    found = run("Officials met the Andes Growth Corporation (AGC) Acting CEO Ana Soto in Accra.")
    assert "Acting" not in {o.name for o in found.orgs}


@pytest.mark.parametrize("text, name", [
    ("Peru's parliament ratified the trade agreement with Ghana on Monday.", "Peru's parliament"),
    ("Ghana's presidency said the deal was signed in Lima.", "Ghana's presidency"),
])
def test_a_lowercase_body_after_a_possessive_is_a_descriptor(text, name):
    assert name not in {o.name for o in run(text).orgs}


def test_a_lowercase_body_after_the_demonym_is_the_countrys_one_body():
    assert "Peruvian parliament" in {o.name for o in run("The Peruvian parliament ratified the deal.").orgs}


def _units(text: str, url: str, source: str) -> list[str]:
    article = Article(text=text, published=PUBLISHED, title="", url=url, source=source, origin="test")
    return [f.unit for f in extract(article).figures]


@pytest.mark.parametrize("url, source, unit", [
    ("https://www.example-daily.in/story", "The Example Daily", "USD"),
    ("https://www.example-news.com/story", "Canadian Example Press", "CAD"),
    ("https://www.canadaexample.com/story", "Example Post", "CAD"),
    ("https://news.example.ca/story", "Example Post", "CAD"),
    ("", "", "CAD"),
])
def test_a_bare_dollar_is_the_local_one_only_in_that_countrys_press(url, source, unit):
    text = "Bilateral trade between Canada and Peru reached $6.3 billion in 2023."
    assert _units(text, url, source) == [unit]


def test_a_month_range_opening_the_lead_costs_no_component():
    text = ("During April 2021-January 2022, Peruvian exports to Chile rose to $3 billion. "
            "Peru's trade minister Ana Soto said that trade would grow further.")
    found = extract(Article(text=text, published=date(2022, 3, 10), title="", origin="test"))
    assert found.errors == []
    assert [(f.period_start.value, f.period_end.value) for f in found.figures] == [("2021-04", "2022-01")]
    assert [s.speaker.key for s in found.statements] == ["Ana Soto"]


_PAIR_LEAD = "Peruvian trade minister Ana Soto met Chilean trade minister Luis Vera in Lima on Monday. "


@pytest.mark.parametrize("said", [
    "At the meeting, the Peruvian and Chilean officials expressed their delight at the growth of trade.",
    "The ministers of both countries emphasised that the Pacific trade corridor matters.",
    "The Trade Ministers of the two countries stressed that the Pacific trade corridor matters.",
])
def test_a_pair_named_by_office_says_it_together(said):
    found = run(_PAIR_LEAD + said).statements
    assert sorted(s.speaker.key for s in found) == ["Ana Soto", "Luis Vera"]


def test_a_mayor_named_after_the_city_signs_for_the_city():
    found = run("Peru and Chile deepen ties. Lima Mayor Ana Soto signed a friendship pact with Santiago "
                "Governor Luis Vera on tourism on Tuesday.").agreements
    lima_santiago = ["gn-3871336", "gn-3936456"]  # the two cities' gazetteer keys, no country
    assert [sorted(p.key.rsplit("/", 1)[-1] for p in a.parties) for a in found] == [lima_santiago]


def test_the_sides_of_a_sister_city_story_are_the_two_cities():
    text = ("Ghana and Peru: a delegation from Lima visited Accra on Monday. The sides discussed cooperation "
            "between the sister cities. The sides signed a cooperation agreement on trade and culture.")
    found = run(text).agreements
    assert [{p.key.rsplit("/", 1)[-1] for p in a.parties} for a in found] == [{"gn-3936456", "gn-2306104"}]


def test_the_sides_of_a_story_of_states_stay_the_states():
    text = ("Ghana and Peru: a delegation from Lima visited Accra on Monday. The sides signed a cooperation "
            "agreement on trade and culture.")
    found = run(text).agreements
    assert [{p.key.rsplit("/", 1)[-1] for p in a.parties} for a in found] == [{"GH", "PE"}]


@pytest.mark.parametrize("text, name", [
    ("Gov. Ama Owusu of the Ashanti Region said the deal would create jobs in Ghana.", "Ama Owusu"),
    ("Peru signed a pact with Tokyo Gov. Kenji Mori on Monday.", "Kenji Mori"),
])
def test_a_title_written_short_is_a_title(text, name):
    people = {p.name: p.role for p in run(text).people}
    assert people.get(name) == "Gov."


def test_a_shared_currency_word_is_that_of_the_country_named_most():
    text = ("Nepal and China signed nine pacts in Kathmandu. Nepal's finance minister said China will raise "
            "its annual assistance to Nepal to Rs 15 billion, after talks in Kathmandu. Nepal thanked India "
            "too. Nepal's ministers met on Monday.")
    assert [f.unit for f in run(text).figures if f.unit != "agreements"] == ["NPR"]


def test_leaders_who_made_statements_to_the_media_gave_a_press_briefing():
    found = run("Peruvian President Ana Soto and Chilean President Luis Vera made statements to the media "
                "in Lima on Tuesday.").events
    assert [(e.type, e.date.value, sorted(p.key for p in e.participants)) for e in found] == [
        ("PressBriefing", "2024-03-05", ["Ana Soto", "Luis Vera"])]


def test_a_meeting_with_a_body_has_the_body_as_participant():
    found = run("On Tuesday, Peruvian President Ana Soto's meeting with the Andes Power Corporation ended "
                "with a deal.").events
    assert [sorted(p.key for p in e.participants) for e in found] == [["Ana Soto", "Andes Power Corporation"]]
