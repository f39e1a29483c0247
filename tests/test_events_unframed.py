"""Visits and meetings stated without the usual frame, on sentences written for these tests:
'visiting <Title> <Name>', '<titled person>, visited <body>', 'was received by', 'the visit paid
by <title>', 'the N-day visit ... wrapped up today', generic plural mentions that name no
occasion, journeys to an event, event nouns that only modify another noun."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Event, Ref
from coopkg.read.article import Article


def events_of(text: str, published: date = date(2023, 10, 12)) -> list[Event]:
    return extract(Article(text=text, published=published, title="", origin="test")).events


def country(code: str) -> Ref:
    return Ref("place", f"https://w3id.org/coopkg/id/country/{code}")


def test_visiting_titled_person_is_a_visit_to_the_place_of_the_sentence():
    events = events_of("The talks were held in Kampala, co-chaired by Ugandan Prime Minister "
                       "John Mukasa and visiting Kenyan Deputy President, Defence Minister and "
                       "Interior Minister Paul Otieno.")
    visit = next(e for e in events if e.rule == "event.visiting")
    assert visit.participants == [Ref("person", "Paul Otieno"), country("UG")]
    assert visit.label == "Paul Otieno visit to Uganda"


def test_visiting_as_a_verb_or_a_position_is_no_visit():
    events = events_of("Kenyan Minister Paul Otieno said that while visiting President John "
                       "Mukasa of Uganda he met a visiting professor, Mary Wanjiru.")
    assert not [e for e in events if e.rule == "event.visiting"]


def test_apposed_titled_person_visited_a_body_and_was_received_by_its_head():
    events = events_of("The Rector of the Kenyan National University of Music, Professor Peter "
                       "Kamau, visited the Uganda State Institute of Culture. The guest was "
                       "warmly received by the Rector of the Institute, Professor James Okello.")
    visit = next(e for e in events if e.rule == "event.visited")
    assert visit.type == "Event" and Ref("person", "Peter Kamau") in visit.participants
    assert Ref("org", "Uganda State Institute of Culture") in visit.participants
    meeting = next(e for e in events if e.type == "Meeting")
    assert set(meeting.participants) == {Ref("person", "Peter Kamau"),
                                         Ref("person", "James Okello")}


def test_visit_paid_by_a_title_ended_today_began_the_days_before():
    events = events_of("Chilean Prime Minister Ana Torres today received Minister of Foreign "
                       "Affairs of Peru Luis Rojas. The three-day visit paid by the Peruvian "
                       "Foreign Minister wrapped up today.", date(2020, 9, 16))
    visit = next(e for e in events if e.rule == "event.visit")
    assert (visit.type, visit.date.value) == ("Event", "2020-09-14")
    assert visit.participants == [Ref("person", "Luis Rojas"), country("CL")]


def test_plural_visits_and_meetings_of_the_visit_name_no_new_occasion():
    events = events_of("Chilean President Ana Torres met Peruvian President Luis Rojas in Lima "
                       "on Monday. They agreed to keep up the exchange of high-level visits. "
                       "Officials who took part in bilateral meetings of the visit were thanked.")
    assert [e.type for e in events] == ["Meeting"]


def test_arrival_to_attend_an_event_is_no_visit():
    events = events_of("Kenyan Prime Minister Paul Otieno arrived in Kampala to participate in "
                       "a meeting of the Council of Heads of Government.")
    assert not [e for e in events if e.rule.startswith("event.visit")]


def test_event_noun_modifying_another_noun_is_no_event():
    events = events_of("The leaders met in Lima to mark the 30th anniversary of ASEAN-Peru "
                       "Dialogue Relations.")
    assert not [e for e in events if "Dialogue" in e.label]


def test_visit_level_an_official_visit_of_a_head_of_state_is_a_state_visit_a_premiers_is_not():
    official = events_of("Kenyan President Paul Otieno arrived in Uganda on Monday for a "
                         "two-day official visit.")
    assert [e.type for e in official] == ["StateVisit"]
    plain = events_of("The deal follows the visit of Kenyan President Paul Otieno to Uganda "
                      "in May.")
    assert [e.type for e in plain] == ["Event"]
    premier = events_of("The deal follows the visit of Kenyan Prime Minister Paul Otieno to "
                        "Uganda in May.")
    assert [e.type for e in premier] == ["Event"]
    premier_official = events_of("Kenyan Prime Minister Paul Otieno paid an official visit to "
                                 "Uganda in May.")
    assert [e.type for e in premier_official] == ["Event"]
    minister_official = events_of("Kenyan Trade Minister Paul Otieno paid an official visit to "
                                  "Uganda in May.")
    assert [e.type for e in minister_official] == ["Event"]
    working = events_of("Kenyan President Paul Otieno paid a working visit to Uganda in May.")
    assert [e.type for e in working] == ["Event"]
    state = events_of("Kenyan Minister Paul Otieno paid a state visit to Uganda in May.")
    assert [e.type for e in state] == ["StateVisit"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # an announced range dates the event by its start, in the coming year
    ("President Ana Torres will travel to Lima from 8 to 9 June to attend the summit of the "
     "Andean Community.", date(2024, 5, 2), ("summit of Andean Community", "2024-06-08")),
    # a relative clause after the event says when it took place
    ("The deal was reached on the sidelines of the Global Health Forum, which opened in Paris on "
     "Sunday and runs for five days, a statement said Wednesday.", date(2018, 1, 24),
     ("Global Health Forum", "2018-01-21")),
    # an event a journey is made to attend takes the journey's date
    ("President Ana Torres will travel to Lima, Peru, from 8 to 9 June, to attend the inaugural "
     "Session of the Peru-Chile Joint Commission, the ministry said.", date(2024, 5, 2),
     ("Session of Peru-Chile Joint Commission", "2024-06-08")),
])
def test_event_dated_outside_its_own_clause(text: str, published: date,
                                            expected: tuple[str, str]) -> None:
    assert [(e.label, e.date.value) for e in events_of(text, published)] == [expected]


def test_respectively_gives_each_event_its_date_in_order():
    events = events_of("The summit will be preceded by the Senior Officials Meeting and the "
                       "Ministerial Meeting of the Joint Commission from 5 to 7 June and 8 June "
                       "2024, respectively.", date(2024, 5, 2))
    dated = {e.label.split(" of ")[0]: e.date.value for e in events}
    assert dated["Senior Officials Meeting"] == "2024-06-05"
    assert dated["Ministerial Meeting"] == "2024-06-08"


def test_numbered_and_unnumbered_name_of_one_meeting_are_one_event():
    events = events_of("The ministers prepared the Binational Cabinet to be held on Monday 25 "
                       "November in Tumbes. The II Binational Cabinet will be chaired by the "
                       "presidents.", date(2013, 11, 23))
    assert [(e.type, e.date.value) for e in events] == [("Meeting", "2013-11-25")]
