"""Classes of errors seen in unseen news (session 47), each on sentences written for these tests."""

import pytest
from tests.session_articles import run


def _periods(text: str) -> dict[float, tuple[str, bool]]:
    return {f.value: (f.period_start.value, f.period_start.inherited)
            for f in run(text).figures if f.period_start is not None}


@pytest.mark.parametrize("text, value", [
    ("Tokyo promised on Wednesday to give Tonga 300 million yen in grants, the ministry said. "
     "Japan will also provide 20 million yen in cultural grant aid so the museum can buy equipment.",
     20_000_000.0),
    ("Oslo and Lima signed a new aid agreement on Wednesday. Norway will provide $12 million "
     "under the agreement for forest monitoring.", 12_000_000.0),
    ("Chilean President Ana Soto received her Peruvian counterpart in Santiago on Wednesday.\n\n"
     "The two countries will sign 15 agreements.", 15.0),
])
def test_an_undated_amount_told_in_a_recent_episode_takes_its_day(text, value):
    assert _periods(text)[value] == ("2024-03-06", True)


def test_an_undated_amount_after_an_old_episode_keeps_the_papers_month():
    periods = _periods("Tokyo promised on 3 January to give Tonga 300 million yen in grants. "
                       "Japan will also provide 20 million yen in cultural grant aid for the museum.")
    assert periods[20_000_000.0] == ("2024-03", True)


def _agreements(text: str) -> list:
    return run(text).agreements


@pytest.mark.parametrize("text", [
    "Chile and Fiji have been actively considering signing a ‘Free Trade Agreement’ (FTA) to boost trade.",
    "President Ana Soto said she hoped for Chile to sign a trade pact with Fiji by next year.",
    "The ministers referred to the Economic Partnership Agreement (EPA) which is under negotiation "
    "between Chile and Fiji.",
])
def test_a_document_considered_hoped_for_or_under_negotiation_is_not_made(text):
    assert not _agreements(text)


def test_a_document_signed_is_made_whatever_is_said_of_it_after():
    found = _agreements("Chile and Fiji signed an agreement on trade on Monday, which is a first.")
    assert [a.date.value for a in found] == ["2024-03-04"]


@pytest.mark.parametrize("text, name, role", [
    ("Minister of Foreign Affairs, Emigration and Chilean Expatriates Ana Ruiz met him on Monday.",
     "Ana Ruiz", "Minister of Foreign Affairs, Emigration and Chilean Expatriates"),
    ("Minister for Diaspora Affairs Ana Ruiz met him on Monday.", "Ana Ruiz",
     "Minister for Diaspora Affairs"),
])
def test_expatriates_and_diaspora_are_fields_of_a_portfolio(text, name, role):
    assert [(p.name, p.role) for p in run(text).people] == [(name, role)]


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in run(text).people}


def test_two_surnames_in_capitals_close_a_name():
    assert _people("The deal was signed by Ambassador Lucia FERRO SALAS on Monday.") == {
        "Lucia FERRO SALAS": "Ambassador"}


def test_a_long_surname_in_capitals_first_set_off_by_a_title_is_a_name_not_a_wire_credit():
    facts = run("TAKEMURA Hiroshi, Minister of Trade of Japan, met the Chilean minister on Monday.")
    assert [(p.name, p.role) for p in facts.people] == [("TAKEMURA Hiroshi", "Minister of Trade")]
    assert not facts.orgs


@pytest.mark.parametrize("later", ["Ferro", "Feliz"])
def test_a_later_mention_in_title_case_or_without_accents_is_the_same_person(later):
    facts = run("Ms. Lucía FÉLIZ FERRO, Vice President of Chile, met him on Monday. "
                f"Vice President {later} expressed her thanks for the support.")
    assert {p.name for p in facts.people} == {"Lucía FÉLIZ FERRO"}
    assert [s.speaker.key for s in facts.statements] == ["Lucía FÉLIZ FERRO"]


def test_a_title_stops_at_a_clause_after_its_comma():
    people = _people("Ana Ruiz, Minister of Energy of Peru, received a courtesy call from Ms. Lucia Soto, "
                     "Vice President of Chile.")
    assert people == {"Ana Ruiz": "Minister of Energy", "Lucia Soto": "Vice President"}


@pytest.mark.parametrize("title", ["Minister of State of Trade Affairs", "Minister of Trade Affairs"])
def test_a_field_between_a_title_and_the_body_it_serves_is_the_titles(title):
    facts = run(f"Chilean {title} of the Foreign Ministry Ana Ruiz met him in Lima on Monday.")
    assert [o.name for o in facts.orgs] == ["Foreign Ministry"]
    assert [(p.name, p.role, p.affiliation) for p in facts.people] == [
        ("Ana Ruiz", title, "Foreign Ministry")]


def test_the_shortest_title_leaving_a_known_body_is_the_role():
    facts = run("Chairman of the Board of Trustees of the Kenya Ports Authority Ana Ruiz spoke on Monday.")
    assert [(p.role, p.affiliation) for p in facts.people] == [
        ("Chairman of the Board of Trustees", "Kenya Ports Authority")]


