"""Signers told only by their office sign for the office's owner ("Japan's ambassador to Peru"
signs for Japan, 'the rector of X University' for the university); a described member of a
package that names its own 'between A and B' is theirs; leaders who witnessed the signing of
plural memoranda are no named signer; one meeting told by a person with an initial ('S. Rao')
and told again is one meeting."""

from datetime import date

import pytest
from tests import party_helpers as helpers

JP = "https://w3id.org/coopkg/id/country/JP"
PE = "https://w3id.org/coopkg/id/country/PE"
NO = "https://w3id.org/coopkg/id/country/NO"


PAPER = date(2024, 3, 8)


def facts(text: str):
    return helpers.facts(text, PAPER)


def party_sets(text: str) -> list[list[str]]:
    return helpers.party_sets(text, PAPER)


# an envoy signs for the state that sent him, a rector for the university, heads of firms for their
# firms; named signers stay with the signatory rules (the last row must pass on the old code too)
SIGNERS = [
    ("Japan's ambassador to Peru and the rector of the National University of Engineering signed a deal "
     "on March 4 that funds a robotics lab for students.", [[JP, "National University of Engineering"]]),
    ("The chairman of Acme Holdings and the chief executive of Zenith Motors signed a memorandum on "
     "battery recycling on Tuesday.", [["Acme Holdings", "Zenith Motors"]]),
    ("Japan's ambassador to Peru signed an agreement with the National University of Engineering on "
     "Monday to fund a laboratory.", [[JP, "National University of Engineering"]]),
    ("Peruvian Trade Minister Ana Rojas and Japanese Ambassador Kenji Sato signed an agreement on Monday "
     "to fund a laboratory.", [[PE, JP]]),
]


@pytest.mark.parametrize(("text", "parties"), SIGNERS)
def test_office_holders_sign_for_the_owner_of_their_office(text, parties):
    assert party_sets(text) == parties


PACKAGE = ("OSLO — The Chilean president, Ana Ruiz, and Norway's premier, Lars Berg, witnessed the signing "
           "of memoranda of understanding on salmon and copper. The documents include a memorandum on "
           "fish farming between the Chilean Ministry of Economy and Tourism and the Norwegian Ministry of "
           "Trade.")


def test_a_described_member_names_its_own_signatories():
    assert party_sets(PACKAGE) == [["Chilean Ministry of Economy and Tourism", "Norwegian Ministry of Trade"]]


def test_witnesses_of_plural_memoranda_are_no_named_signer():
    text = ("OSLO — Chairman of the Socialist Party of Chile Central Committee Paulo Diaz and Norway's "
            "premier Lars Berg witnessed the signing of memoranda of understanding on salmon and copper.")
    assert party_sets(text) == []


def test_a_body_that_signs_plural_memoranda_is_still_one_agreement():
    text = "The Socialist Party of Chile signed three memoranda with Norwegian Labour on Tuesday."
    assert len(party_sets(text)) == 1


def test_talks_told_twice_of_a_person_with_an_initial_are_one_meeting():
    text = ("COLOMBO, March 8 -- Foreign Minister S. Rao of India landed in Colombo on Thursday. Dr Rao "
            "and Mr Perera went over tea prices and held discussions on shipping. Both texts were signed "
            "after the talks between Foreign Minister Dr. S. Rao and his Sri Lankan counterpart Anil "
            "Perera at the harbour.")
    meetings = [e for e in facts(text).events if e.type == "Meeting"]
    assert len(meetings) == 1
    assert {r.key for r in meetings[0].participants if r.kind == "person"} == {"S. Rao", "Anil Perera"}


CALLS = ("COLOMBO, March 8 -- Trade Minister S. Rao of India came to Colombo on Thursday for two days. "
         "While there, the Trade Minister will call on President of Sri Lanka Anil Perera and hold "
         "discussions with the Ministers for Ports and Fisheries.")


def test_the_title_before_will_is_the_one_holder_of_that_title():
    calls = [e for e in facts(CALLS).events if e.type == "Meeting"]
    assert [sorted(r.key for r in e.participants if r.kind == "person") for e in calls] == \
        [["Anil Perera", "S. Rao"]]


def test_a_call_paid_is_the_sentences_meeting_not_a_named_one():
    labels = [e.label for e in facts(CALLS).events if e.type == "Meeting"]
    assert not any(label.startswith("discussion") for label in labels)
