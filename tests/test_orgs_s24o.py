"""An s24 organisations checklist, by mechanism.

- a Commonwealth state's embassy is a High Commission, named with where it is ('the High
  Commission of X in Y', 'the X High Commission in Y', 'the X Deputy High Commission in Y'): one
  body over the words, of the sending country, as an embassy or a consulate is;
- a person's title before a body whose own 'of' names its state ('Speaker of the National
  Assembly of X'): the state only says whose body it is, so the body is named whole with it, as
  'Director of the Central Bank of X' already is;
- a regnal title and a sovereign's name before a type word name a body after the sovereign
  ('King Farouk University', 'Queen Ada Energy Park'): the title is part of the name, not a
  person's title in front of it;
- a document in a signing slot is no signer: 'the Treaty of Peace and Amity signed in
  1951' is a text whose name a reduced relative 'signed' follows, not 'A and B signed';
- a field before a portfolio holder's title, head-last ('between A and Commerce and Industry
  Minister X', 'Trade Minister X'), is the title's portfolio, not a body on a side of 'between';
- 'X, known as Y' gives another name the body goes by: Y is X's alias, not a second body;
- 'PR China' is a name English news gives the People's Republic of China (a country, no body);
- multilateral bodies English news names without a type word the gazetteer lacked: the
  Non-Aligned Movement, the Community of Portuguese-Speaking Countries (CPLP);
- a lowercase noun of the body's kind after its name ('Acme news agency') is not part of every
  form of the name: the name without it is an alias.

Every text is invented (no corpus text).  Each row gives the organisations expected (name or alias,
type, country; ANY and ANYTYPE leave one open) and names that must not be organisations."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_orgs_checklist6 import ANY, CO, GB, IGO, UN
from tests.test_orgs_checklist9 import ANYTYPE, _check

from coopkg.extract import extract
from coopkg.extract.orgaliases import without_kind_noun
from coopkg.read.article import Article

ORGS = [
    # (a) high commissions with where they are
    ("high-commission-of-in", '"Kenya is glad to help," the High Commission of Kenya in Malawi posted on'
     " X.", [("High Commission of Kenya in Malawi", GB, "KE")], []),
    ("demonym-high-commission-in", "The Malawian High Commission in Nairobi hosted Kenya's trade"
     " minister.", [("Malawian High Commission in Nairobi", GB, "MW")], []),
    ("deputy-high-commission-in", "The Kenyan Deputy High Commission in Blantyre opened on Monday.",
     [("Kenyan Deputy High Commission in Blantyre", GB, "KE")], []),
    # must not change: an embassy with where it is, a high commission without it
    ("embassy-of-in-stays", "The Embassy of Peru in Malawi posted on X.",
     [("Embassy of Peru in Malawi", GB, "PE")], []),
    ("high-commission-in-title-stays", "Ada Obi, Head of Trade of the High Commission of Kenya, met"
     " Malawi's minister.", [("High Commission of Kenya", GB, "KE")], []),
    # (b) a title before a body and its state
    ("speaker-of-assembly-of-state", "Ada Obi, Speaker of the National Assembly of Malawi, met Peru's"
     " envoy.", [("National Assembly of Malawi", GB, "MW")], []),
    ("led-by-speaker-of-assembly", "A delegation led by the Speaker of the Legislative Assembly of"
     " Malawi met Peru's envoy.", [("Legislative Assembly of Malawi", GB, "MW")], []),
    # must not change: a minister's field and its state name no body; the assembly without a state
    ("minister-of-field-of-state-stays", "Ada Obi, Minister of Trade of Malawi, met Peru's envoy.", [],
     ["Trade of Malawi", "Minister of Trade of Malawi"]),
    ("minister-of-the-interior-stays", "Ada Obi, Minister of the Interior of Malawi, met Peru's envoy.",
     [], ["Interior of Malawi"]),
    ("speaker-of-assembly-stays", "Ada Obi, Speaker of the National Assembly, met Peru's envoy.",
     [("National Assembly", GB, ANY)], []),
    # (c) bodies named after a sovereign
    ("king-energy-park", "The two firms will discuss a hub in King Farouk Energy Park in Peru.",
     [("King Farouk Energy Park", ANYTYPE, ANY)], ["Farouk Energy Park"]),
    ("queen-university", "Peru's envoy visited Queen Ada University in Malawi.",
     [("Queen Ada University", UN, ANY)], ["Ada University"]),
    # must not change: a sovereign is a person; a title before a type word is a person's
    ("king-person-stays", "King Farouk received Peru's envoy at the palace.", [], ["King Farouk"]),
    ("consul-title-stays", "Ada Obi, Consul Embassy of Peru, met Malawi's minister.",
     [("Embassy of Peru", GB, "PE")], ["Consul Embassy of Peru"]),
    # (d) a document in a signing slot
    ("treaty-signed-relative", "The basis of Kenya-Peru ties is the Treaty of Amity and Commerce signed"
     " in 1961 between the two countries.", [], ["Treaty of Amity", "Commerce"]),
    # must not change: a firm as the subject of 'signed'
    ("firm-signed-with-firm-stays", "Zemgeo signed a deal with Acme Mining in Lima.",
     [("Zemgeo", CO, ANY), ("Acme Mining", CO, ANY)], []),
    # (e) a field before a holder's title
    ("field-pair-before-minister", "The plan was signed between Zemgeo and Commerce and Industry Minister"
     " Ada Kolt.", [("Zemgeo", CO, ANY)], ["Commerce", "Industry"]),
    # must not change: a firm before 'and' and a head-last title is still a firm
    ("firm-before-trade-minister-stays", "The deal was signed between Zemgeo and Trade Minister Ada Kolt.",
     [("Zemgeo", CO, ANY)], ["Trade"]),
    # (f) 'known as'
    ("known-as-alias", "Kenya's Acme Oil signed a deal with Peru Petroleum & Chemical Corp., known as"
     " Pecorp, to build a plant.", [("Peru Petroleum & Chemical Corp.", CO, "PE"), ("Pecorp", CO, "PE")],
     []),
    ("also-known-as-alias", "The Kenya Maritime Authority, also known as Kemar, signed a deal with Peru.",
     [("Kemar", GB, "KE")], []),
    # must not change: 'known as' and a description names no other form
    ("known-as-description-stays", "The Kenya Ports Authority, known as the gateway of East Africa,"
     " signed a deal with Peru.", [("Kenya Ports Authority", GB, "KE")], ["gateway of East Africa"]),
    # (h) 'PR China' is the country
    ("pr-china-country", "The talks included Kenya's envoy Ada Obi and PR China's ambassador to Nairobi"
     " Li Wei.", [], ["PR China"]),
    # must not change: a body of the country with the short form
    ("pr-china-body-stays", "The PR China Trade Council signed a deal with Kenya.",
     [("PR China Trade Council", ANYTYPE, ANY)], []),
    # (i) multilateral bodies written without a type word
    ("non-aligned-movement", "Kenya and Peru were both founding members of the Non-Aligned Movement.",
     [("Non-Aligned Movement", IGO, None)], []),
    ("cplp", "Ada Obi spoke of Angola's term at the head of the CPLP, which Peru observes.",
     [("CPLP", IGO, None)], []),
    # must not change: a person named Nam is no movement
    ("nam-name-stays", "Nam Obi met Kenya's envoy in Lima.", [], ["Nam", "Nam Obi"]),
]


@pytest.mark.parametrize("name, short", [
    ("Kilima news agency", "Kilima"),       # (g) a kind noun after an outlet's name
    ("Kilima Post daily", "Kilima Post"),
    ("Kilima News Agency", None),           # must not change: a capitalised type word is the name's
    ("Agency for Kilima Trade", None),
])
def test_name_without_kind_noun(name: str, short: str | None) -> None:
    """'Acme news agency' is also 'Acme': the alias the short-form stage adds."""
    assert without_kind_noun(name) == short


def test_known_as_is_one_body() -> None:
    """'X, known as Y': one organisation, not two."""
    text = next(c[1] for c in ORGS if c[0] == "known-as-alias")
    facts = extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test"))
    assert len([o for o in facts.orgs if "Pecorp" in {o.name, *o.aliases}]) == 1, facts.orgs
    assert "Pecorp" not in {o.name for o in facts.orgs}, facts.orgs


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_s24o_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


def test_rows_are_unique() -> None:
    assert len({c[0] for c in ORGS}) == len(ORGS)
