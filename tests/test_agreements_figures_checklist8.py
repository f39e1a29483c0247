"""An eighth checklist, agreements and figures together: the shapes held-out news still used after
checklist 7, as invented sentences.  Agreements: several documents in one sentence joined by
semicolons ('..., between A and B; between the two countries' ministries of justice; and between
their capitals P and Q', 'a MoU on X with B; one on Y with C (ACR); and another on Z with D'),
'the former's C and the latter's D' (the two parties' sides), 'and' lists of named documents each
of its own kind ('the update of the X Plan 2024-2027 and the MoU on Y'; 'two agreements on X and Y
and the Action Plan for Z': agreement, agreement, plan), the verbs and nouns of a signing ('sealed
a pact', 'inked a deal', 'the exchange of notes / instruments of ratification ... took place'),
parties given as 'the customs bodies of A and B', a multilateral bloc named by description ('the
ten-nation regional bloc' → the bloc named earlier), two organisations led by demonyms, names
after a two-word country's possessive, and the document's own 'on X' / 'for X' phrase as its topic
even when a weekday stands between the noun and it ('signed a memorandum on Tuesday on data
sharing').  Figures: an amount in a spelled currency with its bracketed dollar conversion counted
once in the currency written first (GOLD_FORMAT), 'two agreements on X and Y' giving two entries
and a count figure (individually described documents are no aggregate; their count is a figure),
'NUM percent complete' is no share, and the ordinal of a country's diplomatic partners.

Agreement rows are read against Thursday 2 May 2024 (Tuesday 30 April); figure rows against
Thursday 12 June 2025 (Tuesday 10 June).  A fourth element of an expected agreement row is a word
its topic must hold.  Every sentence, person, company and body is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_cases
from tests.test_agreements_checklist6 import agreement_checklist_tests
from tests.test_statements_figures_checklist5 import check_figures

KU = ["KE", "UG"]
TUE = "2024-04-30"
JUNE_TUE = "2025-06-10"

AGREEMENTS: list[tuple] = [
    # --- several documents in one sentence, joined by semicolons
    ('semi-three-between-pairs', "Kenya and Uganda on Tuesday signed memoranda of understanding on trade "
     "promotion between the Kenya Trade Agency and the Uganda Export Board; between the two countries' "
     "ministries of justice; and between their capitals Nairobi and Kampala.",
     [(['Kenya Trade Agency', 'Uganda Export Board'], 'memorandum', TUE, 'trade'),
      (KU, 'memorandum', TUE), (['KE-30', 'UG-102'], 'memorandum', TUE)]),
    ('semi-one-on-with-acronym', 'The Kenyan Ministry of Trade on Tuesday signed a MoU on fisheries with the '
     'Uganda Fisheries Authority; one on tourism with the East African Tourism Council (EATC); and another '
     'on mining with the Uganda Mining Board.',
     [(['Kenyan Ministry of Trade', 'Uganda Fisheries Authority'], 'memorandum', TUE, 'fisheries'),
      (['East African Tourism Council', 'Kenyan Ministry of Trade'], 'memorandum', TUE, 'tourism'),
      (['Kenyan Ministry of Trade', 'Uganda Mining Board'], 'memorandum', TUE, 'mining')]),
    ('semi-one-on-with-acronym-undated', 'The Kenya Ports Authority signed a memorandum on logistics with '
     'Bora Shipping Ltd; one on dredging with the Uganda Inland Waters Agency (UIWA); and another on '
     'training with the Lake Victoria Maritime School.',
     [(['Bora Shipping Ltd', 'Kenya Ports Authority'], 'memorandum', '2024-05', 'logistics'),
      (['Kenya Ports Authority', 'Uganda Inland Waters Agency'], 'memorandum', '2024-05', 'dredging'),
      (['Kenya Ports Authority', 'Lake Victoria Maritime School'], 'memorandum', '2024-05', 'training')]),
    ('semi-countries-only', 'Kenya and Uganda on Tuesday signed an agreement on air services; a memorandum '
     'on tourism; and a protocol on veterinary inspection.',
     [(KU, 'agreement', TUE, 'air'), (KU, 'memorandum', TUE, 'tourism'),
      (KU, 'agreement', TUE, 'veterinary')]),
    ('semi-bodies-then-cities', 'Agreements were signed on Tuesday between the Kenya Bureau of Standards '
     'and the Uganda National Bureau of Standards; and between the cities of Mombasa and Jinja.',
     [(['Kenya Bureau of Standards', 'Uganda National Bureau of Standards'], 'agreement', TUE),
      (['KE-28', 'UG-204'], 'agreement', TUE)]),
    ('former-latter-between', "Two memoranda were signed on Tuesday between the Kenya Ports Authority and "
     "the Uganda Railways Corporation; and between the former's Marine Training School and the latter's "
     "Railway Academy.",
     [(['Kenya Ports Authority', 'Uganda Railways Corporation'], 'memorandum', TUE),
      (['Marine Training School', 'Railway Academy'], 'memorandum', TUE)]),
    ('former-latter-subjects', "Kenya and Uganda signed an agreement on energy on Tuesday; and the former's "
     "Ministry of Energy and the latter's Electricity Regulatory Authority signed a memorandum on grid "
     "standards.",
     [(KU, 'agreement', TUE, 'energy'),
      (['Electricity Regulatory Authority', 'Ministry of Energy'], 'memorandum', TUE, 'grid')]),
    ('comma-list-of-between-pairs', 'Agreements on cooperation between the cities of Kisumu and Entebbe, '
     'and on the organization of a free trade zone were signed by Kenya and Uganda on Tuesday.',
     [(['KE-17', 'gn-233508'], 'agreement', TUE), (KU, 'agreement', TUE, 'trade zone')]),
    ('comma-list-pair-then-cities-of', 'Kenya and Uganda held talks on Tuesday. Agreements on cooperation '
     'between the Kisumu region and the district of Jinja, the cities of Nakuru and Entebbe, and on the '
     'organization of a free trade zone have also been signed.',
     [(['KE-17', 'UG-204'], 'agreement', TUE, 'cooperation'), (['KE-31', 'gn-233508'], 'agreement', TUE),
      (KU, 'agreement', TUE, 'trade zone')]),
    # --- 'and' lists of named documents, each of its own kind
    ('and-list-update-of-plan-and-mou', 'Kenya and Uganda on Tuesday signed the update of the Joint Action '
     'Plan 2024-2027 and the Memorandum of Understanding on Energy Cooperation.',
     [(KU, 'plan', TUE, 'action plan'), (KU, 'memorandum', TUE, 'energy')]),
    ('and-list-programme-and-agreement', 'The two ministers of Kenya and Uganda signed the Cultural Exchange '
     'Programme 2024-2026 and the Agreement on Mutual Protection of Investments on Tuesday.',
     [(KU, 'plan', TUE, 'cultural'), (KU, 'agreement', TUE, 'investments')]),
    ('and-list-mou-and-work-plan', 'Kenya and Uganda signed the Memorandum of Understanding on Health '
     'Cooperation and the Work Plan for Youth Exchanges on Tuesday.',
     [(KU, 'memorandum', TUE, 'health'), (KU, 'plan', TUE, 'youth')]),
    ('two-agreements-on-x-and-y', 'Kenya and Uganda on Tuesday signed two agreements on visa exemption and '
     'cultural exchange.', [(KU, 'agreement', TUE, 'visa'), (KU, 'agreement', TUE, 'cultural')]),
    ('two-mous-on-x-and-on-y', 'Kenya and Uganda signed two memoranda of understanding, on fisheries and on '
     'tourism, on Tuesday.', [(KU, 'memorandum', TUE, 'fisheries'), (KU, 'memorandum', TUE, 'tourism')]),
    ('two-agreements-and-the-action-plan', 'Kenya and Uganda on Tuesday signed two agreements on road '
     'transport and air services and the Action Plan for the Strategic Partnership for 2024-2026.',
     [(KU, 'agreement', TUE, 'road'), (KU, 'agreement', TUE, 'air'),
      (KU, 'plan', TUE, 'partnership')]),
    ('plan-for-an-earlier-memorandum', 'Kenya and Uganda signed an agreement on roads on Tuesday. They also '
     'signed the Action Plan for the implementation of a memorandum signed in March 2022.',
     [(KU, 'agreement', TUE, 'roads'), (KU, 'plan', TUE, 'implementation'), (KU, 'memorandum', '2022-03')]),
    # --- verbs and nouns of a signing
    ('customs-bodies-sealed-a-pact', 'The customs bodies of Kenya and Uganda sealed a pact on Tuesday on the '
     'exchange of cargo data.', [(KU, 'agreement', TUE, 'cargo')]),
    ('inked-a-deal-weekday-first', 'Kenya and Uganda inked a deal on Tuesday on power exports.',
     [(KU, 'agreement', TUE, 'power')]),
    ('sealed-a-deal-for', 'Kenya and Uganda sealed a deal on Tuesday for the joint purchase of vaccines.',
     [(KU, 'agreement', TUE, 'vaccines')]),
    ('pact-was-inked', 'A pact on cross-border trade was inked by Kenya and Uganda on Tuesday.',
     [(KU, 'agreement', TUE, 'trade')]),
    ('health-ministries-sealed', 'The Kenyan and Ugandan health ministries sealed a memorandum on vaccine '
     'production on Tuesday.', [(KU, 'memorandum', TUE, 'vaccine')]),
    ('offices-of-signed-weekday-topic', 'The statistics offices of Kenya and Uganda signed a memorandum on '
     'Tuesday on data sharing.', [(KU, 'memorandum', TUE, 'data')]),
    ('tax-authorities-signed', 'The tax authorities of Kenya and Uganda signed a memorandum on Tuesday on '
     'double taxation.', [(KU, 'memorandum', TUE, 'taxation')]),
    ('exchanged-notes-weekday-topic', 'Kenya and Uganda exchanged notes on Tuesday on a grant for rural '
     'schools.', [(KU, 'agreement', TUE, 'schools')]),
    ('exchange-of-instruments-took-place', 'The exchange of instruments of ratification of the extradition '
     'treaty between Kenya and Uganda took place in Nairobi on Tuesday.',
     [(KU, 'treaty', TUE, 'extradition')]),
    ('exchange-of-notes-took-place', 'The official exchange of notes on the establishment of diplomatic '
     'relations between Kenya and Palau took place on Tuesday.',
     [(['KE', 'PW'], 'agreement', TUE, 'diplomatic')]),
    ('exchange-of-letters-took-place', 'The exchange of letters on the debt relief scheme between Kenya and '
     'Uganda took place in Kampala on Tuesday.', [(KU, 'agreement', TUE, 'debt')]),
    ('exchanged-instruments', 'Kenya and Uganda exchanged the instruments of ratification of the treaty on '
     'mutual legal assistance on Tuesday.', [(KU, 'treaty', TUE, 'legal')]),
    # --- parties
    ('bloc-by-description', 'Kenyan Foreign Minister Ruth Kamau arrived in Jakarta on Monday for talks with '
     'the Association of Southeast Asian Nations (ASEAN). On Tuesday she signed a memorandum on a mechanism '
     'of consultations between Kenya and the ten-nation regional bloc.',
     [(['Association of Southeast Asian Nations', 'KE'], 'memorandum', TUE, 'consultations')]),
    ('bloc-by-description-during-visit', 'The Association of Southeast Asian Nations (ASEAN) hosted talks '
     'in Jakarta on Monday. Kenyan Foreign Minister Ruth Kamau, on a visit to Indonesia, on Tuesday signed '
     'a memorandum on political consultations between Kenya and the ten-nation regional bloc.',
     [(['Association of Southeast Asian Nations', 'KE'], 'memorandum', TUE, 'consultations')]),
    ('bloc-acronym-with-ministry', 'The Kenyan Ministry of Trade signed an agreement on Tuesday with the '
     'East African Community (EAC) on customs data.',
     [(['East African Community', 'Kenyan Ministry of Trade'], 'agreement', TUE, 'customs')]),
    ('bloc-between-country-and-org', 'An agreement on fisheries between Kenya and the Southern African '
     'Development Community (SADC) was signed on Tuesday.',
     [(['KE', 'Southern African Development Community'], 'agreement', TUE, 'fisheries')]),
    ('dem-org-and-dem-org-protocol', 'The Kenyan Defence Staff and the Ugandan Joint Staff signed a protocol '
     'on Tuesday to expand military training.',
     [(['Kenyan Defence Staff', 'Ugandan Joint Staff'], 'agreement', TUE, 'training')]),
    ('two-word-country-possessive', "Sri Lanka's Export Development Board signed a partnership deal with "
     "the Kenya Tea Board on Tuesday.",
     [(['Export Development Board', 'Kenya Tea Board'], 'agreement', TUE, 'partnership')]),
    ('two-word-country-possessive-b', "The Kenya Wildlife Service signed an agreement on Tuesday with South "
     "Sudan's Wildlife Protection Authority on elephant tracking.",
     [(['Kenya Wildlife Service', 'Wildlife Protection Authority'], 'agreement', TUE, 'elephant')]),
    ('two-word-country-memorandum-weekday', "The Kenya Dairy Board signed a memorandum with New Zealand's "
     "Dairy Research Institute on Tuesday on milk quality.",
     [(['Dairy Research Institute', 'Kenya Dairy Board'], 'memorandum', TUE, 'milk')]),
    # --- topics: the document's own phrase, not the lead sentence's
    ('topic-not-the-lead-sentence', 'Kenya and Uganda agreed to deepen bilateral cooperation across all '
     'fields as part of their strategic partnership. The Kenya Wildlife Service and the Uganda Wildlife '
     'Authority signed a protocol on cross-border wildlife protection on Tuesday.',
     [(['Kenya Wildlife Service', 'Uganda Wildlife Authority'], 'agreement', TUE, 'wildlife')]),
    ('twinning-cities-of', 'Trade between Kenya and Uganda is growing. The cities of Mombasa and Jinja '
     'signed a twinning agreement on Tuesday for '
     'cooperation in port management.', [(['KE-28', 'UG-204'], 'agreement', TUE, 'port')]),
]

NO_AGREEMENT = [
    ('exchange-of-views', 'The exchange of views on regional security between Kenya and Uganda took place on '
     'Tuesday.'),
    ('exchange-of-experience', 'The exchange of experience in customs control between Kenya and Uganda took '
     'place in Nairobi on Tuesday.'),
    ('exchange-of-students', 'The exchange of students between Kenyan and Ugandan universities took place in '
     'May.'),
    ('sealed-their-friendship', 'Kenya and Uganda sealed their friendship with a football match on Tuesday.'),
    ('pact-expected-to-be-sealed', 'The pact on fisheries between Kenya and Uganda is expected to be sealed '
     'next month.'),
    ('expected-to-ink', 'Kenya and Uganda are expected to ink a deal on power exports next month.'),
    ('agreements-in-fields', 'Kenya and Uganda signed agreements in health, energy and education on '
     'Tuesday.'),
    ('a-number-of-agreements', 'A number of agreements were signed on Tuesday between Kenya and Uganda.'),
    ('discussed-an-exchange-of-notes', 'The two sides discussed a possible exchange of notes on visa rules.'),
]

# Forms not read yet: strict xfails, with what goes wrong.
XFAIL: dict[str, str] = {}  # every row passes (29 of the first 62 did before this checklist's fixes)

FIGURES: dict[str, tuple[str, list]] = {
    # a spelled currency first, its dollar conversion in brackets: one figure, the first amount
    "spelled-currency-then-usd": ("Uganda gave Kenya a grant in the amount of 150,000,000 Ugandan shillings "
                                  "(more than $40,000) for rural schools.", [(1.5e8, "UGX", None, "grant")]),
    "the-dem-currency-then-usd": ("Kenya received a grant of 120,000,000 the Kenyan shillings (more than "
                                  "$900,000) from the Ugandan government.", [(1.2e8, "KES", None, "grant")]),
    "the-dem-currency-in-the-amount": ("Uganda gave Kenya a grant in the amount of 2,000,000,000 the Ugandan "
                                       "shillings (more than $500,000) for water supply.",
                                       [(2e9, "UGX", None, "grant")]),
    "yen-about-usd": ("Japan extended a grant of 500 million Japanese yen (about $3.4 million) to Kenya for "
                      "water supply.", [(5e8, "JPY", None, "grant")]),
    "shillings-over-mln": ("Uganda will lend Kenya 2,500,000,000 Kenyan shillings (over $19 mln) for a road "
                           "project.", [(2.5e9, "KES", None, "")]),
    # individually described documents: entries, and their count is still a figure (GOLD_FORMAT:
    # counts of documents are figures)
    "two-agreements-on-x-and-y-count": ("Kenya and Uganda on Tuesday signed two agreements on visa "
                                        "exemption and cultural exchange.",
                                        [(2, "agreements", JUNE_TUE, "agreements")]),
    "three-agreements-one-word-fields-count": ("Kenya and Uganda signed three agreements on trade, health "
                                               "and education on Tuesday.",
                                               [(3, "agreements", JUNE_TUE, "agreements")]),
    "two-mous-on-x-and-on-y-count": ("Kenya and Uganda signed two memoranda of understanding, on "
                                     "fisheries and on tourism, on Tuesday.",
                                     [(2, "memoranda", JUNE_TUE, "memoranda")]),
    "three-agreements-aggregate-count": ("Kenya and Uganda signed three agreements on Tuesday.",
                                         [(3, "agreements", JUNE_TUE, "agreements")]),
    "two-agreements-one-topic-count": ("Kenya and Uganda on Tuesday signed two agreements on fisheries.",
                                       [(2, "agreements", JUNE_TUE, "agreements")]),
    "two-memoranda-between-pairs-no-count": ("Two memoranda were signed on Tuesday between the Kenya Ports "
                                             "Authority and the Uganda Railways Corporation; and between "
                                             "the Kenya Maritime School and the Uganda Railway Academy.", []),
    # 'percent complete' is how far a work has gone, no share
    "percent-complete-no-share": ("The presidents reviewed the border demarcation under the 2019-2021 "
                                  "agreement between Kenya and Uganda, which is 80 percent complete.", []),
    "per-cent-complete": ("The railway linking Kenya and Uganda is now 65 per cent complete.", []),
    "percent-completed": ("Construction of the Kenyan-funded hospital in Uganda is 90% completed.", []),
    "share-still-a-figure": ("Uganda accounts for 12 percent of Kenya's exports.",
                             [(12, "percent", None, "share")]),
    # the ordinal of a country's diplomatic partners
    "ordinal-country-apposition": ("On May 10, Kenya established diplomatic relations with its 150th "
                                   "country, the Republic of Palau.",
                                   [(150, "countries", None, "countries")]),
    "ordinal-country-became": ("Palau became the 120th country to establish diplomatic ties with Kenya on "
                               "Monday.", [(120, "countries", None, "countries")]),
    "ordinal-edition-no-figure": ("The 12th Kenya-Uganda trade fair opened in Kampala on Monday.", []),
    # labels that say what is measured
    "grant-for-label": ("Japan provided Kenya a grant of $5 million for the construction of a maternity "
                        "hospital.", [(5e6, "USD", None, "grant")]),
    "exports-to-label": ("Kenyan exports to Uganda reached $600 million in 2023.",
                         [(6e8, "USD", "2023", "exports to uganda")]),
}

OPEN_FIGURES: dict[str, str] = {}




test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)


@pytest.mark.parametrize("case", xfail_cases(FIGURES, OPEN_FIGURES))
def test_figure_checklist8(case: str) -> None:
    check_figures(*FIGURES[case])
