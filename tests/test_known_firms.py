"""Well-known firms written without a type word (lexicon/known_firms.tsv), on sentences written for
these tests: recognised whole, typed and placed from the gazetteer only when the article names the
country; ordinary words, people's surnames and longer names left as they were."""

from datetime import date

import pytest

from coopkg.extract import extract, lexicon
from coopkg.extract.knownfirms import firm_country, firm_of, known_firm
from coopkg.read.article import Article


def orgs(text: str) -> dict[str, tuple[str, str | None]]:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    return {o.name: (o.type, o.country) for o in facts.orgs}


def test_the_gazetteer_is_well_formed():
    rows = lexicon.rows("known_firms")
    assert 500 <= len(rows) <= 1200  # s31: state aid, export-credit and space agencies added
    forms: set[str] = set()
    for row in rows:
        assert len(row) == 4 and row[1] in ("Company", "Other", "GovernmentBody"), row
        assert all(len(c) == 2 and c.isupper() for c in row[2].split("|")), row
        for form in (row[0], *filter(None, row[3].split("|"))):
            key = form if form.isupper() else form.lower()
            assert key not in forms, form  # one firm per form
            forms.add(key)


def test_lookup_forms_and_countries():
    assert known_firm("Gazprom") == known_firm("GAZPROM")
    assert known_firm("China National Petroleum Corporation") == known_firm("CNPC")
    assert known_firm("KT") is not None and known_firm("Kt") is None  # capitals only
    assert known_firm("Shell") is None and known_firm("Total") is None  # ordinary words
    assert firm_of("Lotte Corporation") == known_firm("Lotte")
    assert firm_country("Telkom", {"ID", "CN"}) == "ID"
    assert firm_country("Telkom", {"KE", "ZA"}) is None  # two firms of that name: whose is unclear
    assert firm_country("Gazprom", {"KZ"}) is None


@pytest.mark.parametrize("text, name, expected", [
    ("Kazakhstan and Russia discussed energy supplies. Gazprom will ship more gas.",
     "Gazprom", ("Company", "RU")),
    ("Indonesia and South Korea agreed to expand trade, and POSCO plans a plant there.",
     "POSCO", ("Company", "KR")),
    ("Petronas signed an agreement with Egyptian partners in Cairo.", "Petronas", ("Company", None)),
    ("Officials from Kazakhstan and China met. Samruk-Kazyna signed a deal with CNPC.",
     "Samruk-Kazyna", ("Organization", "KZ")),  # a sovereign fund: GOLD_FORMAT's Other
    ("The Public Investment Fund will invest in Saudi Arabia and Egypt.",
     "Public Investment Fund", ("Organization", "SA")),
])
def test_a_known_firm_is_an_organisation_with_its_class_and_named_country(text, name, expected):
    assert orgs(text)[name] == expected


def test_a_pair_of_known_firms_is_split():
    found = orgs("Huawei and Telkom will build data centres in Indonesia, Chinese officials said.")
    assert found == {"Huawei": ("Company", "CN"), "Telkom": ("Company", "ID")}


def test_the_longest_name_stays_whole_and_short_forms_link_to_it():
    found = orgs("Hyundai Motor Company opened a plant in Korea. Hyundai Motor said sales rose.")
    assert found == {"Hyundai Motor Company": ("Company", "KR")}
    assert set(orgs("Samsung Electronics and Vietnam signed a memorandum.")) == {"Samsung Electronics"}


@pytest.mark.parametrize("text, expected", [
    ("Steelmaker POSCO will work with partners in Korea.", {"POSCO": ("Company", "KR")}),
    ("Malaysian Petronas and Russian Gazprom met in Moscow.",
     {"Petronas": ("Company", "MY"), "Gazprom": ("Company", "RU")}),
])
def test_a_kind_or_demonym_before_a_known_firm_is_no_part_of_its_name(text, expected):
    assert orgs(text) == expected


def test_a_firm_named_after_a_city_is_not_placed_in_it():
    facts = extract(Article(text="Toyota will build a plant in Thailand, Japanese officials said.",
                            published=date(2024, 3, 8), title="", origin="test"))
    assert [(o.name, o.region) for o in facts.orgs] == [("Toyota", None)]
    assert not facts.regions


@pytest.mark.parametrize("text", [
    "The total value of the deal was high, and the shell of the building was kept.",
    "The sk of the matter and the kt of the boats were discussed.",
    "Mr Tata attended the forum in Japan with Japanese officials.",
    "Indian businessman Gautam Adani met the minister of France. Adani said the talks went well.",
])
def test_ordinary_words_lowercase_forms_and_surnames_are_no_firms(text):
    assert orgs(text) == {}


def test_a_firm_inside_a_longer_name_keeps_the_longer_name():
    found = orgs("The Gazprom Export Office in Germany opened, German officials said.")
    assert "Gazprom" not in found and found["Gazprom Export Office"][1] == "DE"  # as before
