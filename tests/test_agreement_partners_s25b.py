"""Agreements checklist from the s25 error classes, each written as a family of invented phrasings.

- Documents of one kind listed by partner country: 'A has signed free trade agreements with B, C
  and D' is one document per partner (a document between A and B is not the one between A and
  C); undated unless the sentence itself dates it. A counted or definite package stays as before.
- An anniversary of 'the signing of a navigation and fisheries treaty': an indefinite article
  before the document counts back from the year as 'the' does.
- A denied signing ('have not yet signed an MoU', 'has never signed a treaty') is no document.
- Bodies as subject: a body's bracketed short form and its seat ('the University of X (UX) in
  Peru'), and 'here' after the day, stand between the subject and the verb without hiding it.
- A 'with' that opens a purpose ('with a view to', 'with an interest in') names no counterpart.
- A document that is the source of the news ('..., a joint statement said', 'according to a
  joint statement') is no second document signed.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

KU = ["KE", "UG"]
MON = "2024-04-29"
TALKS = "Kenya and Uganda held talks in Kampala on Monday. "

AGREEMENTS: list[tuple] = [
    # --- one document per partner country after a plural noun's 'with'
    ('fta-list-of-partners', 'Kenya has already signed free trade agreements with Chile, Norway, '
     'Peru and Ghana.',
     [(["KE", "CL"], 'agreement', None, 'free trade'), (["KE", "NO"], 'agreement', None, 'free trade'),
      (["KE", "PE"], 'agreement', None, 'free trade'), (["KE", "GH"], 'agreement', None, 'free trade')]),
    ('two-partners-dated-by-own-sentence', 'Peru signed extradition treaties with Chile and Norway '
     'in 2019.',
     [(["PE", "CL"], 'treaty', '2019'), (["PE", "NO"], 'treaty', '2019')]),
    ('partners-signed-on-a-day', 'Peru signed visa waiver agreements with Chile and Norway on Monday.',
     [(["PE", "CL"], 'agreement', MON), (["PE", "NO"], 'agreement', MON)]),
    # --- an anniversary with an indefinite article
    ('anniversary-of-a-coordinated-treaty', TALKS + 'This year marks the 50th anniversary of the '
     'signing of a navigation and fisheries treaty by the two neighbours.',
     [(KU, 'treaty', '1974')]),
    ('anniversary-of-an-extradition-treaty', TALKS + 'The minister is in Kampala to celebrate the 30th '
     'anniversary of the signing of an extradition treaty between the two countries.',
     [(KU, 'treaty', '1994')]),
    # --- bodies as subject: short form, seat and 'here' before the verb
    ('short-form-and-seat', "Kenya's Rift Valley Technical University and the University of Arequipa "
     '(UA) in Peru on Monday signed a memorandum of understanding on student exchange.',
     [(['Rift Valley Technical University', 'University of Arequipa'], 'memorandum', MON, 'student')]),
    ('seat-and-here', "Kenya's Rift Valley Technical University and the University of Arequipa in Peru "
     'on Monday here signed a memorandum of understanding on student exchange.',
     [(['Rift Valley Technical University', 'University of Arequipa'], 'memorandum', MON, 'student')]),
    # --- a purpose 'with' names no counterpart
    ('with-an-interest-in', 'Lakeside College and Mwangi Holdings Group signed a memorandum of '
     'understanding on Monday with an interest in opening a campus in Peru.',
     [(['Lakeside College', 'Mwangi Holdings Group'], 'memorandum', MON)]),
    ('with-a-view-to', 'Lakeside College and Mwangi Holdings Group signed an agreement on Monday with a '
     'view to building a college in Peru.',
     [(['Lakeside College', 'Mwangi Holdings Group'], 'agreement', MON)]),
    # --- a document as the source of the news
    ('a-joint-statement-said', 'Kenyan Prime Minister Joseph Otieno and his Ugandan counterpart Moses '
     'Okello signed a development cooperation accord in Nairobi on Monday, a joint statement said.',
     [(KU, 'agreement', MON, 'development')]),
    ('according-to-a-joint-statement', 'Kenya and Uganda signed a trade agreement and a memorandum on '
     'fisheries on Monday, according to a joint statement.',
     [(KU, 'agreement', MON, 'trade'), (KU, 'memorandum', MON, 'fisheries')]),
    # --- controls: what the new rules must leave alone
    ('signed-joint-statement-stays', 'Kenya and Uganda signed a trade agreement and a joint statement on '
     'fisheries on Monday.',
     [(KU, 'agreement', MON, 'trade'), (KU, 'joint statement', MON, 'fisheries')]),
    ('with-a-named-body-stays', 'Lakeside College signed a memorandum with the Hope Foundation on Monday.',
     [(['Lakeside College', 'Hope Foundation'], 'memorandum', MON)]),
    ('one-partner-stays-one', 'Peru signed a free trade agreement with Chile on Monday.',
     [(["PE", "CL"], 'agreement', MON, 'free trade')]),
    ('not-only-signed-stays', TALKS + 'Kenya and Uganda not only signed a trade agreement but also '
     'opened a consulate.',
     [(KU, 'agreement', MON, 'trade')]),
    ('anniversary-of-the-treaty-stays', TALKS + 'This year marks the 50th anniversary of the signing of '
     'the treaty on friendship between the two countries.',
     [(KU, 'treaty', '1974')]),
]

NO_AGREEMENT: list[tuple] = [
    # --- a counted or definite package with several partners stays an aggregate
    ('counted-package-with-partners', 'Peru signed three agreements with Chile and Norway on Monday.'),
    ('several-with-partners', 'Peru signed several agreements with Chile and Norway on Monday.'),
    # --- a denied signing is no document
    ('not-yet-signed', TALKS + 'The minister said the two sides have not yet signed a memorandum on '
     'fisheries, but hope to do so by the end of the year.'),
    ('have-not-signed', TALKS + 'The envoy said Kenya and Uganda have not signed a trade agreement.'),
    ('never-signed', TALKS + 'Kenya has never signed an extradition treaty with Uganda.'),
]

XFAIL: dict[str, str] = {}

test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
