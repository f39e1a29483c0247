"""A twelfth agreements checklist: documents told one after another, the class of misses that
recurs most across the fresh sets of session 18.  A report counts the documents, then tells each
in a sentence of its own: 'Another MoU was signed in the area of X', 'A related MoU on Y was also
inked', 'The third MoU touches on Z', 'The second deal involves W'.  Each is one document
(GOLD_FORMAT: individually described documents are one entry each), with the pair's parties and
the signing's day; a word of sequence ('another', 'a related', 'the third') means a new document,
never the earlier one told again.  Controls: an ordinal with no signing told before it, a
document described again without a word of sequence, and an ordinal that dates history.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

KU = ["KE", "UG"]
GT = ["GH", "TG"]
MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    # --- a word of sequence: one more document, not the earlier one again
    ('another-mou-in-the-area-of', 'Ghana and Togo signed three memoranda in Lome on Monday. The two sides '
     'signed a memorandum on customs cooperation. Another MoU was signed in the area of teacher training.',
     [(GT, 'memorandum', MON, 'customs'), (GT, 'memorandum', MON, 'teacher')]),
    ('another-memorandum-was-also-signed', 'Ghanaian and Togolese ministers signed a memorandum on '
     'customs on Monday. Another memorandum was also signed in the field of fisheries.',
     [(GT, 'memorandum', MON, 'customs'), (GT, 'memorandum', MON, 'fisheries')]),
    ('a-related-mou-also-inked', 'Kenyan Trade Minister Mary Wanjiru and her Ugandan counterpart Peter '
     'Okello signed a memorandum on Monday on cross-border markets. A related MoU on market inspectors '
     'was also inked.',
     [(KU, 'memorandum', MON, 'markets'), (KU, 'memorandum', MON, 'inspectors')]),
    ('a-separate-protocol-was-signed', 'Kenya and Uganda signed a protocol on railway safety on Monday. '
     'A separate protocol was signed in the area of port security.',
     [(KU, 'agreement', MON, 'railway'), (KU, 'agreement', MON, 'port')]),
    # --- an ordinal and what the document covers, after a count of documents signed
    ('first-second-third-deal', 'Kenya and Uganda signed three agreements in Kampala on Monday. '
     'The first deal signed focuses on joint patrols on Lake Victoria. '
     'The second deal involves the upgrade of the Busia border post. '
     'The third agreement concerns the mutual recognition of nursing diplomas.',
     [(KU, 'agreement', MON, 'patrols'), (KU, 'agreement', MON, 'border'),
      (KU, 'agreement', MON, 'nursing')]),
    ('third-mou-touches-on', 'Ghana and Togo signed four cooperation agreements in Accra on Monday. '
     'The two parties signed a memorandum for the creation of a joint customs office. '
     'Another MoU was signed in the area of teacher training. '
     'The third MoU touches on the management of cross-border grazing. '
     'The fourth agreement touches on cocoa as it aims to set up a quality board.',
     [(GT, 'memorandum', MON, 'customs'), (GT, 'memorandum', MON, 'teacher'),
      (GT, 'memorandum', MON, 'grazing'), (GT, 'agreement', MON, 'cocoa')]),
    ('ordinal-after-quote', 'In total, two agreements were signed between Kenya and Uganda on Monday. '
     'The first agreement covers veterinary checks. "We are neighbours," the president said. '
     'The second agreement deals with fishing licences.',
     [(KU, 'agreement', MON, 'veterinary'), (KU, 'agreement', MON, 'fishing')]),
    # --- a list announced without a colon ('Following are the agreements signed ...'), one
    # numbered row per paragraph: each row naming a document is one document, its own parties
    ('following-are-without-colon', 'Kenya and Uganda signed two documents in Kampala on Monday.'
     '\n\nFollowing are the agreements signed between Kenya and Uganda.\n\n1. Memorandum of '
     'Understanding between the Republic of Kenya and the Republic of Uganda on Fisheries Cooperation.'
     '\n\n2. Memorandum of Understanding between the Lakeside Research Institute and the Victoria '
     'Science Foundation.',
     [(KU, 'memorandum', MON, 'fisheries'),
      (['Lakeside Research Institute', 'Victoria Science Foundation'], 'memorandum', MON)]),
    ('below-are-without-colon', 'Ghana and Togo signed two memoranda in Lome on Monday.\n\nBelow are '
     'the memoranda signed.\n\n- Memorandum of Understanding on Customs Cooperation.\n\n'
     '- Memorandum of Understanding on Teacher Training.',
     [(GT, 'memorandum', MON, 'customs'), (GT, 'memorandum', MON, 'teacher')]),
    # --- a place set off by a comma right after a 'between' party locates it and is no party
    ('between-body-and-body-comma-country', 'Kenya and Uganda signed two documents on Monday.\n\n'
     'Following are the agreements signed.\n\n1. Memorandum of Understanding between the Lakeside '
     'Research Institute, Kisumu, and the Victoria Science Foundation, Uganda.',
     [(['Lakeside Research Institute', 'Victoria Science Foundation'], 'memorandum', MON)]),
    ('countries-listed-stay-parties', 'A memorandum was signed on Monday between Kenya, Uganda and '
     'Tanzania on lake transport.', [(['KE', 'TZ', 'UG'], 'memorandum', MON)]),
    # --- controls
    ('described-again-stays-one', 'Kenya and Uganda signed a memorandum on fisheries on Monday. '
     'The memorandum covers joint patrols on the lake.',
     [(KU, 'memorandum', MON, 'fisheries')]),
]

NO_AGREEMENT = [
    ('following-are-without-signing', 'Kenya and Uganda held talks in Kampala on Monday.\n\n'
     'Following are the agreements the two sides hope to sign next year.\n\n1. Memorandum of '
     'Understanding between the Republic of Kenya and the Republic of Uganda on Fisheries.'),
    ('ordinal-without-signing', 'Kenya and Uganda held talks on trade in Kampala on Monday. '
     'The second agreement concerns a plan the two ministries are still drafting.'),
    ('another-round-of-talks', 'Kenya and Uganda held talks on Monday. Another round of talks on '
     'fisheries is planned for June.'),
]

XFAIL: dict[str, str] = {}


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
