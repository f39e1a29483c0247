"""An 'action agenda' signed between two sides is a plan (s24a): 'A and B signed a five-point
action agenda to boost trade'.  Like an action plan or a roadmap, it is a programme of steps the
sides commit to, so GOLD_FORMAT's kind 'plan' applies; a bare 'agenda' (of a meeting, 'on the
agenda') names no document.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence and person is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

KU = ["KE", "UG"]
MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    ('signed-action-agenda', 'Kenya and Uganda on Monday signed an action agenda of six points meant to '
     'lift trade between them.',
     [(KU, 'plan', MON, 'trade')]),
    ('action-agenda-signed-between-ministers', 'The action agenda on fisheries was signed between '
     'Kenyan Trade Minister Ali Juma and Ugandan Trade Minister John Okello on Monday.',
     [(KU, 'plan', MON, 'fisheries')]),
    # --- controls: what must not change
    ('action-plan-stays', 'Kenya and Uganda on Monday signed an action plan on fisheries.',
     [(KU, 'plan', MON, 'fisheries')]),
]

NO_AGREEMENT = [
    ('meeting-agenda', 'Kenya and Uganda discussed the agenda of the summit on Monday.'),
    ('on-the-agenda', 'Trade was on the agenda when Kenya and Uganda signed nothing on Monday.'),
    ('agenda-set-for-talks', 'Kenyan and Ugandan officials set the agenda for the trade talks '
     'on Monday.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
