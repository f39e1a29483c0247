"""A sixth checklist of agreements, as invented sentences aimed at the shapes the blind sets still
miss: several documents coordinated in one sentence (each its own entry, kind and topic), a
described member of an aggregate ('One of the agreements allows ...', 'Among the documents was
...'), earlier agreements stated with a year (dated to the year, never to the story's meeting),
oral agreements and future or proposed documents (never agreements), parties as the text names
them (bodies before countries, a mayor or governor signing for the place, inverted 'Signing for
A was ...'), dates relative to the publication day, and the kind of each document.  Rows are read
against Thursday 2 May 2024 (test_agreements_checklist3).  A fourth element of an expected row is
a word the topic must hold.  Every sentence is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_params
from tests.test_agreements_checklist3 import _expect, _rows, found

KU = ["KE", "UG"]
TUE = "2024-04-30"  # the Tuesday before the publication day
MON = "2024-04-29"

AGREEMENTS: list[tuple] = [
    # --- the list head a few sentences after the package's signing
    ('list-head-after-ceremony-sentences', 'Kenya and Uganda signed several memoranda of '
     'understanding on Tuesday.\n\nThe signing ceremony was performed by senior officials of the '
     'two countries during the state visit.\n\nPresident Sam Okello witnessed the ceremony.\n\n'
     'The MoUs signed include Fisheries Research; Tourism, Culture and the Arts; and Road Safety.',
     [(KU, 'memorandum', TUE, 'fisheries'), (KU, 'memorandum', TUE, 'tourism'),
      (KU, 'memorandum', TUE, 'road')]),
    # --- an uncounted package described item by item, the items set apart by semicolons
    ('semicolon-items-after-uncounted-package', 'Kenya and Uganda signed several memoranda of '
     'understanding on Tuesday. The MoUs signed include cooperation in fisheries; tourism '
     'promotion, marketing and training; and exchanges between diplomatic academies.',
     [(KU, 'memorandum', TUE, 'fisheries'), (KU, 'memorandum', TUE, 'tourism'),
      (KU, 'memorandum', TUE, 'academies')]),
    # --- several documents coordinated in one sentence
    ('mou-and-agreement-topics', 'Kenya and Uganda signed a memorandum of understanding on tourism and '
     'an agreement on air services on Tuesday.',
     [(KU, 'memorandum', TUE, 'tourism'), (KU, 'agreement', TUE, 'air')]),
    ('protocol-and-programme-passive', 'The protocol on veterinary inspection and the programme of '
     'cultural exchanges for 2024-2026 were signed by Kenya and Uganda on Tuesday.',
     [(KU, 'agreement', TUE, 'veterinary'), (KU, 'plan', TUE, 'cultural')]),
    ('three-documents-colon', 'Kenya and Uganda signed three documents on Tuesday: an agreement on '
     'road transport, a memorandum on fisheries and a plan for youth exchanges.',
     [(KU, 'agreement', TUE, 'road'), (KU, 'memorandum', TUE, 'fisheries'), (KU, 'plan', TUE, 'youth')]),
    ('memoranda-on-a-and-on-b', 'Kenyan President Ali Bashir held talks with Ugandan President Sam '
     'Okello on Tuesday. The two nations signed memorandums of understanding on cooperation in '
     'agriculture and on a project to build a bridge over the river.',
     [(KU, 'memorandum', TUE, 'agriculture'), (KU, 'memorandum', TUE, 'bridge')]),
    ('witnessed-namely', 'Kenyan President Ali Bashir and Ugandan President Sam Okello on Tuesday '
     'witnessed the signing of two cooperation agreements, namely an MoU on health and an MoU on '
     'education.', [(KU, 'memorandum', TUE, 'health'), (KU, 'memorandum', TUE, 'education')]),
    ('treaty-as-well-as-memorandum', 'Kenya and Uganda on Tuesday signed an extradition treaty as '
     'well as a memorandum on legal assistance.',
     [(KU, 'treaty', TUE, 'extradition'), (KU, 'memorandum', TUE, 'legal')]),
    ('agreement-contract-statement', 'Kenya and Uganda signed an agreement on visa exemption, a '
     'contract for the supply of electricity and a joint statement on climate on Tuesday.',
     [(KU, 'agreement', TUE, 'visa'), (KU, 'contract', TUE, 'electricity'),
      (KU, 'joint statement', TUE, 'climate')]),
    ('two-bodies-separate-mou', 'The Kisumu Grain Company signed a memorandum on storage with the '
     'Uganda Milling Corporation on Tuesday, and the Lakeside Fertiliser Company also clinched a '
     'separate MoU with the Uganda Seed Authority on seed quality.',
     [(['Kisumu Grain Company', 'Uganda Milling Corporation'], 'memorandum', TUE, 'storage'),
      (['Lakeside Fertiliser Company', 'Uganda Seed Authority'], 'memorandum', TUE, 'seed')]),
    ('mou-and-agreement-between-bodies', 'The Kenya Tea Board and the Uganda Coffee Authority signed '
     'a memorandum on marketing and an agreement on research on Tuesday.',
     [(['Kenya Tea Board', 'Uganda Coffee Authority'], 'memorandum', TUE, 'marketing'),
      (['Kenya Tea Board', 'Uganda Coffee Authority'], 'agreement', TUE, 'research')]),
    ('also-signed-second', 'Kenya and Uganda signed an agreement on energy on Tuesday. They also '
     'signed a memorandum on mining.',
     [(KU, 'agreement', TUE, 'energy'), (KU, 'memorandum', TUE, 'mining')]),
    ('quoted-titles-two', "Kenyan Finance Minister Jane Wanjiru signed the 'Exchange of Notes' and the "
     "'Loan Agreement' on behalf of Kenya with Japanese Ambassador Kenji Sato on Tuesday.",
     [(['JP', 'KE'], 'agreement', TUE), (['JP', 'KE'], 'agreement', TUE, 'loan')]),
    ('while-other-pair', 'Kenya and Uganda signed a memorandum on tourism on Tuesday, while Kenya and '
     'Tanzania signed an agreement on fisheries.',
     [(KU, 'memorandum', TUE, 'tourism'), (['KE', 'TZ'], 'agreement', TUE, 'fisheries')]),
    ('plural-mous-a-and-b-no-on', 'Kenya and Uganda on Tuesday agreed to further enhance bilateral '
     "ties, Kenya's finance ministry said. In particular, the two nations signed memorandums of "
     'understanding (MOU) on the cooperation in the construction of a cement plant in the Ugandan '
     'capital and a project to build a bridge in Jinja.',
     [(KU, 'memorandum', TUE, 'cement'), (KU, 'memorandum', TUE, 'bridge')]),
    ('namely-bare-mous', 'Kenyan President Ali Bashir on Tuesday witnessed the signing of two cooperation '
     'agreements namely MoU on water management between Kenya and Uganda from 2024-2026 as well as MoU '
     'on eradicating corruption in public procurement.',
     [(KU, 'memorandum', TUE, 'water'), (KU, 'memorandum', TUE, 'corruption')]),
    ('curly-quoted-titles-on-behalf', 'Kenya and Japan on Tuesday signed a loan agreement of USD 50 '
     'million as budgetary support. Jane Wanjiru, Secretary, Treasury Division, signed the ‘Exchange '
     'of Notes’ and the ‘Loan Agreement’ on behalf of Kenya.',
     [(['JP', 'KE'], 'agreement', TUE), (['JP', 'KE'], 'agreement', TUE, 'loan')]),
    ('two-mous-company-then-separate', 'Lakeside Power signed two MoUs on solar partnership with the '
     'Ugandan government regarding rural grids on Tuesday, and Kenyan telecom provider Savannah Link Ltd '
     'also clinched a separate MoU with the Uganda Communications Authority on the creation of a data '
     'centre.', [(['Lakeside Power', 'UG'], 'memorandum', TUE, 'solar'),
                 (['Savannah Link Ltd', 'Uganda Communications Authority'], 'memorandum', TUE, 'data')]),
    # --- a described member of an aggregate
    ('one-of-the-agreements-allows', 'Kenya and Uganda on Tuesday signed a number of agreements. One '
     'of the agreements allows Ugandan trucks to use the port free of charge, Kenyan President Ali '
     'Bashir said.', [(KU, 'agreement', TUE)]),
    ('among-the-documents-was', 'Kenya and Uganda signed 12 documents on Tuesday. Among the documents '
     'was a memorandum on cooperation in meteorology.', [(KU, 'memorandum', TUE, 'meteorology')]),
    ('several-including-treaty', 'Kenya and Uganda signed several agreements on Tuesday, including a '
     'treaty on mutual legal assistance.', [(KU, 'treaty', TUE, 'legal')]),
    ('the-most-important-is', 'Kenya and Uganda signed ten documents on Tuesday. The most important '
     'is an agreement on a joint oil pipeline.', [(KU, 'agreement', TUE, 'pipeline')]),
    ('documents-signed-include', 'Kenya and Uganda signed eight documents on Tuesday. The documents '
     'signed include a memorandum on cooperation in civil aviation.',
     [(KU, 'memorandum', TUE, 'aviation')]),
    # --- earlier agreements stated with a year
    ('launched-fta-in-year', 'Kenya and Uganda launched their bilateral free trade agreement (FTA) '
     'in 2004.', [(KU, 'agreement', '2004', 'free trade')]),
    ('established-by-concluding', 'Kenyan President Ali Bashir met Ugandan President Sam Okello in '
     'Nairobi on Tuesday. In 1990, Kenya established diplomatic relations with Uganda by concluding '
     'the Treaty of Friendship, Cooperation and Mutual Assistance.', [(KU, 'treaty', '1990')]),
    ('under-the-year-accord', 'Kenya and Uganda share the waters of the lake under the 2015 accord.',
     [(KU, 'agreement', '2015')]),
    ('signed-named-treaty-in-year', 'Kenya and Uganda signed the Treaty of Good Neighbourliness in '
     '1998.', [(KU, 'treaty', '1998')]),
    ('year-memorandum-between', 'The 2010 memorandum between Kenya and Uganda on fisheries is still '
     'in force.', [(KU, 'memorandum', '2010')]),
    ('which-signed-in-year', 'Kenya and Uganda, which signed a defence cooperation agreement in '
     '2012, held talks on Tuesday.', [(KU, 'agreement', '2012')]),
    ('concluded-in-year-relative', 'Kenyan President Ali Bashir met Ugandan President Sam Okello on '
     'Tuesday. The two leaders recalled the treaty their countries concluded in 1967.',
     [(KU, 'treaty', '1967')]),
    ('signed-back-in-year', 'Back in 2008, Kenya and Uganda signed a memorandum on energy '
     'cooperation.', [(KU, 'memorandum', '2008')]),
    ('in-year-agreement-was-signed', 'In 2016, an agreement on a joint railway was signed between '
     'Kenya and Uganda.', [(KU, 'agreement', '2016')]),
    # --- parties: bodies as named, places for mayors and governors, inverted forms
    ('body-before-country', 'The Kenya Tea Board signed a memorandum with Uganda on Tuesday on tea '
     'marketing.', [(['Kenya Tea Board', 'UG'], 'memorandum', TUE)]),
    ('inked-by-bodies', 'An agreement on road maintenance was inked by the Kenya Roads Board and the '
     'Uganda Roads Fund on Tuesday.', [(['Kenya Roads Board', 'Uganda Roads Fund'], 'agreement', TUE)]),
    ('signing-for-a-was', 'A memorandum on consular affairs was signed on Tuesday. Signing for Kenya '
     'was Foreign Minister Jane Wanjiru; for Uganda, Foreign Minister Sam Okello.',
     [(KU, 'memorandum', TUE)]),
    ('on-behalf-of-each', 'The agreement was signed on Tuesday by Jane Wanjiru on behalf of Kenya '
     'and by Sam Okello on behalf of Uganda.', [(KU, 'agreement', TUE)]),
    ('ministry-and-agency', "Kenya's Ministry of Energy and Uganda's Rural Electrification Agency "
     "signed a memorandum on Tuesday.",
     [(['Ministry of Energy', 'Rural Electrification Agency'], 'memorandum', TUE)]),
    ('agency-in-title-plural-definite', 'JICA Resident Representative Kenji Sato and Kenyan Finance '
     'Minister Jane Wanjiru signed the grant agreements to support rural clinics on Tuesday.',
     [(['JICA', 'KE'], 'agreement', TUE, 'clinics')]),
    ('descriptor-associations', "The agreement between Nairobi's coffee exporters' association and a "
     "Ugandan growers' association on quality standards was signed on Tuesday.",
     [(["Nairobi's coffee exporters' association", "a Ugandan growers' association"], 'agreement', TUE)]),
    ('possessive-ministry-and-agency', "Kenya's Agriculture Ministry and Uganda's Investment Agency "
     "signed a memorandum on Tuesday.", [(['Agriculture Ministry', 'Investment Agency'], 'memorandum', TUE)]),
    ('government-and-bank', 'The Government of Kenya signed a loan agreement with the Lakeside '
     'Development Bank on Tuesday.', [(['KE', 'Lakeside Development Bank'], 'agreement', TUE)]),
    ('descriptor-not-party', 'The Kenyan ministry signed an agreement on trade with Uganda on '
     'Tuesday.', [(KU, 'agreement', TUE)]),
    ('mayor-signs-for-city', 'The mayor of Kampala, Sam Okello, and the president of the University '
     'of Nairobi, Jane Wanjiru, signed an agreement on urban planning on Tuesday.',
     [(['UG-102', 'University of Nairobi'], 'agreement', TUE)]),
    ('mayors-office-descriptor', "The mayor of Kampala, Sam Okello, signed a memorandum with the "
     "University of Nairobi on Tuesday. The Mayor's Office said the memorandum covers waste "
     "management.", [(['UG-102', 'University of Nairobi'], 'memorandum', TUE)]),
    ('governor-signs-for-county', 'Governor Jane Wanjiru of Nairobi signed a memorandum on port '
     'logistics with the Uganda Revenue Authority on Tuesday.',
     [(['KE-30', 'Uganda Revenue Authority'], 'memorandum', TUE, 'logistics')]),
    ('city-mayor-and-governor', 'Kampala Mayor Sam Okello and Nairobi Governor Jane Wanjiru signed a '
     'memorandum on waste management on Tuesday.', [(['KE-30', 'UG-102'], 'memorandum', TUE)]),
    ('dash-apposition-parties', 'The five-year agreement signed between the national oil companies '
     'of the two countries - KenOil and UgaPetro - covers joint exploration.',
     [(['KenOil', 'UgaPetro'], 'agreement', None)]),
    ('exchange-notes-lowercase', 'Kenyan Finance Minister Jane Wanjiru and Japanese Ambassador Kenji '
     'Sato signed exchange notes for a grant for rural roads.', [(['JP', 'KE'], 'agreement', '2024-05')]),
    # --- dates
    ('last-week', 'Kenya and Uganda signed a memorandum on tourism last week.',
     [(KU, 'memorandum', '2024-04')]),
    ('earlier-this-month', 'Kenya and Uganda signed a memorandum on tourism earlier this month.',
     [(KU, 'memorandum', '2024-05')]),
    ('yesterday', 'Kenya and Uganda yesterday signed an agreement on tourism.',
     [(KU, 'agreement', '2024-05-01')]),
    ('last-month', 'Kenya and Uganda signed an agreement on tourism last month.',
     [(KU, 'agreement', '2024-04')]),
    ('day-month', 'Kenya and Uganda signed an agreement on tourism on 28 April.',
     [(KU, 'agreement', '2024-04-28')]),
    ('dateline-weekday', 'NAIROBI, April 30 (Xinhua) -- Kenya and Uganda on Monday signed an '
     'agreement on tourism.', [(KU, 'agreement', MON)]),
    ('visit-day-inherited', 'Kenyan President Ali Bashir visited Kampala on April 15. During the '
     'visit, the two countries signed an agreement on energy.', [(KU, 'agreement', '2024-04-15')]),
    ('earlier-today', 'Kenya and Uganda signed a memorandum on tourism earlier today.',
     [(KU, 'memorandum', '2024-05-02')]),
    # --- kinds
    ('contract-for', 'Kenya and Uganda signed a contract for the construction of a railway on '
     'Tuesday.', [(KU, 'contract', TUE, 'railway')]),
    ('work-plan', 'Kenya and Uganda signed a work plan on health for 2024-2025 on Tuesday.',
     [(KU, 'plan', TUE)]),
    ('roadmap', 'Kenya and Uganda signed a roadmap for economic cooperation on Tuesday.',
     [(KU, 'plan', TUE)]),
    ('document-on-strategic-for-years', 'Kenya and Uganda signed a document on strategic cooperation '
     'for 2024-2030 on Tuesday.', [(KU, 'plan', TUE)]),
    ('exchange-of-letters', 'Kenya and Uganda exchanged letters on a border commission on Tuesday.',
     [(KU, 'agreement', TUE)]),
    ('joint-communique', 'Kenyan President Ali Bashir and Ugandan President Sam Okello signed a joint '
     'communique on Tuesday.', [(KU, 'joint statement', TUE)]),
    ('reached-agreement-with-field', 'Kenya and Uganda have agreed to boost cooperation in solar '
     'energy. The agreement was reached on Tuesday during talks between the two foreign ministers.',
     [(KU, 'agreement', TUE, 'solar')]),
    ('deal-is-agreement', 'Kenya and Uganda struck a deal on Tuesday to share electricity.',
     [(KU, 'agreement', TUE, 'electricity')]),
]

NO_AGREEMENT = [
    ('comma-fields-after-uncounted-package', 'Kenya and Uganda signed several agreements on '
     'Tuesday. The agreements include cooperation in fisheries, tourism and culture.'),
    ('oral-reached-agreement-to', 'The two ministers reached an agreement to strengthen exchanges '
     'between their universities.'),
    ('agreed-to-explore', 'Both sides agreed to explore new avenues of cooperation.'),
    ('agreed-to-boost', 'Kenya and Uganda agreed to further boost trade and investment.'),
    ('will-sign-tomorrow', 'Kenya and Uganda will sign a memorandum on tourism tomorrow.'),
    ('will-be-signed-by', 'The memorandum will be signed by the two ministers on Friday.'),
    ('proposed-fta', 'Kenya proposed a free trade agreement to Uganda on Tuesday.'),
    ('approved-for-signing', 'The cabinet on Tuesday approved the draft agreement with Uganda for '
     'signing.'),
    ('reached-the-agreement-when', 'Kenyan Trade Minister Jane Wanjiru and Ugandan Trade Minister '
     'Sam Okello agreed to strengthen exchanges. The two ministers reached the agreement when they '
     'held a meeting in Kampala on Tuesday.'),
    ('reached-consensus', 'Kenya and Uganda reached a consensus on border demarcation on Tuesday.'),
    ('expected-to-sign', 'Kenya and Uganda are expected to sign an agreement on energy next month.'),
    ('discussed-possible', 'Kenya and Uganda on Tuesday discussed a possible agreement on fisheries.'),
    ('agreed-that', 'Kenya and Uganda agreed on Tuesday that their foreign ministers would meet twice '
     'a year.'),
    ('plan-to-conclude', 'Kenya and Uganda plan to conclude a free trade agreement by the end of the '
     'year.'),
    ('agreed-to-enhance-attributed', "Kenya and Uganda on Tuesday agreed to further enhance bilateral "
     "ties, Kenya's finance ministry said."),
    ('future-mou-article', 'A Kenyan university will sign a Memorandum of Understanding (MoU) with '
     'Uganda and Tanzania tomorrow. The MoU will be signed by Dr Jane Wanjiru, the vice chancellor. The '
     'MoU signing ceremony will be followed by a symposium.'),
    ('numerous-singular-noun', 'Kenya and Uganda have reportedly signed numerous memorandum of '
     'understanding during the visit.'),
    ('will-attend-signing-ceremony', 'At the end of the meeting, the two prime ministers will attend the '
     'signing ceremony of the bilateral documents: a memorandum of understanding between the Kenya '
     'Tourism Board and the Uganda Tourism Board and a declaration on civil protection.'),
    ('work-cooperatively-for-strengthening', 'Kenya and Uganda have agreed to work cooperatively for '
     'further strengthening the trade and commerce relations between the two countries.'),
    ('launched-programme', 'Kenya and Uganda launched a youth exchange programme in 2010.'),
    ('being-prepared', 'An agreement on air services is being prepared by Kenya and Uganda.'),
    ('aggregate-only', 'Kenya and Uganda on Tuesday signed a number of agreements in trade, health '
     'and energy.'),
    ('agreed-in-principle', 'Kenya and Uganda agreed in principle on Tuesday to open a joint border '
     'post.'),
    ('called-for-agreement', 'Kenyan President Ali Bashir called for an agreement with Uganda on '
     'fishing rights.'),
    ('ready-to-sign', 'Kenya is ready to sign a free trade agreement with Uganda, its foreign '
     'minister said on Tuesday.'),
]

# Forms not read yet: strict xfails, with what goes wrong.
XFAIL: dict[str, str] = {
    "descriptor-associations": "descriptor parties ('X's coffee exporters' association') are not "
    "organisations; the agreement takes the two countries their demonyms name instead",
    "dash-apposition-parties": "an undated earlier agreement ('The five-year agreement signed between "
    "...') takes the publication month, the fallback of documents reported without a date",
    "city-mayor-and-governor": "'Kampala Mayor A': a city written right before a title is not found as a "
    "place, so the mayor signs for nothing",
}


def _topics_hold(agreements: list, expected: list[tuple]) -> bool:
    """Each expected topic word is in the topic of a distinct found entry of the same kind: two
    coordinated documents must each keep their own subject, not share the sentence's first."""
    left = list(agreements)
    for row in expected:
        if len(row) < 4:
            continue
        kind, word = row[1], row[3]
        hit = next((a for a in left if a.kind == kind and word in (a.topic or "").lower()), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def check_agreements(text: str, expected: list[tuple]) -> None:
    """The documents of `text` are `expected` (parties, kind, date) with their topic words."""
    got = found(text)
    assert _rows(got) == _expect([row[:3] for row in expected])
    assert _topics_hold(got, expected), [(a.kind, a.topic) for a in got]


def agreement_checklist_tests(agreements: list[tuple], no_agreement: list[tuple],
                              xfail: dict[str, str]) -> tuple:
    """The two tests every agreements checklist runs over its rows — each row of `agreements`
    finds its expected documents, each row of `no_agreement` finds none — with `xfail`'s rows as
    strict xfails.  A checklist binds them by name:
    `test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(...)`."""

    @pytest.mark.parametrize(("form", "text", "expected"), xfail_params(agreements, xfail))
    def test_agreement_parties_kind_date_topic(form: str, text: str, expected: list[tuple]) -> None:
        check_agreements(text, expected)

    @pytest.mark.parametrize(("form", "text"), xfail_params(no_agreement, xfail))
    def test_no_agreement(form: str, text: str) -> None:
        assert found(text) == []

    return test_agreement_parties_kind_date_topic, test_no_agreement


test_agreement_parties_kind_date_topic, test_no_agreement = agreement_checklist_tests(
    AGREEMENTS, NO_AGREEMENT, XFAIL)
