"""An s22 organisations checklist, by mechanism.

- a well-known outlet named with its kind after the name ('Xinhua News Agency', 'Antara News',
  'the Tass news agency') is the same outlet as the bare name, so it has the bare name's country
  (GOLD_FORMAT: the country of a well-known national outlet); an outlet the gazetteer does not know
  keeps no country from its kind word alone;
- 'PCL' (public company limited, the legal form of listed Thai firms) closes a company's name like
  'PLC', so 'X PCL and the Y Center' names two bodies;
- an honorific ('Mr.', 'Dr.', 'Prof.') opens a person's name, which no body's name holds: in
  'X University President and Mr. A B Vice President of Y University' the run stops at the
  honorific, giving X University and Y University, not one body spanning the person;
- a dateline in capitals closed by a colon ('PUTRAJAYA: ...') names the place the story was filed
  from, not a credited outlet, once the gazetteer knows the place: ISO names a federal territory
  of Malaysia 'Wilayah Persekutuan Putrajaya', news writes 'Putrajaya' (reference.short_region_name);
- a known place after 'in'/'at'/'near', with the areas written after it in commas, is where
  something is ('a plant in Mombasa, Coast Province, and the X Company'), not firms coordinated
  with the company (orglists._neighbours); bare names beside a company stay its siblings;
- a signing partner written 'with <Name>, <Country>,' is a place of that country ('town, country'),
  not a firm (orgplacenames.placed_in_country); 'with X, <Country>'s largest firm' stays a firm.

Every text is invented (no corpus text).  Each row gives the organisations expected (name or alias,
type, country; ANY and ANYTYPE leave one open) and names that must not be organisations."""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_orgs_checklist6 import ANY, CO, MO, RI, UN
from tests.test_orgs_checklist9 import ANYTYPE, _check

from coopkg.extract import extract
from coopkg.read.article import Article
from coopkg.reference import short_region_name

