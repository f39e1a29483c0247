"""Documents a report counts off one by one in prose after the package's signing, written from the
English of cooperation news, not from any article.

- A pronoun member right after a member counted off by its noun ('The first MoU was for X.
  Another was on Y.'): one more document of that member's kind, of the package told before it.
- The documents not yet told, listed after 'the other' / 'the remaining' document noun ('The
  other agreements were on A, B and C'): one document per item, whatever the package's count,
  an item's own 'between A and B' naming its sides.
- 'including one on X' after a counted package whose passive agent and day stand between them
  ('Nine agreements were signed between A and B on Monday, including one on X'): that one is a
  document of its own, the package a count.
- An ordinal member told after a sentence of its own date ('The president arrived on Sunday.')
  takes the day of the package's signing.
- A package member named by its field, fronted or after a definite document noun, and described
  by a content verb ('On transport, the MoU outlines X', 'The MoU on health provides for Y'):
  one document of the pair, on the package's day.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

MON = "2024-04-29"
PACKAGE = "Kenya and Ghana signed five agreements on Monday. "
FIRST = PACKAGE + "The first MoU was for cooperation in fisheries. "

AGREEMENTS: list[tuple] = [
    # --- 'another' after a member counted off by its noun
    ('another-after-ordinal', FIRST + 'Another was on tourism.',
     [(['GH', 'KE'], 'memorandum', MON, 'fisheries'), (['GH', 'KE'], 'memorandum', MON, 'tourism')]),
    ('another-after-ordinal-agreement', PACKAGE + 'The first agreement concerns fisheries. '
     'Another aims to boost tourism.',
     [(['GH', 'KE'], 'agreement', MON, 'fisheries'), (['GH', 'KE'], 'agreement', MON, 'tourism')]),
    # --- the documents not yet told
    ('other-were-on', FIRST + 'The other agreements were on tourism, mining and health.',
     [(['GH', 'KE'], 'memorandum', MON, 'fisheries'), (['GH', 'KE'], 'agreement', MON, 'tourism'),
      (['GH', 'KE'], 'agreement', MON, 'mining'), (['GH', 'KE'], 'agreement', MON, 'health')]),
    ('remaining-cover', FIRST + 'The remaining agreements cover tourism and mining.',
     [(['GH', 'KE'], 'memorandum', MON, 'fisheries'), (['GH', 'KE'], 'agreement', MON, 'tourism'),
      (['GH', 'KE'], 'agreement', MON, 'mining')]),
    ('other-signed-without-the', FIRST + 'Other agreements signed were on tourism and mining.',
     [(['GH', 'KE'], 'memorandum', MON, 'fisheries'), (['GH', 'KE'], 'agreement', MON, 'tourism'),
      (['GH', 'KE'], 'agreement', MON, 'mining')]),
    ('other-item-between-bodies', FIRST + 'The other agreements included tourism, and cooperation in '
     'mining between the Kenya Mining Authority and the Ghana Minerals Commission.',
     [(['GH', 'KE'], 'memorandum', MON, 'fisheries'), (['GH', 'KE'], 'agreement', MON, 'tourism'),
      (['Ghana Minerals Commission', 'Kenya Mining Authority'], 'agreement', MON, 'mining')]),
    # --- 'including one on X' past the passive's agent and day
    ('passive-including-one', 'A total of nine agreements were signed between Kenya and Ghana on '
     'Monday, including one on fighting piracy.',
     [(['GH', 'KE'], 'agreement', MON, 'piracy')]),
    ('passive-governments-including-one', 'Nine agreements were inked between the governments '
     'of Kenya and Ghana on Monday, including one on fighting piracy.',
     [(['GH', 'KE'], 'agreement', MON, 'piracy')]),
    # --- an ordinal member dated by its package's signing
    ('ordinal-after-dated-arrival', 'Kenya and Ghana signed four agreements on Monday during the '
     'visit. President Amos Kiprono arrived in Accra on Sunday. The first agreement concerns fisheries.',
     [(['GH', 'KE'], 'agreement', MON, 'fisheries')]),
    # --- a member named by its field
    ('fronted-sector-member', 'Kenya and Ghana signed five memoranda of understanding on Monday. In the '
     'energy sector, the MoU focuses on solar power. On roads, the MoU outlines plans for '
     'rail links.',
     [(['GH', 'KE'], 'memorandum', MON, 'solar'), (['GH', 'KE'], 'memorandum', MON, 'rail')]),
    ('field-after-noun-member', 'Kenya and Ghana signed five agreements on Monday. The agreement on '
     'health provides for the exchange of doctors.',
     [(['GH', 'KE'], 'agreement', MON, 'doctors')]),
]

NO_AGREEMENT: list[tuple] = [
    # 'another' after a sentence that is no member is no document
    ('another-after-no-member', PACKAGE + 'The talks were held in Accra. Another was on tourism.'),
    # a package whose fields are listed without 'other' stays an aggregate
    ('fields-of-package', PACKAGE + 'The deals cover health and energy.'),
    # a package signed in the presence of people, none of them a document
    ('including-people', 'Nine agreements were signed between Kenya and Ghana on Monday in the '
     'presence of several ministers, including the foreign minister.'),
    # a field with no package signed before it
    ('field-without-package', 'Kenya and Ghana held talks on Monday. On health, the MoU provides for '
     'the exchange of doctors.'),
    # a definite document with no field: which member is not told
    ('definite-without-field', 'Kenya and Ghana signed five agreements on Monday. The agreement '
     'covers trade.'),
    # the other documents still to be signed
    ('other-future', 'Kenya and Ghana will sign five agreements next month. The other agreements '
     'will be on tourism and mining.'),
]

XFAIL: dict[str, str] = {}

test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
