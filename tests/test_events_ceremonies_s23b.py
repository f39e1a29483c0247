"""Checklist (s23b events helper): 'Speaking at a ceremony marking X, A said ...' — a ceremony told
with what it marks, after 'at'/'during', is an Other event of its own (GOLD_FORMAT: ceremonies)
with the people the sentence names, dated by the episode even when the speaker's quoted words hold
years of their own; in a sentence that signs a document it stays the signing's ceremony.
Invented sentences; the paper is of Thursday 16 May 2024 (test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

MENSAH = "Kofi Mensah"  # a Ghanaian ambassador (invented)

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("speaking-at-ceremony-marking", "Trade between Ghana and Peru grew fast, Ghana's ambassador "
     "to Lima said on Tuesday. Speaking at a ceremony marking Ghana's national day, Kofi Mensah "
     "said: \"Trade rose from $20 million in 2015 to $40 million in 2023.\"",
     [("Event", "2024-05-14", [MENSAH], None)], True),
    ("at-ceremony-to-mark", "Ghanaian Ambassador Kofi Mensah spoke at a ceremony to mark the "
     "anniversary of ties in Lima on Monday.", [("Event", "2024-05-13", [MENSAH], "PE")], True),
    # what must not change: the ceremony of a signing stays the one signing ceremony
    ("signing-at-ceremony-marking", "Ghana and Peru signed a trade agreement at a ceremony marking "
     "the anniversary of ties.", [("Event", "2024-05", [], None)], True),
]

NO_EVENT: list[tuple[str, str]] = [
    # must not change: the cue words alone, with no occasion
    ("marking-without-ceremony", "The speech marking the anniversary of the treaty was printed in Accra."),
]

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
