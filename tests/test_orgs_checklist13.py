"""A thirteenth organisations checklist, by mechanism rather than by article: where the span
component cuts one body's name in two or glues something onto it, what it takes that is no
body, and a body it never sees.

- a wire credit in a dateline that names the city's country, or writes the date day first
  ('LIMA, Peru, Mar 4 (MNX) ...', 'Lima, 4 March 2024 (MNX) ...');
- a broadcaster's 'Radio and Television' (one modifier of one head, as 'Oil and Gas');
- a country written right after a body's type word ('Investment Board Malawi'), which also
  closes the name before an 'and' with a person;
- a body named only by a short form bracketed after a lowercase description of it ('Peruvian
  public television (PTV)', "Peru's state oil company (PNC)");
- a world area, in a list with a body or after its 'and' ('the EU and Latin America');
- 'Executive' before a type word: the organ's name, not a person's title ('the Executive Board
  of UNESCO'), and the known body after its 'of' is mentioned too;
- a family is people ('the Royal Family'), a press conference an event, an economic belt or
  corridor a programme, also as the sibling of a body after 'and';
- a type word alone or a field list after 'of the' is no parent body ('General Secretariat of
  the Government', 'Ministry of the Presidency, Justice, and Parliamentary Relations').

Every text is invented (invented people, outlets and bodies; no corpus text).  Each row gives
the organisations expected (name or alias, type, country; ANY and ANYTYPE leave one open) and
names that must not be organisations; forms still wrong are strict xfails with the reason."""

from __future__ import annotations

import pytest
from tests.test_orgs_checklist6 import ANY, CO, GB, IGO, MO, RI
from tests.test_orgs_checklist9 import ANYTYPE, _check

