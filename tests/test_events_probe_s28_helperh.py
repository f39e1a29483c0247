"""A probe of events written from the English that wire services and ministries commonly use,
not from any article (session 28, helper h): briefings named without 'press' ('told a daily
briefing'), meetings of two countries' officials named by a plural office ('Indian and
Bangladeshi officials met in Dhaka', 'Officials from Kenya and Uganda met').

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
]

NO_EVENT: list[tuple[str, str]] = [
    ("briefings-plural-practice", "The ministry holds regular briefings for foreign investors."),
    ("briefing-paper", "The ministry published a briefing paper on trade."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
