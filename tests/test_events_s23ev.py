"""A checklist of event forms from the error classes of the s23 sets, each an invented sentence:
dates of events told as ahead or under way ('a forum being held in the capital on Friday', 'will
be in X from 14-17 May' in a paper of 16 May, which is this May, not next), and a stay written
'with an official visit', as copy translated from Russian and other languages puts 'on an
official visit'; an audience held or had with someone and a courtesy call received or paid,
each a meeting of the two; a meeting named only as a topic of talks or of preparations ('touched
upon the holding of the forum', 'discussed arrangements for a forum') with no time of its own,
which GOLD_FORMAT does not count.  Negative and unchanged rows: a person 'being held' by a court
is no event time, a single past day told ahead is still next year's, a finished stay keeps its
past day, a summit congratulated on its 'successful holding' is still one.

Rows are read against Thursday 16 May 2024 (test_event_forms: Monday 13, Tuesday 14, Wednesday
15 May; Friday 17, Monday 20 May ahead).  Every sentence, person and place pairing is invented."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

ODH, KAT = "Amina Odhiambo", "Sam Kato"       # Kenyan, Ugandan ministers and presidents (invented)

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # --- 'being held' tells an occasion under way or ahead: its weekday is the coming one
    ("forum-being-held-on-weekday", "Kenyan Defence Minister Amina Odhiambo and her Ugandan "
     "counterpart Sam Kato signed the document ahead of a regional defence forum being held in "
     "the Kenyan capital on Friday.", [("Meeting", "2024-05-17", [], "KE")], True),
    ("conference-being-held-next-weekday", "The accord was signed ahead of a trade conference "
     "being held in Kampala, Uganda, on Monday.", [("Meeting", "2024-05-20", [], "UG")], False),
    # --- a stay told in the future that is under way at the paper's day is this year's
    ("will-be-in-from-day-range", "Kenyan President Amina Odhiambo will be in Uganda from 14-17 May.",
     [("Event", "2024-05-14", [ODH, "UG"], "UG")], True),
    ("will-be-in-month-day-to-day", "Kenyan President Amina Odhiambo will be in Uganda from May 15 "
     "to 17.", [("Event", "2024-05-15", [ODH, "UG"], "UG")], True),
    # --- unchanged: a single day before the paper told ahead is next year's
    ("will-visit-past-day-next-year", "Kenyan President Amina Odhiambo will visit Uganda on May 12.",
     [("Event", "2025-05-12", [ODH, "UG"], "UG")], True),
    # --- unchanged: a weekday told in the past stays past
    ("forum-held-on-weekday-past", "Kenyan Defence Minister Amina Odhiambo and her Ugandan "
     "counterpart Sam Kato attended a regional defence forum held in Nairobi on Tuesday.",
     [("Meeting", "2024-05-14", [ODH, KAT], "KE")], False),
    # --- an audience and a courtesy call are meetings of the two, whoever is the subject
    ("held-an-audience-with", "Kenyan President Amina Odhiambo held an audience with Ugandan Prime "
     "Minister Sam Kato in Nairobi on Tuesday.", [("Meeting", "2024-05-14", [ODH, KAT], None)], True),
    ("had-an-audience-with", "Ugandan envoy Sam Kato had an audience with Kenyan President Amina "
     "Odhiambo on Tuesday.", [("Meeting", "2024-05-14", [KAT, ODH], None)], True),
    ("received-a-courtesy-call-from", "Kenyan President Amina Odhiambo received a courtesy call from "
     "Ugandan High Commissioner Sam Kato on Tuesday to discuss trade.",
     [("Meeting", "2024-05-14", [ODH, KAT], None)], True),
    ("will-pay-a-courtesy-call-on", "Ugandan High Commissioner Sam Kato will also pay a courtesy call "
     "on Kenyan President Amina Odhiambo on Friday.", [("Meeting", "2024-05-17", [KAT, ODH], None)],
     True),
    # --- unchanged: 'paid a courtesy call on' as before
    ("paid-a-courtesy-call-on", "Ugandan High Commissioner Sam Kato paid a courtesy call on Kenyan "
     "President Amina Odhiambo on Tuesday.", [("Meeting", "2024-05-14", [KAT, ODH], None)], True),
    # --- unchanged: a meeting held is still one after 'the successful holding of'
    ("successful-holding-of-summit", "Kenyan President Amina Odhiambo congratulated Ugandan "
     "President Sam Kato on the successful holding of the regional summit in Kampala on Tuesday.",
     [("Summit", "2024-05-14", [], "UG")], True),
    # --- a meeting that is only the topic of talks or of preparations: no event of its own
    ("touched-upon-the-holding-of", "Kenyan President Amina Odhiambo met Ugandan President Sam Kato "
     "in Kampala on Tuesday. They also touched upon the holding of the third Lakes Trade Forum "
     "in Mombasa.",
     [("Meeting", "2024-05-14", [ODH, KAT], "UG")], True),
    ("discussed-arrangements-for", "Kenyan President Amina Odhiambo met Ugandan President Sam Kato "
     "in Kampala on Tuesday. They discussed arrangements for the business forum.",
     [("Meeting", "2024-05-14", [ODH, KAT], "UG")], True),
    ("discussed-preparations-for", "Kenyan President Amina Odhiambo met Ugandan President Sam Kato "
     "in Kampala on Tuesday. They discussed preparations for the regional summit.",
     [("Meeting", "2024-05-14", [ODH, KAT], "UG")], True),
    # --- 'a visit by X' names its visitor, not the person named before it in the clause
    ("visit-by-titled-person-after-another", "Kenyan President Amina Odhiambo met Ugandan envoy Sam "
     "Kato during a visit to Kampala by Ugandan Trade Minister Marco Salas on Tuesday.",
     [("Event", "2024-05-14", ["Marco Salas", "UG"], "UG")], False),
    # the visit is no longer the caller's; the call is the only event (its day, taken here from
    # the month of the visit the talks are about, is an open class: only the year is checked)
    ("visit-by-outgoing-minister-not-the-caller", "Kenyan President Amina Odhiambo received a "
     "courtesy call from Ugandan High Commissioner Sam Kato to discuss trade and a visit by "
     "Uganda's outgoing "
     "Foreign Minister Marco Salas next month.", [("Meeting", "2024", [ODH, KAT], None)], True),
    # --- 'with an official visit' for 'on an official visit'
    ("who-is-in-with-an-official-visit", "The programme was signed at the meeting of Kenyan Foreign "
     "Minister Amina Odhiambo with Ugandan Foreign Minister Sam Kato, who is in Kenya with an "
     "official visit.", [("Event", "2024-05", [KAT, "KE"], "KE"),
                         ("Meeting", "2024-05", [ODH, KAT], None)], True),
    ("who-is-in-on-an-official-visit", "The programme was signed at the meeting of Kenyan Foreign "
     "Minister Amina Odhiambo with Ugandan Foreign Minister Sam Kato, who is in Kenya on an "
     "official visit.", [("Event", "2024-05", [KAT, "KE"], "KE"),
                         ("Meeting", "2024-05", [ODH, KAT], None)], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("being-held-by-a-court", "The former Kenyan official is currently being held by a court in "
     "Nairobi on Friday's charges."),
    ("with-a-smile-no-visit", "The Ugandan envoy is in Kenya with a smile."),
    ("audience-of-a-concert", "The Kenyan choir held an audience of 500 spellbound in Nairobi on "
     "Tuesday."),
    ("received-a-call-for-proposals", "The Kenyan trade agency received a call for proposals from "
     "Ugandan firms on Tuesday."),
]

XFAIL: dict[str, str] = {}


test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
