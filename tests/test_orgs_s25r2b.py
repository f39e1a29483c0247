"""An s25 round-2 organisations checklist, by word class.

- newspapers named with 'Telegraph' (Spanish 'Telégrafo') or 'Chronicle' as their type word are
  outlets, also when the name opens with 'New' ('New Telegraph', as 'The Times' opens with
  'The'), which otherwise opens a phrase ('New agreements ...');
- Taiwan's five branches of government are 'Yuan's ('the Legislative Yuan', 'the Executive
  Yuan'): state bodies, while a lowercase 'yuan' stays the currency;
- 'You' is also a Chinese surname: after a title it is a person's name, so a body's name ends
  before the title ('Legislative Yuan President You X');
- a capitalised run ending in 'Consultation' (a round of talks, as its plural) or 'Release' (a
  press release, a document) names no body, though 'Press' is an outlet's type word;
- a demonym's plural ('Belgians', 'Kenyans') beside a company is a people, no company.

Every text is invented (invented people, outlets and bodies; no corpus text).  Each row gives
the organisations expected (name or alias, type, country; ANY and ANYTYPE leave one open) and
names that must not be organisations."""

from __future__ import annotations

import pytest
from tests.test_orgs_checklist6 import ANY, MO
from tests.test_orgs_checklist9 import ANYTYPE, _check

GB = "GovernmentBody"

ORGS = [
    # (a) newspapers' type words, and 'New' opening an outlet's name
    ("telegraph-according-to", "The deal was signed on Friday, according to New Telegraph.",
     [("New Telegraph", MO, ANY)], []),
    ("telegraph-reported", "Velmar Telegraph reported that Peru and Malawi signed a fisheries deal.",
     [("Velmar Telegraph", MO, ANY)], []),
    ("telegrafo-reported", "El Telegrafo reported that Peru and Chile took another step together.",
     [("El Telegrafo", MO, ANY)], []),
    ("chronicle-said", "The Korlia Chronicle said the two ministers signed the deal on Monday.",
     [("Korlia Chronicle", MO, ANY)], []),
    # must not change: 'New' opening a sentence before no outlet word names nothing
    ("new-phrase-unchanged", "New agreements were signed on Monday, according to the Korlia Times.",
     [("Korlia Times", MO, ANY)], ["New agreements"]),
    # (b) Taiwan's branches of government
    ("legislative-yuan", "The Legislative Yuan approved the fisheries deal with Peru on Monday.",
     [("Legislative Yuan", GB, ANY)], []),
    ("executive-yuan-possessive", "Taiwan's Executive Yuan approved a budget of 5 billion yuan.",
     [("Executive Yuan", GB, ANY)], []),
    # must not change: the currency names no body
    ("yuan-currency-unchanged", "The loan of 300 million yuan was signed by both sides on Monday.",
     [], ["yuan"]),
    # (c) the surname 'You' after a title
    ("you-surname-after-title", "He will meet with Legislative Yuan President You Wen-lin on Monday.",
     [("Legislative Yuan", GB, ANY)], ["Legislative Yuan President You Wen-lin"]),
    # must not change: a sentence opened with 'You' names nothing
    ("you-pronoun-unchanged", "\"You can count on Korlia Trade Council,\" the minister said.",
     [("Korlia Trade Council", ANYTYPE, ANY)], ["You"]),
    # (d) talks and documents named with a body's type word inside
    ("consultation-singular", "The team is in Lima for the Peru/Malawi Joint Commission and"
     " Inter-Ministerial Consultation.", [("Peru/Malawi Joint Commission", ANYTYPE, None)],
     ["Inter-Ministerial Consultation"]),
    ("press-release", "After the meeting, the four ministers issued the Joint Press Release.",
     [], ["Joint Press Release"]),
    # must not change: an outlet named with 'Press', and a press agency that released a text
    ("press-outlet-unchanged", "The Velmar Press Agency released the text of the deal on Monday.",
     [("Velmar Press Agency", MO, ANY)], []),
    # (e) a people beside a company
    ("demonym-plural-sibling", "Apart from Velmar Bank, Belgians have been involved in several"
     " projects in Lima.", [("Velmar Bank", ANYTYPE, ANY)], ["Belgians"]),
    ("demonym-plural-kenyans", "Apart from Velmar Bank, Kenyans have built several plants in Lima.",
     [("Velmar Bank", ANYTYPE, ANY)], ["Kenyans"]),
    # must not change: bare company names in a list stay companies
    ("firm-list-unchanged", "Firms such as Norgas and Sudria Power signed deals on Monday.",
     [("Norgas", "Company", ANY), ("Sudria Power", "Company", ANY)], []),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_s25r2b_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)
