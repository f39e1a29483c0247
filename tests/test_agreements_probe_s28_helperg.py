"""A probe of agreement parties written from the English of cooperation news, not from any
article: the shapes that put a noun phrase between a signing body and its verb, or a place into
the words that only describe a body.

- A descriptive apposition after the subject ('X, a Nairobi-based firm, signed', 'X, a Chinese
  state-owned company, signed'): the body before it signs, not the place or demonym inside it.
- A '-based' place before a name ('with Kampala-based X'): the place says where X sits.
- Officials named only by title after 'by' ('signed by the Kenyan trade minister and his Thai
  counterpart'): each signs for the state of their demonym or possessive.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

MON = "2024-04-29"
MAY = "2024-05"

AGREEMENTS: list[tuple] = [
    # --- a descriptive apposition between the subject and the verb
    ('based-firm-apposition', 'Acme Holdings, a Nairobi-based firm, signed a contract with Zentrix Ltd '
     'on Monday.',
     [(['Acme Holdings', 'Zentrix Ltd'], 'contract', MON)]),
    ('demonym-company-apposition', 'Sinohydro, a Chinese state-owned company, signed the contract with '
     'Uganda on Monday to build a dam.',
     [(['Sinohydro', 'UG'], 'contract', MON, 'dam')]),
    ('coordinated-subject-apposition', 'The Kenya Pipeline Company and Acme Holdings, a Nairobi-based '
     'firm, signed a contract on Monday.',
     [(['Acme Holdings', 'Kenya Pipeline Company'], 'contract', MON)]),
    ('of-apposition-still', 'Zentrix Ltd, a subsidiary of the Kenya Pipeline Company, signed a deal '
     'with Acme Holdings on Monday.',
     [(['Acme Holdings', 'Zentrix Ltd'], 'agreement', MON)]),
    # --- a '-based' place before a name
    ('based-object', 'Nairobi-based Zentrix Ltd has signed a deal with Kampala-based Acme Holdings.',
     [(['Acme Holdings', 'Zentrix Ltd'], 'agreement', MAY)]),
    ('based-firm-object', 'Zentrix Ltd has signed a deal with the Kampala-based firm Acme Holdings on '
     'Monday.',
     [(['Acme Holdings', 'Zentrix Ltd'], 'agreement', MON)]),
    # --- officials named by title as the passive's agent
    ('by-minister-and-counterpart', 'The deal was signed by the Kenyan trade minister and his Thai '
     'counterpart on Monday.',
     [(['KE', 'TH'], 'agreement', MON)]),
    ('by-possessive-minister', "The agreement was signed by Kenya's trade minister and his Thai "
     'counterpart.',
     [(['KE', 'TH'], 'agreement', MAY)]),
    ('by-ambassador-and-minister', 'The agreement was signed by the Kenyan ambassador and the Thai '
     'deputy foreign minister.',
     [(['KE', 'TH'], 'agreement', MAY)]),
    ('by-named-minister-and-counterpart', 'The agreement was signed by Kenyan Trade Minister Amos '
     'Kiprono and his Thai counterpart on Monday.',
     [(['KE', 'TH'], 'agreement', MON)]),
]

NO_AGREEMENT: list[tuple] = [
    # the apposition names a body, but the document is only planned
    ('apposition-future', 'Acme Holdings, a Nairobi-based firm, will sign a contract with Zentrix Ltd '
     'next month.'),
    # an aggregate stays an aggregate whatever describes its signer
    ('apposition-aggregate', 'Acme Holdings, a Nairobi-based firm, signed a number of agreements in '
     'trade, health and energy.'),
    # a title-only agent of a document still to be signed
    ('by-officials-future', 'The deal will be signed by the Kenyan trade minister and his Thai '
     'counterpart next month.'),
]

XFAIL: dict[str, str] = {}

test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
