"""Names that are places, not bodies, and visits and receptions, in articles written for these
tests: a memorial or national park, a former state, a procedure with a short form and a
known city written with 'City' are no organisations; a reception may put its day before the
guest or lie ahead with its time; a 'high-level visit' by a minister is no state visit."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 8)  # a Friday


def run(text: str):
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test"))


@pytest.mark.parametrize("text", [
    "The Kenyan minister laid a wreath at the Heroes Park in Havana on Monday.",
    "China will restore the temple in the Angkor Archaeological Park in Siem Reap province.",
    "Peru and Chile signed a deal on the Lauca National Park on Monday.",
    "Uzbekistan was part of the Soviet Union until 1991, the Korean minister said.",
    "India and Bangladesh signed the Standard Operating Procedure (SOP) on the use of Mongla port.",
])
def test_no_body_is_named(text):
    assert run(text).orgs == []


def test_a_technology_park_is_still_a_body():
    orgs = run("The National Science and Technology Park of Kenya signed an MoU with Peru's "
               "Ministry of Production on Monday.").orgs
    assert "National Science and Technology Park of Kenya" in {o.name for o in orgs}


def test_a_known_city_written_with_city_is_the_city():
    result = run("Abu Dhabi, represented by its Department of Transport, and Kyrgyzstan's Bishkek City "
                 "have signed a twinning agreement.")
    assert "Bishkek City" not in {o.name for o in result.orgs}
    (twinning,) = result.agreements
    assert {p.key.rsplit("/", 1)[-1] for p in twinning.parties} == {"KG-GB", "gn-292968"}


def _meetings(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.date.value) for e in run(text).events if e.type == "Meeting"]


def test_a_reception_with_the_day_before_the_guest():
    assert _meetings("President Ana Soto of Chile received on Tuesday Peru's Foreign Minister Luis "
                     "Castillo at the palace.") == [("Ana Soto reception of Luis Castillo", "2024-03-05")]


def test_a_reception_ahead_with_its_time_is_an_event():
    assert _meetings("Chile's foreign minister Luis Castillo arrived in Lima. On Monday, Luis Castillo is "
                     "due to be received by Peruvian President Ana Soto.") == \
        [("Ana Soto reception of Luis Castillo", "2024-03-11")]


def test_a_reception_ahead_without_a_time_is_none():
    assert _meetings("Chile's foreign minister Luis Castillo arrived in Lima. Luis Castillo is due to be "
                     "received by Peruvian President Ana Soto.") == []


@pytest.mark.parametrize(("by", "kind"), [("by a Chilean foreign minister", "Event"), ("", "StateVisit")])
def test_a_high_level_visit_by_a_minister_is_no_state_visit(by, kind):
    events = run(f"Chile and Peru signed a deal. This is the first high-level visit {by} to Peru in ten "
                 "years.").events
    assert [e.type for e in events if "visit" in e.label] == [kind]


def test_the_day_after_an_apposed_name_with_particles_dates_the_talks():
    assert _meetings("President Ana Soto held bilateral discussions with the Amir of Qatar, Sheikh Tamim "
                     "bin Hamad Al Thani, and his delegation on Tuesday in Lima.") == \
        [("Ana Soto meeting with Tamim bin Hamad Al Thani", "2024-03-05")]
