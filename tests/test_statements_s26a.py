"""Statements checklist from the s26 sets, by mechanism rather than by article: speakers named
by their office, alone or in pairs.

- 'The minister said ...' when the article has two ministers and neither is written 'Minister
  Name' (one is 'X, Borovia's petroleum minister', the other 'Energy Minister of Y, Z'): the
  one who has the floor speaks, as when both are so written.
- 'They also stressed ...' right after 'the two ministers pledged ...': the same two people,
  each a speaker, though the sentence before names neither.  'The two sides' is no pair of
  people, and 'they' after it names no one.
- 'The prime ministers of A and B appreciated ...': the holder of the title of each country
  named after the plural title.
- 'the Cusco governor and the Chilean diplomat expressed ...': two role phrases joined by 'and',
  each naming one person of the article.
- 'the chairman of the Lima City Council proposed ...': a title whose complement is the
  holder's own body, not a country.

Rows are read against Friday 10 May 2024.  Every sentence, person and country pairing is
invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_params as _params
from tests.test_statements_s25a import check_no_statement, check_statements

L, B, K = "Ana Lopez", "Tom Berg", "Ivo Kral"  # invented
LEAD = "Chile and Peru signed a memorandum on fisheries on Tuesday.\n\n"

# (form, text, [(speaker, phrase in the gist, date or None for any)])
STATEMENTS: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- 'the minister' among two ministers not written 'Minister Name'
    ("the-minister-possessive-apposition", f"{L}, Borovia’s petroleum minister, said the accord "
     f"will help the economy.\n\nChile's Energy Minister, {B}, signed for her side."
     f"\n\n\"We have signed a good deal,\" {L.split()[1]} told journalists.\n\nShe said the "
     "cooperation would help build a refinery.\n\nThe minister said the nation will be the hub of "
     "gas trade for the coast, adding that the deal will open new routes for exports.",
     [(L, "help the economy", None), (L, "signed a good deal", None), (L, "build a refinery", None),
      (L, "hub of gas trade", None), (L, "open new routes", None)]),
    ("the-minister-titled-control", f"{LEAD}Petroleum Minister {L} met Energy Minister {B} in "
     "Lima.\n\nThe talks covered oil.\n\nThe minister said the nation will be the hub of gas "
     "trade for the coast.", [(L, "hub of gas trade", None)]),
    # --- 'They' after 'the two ministers'
    ("they-after-the-two-ministers", f"Trade Minister {L} and Chilean Minister of Commerce {B} "
     "signed a trade agreement in Santiago on May 8.\n\nThe agreement covers market access.\n\n"
     "At their talks that afternoon, the two ministers vowed to link "
     "their businesses more closely.\n\nThey also stressed the need to expand the industrial parks in "
     "the border areas.",
     [(L, "link", None), (B, "link", None),
      (L, "expand the industrial parks", None), (B, "expand the industrial parks", None)]),
    ("they-after-named-pair-control", f"Trade Minister {L} met Chilean Minister of Commerce {B} "
     "in Santiago on May 8.\n\nThey stressed the need to expand the industrial parks.",
     [(L, "expand the industrial parks", None), (B, "expand the industrial parks", None)]),
    # --- 'The prime ministers of A and B'
    ("plural-title-of-two-countries", f"LIMA, May 9 -- Peruvian Prime Minister {L} met Chilean "
     f"Prime Minister {B} on Thursday.\n\nThe prime ministers of Peru and Chile on Thursday "
     "praised the pace of their meetings and looked to a new phase of ties.",
     [(L, "pace of their meetings", "2024-05-09"),
      (B, "pace of their meetings", "2024-05-09")]),
    # --- two role phrases joined by 'and'
    ("two-role-phrases", f"{L}, the governor of Cusco, is to visit Chile in June.\n\n{L} has "
     f"already discussed the visit with {B}, Chilean ambassador to Peru.\n\nAt their meeting, the "
     "Cusco governor and the Chilean diplomat expressed satisfaction with the growing cooperation.",
     [(L, "satisfaction with the growing cooperation", None),
      (B, "satisfaction with the growing cooperation", None)]),
    # --- a title with its body as complement
    ("title-of-own-body", f"{L}, chairman of the Lima City Council, highlighted that Chile is a "
     "key partner.\n\nThe memorandum was signed by both sides.\n\nFollowing the signing, the "
     "chairman of the Lima City Council proposed four priority areas for joint work.",
     [(L, "key partner", None), (L, "four priority areas", None)]),
]

NO_STATEMENT: list[tuple[str, str]] = [
    # --- 'they' after 'the two sides' is the states, not two people
    ("they-after-the-two-sides", f"Trade Minister {L} and Chilean Minister of Commerce {B} signed "
     "a trade agreement in Santiago on May 8.\n\nThe agreement covers market access.\n\nThe two "
     "sides held talks on the same day.\n\nThey also stressed the need to expand the industrial "
     "parks in the border areas."),
    # --- a plural title of two countries when only one holder is named
    ("plural-title-one-holder", f"Peruvian Prime Minister {L} arrived in Santiago.\n\nThe prime "
     "ministers of Peru and Chile praised the pace of their meetings."),
    # --- two role phrases naming the same person
    ("two-role-phrases-one-person", f"{L}, the governor of Cusco, arrived in Santiago.\n\nThe "
     "ports handle most trade.\n\nThe governor and the governor of Cusco expressed satisfaction."),
    # --- a title of another body than the holder's
    ("title-of-other-body", f"{L}, chairman of the Lima City Council, arrived in Santiago.\n\nThe "
     "ports handle most trade.\n\nThe chairman of the Cusco Trade Board proposed four areas."),
    # --- a third person: the person the lead names besides the two
    ("the-minister-three-ministers", f"{LEAD}Petroleum Minister {L} met Energy Minister {B} and "
     f"Mining Minister {K} in Lima.\n\nThe talks covered oil.\n\nThe ports handle most trade.\n\n"
     "The fleets are growing.\n\nThe catch is rising.\n\nThe minister said the nation will be the "
     "hub of gas trade."),
]

STATEMENT_XFAIL: dict[str, str] = {}
NO_STATEMENT_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("form", "text", "want"), _params(STATEMENTS, STATEMENT_XFAIL))
def test_statements_s26a(form: str, text: str, want: list[tuple[str, str, str | None]]) -> None:
    check_statements(text, want)


@pytest.mark.parametrize(("form", "text"), _params(NO_STATEMENT, NO_STATEMENT_XFAIL))
def test_statements_s26a_none(form: str, text: str) -> None:
    check_no_statement(text)
