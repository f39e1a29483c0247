"""A twelfth checklist of events, from the classes of error pooled over sixty fresh articles
(ana12-14, unseen19-21; /work/notes/s18/classes-q-ev8.md): a guest received, hosted or met under a
long title ('the Deputy Prime Minister – Minister of Foreign Affairs of the Republic of X Y'), a
title with an adjective before it ('hosted new Foreign Minister Y'), a 'Minister for X' title, a
host named in apposition with a time adverb before the verb ('the Minister of Trade, Mr. X,
yesterday received ...'); and a signing that leaders witness or attend ('witnessed signing of',
'was signed with much fanfare, attended by A and B', 'The signing ceremony was led by A and B'
after 'the signing on Monday of a new agreement'); a day told after an opening dateline ('CITY,
May 16 (Agency) ... on Monday') is the event's.  Negative rows: receiving things, not people; a
signing with no one present.

Rows are read against Thursday 16 May 2024 (Monday 13, Tuesday 14, Wednesday 15 May).  Every
sentence, person and place pairing is invented."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

OWUSU, BANDA = "Efua Owusu", "Chikondi Banda"     # Ghanaian, Malawian ministers (invented)
LINDQVIST, ROSSI = "Sara Lindqvist", "Marco Rossi"  # Swedish, Italian ministers (invented)

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # --- a guest under a long title with a dash: one noun phrase, however long
    ("met-with-dash-title", "On May 15, 2024, the Minister of Foreign Affairs of the Republic of Ghana "
     "Efua Owusu met with the Deputy Prime Minister – Minister of Foreign Affairs of the Republic of "
     "Malawi Chikondi Banda.", [("Meeting", "2024-05-15", [OWUSU, BANDA], None)], True),
    ("received-dash-title", "On May 14, President of the Republic of Ghana Efua Owusu received the "
     "Deputy Prime Minister – Minister of Foreign Affairs of Malawi Chikondi Banda.",
     [("Meeting", "2024-05-14", [OWUSU, BANDA], None)], True),
    # --- an adjective before the guest's title
    ("hosted-new-minister", "Ghanaian Foreign Minister Efua Owusu hosted new Malawian Foreign Minister "
     "Chikondi Banda in Kumasi on Tuesday.", [("Meeting", "2024-05-14", [OWUSU, BANDA], None)], True),
    ("welcomed-the-new-president", "President Efua Owusu warmly welcomed the new President of the "
     "Republic of Malawi, His Excellency Chikondi Banda, to the Castle on Wednesday.",
     [("Meeting", "2024-05-15", [OWUSU, BANDA], None)], True),
    ("received-newly-appointed", "Swedish Trade Minister Sara Lindqvist received the newly appointed "
     "Italian Ambassador Marco Rossi on Monday.", [("Meeting", "2024-05-13", [LINDQVIST, ROSSI], None)],
     True),
    # --- 'Minister for X' before the leader of a delegation; the host in apposition
    ("delegation-led-by-minister-for", "Swedish Trade Minister Sara Lindqvist on Monday received an "
     "Italian delegation led by Deputy Foreign Minister for Africa, Marco Rossi, in Stockholm.",
     [("Meeting", "2024-05-13", [LINDQVIST, ROSSI], None)], True),
    ("apposed-host-yesterday-received", "In line with this, the Minister of Trade, Mrs. Sara Lindqvist, "
     "yesterday received an Italian delegation led by Deputy Foreign Minister Marco Rossi in Stockholm.",
     [("Meeting", "2024-05-15", [LINDQVIST, ROSSI], None)], True),
    ("apposed-host-on-day-hosted", "The Minister of Trade, Sara Lindqvist, on Tuesday hosted Italian "
     "Trade Minister Marco Rossi in Gothenburg.", [("Meeting", "2024-05-14", [LINDQVIST, ROSSI], None)],
     True),
    # --- leaders at a signing make it a ceremony (GOLD_FORMAT: a signing with a ceremony)
    ("witnessed-signing-without-the", "Ghanaian President Efua Owusu and Malawian President Chikondi "
     "Banda witnessed signing of trade agreements in Accra on Monday.",
     [("Event", "2024-05-13", [OWUSU, BANDA], None)], True),
    ("signed-with-fanfare-attended-by", "The memorandum was signed on Tuesday with much fanfare, "
     "attended by key representatives including Ghanaian Trade Minister Efua Owusu and Malawian Trade "
     "Minister Chikondi Banda.", [("Event", "2024-05-14", [OWUSU, BANDA], None)], True),
    ("signed-comma-attended-by", "The accord was signed in Lilongwe on Monday, attended by Ghanaian "
     "Trade Minister Efua Owusu and Malawian Trade Minister Chikondi Banda.",
     [("Event", "2024-05-13", [OWUSU, BANDA], None)], True),
    ("ceremony-led-by-after-the-signing-of", "With the signing on Monday of a new agreement, Ghana and "
     "Malawi are committed to a joint fisheries board. The signing ceremony was led by Efua Owusu, "
     "president of the Republic of Ghana, and Chikondi Banda, president of the Republic of Malawi.",
     [("Event", "2024-05-13", [OWUSU, BANDA], None)], True),
    ("inked-during-talks-in-presence-stays", "The accords were inked during the annual consultations in "
     "Accra in the presence of Ghanaian President Efua Owusu and Malawian President Chikondi Banda on "
     "Monday.", [("Meeting", "2024-05-13", [OWUSU, BANDA], None)], True),
    # --- an opening dateline's day is the filing's, not the day told after it
    ("dateline-then-signing-on-day", "ACCRA, Ghana, May 16 (GNA) With the signing on Monday of a new "
     "agreement, Ghana and Malawi are committed to a joint fisheries board. The signing ceremony was "
     "led by Efua Owusu, president of the Republic of Ghana, and Chikondi Banda, president of the "
     "Republic of Malawi.", [("Event", "2024-05-13", [OWUSU, BANDA], None)], True),
    ("dateline-then-met-on-day", "LILONGWE, May 16 (MANA) Ghanaian Trade Minister Efua Owusu met "
     "Malawian Trade Minister Chikondi Banda on Tuesday.",
     [("Meeting", "2024-05-14", [OWUSU, BANDA], None)], True),
    ("dateline-dash-then-on-date-comma", "LILONGWE, May 16 - On May 14, 2024, the Minister of Foreign "
     "Affairs of Ghana Efua Owusu met with Malawian Trade Minister Chikondi Banda.",
     [("Meeting", "2024-05-14", [OWUSU, BANDA], None)], True),
    ("dateline-only-keeps-its-day", "LILONGWE, May 15 (MANA) Ghanaian Trade Minister Efua Owusu met "
     "Malawian Trade Minister Chikondi Banda.", [("Meeting", "2024-05-15", [OWUSU, BANDA], None)], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("received-an-award-from", "Ghanaian Trade Minister Efua Owusu received an award from the new "
     "Malawian Trade Minister Chikondi Banda."),
    ("signed-no-one-present", "Ghana and Malawi signed a fisheries agreement."),
    ("signed-then-attended-by-no-one", "The agreement, signed in 2019, was attended by controversy."),
    ("received-the-new-report", "Ghanaian Trade Minister Efua Owusu received the new annual report on "
     "Malawian cocoa on Monday."),
]

# Forms not read yet: strict xfails, with what goes wrong.
XFAIL: dict[str, str] = {}


test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
