"""Agreements checklist s23b: a document retold, and a signing still to come.

- Retold through its cities: a signing between two capitals ('Nairobi and Kampala signed an
  agreement') is told again as 'the document' or 'the agreement' of the two countries: a city
  and its country are one side, so the later mention is the same document, not a second one.
  A place of a third country still makes another document.
- A signing told as a gerund in an opening adverbial ('In addition to signing the X agreement,
  the presidents will discuss Y'; 'Besides signing ...', 'After signing ...') happens when its
  main clause does: a main clause still to come ('will', 'are to') makes the signing one still to
  come (GOLD_FORMAT: documents to be signed in future are no agreements); a past main clause
  keeps it.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

KU = ["KE", "UG"]
MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    # --- the same document told through its cities, then through its countries
    ('capitals-then-the-document', 'The city councils of Kenya and Uganda in Nairobi and Kampala on '
     'Monday signed an agreement on waste collection. The document was signed in the presence of '
     'the two governors.', [(KU, 'agreement', MON, 'waste')]),
    ('capitals-then-the-agreement', 'The city councils of Kenya and Uganda in Nairobi and Kampala on '
     'Monday signed an agreement on waste collection. The agreement was signed in the presence of '
     'the two governors.',
     [(KU, 'agreement', MON, 'waste')]),
    # --- a past main clause: the signing is reported
    ('after-signing-past', 'After signing the fisheries agreement on Monday, the presidents of Kenya '
     'and Uganda toured the port.', [(KU, 'agreement', MON, 'fisheries')]),
    # --- controls: what the new rules must leave alone
    ('countries-then-third-country', 'Kenya and Uganda on Monday signed an agreement on waste '
     'collection. The agreement between Kenya, Uganda and Tanzania on fishing was signed in 2020.',
     [(KU, 'agreement', MON, 'waste'), (["KE", "UG", "TZ"], 'agreement', '2020', 'fishing')]),
    ('plain-signing-stays', 'The presidents of Kenya and Uganda on Monday signed a fisheries '
     'agreement and discussed other issues.', [(KU, 'agreement', MON, 'fisheries')]),
]

NO_AGREEMENT = [
    ('in-addition-to-signing-will', 'In addition to signing the fisheries agreement, the presidents '
     'of Kenya and Uganda will review border trade at their meeting.'),
    ('besides-signing-are-to', 'Besides signing a trade deal, Kenya and Uganda are expected to open '
     'a border post next month.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