def test_an_amount_from_which_another_grew_takes_its_own_fiscal_year():
    facts = run("Trade between Chile and Fiji touched $1.2 billion in 2021-22 from $440 million in 2017-18.")
    periods = {f.value: (f.period_start.value, f.period_end.value) for f in facts.figures}
    assert periods == {1.2e9: ("2021", "2022"), 440e6: ("2017", "2018")}


@pytest.mark.parametrize("text, value", [
    ("The project in the amount of two hundred million Japanese Yen will buy equipment.", 200e6),
    ("Fiji gets a grant of one billion six hundred and thirty-four million Japanese Yen from Japan.", 1634e6),
    ("Chile got a hundred million dollars from Japan.", 100e6),
])
def test_an_amount_spelled_out_in_full_is_read_whole(text, value):
    assert [f.value for f in run(text).figures] == [value]


def test_his_visit_after_an_envoy_of_a_president_is_the_envoys_and_no_state_visit():
    events = run("The letter was delivered by Ana Ruiz, the special envoy of Chilean President Luis Soto, "
                 "during her official visit to Suva on Monday.").events
    assert [(e.type, [p.key for p in e.participants if p.kind == "person"]) for e in events] == [
        ("Event", ["Ana Ruiz"])]


@pytest.mark.parametrize("text, found", [
    ("Notes to this effect were exchanged on Monday between the foreign ministers of Japan and Fiji.", 1),
    ("The minister took notes during the talks with Fiji and Japan, which were exchanged later.", 0),
])
def test_notes_said_to_be_exchanged_are_an_exchange_of_notes(text, found):
    assert len(_agreements(text)) == found


def test_diplomacy_is_a_field_of_a_portfolio():
    assert _people("Deputy Foreign Minister for Economic Diplomacy Ana Ruiz spoke on Monday.") == {
        "Ana Ruiz": "Deputy Foreign Minister for Economic Diplomacy"}


def test_a_places_short_name_in_capitals_before_a_name_is_where_the_title_serves():
    facts = run("Japanese Ambassador to the UAE Eiichi Sato highlighted that the ceremony is unique. "
                "Japanese Ambassador to FSM Kenji Ono spoke too.")
    assert {p.name for p in facts.people} == {"Eiichi Sato", "Kenji Ono"}
    assert {"AE", "FM"} <= set(facts.countries)


def test_a_body_ends_before_the_document_an_occasion_there_was_for():
    names = {o.name for o in run("The two governments held a ceremony at the Fiji Department of Foreign "
                                 "Affairs for the Exchange of Notes for a Grant Aid on Monday.").orgs}
    assert names == {"Fiji Department of Foreign Affairs"}


def test_two_people_joined_by_and_own_one_visit():
    events = run("King Ruben II and Queen Ana's visit to Suva on Tuesday lasted two days.").events
    assert [sorted(p.key for p in e.participants if p.kind == "person") for e in events] == [
        ["Ana", "Ruben II"]]


def test_a_counterpart_from_a_country_set_off_by_commas_is_titled_and_met_after_place_and_day():
    facts = run("The Minister for Home Affairs, Ana Ruiz, met in Lima on Monday 4 March with her counterpart "
                "from the Republic of Fiji, Josefa Vula.")
    assert {(p.name, p.role, p.country) for p in facts.people} == {
        ("Ana Ruiz", "Minister for Home Affairs", None), ("Josefa Vula", "counterpart", "FJ")}
    assert [(e.type, e.date.value) for e in facts.events] == [("Meeting", "2024-03-04")]


def test_a_definite_mention_described_before_its_noun_is_the_document_told_before():
    found = _agreements(
        "Chile and the Kuwait Fund for Arab Economic Development on Monday signed a financing agreement "
        "of $20 million to support the rehabilitation of the Lima road.\n\n"
        "Finance Minister Ana Ruiz and Ali Hamad, the head of the fund, signed the concessional loan deal.")
    assert [a.date.value for a in found] == ["2024-03-04"]


@pytest.mark.parametrize("text, found", [
    ("Chile and China signed a record of delivery and receipt of emergency aid on Wednesday.", 1),
    ("Chile and China set a record of delivery times for emergency aid on Wednesday.", 0),
])
def test_a_record_of_delivery_signed_is_a_document(text, found):
    assert len(_agreements(text)) == found


@pytest.mark.parametrize("text, span", [
    ("Japan will support Fiji with 204 million yen from April 1, 2024 till December 31, 2031.",
     ("2024-04-01", "2031-12-31")),
    ("Japan will provide Fiji 5 million dollars from 1 April 2024 to 31 March 2027.",
     ("2024-04-01", "2027-03-31")),
])
def test_an_amount_over_two_whole_dates_covers_the_days_between(text, span):
    assert [(f.period_start.value, f.period_end.value) for f in run(text).figures] == [span]
