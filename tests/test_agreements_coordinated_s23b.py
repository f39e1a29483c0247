"""Agreements checklist s23b: coordinated documents signed in the passive with one 'between'
after the verb ('A protocol and a memorandum of understanding were signed between ministry A
and ministry B').  Every document is named before the verb, as the subject, so the 'between'
names the sides that signed them all: each document has those parties, not the first one the
article's two countries.  A 'between' inside a document's own phrase, before any verb ('signed a
memorandum between agencies A and B, as well as an agreement on X'), stays that document's own.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

KU = ["KE", "UG"]
MON = "2024-04-29"
FISH = "Ministry of Fisheries of Kenya"
TRADE = "Ministry of Trade of Uganda"

AGREEMENTS: list[tuple] = [
    # --- one 'between' after a passive verb: the sides of every document before it
    ('protocol-and-mou-signed-between', 'A protocol and a memorandum of understanding were signed '
     f'between the {FISH} and the {TRADE} on Monday.',
     [([FISH, TRADE], 'agreement', MON), ([FISH, TRADE], 'memorandum', MON)]),
    ('agreement-and-plan-inked-between', 'An agreement on fish exports and a work plan for 2025 were '
     f'inked between the {FISH} and the {TRADE} on Monday.',
     [([FISH, TRADE], 'agreement', MON, 'fish'), ([FISH, TRADE], 'plan', MON)]),
    # --- controls: what the new rule must leave alone
    ('own-between-before-verb-stays', f'Kenya and Uganda on Monday signed a memorandum between the '
     f'{FISH} and the {TRADE}, as well as an agreement on legal assistance.',
     [([FISH, TRADE], 'memorandum', MON), (KU, 'agreement', MON, 'legal')]),
    ('single-signed-between-stays', f'A memorandum of understanding was signed between the {FISH} '
     f'and the {TRADE} on Monday.',
     [([FISH, TRADE], 'memorandum', MON)]),
]

NO_AGREEMENT = [
    ('to-be-signed-between', 'A protocol and a memorandum of understanding are to be signed between '
     f'the {FISH} and the {TRADE} next year.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
