"""An eleventh checklist of events, from the classes of error on the newest fresh set and on a
handful of real visit-and-talks reports read for this list (none of their sentences is here):
talks with a counterpart the text does not name ('A and her Peruvian counterpart here on Tuesday
discussed ...', 'A spoke by phone with his Kenyan counterpart'), a discussion told by its noun
('an official discussion between A and B was held ...'), meetings only wished for or foreseen
('stressed the importance of a meeting between A and B', 'set the stage for a summit', 'the
upcoming summit' without a time), two countries' office holders unnamed ('the foreign ministers
of A and B met'), the establishment of diplomatic relations told twice, one
conference told in two sentences ('X opened the conference'), a visitor called 'the visiting
president' at a summit, visits told by a delegation's first visit, and a received working visitor.
Negative rows: wishes inside a quote, visits to an exhibition.

Rows are read against Thursday 16 May 2024 (Monday 13, Tuesday 14, Wednesday 15 May; Friday 17,
Monday 20 May ahead).  Every sentence, person and place pairing is invented."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

DIAZ, BRUN = "Irene Diaz", "Tomas Brun"          # Uruguayan, Paraguayan ministers (invented)
OKAFOR, MENSAH = "Ngozi Okafor", "Kofi Mensah"   # Nigerian, Ghanaian ministers (invented)
LARSEN = "Kari Larsen"                           # Danish minister (invented)

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # --- talks with a counterpart the text does not name: the counterpart's country takes part
    ("counterpart-here-on-day-discussed", "Uruguayan Foreign Minister Irene Diaz and her Paraguayan "
     "counterpart here on Tuesday discussed river transport and energy.",
     [("Meeting", "2024-05-14", [DIAZ, "PY"], None)], True),
    ("counterpart-met-in-city", "Nigerian Trade Minister Ngozi Okafor and her Ghanaian counterpart met "
     "in Accra on Monday.", [("Meeting", "2024-05-13", [OKAFOR, "GH"], "GH")], True),
    ("counterpart-held-talks-adds-country", "Ghanaian Trade Minister Kofi Mensah and his Nigerian "
     "counterpart held talks in Abuja on Wednesday.", [("Meeting", "2024-05-15", [MENSAH, "NG"], "NG")],
     True),
    ("talks-with-unnamed-counterpart", "Uruguayan Foreign Minister Irene Diaz held talks with her "
     "Paraguayan counterpart in Asuncion on Monday.", [("Meeting", "2024-05-13", [DIAZ, "PY"], "PY")],
     True),
    ("spoke-by-phone-with-counterpart", "Ghanaian Trade Minister Kofi Mensah spoke by phone with his "
     "Nigerian counterpart on Wednesday.", [("Meeting", "2024-05-15", [MENSAH, "NG"], None)], True),
    ("discussed-subject-with-counterpart", "Nigerian Trade Minister Ngozi Okafor discussed cocoa "
     "prices with her Ghanaian counterpart on Tuesday.", [("Meeting", "2024-05-14", [OKAFOR, "GH"], None)],
     True),
    ("named-counterpart-stays-a-pair", "Uruguayan Foreign Minister Irene Diaz and her Paraguayan "
     "counterpart Tomas Brun discussed river transport on Tuesday.",
     [("Meeting", "2024-05-14", [DIAZ, BRUN], None)], True),
    # --- a discussion told by its noun
    ("official-discussion-between-was-held", "An official discussion between Uruguayan Foreign "
     "Minister Irene Diaz and Paraguayan Trade Minister Tomas Brun was held at the foreign ministry on "
     "Monday.", [("Meeting", "2024-05-13", [DIAZ, BRUN], None)], True),
    ("discussion-between-the-visiting", "A discussion between the visiting Ghanaian Trade Minister "
     "Kofi Mensah and Nigerian Trade Minister Ngozi Okafor took place in Abuja on Tuesday.",
     [("Meeting", "2024-05-14", [MENSAH, OKAFOR], None)], False),
    # --- diplomatic relations told twice
    ("relations-established-then-since", "Diplomatic relations between Uruguay and Paraguay were "
     "established in 1952. Since the establishment of diplomatic relations in 1952, trade has grown "
     "tenfold.", [("Event", "1952", ["UY", "PY"], None)], True),
    ("relations-established-two-years", "Nigeria and Ghana established diplomatic relations in 1960. "
     "The ties were cut in 1983, and diplomatic relations were re-established in 1988.",
     [("Event", "1960", ["NG", "GH"], None)], False),
    # --- one conference told in two sentences: its opening is the conference, no launch beside it
    ("conference-then-opened-the-conference", "The third Nigeria-Ghana Trade Conference was held in "
     "Accra on Tuesday. Ghanaian Trade Minister Kofi Mensah opened the conference, which gathered 300 "
     "exporters.", [("Meeting", "2024-05-14", [MENSAH], "GH")], True),
    ("opened-the-named-forum", "Nigerian Trade Minister Ngozi Okafor on Monday opened the second "
     "Nigeria-Ghana Investment Forum in Abuja. The forum drew 500 delegates.",
     [("Meeting", "2024-05-13", [OKAFOR], "NG")], True),
    ("conference-then-opened-the-event", "The Nigeria-Ghana Trade Conference took place in Accra on "
     "Tuesday. Ghanaian Trade Minister Kofi Mensah opened the event.",
     [("Meeting", "2024-05-14", [MENSAH], "GH")], True),
    ("inaugurated-a-centre-stays-a-launch", "Ghanaian Trade Minister Kofi Mensah inaugurated the "
     "Nigeria-Ghana Trade Centre in Accra on Tuesday.", [("Event", "2024-05-14", [MENSAH], None)], True),
    # --- 'the visiting president' at a summit attends it; no visit beside the summit
    ("visiting-president-attended-summit", "The visiting Paraguayan President Luis Vera and Uruguayan "
     "President Ana Silva attended the River Plate summit in Montevideo on Monday.",
     [("Summit", "2024-05-13", ["Luis Vera", "Ana Silva"], "UY")], True),
    ("visiting-president-at-the-summit-reported", "Uruguayan President Ana Silva told reporters that "
     "the visiting Paraguayan President Luis Vera had backed the river pact at the summit in "
     "Montevideo on Monday.", [("Summit", "2024-05-13", ["Luis Vera"], "UY")], True),
    ("visiting-president-met-keeps-visit", "Uruguayan President Ana Silva met the visiting Paraguayan "
     "President Luis Vera in Montevideo on Monday.",
     [("Event", "2024-05-13", ["Luis Vera", "UY"], "UY"),
      ("Meeting", "2024-05-13", ["Ana Silva", "Luis Vera"], "UY")], True),
    # --- a visit of a delegation named by its country
    ("first-visit-of-delegation-in-decades", "It was the first visit of a Ghanaian delegation to "
     "Nigeria in decades.", [("Event", "2024-05", ["GH", "NG"], "NG")], True),
    ("visit-of-trade-delegation-began", "The visit of a Nigerian trade delegation to Ghana began on "
     "Monday.", [("Event", "2024-05-13", ["NG", "GH"], "GH")], True),
    # --- a working visitor received; a pronoun or an office as the subject of a planned meeting
    ("who-arrived-on-working-visit-was-received", "Paraguayan Trade Minister Tomas Brun, who arrived "
     "in Montevideo on a working visit, was received by Uruguayan President Ana Silva on Tuesday. Their "
     "conversation took place in a one-on-one format.",
     [("Event", "2024-05", [BRUN, "UY"], "UY"), ("Meeting", "2024-05-14", ["Ana Silva", BRUN], None)],
     False),
    ("she-is-scheduled-to-meet", "Uruguayan Foreign Minister Irene Diaz arrived in Asuncion on Monday "
     "for an official visit. She is scheduled to meet Paraguayan Trade Minister Tomas Brun on Friday.",
     [("Meeting", "2024-05-17", [DIAZ, BRUN], None)], False),
    ("the-office-is-scheduled-to-meet", "Ghanaian Trade Minister Kofi Mensah landed in Abuja on Monday. "
     "The Trade Minister is scheduled to meet Nigerian President Ada Eze today.",
     [("Meeting", "2024-05-16", [MENSAH, "Ada Eze"], None)], False),
    ("the-president-will-meet", "Paraguayan President Luis Vera arrived in Montevideo on Monday for a "
     "state visit. The President will meet Uruguayan President Ana Silva on Friday.",
     [("Meeting", "2024-05-17", ["Luis Vera", "Ana Silva"], None)], False),
    ("met-at-airport-by-officials-no-meeting", "Paraguayan President Luis Vera arrived in Montevideo "
     "on Monday. On arrival, the President was met by government officials and was treated to a guard "
     "of honour.", [("Event", "2024-05-13", ["Luis Vera", "UY"], "UY")], True),
    # --- two countries' office holders, unnamed, met: the countries take part
    ("foreign-ministers-of-a-and-b-met", "The foreign ministers of Uruguay and Paraguay met in "
     "Montevideo on Tuesday.", [("Meeting", "2024-05-14", ["UY", "PY"], "UY")], True),
    ("dem-and-dem-defence-ministers-met", "The Nigerian and Ghanaian defence ministers met in Accra on "
     "Monday.", [("Meeting", "2024-05-13", ["NG", "GH"], "GH")], True),
    ("presidents-of-a-and-b-will-meet-in-month", "The presidents of Uruguay and Paraguay will meet in "
     "June.", [("Meeting", "2024-06", ["UY", "PY"], None)], True),
    ("office-pair-is-the-named-pair-meeting", "Paraguayan President Luis Vera held talks with his "
     "Uruguayan counterpart Ana Silva in Montevideo on Monday. Paraguayan and Uruguayan presidents met "
     "in Montevideo on Monday to discuss river transport.",
     [("Meeting", "2024-05-13", ["Luis Vera", "Ana Silva"], "UY")], True),
    # --- a meeting wished for with a time ahead is a planned event
    ("stage-for-summit-on-date-ahead", "The accord will set the stage for a summit of Uruguay and Paraguay "
     "in Montevideo on June 20.", [("Summit", "2024-06-20", [], "UY")], False),
    ("importance-of-summit-held", "Uruguayan Foreign Minister Irene Diaz stressed the importance of the "
     "summit held in Montevideo on Monday.", [("Summit", "2024-05-13", [], "UY")], False),
]

NO_EVENT: list[tuple[str, str]] = [
    ("importance-of-a-meeting-between", "Uruguayan Foreign Minister Irene Diaz stressed the importance "
     "of a meeting between Paraguayan President Luis Vera and Bolivian President Ana Quispe."),
    ("set-the-stage-for-a-summit", "The deal was widely seen as setting the stage for a summit between "
     "the two leaders."),
    ("need-for-regular-consultations", "The two ministers discussed the need for regular consultations "
     "between their ministries."),
    ("upcoming-summit-without-time", "The accord is expected to be endorsed at the upcoming Gulf of "
     "Guinea summit in Abuja."),
    ("keen-to-host-in-quote", "\"We are keen to host the next session of the joint commission in "
     "Montevideo in the future,\" Uruguayan Foreign Minister Irene Diaz said."),
    ("possibility-of-holding-a-forum", "Nigerian Trade Minister Ngozi Okafor and Ghanaian Trade Minister "
     "Kofi Mensah explored the possibility of holding a business forum."),
    ("visited-exhibition-of-demonym-art", "Uruguayan Foreign Minister Irene Diaz visited an exhibition "
     "of Paraguayan art in Montevideo on Monday."),
    ("visited-photo-exhibition-at-home", "Paraguayan President Luis Vera visited a photo exhibition on "
     "the two countries' ties in Asuncion on Monday."),
    ("office-pair-met-expectations", "Trade between the ministers of Uruguay and Paraguay met "
     "expectations."),
    ("office-pair-met-repeatedly", "The leaders of Nigeria and Ghana have met twice since 2020."),
    ("office-pair-will-meet-no-time", "The presidents of Uruguay and Paraguay will meet."),
    ("counterpart-said-discussed-with-lawmakers", "Irene Diaz said her Paraguayan counterpart had "
     "discussed the plan with lawmakers."),
]

# Forms not read yet: strict xfails, with what goes wrong.
XFAIL: dict[str, str] = {}


test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
