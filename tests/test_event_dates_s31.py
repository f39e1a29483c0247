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


# A relative clause after the event's clause tells the time of the nearest occasion before it:
# 'the forum, which opened on Sunday' dates the forum; in 'witnessed the signing during his trip
# to attend the summit, which took place from May 9 to 11' the days are the summit's, and the
# signing keeps the day its own sentence told.
_SIGNED_SUNDAY = ("Kenya and Peru on Sunday signed two loan agreements worth $40 million.\n\n"
                  "The signing was witnessed by Kenyan Prime Minister Tomas Mbeki and Peruvian Prime "
                  "Minister Ana Ruiz during the former's trip to Peru to attend the Pacific Rim summit, "
                  "which took place from May 9 to 11.\n\n"
                  "After the signing ceremony, Tomas Mbeki held talks with Ana Ruiz.")


def test_a_relative_clause_dates_the_nearest_occasion() -> None:
    events = _events(_SIGNED_SUNDAY)
    assert events.get("Pacific Rim summit") == "2024-05-09", events
    ceremony = [v for k, v in events.items() if "ceremony" in k]
    assert ceremony == ["2024-05-12"], events


def test_a_relative_clause_right_after_the_event_still_dates_it() -> None:
    text = "The Kenya-Peru Business Forum, which opened in Lima on Monday, drew 300 firms."
    assert _date_of(text, "Forum") == "2024-05-13"


# A year that modifies the event's noun is its year, the determiner capitalised or not.
@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The 2015 visit of Kenyan President Tomas Mbeki to Peru opened a new era in ties.",
     ("Tomas Mbeki", "visit"), "2015"),
    ("Kenya and Peru recalled that the 2015 visit of Kenyan President Tomas Mbeki to Peru opened a new era.",
     ("Tomas Mbeki", "visit"), "2015"),
    ("His 2018 visit to Peru ended with a trade deal, Kenyan President Tomas Mbeki told reporters.",
     ("visit",), "2018"),
])
def test_a_year_modifying_the_event_noun_is_its_year(text: str, words: tuple[str, ...],
                                                     expected: str) -> None:
    assert _date_of(text, *words) == expected


@pytest.mark.parametrize(("text", "words", "expected"), [
    # an infinitive postmodifier after the comma tells the occasion's planned time
    ("The Kenyan delegation left for Lima for the third meeting of the Kenya-Peru joint commission on "
     "trade, to be held on May 20, 2024, officials said.", ("joint commission",), "2024-05-20"),
    ("Ministers will gather for the Kenya-Peru Business Forum, scheduled to be held on June 4.",
     ("Forum",), "2024-06-04"),
    # an occasion noun after 'of' names the body that meets: the clause is still the event's
    ("The deal was inked at the margins of the Second Ministerial Conference of the Forum for Trade "
     "between Kenya and Peru, which took place on Monday.", ("Conference",), "2024-05-13"),
    ("Tomas Mbeki travelled to Peru to attend the Pacific Rim summit, which took place on May 9.",
     ("summit",), "2024-05-09"),
])
def test_a_postmodifier_after_the_comma_dates_the_occasion(text: str, words: tuple[str, ...],
                                                           expected: str) -> None:
    assert _date_of(text, *words) == expected
