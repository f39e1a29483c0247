"""An s23 organisations checklist, by mechanism.

- a political party's organ carries the party word anywhere in its name, or is its political
  bureau ('the KPP Party Committee', 'the Party Committee of X City', 'the KPP Political
  Bureau'): it is no state body, whatever committee or bureau word it holds (GOLD_FORMAT:
  GovernmentBody is a country-level government body, so party organs are Other); a 'Working
  Party' of an intergovernmental body is no party, and a lowercase 'third party' names nothing;
- a diplomatic mission's office is named with where it is ('the X Consulate-General Office in
  Y', 'the X Consular Office in Y'), as the embassy and the consulate are: one body over the
  words, of the sending country;
- a person's title before 'of' and a body is the person's ('Chairman of the X Council'): where a
  second title stacks before the holder's name ('Chairman of the X Council Prime Minister A B')
  the body is still only the council; the office of a title-holder ('the Office of the
  Spokesperson of the Ministry of X') is one body and the ministry another;
- an initial and a surname closing a run after a body's name are a person written after it
  ('Head of the Department of X S. Kariuki, ...'); initials opening a firm's name stay in it;
- a chamber's fields are a comma list closed by 'and' ('the X Chamber of Commerce, Industry and
  Agriculture'), as a ministry's are, also inside a body that groups chambers ('the X
  Association of Chambers of Commerce, Industry, Trade and Agriculture'): one name, no fields
  taken for firms;
- an international court of states ('the International Criminal Court') and a regional
  integration bank ('the Central American Economic Integration Bank') are multilateral bodies,
  of no one country; a country's own integration bank or court stays its own;
- a determiner before a body's name and a member noun after it ('a Foreign Ministry official', 'a
  Central Bank spokesman') is the member's: the name is the one body the person belongs to, not
  a kind of body ('a Chinese Company' stays a kind).

Every text is invented (no corpus text).  Each row gives the organisations expected (name or alias,
type, country; ANY and ANYTYPE leave one open) and names that must not be organisations."""

from __future__ import annotations

import pytest
from tests.test_orgs_checklist6 import ANY, GB, IGO, OT
from tests.test_orgs_checklist9 import ANYTYPE, _check

