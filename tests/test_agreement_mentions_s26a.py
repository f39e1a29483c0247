"""Agreements checklist from the s26 error classes, each written as a family of invented phrasings.

- A document named again by its bare definite noun ('The agreement was signed during a visit to
  X to draw investors', 'Addressing guests at the signing of the agreement, ...', 'The signing
  of the deal follows talks held weeks before ...') is the document already reported: the
  purpose or clause the sentence adds is not its subject and makes no second document.
- A 'with' that opens the document itself ('concluded their talks, with a memorandum signed in
  X') names no counterpart: the place of signing is no party.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence, person and body is invented."""

from __future__ import annotations

from tests.test_agreements_checklist6 import agreement_checklist_tests

KP = ["KE", "PE"]
TUE = "2024-04-30"
WED = "2024-05-01"
ACME = ["Acme Port Authority", "Lima Chamber of Commerce"]
SIGNED = ("The Acme Port Authority on Tuesday signed a cooperation agreement with the Lima Chamber of "
          "Commerce.\n\n")
PROMOTION = ("Kenya's Department of Trade Promotion signed a memorandum of understanding with the "
             "Arequipa Regional Government to promote trade between Kenya and Peru.\n\n")
DTP = ["Department of Trade Promotion", "Arequipa Regional Government"]

AGREEMENTS: list[tuple] = [
    # --- a bare definite noun names the document already reported
    ('signed-during-a-visit-to-attract', PROMOTION + 'The agreement was signed during a trip '
     'by ministry officials to Peru aimed at drawing investors to Kenya.',
     [(DTP, 'memorandum', '2024-05', 'trade')]),
    ('this-deal-was-signed-during', PROMOTION + 'This deal was signed during a recent trip by '
     'officials to Peru to find new buyers in Kenya.',
     [(DTP, 'memorandum', '2024-05', 'trade')]),
    ('speaking-during-the-signing-of', SIGNED + 'Addressing guests at the signing of the agreement, '
     "the authority's chairman said Kenya and Peru both benefit when their ports cooperate.",
     [(ACME, 'agreement', TUE)]),
    ('the-signing-comes-weeks-after', SIGNED + 'The signing of the agreement follows talks held '
     'weeks before, when Kenya and Peru pledged closer ties.',
     [(ACME, 'agreement', TUE)]),
    ('twin-city-signing-retold', 'The Acme Port Authority on Tuesday signed a port twinning agreement '
     'with the Lima Chamber of Commerce.\n\nAddressing guests at the signing of the agreement, the '
     "authority's chairman said Kenya and Peru both benefit when their ports cooperate.",
     [(ACME, 'agreement', TUE, 'twinning')]),
    # --- a 'with' that opens the document names no counterpart
    ('with-a-memorandum-signed-in-city', 'Kenya and Peru on Wednesday concluded their free trade '
     'talks, with a memorandum of understanding signed in Lima.',
     [(KP, 'memorandum', WED)]),
    ('with-the-landmark-memorandum', 'Kenya and Peru on Wednesday concluded their fisheries talks, '
     'with the landmark memorandum signed in Lima.',
     [(KP, 'memorandum', WED)]),
    # --- controls: what the new rules must leave alone
    ('indefinite-second-document-stays', 'The Acme Port Authority signed a memorandum on port '
     'management with the Lima Chamber of Commerce on Tuesday.\n\nAn agreement was also signed by '
     'Kenya and Peru to build a road.',
     [(ACME, 'memorandum', TUE, 'port'), (KP, 'agreement', TUE, 'road')]),
    ('with-a-named-body-stays', 'Kenya and Peru on Wednesday signed an agreement with the Lima Chamber '
     'of Commerce.',
     [(KP + ['Lima Chamber of Commerce'], 'agreement', WED)]),
    ('with-a-country-stays', 'Kenya on Wednesday signed an agreement with Peru.',
     [(KP, 'agreement', WED)]),
    ('with-a-capitalised-secretariat-stays', 'The Lima Chamber of Commerce on Wednesday signed an '
     'agreement with the Treaty Secretariat.',
     [(['Lima Chamber of Commerce', 'Treaty Secretariat'], 'agreement', WED)]),
]

NO_AGREEMENT: list[tuple] = [
    ('talks-with-a-memorandum-to-be-signed', 'Kenya and Peru on Wednesday held free trade talks in '
     'Lima, with a memorandum to be signed next year.'),
]

XFAIL: dict[str, str] = {}

test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
