"""Sister-city pairs told in a later clause of a sentence that already tells a twinning (the
'sister-city pairs in a second clause' shape of s23b, still open in s24b): 'A signed a
sister-city agreement with B, while C partnered with D', '..., while E entered into a sister
province-city agreement with F'.  The twinning named before gives the plainer 'partnered with'
its sense; GOLD_FORMAT counts sister-city agreements with the places as parties, so the later
clause is one agreement between its subject place and the place after 'with'.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

MON = "2024-04-29"
MOMBASA_JINJA = ['KE-28', 'UG-204']
KISUMU_GULU = ['KE-17', 'UG-304']

AGREEMENTS: list[tuple] = [
    ('signed-then-partnered', 'Mombasa in Kenya signed a sister-city agreement with Jinja in Uganda on '
     'Monday, while Kisumu in Kenya partnered with Gulu in Uganda.',
     [(MOMBASA_JINJA, 'agreement', MON, 'sister'), (KISUMU_GULU, 'agreement', MON, 'sister')]),
    ('established-then-twinned', 'Mombasa in Kenya established sister-city relations with Jinja in '
     'Uganda on Monday, while Kisumu in Kenya twinned with Gulu in Uganda.',
     [(MOMBASA_JINJA, 'agreement', MON, 'sister'), (KISUMU_GULU, 'agreement', MON, 'sister')]),
    ('signed-then-entered-into', 'Mombasa in Kenya signed a sister-city agreement with Jinja in '
     'Uganda on Monday, while Kisumu in Kenya concluded a sister province-city agreement with Gulu '
     'in Uganda.',
     [(MOMBASA_JINJA, 'agreement', MON, 'sister'), (KISUMU_GULU, 'agreement', MON, 'province')]),
    # --- controls: what must not change
    ('one-clause-sister-stays', 'Mombasa in Kenya signed a sister-city agreement with Jinja in Uganda '
     'on Monday.',
     [(MOMBASA_JINJA, 'agreement', MON, 'sister')]),
]

NO_AGREEMENT = [
    ('partnered-without-twinning', 'Kisumu in Kenya partnered with Gulu in Uganda on a tourism fair '
     'on Monday.'),
    ('planned-twinnings', 'Mombasa in Kenya will establish sister-city relations with Jinja in Uganda, '
     'while Kisumu in Kenya will partner with Gulu in Uganda.'),
]

XFAIL: dict[str, str] = {
    'signed-then-entered-into': "two document nouns make it a sentence of several documents "
                                "(agreement_lists), which reads 'Mombasa in Kenya' as Kenya",
}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
