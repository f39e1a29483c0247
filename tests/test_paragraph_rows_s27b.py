"""Agreements checklist (s27b): a list of signed documents set one per paragraph, without
bullets.  Web copy of a press release often loses a list's bullets, so each row stands as a
paragraph that opens on the document's name; after a signing sentence that announces the list,
each such paragraph is one document, with the pair's parties and the intro's date, and a
sentence that goes on inside a row's paragraph describes that row.  A paragraph that opens on
'The agreement ...' is a sentence, and a paragraph after a signing sentence that announces no
list is no row.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  Every sentence, person, company
and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

KU = ["KE", "UG"]
MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    ('rows-as-paragraphs', 'Kenya and Uganda held talks on Monday in Kampala.\n\n'
     'The delegations signed the following agreements after the talks:\n\n'
     'Agreement on Economic and Technical Cooperation\n\n'
     'Letter of Exchange on the Project of Rural Housing in Gulu\n\n'
     'Handover Certificate of the Lira Water Project',
     [(KU, 'agreement', MON, 'economic'), (KU, 'agreement', MON, 'housing'),
      (KU, 'agreement', MON, 'water')]),
    ('row-goes-on', 'Kenya and Uganda held talks on Monday in Kampala.\n\n'
     'The two sides signed a number of documents:\n\n'
     'Agreement on fisheries cooperation. A fish market will be built in Jinja.\n\n'
     'A memorandum on tourism promotion in the lake region.',
     [(KU, 'agreement', MON, 'fisheries'), (KU, 'memorandum', MON, 'tourism')]),
    # must not change: a bulleted list, and a paragraph after a list that is a sentence of its own
    ('bulleted-unchanged', 'Kenya and Uganda held talks on Monday in Kampala.\n\n'
     'The delegations signed the following agreements:\n\n'
     '- Agreement on Economic and Technical Cooperation;\n\n'
     '- Agreement on fisheries.',
     [(KU, 'agreement', MON, 'economic'), (KU, 'agreement', MON, 'fisheries')]),
]

NO_AGREEMENT = [
    ('no-list-intro', 'Kenya and Uganda held talks on Monday in Kampala.\n\n'
     'Ministers discussed trade:\n\n'
     'Agreement on fisheries remains a goal for both sides.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
