"""Variant battery (s30 helper evt): one base fact per family written the ways wire services,
ministries and newspapers write it, with negative rows that must give no event.  Invented people
and bodies; real countries.  The paper is of Thursday 16 May 2024 (test_event_forms.PUBLISHED):
Monday 13, Tuesday 14, Wednesday 15 May.

Families: state visits, ministers' official and working visits, meetings and talks, receptions
and calls on, telephone and video calls, forums and conferences, joint commissions, summits and
their sidelines, press briefings, openings and launches, ceremonies, foundings and diplomatic
relations, date forms, and the negative forms (plans without a time, wishes, postponed or
cancelled visits, generic mentions, anniversaries, a bare signing).

Rows marked xfail (strict) are constructions the extractor does not read yet."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

MWANGI, HA = "Daniel Mwangi", "Pham Thu Ha"      # invented Kenyan and Vietnamese leaders
ACHIENG, LOC = "Grace Achieng", "Le Van Loc"     # invented Kenyan and Vietnamese ministers
OTIENO, NGA = "Peter Otieno", "Nguyen Thi Nga"   # invented further officials

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # --- state visits
    ("sv-arrived-on", "Kenyan President Daniel Mwangi arrived in Hanoi on Monday on a three-day "
     "state visit to Vietnam.", [("StateVisit", "2024-05-13", [MWANGI, "VN"], "VN")], True),
    ("sv-began", "Kenyan President Daniel Mwangi began a state visit to Vietnam on Monday.",
     [("StateVisit", "2024-05-13", [MWANGI, "VN"], "VN")], True),
    ("sv-concluded", "Kenyan President Daniel Mwangi concluded his state visit to Vietnam on "
     "Wednesday.", [("StateVisit", "2024-05", [MWANGI, "VN"], "VN")], True),
    ("sv-wrapped-up", "Kenyan President Daniel Mwangi wrapped up a two-day state visit to Vietnam "
     "on Wednesday.", [("StateVisit", "2024-05", [MWANGI, "VN"], "VN")], True),
    ("sv-is-on", "Kenyan President Daniel Mwangi is on a state visit to Vietnam this week.",
     [("StateVisit", "2024-05", [MWANGI, "VN"], "VN")], True),
    ("sv-range-from-to", "Kenyan President Daniel Mwangi paid a state visit to Vietnam from 13 to "
     "15 May.", [("StateVisit", "2024-05-13", [MWANGI, "VN"], "VN")], True),
    ("sv-range-month-first", "Kenyan President Daniel Mwangi paid a state visit to Vietnam on May "
     "13-15.", [("StateVisit", "2024-05-13", [MWANGI, "VN"], "VN")], True),
    ("sv-passive-by", "A state visit to Vietnam by Kenyan President Daniel Mwangi took place on "
     "Tuesday.", [("StateVisit", "2024-05-14", [MWANGI, "VN"], "VN")], True),
    ("sv-at-invitation", "At the invitation of Vietnamese President Pham Thu Ha, Kenyan President "
     "Daniel Mwangi paid a state visit to Vietnam on Tuesday.",
     [("StateVisit", "2024-05-14", [MWANGI, "VN"], "VN")], False),
    ("sv-during-met", "During his state visit to Vietnam on Tuesday, Kenyan President Daniel "
     "Mwangi met Vietnamese President Pham Thu Ha.",
     [("StateVisit", "2024-05-14", [MWANGI, "VN"], "VN"),
      ("Meeting", "2024-05-14", [MWANGI, HA], None)], True),
    # --- ministers' official and working visits
    ("ov-arrived-for", "Kenyan Trade Minister Grace Achieng arrived in Hanoi on Tuesday for an "
     "official visit.", [("Event", "2024-05-14", [ACHIENG, "VN"], "VN")], True),
    ("ov-working-visit", "Kenyan Trade Minister Grace Achieng paid a working visit to Vietnam on "
     "Monday.", [("Event", "2024-05-13", [ACHIENG, "VN"], "VN")], True),
    ("ov-visited-yesterday", "Kenyan Trade Minister Grace Achieng visited Vietnam yesterday.",
     [("Event", "2024-05-15", [ACHIENG, "VN"], "VN")], True),
    ("ov-is-on-visit", "Kenyan Trade Minister Grace Achieng is on an official visit to Vietnam.",
     [("Event", "2024-05", [ACHIENG, "VN"], "VN")], True),
    ("ov-is-in-for-visit", "Kenyan Trade Minister Grace Achieng is in Vietnam for a three-day "
     "visit.", [("Event", "2024-05", [ACHIENG, "VN"], "VN")], True),
    ("ov-is-in-city-on-visit", "Kenyan Trade Minister Grace Achieng is in Hanoi on a visit.",
     [("Event", "2024-05", [ACHIENG, "VN"], "VN")], True),
    # must not change: in a city for another occasion, no visit
    ("ov-in-city-for-conference", "Kenyan Trade Minister Grace Achieng is in Hanoi for a conference "
     "of rice growers.", [("Meeting", "2024-05", [ACHIENG], "VN")], True),
    ("ov-ended", "Kenyan Trade Minister Grace Achieng ended her official visit to Vietnam on "
     "Wednesday.", [("Event", "2024-05", [ACHIENG, "VN"], "VN")], True),
    ("ov-travelled", "Kenyan Trade Minister Grace Achieng travelled to Vietnam last week for "
     "talks on rice exports.", [("Event", "2024-05", [ACHIENG, "VN"], "VN")], False),
    # --- meetings and talks
    ("mt-met", "Kenyan Trade Minister Grace Achieng met Vietnamese Trade Minister Le Van Loc in "
     "Hanoi on Tuesday.", [("Meeting", "2024-05-14", [ACHIENG, LOC], None)], True),
    ("mt-met-with", "Kenyan Trade Minister Grace Achieng met with Vietnamese Trade Minister Le Van "
     "Loc on Tuesday.", [("Meeting", "2024-05-14", [ACHIENG, LOC], None)], True),
    ("mt-pair-met", "Kenyan Trade Minister Grace Achieng and Vietnamese Trade Minister Le Van Loc "
     "met in Hanoi on Tuesday.", [("Meeting", "2024-05-14", [ACHIENG, LOC], None)], True),
    ("mt-held-talks", "Kenyan Trade Minister Grace Achieng held talks with Vietnamese Trade "
     "Minister Le Van Loc on Tuesday.", [("Meeting", "2024-05-14", [ACHIENG, LOC], None)], True),
    ("mt-talks-passive", "Talks between Kenyan Trade Minister Grace Achieng and Vietnamese Trade "
     "Minister Le Van Loc were held in Hanoi on Tuesday.",
     [("Meeting", "2024-05-14", [ACHIENG, LOC], None)], True),
    ("mt-received", "Vietnamese President Pham Thu Ha received Kenyan Trade Minister Grace Achieng "
     "on Tuesday.", [("Meeting", "2024-05-14", [HA, ACHIENG], None)], True),
    ("mt-called-on", "Kenyan Trade Minister Grace Achieng called on Vietnamese President Pham Thu "
     "Ha on Tuesday.", [("Meeting", "2024-05-14", [ACHIENG, HA], None)], True),
    ("mt-courtesy-call", "Kenyan Trade Minister Grace Achieng paid a courtesy call on Vietnamese "
     "President Pham Thu Ha on Tuesday.", [("Meeting", "2024-05-14", [ACHIENG, HA], None)], True),
    ("mt-hosted", "Vietnamese President Pham Thu Ha hosted Kenyan Trade Minister Grace Achieng at "
     "the presidential palace on Tuesday.", [("Meeting", "2024-05-14", [HA, ACHIENG], None)], True),
    ("mt-meetings-with-three", "On Tuesday, Kenyan Trade Minister Grace Achieng held meetings with "
     "Vietnamese Trade Minister Le Van Loc, Finance Minister Nguyen Thi Nga and Transport "
     "Minister Peter Otieno.",
     [("Meeting", "2024-05-14", [ACHIENG, LOC], None), ("Meeting", "2024-05-14", [ACHIENG, NGA], None),
      ("Meeting", "2024-05-14", [ACHIENG, OTIENO], None)], True),
    ("mt-during-visit-met", "During her visit to Vietnam, Kenyan Trade Minister Grace Achieng met "
     "Vietnamese Trade Minister Le Van Loc on Tuesday.",
     [("Event", "2024-05", [ACHIENG, "VN"], "VN"), ("Meeting", "2024-05-14", [ACHIENG, LOC], None)],
     True),
    ("mt-during-trip-two-places", "During his trip to Vietnam and Laos, Kenyan President Daniel "
     "Mwangi met Vietnamese President Pham Thu Ha on Tuesday.",
     [("Event", "2024-05", [MWANGI, "VN"], "VN"), ("Event", "2024-05", [MWANGI, "LA"], "LA"),
      ("Meeting", "2024-05-14", [MWANGI, HA], None)], True),
    ("mt-sat-down", "Kenyan Trade Minister Grace Achieng sat down with Vietnamese Trade Minister "
     "Le Van Loc on Tuesday to discuss rice exports.",
     [("Meeting", "2024-05-14", [ACHIENG, LOC], None)], True),
    # --- calls
    ("mt-pair-sat-down", "Kenyan Trade Minister Grace Achieng and Vietnamese Trade Minister Le Van "
     "Loc sat down on Tuesday to discuss rice exports.",
     [("Meeting", "2024-05-14", [ACHIENG, LOC], None)], True),
    ("call-phone", "Kenyan President Daniel Mwangi held a phone call with Vietnamese President Pham "
     "Thu Ha on Wednesday.", [("Meeting", "2024-05-15", [MWANGI, HA], None)], True),
    ("call-spoke-by-phone", "Kenyan President Daniel Mwangi spoke by phone with Vietnamese "
     "President Pham Thu Ha on Wednesday.", [("Meeting", "2024-05-15", [MWANGI, HA], None)], True),
    ("call-telephone-conversation", "Kenyan President Daniel Mwangi had a telephone conversation "
     "with Vietnamese President Pham Thu Ha on Wednesday.",
     [("Meeting", "2024-05-15", [MWANGI, HA], None)], True),
    ("call-video", "Kenyan President Daniel Mwangi and Vietnamese President Pham Thu Ha held a "
     "video call on Wednesday.", [("Meeting", "2024-05-15", [MWANGI, HA], None)], True),
    ("call-video-conference", "Kenyan President Daniel Mwangi held talks with Vietnamese President "
     "Pham Thu Ha via video link on Wednesday.", [("Meeting", "2024-05-15", [MWANGI, HA], None)],
     True),
    # --- forums, conferences, joint commissions, summits
    ("fo-was-held", "The Kenya-Vietnam Business Forum was held in Hanoi on Tuesday.",
     [("Meeting", "2024-05-14", [], "VN")], True),
    ("fo-took-place", "A Kenya-Vietnam investment forum took place in Hanoi on Tuesday.",
     [("Meeting", "2024-05-14", [], "VN")], True),
    ("fo-opened", "The Kenya-Vietnam Business Forum opened in Hanoi on Tuesday.",
     [("Meeting", "2024-05-14", [], "VN")], True),
    ("fo-kicked-off", "The Kenya-Vietnam Business Forum kicked off in Hanoi on Tuesday.",
     [("Meeting", "2024-05-14", [], "VN")], True),
    ("fo-concluded", "The Kenya-Vietnam Business Forum concluded in Hanoi on Wednesday.",
     [("Meeting", "2024-05-15", [], "VN")], True),
    ("fo-attended", "Kenyan Trade Minister Grace Achieng attended the Kenya-Vietnam Business Forum "
     "in Hanoi on Tuesday.", [("Meeting", "2024-05-14", [ACHIENG], "VN")], True),
    ("fo-addressed", "Kenyan Trade Minister Grace Achieng addressed the Kenya-Vietnam Business "
     "Forum in Hanoi on Tuesday.", [("Meeting", "2024-05-14", [ACHIENG], "VN")], True),
    ("fo-took-part", "Kenyan Trade Minister Grace Achieng took part in an investment conference in "
     "Hanoi on Tuesday.", [("Meeting", "2024-05-14", [ACHIENG], "VN")], True),
    ("jc-co-chaired", "Kenyan Trade Minister Grace Achieng and Vietnamese Trade Minister Le Van Loc "
     "co-chaired the fourth session of the Kenya-Vietnam Joint Commission in Hanoi on Tuesday.",
     [("Meeting", "2024-05-14", [ACHIENG, LOC], "VN")], True),
    ("jc-session-held", "The fourth session of the Kenya-Vietnam Joint Commission was held in "
     "Nairobi on Tuesday.", [("Meeting", "2024-05-14", [], "KE")], True),
    ("su-held", "The Africa-Asia Summit was held in Nairobi on Tuesday.",
     [("Summit", "2024-05-14", [], "KE")], True),
    ("su-sidelines", "On the sidelines of the Africa-Asia Summit in Nairobi on Tuesday, Kenyan "
     "President Daniel Mwangi met Vietnamese President Pham Thu Ha.",
     [("Meeting", "2024-05-14", [MWANGI, HA], None)], False),
    # --- press briefings
    ("pb-press-conference", "Kenyan Trade Minister Grace Achieng told a press conference in Hanoi "
     "on Tuesday that exports would grow.", [("PressBriefing", "2024-05-14", [ACHIENG], None)],
     False),
    ("pb-briefing", "Vietnamese foreign ministry spokesperson Nguyen Thi Nga said at a regular "
     "briefing on Wednesday that the talks went well.",
     [("PressBriefing", "2024-05-15", [NGA], None)], False),
    ("pb-joint-press", "Kenyan President Daniel Mwangi and Vietnamese President Pham Thu Ha held a "
     "joint press conference on Wednesday.", [("PressBriefing", "2024-05-15", [MWANGI, HA], None)],
     False),
    # --- openings, launches, ceremonies
    ("op-inaugurated", "Kenyan President Daniel Mwangi inaugurated a Vietnamese-built rice mill in "
     "Kisumu on Tuesday.", [("Event", "2024-05-14", [MWANGI], "KE")], False),
    ("op-opened", "Kenyan Trade Minister Grace Achieng opened a Kenyan trade office in Hanoi on "
     "Tuesday.", [("Event", "2024-05-14", [ACHIENG], "VN")], False),
    ("op-launched", "Kenya and Vietnam launched a joint rice research programme in Nairobi on "
     "Tuesday.", [("Event", "2024-05-14", [], "KE")], False),
    ("op-ceremony-held", "A ceremony marking the handover of ten tractors to Kenya was held in "
     "Nairobi on Tuesday.", [("Event", "2024-05-14", [], "KE")], False),
    ("op-signing-ceremony", "Kenyan Trade Minister Grace Achieng and Vietnamese Trade Minister Le "
     "Van Loc attended a signing ceremony in Hanoi on Tuesday.",
     [("Event", "2024-05-14", [ACHIENG, LOC], "VN")], False),
    # --- foundings and diplomatic relations
    ("fd-established-on", "Kenya and Vietnam established diplomatic relations on December 21, "
     "1995.", [("Event", "1995-12-21", [], None)], True),
    ("fd-since-establishment", "Trade has grown fivefold since the establishment of "
     "Kenyan-Vietnamese diplomatic ties in 1995.", [("Event", "1995", [], None)], True),
    ("fd-founded-in", "The Kenya-Vietnam Friendship Association was founded in 2003.",
     [("Event", "2003", [], None)], True),
    # --- date forms
    ("dt-last-week", "Kenyan Trade Minister Grace Achieng met Vietnamese Trade Minister Le Van Loc "
     "last week.", [("Meeting", "2024-05", [ACHIENG, LOC], None)], True),
    ("dt-month-only", "Kenyan Trade Minister Grace Achieng met Vietnamese Trade Minister Le Van Loc "
     "in March.", [("Meeting", "2024-03", [ACHIENG, LOC], None)], True),
    ("dt-year-only", "Kenyan Trade Minister Grace Achieng met Vietnamese Trade Minister Le Van Loc "
     "in 2019.", [("Meeting", "2019", [ACHIENG, LOC], None)], True),
    ("dt-planned-with-day", "Kenyan Trade Minister Grace Achieng will meet Vietnamese Trade "
     "Minister Le Van Loc in Nairobi on 3 June.", [("Meeting", "2024-06-03", [ACHIENG, LOC], None)],
     True),
    ("dt-two-occasions", "Kenyan Trade Minister Grace Achieng met Vietnamese Trade Minister Le Van "
     "Loc on Tuesday. The two ministers had last met in Nairobi in February.",
     [("Meeting", "2024-05-14", [ACHIENG, LOC], None), ("Meeting", "2024-02", [], None)], True),
    ("dt-wire-weekday-met", "Kenyan President Daniel Mwangi Tuesday met Vietnamese President Pham "
     "Thu Ha.", [("Meeting", "2024-05-14", [MWANGI, HA], None)], True),
    ("dt-wire-weekday-talks", "Kenyan Trade Minister Grace Achieng Tuesday held talks with "
     "Vietnamese Trade Minister Le Van Loc.", [("Meeting", "2024-05-14", [ACHIENG, LOC], None)], True),
    ("dt-wire-weekday-visited", "Kenyan Trade Minister Grace Achieng Tuesday visited Vietnam.",
     [("Event", "2024-05-14", [ACHIENG, "VN"], "VN")], True),
    ("dt-wire-weekday-received", "Vietnamese President Pham Thu Ha Wednesday received Kenyan Trade "
     "Minister Grace Achieng.", [("Meeting", "2024-05-15", [HA, ACHIENG], None)], True),
    ("dt-met-and-again", "Kenyan President Daniel Mwangi met Vietnamese President Pham Thu Ha on "
     "Monday and again on Wednesday.",
     [("Meeting", "2024-05-13", [MWANGI, HA], None), ("Meeting", "2024-05-15", [MWANGI, HA], None)],
     True),
    ("dt-weekday-dateline", "HANOI, May 14 -- Kenyan Trade Minister Grace Achieng met Vietnamese "
     "Trade Minister Le Van Loc here on Tuesday.", [("Meeting", "2024-05-14", [ACHIENG, LOC], None)],
     True),
    ("more-flew-who-arrived", "Kenyan Trade Minister Grace Achieng, who arrived in Hanoi on Monday, met "
     "Vietnamese Trade Minister Le Van Loc on Tuesday.",
     [("Event", "2024-05-13", [ACHIENG, "VN"], "VN"), ("Meeting", "2024-05-14", [ACHIENG, LOC], None)],
     True),
    ("mt-conferred", "Kenyan Trade Minister Grace Achieng conferred with Vietnamese Trade Minister "
     "Le Van Loc on Tuesday.", [("Meeting", "2024-05-14", [ACHIENG, LOC], None)], True),
    ("mt-exchanged-views", "Kenyan Trade Minister Grace Achieng exchanged views with Vietnamese "
     "Trade Minister Le Van Loc on Tuesday.", [("Meeting", "2024-05-14", [ACHIENG, LOC], None)], True),
    ("call-received-from", "Kenyan President Daniel Mwangi received a phone call from Vietnamese "
     "President Pham Thu Ha on Wednesday.", [("Meeting", "2024-05-15", [MWANGI, HA], None)], True),
    ("call-telephoned", "Vietnamese President Pham Thu Ha telephoned Kenyan President Daniel Mwangi "
     "on Wednesday.", [("Meeting", "2024-05-15", [HA, MWANGI], None)], True),
    ("fo-apposition-held", "The forum, held in Hanoi on Tuesday, drew 300 companies from Kenya and "
     "Vietnam.", [("Meeting", "2024-05-14", [], "VN")], True),
    ("su-will-attend", "Kenyan President Daniel Mwangi will attend the Africa-Asia Summit in Nairobi "
     "on June 3.", [("Summit", "2024-06-03", [MWANGI], "KE")], True),
    ("fd-embassy-opened", "Kenya opened its embassy in Hanoi in 2005.", [("Event", "2005", [], "VN")],
     True),
    # must not change: another occasion's passive after the visit's clause
    ("sv-after-talks-postponed", "Kenyan President Daniel Mwangi began a state visit to Vietnam on "
     "Monday, after talks in Uganda were postponed.",
     [("StateVisit", "2024-05-13", [MWANGI, "VN"], "VN")], True),
    # must not change: a wish with the occasion's time is a planned occasion with its time
    ("fw-visit-with-day", "Vietnamese President Pham Thu Ha said she looked forward to the state "
     "visit of Kenyan President Daniel Mwangi on June 3.",
     [("StateVisit", "2024-06-03", [MWANGI], "VN")], True),
    ("ov-visited-range", "Kenyan Trade Minister Grace Achieng visited Hanoi on May 2-4.",
     [("Event", "2024-05-02", [ACHIENG, "VN"], "VN")], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("neg-plan-no-time", "Kenyan President Daniel Mwangi plans to visit Vietnam."),
    ("neg-plan-invited", "Vietnamese President Pham Thu Ha invited Kenyan President Daniel Mwangi "
     "to visit Vietnam at a convenient time."),
    ("neg-looked-forward", "Kenyan Trade Minister Grace Achieng said she looked forward to meeting "
     "Vietnamese Trade Minister Le Van Loc."),
    ("neg-postponed", "The state visit of Kenyan President Daniel Mwangi to Vietnam has been "
     "postponed."),
    ("neg-cancelled", "Kenyan President Daniel Mwangi cancelled his planned visit to Vietnam."),
    ("neg-regular-meetings", "Kenya and Vietnam hold regular meetings on trade and farming."),
    ("neg-high-level-exchanges", "High-level exchanges between Kenya and Vietnam have grown "
     "closer in recent years."),
    ("neg-anniversary", "Kenya and Vietnam celebrate the 30th anniversary of their diplomatic "
     "relations this year."),
    ("neg-years-ago", "Kenya and Vietnam established diplomatic relations 29 years ago."),
    ("neg-bare-signing", "Kenya and Vietnam signed a memorandum of understanding on rice trade on "
     "Tuesday."),
    ("neg-agreed-to-meet", "The two ministers agreed to meet regularly."),
    ("neg-visit-generic", "Visits by officials of both countries have become more frequent."),
    ("neg-looks-forward-talks", "Kenyan Trade Minister Grace Achieng said she looks forward to "
     "further talks with Vietnamese Trade Minister Le Van Loc."),
    ("neg-called-off", "The visit of Kenyan President Daniel Mwangi to Vietnam was called off."),
    ("neg-was-postponed", "Kenyan President Daniel Mwangi's visit to Vietnam was postponed."),
    ("neg-deferred", "The official visit of Kenyan Trade Minister Grace Achieng to Vietnam, planned "
     "for Tuesday, has been deferred."),
    ("neg-talks-postponed-day", "Talks between Kenyan Trade Minister Grace Achieng and Vietnamese "
     "Trade Minister Le Van Loc, scheduled for Tuesday, were postponed."),
    ("neg-summit-called-off", "The Africa-Asia Summit planned for June 3 in Nairobi has been "
     "called off."),
    ("neg-put-off", "The meeting between the two ministers has been put off."),
    ("neg-hopes-to-visit", "Kenyan President Daniel Mwangi hopes to visit Vietnam."),
    ("neg-would-like", "Kenyan Trade Minister Grace Achieng would like to visit Vietnam."),
    ("neg-expected-talks", "Talks between Kenya and Vietnam are expected to be held soon."),
    ("neg-looking-forward-visit", "Vietnamese President Pham Thu Ha said she was looking forward "
     "to the visit of Kenyan President Daniel Mwangi."),
    ("neg-visit-cancelled-passive", "A planned visit to Vietnam by Kenyan President Daniel Mwangi "
     "has been cancelled."),
]

XFAIL: dict[str, str] = {
    "dt-met-and-again": "'met X on Monday and again on Wednesday': the second day is a second "
                        "occasion, read as none",
}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
