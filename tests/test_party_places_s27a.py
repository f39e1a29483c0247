"""Parties checklist (s27a): a place written beside a party only to say where it is signs
nothing.  English locates a body with a parenthetical 'X, in Britain,' and a region with the
country that holds it, 'with Bavaria, Germany,'; neither place is a side of the document, so
it neither ends the subject early nor adds a third party.  A country coordinated with what
follows ('Bavaria, Germany and France') is a list item, and a country after another country
or a body set off by a comma alone keeps its reading.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  Every sentence, person, company
and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

MON = "2024-04-29"
NIT = "Nairobi Institute of Technology"
LEEDS = "Leeds University"

AGREEMENTS: list[tuple] = [
    ('body-comma-in-country', f'The {NIT} and {LEEDS}, in Britain, signed a memorandum on Monday '
     'for research cooperation.',
     [([NIT, LEEDS], 'memorandum', MON, 'research')]),
    ('region-comma-country-object', 'Kenya on Monday signed an agreement with Bavaria, Germany, to '
     'deepen cooperation in trade.',
     [(['KE', 'DE-BY'], 'agreement', MON, 'trade')]),
    ('region-comma-country-subject', 'Bavaria, Germany, and Kenya on Monday signed an agreement on '
     'trade.',
     [(['KE', 'DE-BY'], 'agreement', MON, 'trade')]),
    # must not change: a body located without a comma, and two countries listed with a comma
    ('body-in-country-unchanged', f'The {NIT} and {LEEDS} in Britain signed a memorandum on Monday '
     'for research cooperation.',
     [([NIT, LEEDS], 'memorandum', MON, 'research')]),
    ('country-list-unchanged', 'Kenya, Uganda and Tanzania on Monday signed an agreement on trade.',
     [(['KE', 'UG', 'TZ'], 'agreement', MON, 'trade')]),
    ('two-counterparts-unchanged', 'Kenya on Monday signed an agreement with Uganda and Tanzania '
     'on trade.',
     [(['KE', 'UG', 'TZ'], 'agreement', MON, 'trade')]),
]

NO_AGREEMENT = [
    ('located-not-signed', f'The {NIT}, in Kenya, hosted students from Bavaria, Germany, on Monday.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
