"""A joint body's sitting told once is one Meeting, whichever rules saw it ('the Joint
Commission convened on Friday' is the body's meeting, named by the body or as 'meeting of');
an en-dash pair inside a meeting's name stays in its label as a hyphen does."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def events(text: str) -> list[tuple[str, str, str | None]]:
    facts = extract(Article(text=text, published=date(2025, 6, 13), title="", source="Test Wire"))
    return [(e.type, e.label, e.date.value if e.date else None) for e in facts.events]


@pytest.mark.parametrize("text, day", [
    ("The Joint Commission convened on Friday.", "2025-06-13"),
    ("The joint commission met in Accra on Tuesday.", "2025-06-10"),
    ("The Fiji-Samoa Joint Commission convened on Wednesday to review the trade plan.", "2025-06-11"),
    ("The Ruritania–Borduria Intergovernmental Commission convened on Monday.", "2025-06-09"),
])
def test_a_body_that_convened_is_one_meeting(text, day):
    found = events(text)
    assert len(found) == 1, found
    assert found[0][0] == "Meeting" and found[0][2] == day


@pytest.mark.parametrize("text, label", [
    ("Officials attended the Kenya–Vietnam Business Forum in Hanoi on Monday.",
     "Kenya–Vietnam Business Forum"),
    ("Delegates opened the Chile–Peru Mining Conference in Lima on Monday.",
     "Chile–Peru Mining Conference"),
])
def test_an_en_dash_pair_stays_in_a_meetings_label(text, label):
    assert [e[1] for e in events(text)] == [label]


def test_two_sittings_of_one_body_in_different_months_stay_two():
    text = ("The Joint Commission convened on Friday. "
            "The meeting of the Joint Commission in March 2023 had set the agenda.")
    assert len(events(text)) == 2


def test_a_document_of_a_meeting_is_no_second_meeting():
    text = ("The 5th meeting of the Fiji-Samoa Intergovernmental Commission on Trade was held in Suva "
            "on Tuesday. After it, the Protocol of the 5th meeting of the Fiji-Samoa Intergovernmental "
            "Commission on Trade was signed by the co-chairs.")
    assert [e[1] for e in events(text)] == ["5th meeting of Fiji-Samoa Intergovernmental Commission on Trade"]
