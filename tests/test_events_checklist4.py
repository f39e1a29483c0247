"""A fourth checklist of event constructions, aimed at what the blind sets show: events dated by
the publication month or year although their own clause or episode states the time, and events
with no prediction at all.  Dates: a day given anywhere in the event's clause (after a long
apposition of titles, in a leading adverbial, in a dateline of any publisher's form); an earlier
event's own year ('in 2019 the two leaders met', 'his 2019 state visit', 'the forum, held in
Nairobi in 2015,', 'in March last year', 'visited X in 2015 and 2019'); a month after the
publication month is last year's.  Events: ministers' visits under way ('who is currently
visiting'), ceremonies of every kind ('a ribbon-cutting ceremony', 'a ceremony was held to mark
X', 'laid the foundation stone', 'broke ground'), openings and commissionings, festivals and
fairs; meetings by a call ('phoned'), an audience ('was received in audience by', 'granted an
audience to'), a body that met ('the joint commission last met in ...'), a delegation met, an
office holder met without a name; 'a day later' after a dated sentence, a day in brackets.
Every sentence is invented.  PUBLISHED (test_event_forms) is Thursday 16 May 2024."""

from __future__ import annotations

import pytest
from tests.test_event_forms import Expected, check

A, M = "Amina Odhiambo", "Joseph Mrema"
ROWS: list[tuple[str, str, list[Expected], bool]] = [
    ("leading-date-pair-met", "On 14 March, Kenyan President Amina Odhiambo and Tanzanian "
     "President Joseph Mrema met in Arusha.",
     [("Meeting", "2024-03-14", [A, M], None)], True),
    ("yesterday-opened-fair", "Kenyan Trade Minister Amina Odhiambo yesterday opened the "
     "Kenya-Tanzania Trade Fair in Arusha.",
     [("Event", "2024-05-15", [], None)], True),
    ("dateline-launched", "NAIROBI, May 14 (Xinhua) -- Kenya and Tanzania launched the East "
     "African Digital Corridor in Nairobi.",
     [("Event", "2024-05-14", [], None)], True),
    ("episode-held-talks", "Kenyan President Amina Odhiambo arrived in Tanzania on Monday for a "
     "two-day state visit. The two leaders held talks at the State House.",
     [("StateVisit", "2024-05-13", [A, "TZ"], "TZ"), ("Meeting", "2024-05-13", ["KE", "TZ"], None)], True),
    ("sidelines-pair-dated", "Kenyan Foreign Minister Amina Odhiambo met her Tanzanian counterpart "
     "Joseph Mrema on the sidelines of the African Union Summit in Addis Ababa on 10 February.",
     [("Meeting", "2024-02-10", [A, M], None), ("Summit", "2024-02-10", [], None)], False),
    ("leading-date-hosted", "On Tuesday, Tanzanian President Joseph Mrema hosted Kenyan President "
     "Amina Odhiambo at the State House in Dodoma.",
     [("Meeting", "2024-05-14", [M, A], None)], False),
    ("relative-clause-two-dates", "Kenyan Foreign Minister Amina Odhiambo, who arrived in Dodoma "
     "on Monday, met Tanzanian President Joseph Mrema on Tuesday.",
     [("Event", "2024-05-13", [A, "TZ"], "TZ"), ("Meeting", "2024-05-14", [A, M], None)], True),
    ("in-2019-two-leaders-met", "Kenyan President Amina Odhiambo and Tanzanian President Joseph "
     "Mrema spoke by phone on Monday. In 2019, the two leaders met in Mombasa.",
     [("Meeting", "2024-05-13", [A, M], None), ("Meeting", "2019", [], None)], True),
    ("last-visited-in-year", "Tanzanian President Joseph Mrema will visit Kenya on 3 June. Mrema "
     "last visited Kenya in 2019.",
     [("Event", "2024-06-03", [M, "KE"], "KE"), ("Event", "2019", [M, "KE"], "KE")], True),
    ("during-visit-last-year", "Tanzanian Foreign Minister Joseph Mrema signed a trade deal with "
     "Kenya during his visit to Nairobi last year.",
     [("Event", "2023", [M, "KE"], "KE")], False),
    ("forum-held-in-later-month", "The Kenya-Tanzania Investment Forum held in November attracted "
     "500 companies.",
     [("Meeting", "2023-11", [], None)], True),
    ("recalled-meeting-year", "Odhiambo recalled her meeting with Tanzanian President Joseph Mrema "
     "in Arusha in 2021.",
     [("Meeting", "2021", [], None)], False),
    ("first-met-at-summit", "Kenyan President Amina Odhiambo and Tanzanian President Joseph Mrema "
     "first met at the Africa Climate Summit in Nairobi in September 2023.",
     [("Meeting", "2023-09", [A, M], None), ("Summit", "2023-09", [], None)], False),
    ("commission-last-met", "Kenyan Foreign Minister Amina Odhiambo met Tanzanian Foreign Minister "
     "Joseph Mrema on Monday. The joint commission last met in Nairobi in November.",
     [("Meeting", "2024-05-13", [A, M], None), ("Meeting", "2023-11", [], None)], False),
    ("previously-held-talks-year", "Kenyan President Amina Odhiambo met Tanzanian President Joseph "
     "Mrema in Dodoma on Tuesday. The two leaders previously held talks in Nairobi in 2022.",
     [("Meeting", "2024-05-14", [A, M], None), ("Meeting", "2022", [], None)], True),
    ("laid-foundation-stone", "Kenyan Energy Minister Amina Odhiambo laid the foundation stone of "
     "the Kisumu Solar Power Plant on Monday.",
     [("Event", "2024-05-13", [A], None)], True),
    ("officially-opened-exhibition", "Tanzanian Trade Minister Joseph Mrema officially opened the "
     "Kenya Week exhibition in Dar es Salaam on Wednesday.",
     [("Event", "2024-05-15", [], None)], True),
    ("inaugurated-school", "Kenyan Education Minister Amina Odhiambo inaugurated the "
     "Kenya-Tanzania Friendship School in Arusha on Monday.",
     [("Event", "2024-05-13", [], None)], True),
    ("opened-its-doors", "The Kenya Trade Office in Tanzania opened its doors in Dar es Salaam on "
     "Monday.",
     [("Event", "2024-05-13", [], None)], True),
    ("embassy-hosted-festival", "The Kenyan Embassy in Dodoma hosted a cultural festival on "
     "Saturday.",
     [("Event", "2024-05-11", [], None)], True),
    ("commissioned-terminal", "Kenyan Transport Minister Amina Odhiambo commissioned the new "
     "Mombasa Cargo Terminal on Tuesday.",
     [("Event", "2024-05-14", [], None)], True),
    ("ceremony-marking", "A ceremony marking the handover of 20 ambulances to Tanzania was held in "
     "Dodoma on Wednesday.",
     [("Event", "2024-05-15", [], None)], True),
    ("commission-set-up", "The Kenya-Tanzania Joint Permanent Commission was set up in 2001.",
     [("Event", "2001", [], None)], True),
    ("delegation-led-by-met", "A Kenyan delegation led by Trade Minister Amina Odhiambo met "
     "Tanzanian Prime Minister Joseph Mrema on Tuesday.",
     [("Meeting", "2024-05-14", [A, M], None)], False),
    ("met-delegation-led-by", "Tanzanian Prime Minister Joseph Mrema met a Kenyan business "
     "delegation led by Trade Minister Amina Odhiambo in Dodoma on Tuesday.",
     [("Meeting", "2024-05-14", [M, A], None)], False),
    ("no-more-meetings", "Kenya and Tanzania will hold more meetings in future.",
     [], True),
    ("long-apposition-date", "Kenyan Foreign Minister Amina Odhiambo held talks with Joseph Mrema, "
     "Tanzania's Minister of Foreign Affairs and East African Cooperation, in Dodoma on Tuesday.",
     [("Meeting", "2024-05-14", [A, M], None)], True),
    ("participial-held-year", "The first Kenya-Tanzania Business Forum, held in Nairobi in 2015, "
     "attracted 300 companies.",
     [("Meeting", "2015", [], None)], True),
    ("year-modifier-summit", "At the 2019 Kenya-Tanzania Summit in Arusha, the two presidents "
     "agreed to build a railway.",
     [("Summit", "2019", [], None)], True),
    ("year-modifier-visit", "Tanzanian President Joseph Mrema recalled his 2019 state visit to "
     "Kenya.",
     [("StateVisit", "2019", [M, "KE"], "KE")], True),
    ("month-last-year", "Tanzanian President Joseph Mrema paid a state visit to Kenya in March "
     "last year.",
     [("StateVisit", "2023-03", [M, "KE"], "KE")], True),
    ("day-month-last-year", "Kenyan Foreign Minister Amina Odhiambo met Tanzanian Foreign Minister "
     "Joseph Mrema on 3 March last year.",
     [("Meeting", "2023-03-03", [A, M], None)], True),
    ("visited-two-years", "Tanzanian Foreign Minister Joseph Mrema visited Kenya in 2015 and 2019.",
     [("Event", "2015", [M, "KE"], "KE"), ("Event", "2019", [M, "KE"], "KE")], True),
    ("dateline-dmy-paper", "Dodoma, 14 May 2024 (Daily News) - Tanzanian President Joseph Mrema "
     "received Kenyan Foreign Minister Amina Odhiambo at the State House.",
     [("Meeting", "2024-05-14", [M, A], None)], True),
    ("dateline-colon", "ISLAMABAD, May 14 (APP): Pakistani Foreign Minister Amina Odhiambo held "
     "talks with Tanzanian Foreign Minister Joseph Mrema here.",
     [("Meeting", "2024-05-14", [A, M], None)], True),
    ("dateline-bracket-country", "New Delhi [India], May 14 (ANI): Indian External Affairs "
     "Minister Amina Odhiambo met Tanzanian Foreign Minister Joseph Mrema.",
     [("Meeting", "2024-05-14", [A, M], None)], True),
    ("talks-next-sentence-date", "Kenyan Foreign Minister Amina Odhiambo and Tanzanian Foreign "
     "Minister Joseph Mrema held talks in Arusha. The talks took place on Tuesday at the Arusha "
     "International Conference Centre.",
     [("Meeting", "2024-05-14", [A, M], None)], True),
    ("possessive-weekday", "Tuesday's talks between Kenyan President Amina Odhiambo and Tanzanian "
     "President Joseph Mrema focused on trade.",
     [("Meeting", "2024-05-14", [A, M], None)], True),
    ("ordinal-of-month", "Kenyan President Amina Odhiambo met Tanzanian President Joseph Mrema in "
     "Arusha on the 14th of May.",
     [("Meeting", "2024-05-14", [A, M], None)], True),
    ("weekday-comma-day", "Kenyan President Amina Odhiambo met Tanzanian President Joseph Mrema in "
     "Arusha on Tuesday, 14 May.",
     [("Meeting", "2024-05-14", [A, M], None)], True),
    ("ribbon-cutting", "Kenyan Trade Minister Amina Odhiambo attended a ribbon-cutting ceremony at "
     "the new Kenya-Tanzania border post on Monday.",
     [("Event", "2024-05-13", [A], None)], True),
    ("wreath-laying", "Tanzanian President Joseph Mrema took part in a wreath-laying ceremony in "
     "Nairobi on Tuesday.",
     [("Event", "2024-05-14", [M], None)], True),
    ("broke-ground", "Kenyan President Amina Odhiambo and Tanzanian President Joseph Mrema broke "
     "ground on the Namanga Bridge on Wednesday.",
     [("Event", "2024-05-15", [A, M], None)], True),
    ("currently-visiting", "Kenyan Foreign Minister Amina Odhiambo, who is currently visiting "
     "Tanzania, met Tanzanian President Joseph Mrema on Tuesday.",
     [("Event", "2024-05", [A, "TZ"], "TZ"), ("Meeting", "2024-05-14", [A, M], None)], True),
    ("met-delegation-of-company", "Tanzanian President Joseph Mrema met a delegation of the Kenya "
     "Power and Lighting Company in Dodoma on Tuesday.",
     [("Meeting", "2024-05-14", [M], None)], True),
    ("business-forum-took-place", "A Kenya-Tanzania business forum took place in Mombasa on "
     "Tuesday.",
     [("Meeting", "2024-05-14", [], None)], True),
    ("addressed-business-forum", "Kenyan Trade Minister Amina Odhiambo addressed a business forum "
     "in Dar es Salaam on Wednesday.",
     [("Meeting", "2024-05-15", [A], None)], True),
    ("phoned", "Kenyan President Amina Odhiambo phoned Tanzanian President Joseph Mrema on Monday.",
     [("Meeting", "2024-05-13", [A, M], None)], True),
    ("received-in-audience", "Kenyan Foreign Minister Amina Odhiambo was received in audience by "
     "Tanzanian President Joseph Mrema on Monday.",
     [("Meeting", "2024-05-13", [A, M], None)], True),
    ("granted-audience", "Tanzanian President Joseph Mrema granted an audience to Kenyan Foreign "
     "Minister Amina Odhiambo on Monday.",
     [("Meeting", "2024-05-13", [A, M], None)], True),
    ("body-met", "The Kenya-Tanzania Joint Trade Committee met in Arusha on Monday.",
     [("Meeting", "2024-05-13", [], None)], True),
    ("indefinite-ceremony-held", "A ceremony was held in Dodoma on Wednesday to mark the handover "
     "of 20 ambulances to Tanzania.",
     [("Event", "2024-05-15", [], None)], True),
    ("festival-opened", "The Kenyan Cultural Festival opened in Dar es Salaam on Saturday.",
     [("Event", "2024-05-11", [], None)], True),
    ("told-press-conference", "Tanzanian President Joseph Mrema told a press conference in Dodoma "
     "on Tuesday that trade had doubled.",
     [("PressBriefing", "2024-05-14", [M], None)], True),
    ("lead-subordinate-year", "In 2019, when Tanzanian President Joseph Mrema visited Kenya, the "
     "two countries signed a trade agreement.",
     [("Event", "2019", [M, "KE"], "KE")], True),
    ("since-relations-year", "Kenya and Tanzania have maintained diplomatic relations since 1964.",
     [], True),
    ("visit-was-in-year", "Mrema's last state visit to Kenya was in 2018.",
     [("StateVisit", "2018", [], None)], True),
    ("video-conference-year-earlier", "Kenyan President Amina Odhiambo met Tanzanian President "
     "Joseph Mrema in Arusha on Tuesday. The two leaders had held a video conference in June 2023.",
     [("Meeting", "2024-05-14", [A, M], None), ("Meeting", "2023-06", [], None)], True),
    ("visited-years-ago", "Tanzanian Foreign Minister Joseph Mrema visited Kenya two years ago.",
     [("Event", "2022", [M, "KE"], "KE")], True),
    ("visit-dated-by-its-arrival", "Tanzanian President Joseph Mrema held talks with visiting "
     "Kenyan President Amina Odhiambo on Tuesday. Odhiambo, who arrived in Dodoma on Monday for a "
     "three-day state visit, also met Tanzanian Prime Minister Hamisi Kassim.",
     [("StateVisit", "2024-05-13", [A, "TZ"], "TZ"), ("Meeting", "2024-05-14", [M, A], None)], False),
    ("met-unnamed-ambassador", "Kenyan Foreign Minister Amina Odhiambo met the Chinese Ambassador "
     "to Kenya on Monday.", [("Meeting", "2024-05-13", [A], None)], True),
    ("received-unnamed-governor", "Kenyan President Amina Odhiambo received the Governor of the "
     "Bank of Tanzania at State House on Tuesday.", [("Meeting", "2024-05-14", [A], None)], True),
    ("met-demands-no-meeting", "Kenyan Foreign Minister Amina Odhiambo said the plan met the "
     "demands of the governor.", [], True),
    ("passive-inaugurated-by", "The new Namanga border post was inaugurated by Kenyan President "
     "Amina Odhiambo on Monday.", [("Event", "2024-05-13", [A], None)], True),
    ("passive-opened-named-thing", "The Kenya-Tanzania Friendship Bridge was officially opened on "
     "Tuesday.", [("Event", "2024-05-14", [], None)], True),
    ("opened-exhibition-lowercase", "Tanzanian Trade Minister Joseph Mrema opened an exhibition of "
     "Kenyan products in Dodoma on Wednesday.", [("Event", "2024-05-15", [M], None)], True),
    ("working-visit-to-a-body", "Kenyan Education Minister Amina Odhiambo paid a working visit to "
     "the University of Dodoma on Tuesday.", [("Event", "2024-05-14", [A], None)], True),
    ("a-day-later", "Kenyan Foreign Minister Amina Odhiambo arrived in Dodoma on 6 May. A day "
     "later, she held talks with Tanzanian Foreign Minister Joseph Mrema.",
     [("Event", "2024-05-06", [A, "TZ"], "TZ"), ("Meeting", "2024-05-07", [A, M], None)], True),
    ("weekday-bracketed-day", "Kenyan President Amina Odhiambo met Tanzanian President Joseph "
     "Mrema on Monday (6 May) in Arusha.", [("Meeting", "2024-05-06", [A, M], None)], True),
    ("launched-at-a-meeting", "The Kenya-Tanzania Blue Economy Partnership was launched at a "
     "meeting in Arusha on Wednesday between Kenyan Foreign Minister Amina Odhiambo and Tanzanian "
     "Foreign Minister Joseph Mrema.", [("Meeting", "2024-05-15", [A, M], None)], True),
]


@pytest.mark.parametrize("name,text,expected,exact", [pytest.param(*row, id=row[0]) for row in ROWS])
def test_event_dated_or_found(name: str, text: str, expected: list[Expected], exact: bool) -> None:
    check(text, expected, exact)
