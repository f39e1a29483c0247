"""An s28 organisations checklist (helper a), by construction class.

- a sentence opened by a preposition ('Within ASEAN, ...', 'Beyond trade, ...') does not carry
  the preposition into a body's name: the known body after it is still found;
- 'the UN General Assembly' is a well-known body (gazetteer), while a numbered session ('the
  70th General Assembly of X') stays an event and its body is X;
- 'Ecuadoran' is a demonym (a spelling wire services use beside 'Ecuadorian');
- an 'Administration', 'Inspectorate' or 'University' of a comma list of topics is one body
  ('the National Administration of Drugs, Food and X'), as a ministry of such a list is, and a
  country written after the list without 'of' is whose body it is, not part of the name;
- a bracketed short form with digits ('the Group of Twenty (G20)') or one closed by the owner's
  country ('... Bank of Kenya Limited (Exim Bank Kenya)') is the named body's alias, not a
  second body;
- a type word alone in the possessive ("the Agency's Board Chairman", "the Center's director")
  refers back to a body the text named in full: it makes no body of its own, nor does the type
  word that opens the officer's title ('Board' of 'Board Chairman');
- 'the chair of the Council and Deputy Premier of X, Name': after a body's type word, 'and' with a
  title word after it opens a second title of the person, not more of the body's name;
- a state's epithet in the possessive ("the Kingdom's Ministry of Energy", "the Island's
  Ministry of Health") is context, as a country's name is: the body is named without it;
- a list cue after a plural kind ('dailies, including A and B') also opens a sentence
  ('Newspapers including A and B ...'), and the names it lists may hold the Portuguese and
  Spanish joiners 'do', 'da', 'dos', 'das', 'del' ('Diario do Sul'), as they hold 'de'.

Every text is invented (invented people, outlets and bodies; no corpus text).  Each row gives
the organisations expected (name or alias, type, country; ANY and ANYTYPE leave one open) and
names that must not be organisations."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_orgs_checklist6 import ANY
from tests.test_orgs_checklist9 import ANYTYPE, _check

from coopkg.extract import extract
from coopkg.read.article import Article

GB = "GovernmentBody"
IGO = "IntergovernmentalOrganization"

ORGS = [
    # (a) a preposition opening the sentence before a known body
    ("within-known-igo", "Within ASEAN, Laos has long backed the port plan.",
     [("ASEAN", IGO, None)], ["Within ASEAN"]),
    ("outside-known-igo", "Outside the WTO, Peru and Malawi keep their own tariff rules.",
     [("WTO", IGO, None)], ["Outside the WTO"]),
    # must not change: an ordinary preposition opener names nothing
    ("across-phrase-unchanged", "Across Malawi, farmers welcomed the Velmar Seed Company plan.",
     [("Velmar Seed Company", "Company", ANY)], ["Across Malawi"]),
    # (b) the UN General Assembly
    ("un-general-assembly", "The minister spoke to the UN General Assembly on Tuesday.",
     [("UN General Assembly", IGO, None)], []),
    # must not change: a numbered session is no body; the body is the one it is of
    ("numbered-session-unchanged", "The plan was declared at the 71st General Assembly of the"
     " United Nations.", [("United Nations", IGO, None)], ["General Assembly of the United Nations"]),
    # must not change: a lowercase general assembly names nothing
    ("lowercase-assembly-unchanged", "The firm holds a general assembly of its owners each May.",
     [], ["general assembly"]),
    # (c) the demonym 'Ecuadoran'
    ("ecuadoran-ministry", "The Ecuadoran Ministry of Mines signed the deal with Kenya on Monday.",
     [("Ecuadoran Ministry of Mines", GB, "EC")], []),
    # (d) comma-listed topics of an administration, inspectorate or university
    ("administration-comma-list", "The deal was signed with the Federal Administration of Seeds,"
     " Soils and Plant Health on Monday.",
     [("Federal Administration of Seeds, Soils and Plant Health", GB, None)],
     ["Federal Administration of Seeds"]),
    ("inspectorate-comma-list", "The General Inspectorate of Mines, Quarries and Oil Wells"
     " approved the plan.", [("General Inspectorate of Mines, Quarries and Oil Wells", GB, None)], []),
    ("university-comma-list", "Students from the University of Agriculture, Forestry and Fisheries"
     " joined the trip.", [("University of Agriculture, Forestry and Fisheries", "University", None)], []),
    ("list-then-country", "An MoU was exchanged with the Federal Administration of Seeds, Soils and"
     " Plant Health Peru.", [("Federal Administration of Seeds, Soils and Plant Health", GB, "PE")],
     ["Federal Administration of Seeds, Soils and Plant Health Peru"]),
    ("list-then-two-word-country", "It was signed by the Ministry of Health, Labour and Social"
     " Affairs South Sudan.", [("Ministry of Health, Labour and Social Affairs", GB, "SS")], []),
    # must not change: a list of universities stays several bodies; 'of <country>' stays in
    ("universities-listed-unchanged", "Scholars from the University of Lagos, Velmar University"
     " and Korlia College joined.", [("University of Lagos", "University", ANY),
                                     ("Velmar University", "University", ANY)], []),
    ("of-country-unchanged", "It was signed by the Ministry of Health, Labour and Welfare of Peru.",
     [("Ministry of Health, Labour and Welfare of Peru", GB, "PE")], []),
    # (e) bracketed short forms with digits or a closing country
    ("group-digits-alias", "Leaders met at a summit of the Group of Twenty (G20) in Lima.",
     [("Group of Twenty", IGO, None), ("G20", IGO, None)], []),
    ("bank-country-alias", "The loan came from the Export-Import Bank of Peru Limited (Exim Bank"
     " Peru), officials said.", [("Export-Import Bank of Peru Limited", "Company", ANY)], []),
    # must not change: a country in brackets says whose the body is, and names no alias
    ("bracket-country-unchanged", "The deal went to Velmar Telecom Company (Peru) on Monday.",
     [("Velmar Telecom Company", "Company", ANY)], ["Peru"]),
    # (f) a type word alone as a possessive, and a type word opening an officer's title
    ("bare-type-possessive", "The Velmar Export Center and Peru's Agency for Rural Roads signed a"
     " deal. Signing for them were the Agency's Board Chairman Ada Okafor and the Center's director"
     " Juma Otieno.", [("Velmar Export Center", ANYTYPE, ANY), ("Agency for Rural Roads", GB, "PE")],
     ["Agency", "Center", "Board"]),
    # must not change: a named body's possessive owns its unit; a firm before its CEO is named
    ("named-owner-unchanged", "The Peru Velmar Bank's Department of Exports signed the deal.",
     [("Peru Velmar Bank", ANYTYPE, ANY), ("Department of Exports", ANYTYPE, ANY)], []),
    ("firm-head-unchanged", "The deal was signed by Velcom CEO Ada Okafor.",
     [("Velcom", "Company", ANY)], []),
    # (g) a body's type word, then 'and' and a second title
    ("type-word-and-title", "Talks were led on the Peruvian side by the chair of the Cabinet and"
     " Vice Premier of Peru Ana Lopez.", [], ["Cabinet and Vice Premier of Peru",
                                               "Cabinet and Vice Premier"]),
    ("body-and-title", "She is Director of the Velmar Institute and Deputy Minister of Health of"
     " Peru.", [("Velmar Institute", "ResearchInstitute", ANY)],
     ["Velmar Institute and Deputy Minister of Health of Peru"]),
    # must not change: 'and' joining two fields stays inside one name
    ("fields-and-unchanged", "The Chamber of Commerce and Industry of Peru signed it.",
     [("Chamber of Commerce and Industry of Peru", ANYTYPE, "PE")], []),
    # (h) a state's epithet in the possessive
    ("kingdom-possessive", "Saudi Arabia and Peru signed a deal on behalf of the Kingdom's"
     " Ministry of Energy.", [("Ministry of Energy", GB, "SA")], []),
    ("island-possessive", "The Island's Ministry of Public Health sent doctors to Peru.",
     [("Ministry of Public Health", GB, ANY)], []),
    # must not change: a body's own possessive keeps naming the owner
    ("body-possessive-unchanged", "The Federation Council's Committee on Defence met on Monday.",
     [("Federation Council", GB, ANY), ("Committee on Defence", GB, ANY)], []),
    # (i) outlets listed after a plural kind
    ("dailies-romance-joiner", "Peruvian dailies, including Diario do Sul and Voz Libre, celebrated"
     " the deal.", [("Diario do Sul", "MediaOutlet", ANY), ("Voz Libre", "MediaOutlet", ANY)], []),
    ("newspapers-opening", "Newspapers including Velmar Times and Korlia Mirror praised the deal.",
     [("Velmar Times", "MediaOutlet", ANY), ("Korlia Mirror", "MediaOutlet", ANY)], []),
    ("between-joiner", "The deal was signed between Banco do Peru and Velcom on Monday.",
     [("Banco do Peru", "Company", ANY), ("Velcom", "Company", ANY)], []),
    # must not change: firms listed after a lowercase kind
    ("firms-listed-unchanged", "Companies such as Norgas and Sudria Power signed deals.",
     [("Norgas", "Company", ANY), ("Sudria Power", "Company", ANY)], []),
]


def test_bracketed_short_forms_are_aliases() -> None:
    """One body per bracketed short form: the digits of 'G20' and the country closing 'Exim Bank
    Peru' do not make a second organisation."""
    for case in ("group-digits-alias", "bank-country-alias"):
        text = next(c[1] for c in ORGS if c[0] == case)
        facts = extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test"))
        assert len(facts.orgs) == 1, [(o.name, o.aliases) for o in facts.orgs]
        assert facts.orgs[0].aliases, facts.orgs[0]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_s28_helpera_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)
