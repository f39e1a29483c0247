"""Episode time of sentences whose only dates belong to what was said, in articles written for
these tests: a quoted figure 'last year' or a plan reported before a speech tag ('X will Y, said
Z, following talks with W') leaves the narration in the story's episode, so the talks it names
take the story's day; a plan announced through a tag still dates what follows it."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 6)  # a Wednesday

CASES = [
    ("quoted-year",  # the quote's year dates the trade, not the press conference
     "Trade between Chile and Peru reached a record, Chilean Foreign Minister Ana Soto said on Tuesday."
     "\n\n\"Peru holds an important place. Trade last year was $2 billion,\" she said during the joint "
     "press conference following negotiations with Peruvian Foreign Minister Luis Castillo.",
     [("joint press conference", "2024-03-05"),
      ("negotiations between Ana Soto and Luis Castillo", "2024-03-05")]),
    ("plan-said-before-tag",
     "Chile and Peru decided on Tuesday in Lima to create a committee to follow up their agreements."
     "\n\nThe committee will speed up the agreements, said Chilean Minister Ana Soto, following talks "
     "with Peruvian Minister Luis Castillo.",
     [("talks between Ana Soto and Luis Castillo", "2024-03-05")]),
    ("plan-announced-through-tag",
     "Chilean Minister Ana Soto will arrive in Lima on Friday, the ministry said. Ana Soto will also "
     "hold talks with Peruvian Minister Luis Castillo.",
     [("Ana Soto meeting with Luis Castillo", "2024-03-08")]),
]


def meetings(text: str) -> list[tuple[str, str]]:
    found = extract(Article(text=text, published=PUBLISHED, title="", origin="test")).events
    return sorted((e.label, e.date.value) for e in found if e.type in ("Meeting", "PressBriefing"))


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_talks_take_the_episode_day(case, text, expected):
    assert meetings(text) == expected


def test_a_plan_in_the_narration_has_no_episode_time():
    text = ("Chile and Peru decided on Tuesday in Lima to create a committee to follow up their "
            "agreements.\n\nChilean Minister Ana Soto will hold talks with Peruvian Minister Luis "
            "Castillo.")
    assert all(day != "2024-03-05" for _label, day in meetings(text))
