"""A fourteenth statements checklist, by mechanism: where the statements component lost a quote
because its quotation marks were guillemets or its speaker was a description before 'was quoted
as saying', and where it took a greeting for speech.

- Guillemets (« ») are the quotation marks of French and Russian print and of the news agencies
  that write English in that convention ('«We are pleased,» he said'; French spacing '« We will
  … »').  They open and close a quotation as the curly marks do, so a quote in guillemets is a
  quote block, its speaker told by the tag as for any quote; and a sentence ends before an
  opening guillemet or after a closing one, as it does at curly marks ('… with Chile. «We see the
  task …,» B said': two statements).  A name or title in guillemets ('the «Green Corridor»
  programme') is no speech.
- 'welcomed' greets rather than speaks when its object is the person received.  The person may
  come after a title with an adjective of its holder ('the new President of Norway, His
  Excellency A B', 'the visiting Prime Minister'), and the greeting may say in what capacity
  ('welcomed B as her first guest', 'as a friend').  'welcomed the decision', 'welcomed B's
  proposal' still report speech, and what a greeting goes on to say ('… and said …') too.

Rows are read against Friday 10 May 2024.  Every sentence, person and country pairing is
invented.  Forms still wrong stay strict xfails with the reason."""

from __future__ import annotations

from datetime import date

import pytest
from tests.checklist_rows import xfail_params as _params

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 10)
L, B = "Ana Lopez", "Tom Berg"  # Peruvian, Norwegian (invented)
LEAD = f"Peruvian Foreign Minister {L} held talks in Oslo on Wednesday.\n\n"
HOST = (f"President {B} on Wednesday hosted talks in Oslo with visiting Peruvian Prime Minister "
        f"{L}.\n\n")
PAIR = (f"Peruvian Foreign Minister {L} held talks in Oslo on Wednesday with Norwegian Prime "
        f"Minister {B}.\n\n")

# (id, text, [(speaker, a phrase of what was said)]) — exactly these statements
STATEMENTS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a quote in guillemets is a quote block
    ("guillemets-she-said", f"{LEAD}«We are pleased with the new fisheries fund, as we share one "
     "goal,» she said.", [(L, "pleased with the new fisheries fund")]),
    ("guillemets-name-after", f"{PAIR}«We see our task in the steady growth of trade in all "
     f"areas,» {B} said.", [(B, "steady growth of trade")]),
    ("guillemets-said-name-inverted", f"{PAIR}«Norway will open a consulate in Lima next year,» "
     f"said {B}.", [(B, "consulate in Lima")]),
    ("guillemets-colon-before", f"{LEAD}{L.split()[1]} said: «Our two countries will build a "
     "new port together.»", [(L, "build a new port")]),
    ("guillemets-french-spacing", f"{LEAD}« Our ministries will exchange experts every year, » "
     f"{L.split()[1]} told reporters.", [(L, "exchange experts every year")]),
    ("guillemets-two-sentences-one-quote", f"{LEAD}«We are ready to work together. The fund will "
     "double by 2026,» she said.", [(L, "ready to work together")]),
    ("guillemets-after-reported-clause", f"{PAIR}{B} noted that Norway intends to buy more "
     f"Peruvian fruit. «We see the task in the growth of trade in all areas,» {B} said.",
     [(B, "intends to buy more Peruvian fruit"), (B, "growth of trade in all areas")]),
    ("guillemets-quote-in-reported-clause", f"{LEAD}{L} said the accord «opens a new chapter for "
     "our fishermen and our ports».", [(L, "new chapter")]),
    # --- controls: curly quotes as before
    ("curly-she-said", f"{LEAD}“We are pleased with the new fisheries fund, as we share one "
     "goal,” she said.", [(L, "pleased with the new fisheries fund")]),
    # --- 'was quoted as saying' after a description or a pronoun: its one holder, as 'said'
    ("the-president-quoted-as-saying-by-spokesperson", f"{HOST}“We highly value the steady growth "
     "of our ties since 1990,” the president was quoted as saying by his spokesperson Juan Perez "
     "in a news release.", [(B, "steady growth of our ties")]),
    ("the-demonym-president-quoted-as-saying-that", f"{HOST}The Norwegian president was quoted as "
     "saying that the two nations would double trade by 2030.", [(B, "double trade by 2030")]),
    ("he-was-quoted-as-saying", f"{HOST}{B.split()[1]} said the talks were useful. “We highly "
     "value the steady growth of our ties since 1990,” he was quoted as saying.",
     [(B, "talks were useful"), (B, "steady growth of our ties")]),
    ("named-quoted-as-saying-control", f"{HOST}“We highly value the steady growth of our ties "
     f"since 1990,” {B.split()[1]} was quoted as saying.", [(B, "steady growth of our ties")]),
    # --- 'welcomed' with what it welcomes: speech
    ("welcomed-decision", f"{PAIR}{L} welcomed Norway's decision to open an embassy in Lima.",
     [(L, "open an embassy in Lima")]),
    ("welcomed-proposal-of-person", f"{PAIR}{L} welcomed {B.split()[1]}'s proposal to set up a "
     "joint fund.", [(L, "joint fund")]),
    ("welcomed-agreement-as", f"{PAIR}{L} welcomed the new agreement on fisheries as a milestone "
     "for both nations.", [(L, "milestone")]),
    ("greeting-as-then-saying", f"{PAIR}{L} welcomed {B.split()[1]} as a friend of Peru, saying "
     "that the talks would open new markets.", [(L, "open new markets")]),
    ("greeting-then-and-said", f"{PAIR}{L} welcomed {B.split()[1]} and said the talks would open "
     "new markets.", [(L, "open new markets")]),
    ("greeting-complement-then-and-said", f"{PAIR}{L} welcomed {B.split()[1]} to Lima and said "
     "the talks would open new markets.", [(L, "open new markets")]),
]

