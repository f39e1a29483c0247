"""Statements checklist from the s24 sets, by mechanism rather than by article: where a speaker
was lost or a second speech act was folded into the first.

- A typed space before a comma ('Karim al Rawi , president of ...'): English sets none; the
  apposition and the name before it read as they do without it.
- A romanised name glossed in its own script ('Minister Lin Mei-hua (林美華), who ..., said'):
  the bracket parts the name from its verb; read without it.
- A person written again by the given names that open the full name, with the full name's own
  title ('Vice Chancellor Dr Omar Farooq' after 'Vice Chancellor Dr Omar Farooq Butt'): the same
  office holder, so their speech is the full name's.  A different title is a namesake.
- 'Both ministers noted ...' after a sentence naming one of the pair: the pair is the one the
  story named together before, not nobody.
- A participle of praise or appeal after a verb whose object is what it says ('thanked A,
  calling on A to B', 'reaffirmed A, lauding B as C'): a speech act of its own (GOLD_FORMAT:
  'hailed' is a clause of its own).  After a verb that reports a clause ('said A, calling on
  ...') the participle stays in the one clause, as before.
- 'X said, adding the port will open' ('adding' right after the tag's verb, without 'that') is
  'adding that'; and a body's source tag that goes on ('..., the ministry said, adding that B')
  gives the body the added clause, while the sentence it tags stays an attribution.

Rows are read against Friday 10 May 2024.  Every sentence, person and country pairing is
invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.checklist_rows import xfail_params as _params

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 10)
R, F, L, B = "Karim Hassan al Rawi", "Omar Farooq Butt", "Ana Lopez", "Tom Berg"  # invented
LEAD = "Chile and Peru signed a memorandum on fisheries on Tuesday.\n\n"

STATEMENTS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- a space before a comma
    ("space-before-comma-apposition", f"{LEAD}{R} , president of the Lima Chamber of Commerce (LCC) "
     "said that trade between the two countries reached $2 billion.", [(R, "reached $2 billion")]),
    ("no-space-control", f"{LEAD}{R}, president of the Lima Chamber of Commerce (LCC) said that "
     "trade between the two countries reached $2 billion.", [(R, "reached $2 billion")]),
    # --- a name glossed in its own script, in brackets
    ("cjk-gloss-who-said", f"{LEAD}Trade Minister Lin Mei-hua (林美華), who is leading the Peruvian "
     "delegation, said at the forum that she hopes the two nations can work more closely.",
     [("Lin Mei-hua", "work more closely")]),
    ("latin-bracket-stays", f"{LEAD}Trade Minister Lin Mei-hua (LMH) said at the forum that she hopes "
     "the two nations can work more closely.", [("Lin Mei-hua", "work more closely")]),
    # --- given names with the full name's title
    ("given-names-same-title", f"{LEAD}The memorandum was signed by Vice Chancellor Dr {F} of the "
     "Lima University of Agriculture.\n\nVice Chancellor Dr Omar Farooq said the memorandum would "
     "help students of both countries.", [(F, "help students")]),
    ("given-names-other-title-stays-two", f"{LEAD}The memorandum was signed by Vice Chancellor Dr "
     f"{F}.\n\nMinister Omar Farooq said the memorandum would help farmers of both countries.",
     [("Omar Farooq", "help farmers")]),
    # --- 'Both ministers' after a sentence naming one of the pair
    ("both-ministers-after-one", f"{LEAD}\"We can gain a lot,\" {L} told reporters alongside her "
     f"Peruvian counterpart, {B}.\n\n{L} said fisheries and mining are areas of cooperation.\n\n"
     "Both ministers noted that Peru is an attractive partner for Chile.",
     [(L, "gain a lot"), (L, "fisheries and mining"), (L, "attractive partner"),
      (B, "attractive partner")]),
    # --- a participle of praise or appeal after an object verb
    ("thanked-calling-on", f"{LEAD}President {L} thanked Peru for its support, calling on Lima to "
     "send more engineers to the northern mines.",
     [(L, "thanked Peru"), (L, "send more engineers")]),
    ("reaffirmed-lauding", f"{LEAD}Ambassador {B} reaffirmed Peru's support for Chilean reforms, "
     "lauding the country as a regional model for stability.",
     [(B, "reaffirmed Peru's support"), (B, "regional model")]),
    # --- controls: a clause verb keeps the participle; a short participle phrase stays
    ("said-calling-on-stays-one", f"{LEAD}President {L} said trade had grown, calling on Lima to send "
     "more engineers.", [(L, "trade had grown")]),
    # --- 'adding' without 'that' right after the tag's verb; a body's tag that goes on
    ("said-adding-without-that", f"{LEAD}\"The new port is ready for ships from both countries,\" {L} "
     "said, adding the first ships would dock in June.",
     [(L, "port is ready"), (L, "first ships would dock")]),
    ("body-tag-adding-that", f"{LEAD}{L} met {B} in Lima on Thursday, the Ministry of Foreign "
     "Affairs of Peru said, adding that the officials discussed fisheries and ports.",
     [("Ministry of Foreign Affairs of Peru", "officials discussed fisheries")]),
    ("welcomed-praising-it-stays-one", f"{LEAD}President {L} welcomed the plan, praising it.",
     [(L, "welcomed the plan")]),
]

NO_STATEMENT: list[tuple[str, str]] = [
    # --- a pair is not made of two people named only in different sentences with no pair before
    ("both-ministers-two-singles", f"{LEAD}{L} arrived in Lima.\n\n{B} left for Santiago.\n\n"
     "Both ministers noted that Peru is an attractive partner for Chile."),
    # --- a body's tag on a factual sentence stays an attribution (GOLD_FORMAT)
    ("body-tag-alone", f"{LEAD}{L} met {B} in Lima on Thursday, the Ministry of Foreign Affairs of "
     "Peru said."),
    # --- 'calling on' as a visit, not speech
    ("calling-on-as-visit", f"{LEAD}The delegation toured the port, calling on the harbour master."),
]

STATEMENT_XFAIL: dict[str, str] = {}
NO_STATEMENT_XFAIL: dict[str, str] = {}


def _facts(text: str):  # noqa: ANN202 - the extractor's Facts
    return extract(Article(text=text, published=PUBLISHED, title="T", source="S"))


@pytest.mark.parametrize(("form", "text", "want"), _params(STATEMENTS, STATEMENT_XFAIL))
def test_statements_s24d(form: str, text: str, want: list[tuple[str, str]]) -> None:
    got = [(s.speaker.key, s.text) for s in _facts(text).statements]
    for speaker, phrase in want:
        assert any(s == speaker and phrase.lower() in t.lower() for s, t in got), got
    assert len(got) == len(want), got


@pytest.mark.parametrize(("form", "text"), _params(NO_STATEMENT, NO_STATEMENT_XFAIL))
def test_statements_s24d_none(form: str, text: str) -> None:
    got = [(s.speaker.key, s.text) for s in _facts(text).statements]
    assert got == [], got
