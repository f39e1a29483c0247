"""A fifteenth agreements checklist: what decides a document's date and parties, and whether it
was made, by mechanism.  A signed document named by an earlier year ('before the 1995 Lima Accord
was signed') is dated by that year where its sentence gives no date of its own; a year of the
paper's own, a span of years or a date the sentence gives wins.  A date after the paper's day
('by 2030', 'next year') is what a document provides for, never its signing day.  A word of
sequence ('a similar MoU') opens one more document.  A country-level document with a subject of
its own is no summary of a body-level one signed beside it.  A member of a package 'with the X
Agency' is signed by that body and the package's other state.  A wish or need governs a signing
coordinated after another verb ('willing to widen trade and ratify the treaty'): no document.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

GP = ["GH", "PE"]
MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    # --- the year a signed document is named by dates its signing
    ('year-named-passive-before', 'Before the 1995 Lima Accord was signed, trade between Ghana and Peru '
     'stood at $20 million.',
     [(GP, 'agreement', '1995')]),
    ('year-named-recalled-passive', 'Ghana and Peru recalled that the 2008 fisheries agreement was signed '
     'in Accra.',
     [(GP, 'agreement', '2008', 'fisheries')]),
    ('year-named-their-active', 'Ghana and Peru signed their 2019 trade agreement in Lima.',
     [(GP, 'agreement', '2019', 'trade')]),
    ('year-named-treaty-after', 'Since the 2001 border treaty was signed by Ghana and Peru, no incident '
     'has been reported.',
     [(GP, 'treaty', '2001')]),
    ('year-named-memorandum-when', 'When the 2016 memorandum on tourism was signed between Ghana and Peru, '
     'few flights linked them.',
     [(GP, 'memorandum', '2016', 'tourism')]),
    # --- what the rule must leave alone
    ('own-day-wins-over-named-year', 'Ghana and Peru on Monday signed the 2023 fisheries agreement.',
     [(GP, 'agreement', MON)]),
    ('paper-year-is-no-signing-year', 'Ghana and Peru signed the 2024 fisheries agreement.',
     [(GP, 'agreement', '2024-05')]),
    ('span-of-years-is-no-signing-year', 'Ghana and Peru signed the 2021-2023 work plan.',
     [(GP, 'plan', '2024-05')]),
    ('no-year-keeps-paper-month', 'Ghana and Peru signed a fisheries agreement.',
     [(GP, 'agreement', '2024-05', 'fisheries')]),
    # --- a member of a package signed with a named body: [the other state, the body]
    ('these-include-with-agency', 'Ghana and Peru signed 12 documents on Monday. These include the '
     'Framework Agreement with the Peruvian Development Agency for financing water supply.',
     [(['GH', 'Peruvian Development Agency'], 'agreement', MON, 'water')]),
    ('they-include-with-company', 'Ghana and Peru signed 12 documents on Monday. They include a loan '
     'agreement with the Ghanaian Water Company for financing water supply.',
     [(['PE', 'Ghanaian Water Company'], 'agreement', MON, 'water')]),
    ('include-with-body-of-no-state', 'Ghana and Peru signed 12 documents on Monday. They include a loan '
     'agreement with the World Bank for financing water supply.',
     [(GP, 'agreement', MON, 'water')]),
    ('include-without-body', 'Ghana and Peru signed 12 documents on Monday. They include a loan '
     'agreement for financing water supply.',
     [(GP, 'agreement', MON, 'water')]),
    # --- what the governor must leave alone: a signing told as done
    ('expanded-and-signed-stays', 'Ghana and Peru expanded trade and signed a new free trade agreement on '
     'Monday.',
     [(GP, 'agreement', MON, 'trade')]),
    ('willing-then-new-clause-stays', 'Ghana said it was willing to help, and on Monday Ghana and Peru '
     'signed a fisheries agreement.',
     [(GP, 'agreement', MON, 'fisheries')]),
    # --- a date after the paper's day is what the document provides for, not its signing
    ('by-target-year', 'Ghana and Peru signed an agreement to halve illegal fishing by 2030.',
     [(GP, 'agreement', '2024-05', 'fishing')]),
    ('plan-to-double-by-year', 'Ghana and Peru signed a plan to double trade by 2027.',
     [(GP, 'plan', '2024-05', 'trade')]),
    ('under-which-next-year', 'Ghana and Peru signed an agreement under which Ghana will open a consulate '
     'in Lima next year.',
     [(GP, 'agreement', '2024-05', 'consulate')]),
    ('reached-then-next-year', 'The foreign ministers of Ghana and Peru held talks in Accra on Monday. '
     'According to the agreement reached by the two ministers, next year Ghana will open a consulate in '
     'Lima.',
     [(GP, 'agreement', MON)]),
    ('next-month-takes-day-signed', 'Ghana and Peru signed an accord on Monday under which flights resume '
     'next month.',
     [(GP, 'agreement', MON)]),
    # --- a word of sequence opens one more document ('a similar MoU')
    ('similar-memorandum-between-people', 'Ghanaian Sports Minister Kofi Mensah and Peruvian Sports '
     'Minister Luis Quispe signed a memorandum of understanding on youth on Monday. A similar MoU on sports '
     'development was also signed between Mensah and Quispe on behalf of their respective countries.',
     [(GP, 'memorandum', MON, 'youth'), (GP, 'memorandum', MON, 'sports')]),
    ('similar-agreement-passive', 'Ghana and Peru signed an agreement on fisheries on Monday. A similar '
     'agreement on forestry was also signed between the two countries.',
     [(GP, 'agreement', MON, 'fisheries'), (GP, 'agreement', MON, 'forestry')]),
    # --- a country-level document with a subject of its own is no summary of a body-level one
    ('own-subject-beside-bodies', 'Ghana and Peru signed several agreements on Monday. In the field of '
     'trade, Trade Minister Kofi Mensah and his Peruvian counterpart Luis Quispe signed a memorandum of '
     'understanding on fisheries. The two ministers also signed an MoU aimed at strengthening cooperation '
     'between the Ghana School of Trade and the Peruvian Trade Academy.',
     [(GP, 'memorandum', MON, 'fisheries'),
      (['Ghana School of Trade', 'Peruvian Trade Academy'], 'memorandum', MON)]),
    ('summary-sharing-subject-dropped', 'Ghana and Peru on Monday signed a memorandum of understanding '
     'on fisheries research. The memorandum was signed between the Ghana Marine Institute and the Peru '
     'Fisheries Agency for joint fisheries research.',
     [(['Ghana Marine Institute', 'Peru Fisheries Agency'], 'memorandum', MON, 'fisheries')]),
    ('summary-without-subject-dropped', 'Ghana and Peru on Monday signed a memorandum of understanding. '
     'A memorandum on fisheries research between the Ghana Marine Institute and the Peru Fisheries Agency '
     'was signed at the ceremony.',
     [(['Ghana Marine Institute', 'Peru Fisheries Agency'], 'memorandum', MON, 'fisheries')]),
]

NO_AGREEMENT: list[tuple] = [
    # --- a wish, need or readiness governs a signing coordinated after another verb
    ('willing-to-x-and-ratify', 'Ghana is willing to promote bilateral trade ties and ratify the new free '
     'trade agreement with Peru.'),
    ('ready-to-x-and-sign', 'Peru is ready to reopen its embassy and sign a visa waiver agreement with '
     'Ghana, its foreign minister said.'),
    ('need-to-x-and-conclude', 'The ministers of Ghana and Peru stressed the need to resume direct flights '
     'and conclude an air services agreement.'),
    ('hopes-to-x-and-sign', 'Ghana hopes to double cocoa exports to Peru and sign a trade pact with it.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
