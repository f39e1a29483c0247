"""A probe of events written from the English that wire services and ministries commonly use,
not from any article (session 28, helper h): briefings named without 'press' ('told a daily
briefing'), meetings of two countries' officials named by a plural office ('Indian and
Bangladeshi officials met in Dhaka', 'Officials from Kenya and Uganda met'), a ceremony told
with 'the' and its purpose ('The ceremony to launch the railway was held in X on <date>'),
'A and B held the first round of <meeting noun>', and openings in the passive with their maker
('The new hospital was officially opened on Friday by Health Minister X').

Rows are read against Thursday 16 May 2024 (Sunday 12, Monday 13, Tuesday 14, Friday 10 May).
Every person is invented; countries are real."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

MAO, HUA = "Mao Lin", "Hua Lin"

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # --- briefings a ministry holds on schedule, without 'press' or 'news'
    ("told-a-daily-briefing", "Chinese Foreign Ministry spokesperson Mao Lin told a daily briefing "
     "on Monday that the talks were productive.", [("PressBriefing", "2024-05-13", [MAO], None)], True),
    ("told-the-regular-briefing", "Mao Lin told the regular briefing on Monday that China supports "
     "the plan.", [("PressBriefing", "2024-05-13", [MAO], None)], True),
    ("said-at-a-routine-briefing", "Spokeswoman Hua Lin said at a routine briefing on Friday that "
     "the visit would boost ties.", [("PressBriefing", "2024-05-10", [HUA], None)], True),
    ("weekly-briefing", "Spokeswoman Hua Lin told a weekly briefing on Tuesday that the border "
     "was calm.", [("PressBriefing", "2024-05-14", [HUA], None)], True),
    # --- two countries' officials, named by a plural office, met
    ("demonym-officials-met", "Indian and Bangladeshi officials met in Dhaka on Thursday to discuss "
     "border management.", [("Meeting", "2024-05-16", ["IN", "BD"], "BD")], True),
    ("demonym-foreign-secretaries-met", "Indian and Bangladeshi foreign secretaries met in Dhaka on "
     "Thursday.", [("Meeting", "2024-05-16", ["IN", "BD"], "BD")], True),
    ("officials-from-a-and-b-met", "Officials from Kenya and Uganda met in Kampala on Monday.",
     [("Meeting", "2024-05-13", ["KE", "UG"], "UG")], True),
    ("border-officials-met", "Kazakh and Uzbek border officials met in Shymkent on Friday.",
     [("Meeting", "2024-05-10", ["KZ", "UZ"], "KZ")], True),
    ("delegations-of-a-and-b-met", "The delegations of Russia and Mongolia met in Moscow on April 2.",
     [("Meeting", "2024-04-02", ["RU", "MN"], "RU")], True),
    ("negotiators-met", "Chinese and American negotiators met in Geneva on Saturday.",
     [("Meeting", "2024-05-11", ["CN", "US"], None)], True),
    # --- a ceremony introduced by 'the' with what it is held to do
    ("the-ceremony-to-launch-was-held", "The ceremony to launch the China-Laos railway was held in "
     "Vientiane on December 3, 2021.", [("Event", "2021-12-03", [], "LA")], True),
    ("the-ceremony-marking-took-place", "The ceremony marking the handover of the bridge took place "
     "in Lusaka on Friday.", [("Event", "2024-05-10", [], "ZM")], True),
    ("speaking-at-the-ceremony-to-launch", "Speaking at the ceremony to launch the new rail line in "
     "Mombasa on Monday, Kenyan President Daniel Orwa said the project would create jobs.",
     [("Event", "2024-05-13", ["Daniel Orwa"], "KE")], True),
    ("a-ceremony-to-mark-was-held", "A ceremony to mark the 30th anniversary of diplomatic ties was "
     "held in Hanoi on Tuesday.", [("Event", "2024-05-14", [], "VN")], True),
    # --- 'held the Nth round of <meeting noun>': the round counts one occasion
    ("held-first-round-of-consultations", "Kenya and China held the first round of political "
     "consultations in Nairobi on Monday.", [("Meeting", "2024-05-13", ["KE", "CN"], "KE")], True),
    ("held-first-round-between-ministries", "Kenya and China held the first round of political "
     "consultations between their foreign ministries in Nairobi on Monday.",
     [("Meeting", "2024-05-13", ["KE", "CN"], "KE")], True),
    ("held-third-round-of-dialogue", "Kenya and China held the third round of strategic dialogue in "
     "Beijing on Monday.", [("Meeting", "2024-05-13", ["KE", "CN"], "CN")], True),
    # --- an opening told in the passive with its maker after 'by'
    ("officially-opened-on-day-by", "The new hospital was officially opened on Friday by Health "
     "Minister Mary Otieno.", [("Event", "2024-05-10", ["Mary Otieno"], None)], True),
    ("inaugurated-by-on-day", "The hospital was inaugurated by President Daniel Orwa on Friday.",
     [("Event", "2024-05-10", ["Daniel Orwa"], None)], True),
    ("inaugurated-by-two-makers", "The bridge was inaugurated on Friday by Kenyan President Daniel "
     "Orwa and Chinese Ambassador Zhou Ping.",
     [("Event", "2024-05-10", ["Daniel Orwa", "Zhou Ping"], None)], True),
    ("initiative-launched-by-in-month", "The grant falls under the Blue Harbour Partnership "
     "Initiative launched by President Tomas Rendi in March 2022.",
     [("Event", "2022-03", ["Tomas Rendi"], None)], True),
    ("commissioned-by", "The new road was commissioned by President Daniel Orwa on Tuesday.",
     [("Event", "2024-05-14", ["Daniel Orwa"], None)], True),
    # --- 'host' a guest, planned with a day or in the headline present
    ("will-host-on-day", "Kenyan President Daniel Orwa will host Tanzanian President Amina Juma in "
     "Nairobi on June 3.", [("Meeting", "2024-06-03", ["Daniel Orwa", "Amina Juma"], "KE")], True),
    ("hosts-present-on-day", "Kenyan President Daniel Orwa hosts Tanzanian President Amina Juma in "
     "Nairobi on Monday.", [("Meeting", "2024-05-13", ["Daniel Orwa", "Amina Juma"], "KE")], True),
]

NO_EVENT: list[tuple[str, str]] = [
    ("briefings-plural-practice", "The ministry holds regular briefings for foreign investors."),
    ("briefing-paper", "The ministry published a briefing paper on trade."),
    ("plans-a-ceremony-to-open", "The Ministry plans to hold a ceremony to open the bridge."),
    ("the-ceremony-anaphoric", "The ceremony was attended by Prime Minister Somsak Phan."),
    ("rounds-of-dialogue-practice", "Kenya wants to resolve the dispute through rounds of dialogue."),
    ("through-dialogue", "The two countries agreed to settle the dispute through dialogue."),
    ("launched-by-no-time", "The programme was launched by Health Minister Mary Otieno."),
    ("opened-by-to-firms", "The initiative was opened by Minister Mary Otieno to all firms."),
    ("city-hosts-forum-no-one", "Nairobi hosts the annual forum on Monday."),
    ("officials-met-demand", "Chinese and American officials met the demand of the market."),
    ("officials-from-said", "Officials from Kenya and Uganda said trade grew."),
    ("officials-will-meet-no-time", "Kenyan and Ugandan officials will meet to discuss the dispute."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
