"""A sixth checklist of events, invented sentences aimed at the shapes the blind sets still miss:
several events coordinated in one sentence (each its own Meeting with the shared place and date),
ceremonies during a visit, 'on the sidelines of', courtesy calls ('called on', with 'H.E.' and
'His Excellency' honorifics), talks with an unnamed counterpart, planned events with a stated
time ('later in the day', 'next March', 'in the second half of this year', 'will be held in Y in
2025') dated to that time and not to another year in the sentence, visits (state vs official vs
working, arrivals, 'wrapped up', tours, 'visiting President X'), joint press briefings dated to
the weekday, fairs and exhibitions, the establishment of diplomatic relations with a year, and
what is NOT an event: purpose words ('to strengthen the A-B dialogue'), anniversaries, 'N years
ago', a signing alone, generic or habitual meetings, invitations without a time.

Rows are read against Thursday 16 May 2024 (test_event_forms: Monday 13, Tuesday 14, Wednesday
15 May).  Every sentence, person and place pairing is invented."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TOR, VEG = "Ana Torres", "Luis Vega"          # Chilean, Peruvian presidents (invented)
WUL, MEN = "Rina Wulandari", "Paulo Mendes"   # Indonesian, Brazilian ministers (invented)
ODH, KAT = "Amina Odhiambo", "Sam Kato"       # Kenyan, Ugandan (invented)

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # --- several events in one sentence
    ("two-meetings-coordinated", "On May 6 and 7, the second round of negotiations on a free trade "
     "agreement and the meeting of the Joint Economic Committee took place in Hanoi, Vietnam.",
     [("Meeting", "2024-05-06", [], "VN"), ("Meeting", "2024-05", [], "VN")], True),
    ("two-meetings-were-held", "The fourth meeting of the Portugal-Mozambique Joint Commission and "
     "a business forum were held in Maputo on Monday.",
     [("Meeting", "2024-05-13", [], "MZ"), ("Meeting", "2024-05-13", [], "MZ")], True),
    # --- ceremonies, sidelines
    ("ceremony-during-official-visit", "Austria and Chile signed an agreement on green hydrogen on "
     "Tuesday. The ceremony took place during the official visit of Austrian Chancellor Karl "
     "Huber to Chile.", [("Event", "2024-05-14", [], None),
                         ("Event", "2024-05", ["Karl Huber", "CL"], "CL")], True),
    ("exchanged-at-ceremony", "The documents were exchanged at a ceremony in Accra on Thursday.",
     [("Event", "2024-05-16", [], "GH")], True),
    ("signing-ceremony-tomorrow", "A signing ceremony for the railway deal will be held in Nairobi "
     "tomorrow.", [("Event", "2024-05-17", [], "KE")], True),
    ("witnessed-signing-ceremony", "Ugandan President Sam Kato and Kenyan President Amina Odhiambo "
     "attended a signing ceremony at State House in Nairobi on Monday.",
     [("Event", "2024-05-13", [KAT, ODH], "KE")], True),
    ("sidelines-met-counterpart-named", "Indonesian Foreign Minister Rina Wulandari met her "
     "Brazilian counterpart Paulo Mendes on the sidelines of a ministerial meeting in Rio de "
     "Janeiro on Tuesday.", [("Meeting", "2024-05-14", [WUL, MEN], None)], False),
    # --- courtesy calls and honorifics
    ("called-on-he", "Secretary Ravi Menon also called on the Foreign Minister of Nepal, H.E. Sita "
     "Koirala, in Kathmandu on Tuesday.", [("Meeting", "2024-05-14", ["Ravi Menon", "Sita Koirala"], "NP")],
     True),
    ("called-on-his-excellency", "Ambassador Tomas Lind called on His Excellency Joao Pires, "
     "Minister of Foreign Affairs of Angola, in Luanda on Monday.",
     [("Meeting", "2024-05-13", ["Tomas Lind", "Joao Pires"], "AO")], True),
    ("courtesy-call-on-pm", "Nepalese Ambassador Hari Sharma paid a courtesy call on Thai Prime "
     "Minister Somchai Wongsa on Monday.",
     [("Meeting", "2024-05-13", ["Hari Sharma", "Somchai Wongsa"], None)], True),
    ("he-met-with-he", "H.E. Ambassador Maria Lopez met with H.E. Tomas Novak, Minister of "
     "Industry of the Czech Republic, on Tuesday.",
     [("Meeting", "2024-05-14", ["Maria Lopez", "Tomas Novak"], None)], True),
    # --- counterparts
    ("talks-unnamed-counterpart", "Kenyan Foreign Minister Amina Odhiambo held talks with her "
     "Ugandan counterpart in Kampala on Wednesday.", [("Meeting", "2024-05-15", [ODH], "UG")], True),
    ("at-the-meeting-both-ministers", "Mexican Energy Minister Laura Rios met her Canadian "
     "counterpart in Ottawa on Monday. At the meeting, both ministers addressed energy security.",
     [("Meeting", "2024-05-13", ["Laura Rios"], "CA")], True),
    ("counterpart-comma-named", "Estonian Defence Minister Jaan Tamm held talks with his Latvian "
     "counterpart, Andris Ozols, in Riga on Tuesday.",
     [("Meeting", "2024-05-14", ["Jaan Tamm", "Andris Ozols"], "LV")], True),
    ("held-a-meeting-in-country", "Swedish Foreign Minister Anna Berg and Finnish Foreign Minister "
     "Mikko Salo on Thursday held a meeting in Helsinki.",
     [("Meeting", "2024-05-16", ["Anna Berg", "Mikko Salo"], "FI")], True),
    ("held-meetings-with-three", "During her stay in Hanoi on Tuesday, Chilean Foreign Minister "
     "Ana Torres held meetings with Vietnamese Prime Minister Tran Van Long, Trade Minister Le Thi "
     "Mai and Deputy Foreign Minister Pham Quoc Bao.",
     [("Meeting", "2024-05-14", [TOR, "Tran Van Long"], None),
      ("Meeting", "2024-05-14", [TOR, "Le Thi Mai"], None),
      ("Meeting", "2024-05-14", [TOR, "Pham Quoc Bao"], None)], False),
    # --- planned events with a stated time
    ("later-in-the-day", "Italian Foreign Minister Marco Rossi arrived in Cairo on Thursday. Rossi "
     "also plans to meet Egyptian Energy Minister Omar Farouk in a separate meeting later in the "
     "day to discuss a target of 10 gigawatts by 2030.",
     [("Meeting", "2024-05-16", ["Marco Rossi", "Omar Farouk"], None)], False),
    ("visit-next-march", "Both sides discussed preparations for the upcoming official visit of "
     "Peruvian President Luis Vega to Chile next March.", [("StateVisit", "2025-03", [VEG, "CL"], "CL")],
     True),
    ("round-second-half-of-year", "Chile and Peru agreed that the next round of negotiations will "
     "be held in Lima during the second half of this year.", [("Meeting", "2024", [], "PE")], True),
    ("roman-committee-in-year", "The XVI Joint Economic Committee will be held in Chile in 2025.",
     [("Meeting", "2025", [], "CL")], True),
    ("to-be-held-next-month", "A forthcoming round of consultations is to be held in Lima next "
     "month.", [("Meeting", "2024-06", [], "PE")], True),
    ("meet-again-month-target-year", "Chile and Vietnam signed a trade pact on Tuesday. The two "
     "ministers will meet again in Hanoi in September to review progress toward their 2030 trade "
     "target.", [("Meeting", "2024-09", [], "VN")], True),
    ("state-visit-planned-range", "Chilean President Ana Torres will pay a state visit to Peru from "
     "June 10 to 12.", [("StateVisit", "2024-06-10", [TOR, "PE"], "PE")], True),
    ("expected-to-visit-second-half", "Peruvian President Luis Vega is expected to visit Chile in "
     "the second half of this year.", [("Event", "2024", [VEG, "CL"], "CL")], True),
    # --- visits
    ("arrived-on-three-day-visit-president", "Brazilian President Paulo Mendes arrived in Luanda on "
     "Monday on a three-day visit.", [("Event", "2024-05-13", [MEN, "AO"], "AO")], True),
    ("wrapped-up-her-visit", "Indonesian Foreign Minister Rina Wulandari wrapped up her visit to "
     "Japan on Wednesday.", [("Event", "2024-05", [WUL, "JP"], "JP")], True),
    ("paid-working-visit", "Vietnamese Foreign Minister Tran Van Long paid a working visit to Laos "
     "on Tuesday.", [("Event", "2024-05-14", ["Tran Van Long", "LA"], "LA")], True),
    ("president-official-visit", "Ghanaian President Kofi Mensah began an official visit to "
     "Nigeria on Monday.", [("StateVisit", "2024-05-13", ["Kofi Mensah", "NG"], "NG")], True),
    ("visiting-president-talks", "Peruvian President Luis Vega held talks with visiting Chilean "
     "President Ana Torres in Lima on Tuesday.",
     # a head of state's visit the text calls by no level is Other, as dev's gold has it (2 of 3)
     [("Meeting", "2024-05-14", [VEG, TOR], "PE"), ("Event", "2024-05", [TOR, "PE"], "PE")], True),
    ("joint-press-briefing-visiting", "Ghana and Nigeria signed three agreements on Thursday. They "
     "were announced during a joint press briefing with visiting Ghanaian President Kofi Mensah.",
     [("PressBriefing", "2024-05-16", ["Kofi Mensah"], None)], False),
    ("joint-press-briefing-weekday", "Chilean President Ana Torres and Peruvian President Luis Vega "
     "gave a joint press briefing in Lima on Wednesday.",
     [("PressBriefing", "2024-05-15", [TOR, VEG], "PE")], False),
    ("education-tour-range", "Ghanaian universities joined the education tour taking place in Kenya "
     "from June 3-7, 2024.", [("Event", "2024-06-03", [], "KE")], True),
    ("tour-of-region", "Kenyan President Amina Odhiambo is on a tour of West Africa that takes her "
     "to Ghana and Nigeria this week.",
     [("StateVisit", "2024-05", [ODH, "GH"], "GH"), ("StateVisit", "2024-05", [ODH, "NG"], "NG")], True),
    ("within-framework-of-visit", "Within the framework of the official visit of President of "
     "Uzbekistan Bakhrom Tursunov to Kazakhstan, negotiations in a narrow format were held in "
     "Astana on 14 May.", [("StateVisit", "2024-05", ["Bakhrom Tursunov", "KZ"], "KZ"),
                           ("Meeting", "2024-05-14", ["Bakhrom Tursunov"], "KZ")], True),
    # --- fairs, exhibitions, summits
    ("expo-opened-in-city", "The Vietnam-Laos Trade Expo opened in Vientiane on Saturday.",
     [("Event", "2024-05-11", [], "LA")], True),
    ("photo-exhibition-opened", "The Chile-Peru Photo Exhibition opened in Lima on Saturday.",
     [("Event", "2024-05-11", [], "PE")], True),
    ("business-summit-meeting", "More than 300 firms attended the Ghana-Nigeria Business Summit in "
     "Lagos on Tuesday.", [("Meeting", "2024-05-14", [], "NG")], True),
    ("same-time-trilateral", "The joint commission met in Tashkent in October 2023. At the same "
     "time, a trilateral meeting of the prime ministers of Uzbekistan, Kazakhstan and Tajikistan "
     "took place.", [("Meeting", "2023-10", [], "UZ"), ("Meeting", "2023-10", [], None)], True),
    ("their-meeting-follow-up", "Chilean President Ana Torres and Peruvian President Luis Vega met "
     "in Lima on Monday. Their meeting is a follow-up to the summit between the two presidents in "
     "March.", [("Meeting", "2024-05-13", [TOR, VEG], "PE"), ("Summit", "2024-03", [], None)], True),
    ("joint-briefing-passive", "This was announced by the Kazakh Prime Minister Daniyar Sultanov "
     "at a joint briefing with his Uzbek counterpart in Astana on Tuesday.",
     [("PressBriefing", "2024-05-14", ["Daniyar Sultanov"], "KZ")], False),
    # --- diplomatic relations, openings
    ("by-concluding", "In 1995, Chile established diplomatic relations with Vietnam by concluding "
     "a protocol on consular matters.", [("Event", "1995", ["CL", "VN"], None)], True),
    ("relations-were-established-on", "Diplomatic relations between Ghana and Cuba were "
     "established on 13 April 1961.", [("Event", "1961-04-13", ["CU", "GH"], None)], True),
    ("since-establishment-ties", "Trade between Kenya and Vietnam has grown tenfold since the "
     "establishment of diplomatic ties in 1995.", [("Event", "1995", ["KE", "VN"], None)], True),
    ("established-with-embassy-same-year", "Kenya and Vietnam established diplomatic relations in "
     "1995, with Kenya opening its embassy in Hanoi the same year.",
     [("Event", "1995", ["KE", "VN"], None), ("Event", "1995", [], "VN")], True),
    ("embassy-opened-in-year", "The Chilean embassy in Hanoi opened in 1997.",
     [("Event", "1997", [], "VN")], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("purpose-dialogue-en-dash", "Ghana and Togo signed an agreement on Tuesday to strengthen the "
     "Ghanaian–Togolese dialogue on maritime security."),
    ("purpose-dialogue-hyphen", "The memorandum aims to deepen the Kenya-Tanzania dialogue on trade."),
    ("anniversary-celebrated", "Kenya and Tanzania celebrated 60 years of diplomatic relations on "
     "Tuesday."),
    ("relations-years-ago", "Ghana and Cuba established diplomatic relations 60 years ago."),
    ("signed-by-two-ministers", "The agreement was inked in Nairobi on Monday by the two trade "
     "ministers."),
    ("generic-regular-meetings", "Regular meetings between the two foreign ministries will help "
     "build trust."),
    ("agreed-regular-consultations", "The two sides agreed to hold regular consultations."),
    ("memorandum-annual-meetings", "The memorandum provides for annual meetings of a joint working "
     "group."),
    ("importance-of-summits", "Both leaders stressed the importance of summit meetings."),
    ("tourist-visits-grew", "Visits by Vietnamese tourists to Chile grew by 20 percent last year."),
    ("invited-to-visit", "The minister invited his Peruvian counterpart to visit Chile."),
    ("accepted-invitation-convenient", "The President accepted the invitation to pay a state visit "
     "to Peru at a convenient time."),
    ("visa-free-visits", "Visa-free visits for citizens of both countries will begin in July."),
]

# Forms not read yet: strict xfails, with what goes wrong.
XFAIL: dict[str, str] = {
    "tour-of-region": "'on a tour of West Africa that takes her to A and B this week': only the first "
    "country is read as a visit (dated to the day, not the week)",
    "embassy-opened-in-year": "'the X embassy in Y opened in 1997': the opening is found but the place "
    "inside the embassy's name is not its location",
}


test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
