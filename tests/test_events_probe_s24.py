"""A probe of events written from the English that wire services, ministries' press releases and
regional papers commonly use to report bilateral occasions, not from any article: visits (state,
official, working; 'arrived in', 'is on a visit to', 'paid a visit', 'during his trip to',
'kicked off a tour of', 'wrapped up', 'concluded'), meetings and talks ('held talks', 'met with',
'on the sidelines of', 'received', 'hosted', 'was received by'), summits, forums, signing
ceremonies, phone and video calls, with the date forms news uses (weekday, 'last week', 'on
Monday', datelines, 'earlier this month', 'next week'), places, participants and upcoming as well
as past occasions, in active and passive voice, with fronted adverbials, apposition, pronouns and
later mentions, British and American spelling, and Asian, African and Latin American name shapes.

Rows are read against Thursday 16 May 2024 (Sunday 12, Monday 13, Tuesday 14, Wednesday 15 May;
last Friday 10 May).  Every person is invented; countries are real.  Rows that pass are the ones
that must not change; the rest are strict xfails with what goes wrong."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

SANTOSO, KAMAU, EZE = "Budi Santoso", "Wanjiru Kamau", "Chukwuma Eze"
MORALES, RIBEIRO, FAIZAL = "Andrés Morales", "Paulo Ribeiro", "Ahmad Faizal"
MINH, BANDA, REYES, SOMCHAI = "Nguyen Van Minh", "Mutale Banda", "Maria Reyes", "Somchai Wongsa"
ABEBE, HASSAN, OKELLO = "Abebe Tesfaye", "Karim Hassan", "Moses Okello"
NKOSI, ADEYEMI, ASANTE, MUGABO = "Thabo Nkosi", "Bola Adeyemi", "Kwame Asante", "Jean Mugabo"
LI, RAMIREZ, HERRERA = "Li Wei", "Sofía Ramírez", "Luis Herrera"
QUISPE, MAMANI, KUMAR, PERERA = "Carla Quispe", "Juan Mamani", "Rajesh Kumar", "Nimal Perera"
SHARMA, KARIM, KHAMPHET = "Anil Sharma", "Abdul Karim", "Khamphet Sisavath"
FERNANDEZ, TORRES, KIM, SATO = "Lucía Fernández", "Ana Torres", "Kim Min-jun", "Sato Hiroshi"
ZHANG, PHIRI, DIALLO, SILVA = "Zhang Wei", "Peter Phiri", "Mamadou Diallo", "Rodrigo Silva"
LIU, OWUSU, LESTARI, KILA = "Liu Yang", "Ama Owusu", "Dewi Lestari", "John Kila"
CASTILLO, BEKOV, QURESHI, THAPA = "Jorge Castillo", "Arman Bekov", "Imran Qureshi", "Ram Thapa"
PAREDES, JUMA = "Diego Paredes", "Amina Juma"

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # --- visits: arrival, stay, paying, trip, tour, end
    ("arrived-on-state-visit", "Indonesian President Budi Santoso arrived in Hanoi on Tuesday on a "
     "three-day state visit to Vietnam.", [("StateVisit", "2024-05-14", [SANTOSO, "VN"], "VN")], True),
    ("is-on-state-visit-invitation", "Kenyan President Wanjiru Kamau is on a state visit to Tanzania "
     "at the invitation of her Tanzanian counterpart.",
     [("StateVisit", "2024-05", [KAMAU, "TZ"], "TZ")], True),
    ("paid-working-visit-last-week", "Nigerian Foreign Minister Chukwuma Eze paid a working visit to "
     "Ghana last week.", [("Event", "2024-05", [EZE, "GH"], "GH")], True),
    ("during-his-trip-fronted", "During his trip to Brazil earlier this month, Colombian Foreign "
     "Minister Andrés Morales met Brazilian Vice President Paulo Ribeiro.",
     [("Event", "2024-05", [MORALES, "BR"], "BR"), ("Meeting", "2024-05", [MORALES, RIBEIRO], None)],
     True),
    ("kicked-off-a-tour", "Malaysian Prime Minister Ahmad Faizal kicked off a tour of West Africa in "
     "Senegal on Monday.", [("Event", "2024-05-13", [FAIZAL, "SN"], "SN")], True),
    ("wrapped-up-official-visit", "Vietnamese Prime Minister Nguyen Van Minh wrapped up his official "
     "visit to Japan on Wednesday.", [("Event", "2024-05", [MINH, "JP"], "JP")], True),
    ("travelled-british-sunday", "Zambian Vice-President Mutale Banda travelled to Botswana on Sunday "
     "for a two-day working visit.", [("Event", "2024-05-12", [BANDA, "BW"], "BW")], True),
    ("traveled-american-for-talks", "Colombian Foreign Minister Andrés Morales traveled to Quito on "
     "Thursday for talks with Ecuadorian officials.",
     [("Event", "2024-05-16", [MORALES, "EC"], "EC")], False),
    ("concluded-state-visit", "Senegalese President Mamadou Diallo concluded a two-day state visit to "
     "Mauritania on Tuesday.", [("StateVisit", "2024-05", [DIALLO, "MR"], "MR")], True),
    ("currently-in-capital-on-visit", "Bangladeshi Prime Minister Abdul Karim is currently in Beijing "
     "on a four-day official visit.", [("Event", "2024-05", [KARIM, "CN"], "CN")], True),
    ("began-state-visit-apposed-clause", "Argentine President Lucía Fernández began a state visit to "
     "Spain on Monday, her first trip to Europe since taking office.",
     [("StateVisit", "2024-05-13", [FERNANDEZ, "ES"], "ES")], True),
    ("visited-two-countries", "Ghanaian Foreign Minister Ama Owusu visited Togo and Benin last week.",
     [("Event", "2024-05", [OWUSU, "TG"], "TG"), ("Event", "2024-05", [OWUSU, "BJ"], "BJ")], True),
    ("delegation-led-by-visited", "A delegation led by Kazakh Deputy Foreign Minister Arman Bekov "
     "visited Kyrgyzstan on Tuesday.", [("Event", "2024-05-14", [BEKOV, "KG"], "KG")], True),
    ("visit-by-noun-ended", "The state visit by Tanzanian President Amina Juma to Zambia ended on "
     "Sunday.", [("StateVisit", "2024-05", [JUMA, "ZM"], "ZM")], True),
    # --- planned visits with their time
    ("scheduled-to-visit-next-week", "Malawian President Peter Phiri is scheduled to visit Mozambique "
     "next week.", [("Event", "2024-05", [PHIRI, "MZ"], "MZ")], True),
    ("will-pay-official-visit-from-to", "Chinese Premier Zhang Wei will pay an official visit to "
     "Australia from June 2 to 5.", [("Event", "2024-06-02", [ZHANG, "AU"], "AU")], True),
    ("will-travel-later-this-month", "Peruvian President Carla Quispe will travel to Brazil later this "
     "month for talks with Brazilian President Paulo Ribeiro.",
     [("Event", "2024-05", [QUISPE, "BR"], "BR")], False),
    # --- receiving, hosting, passive
    ("was-received-by", "Philippine Foreign Secretary Maria Reyes was received by Thai Prime Minister "
     "Somchai Wongsa in Bangkok on Tuesday.", [("Meeting", "2024-05-14", [REYES, SOMCHAI], "TH")],
     False),
    ("received-visiting", "Thai Prime Minister Somchai Wongsa received visiting Philippine Foreign "
     "Secretary Maria Reyes at Government House on Tuesday.",
     [("Meeting", "2024-05-14", [SOMCHAI, REYES], None)], False),
    ("hosted-counterpart-named", "Ethiopian Prime Minister Abebe Tesfaye hosted his Kenyan counterpart "
     "Wanjiru Kamau in Addis Ababa on Monday.", [("Meeting", "2024-05-13", [ABEBE, KAMAU], "ET")],
     False),
    ("held-talks-with-visiting", "Egyptian President Karim Hassan held talks with visiting Ugandan "
     "President Moses Okello in Cairo on Sunday.", [("Meeting", "2024-05-12", [HASSAN, OKELLO], "EG")],
     False),
    # --- meetings and talks
    ("pair-held-talks-at-building", "South African President Thabo Nkosi and his Nigerian counterpart "
     "Bola Adeyemi held talks at the Union Buildings in Pretoria on Friday.",
     [("Meeting", "2024-05-10", [NKOSI, ADEYEMI], "ZA")], True),
    ("sidelines-fronted", "On the sidelines of the African Union summit in Addis Ababa on Saturday, "
     "Ghanaian President Kwame Asante met Rwandan President Jean Mugabo.",
     [("Meeting", "2024-05-11", [ASANTE, MUGABO], None)], False),
    ("dateline-held-talks-visiting", "NAIROBI, May 14 (Xinhua) -- Kenyan President Wanjiru Kamau on "
     "Tuesday held talks with visiting Chinese Vice Premier Li Wei.",
     [("Meeting", "2024-05-14", [KAMAU, LI], None)], False),
    ("met-with-last-friday", "Brazilian Foreign Minister Paulo Ribeiro met with Argentine Foreign "
     "Minister Lucía Fernández in Buenos Aires last Friday.",
     [("Meeting", "2024-05-10", [RIBEIRO, FERNANDEZ], "AR")], True),
    ("apposed-name-then-met", "Rodrigo Silva, Brazil's minister of agriculture, met Chinese Agriculture "
     "Minister Liu Yang in Beijing on Monday.", [("Meeting", "2024-05-13", [SILVA, LIU], "CN")], True),
    ("possessive-countries-met", "Kenya's President Wanjiru Kamau met Ethiopia's Prime Minister Abebe "
     "Tesfaye in Nairobi on Tuesday.", [("Meeting", "2024-05-14", [KAMAU, ABEBE], "KE")], True),
    ("east-asian-names-met-in", "South Korean President Kim Min-jun and Japanese Prime Minister Sato "
     "Hiroshi met in Tokyo on Wednesday.", [("Meeting", "2024-05-15", [KIM, SATO], "JP")], True),
    ("met-at-great-hall", "Pakistani Prime Minister Imran Qureshi met Chinese President Zhang Wei at "
     "the Great Hall of the People in Beijing on Tuesday.",
     [("Meeting", "2024-05-14", [QURESHI, ZHANG], "CN")], True),
    ("courtesy-call-on", "Mexican Foreign Secretary Jorge Castillo paid a courtesy call on Guatemalan "
     "President Luis Herrera on Tuesday.", [("Meeting", "2024-05-14", [CASTILLO, HERRERA], None)], True),
    ("presidents-of-two-met", "The presidents of Ghana and Côte d'Ivoire met in Accra on Friday.",
     [("Meeting", "2024-05-10", ["GH", "CI"], "GH")], True),
    ("virtual-talks", "Indian Prime Minister Rajesh Kumar and Nepali Prime Minister Ram Thapa held "
     "virtual talks on Wednesday.", [("Meeting", "2024-05-15", [KUMAR, THAPA], None)], True),
    # --- phone calls
    ("had-a-phone-call", "Mexican President Sofía Ramírez had a phone call with Guatemalan President "
     "Luis Herrera on Wednesday, her office said.",
     [("Meeting", "2024-05-15", [RAMIREZ, HERRERA], None)], True),
    ("spoke-on-the-phone-pair", "Peruvian President Carla Quispe and Bolivian President Juan Mamani "
     "spoke on the phone on Monday.", [("Meeting", "2024-05-13", [QUISPE, MAMANI], None)], True),
    ("in-a-telephone-call-fronted", "In a telephone call on Tuesday, Indian Prime Minister Rajesh Kumar "
     "and Sri Lankan President Nimal Perera discussed energy cooperation.",
     [("Meeting", "2024-05-14", [KUMAR, PERERA], None)], True),
    ("received-a-phone-call-from", "Indian External Affairs Minister Anil Sharma received a phone call "
     "from his Bangladeshi counterpart Abdul Karim on Monday.",
     [("Meeting", "2024-05-13", [SHARMA, KARIM], None)], True),
    # --- summits, forums, ceremonies
    ("summit-will-gather", "Leaders of the Southern African Development Community will gather in "
     "Harare for a summit on 17 August.", [("Summit", "2024-08-17", [], "ZW")], True),
    ("will-attend-summit-saturday", "Nigerian President Bola Adeyemi will attend the ECOWAS summit in "
     "Abuja on Saturday.", [("Summit", "2024-05-18", [ADEYEMI], "NG")], True),
    ("forum-opened-ordinal", "The third Indonesia-Africa Forum opened in Bali on Wednesday.",
     [("Meeting", "2024-05-15", [], "ID")], True),
    ("forum-held-last-thursday", "The Kazakh-Uzbek Business Forum, held in Tashkent last Thursday, "
     "brought together more than 200 companies.", [("Meeting", "2024-05-09", [], "UZ")], True),
    ("forum-attended-in-city-country", "More than 300 delegates attended the Africa-Caribbean Trade "
     "and Investment Forum in Georgetown, Guyana, on Tuesday.", [("Meeting", "2024-05-14", [], "GY")],
     True),
    ("witnessed-signing-ceremony", "Vietnamese Prime Minister Nguyen Van Minh and Lao Prime Minister "
     "Khamphet Sisavath witnessed a signing ceremony for 12 cooperation documents in Vientiane on "
     "Monday.", [("Event", "2024-05-13", [MINH, KHAMPHET], "LA")], True),
    ("joint-committee-meeting-officials", "Vietnamese and Cambodian officials held the 10th meeting of "
     "the joint committee on trade in Phnom Penh on Monday.", [("Meeting", "2024-05-13", [], "KH")],
     True),
    ("arrived-for-talks-place", "Kenyan President Wanjiru Kamau arrived in Kampala on Monday for talks "
     "with Ugandan President Moses Okello.", [("Event", "2024-05-13", [KAMAU, "UG"], "UG"),
                                              ("Meeting", "2024-05-13", [KAMAU, OKELLO], "UG")], True),
    ("gathered-for-summit-dated", "Leaders of the Southern African Development Community gathered in "
     "Harare on Saturday for a two-day summit.", [("Summit", "2024-05-11", [], "ZW")], True),
    ("ahead-of-his-visit-fronted", "Ahead of his official visit to Japan next week, Vietnamese Prime "
     "Minister Nguyen Van Minh told reporters that trade would top the agenda.",
     [("Event", "2024-05", [MINH, "JP"], "JP")], True),
    # --- pronouns and later mentions
    ("arrived-then-she-will-hold-talks", "Chilean President Ana Torres arrived in Seoul on Monday. She "
     "will hold talks with South Korean President Kim Min-jun on Friday.",
     [("Event", "2024-05-13", [TORRES, "KR"], "KR"), ("Meeting", "2024-05-17", [TORRES, KIM], None)],
     True),
    ("visited-then-surname-met", "Indonesian Foreign Minister Dewi Lestari visited Papua New Guinea on "
     "Monday. During the visit, Lestari met Prime Minister John Kila.",
     [("Event", "2024-05-13", [LESTARI, "PG"], "PG"), ("Meeting", "2024-05-13", [LESTARI, KILA], None)],
     True),
    ("state-visit-then-the-two-leaders", "Ecuadorian President Diego Paredes paid a state visit to "
     "Panama on Monday. The two leaders discussed trade and migration.",
     [("StateVisit", "2024-05-13", [PAREDES, "PA"], "PA")], False),
]

NO_EVENT: list[tuple[str, str]] = [
    ("long-ties", "Kenya and Tanzania have long enjoyed close ties."),
    ("talks-at-an-appropriate-time", "Peruvian Foreign Minister Carla Quispe said talks with Bolivia "
     "would be held at an appropriate time."),
    ("signing-alone-loan", "Ghana signed a loan agreement with the World Bank on Monday."),
    ("trade-rose", "Trade between the two countries rose 12 percent last year."),
    ("tourists-visit", "Vietnam hopes to attract more visits by Japanese tourists."),
    ("next-round-will-take-place", "The next round of talks will take place in Lima, the ministry "
     "said."),
    ("looks-forward-to-visit", "Kenyan President Wanjiru Kamau said she looked forward to visiting "
     "Tanzania."),
]

# Forms not read yet: strict xfails, with what goes wrong.
XFAIL: dict[str, str] = {
    "joint-committee-meeting-officials": "'in <place>' more than four words after the meeting noun "
                                         "('of the joint committee on trade in X') is not read",
}


test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
