"""Agreements checklist s23d: members of a signed package counted off by ordinals.  Press
releases drop the article before the ordinal ('Second agreement relates to X', 'Third MoU seeks
to Y') and describe a member with the verbs a pronoun member takes ('seeks to', 'aims to'); a
report may also let the ordinal stand for the member and name it by a noun phrase ('The first is
a technical assistance agreement worth X', 'The second, a loan agreement for Y').  Each is one
document of the package (GOLD_FORMAT: individually described documents are one entry each), with
the package's parties and day.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

KU = ["KE", "UG"]
MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    # --- ordinals without an article, with a pronoun member's verb
    ('bare-ordinals-seeks-to', 'Kenya and Uganda signed three MoUs on Monday. The first MoU pertains '
     'to fisheries research. Second agreement relates to a railway training programme. Third MoU '
     'seeks to enhance cooperation in sports.',
     [(KU, 'memorandum', MON, 'fisheries'), (KU, 'agreement', MON, 'railway'),
      (KU, 'memorandum', MON, 'sports')]),
    ('ordinal-aims-to', 'Kenya and Uganda signed two agreements on Monday. The first agreement covers '
     'fisheries. The second agreement aims to expand tourism.',
     [(KU, 'agreement', MON, 'fisheries'), (KU, 'agreement', MON, 'tourism')]),
    # --- the ordinal stands for the member, a noun phrase names it
    ('ordinal-is-a-noun-phrase', 'Kenya and Uganda signed two agreements on Monday. The first is a '
     'technical assistance agreement worth 3 million euros. It supports forestry. The second, a '
     'financial cooperation agreement of 5 million euros, funds rural clinics.',
     [(KU, 'agreement', MON, 'technical'), (KU, 'agreement', MON, 'financial')]),
    ('ordinal-one-was-a-memorandum', 'Kenya and Uganda signed two documents on Monday. The first one '
     'was a memorandum on fisheries. The second was a protocol on customs.',
     [(KU, 'memorandum', MON, 'fisheries'), (KU, 'agreement', MON, 'customs')]),
    # --- controls: what the new rules must leave alone
    ('first-mou-pertains-stays', 'Kenya and Uganda signed two MoUs on Monday. The first MoU pertains to '
     'fisheries. The second MoU covers tourism.',
     [(KU, 'memorandum', MON, 'fisheries'), (KU, 'memorandum', MON, 'tourism')]),
    ('single-signing-stays', 'Kenya and Uganda signed a fisheries agreement on Monday. The agreement '
     'covers the Lake Victoria basin.',
     [(KU, 'agreement', MON, 'fisheries')]),
]

NO_AGREEMENT = [
    # --- an ordinal with no signing told before it
    ('ordinal-without-signing', 'Kenya and Uganda held talks on Monday. Second agreement relates to '
     'tourism, the ministers said.'),
    ('ordinal-is-an-event', 'Kenya and Uganda signed 12 agreements on Monday. The first is a summit '
     'planned for June.'),
    ('first-round-no-document', 'Kenya and Uganda signed 12 agreements on Monday. The second round of '
     'talks aims to cover energy.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
