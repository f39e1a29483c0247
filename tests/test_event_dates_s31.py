"""Which date an event takes (s31 helper evd).  Invented text, invented people; the paper's
date is Thursday 16 May 2024.

- A dateline with its country in square brackets ('Lima [Peru], May 16 (Agency):') is the day
  the story was filed: the lead's own day ('arrived on Tuesday') dates the story's episode, and
  undated sentences that go on telling it ('During his two-day visit, he met ...', 'He also met
  ...') take that day, not the filing day.
- A possessive occasion ('during his day-long visit', 'at their meeting') refers back to the
  occasion told, as 'the visit' does.
"""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PAPER = date(2024, 5, 16)


def _events(text: str) -> dict[str, str | None]:
    facts = extract(Article(text=text, published=PAPER, title="", source="Probe"))
    return {e.label: e.date.value if e.date else None for e in facts.events}


def _date_of(text: str, *words: str) -> str | None:
    found = [v for label, v in _events(text).items() if all(w in label for w in words)]
    assert found, _events(text)
    return found[0]


_BRACKET_LEAD = ("Nairobi [Kenya], May 16 (Agency): Peruvian Trade Minister Ana Ruiz arrived in Nairobi "
                 "on Tuesday for talks on farm exports.\n\n")


@pytest.mark.parametrize(("body", "words", "expected"), [
    ("During her two-day visit, Minister Ruiz met Kenyan Trade Minister Tomas Mbeki.",
     ("Ana Ruiz", "Tomas Mbeki"), "2024-05-14"),
    ("During her day-long visit in Nairobi, Minister Ruiz met Kenyan Energy Minister Paul Otieno.",
     ("Ana Ruiz", "Paul Otieno"), "2024-05-14"),
    ("Kenyan farmers hope for better prices.\n\nShe also met Kenyan Energy Minister Paul Otieno.",
     ("Paul Otieno",), "2024-05-14"),
])
def test_a_bracketed_dateline_leaves_the_lead_day_to_the_episode(body: str, words: tuple[str, ...],
                                                                 expected: str) -> None:
    text = _BRACKET_LEAD + "Kenya and Peru trade mostly tea and coffee.\n\n" * 6 + body
    assert _date_of(text, *words) == expected


def test_the_bracketed_dateline_day_is_not_the_visit_day() -> None:
    assert _date_of(_BRACKET_LEAD, "Ana Ruiz", "visit") == "2024-05-14"


def test_a_bracketed_dateline_is_read_as_one() -> None:
    from coopkg.extract.storydate import _DATELINE
    assert _DATELINE.match("Nairobi [Kenya], ")
    assert _DATELINE.match("New Town [South Land], ")
    assert not _DATELINE.match("The minister [who arrived], ")
