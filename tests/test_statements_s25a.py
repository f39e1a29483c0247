"""Statements checklist from the s25 sets, by mechanism rather than by article.

- A long title before a tag's speaker ('..., Vice Minister of Foreign Affairs X told a hearing
  in Lima yesterday'): the sentence before the comma is what was said, as with a short title;
  the occasion after 'told' is no content.
- A name glossed in its own script inside full-width brackets ('X （林美華） said'), as Taiwanese
  and Chinese copy sets them: read as the ASCII gloss is, without it.
- A date in the topic of a question intro ('Asked about the deal unveiled last week, X said')
  dates the thing asked about; the answer keeps the date of the speaker's earlier words.  A date
  before the topic ('Asked by reporters on Monday about ...') is the answer's own.
- A speaker named by a role alone: 'the minister' is never a prime minister (nor 'the president'
  a vice president), so it is the one minister; 'the pro-vice-chancellor' after a name with
  that title; 'the head of the Peruvian diplomacy' (five words); and a role phrase after the
  conjunction of a contrast ('..., while the Chilean diplomat said that B').
- 'This was <speech verb> to <the one told> at <an occasion> from <speaker>' ('This was conveyed
  to President X at a courtesy call from Ambassador Y') and 'This was contained in a statement
  issued by <description>, <name>': the sentence before is the speaker's, as after 'This was
  stated by X'.

Rows are read against Friday 10 May 2024.  Every sentence, person and country pairing is
invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.checklist_rows import xfail_params as _params

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 5, 10)
L, B = "Ana Lopez", "Tom Berg"  # invented
LEAD = "Chile and Peru signed a memorandum on fisheries on Tuesday.\n\n"

# (form, text, [(speaker, phrase in the gist, date or None for any)])
STATEMENTS: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- a long title before the tag's speaker
    ("long-title-told-hearing", f"{LEAD}Peru and Chile plan to sign a second memorandum later this "
     f"year, Vice Minister of Foreign Affairs {B} told a legislative hearing in Lima yesterday.",
     [(B, "plan to sign a second memorandum", "2024-05-09")]),
    ("short-title-told-hearing-control", f"{LEAD}Peru and Chile plan to sign a second memorandum "
     f"later this year, Foreign Minister {B} told a legislative hearing in Lima yesterday.",
     [(B, "plan to sign a second memorandum", "2024-05-09")]),
    ("long-title-said", f"{LEAD}The port will open to Chilean ships in June, Deputy Minister of "
     f"Trade and Industry {L} said.", [(L, "port will open", None)]),
    # --- a full-width bracket gloss
    ("full-width-gloss", f"{LEAD}Minister of Foreign Affairs {L} （林美華） on Wednesday confirmed "
     "that the two nations are studying a new fishing quota.",
     [(L, "studying a new fishing quota", "2024-05-08")]),
    ("ascii-gloss-control", f"{LEAD}Minister of Foreign Affairs {L} (林美華) on Wednesday confirmed "
     "that the two nations are studying a new fishing quota.",
     [(L, "studying a new fishing quota", "2024-05-08")]),
    # --- a date in the topic of a question intro
    ("asked-topic-date", f"{LEAD}Peru will send engineers to the northern mines, Vice Minister of "
     f"Mining {B} told lawmakers yesterday.\n\nAsked about the deal unveiled by President {L} last "
     f"week, {B} said that Peru wants to deepen cooperation in mining.",
     [(B, "send engineers", "2024-05-09"), (B, "deepen cooperation in mining", "2024-05-09")]),
    ("asked-on-day-control", f"{LEAD}Asked by reporters on Wednesday about the fishing quota, {B} "
     "said that Peru wants to deepen cooperation in fisheries.",
     [(B, "deepen cooperation in fisheries", "2024-05-08")]),
    # --- a speaker named by a role alone
    ("the-minister-not-prime-minister", f"{LEAD}Coordinating Minister for Economic Affairs {L} met "
     f"Chilean Prime Minister {B} in Geneva.\n\nThe Peruvian minister said trade always shows a "
     "surplus for Peru.\n\nChile is the fifth largest investor in Peru.\n\nThe two nations inked "
     "a memorandum in 2019.\n\nTheir ports handle most of the trade.\n\nThe minister also called "
     "for closer cooperation in the mining sector.",
     [(L, "always shows a surplus", None), (L, "closer cooperation in the mining sector", None)]),
    ("the-president-not-vice-president", f"{LEAD}President {L} received Vice President {B} of "
     "Chile in Lima.\n\nThe talks covered fisheries.\n\nThe ports handle most trade.\n\nThe "
     "fleets are growing.\n\nThe president said Peru would open two new fishing ports.",
     [(L, "open two new fishing ports", None)]),
    ("pro-vice-chancellor", f"{LEAD}\"We are glad that our partnership has grown,\" {L}, "
     "pro-vice-chancellor of the University of Lima, said.\n\n\"Our students will learn a lot "
     "from the partners,\" the pro-vice-chancellor said.",
     [(L, "partnership has grown", None), (L, "students will learn", None)]),
    ("head-of-the-diplomacy", f"{LEAD}Foreign Minister {L} said today that the visit will boost "
     "cooperation.\n\nSpeaking to the press, the head of the Peruvian diplomacy recalled that "
     "fisheries have been the focus of relations.",
     [(L, "boost cooperation", None), (L, "fisheries have been the focus", None)]),
    ("contrast-role-speaker", f"{LEAD}Minister {L} signed the accord with the Chilean Ambassador "
     f"to Peru, {B}, on Friday.\n\n{L} said Peru was choosing projects, while the Chilean "
     "diplomat said that the accord would help Peru grow.",
     [(L, "choosing projects", None), (B, "help Peru grow", None)]),
    # --- 'This was conveyed ... from X', 'This was contained in a statement issued by X'
    ("conveyed-to-at-from", "Chile is looking forward to sending more engineers to Peru.\n\nThis "
     f"was conveyed to President {L} at a courtesy call from the Chilean Ambassador to Peru, {B}.",
     [(B, "sending more engineers", None)]),
    ("contained-in-statement-issued-by", "Peru has signed a fisheries accord with Chile to protect "
     "the anchovy stocks.\n\nThis was contained in a statement issued by the spokesman of the "
     f"Fisheries Minister, {L}.", [(L, "protect the anchovy stocks", None)]),
    ("stated-by-control", "Peru has signed a fisheries accord with Chile to protect the anchovy "
     f"stocks.\n\nThis was stated by Fisheries Minister {L} on Tuesday.",
     [(L, "protect the anchovy stocks", "2024-05-07")]),
    ("contrast-pronoun-stays-control", f"{LEAD}Minister {L} signed the accord on Friday.\n\n{L} "
     "said Peru was choosing projects, and she said that the accord would help Peru grow.",
     [(L, "choosing projects", None)]),
]

NO_STATEMENT: list[tuple[str, str]] = [
    # --- the long-title tag needs a speech verb; a signing is no statement
    ("long-title-signed", f"{LEAD}The memorandum was prepared over two years, and Vice Minister of "
     f"Foreign Affairs {B} signed it in Lima yesterday."),
    # --- a document that carried no one's words, or a courtesy call with no agent
    ("contained-in-report-no-agent", "Peru has signed a fisheries accord with Chile.\n\nThis was "
     "contained in a report on the fishing season."),
    ("conveyed-no-agent", f"Peru will send engineers to Chile.\n\nThis was conveyed to President {L} "
     "at a courtesy call on Monday."),
    # --- 'the minister' with only a prime minister in the article names no one
    ("the-minister-only-prime-minister", f"{LEAD}Prime Minister {B} arrived in Lima.\n\nThe ports "
     "handle most trade.\n\nThe fleets are growing.\n\nThe catch is rising.\n\nThe minister "
     "said fishing would grow."),
]

STATEMENT_XFAIL: dict[str, str] = {}
NO_STATEMENT_XFAIL: dict[str, str] = {}


def _facts(text: str):  # noqa: ANN202 - the extractor's Facts
    return extract(Article(text=text, published=PUBLISHED, title="T", source="S"))


def check_statements(text: str, want: list[tuple[str, str, str | None]]) -> None:
    """Each wanted (speaker, phrase, day) is among the statements, and nothing else is."""
    got = [(s.speaker.key, s.text, s.date.value if s.date else None) for s in _facts(text).statements]
    for speaker, phrase, when in want:
        assert any(s == speaker and phrase.lower() in t.lower() and (when is None or d == when)
                   for s, t, d in got), got
    assert len(got) == len(want), got


def check_no_statement(text: str) -> None:
    got = [(s.speaker.key, s.text) for s in _facts(text).statements]
    assert got == [], got


@pytest.mark.parametrize(("form", "text", "want"), _params(STATEMENTS, STATEMENT_XFAIL))
def test_statements_s25a(form: str, text: str, want: list[tuple[str, str, str | None]]) -> None:
    check_statements(text, want)


@pytest.mark.parametrize(("form", "text"), _params(NO_STATEMENT, NO_STATEMENT_XFAIL))
def test_statements_s25a_none(form: str, text: str) -> None:
    check_no_statement(text)