NO_STATEMENT: list[tuple[str, str]] = [
    # --- 'was quoted as saying' after a description that names no one person
    ("two-presidents-quoted-as-saying", "Peru and Norway signed three memoranda on fisheries, "
     f"witnessed by President {B} and President {L}.\n\n“We highly value the steady growth of our "
     "ties since 1990,” the president was quoted as saying."),
    ("the-report-quoted-as-saying", f"{HOST}The report was quoted as saying that trade would "
     "double by 2030."),
    # --- a greeting of the person received, titled with an adjective of the holder
    ("greet-new-title-excellency", f"{L} warmly welcomed the new Prime Minister of Norway, His "
     f"Excellency {B}, to the Government Palace on Friday, May 10, 2024."),
    ("greet-visiting-title", f"{L} welcomed the visiting Norwegian Prime Minister {B} at the "
     "airport."),
    ("greet-incoming-title", f"{L} welcomed the incoming Ambassador of Norway, {B}, in Lima."),
    ("greet-newly-appointed", f"{L} welcomed the newly appointed Ambassador of Norway {B} to the "
     "ministry."),
    # --- a greeting with the capacity received in
    ("greet-as-first-guest", f"{PAIR}{L} welcomed {B.split()[1]} as her first guest at the new "
     "residence with great hospitality."),
    ("greet-relative-then-as-guest", f"{PAIR}{L}, who moved into the new residence last week, "
     f"welcomed {B.split()[1]} as her first guest."),
    ("greet-as-friend", f"{PAIR}{L} welcomed {B.split()[1]} as an old friend of Peru."),
    # --- guillemets around a name: no speech
    ("guillemets-programme-name", f"{PAIR}The «Green Corridor» programme was discussed at length "
     "by the two delegations."),
    ("guillemets-named-fund", f"{PAIR}The two sides signed a memorandum on the «Andes-Nordic» "
     "fund."),
]

# 'welcomed B to Lima and said ...': read since checklist 15 (a speech verb coordinated after
# another verb phrase takes the clause's subject, `statement_coordinated`)
STATEMENT_XFAIL: dict[str, str] = {}
NO_STATEMENT_XFAIL: dict[str, str] = {}


def _facts(text: str):  # noqa: ANN202 - the extractor's Facts
    return extract(Article(text=text, published=PUBLISHED, title="T", source="S"))


@pytest.mark.parametrize(("form", "text", "want"), _params(STATEMENTS, STATEMENT_XFAIL))
def test_statements_checklist14(form: str, text: str, want: list[tuple[str, str]]) -> None:
    got = [(s.speaker.key, s.text) for s in _facts(text).statements]
    for speaker, phrase in want:
        assert any(s == speaker and phrase.lower() in t.lower() for s, t in got), got
    assert len(got) == len(want), got


@pytest.mark.parametrize(("form", "text"), _params(NO_STATEMENT, NO_STATEMENT_XFAIL))
def test_statements_checklist14_none(form: str, text: str) -> None:
    got = [(s.speaker.key, s.text) for s in _facts(text).statements]
    assert got == [], got