ORGS = [
    # (a) a known outlet with its kind written after it keeps the outlet's country
    ("outlet-news-agency-capitalised", "Kenya and China signed a loan deal, Xinhua News Agency reported.",
     [("Xinhua News Agency", MO, "CN")], []),
    ("outlet-news-agency-lowercase", "Kenya and China signed a loan deal, the Xinhua news agency said.",
     [("Xinhua news agency", MO, "CN")], []),
    ("outlet-news-tail", "Kenya and Indonesia agreed to expand trade, Antara News reported.",
     [("Antara News", MO, "ID")], []),
    ("outlet-bare-stays", "Kenya and Russia signed a memorandum, Tass reported.",
     [("Tass", MO, "RU")], []),
    # must not change: an unknown outlet gets no country from its kind word
    ("unknown-outlet-no-country", "Kenya and Peru signed a memorandum, Zumbari News reported.",
     [("Zumbari News", MO, None)], []),
    # (b) PCL closes a company name before 'and'
    ("pcl-and-centre", "The second memorandum was signed by Kilima PCL and Lake Innovation Center.",
     [("Kilima PCL", CO, None), ("Lake Innovation Center", RI, None)],
     ["Kilima PCL and Lake Innovation Center"]),
    ("pcl-subject", "Siam Kilima PCL signed a supply contract with Japan.",
     [("Siam Kilima PCL", CO, None)], []),
    ("plc-and-centre-stays", "The second memorandum was signed by Kilima PLC and Lake Innovation Center.",
     [("Kilima PLC", CO, None), ("Lake Innovation Center", RI, None)], []),
    # (c) an honorific inside a run opens a person's name: no body spans it
    ("honorific-between-two-titles", "Prof. Ana Lopez, Lake University President and Mr. Ali Bakar Vice"
     " President of Hill University, Kenya signed an MoU at Lake University.",
     [("Lake University", UN, None), ("Hill University", UN, "KE")],
     ["Lake University President and Mr. Ali Bakar Vice President of Hill University",
      "Ali Bakar Vice President of Hill University"]),
    ("honorific-dr-before-of", "The MoU was signed by Rector Ana Lopez of Lake University and Dr. Ali"
     " Bakar of the Hill Institute of Technology.",
     [("Lake University", UN, None), ("Hill Institute of Technology", RI, None)],
     ["Lake University and Dr"]),
    ("honorific-name-glued-to-unit", "The MoU was witnessed by Prof. Ana Lopez-Faculty of Marine Science,"
     " Lake University.", [("Faculty of Marine Science", ANYTYPE, None)],
     ["Ana Lopez-Faculty of Marine Science"]),
    # (d) a place clause before a company is no list of firms
    ("place-chain-before-company", "Kilima Steel will build a plant in Mombasa, Coast Province, and Acme"
     " Motor Company will build a factory in Kenya.", [("Acme Motor Company", CO, ANY)],
     ["Mombasa", "Coast Province"]),
    ("place-chain-located-in", "Lake Corporation will build a mill located in Kisumu, Nyanza Region, and"
     " Acme Motor Company will build one in Kenya.", [("Acme Motor Company", CO, ANY)],
     ["Kisumu", "Nyanza Region"]),
    ("siblings-after-invested-in-stay", "The fund invested in Baltech, Hydrocon and the Savanna Cement"
     " Company.", [("Baltech", CO, ANY), ("Hydrocon", CO, ANY), ("Savanna Cement Company", CO, ANY)], []),
    # (e) 'with <Name>, <Country>,': a place, not a partner firm
    ("name-country-commas", "Ghana on Monday signed an agreement with Lower Vistula, Poland, to deepen"
     " ties.", [], ["Lower Vistula"]),
    ("name-country-full-stop", "Kenya signed a cooperation agreement with Upper Lusatia, Germany.", [],
     ["Upper Lusatia"]),
    ("name-country-possessive-stays", "Ghana signed a supply deal with Hydrocon, Kenya's largest"
     " builder.", [("Hydrocon", CO, ANY)], []),
    ("name-bare-stays", "Ghana signed an agreement with Hydrocon on Tuesday.", [("Hydrocon", CO, ANY)], []),
    # must not change: a body whose name holds no honorific keeps its whole name
    ("no-honorific-stays", "The Lake University Faculty of Medicine signed an MoU with Kenya.",
     [("Lake University Faculty of Medicine", UN, None)], []),
]


@pytest.mark.parametrize("text, expected, absent", [pytest.param(*c[1:], id=c[0]) for c in ORGS])
def test_orgs_s22o_row(text: str, expected: list, absent: list) -> None:
    _check(text, expected, absent)


DATELINES = [
    # (text, region codes expected, names that must not be organisations)
    ("PUTRAJAYA: Malaysia and Kenya will sign a trade pact next week, the ministry said.", {"MY-16"},
     ["PUTRAJAYA", "Putrajaya"]),
    ("Kenya and Malaysia signed a port deal in Labuan on Monday.", {"MY-15"}, ["Labuan"]),
    # must not change: an outlet glued to the story in capitals stays a credit
    ("KILIMAPRESS: Kenya and Malaysia will sign a trade pact next week.", set(), []),
]


@pytest.mark.parametrize("text, regions, absent", DATELINES)
def test_federal_territory_dateline(text: str, regions: set, absent: list) -> None:
    facts = extract(Article(text=text, published=date(2024, 5, 2), title="", origin="test"))
    assert {r.rsplit("/", 1)[-1] for r in facts.regions} >= regions
    assert not {o.name for o in facts.orgs} & set(absent)


def test_glued_outlet_credit_stays() -> None:
    facts = extract(Article(text=DATELINES[-1][0], published=date(2024, 5, 2), title="", origin="test"))
    assert [(o.name, o.type) for o in facts.orgs] == [("KILIMAPRESS", "MediaOutlet")]


def test_short_region_name_drops_leading_admin_words() -> None:
    assert short_region_name("Wilayah Persekutuan Putrajaya") == "Putrajaya"
    assert short_region_name("Xinjiang Uygur Zizhiqu") == "Xinjiang"  # must not change


def test_rows_are_unique() -> None:
    assert len({c[0] for c in ORGS}) == len(ORGS)
