"""A thirteenth agreements checklist: a handover certificate is a signed document.  Aid
reporting writes the transfer of a finished project as 'a handover certificate for the X
centre', signed by both sides beside the loan and grant agreements; it is a document of kind
'agreement' as an exchange of letters is (GOLD_FORMAT: agreements), while a certificate that is
awarded or issued signs nothing.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

KU = ["KE", "UG"]
MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    ('certificate-in-a-list', 'Kenya and Uganda held talks on Monday. The two sides signed a grant '
     'agreement on irrigation, a handover certificate for a youth centre, and an exchange of letters '
     'for a police laboratory.',
     [(KU, 'agreement', MON, 'irrigation'), (KU, 'agreement', MON, 'youth'),
      (KU, 'agreement', MON, 'laboratory')]),
    ('hand-over-certificate-alone', 'Kenya and Uganda on Monday signed a hand-over certificate for '
     'the Lira stadium.',
     [(KU, 'agreement', MON)]),
    ('handing-over-certificates-plural', 'On Monday Kenya and Uganda signed handing-over certificates '
     'for the Lira stadium and for the Gulu market.',
     [(KU, 'agreement', MON)]),
]

NO_AGREEMENT = [
    ('certificate-awarded', 'Kenyan students received certificates from Uganda on Monday.'),
    ('certificate-of-origin', 'Exporters in Kenya must show a certificate of origin at the Ugandan border.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
