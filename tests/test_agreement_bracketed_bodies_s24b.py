"""A body whose name a bracketed short form interrupts before 'of <country>' (s24b): 'The
Ministry of Health (MoH) of Kenya and the X Ministry of Uganda signed ...'.  The country after
'(MoH) of' still says whose ministry it is, as in 'the Ministry of Health of Kenya'; it is no
signer of its own, so the ministry, not Kenya, is the party (GOLD_FORMAT: parties are the named
signing organisations).

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    ('short-form-of-country-then-body', 'The Ministry of Schools and Training (MoST) of Kenya and '
     'the Uganda Scholarships Board on Monday signed an agreement on scholarships.',
     [(['Ministry of Schools and Training', 'Uganda Scholarships Board'], 'agreement', MON,
       'scholarships')]),
    ('short-form-of-country-with-object', 'The Ministry of Health (MoH) of Kenya signed a memorandum '
     'on vaccines with the Uganda Medical Research Council on Monday.',
     [(['Ministry of Health', 'Uganda Medical Research Council'], 'memorandum', MON, 'vaccines')]),
    ('short-form-of-the-country', 'The Ministry of Water (MoW) of the Republic of Kenya and the Uganda '
     'Water Authority signed a memorandum on irrigation on Monday.',
     [(['Ministry of Water', 'Uganda Water Authority'], 'memorandum', MON, 'irrigation')]),
    # --- controls: what must not change
    ('country-and-body-stays', 'Kenya and the Uganda Water Authority signed a memorandum on '
     'irrigation on Monday.',
     [(['KE', 'Uganda Water Authority'], 'memorandum', MON, 'irrigation')]),
    ('short-form-and-country-stays', 'The Uganda Water Authority (UWA) and Kenya signed a memorandum '
     'on irrigation on Monday.',
     [(['KE', 'Uganda Water Authority'], 'memorandum', MON, 'irrigation')]),
]

NO_AGREEMENT = [
    ('short-form-of-country-met', 'The Ministry of Health (MoH) of Kenya met the Uganda Medical '
     'Research Council on Monday.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
