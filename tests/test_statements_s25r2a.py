"""Statements checklist, s25 round 2: a body's trailing tag after a person's name.

- '..., met Ambassador X, the Chilean Foreign Ministry said, adding that B': the comma after X
  ends the reported fact; the body named right before the verb is who tagged it (and who added
  B), not X with an apposition; the release then speaks again ('"...," the statement said').
- 'X commended A, saying: "B"' / 'X praised A, saying, "B"': after a verb whose object is what it
  says, a participle that introduces a quotation says something of its own, as 'saying that B'
  does (GOLD_FORMAT: one entry per reported-speech clause): two statements.
- 'X expressed pride in A, reaffirming its commitment to B' / 'X expressed gratitude for A,
  emphasising the ties': after a verb whose object is what it says, a participle that reaffirms
  or stresses something with its own object is a second act, as 'calling on' is.
- Must not change: 'X said that A, stressing that B' (one reported clause), 'X expressed
  welcome to A, highlighting B' (unfolds the welcome: one statement), 'X said that A, saying:
  "B"' (a clause verb keeps one statement), and
  'X, chairman of the Acme Board, said ...' and 'X, Rector Acme termed ...'
  (an apposition with a title or a lower-case word describes X, who speaks).

Rows are read against Friday 10 May 2024.  Every sentence, person and body is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_params as _params
from tests.test_statements_s25a import check_no_statement, check_statements

L, B = "Ana Lopez", "Tom Berg"  # invented
MFA = "Chilean Foreign Ministry"

# (form, text, [(speaker, phrase in the gist, date or None for any)])
STATEMENTS: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    ("body-tag-after-person-adding", f"Deputy Foreign Minister {L} held a meeting on Thursday with "
     f"Peruvian Ambassador in Santiago {B}, the {MFA} said, adding that the officials discussed "
     "fisheries cooperation.",
     [(MFA, "the officials discussed fisheries cooperation", None)]),
    ("body-tag-after-person-then-statement", f"Deputy Foreign Minister {L} held a meeting on Thursday "
     f"with Peruvian Ambassador in Santiago {B}, the {MFA} said, adding that the officials discussed "
     "fisheries cooperation.\n\n\"The sides also reviewed plans for a joint port survey next year,\" "
     "the statement said.",
     [(MFA, "the officials discussed fisheries cooperation", None),
      (MFA, "reviewed plans for a joint port survey", None)]),
    # --- a participle introducing a quotation after a verb with an object
    ("object-verb-saying-colon-quote", f"Chile and Peru signed a memorandum on fisheries on Tuesday."
     f"\n\nDuring the ceremony, Foreign Minister {B} commended the long-term cooperation between the "
     "two countries, saying: \"The memorandum will take our exchange to a new level.\"",
     [(B, "commended the long-term cooperation", None), (B, "will take our exchange to a new level", None)]),
    ("object-verb-saying-comma-quote", f"Minister {L} praised the work of both fisheries institutes, "
     "saying, \"Their joint survey has shown what our scientists can do together.\"",
     [(L, "praised the work of both fisheries institutes", None), (L, "joint survey has shown", None)]),
    ("object-verb-saying-that-control", f"Minister {L} praised the work of both fisheries institutes, "
     "saying that their joint survey had shown what scientists can do together.",
     [(L, "praised the work", None), (L, "their joint survey had shown", None)]),
    ("clause-verb-saying-quote-control", f"Minister {L} said that the survey will continue next year, "
     "saying: \"We are proud of our scientists.\"",
     [(L, "the survey will continue next year", None)]),
    # --- a participle that reaffirms or stresses after a verb with an object
    ("object-verb-reaffirming", f"For his part, {B} expressed pride in the partnership, reaffirming his "
     "company's commitment to finishing the port on schedule.",
     [(B, "expressed pride in the partnership", None), (B, "reaffirming his company's commitment", None)]),
    ("object-verb-emphasising", f"{L} expressed her gratitude to Peru for its support of the fisheries "
     "programme, emphasising the close ties between the two countries.",
     [(L, "expressed her gratitude to Peru", None), (L, "emphasising the close ties", None)]),
    ("clause-verb-stressing-control", f"{L} said that the programme had met its goals, stressing that "
     "both countries would extend it.", [(L, "the programme had met its goals", None)]),
    ("object-verb-highlighting-control", f"{L} expressed her warm welcome to the Peruvian delegation, "
     "highlighting the long friendship between the two fishing communities.",
     [(L, "highlighting the long friendship", None)]),
    # --- must not change: an apposition with a title describes the person, who speaks
    ("apposition-lowercase-title-control", f"{B}, chairman of the Acme Board, said that the two "
     "companies would open a joint laboratory in Lima.",
     [(B, "would open a joint laboratory", None)]),
]

NO_STATEMENT: list[tuple[str, str]] = [
    # a body's bare tag on a factual sentence stays an attribution
    ("body-tag-after-person-bare", f"Deputy Foreign Minister {L} held a meeting on Thursday with "
     f"Peruvian Ambassador in Santiago {B}, the {MFA} said."),
]

STATEMENT_XFAIL: dict[str, str] = {}
NO_STATEMENT_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("form", "text", "want"), _params(STATEMENTS, STATEMENT_XFAIL))
def test_statements_s25r2a(form: str, text: str, want: list[tuple[str, str, str | None]]) -> None:
    check_statements(text, want)


@pytest.mark.parametrize(("form", "text"), _params(NO_STATEMENT, NO_STATEMENT_XFAIL))
def test_statements_s25r2a_none(form: str, text: str) -> None:
    check_no_statement(text)
