"""Agreements checklist s23b: a 'to' infinitive after a new clause or a time adverbial is no
topic.  'concluded a fisheries agreement in 2020 and the formal signing was meant to follow
in 2021': the second clause has a subject of its own, and its 'to take place' tells what the
ceremony was for; 'signed a trade deal after weeks of dispute over a plan to move X': the
infinitive belongs to 'plan', inside the adverbial.  An infinitive right after the document's
own words ('an agreement to build a port') stays its topic.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist3 import found
from tests.test_agreements_checklist6 import agreement_checklist_tests

KU = ["KE", "UG"]
MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    ('new-clause-infinitive', 'Kenya and Uganda concluded a fisheries agreement in 2020 and the '
     'formal signing was meant to follow in 2021.', [(KU, 'agreement', '2020', 'fisheries')]),
    # --- controls: what the new rule must leave alone
    ('own-infinitive-stays', 'Kenya and Uganda on Monday signed an agreement to build a port in '
     'Mombasa.', [(KU, 'agreement', MON, 'port')]),
    ('infinitive-after-with-stays', 'Kenya on Monday signed an agreement with Uganda to build a '
     'border market.', [(KU, 'agreement', MON, 'market')]),
]

NO_AGREEMENT: list[tuple] = [
    ('future-signing', 'Kenya and Uganda will sign a trade deal after months of talks to open a border '
     'market.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)


def test_infinitive_inside_an_adverbial_is_no_topic() -> None:
    got = found('Kenya and Uganda on Monday signed a trade deal after months of tension over a '
                'plan to move an embassy.')
    assert len(got) == 1 and "embassy" not in got[0].topic and "trade" in got[0].topic
