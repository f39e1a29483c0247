"""An s27 organisations checklist (round c), by construction rather than by article.

- a short form bracketed inside a name rather than after it: before the head word it stands
  for the modifier ('the Export-Import (Exim) Bank of Peru', then 'Exim Bank'), before a place
  it is the short form of the system whose campus the place names ('the National Institute of
  Science (NIS) Mombasa'): one body, named in full, the short form with the rest its alias;
- must not change: a bracket after a title ('Vice-Chancellor (VC) Lima University'), a bracket
  before a document's or a person's name, a bracket at the end of a name;
- a short form of capitals and a city ('NIS Mombasa') names a campus of a national system;
  must not change: a known bloc's short form before a city, a short form before a name;
- a sentence adverb opening the sentence before 'the' ('Now the X Embassy is ...') is no part
  of the name (lexicon not_org_starts);
- two countries joined before a research centre's head after 'the' ('the Peru and Chile Center
  for Marine Science') name one binational centre; must not change: the pair without 'the' (two
  parties may be joined there) and a pair before a council.

Every text is invented (invented people, agencies and universities; no corpus text).  Each row
gives the organisations expected (name or alias, type, country; ANY and ANYTYPE leave one open)
and names that must not be organisations."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_orgs_checklist6 import ANY, CO, RI
from tests.test_orgs_checklist9 import ANYTYPE, _check

from coopkg.extract import extract
from coopkg.read.article import Article

ORGS = [
    # (a) the bracket stands for the modifier before the head word
    ("inner-bracket-head", "The Export-Import (Exim) Bank of Peru has given a loan to Malawi. Exim"
     " Bank signed the loan deal on Monday.",
     [("Export-Import (Exim) Bank of Peru", CO, "PE"), ("Exim Bank", CO, "PE")], ["Bank of Peru"]),
    # (b) the bracket shortens a system's name, the place after it names the campus
    ("inner-bracket-campus", "The National Institute of Science (NIS) Mombasa signed a deal with"
     " Peru. NIS Mombasa will host the students.",
     [("National Institute of Science (NIS) Mombasa", RI, ANY), ("NIS Mombasa", RI, ANY)],
     ["National Institute of Science"]),
    # must not change: a title's short form, a document after a body's short form, a person
    ("title-bracket-unchanged", "Vice-Chancellor (VC) Lima University Ana Vell signed the deal.",
     [], ["Vice-Chancellor (VC) Lima University"]),
    ("document-after-bracket-unchanged", "Peru joined the Andes Trade Organization (ATO) Agreement"
     " on Fisheries last year.", [("Andes Trade Organization", ANYTYPE, ANY)],
     ["Andes Trade Organization (ATO) Agreement"]),
    ("bracket-at-end-unchanged", "The Lima Export Bank (LEB) signed a deal with Malawi.",
     [("Lima Export Bank", CO, ANY), ("LEB", CO, ANY)], []),
    # (c) two countries before a research centre's head, after 'the'
    ("pair-centre", "The trade mission will visit the Peru and Chile Center for Marine Science on"
     " Monday.", [("Peru and Chile Center for Marine Science", RI, None)],
     ["Chile Center for Marine Science"]),
    # (d) a system's short form and a city name one campus
    ("acronym-campus", "A delegation from NIS Mombasa will visit Peru in May, and students of NIS"
     " Nairobi will join it.", [("NIS Mombasa", ANYTYPE, ANY), ("NIS Nairobi", ANYTYPE, ANY)], []),
    # must not change: a known bloc's short form before its host city, a title before a name
    ("bloc-city-unchanged", "Peru sent its envoy to the NATO Brussels meeting in May.", [],
     ["NATO Brussels"]),
    ("acronym-before-name-unchanged", "Peru's trade chief met MP Mombasa Ochieng in May.", [],
     ["MP Mombasa"]),
    # (e) a sentence adverb before 'the' opens the sentence, not the name
    ("adverb-before-the", "“Now the Peruvian Embassy is working with the ministry on the study,”"
     " she said.", [("Peruvian Embassy", ANYTYPE, "PE")], ["Now the Peruvian Embassy"]),
    ("adverb-currently", "Currently the Velmar Trade Council is funding two projects in Peru.",
     [("Velmar Trade Council", ANYTYPE, ANY)], ["Currently the Velmar Trade Council"]),
    # must not change: the adverb after the name
    ("adverb-after-unchanged", "The Peruvian Embassy is now working with the ministry.",
     [("Peruvian Embassy", ANYTYPE, "PE")], []),
    # must not change: a pair before a council, where 'and' joins two parties
    ("pair-council-unchanged", "An MoU was signed between Peru and the Chile Council for Trade"
     " Promotion.", [("Chile Council for Trade Promotion", ANYTYPE, ANY)],
     ["Peru and the Chile Council for Trade Promotion", "Peru and Chile Council for Trade Promotion"]),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_inner_s27c_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


def test_inner_short_form_is_alias_of_full_name() -> None:
    """'Exim Bank' written after 'the Export-Import (Exim) Bank of Peru' is the same body."""
    text = "The Export-Import (Exim) Bank of Peru has given a loan to Malawi. Exim Bank said so."
    facts = extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test"))
    banks = [o for o in facts.orgs if "Bank" in o.name]
    assert [b.name for b in banks] == ["Export-Import (Exim) Bank of Peru"]
    assert "Exim Bank" in banks[0].aliases
