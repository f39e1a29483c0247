"""A fourteenth checklist of events, by mechanism rather than by phrasing, from the events errors
pooled over ninety fresh articles (/work/notes/s20/classes-q-ev9.md):

- the span: a time adverbial between the visit noun and its destination ('paid an official visit
  today to X', 'made a visit on Monday to X') hides the destination from the visit noun;
- the linking of the visitor: a subject apposed between commas ('The Foreign Minister of X, Y,
  paid a visit to Z', 'Y, X's minister, is paying as from Friday a working visit to Z') is the
  visitor of the visit noun its verb takes, as it already is of a verb of a journey;
- the type: an official visit is a state visit when a head of state makes it; a prime
  minister's official visit is a minister's, Other (GOLD_FORMAT: ministers' official visits not
  called state visits);
- the relation: 'X visited with Y' is American English for meeting Y, a Meeting of the two,
  not a visit to a place; 'A and B met' when B's title holds 'of', 'for' or 'the' ('A and
  Minister for Foreign Affairs B met yesterday') is the same pair meeting.

- the linking of mentions: a signing occasion told twice on one day ('witnessed the signing
  ceremony' ... 'the leaders witnessed the exchange of four agreements') is one ceremony, with
  every participant either telling names.

Negative rows: a verb of paying or making whose object is no visit; a visit told as a plan
without its time; 'visited with' no one named.

Rows are read against Thursday 16 May 2024 (Monday 13, Tuesday 14, Wednesday 15 May).  Every
sentence, person and place pairing is invented."""

from __future__ import annotations

from tests.test_event_forms import Expected, checklist_tests

MENSAH, VEGA = "Kofi Mensah", "Luis Vega"          # Ghanaian, Peruvian office holders (invented)
NORA, PIA = "Nora Lindqvist", "Pia Salo"           # Swedish, Finnish office holders (invented)

