"""A fifth checklist, of agreements and events together, as invented sentences aimed at what the
blind sets still miss.  Agreements: the signer's title is not a party ('Kenya's Cabinet Secretary
for Energy', 'X for the Government of Y'), earlier agreements dated by their year ('agreed to
extend their 2019 agreement'), passives ('was signed by A and B', 'were inked between'),
several documents in one sentence, aggregates (a count figure, never an agreement), sister-city
and region partnerships (regions as parties), 'renewed', 'sealed', 'exchanged', 'initialled',
and documents signed during a visit dated by the visit.  Events: visits with their end ('the
visit, which ends on Wednesday'), 'that same year', ranges ('from 3 to 5 May'), numbered
editions ('the 17th X Forum'), sidelines, virtual meetings and phone calls, arrivals on a visit,
'wrapped up', hosting, delegations received, business forums, joint commissions' sessions, fairs
and exhibitions, with dates at the precision the text gives (weekdays against the dateline).
Agreement rows are read against Thursday 2 May 2024 (test_agreements_checklist3), event rows
against Thursday 16 May 2024 (test_event_forms).  Every sentence is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_params
from tests.test_agreements_checklist3 import _expect, _rows, found
from tests.test_event_forms import Expected, check

KU, CG = ["KE", "UG"], ["CN", "GH"]
TUE = "2024-04-30"  # the Tuesday before the agreements' publication (Thursday 2 May 2024)

AGREEMENTS = [
    # --- signers' titles are not parties
    ('cabinet-secretary-passive', "The agreement was signed on Tuesday by Uganda's Minister of "
     "Energy, Ruth Nankabirwa, and Kenya's Cabinet Secretary for Energy, Davis Chirchir.",
     [(KU, 'agreement', TUE)]),
    ('for-the-government-of', 'The memorandum was signed on Tuesday by Jane Wanjiru for the '
     'Government of Kenya and Sam Kuteesa for the Government of Uganda.', [(KU, 'memorandum', TUE)]),
    ('cabinet-secretary-active', "Kenya's Cabinet Secretary for Trade, Mary Atieno, signed the "
     "memorandum with Ugandan Trade Minister Paul Okello on Tuesday.", [(KU, 'memorandum', TUE)]),
    ('principal-secretary-and-envoy', "The deal was signed on Tuesday by Kenya's Principal "
     "Secretary for Foreign Affairs, Mary Atieno, and the Ugandan Ambassador to Kenya, John Okello.",
     [(KU, 'agreement', TUE)]),
    ('on-behalf-of-government', 'Jane Wanjiru signed the agreement on behalf of the Government of '
     'Kenya and Sam Kuteesa on behalf of the Government of Uganda on Tuesday.', [(KU, 'agreement', TUE)]),
    # --- earlier agreements
    ('agreed-to-extend-their-year', 'Kenya and Uganda agreed on Tuesday to extend their 2019 '
     'agreement on fisheries.', [(KU, 'agreement', '2019')]),
    ('signed-in-year', 'Kenya and Uganda signed a defence pact in 2019.', [(KU, 'agreement', '2019')]),
    ('agreed-to-extend-the-year-agreement', 'Kenya and Uganda have agreed to extend the 2019 '
     'fisheries agreement for five years.', [(KU, 'agreement', '2019')]),
    ('extend-validity-signed-in', 'Kenya and Uganda agreed on Tuesday to extend the validity of the '
     'memorandum of understanding signed in 2020.', [(KU, 'memorandum', '2020')]),
    ('first-agreement-in-year', 'Kenya and Uganda are old partners. The two countries signed their '
     'first trade agreement in 1967.', [(KU, 'agreement', '1967')]),
    ('years-ago', 'Kenya and Uganda signed a bilateral investment treaty two years ago.',
     [(KU, 'treaty', '2022')]),
    ('signed-in-month', 'Kenya and Uganda signed a memorandum of understanding on tourism in March.',
     [(KU, 'memorandum', '2024-03')]),
    ('memorandum-signed-in-year-between', 'The memorandum of understanding signed in 2021 between '
     'Kenya and Uganda expires next year.', [(KU, 'memorandum', '2021')]),
    # --- passives
    ('passive-signed-by-countries', 'The memorandum was signed by Kenya and Uganda on Tuesday.',
     [(KU, 'memorandum', TUE)]),
    ('passive-signed-by-bodies', 'The agreement was signed by the Kenya Ports Authority and the '
     'Uganda Revenue Authority on Tuesday.',
     [(['Kenya Ports Authority', 'Uganda Revenue Authority'], 'agreement', TUE)]),
    ('were-inked-between-two', 'A memorandum on tourism and an agreement on air services were '
     'inked between Kenya and Uganda on Tuesday.', [(KU, 'memorandum', TUE), (KU, 'agreement', TUE)]),
    ('under-the-memorandum-signed', 'Under the memorandum signed on Tuesday between Kenya and '
     'Uganda, the two countries will share weather data.', [(KU, 'memorandum', TUE)]),
    ('agreement-between-signed-on', 'The agreement between Kenya and Uganda, signed on Tuesday, '
     'removes visa fees.', [(KU, 'agreement', TUE)]),
    # --- several documents in one sentence
    ('three-kinds-one-sentence', 'Kenya and Uganda signed an agreement on trade, a memorandum on '
     'tourism and a protocol on health on Tuesday.',
     [(KU, 'agreement', TUE), (KU, 'memorandum', TUE), (KU, 'agreement', TUE)]),
    ('include-kind-groups', 'Kenya and Uganda signed seven agreements on Tuesday. They include '
     'agreements on trade, tourism and health, and memoranda of understanding (MoUs) on fisheries, '
     'mining and forestry.', [(KU, 'agreement', TUE)] * 3 + [(KU, 'memorandum', TUE)] * 3),
    ('others-are-kind-group', 'Kenya and Uganda signed five agreements on Tuesday. They include '
     'agreements on trade, tourism and health. Others are memoranda on fisheries as well as mining.',
     [(KU, 'agreement', TUE)] * 3 + [(KU, 'memorandum', TUE)] * 2),
    ('group-field-between-bodies', 'Kenya and Uganda signed four agreements on Tuesday. They include '
     'agreements on trade and on health. Others are memoranda on cooperation between the Kenya Ports '
     'Authority and the Uganda Revenue Authority as well as mining.',
     [(KU, 'agreement', TUE)] * 2 + [
         (KU, 'memorandum', TUE), (['Kenya Ports Authority', 'Uganda Revenue Authority'], 'memorandum', TUE),
     ]),
    ('groups-and-field-between-bodies', 'Kenya and Uganda signed seven agreements on Tuesday. They '
     'include agreements on trade and tourism, and MoUs on fisheries, mining and forestry. Others are '
     'MoUs on cooperation between the Kenya Ports Authority and the Uganda Revenue Authority as well as '
     'housing.', [(KU, 'agreement', TUE)] + [(KU, 'memorandum', TUE)] * 4 + [
         (['Kenya Ports Authority', 'Uganda Revenue Authority'], 'memorandum', TUE)]),
    ('agreement-and-programme', 'Kenya and Uganda signed an agreement on culture and a cooperation '
     'programme for 2024-2026 on Tuesday.', [(KU, 'agreement', TUE), (KU, 'plan', TUE)]),
    # --- verbs
    ('renewed-with', 'Kenya renewed its fisheries agreement with Uganda on Tuesday.',
     [(KU, 'agreement', TUE)]),
    ('sealed-with', 'Egypt sealed an agreement with Sudan on Tuesday to share electricity.',
     [(['EG', 'SD'], 'agreement', TUE)]),
    ('initialled', 'Kenya and Uganda initialled a free trade agreement on Tuesday.',
     [(KU, 'agreement', TUE)]),
    ('exchanged-the-documents', 'Kenya and Uganda held talks in Nairobi on Tuesday. The two '
     'foreign ministers then exchanged the signed memorandum on tourism.', [(KU, 'memorandum', TUE)]),
    ('exchanged-notes', 'Kenya and Japan exchanged notes on a grant for rural water supply on '
     'Tuesday.', [(['JP', 'KE'], 'agreement', TUE)]),
    # --- organisations before countries
    ('agency-with-country', 'The Kenya Ports Authority signed an agreement with Uganda on Tuesday '
     'to run a dry port.', [(['Kenya Ports Authority', 'UG'], 'agreement', TUE)]),
    ('agency-loan-government-of', 'The Japan International Cooperation Agency signed a loan '
     'agreement with the Government of Kenya on Tuesday.',
     [(['Japan International Cooperation Agency', 'KE'], 'agreement', TUE)]),
    ('counterpart-university-named-after', 'Makerere University signed a memorandum of '
     'understanding with its Kenyan counterpart, the University of Nairobi, on Tuesday.',
     [(['Makerere University', 'University of Nairobi'], 'memorandum', TUE)]),
    ('aggregate-with-named-company', 'Kenya Power signed 12 agreements with Ugandan partners on '
     'Tuesday.', [(['Kenya Power', 'UG'], 'agreement', TUE)]),
    # --- regions as parties
    ('provinces-memorandum', "China's Yunnan province and Thailand's Chiang Mai province signed a "
     "memorandum on friendship on Tuesday.", [(['CN-YN', 'TH-50'], 'memorandum', TUE)]),
    ('sister-city-city-of', 'The Chinese city of Guilin and the Ghanaian city of Kumasi signed a '
     'sister-city agreement on Tuesday.', [(['gn-1809498', 'gn-2298890'], 'agreement', TUE)]),
    ('sister-province-agreement', "Ghana's Ashanti Region and China's Hubei province signed a "
     "sister-province agreement on Tuesday.", [(['CN-HB', 'GH-AH'], 'agreement', TUE)]),
    # --- a visit's date
    ('during-visit-ongoing', 'Kenyan President Ali Bashir is on a three-day state visit to Uganda. '
     'During the visit, the two countries signed an agreement on trade.', [(KU, 'agreement', '2024-05')]),
    ('during-visit-past-month', 'Kenyan President Ali Bashir visited Kampala in March 2022. During '
     'the visit, the two countries signed an agreement on trade.', [(KU, 'agreement', '2022-03')]),
    ('two-countries-after-city-visit', 'Kenyan President Ali Bashir arrived in Kampala on Monday for a '
     'three-day state visit. The two countries signed an agreement on trade.',
     [(KU, 'agreement', '2024-04-29')]),
    ('two-sides-after-city-visit', 'Kenyan Foreign Minister Jane Wanjiru held talks in Kampala on '
     'Tuesday. The two sides signed a memorandum on visa exemption.', [(KU, 'memorandum', TUE)]),
    ('on-the-sidelines', 'On the sidelines of the forum in Accra on Tuesday, China and Ghana signed a '
     'memorandum on bauxite mining.', [(CG, 'memorandum', TUE)]),
]

NO_AGREEMENT = [
    ('count-only', 'Kenya and Uganda signed 12 agreements on Tuesday.'),
    ('count-then-fields', 'Kenya and Uganda signed five agreements on Tuesday. The agreements cover '
     'trade, tourism and health.'),
    ('count-worth', 'The two countries signed 30 cooperation documents worth $2 billion on Tuesday.'),
    ('total-during-visit', 'A total of 15 agreements were signed during the visit of the Kenyan '
     'President to Uganda.'),
    ('since-year-count', 'Kenya and Uganda have signed more than 20 agreements since 1990.'),
    ('negotiating', 'Kenya and Uganda are negotiating a free trade agreement.'),
    ('implementation-of-agreements', 'The ministers reviewed the implementation of the agreements '
     'signed earlier.'),
    ('will-initial', 'Kenya and Uganda will initial a trade agreement next month.'),
]



# Forms not read yet: strict xfails, with what goes wrong.
XFAIL: dict[str, str] = {
    "counterpart-university-named-after": "'its Kenyan counterpart, the University of X': the appositive "
    "body after 'counterpart' is not taken as the party (the country is)",
    "that-same-year": "the date is right (2015) but 'he' is not resolved to the person the sentence "
    "before names",
    "numbered-edition-fair": "'the 12th edition of the X Fair opened in Y': the event has no location",
    "delegation-led-by-is-in": "'a delegation led by X is in Y this week' is not read as a visit",
    "took-part-in-exhibition": "'took part in the X International Trade Fair' (subject not a person) "
    "gives an event without location",
    "show-kicked-off": "the show is found now, but the town alone (no country in the text) is not read "
    "as a place, so it has no location",
    "visited-pavilion-at-fair": "'visited the Kenyan pavilion at the Dar es Salaam ... Fair' becomes a "
    "state visit to Kenya; the fair's name is cut at 'es'",
}


def _params(rows: list[tuple]) -> list:
    return xfail_params(rows, XFAIL)


@pytest.mark.parametrize(("form", "text", "expected"), _params(AGREEMENTS))
def test_agreement_parties_kind_and_date(form: str, text: str, expected: list[tuple]) -> None:
    assert _rows(found(text)) == _expect(expected)


@pytest.mark.parametrize(("form", "text"), _params(NO_AGREEMENT))
def test_no_agreement(form: str, text: str) -> None:
    assert found(text) == []


# Events: PUBLISHED is Thursday 16 May 2024 (Monday 13, Tuesday 14, Wednesday 15 May).
A, M = "Amina Odhiambo", "Joseph Mrema"
EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("visit-which-ends", "Kenyan President Amina Odhiambo began a three-day state visit to "
     "Tanzania on Monday. The visit, which ends on Wednesday, is her first to the country.",
     [("StateVisit", "2024-05-13", [A, "TZ"], "TZ")], True),
    ("ongoing-visit-which-ends", "Kenyan President Amina Odhiambo is on a four-day state visit to "
     "Tanzania, which ends on Saturday.", [("StateVisit", "2024-05", [A, "TZ"], "TZ")], True),
    ("that-same-year", "Tanzanian President Joseph Mrema took office in 2015. That same year, he "
     "paid a state visit to Kenya.", [("StateVisit", "2015", [M, "KE"], "KE")], True),
    ("that-same-year-after-founding", "Kenya and Tanzania established diplomatic relations in "
     "1964. That same year, Tanzanian President Joseph Mrema visited Nairobi.",
     [("Event", "1964", ["KE", "TZ"], None), ("Event", "1964", [M, "KE"], "KE")], True),
    ("the-following-year", "The Kenya-Tanzania Joint Commission first met in 2002. The following "
     "year, Kenyan President Amina Odhiambo paid a state visit to Tanzania.",
     [("Meeting", "2002", [], None), ("StateVisit", "2003", [A, "TZ"], "TZ")], True),
    ("two-days-later", "On May 10, Kenyan President Amina Odhiambo met Tanzanian President Joseph "
     "Mrema in Arusha. Two days later, she visited Zanzibar.",
     [("Meeting", "2024-05-10", [A, M], "TZ"), ("Event", "2024-05-12", [A, "TZ"], "TZ")], True),
    ("between-day-and-day", "Kenyan President Amina Odhiambo visited Tanzania between 3 and 5 May.",
     [("Event", "2024-05-03", [A, "TZ"], "TZ")], True),
    ("numeric-day-dotted", "Kenyan President Amina Odhiambo held talks with Tanzanian President "
     "Joseph Mrema on 14.05.2024.", [("Meeting", "2024-05-14", [A, M], None)], True),
    ("from-to-range", "Kenyan Foreign Minister Amina Odhiambo visited Tanzania from 3 to 5 May.",
     [("Event", "2024-05-03", [A, "TZ"], "TZ")], True),
    ("numbered-forum", "The 17th Kenya-Tanzania Business Forum took place in Arusha on Tuesday.",
     [("Meeting", "2024-05-14", [], "TZ")], True),
    ("numbered-session-commission", "The fifth session of the Kenya-Tanzania Joint Permanent "
     "Commission opened in Arusha on Monday.", [("Meeting", "2024-05-13", [], "TZ")], True),
    ("co-chaired-session", "Kenyan Foreign Minister Amina Odhiambo and Tanzanian Foreign Minister "
     "Joseph Mrema co-chaired the third session of the Kenya-Tanzania Joint Commission in Nairobi "
     "on Monday.", [("Meeting", "2024-05-13", [A, M], "KE")], True),
    ("numbered-edition-fair", "The 12th edition of the East African Trade Fair opened in Arusha on "
     "Saturday.", [("Event", "2024-05-11", [], "TZ")], True),
    ("sidelines-numbered-summit", "Kenyan President Amina Odhiambo met Tanzanian President Joseph "
     "Mrema on the sidelines of the 37th African Union Summit in Addis Ababa on Tuesday.",
     [("Meeting", "2024-05-14", [A, M], None)], False),
    ("virtual-meeting", "Kenyan Foreign Minister Amina Odhiambo and Tanzanian Foreign Minister "
     "Joseph Mrema held a virtual meeting on Monday.", [("Meeting", "2024-05-13", [A, M], None)], True),
    ("met-virtually", "Kenyan President Amina Odhiambo met virtually with Tanzanian President "
     "Joseph Mrema on Tuesday.", [("Meeting", "2024-05-14", [A, M], None)], True),
    ("via-video-link", "Kenyan President Amina Odhiambo held talks via video link with Tanzanian "
     "President Joseph Mrema on Wednesday.", [("Meeting", "2024-05-15", [A, M], None)], True),
    ("had-phone-call", "Kenyan President Amina Odhiambo had a phone call with Tanzanian President "
     "Joseph Mrema on Monday.", [("Meeting", "2024-05-13", [A, M], None)], True),
    ("in-a-phone-call-fronted", "In a phone call on Tuesday, Kenyan President Amina Odhiambo and "
     "Tanzanian President Joseph Mrema discussed regional security.",
     [("Meeting", "2024-05-14", [A, M], None)], True),
    ("telephone-talks", "Kenyan President Amina Odhiambo held telephone talks with Tanzanian "
     "President Joseph Mrema on Wednesday.", [("Meeting", "2024-05-15", [A, M], None)], True),
    ("arrived-on-three-day-visit", "Tanzanian Foreign Minister Joseph Mrema arrived in Nairobi on "
     "Monday on a three-day official visit.", [("Event", "2024-05-13", [M, "KE"], "KE")], True),
    ("arrived-on-visit-to-country", "Kenyan President Amina Odhiambo arrived in Dodoma on Tuesday "
     "on a two-day visit to Tanzania.", [("Event", "2024-05-14", [A, "TZ"], "TZ")], True),
    ("wrapped-up-visit", "Kenyan President Amina Odhiambo wrapped up a three-day state visit to "
     "Tanzania on Wednesday.", [("StateVisit", "2024-05", [A, "TZ"], "TZ")], True),
    ("concluded-visit", "Tanzanian Foreign Minister Joseph Mrema concluded his official visit to "
     "Kenya on Tuesday.", [("Event", "2024-05", [M, "KE"], "KE")], True),
    ("country-hosted-fair", "Tanzania hosted the East African Trade Fair in Arusha on Saturday.",
     [("Event", "2024-05-11", [], "TZ")], True),
    ("hosted-forum-range", "Kenya hosted the Kenya-Tanzania Investment Forum in Nairobi from 13 to "
     "14 May.", [("Meeting", "2024-05-13", [], "KE")], True),
    ("received-delegation-of-investors", "Tanzanian Prime Minister Joseph Mrema received a "
     "delegation of Kenyan investors in Dodoma on Tuesday.", [("Meeting", "2024-05-14", [M], None)],
     True),
    ("delegation-was-received", "A Kenyan parliamentary delegation was received by Tanzanian "
     "Speaker Joseph Mrema in Dodoma on Tuesday.", [("Meeting", "2024-05-14", [M], None)], True),
    ("commission-held-its-session", "The Kenya-Tanzania Joint Commission held its seventh session "
     "in Arusha on Monday.", [("Meeting", "2024-05-13", [], "TZ")], True),
    ("commission-convened-for-session", "The Kenya-Tanzania Joint Commission for Cooperation "
     "convened in Arusha on Monday for its seventh session.", [("Meeting", "2024-05-13", [], "TZ")],
     True),
    ("led-delegation-to-country", "Kenyan Trade Minister Amina Odhiambo led a delegation of 40 "
     "businesspeople to Tanzania on Monday.", [("Event", "2024-05-13", [A, "TZ"], "TZ")], True),
    ("delegation-led-by-is-in", "A Kenyan trade delegation led by Trade Minister Amina Odhiambo is "
     "in Tanzania this week.", [("Event", "2024-05", [A, "TZ"], "TZ")], True),
    ("attended-business-forum", "More than 200 companies attended the Kenya-Tanzania Business "
     "Forum in Nairobi on Wednesday.", [("Meeting", "2024-05-15", [], "KE")], True),
    ("business-forum-was-held", "A Kenya-Tanzania business forum was held in Mombasa on Monday.",
     [("Meeting", "2024-05-13", [], "KE")], True),
    ("exhibition-opened-lower", "An exhibition of Tanzanian crafts opened at the National Museum "
     "in Nairobi on Saturday.", [("Event", "2024-05-11", [], "KE")], True),
    ("took-part-in-exhibition", "Forty Kenyan companies took part in the Dar es Salaam "
     "International Trade Fair on Tuesday.", [("Event", "2024-05-14", [], "TZ")], True),
    ("show-kicked-off", "The East African Agricultural Show kicked off in Arusha on Saturday.",
     [("Event", "2024-05-11", [], "TZ")], True),
    ("visited-pavilion-at-fair", "Tanzanian President Joseph Mrema visited the Kenyan pavilion at "
     "the Dar es Salaam International Trade Fair on Tuesday.", [("Event", "2024-05-14", [M], "TZ")],
     True),
    ("dateline-weekday", "ARUSHA, May 10 (Xinhua) -- Kenyan President Amina Odhiambo met "
     "Tanzanian President Joseph Mrema on Thursday.", [("Meeting", "2024-05-09", [A, M], None)],
     True),
    ("last-friday", "Kenyan President Amina Odhiambo met Tanzanian President Joseph Mrema last "
     "Friday.", [("Meeting", "2024-05-10", [A, M], None)], True),
    ("earlier-this-week", "Kenyan Foreign Minister Amina Odhiambo held talks with Tanzanian "
     "Foreign Minister Joseph Mrema earlier this week.", [("Meeting", "2024-05", [A, M], None)],
     True),
    ("courtesy-call", "Kenyan Foreign Minister Amina Odhiambo paid a courtesy call on Tanzanian "
     "President Joseph Mrema on Tuesday.", [("Meeting", "2024-05-14", [A, M], None)], True),
    ("will-host-next-edition", "Tanzania will host the 18th Kenya-Tanzania Business Forum in "
     "Arusha in June.", [("Meeting", "2024-06", [], "TZ")], True),
    ("attended-a-ceremony-in", "Kenyan Energy Minister Amina Odhiambo attended a ceremony in "
     "Dodoma on Tuesday.", [("Event", "2024-05-14", [A], "TZ")], True),
    ("attending-a-ceremony-fronted", "Attending a ceremony in Dodoma on Tuesday, Kenyan Energy "
     "Minister Amina Odhiambo handed over 20 ambulances.", [("Event", "2024-05-14", [A], "TZ")], True),
    # --- negatives
    ("no-event-next-session-untimed", "Kenya and Tanzania agreed to hold the next session of the "
     "joint commission in Nairobi.", [], True),
    ("no-event-held-every", "The Kenya-Tanzania Business Forum is held every two years.", [], True),
    ("no-event-anniversary", "Kenya and Tanzania marked the 60th anniversary of diplomatic "
     "relations on Tuesday.", [], True),
    ("no-event-signing-alone", "Kenya and Tanzania signed an agreement on energy on Tuesday.",
     [], True),
    ("no-event-called-for-meetings", "Kenyan President Amina Odhiambo called for more meetings "
     "between the two countries' business communities.", [], True),
    ("no-event-has-hosted-many", "Kenya has hosted many international conferences.", [], True),
]


@pytest.mark.parametrize("name,text,expected,exact", _params(EVENTS))
def test_event(name: str, text: str, expected: list[Expected], exact: bool) -> None:
    check(text, expected, exact)
