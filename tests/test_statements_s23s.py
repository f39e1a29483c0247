"""Statements, s23 checklist: speakers the s23 news sets showed the extractor missing.

- A surname whose particle is one letter and an apostrophe ('O’Connor', "D'Souza"), written
  alone after the full name, is that person ('..., O’Connor said').
- 'Both ministers' / 'The two officials' names the two people of the latest sentence that named
  anyone, a few sentences back, not whoever else holds the title; the noun need not repeat
  their exact titles (two trade secretaries are 'both ministers').
- 'touted X as Y' is a praising verb, as 'hailed' is.
- Delayed identification: a lead reporting speech by a role alone ('..., an official said
  Tuesday') is the statement of the untitled speaker the next sentence names.

Every text is written for these tests (invented people and places; no corpus text).  A case
gives the statements as (speaker, a phrase of what was said)."""

from __future__ import annotations

import pytest
from tests.test_statements_figures_checklist5 import said

PAIR = ("Ruritanian Trade Minister Ana Vell and her Borovian counterpart Ivo Marek signed the "
        "accord in Strelsau.")
SECRETARIES = ("Trade Secretary Lena Ortiz met Borovian Trade Secretary Ivo Marek in Strelsau to "
               "discuss investment.")

STATEMENTS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    # apostrophe particles
    "curly-apostrophe-tag": ("Prime Minister Liam O’Connor met the Borovian envoy. “Our ties have never "
                             "been stronger,” O’Connor said after the talks.",
                             [("Liam O’Connor", "never been stronger")]),
    "straight-apostrophe-that": ("Finance Minister Rhea D'Souza visited Strelsau. D'Souza said that the "
                                 "new bank would open next year.",
                                 [("Rhea D'Souza", "would open next year")]),
    # a plural role noun for the pair named a few sentences back
    "both-ministers-later-pm": (f"{PAIR} The pact cuts tariffs on grain. Exporters will gain from it. "
                                "Both ministers said the pact opened a new era. Talks stalled when "
                                "Prime Minister Otto Brun left office.",
                                [("Ana Vell", "new era"), ("Ivo Marek", "new era")]),
    "both-ministers-secretaries": (f"{SECRETARIES} During the meeting, the officials also discussed a "
                                   "port plan. Both ministers expressed their commitment to open trade.",
                                   [("Lena Ortiz", "commitment to open trade"),
                                    ("Ivo Marek", "commitment to open trade")]),
    "the-two-officials": (f"{PAIR} The two officials stressed that the accord would create jobs.",
                          [("Ana Vell", "create jobs"), ("Ivo Marek", "create jobs")]),
    "both-touted": (f"{PAIR} Both ministers touted the deal as a sign of closer ties.",
                    [("Ana Vell", "sign of closer ties"), ("Ivo Marek", "sign of closer ties")]),
    # what must not change
    "both-sides-countries": ("Ruritania and Borovia signed a grain accord on Monday. Both sides said "
                             "that exports would rise.", []),
    "both-ministers-three-named": ("Ana Vell met Ivo Marek and Otto Brun in Strelsau. The talks "
                                   "covered grain. Both ministers said that exports would rise.", []),
    "one-named-then-both": ("Ruritanian Trade Minister Ana Vell visited a port in Strelsau. Both "
                            "ministers said that exports would rise.", []),
    "named-speaker-kept": (f"{PAIR} Vell said that exports would rise.", [("Ana Vell", "exports")]),
    # delayed identification in a lead
    "lead-an-official": ("Chile will sign a fisheries pact with Peru next week, an official said Tuesday.\n\n"
                         "The cabinet approved the deal, said Marta Quispe, a foreign ministry official.",
                         [("Marta Quispe", "fisheries pact"), ("Marta Quispe", "cabinet approved")]),
    "lead-possessive-envoy": ("Trade between Chile and Peru grew by 40 percent in five years, Lima's "
                              "ambassador to Santiago said on Monday.\n\nSpeaking at a reception, Marta "
                              "Quispe said: \"Our trade has grown from $1 billion to $1.4 billion.\"",
                              [("Marta Quispe", "40 percent"), ("Marta Quispe", "$1 billion")]),
    "lead-next-titled-no": ("Chile will sign a fisheries pact with Peru next week, an official said "
                            "Tuesday.\n\nForeign Minister Marta Quispe said the cabinet approved the deal.",
                            [("Marta Quispe", "cabinet approved")]),
    "lead-no-name-next": ("Chile will sign a fisheries pact with Peru next week, an official said "
                          "Tuesday.\n\nThe cabinet approved the deal on Monday.", []),
    "past-the-lead-no": ("Chile and Peru met in Lima. The talks covered fish. Both states will sign a "
                         "pact next week, an official said Tuesday.\n\nThe cabinet approved the deal, "
                         "said Marta Quispe.", [("Marta Quispe", "cabinet approved")]),
    "neill-part-no-name": ("Prime Minister Liam O’Connor met the envoy. Connor said that exports "
                           "would rise.", []),
}


@pytest.mark.parametrize("case", sorted(STATEMENTS))
def test_statements_s23s(case):
    text, want = STATEMENTS[case]
    found = said(text)
    assert len(found) == len(want), found
    for speaker, phrase in want:
        assert any(s == speaker and phrase.lower() in t.lower() for s, t, _d in found), found