EVENTS: list[tuple[str, str, list[Expected], bool]] = [
    # --- a time adverbial between the visit noun and its destination
    ("visit-today-to", "The Foreign Minister of Ghana, Kofi Mensah paid an official visit today to "
     "Peru.", [("Event", "2024-05-16", [MENSAH, "PE"], "PE")], True),
    ("visit-on-weekday-to", "Ghanaian Trade Minister Kofi Mensah paid a visit on Monday to Peru.",
     [("Event", "2024-05-13", [MENSAH, "PE"], "PE")], True),
    ("visit-on-date-to", "Swedish Trade Minister Nora Lindqvist began a working visit on 14 May to "
     "Finland.", [("Event", "2024-05-14", [NORA, "FI"], "FI")], True),
    ("state-visit-last-week-to-two", "Ghanaian President Kofi Mensah made a state visit last week to "
     "Peru and Chile.", [("StateVisit", "2024-05", [MENSAH, "PE"], "PE"),
                         ("StateVisit", "2024-05", [MENSAH, "CL"], "CL")], True),
    ("visit-yesterday-to-capital", "Ghanaian Trade Minister Kofi Mensah began a visit yesterday to the "
     "Peruvian capital Lima.", [("Event", "2024-05-15", [MENSAH, "PE"], "PE")], True),
    # --- the visitor apposed before the verb that takes the visit noun
    ("apposed-title-name-paid", "The Ghanaian Foreign Minister, Kofi Mensah, paid an official visit to "
     "Peru on Monday.", [("Event", "2024-05-13", [MENSAH, "PE"], "PE")], True),
    ("apposed-is-paying-as-from", "The Ghanaian Foreign Minister, Kofi Mensah, is paying as from this "
     "Wednesday a three-day working visit to Lima.", [("Event", "2024-05-15", [MENSAH, "PE"], "PE")],
     True),
    ("apposed-name-title-made", "Nora Lindqvist, Sweden's Minister for Trade, made a two-day visit to "
     "Finland on Tuesday.", [("Event", "2024-05-14", [NORA, "FI"], "FI")], True),
    ("apposed-will-pay-with-day", "The Swedish Minister for Trade, Nora Lindqvist, will pay a working "
     "visit to Finland on 12 June.", [("Event", "2024-06-12", [NORA, "FI"], "FI")], True),
    ("participle-after-met-is-subjects", "Swedish Trade Minister Nora Lindqvist met Finnish Foreign "
     "Minister Pia Salo, paying a visit to Finland on Monday.",
     [("Event", "2024-05-13", [NORA, "FI"], "FI")], False),
    # --- a head of government's official visit is no state visit (only heads of state pay those)
    ("premier-official-visit-other", "Ghanaian Prime Minister Kofi Mensah paid an official visit to "
     "Peru on Monday.", [("Event", "2024-05-13", [MENSAH, "PE"], "PE")], True),
    ("premier-of-country-official-visit", "The official visit of the Prime Minister of Sweden Nora "
     "Lindqvist to Finland began on Tuesday.", [("Event", "2024-05-14", [NORA, "FI"], "FI")], True),
    ("premier-arrived-for-official-visit", "Ghanaian Prime Minister Kofi Mensah arrived in Lima on "
     "Monday for an official visit.", [("Event", "2024-05-13", [MENSAH, "PE"], "PE")], True),
    ("premier-state-visit-stays", "Ghanaian Prime Minister Kofi Mensah paid a state visit to Peru on "
     "Monday.", [("StateVisit", "2024-05-13", [MENSAH, "PE"], "PE")], True),
    ("president-official-visit-stays", "Ghanaian President Kofi Mensah paid an official visit to Peru "
     "on Monday.", [("StateVisit", "2024-05-13", [MENSAH, "PE"], "PE")], True),
    ("king-arrived-for-official-visit-stays", "Swedish King Nora Lindqvist arrived in Helsinki on "
     "Tuesday for an official visit.", [("StateVisit", "2024-05-14", [NORA, "FI"], "FI")], True),
    ("premier-working-visit-stays-other", "Ghanaian Prime Minister Kofi Mensah began a working visit to "
     "Peru on Tuesday.", [("Event", "2024-05-14", [MENSAH, "PE"], "PE")], True),
    # --- a pair that meets, the second under a title with 'of', 'for', 'the'
    ("pair-met-minister-for", "Deputy Prime Minister and Minister of Foreign Affairs Kofi Mensah and "
     "Minister for Foreign Affairs Luis Vega met yesterday in Lima.",
     [("Meeting", "2024-05-15", [MENSAH, VEGA], "PE")], True),
    ("pair-met-minister-of-country", "Ghanaian Minister of Trade Kofi Mensah and Minister of Foreign "
     "Affairs of Peru Luis Vega met on Tuesday.", [("Meeting", "2024-05-14", [MENSAH, VEGA], None)], True),
    ("pair-met-minister-for-the", "Swedish Minister of Trade Nora Lindqvist and Minister for the "
     "Environment Pia Salo met in Helsinki on Monday.", [("Meeting", "2024-05-13", [NORA, PIA], "FI")],
     True),
    ("pair-met-plain-stays", "Swedish Trade Minister Nora Lindqvist and Finnish Foreign Minister Pia "
     "Salo met on Monday.", [("Meeting", "2024-05-13", [NORA, PIA], None)], True),
    # --- one signing occasion a day, however many sentences tell it
    ("signing-ceremony-then-exchange-one", "Ghana and Peru signed four agreements in Accra on Monday. "
     "Ghanaian President Kofi Mensah and Peruvian President Luis Vega witnessed the signing ceremony. The "
     "leaders witnessed the exchange of four agreements across various sectors, a spokesman said after "
     "the agreements were exchanged by officials in the presence of Mensah and Vega.",
     [("Event", "2024-05-13", [MENSAH, VEGA], None)], True),
    ("exchange-witnessed-twice-one", "Ghanaian President Kofi Mensah and Peruvian President Luis Vega "
     "witnessed the signing and exchange of notes on grant aid in Accra on Monday. Both leaders also "
     "witnessed the exchange of a memorandum of cooperation on space research between the two space "
     "agencies.", [("Event", "2024-05-13", [MENSAH, VEGA], "GH")], True),
    ("signings-on-two-days-stay-two", "Ghanaian President Kofi Mensah and Peruvian President Luis Vega "
     "witnessed the signing of a trade agreement in Accra on Monday. On Tuesday, Ghanaian Trade "
     "Minister Nora Lindqvist and Peruvian Trade Minister Pia Salo witnessed the signing of a fisheries "
     "memorandum in Kumasi.", [("Event", "2024-05-13", [MENSAH, VEGA], "GH"),
                               ("Event", "2024-05-14", [], "GH")], True),
    # --- 'visited with' a person is a meeting
    ("visited-with-titled", "Ghanaian Foreign Minister Kofi Mensah visited with Peruvian President Luis "
     "Vega in Lima on May 8.", [("Meeting", "2024-05-08", [MENSAH, VEGA], None)], True),
    ("visited-with-untitled-comma", "The accord was reached in Lima when Ghana's President Kofi Mensah "
     "visited with Luis Vega, on May 8.", [("Meeting", "2024-05-08", [MENSAH, VEGA], None)], True),
    ("visited-person-stays", "Ghanaian Foreign Minister Kofi Mensah visited President Luis "
     "Vega at his residence in Lima on Monday.", [("Meeting", "2024-05-13", [MENSAH, VEGA], None)],
     False),
]

NO_EVENT: list[tuple[str, str]] = [
    ("paid-tribute-on-day-to", "The Ghanaian Foreign Minister, Kofi Mensah, paid tribute on Monday to "
     "Peru's farmers."),
    ("said-a-visit-is-considered", "The Ghanaian Foreign Minister, Kofi Mensah, said a visit to Peru "
     "was being considered."),
    ("will-pay-a-visit-no-time", "The Swedish Minister for Trade, Nora Lindqvist, will pay a working "
     "visit to Finland."),
    ("visited-with-no-one", "Swedish students visited with their teachers on Monday."),
    ("and-a-body-then-met", "Swedish Trade Minister Nora Lindqvist and the Ministry for Foreign Affairs "
     "met their targets."),
]

# Forms not read yet: strict xfails, with what goes wrong.
XFAIL: dict[str, str] = {
    "said-a-visit-is-considered": "a visit noun with a place but no time and no verb of a journey "
                                  "(reported as considered) is still taken by the visit-noun rule",
}


test_event, test_no_event = checklist_tests(EVENTS, NO_EVENT, XFAIL)
