"""Checklist (s28, helper d): figure forms of general news English that the s28 read sets showed
failing, each class with rows that must be read and rows the rule must not take.

- Dollar-prefixed currency abbreviations: the press of every dollar country writes its own dollar
  with a letter prefix before '$' ('NZ$12 million', 'J$3.5 billion', 'TT$40 million',
  'EC$5 million'); the prefix names the currency, as 'A$' and 'C$' do, and the amount is in it.
- Lists of coordinated counts sharing one noun: 'three interstate, 12 intergovernmental and 25
  interdepartmental agreements' writes the noun once, after the last number; every earlier number
  (also after a comma, and with a lowercase adjective as its modifier) counts the same things of
  its own kind.  A breakdown by kind after 'including' counts each kind; a single part after
  'including' ('including three memoranda on mining') still describes one group of the whole.
- 'Firms' is counted in its own word: gold writers copy the plural the text counts with
  ('over 1,500 Japanese firms operating in X' is 1500 firms), as they do for 'memorandums'.
- A country's nationals abroad counted by their demonym's plural ('about 4,000 Ruritanians live in
  Kenya'): a count of people concerning both countries.  Not read: people already named ('the 300
  Kenyans who ...'), casualties, a handful, a year.
- Lengths of works told as an amount: 'the repair of 65 kilometres of roads', 'a canal some 90km
  in length' size the project in km.  Not read: a distance between places or one travelled, nor
  the adjective forms test_figures_checklist3 keeps out ('a 310-km railway').
- Count nouns of tourism and health aid: 'arrivals' ('recorded 840,000 arrivals from X') and
  'beds' (the size of a hospital a partner builds), each counted in its own word.

Rows are read against Thursday 12 June 2025.  Every sentence, person and body is invented."""

from __future__ import annotations

import pytest
from tests.checklist_rows import xfail_cases
from tests.test_statements_figures_checklist5 import check_figures

FIGURES: dict[str, tuple[str, list]] = {
    # --- dollar-prefixed currency abbreviations
    "nz-dollar-prefix": ("New Zealand will give NZ$12 million to Samoa for new classrooms.",
                         [(12e6, "NZD", None, "")]),
    "jamaican-dollar-prefix": ("Jamaica accepted a grant of J$2.8 billion from Norland for rural roads.",
                               [(2.8e9, "JMD", None, "grant")]),
    "trinidad-dollar-prefix": ("Trinidad and Tobago received a TT$45 million loan from Ruritania.",
                               [(45e6, "TTD", None, "loan")]),
    "east-caribbean-dollar-prefix": ("Grenada got EC$7 million in aid from Norland last year.",
                                     [(7e6, "XCD", "2024", "aid")]),
    # --- what must NOT change: the US dollar and the bare dollar sign
    "us-dollar-prefix-stays": ("Norland lent Samoa US$9 million for a new wharf.", [(9e6, "USD", None, "")]),
    "singapore-prefix-stays": ("Singapore pledged S$3 million to Ruritania.", [(3e6, "SGD", None, "")]),
    # --- lists of coordinated counts sharing one noun
    "breakdown-by-kind": ("Norland and Ruritania have signed 40 documents on Tuesday, including three "
                          "interstate, 12 intergovernmental and 25 interdepartmental agreements.",
                          [(40, "documents", "2025-06-10", ""), (3, "agreements", "2025-06-10", "interstate"),
                           (12, "agreements", "2025-06-10", "intergovernmental"),
                           (25, "agreements", "2025-06-10", "interdepartmental")]),
    "three-demonym-list": ("The programme now hosts 200 Kenyan, 150 Ugandan and 90 Tanzanian students.",
                           [(200, "students", None, "Kenyan"), (150, "students", None, "Ugandan"),
                            (90, "students", None, "Tanzanian")]),
    "two-lowercase-adjectives": ("Norland and Ruritania signed seven commercial and five governmental "
                                 "agreements on Tuesday.",
                                 [(7, "agreements", "2025-06-10", "commercial"),
                                  (5, "agreements", "2025-06-10", "governmental")]),
    # --- what must NOT change: a plural noun is no modifier, a single part stays inside the whole
    "not-years-as-modifier": ("Norland hosted 300 students for five years and 30 companies from Ruritania.",
                              [(300, "students", None, ""), (30, "companies", None, "")]),
    "single-part-stays-in-whole": ("Norland and Ruritania signed five agreements on Tuesday, including "
                                   "three memoranda of understanding on mining.",
                                   [(5, "agreements", "2025-06-10", "")]),
    # --- firms counted as firms
    "firms-as-written": ("More than 1,200 Ruritanian firms operate in Norland, the embassy said.",
                         [(1200, "firms", "2025-06", "Ruritanian firms")]),
    "companies-stay-companies": ("More than 1,200 Ruritanian companies operate in Norland.",
                                 [(1200, "companies", "2025-06", "Ruritanian companies")]),
    # --- nationals abroad
    "nationals-in-place": ("There are about 46,000 Kenyans in Qatar, the embassy said.",
                           [(46000, "people", None, "Kenyans in Qatar")]),
    "nationals-live-work": ("Some 3,500 Ugandans live and work in Oman.",
                            [(3500, "people", "2025-06", "Ugandans")]),
    "nationals-million": ("About 1.4 million Indians work in Oman.", [(1.4e6, "people", None, "Indians")]),
    "not-nationals-determined": ("The 300 Kenyans who landed in Doha were met by the ambassador.", []),
    "not-nationals-harm": ("At least 120 Kenyans were killed in the floods in Somalia.", []),
    "not-nationals-handful": ("Three Kenyans and 12 Ugandans attended the workshop in Oman.", []),
    # --- lengths of works
    "length-of-roads": ("Norland will fund the repair of 65 kilometres of roads in Ruritania.",
                        [(65, "km", None, "roads")]),
    "length-of-track": ("Norland will lay 120 km of new track in Ruritania.", [(120, "km", None, "track")]),
    "not-length-adjective": ("Norland and Ruritania opened a 310-km railway on Tuesday.", []),
    "length-in-length": ("A Norland firm will dig a canal some 90km in length across Ruritania.",
                         [(90, "km", None, "canal")]),
    "not-length-distance-from": ("The new port, 40 km from the Ruritanian capital, was funded by "
                                 "Norland.", []),
    "not-length-travelled": ("The Norland delegation drove 300 km along the highway to Ruritania.", []),
    # --- arrivals and beds
    "arrivals-counted": ("Ruritania recorded 840,500 tourist arrivals from Norland in 2024.",
                         [(840500, "arrivals", "2024", "arrivals")]),
    "beds-counted": ("The hospital Norland is building in Ruritania will have 350 beds.",
                     [(350, "beds", None, "beds")]),
    "not-arrivals-without-number": ("Norland and Ruritania discussed the arrivals of three ministers.", []),
}

OPEN: dict[str, str] = {}


@pytest.mark.parametrize("case", xfail_cases(FIGURES, OPEN))
def test_figures_s28_helperd(case: str) -> None:
    check_figures(*FIGURES[case])
