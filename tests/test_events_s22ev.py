"""An events checklist from the s22 event errors, by construction (/work/notes22/quality.md):

- a signing someone witnessed, told with a date after the weekday between the verb and its
  object ('witnessed on Tuesday 14/5/2024 the signing of ...'), or in the passive ('The signing
  of the agreement was witnessed by President X'), is the signing's ceremony as in the active;
- 'signed two memorandums of understanding on Tuesday in Lima, in the presence of A and B': since
  s32 no event (GOLD_FORMAT: a signing without a ceremony, meeting or visit gives none);
- 'met A on Tuesday in the presence of B': B attends the meeting, is not one more person met;
- 'to establish bilateral consultations': the meeting noun names a mechanism being set up, no
  occasion;
- 'begins on Monday (20)': a day of the month in brackets after the weekday fixes the day, ahead
  of the paper as well as before it;
- 'X arrived here on Tuesday': in a datelined story 'here' is the dateline's place, a visit to its
  country by a visitor from another;
- 'the session of the Joint Commission for cooperation in trade, energy and mining was held from
  May 6-8': the commas of a series of common nouns do not end the event's clause, so the date
  after its verb is still the event's;
- 'the visit of a high-level Ghanaian delegation to Peru': a hyphenated modifier before the
  demonym of a group visitor;
- 'agreed to continue bilateral dialogue', 'maintaining regular consultations': the meeting noun
  names a relation kept up, no occasion.

Negative rows: a passive witnessed by no named person; an agreement's aim of consultations; a
visitor arriving 'here' in their own country's dateline.
Rows that must not change: consultations said to be held; two people met without anyone present;
a weekday with no bracketed day still read backwards.

Rows are read against Thursday 16 May 2024 (Monday 13, Tuesday 14, Wednesday 15 May).  Every
sentence, person and place pairing is invented."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

MENSAH, VEGA = "Kofi Mensah", "Luis Vega"          # Ghanaian, Peruvian office holders (invented)
NORA, PIA = "Nora Lindqvist", "Pia Salo"           # Swedish, Finnish office holders (invented)

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # --- witnessed, with a date after the weekday
    ("witnessed-weekday-numeric-date", "Ghanaian President Kofi Mensah and his Peruvian counterpart Luis "
     "Vega witnessed on Tuesday 14/5/2024 the signing of three agreements at the presidential palace "
     "in Lima.", [("Event", "2024-05-14", [MENSAH, VEGA], "PE")], True),
    ("witnessed-weekday-bracketed-date", "Swedish Prime Minister Nora Lindqvist and Finnish Prime "
     "Minister Pia Salo witnessed on Tuesday (May 14) the signing of a memorandum on forestry.",
     [("Event", "2024-05-14", [NORA, PIA], None)], True),
    # --- witnessed, in the passive
    ("witnessed-by-passive", "Ghana and Peru signed a trade agreement on Tuesday. The signing of the "
     "agreement was witnessed by Ghanaian President Kofi Mensah.",
     [("Event", "2024-05-14", [MENSAH], None)], True),
    ("witnessed-by-passive-plural", "The signing of the two memorandums on Wednesday were also witnessed "
     "by Swedish Prime Minister Nora Lindqvist and Finnish Prime Minister Pia Salo.",
     [("Event", "2024-05-15", [NORA, PIA], None)], True),
    # --- the people present at a meeting are not met
    ("met-in-presence-of", "The Swedish delegation met Finnish Prime Minister Pia Salo on Tuesday in the "
     "presence of Foreign Minister Luis Vega and other officials.",
     [("Meeting", "2024-05-14", [PIA], None)], True),
    ("met-comma-in-presence-of", "The delegation held talks with Ghanaian President Kofi Mensah on "
     "Monday, in the presence of Foreign Minister Nora Lindqvist.",
     [("Meeting", "2024-05-13", [MENSAH], None)], True),
    # --- must not change: consultations held; two people met, no one present
    ("consultations-held-stays", "The foreign ministries of Ghana and Peru held bilateral consultations "
     "in Accra on Tuesday.", [("Meeting", "2024-05-14", [], "GH")], True),
    ("met-two-stays", "The Swedish delegation met Finnish Prime Minister Pia Salo and Peruvian Foreign "
     "Minister Luis Vega on Tuesday.", [("Meeting", "2024-05-14", [PIA], None),
                                        ("Meeting", "2024-05-14", [VEGA], None)], True),
    # --- a weekday with the day of the month in brackets
    ("weekday-bracketed-day-ahead", "Ghanaian Foreign Minister Kofi Mensah said the official visit of "
     "Peruvian President Luis Vega to Ghana begins on Monday (20), in Accra.",
     [("StateVisit", "2024-05-20", [VEGA, "GH"], "GH")], True),
    ("weekday-bracketed-day-before", "Peruvian President Luis Vega arrived in Accra on Tuesday (14) for "
     "a state visit to Ghana.", [("StateVisit", "2024-05-14", [VEGA, "GH"], "GH")], True),
    ("weekday-alone-stays-backwards", "Peruvian President Luis Vega arrived in Accra on Monday for a "
     "state visit to Ghana.", [("StateVisit", "2024-05-13", [VEGA, "GH"], "GH")], True),
    # --- 'arrived here' in a datelined story
    ("arrived-here-dateline", "LIMA, May 16 -- Ghanaian Foreign Minister Kofi Mensah met Peruvian Foreign "
     "Minister Luis Vega on Thursday. Mensah arrived here on Tuesday and will return to Accra on Friday.",
     [("Meeting", "2024-05-16", [MENSAH, VEGA], None), ("Event", "2024-05-14", [MENSAH, "PE"], "PE")],
     True),
    # --- a series of common nouns inside the event's clause
    ("series-of-nouns-then-held", "The third session of the Joint Commission for cooperation in trade, "
     "energy and mining was held from May 6-8 in Accra.", [("Meeting", "2024-05-06", [], None)], True),
    ("series-of-nouns-then-took-place", "The second meeting of the Joint Committee on cooperation in "
     "health, education and culture took place on Tuesday.", [("Meeting", "2024-05-14", [], None)], True),
    # --- a group visitor after a hyphenated modifier
    ("group-visit-hyphenated-modifier", "The agreement was signed on Tuesday during the visit of a "
     "high-level Ghanaian delegation to Peru.", [("Event", "2024-05", ["GH", "PE"], "PE")], False),
    ("witnessed-active-stays", "Ghanaian President Kofi Mensah witnessed on Tuesday the signing of a "
     "trade agreement.", [("Event", "2024-05-14", [MENSAH], None)], True),
]

NO_EVENT: list[tuple[str, str]] = [
    # a signing told only as done in someone's presence names no ceremony, meeting or visit (GOLD_FORMAT)
    ("presence-after-long-object", "Ghana and Peru signed two memorandums of understanding on Tuesday in "
     "Lima, in the presence of Ghanaian President Kofi Mensah and Peruvian President Luis Vega."),
    ("arrived-here-at-home", "ACCRA -- Ghanaian Foreign Minister Kofi Mensah arrived here on Tuesday."),
    ("witnessed-by-no-one-named", "The signing of the agreement was witnessed by hundreds of guests."),
    ("establish-consultations", "One of the agreements is to establish bilateral consultations between "
     "the foreign ministries of Ghana and Peru."),
    ("continue-dialogue", "Ghanaian and Peruvian officials agreed to continue bilateral dialogue on "
     "security."),
    ("maintaining-consultations", "Both ministries are committed to maintaining regular consultations."),
    ("establishing-dialogue", "The memorandum aims at establishing a regular dialogue between the two "
     "central banks."),
]

XFAIL: dict[str, str] = {}


test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
