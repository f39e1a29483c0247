"""Checklist (s25 events helper): a bare year that opens a name ('on the sidelines of the 2024
Pacific Business Forum in Lima, Peru, on May 13') names the edition of that occasion; when the
clause tells its day further on, that day, more exact, is the date of the meeting and of the
forum on whose sidelines it took place (event_venues.edition_year).  Without a later day the
year stays.  Invented sentences; the paper is of Thursday 16 May 2024
(test_event_forms.PUBLISHED)."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

TORRES, VEGA = "Ana Torres", "Luis Vega"  # invented officials

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    ("anaphoric-meeting-sidelines-edition", "Trade ties between Chile and Peru were intensified "
     "through a meeting between Chilean Trade Minister Ana Torres and Peruvian Prime Minister Luis "
     "Vega. The meeting took place on the sidelines of the 2024 Pacific Business Forum in Lima, "
     "Peru, on May 13.", [("Meeting", "2024-05-13", [TORRES, VEGA], None),
                          ("Meeting", "2024-05-13", [], "PE")], False),
    ("met-sidelines-edition-day", "Chilean Trade Minister Ana Torres met Peruvian Prime Minister "
     "Luis Vega on the sidelines of the 2024 Pacific Business Forum in Lima, Peru, on Monday.",
     [("Meeting", "2024-05-13", [TORRES, VEGA], None)], False),
    # must not change: an edition year with no later day is still the meeting's year
    ("edition-year-alone", "Chilean Trade Minister Ana Torres met Peruvian Prime Minister Luis "
     "Vega on the sidelines of the 2023 Pacific Business Forum.",
     [("Meeting", "2023", [TORRES, VEGA], None)], False),
]

NO_EVENT: list[tuple[str, str]] = []

XFAIL: dict[str, str] = {}

test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)


def test_edition_year_is_a_year_opening_a_name() -> None:
    from coopkg.extract.event_venues import edition_year

    text = "on the sidelines of the 2024 Pacific Business Forum in Lima"
    at = text.index("2024")
    assert edition_year(text, at, at + 4)
    plain = "signed in 2024 in Lima"
    assert not edition_year(plain, plain.index("2024"), plain.index("2024") + 4)
    lower = "the 2024 edition of the forum"
    assert not edition_year(lower, lower.index("2024"), lower.index("2024") + 4)