ORGS = [
    # (a) party organs are Other
    ("party-word-inside", "The KPP Party Committee of Kisumu met the Peruvian delegation.",
     [("KPP Party Committee of Kisumu", OT, ANY)], []),
    ("party-committee-country", "The Kenya Party Committee hosted Peru's envoy.",
     [("Kenya Party Committee", OT, ANY)], []),
    ("political-bureau", "Ana Obi, a member of the KPP Political Bureau, met Peru's envoy in Nairobi.",
     [("KPP Political Bureau", OT, ANY)], []),
    # must not change: a working party is no political party; a plain committee is the state's
    ("working-party-stays", "The OECD Working Party on Trade met in Paris with Kenya's delegates.",
     [("OECD Working Party on Trade", IGO, ANY)], []),
    ("state-committee-stays", "The Kenya Trade Committee hosted Peru's envoy.",
     [("Kenya Trade Committee", GB, "KE")], []),
    # (b) a mission's office with where it is
    ("consulate-general-office-in", "During the talks, the Kenyan Consulate-General Office in Mombasa and"
     " the Peruvian Consulate-General Office in Kisumu signed two MoUs.",
     [("Kenyan Consulate-General Office in Mombasa", GB, "KE"),
      ("Peruvian Consulate-General Office in Kisumu", GB, "PE")],
     ["Kenyan Consulate-General Office and the Peruvian Consulate-General Office"]),
    ("consular-office-in", "The Kenyan Consular Office in Lima opened on Monday.",
     [("Kenyan Consular Office in Lima", GB, "KE")], []),
    # must not change: an embassy and a consulate general with where they are
    ("embassy-in-stays", "The Kenyan Embassy in Lima held a reception for Peru's trade minister.",
     [("Kenyan Embassy in Lima", GB, "KE")], []),
    ("consulate-general-in-stays", "Kenya and Peru signed a deal at the Kenyan Consulate General in Lima.",
     [("Kenyan Consulate General in Lima", GB, "KE")], []),
    # (c) titles before 'of' and a body
    ("stacked-titles", "Chairman of the State Trade Council Prime Minister General Ada Obi met Peru's"
     " envoy in Lima.", [("State Trade Council", GB, ANY)], ["Chairman of the State Trade Council"]),
    ("received-stacked-titles", "Peru's president received Chairman of the State Trade Council Prime"
     " Minister Ada Obi at the palace.", [("State Trade Council", GB, ANY)],
     ["Chairman of the State Trade Council"]),
    ("office-of-spokesperson", "According to the Office of the Spokesperson of the Ministry of Foreign"
     " Affairs, the joint commission met in Lima.",
     [("Office of the Spokesperson", GB, ANY), ("Ministry of Foreign Affairs", GB, ANY)],
     ["Spokesperson of the Ministry of Foreign Affairs",
      "Office of the Spokesperson of the Ministry of Foreign Affairs"]),
    # must not change: the office of a state's president, a title with one body, an organ
    ("office-of-president-stays", "The Office of the President of Kenya signed a deal with Peru.",
     [("Office of the President of Kenya", GB, "KE")], []),
    ("single-title-stays", "Ana Obi, Director of the Kenya Wildlife Service, met Peru's envoy.",
     [("Kenya Wildlife Service", GB, "KE")], ["Director of the Kenya Wildlife Service"]),
    ("executive-board-stays", "The Executive Board of UNESCO met Kenya's delegation.",
     [("Executive Board of UNESCO", ANYTYPE, ANY)], []),
    # (d) an initial and a surname after a body's name
    ("closing-initial-in-list", "The ceremony was attended by deans Ana Obi, T. Lopez, Head of the"
     " Department of Academic Mobility S. Kariuki, etc.", [("Department of Academic Mobility", ANYTYPE, ANY)],
     ["Department of Academic Mobility S. Kariuki", "Department of Academic Mobility S"]),
    ("closing-initial-and", "The MoU was signed by the Director of the Lake Trade Office B. Otieno and"
     " Peru's minister.", [("Lake Trade Office", ANYTYPE, ANY)], ["Lake Trade Office B. Otieno"]),
    # must not change: initials opening a firm's name, a surname going on into a name
    ("opening-initials-stay", "Lake University and J. P. Kamau Bank signed a deal with Peru.",
     [("J. P. Kamau Bank", ANYTYPE, ANY)], []),
    # (e) a chamber's comma list of fields
    ("chamber-comma-list", "The Kenya Chamber of Commerce, Industry and Agriculture signed an MoU with"
     " Peru.", [("Kenya Chamber of Commerce, Industry and Agriculture", ANYTYPE, "KE")],
     ["Kenya Chamber of Commerce", "Industry", "Agriculture"]),
    ("association-of-chambers-list", "The President of the Kenyan Association of Chambers of Commerce,"
     " Industry, Trade and Agriculture (KACCITA), Ana Obi, signed an MoU with Peru.",
     [("Kenyan Association of Chambers of Commerce, Industry, Trade and Agriculture", ANYTYPE, "KE"),
      ("KACCITA", ANYTYPE, "KE")], ["Kenyan Association of Chambers of Commerce", "Kenyan Association"]),
    # must not change: a chamber with 'and' only; two chambers coordinated
    ("chamber-and-stays", "The Kenya National Chamber of Commerce and Industry signed an MoU with Peru.",
     [("Kenya National Chamber of Commerce and Industry", ANYTYPE, "KE")], []),
    ("two-chambers-stay", "The Kenya Chamber of Commerce and Peru's Lima Chamber of Commerce signed an"
     " MoU.", [("Kenya Chamber of Commerce", ANYTYPE, "KE"), ("Lima Chamber of Commerce", ANYTYPE, ANY)], []),
    # (f) multilateral courts and regional integration banks
    ("international-court", "ABIDJAN -- Kenya backed the International Criminal Court, Ana Obi said in"
     " Abidjan.", [("International Criminal Court", IGO, None)], []),
    ("regional-integration-bank", "Peru joined the Central American Economic Integration Bank (CAEIB) on"
     " Monday.", [("Central American Economic Integration Bank", IGO, None)], []),
    # must not change: a national court, a national bank
    ("national-court-stays", "The Supreme Court of Kenya upheld the deal with Peru.",
     [("Supreme Court of Kenya", GB, "KE")], []),
    ("national-development-bank-stays", "The Kenya Development Bank signed a loan deal with Peru.",
     [("Kenya Development Bank", ANYTYPE, "KE")], []),
    # (g) 'a <Body> official'
    ("a-ministry-official", "Kenya will sign the accord on Monday, said Ana Obi, a Foreign Ministry"
     " official who leads the talks.", [("Foreign Ministry", GB, "KE")], []),
    ("a-bank-spokesman", "A Central Bank spokesman said Kenya and Peru signed a swap deal.",
     [("Central Bank", GB, ANY)], []),
    # must not change: a determiner before a kind of body
    ("a-company-stays-kind", "Kenya signed a deal with a Chinese Company on Monday.", [],
     ["Chinese Company"]),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_s23o_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


def test_rows_are_unique() -> None:
    assert len({c[0] for c in ORGS}) == len(ORGS)