ORGS = [
    # (a) a wire credit after the dateline's city, country and date
    ("credit-city-country-date", "LIMA, Peru, Mar 4 (MNX) With the signing on Monday of a new agreement, Peru"
     " and Malawi are committed to a joint commission.", [("MNX", MO, ANY)], []),
    ("credit-city-country-long-date", "LIMA, Peru, March 4, 2024 (MNX) Peru and Malawi signed a new agreement"
     " on fisheries.", [("MNX", MO, ANY)], []),
    ("credit-day-first-date", "Lima, 4 March 2024 (MNX) Peru and Malawi signed a new agreement on"
     " fisheries.", [("MNX", MO, ANY)], []),
    ("credit-city-country-no-date", "LILONGWE, Malawi (KTV) Peru and Malawi signed a new agreement on"
     " fisheries.", [("KTV", MO, ANY)], []),
    ("credit-city-country-dash", "LILONGWE, Malawi, Mar 4 (KTV) - Peru and Malawi signed a deal on"
     " fisheries.", [("KTV", MO, ANY)], []),
    ("credit-not-a-pictured-note", "The President of Peru, Ana Kolt (right), met Malawi's leader in Lima.",
     [], ["right"]),
    ("credit-not-an-agreement-acronym", "Peru and Malawi signed a new agreement (MoU) on fisheries.",
     [], ["MoU"]),
    # (b) 'Radio and Television': one modifier of one head
    ("radio-and-television-bracketed", "A protocol between MRT (Malawi Radio and Television Corporation) and"
     " its Peruvian counterpart PBC was signed.",
     [("Malawi Radio and Television Corporation", MO, ANY), ("MRT", MO, ANY)],
     ["Malawi Radio", "Television Corporation"]),
    ("radio-and-television-authority", "The memorandum between the Malawi Radio and Television Authority and"
     " Peru's Andean Broadcasting Company was signed on Monday.",
     [("Malawi Radio and Television Authority", ANYTYPE, ANY), ("Andean Broadcasting Company", MO, ANY)],
     ["Malawi Radio"]),
    ("television-and-radio-company", "The State Television and Radio Company of Malawi will air the"
     " Peruvian series.", [("State Television and Radio Company of Malawi", MO, ANY)], ["State Television"]),
    ("radio-and-tv-council", "The National Radio and TV Council of Malawi and the Peru Film Institute signed"
     " a deal.", [("National Radio and TV Council of Malawi", ANYTYPE, ANY)], ["National Radio"]),
    ("two-outlets-still-two", "Malawi Radio and Peru Television signed a deal.",
     [("Malawi Radio", MO, ANY), ("Peru Television", MO, ANY)], []),
    # (c) a country right after the type word
    ("country-after-board-subject", "Investment Board Malawi on Thursday signed a memorandum with Peru's"
     " state-owned Krast Limited.", [("Investment Board Malawi", GB, "MW")], ["Investment Board"]),
    ("country-after-board-before-person", "The deal was signed between Ana Kolt, Chief Executive Officer of"
     " Investment Board Malawi and Piet Varn, Managing Director of Peruvian company Krast.",
     [("Investment Board Malawi", GB, "MW")], ["Investment Board", "Investment Board Malawi and Piet Varn"]),
    ("country-after-authority", "Tourism Authority Peru signed a deal with Malawi on Monday.",
     [("Tourism Authority Peru", ANYTYPE, "PE")], ["Tourism Authority"]),
    ("country-after-complement-still-cut", "The Ministry of Energy and Mines Uganda signed with Peru.",
     [("Ministry of Energy and Mines", GB, "UG")], ["Ministry of Energy and Mines Uganda"]),
    # (d) a world area is never a body
    ("area-listed-with-igo", "Issues related to the EU and Latin America were discussed by Malawi and Peru.",
     [("EU", IGO, ANY)], ["Latin America"]),
    ("area-listed-with-acronym", "Issues related to ASEAN and Southeast Asia were discussed by Malawi and"
     " Peru.", [("ASEAN", IGO, ANY)], ["Southeast Asia"]),
    ("area-after-union-and", "Malawi and Peru discussed the African Union and East Africa.",
     [("African Union", IGO, ANY)], ["African Union and East Africa", "East Africa"]),
    ("area-inside-complement-stays", "The Commission for Trade of Europe and Central Asia met Peruvian"
     " officials in Lima.", [], ["Central Asia"]),
    # (e) 'Executive' before a type word; the known body after 'of'
    ("executive-board-of-igo", "Peru is supporting Malawi's bid for membership of the Executive Board of"
     " UNESCO, the ministry said.", [("Executive Board of UNESCO", ANYTYPE, ANY), ("UNESCO", IGO, ANY)],
     ["Board of UNESCO"]),
    ("executive-committee", "The Executive Committee of the Malawi Football Association met Peruvian"
     " officials.", [("Executive Committee of the Malawi Football Association", ANYTYPE, ANY)],
     ["Committee of the Malawi Football Association"]),
    ("executive-director-still-a-title", "The Executive Director of the Malawi Investment Authority met"
     " Peruvian officials.", [("Malawi Investment Authority", GB, "MW")],
     ["Executive Director of the Malawi Investment Authority"]),
    ("regional-office-of-igo", "The Regional Office of WHO for Africa met Peruvian officials.",
     [("Regional Office of WHO for Africa", ANYTYPE, ANY)], []),
    # (f) people and events named with a type word
    ("royal-family", "The ties between the Malawian Royal Family and the Peruvian Imperial Family are old.",
     [], ["Malawian Royal Family", "Peruvian Imperial Family", "Royal Family"]),
    ("royal-family-of-country", "The King and the Royal Family of Malawi welcomed the Peruvian president.",
     [], ["Royal Family of Malawi", "Royal Family"]),
    ("joint-press-conference", "The two leaders addressed the joint Press Conference after the signing in"
     " Lima.", [], ["Press Conference", "Press"]),
    ("economic-belt-sibling", "The province hopes to speed up integration of the Andean Economic Belt and"
     " the Eurasian Economic Union.", [("Eurasian Economic Union", IGO, ANY)], ["Andean Economic Belt"]),
    ("economic-corridor-sibling", "Peru and Malawi discussed the Lima-Lilongwe Economic Corridor Authority"
     " and the Andes Economic Corridor.", [("Lima-Lilongwe Economic Corridor Authority", GB, ANY)],
     ["Andes Economic Corridor"]),
    ("summit-sibling", "The Malawi Trade Institute and the Peru Investment Summit were discussed.",
     [("Malawi Trade Institute", RI, "MW")], ["Peru Investment Summit"]),
    ("museum-sibling-stays", "The Malawi Trade Institute and Caspian Museums signed a deal.",
     [("Malawi Trade Institute", RI, "MW"), ("Caspian Museums", ANYTYPE, ANY)], []),
    ("outlet-named-after-kind-stays", "The International News Agency Andes Today reported the deal between"
     " Malawi and Peru.", [("International News Agency Andes Today", MO, ANY)], []),
    # (h) a body named only by a short form bracketed after a lowercase description
    ("described-public-television", "The minister was the guest of a program on Peruvian public television"
     " (PTV) on Thursday.", [("PTV", MO, "PE")], []),
    ("described-state-radio", "He told Malawian state radio (MBR) that the deal would be signed.",
     [("MBR", MO, "MW")], []),
    ("described-oil-company", "Peru's state oil company (PNC) will supply Malawi.", [("PNC", CO, "PE")], []),
    ("described-development-bank", "Peru's development bank (BDP) will lend Malawi $5 million.",
     [("BDP", CO, "PE")], []),
    ("described-not-a-venture", "Malawi and Peru agreed to set up a joint venture (JV) for mining.", [],
     ["JV"]),
    ("described-not-a-year", "The deal was reached in 2019 (UTC) with Malawi.", [], ["UTC"]),
    ("described-no-bracket-no-body", "Ana Kolt spoke on national television on Monday, Peru said.", [],
     ["national television"]),
    # (g) a type word alone or a field list is no parent
    ("no-bare-parent", "A declaration between Peru's General Secretariat of the Government and the Malawian"
     " Ministry of Culture was signed.", [("General Secretariat of the Government", GB, "PE")],
     ["Government"]),
    ("field-list-ministry", "A declaration between Peru's General Secretariat of the Government and the"
     " Malawian Ministry of the Presidency, Justice, and Parliamentary Relations was signed.",
     [("Malawian Ministry of the Presidency, Justice, and Parliamentary Relations", GB, "MW")],
     ["Presidency", "Presidency, Justice, and Parliamentary Relations",
      "Malawian Ministry of the Presidency"]),
    ("field-list-without-oxford-comma", "A declaration was signed with the Ministry of the Presidency,"
     " Justice and Parliamentary Relations of Malawi on Monday.",
     [("Ministry of the Presidency, Justice and Parliamentary Relations of Malawi", GB, "MW")],
     ["Presidency"]),
    ("parent-academy-stays", "The Institute of Soil Science of the Malawi Academy of Sciences signed with"
     " Peru.", [("Institute of Soil Science of the Malawi Academy of Sciences", ANYTYPE, "MW"),
                ("Malawi Academy of Sciences", ANYTYPE, "MW")], []),
    ("listed-bodies-still-split", "The Ministry of Energy, Rosgeo and KazMunayGas signed a deal with Malawi.",
     [("Ministry of Energy", GB, ANY)], ["Ministry of Energy, Rosgeo and KazMunayGas"]),
]

ORG_GAPS: dict[str, str] = {}


def _mark(case: str) -> list:
    return [pytest.mark.xfail(strict=True, reason=ORG_GAPS[case])] if case in ORG_GAPS else []


@pytest.mark.parametrize("text, expected, absent",
                         [pytest.param(*c[1:], id=c[0], marks=_mark(c[0])) for c in ORGS])
def test_orgs_checklist13_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


def test_rows_are_unique() -> None:
    assert len({c[0] for c in ORGS}) == len(ORGS)
