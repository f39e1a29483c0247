"""Agreements checklist s23a: a short form bracketed in quotes right after a signing body
('the Kisumu Fish Holding Group ("KFHG") and the Ministry of Trade of Uganda signed ...').
Wire copy defines a body's short form in quotes inside brackets; the short form restates the
body before it, so it is no party of its own and does not cut the chain of signing bodies:
every body of the subject is a party (GOLD_FORMAT: parties are the named signing organisations).

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

MON = "2024-04-29"
GROUP = "Kisumu Fish Holding Group"
TRADE = "Ministry of Trade of Uganda"
BANK = "Lake Basin Development Bank"

AGREEMENTS: list[tuple] = [
    # --- a quoted bracketed short form between two signing bodies
    ('quoted-short-form-two-bodies', f'The {GROUP} ("KFHG") and the {TRADE} signed a concession '
     'agreement on Monday for a new fish port.',
     [([GROUP, TRADE], 'agreement', MON, 'concession')]),
    ('quoted-short-form-three-bodies', f'The {BANK}, the {GROUP} (“KFHG”) and the {TRADE} signed a '
     'loan agreement on Monday.',
     [([BANK, GROUP, TRADE], 'agreement', MON, 'loan')]),
    # --- controls: what the new rule must leave alone
    ('plain-short-form-stays', f'The {GROUP} (KFHG) and the {TRADE} signed a concession agreement on '
     'Monday.',
     [([GROUP, TRADE], 'agreement', MON, 'concession')]),
    ('no-short-form-stays', f'The {GROUP} and the {TRADE} signed a concession agreement on Monday.',
     [([GROUP, TRADE], 'agreement', MON, 'concession')]),
]

NO_AGREEMENT: list[tuple] = [
    ('quoted-short-form-future', f'The {GROUP} ("KFHG") and the {TRADE} will sign a concession '
     'agreement next year.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
