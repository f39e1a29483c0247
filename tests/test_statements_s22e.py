"""Statements, s22 checklist: a pair of speakers named by a plural pronoun, a channel phrase
between a speaker and its verb ('X in a statement on Monday said'), and 'today (Sunday)'.  After a sentence
naming two people and no one else, 'Both noted that ...' and 'They (also) reaffirmed ...' are
each one's statement; 'they' for a group, for countries, or after a sentence naming one person
or three gives no speaker.  Every text is written for these tests (invented people and places;
no corpus text).  A case gives the statements as (speaker, a phrase of what was said)."""

from __future__ import annotations

import pytest
from tests.test_statements_figures_checklist5 import said

MET = "Peruvian Foreign Minister Luis Mendoza met Chilean Foreign Minister Ana Torres in Lima on Wednesday."

STATEMENTS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "both-noted": (f"{MET}\n\nBoth noted that trade could reach $5 billion this year.",
                   [("Luis Mendoza", "trade could reach"), ("Ana Torres", "trade could reach")]),
    "they-also-reaffirmed-after-they": (f"{MET} They discussed fisheries in the Pacific. They also "
                                        "reaffirmed the importance of a free and open Pacific.",
                                        [("Luis Mendoza", "free and open"), ("Ana Torres", "free and open")]),
    "they-said": (f"{MET} They said that the two countries would open a joint fund.",
                  [("Luis Mendoza", "joint fund"), ("Ana Torres", "joint fund")]),
    # a channel phrase between a speaker and its verb: 'X in a statement on Monday said'
    "body-in-statement-said": ("Chile's Foreign Ministry in a statement on Monday said the Peruvian minister "
                               "will visit Santiago.", [("Foreign Ministry", "will visit Santiago")]),
    "body-alias-in-statement-said": ("The Foreign Ministry (Cancilleria) in a statement today said the "
                                     "Peruvian minister will meet the President of Chile.",
                                     [("Foreign Ministry", "will meet")]),
    "person-in-joint-statement": ("Chilean Foreign Minister Ana Torres in a joint statement on Monday said "
                                  "the two countries would deepen trade with Peru.",
                                  [("Ana Torres", "deepen trade")]),
    # what must not change
    "in-capital-said-kept": ("Chilean Foreign Minister Ana Torres in Lima said the two countries would "
                             "deepen trade with Peru.", [("Ana Torres", "deepen trade")]),
    "one-person-they": ("Chilean Foreign Minister Ana Torres visited a port in Lima on Wednesday. They "
                        "said that exports would rise.", []),
    "countries-they": ("Chile and Peru signed a fisheries accord on Wednesday. They said that exports "
                       "would rise.", []),
    "three-people-both": ("Luis Mendoza met Ana Torres and Marta Ruiz in Lima on Wednesday. Both said that "
                          "exports would rise.", []),
    "named-speaker-kept": (f"{MET} Torres said that exports would rise.", [("Ana Torres", "exports")]),
}


@pytest.mark.parametrize("case", sorted(STATEMENTS))
def test_statements_s22e(case):
    text, want = STATEMENTS[case]
    found = said(text)
    assert len(found) == len(want), found
    for speaker, phrase in want:
        assert any(s == speaker and phrase.lower() in t.lower() for s, t, _d in found), found


# 'said today (Wednesday)': wire copy filed a day before the paper names the day it means
DATED: dict[str, tuple[str, str]] = {
    "today-weekday-named": ("Chilean Foreign Minister Ana Torres said today (Wednesday), in Lima, that the "
                            "visit will boost trade with Peru.", "2025-06-11"),
    "yesterday-weekday-named": ("Chilean Foreign Minister Ana Torres said yesterday (Tuesday) that the visit "
                                "will boost trade with Peru.", "2025-06-10"),
    # what must not change: 'today' alone is the paper's day
    "today-alone": ("Chilean Foreign Minister Ana Torres said today that the visit will boost trade with "
                    "Peru.", "2025-06-12"),
}


@pytest.mark.parametrize("case", sorted(DATED))
def test_statement_dates_s22e(case):
    text, day = DATED[case]
    found = said(text)
    assert [d for _s, _t, d in found] == [day], found
