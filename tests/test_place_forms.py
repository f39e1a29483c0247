"""Country and place names in their many English forms (GOLD_FORMAT 'Countries and regions'), on
sentences written for these tests: what names a country (demonyms, plurals, long and short names,
abbreviations) and what only borrows a country's name (seas, currencies, languages, people)."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article
from coopkg.reference import gazetteer


def facts(text: str):
    return extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))


def countries(text: str) -> set[str]:
    return set(facts(text).countries)


def region_codes(text: str) -> set[str]:
    """Each region's own ISO code, else its first-level unit's (GOLD_FORMAT), else its name."""
    places = [gazetteer().regions[r] for r in facts(text).regions]
    return {p.code or p.parent or p.label for p in places}


@pytest.mark.parametrize("text, expected", [
    ("Fishing boats from Vietnam crossed the South China Sea to the Philippines.", {"VN", "PH"}),
    ("Kenya and Tanzania patrol the Indian Ocean together.", {"KE", "TZ"}),
    ("Oman and Qatar discussed shipping lanes in the Persian Gulf.", {"OM", "QA"}),
    ("Cuba and Norway will explore blocks in the Gulf of Mexico.", {"CU", "NO"}),
    ("Funds for the Niger Delta came from Norway and Nigeria.", {"NO", "NG"}),
    ("Gabon hosted the ministers of the Congo Basin forests.", {"GA"}),
])
def test_a_sea_or_river_named_after_a_country_is_no_mention_of_it(text, expected):
    assert countries(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Austria lent Serbia 40 million Swiss francs.", {"AT", "RS"}),
    ("Ghana repaid Zambia in Indian rupees.", {"GH", "ZM"}),
    ("Peru and Chile will teach Spanish and Portuguese in schools.", {"PE", "CL"}),
    ("Thailand and Laos expand Chinese language classes.", {"TH", "LA"}),
    ("Malaysia and Singapore marked the Chinese New Year.", {"MY", "SG"}),
    ("A Ghanaian chef cooked Italian food and Thai cuisine in Kenya.", {"GH", "KE"}),
    ("Leaders of Central African states met in Cameroon.", {"CM"}),
    ("Brazil and Argentina fund Portuguese and Spanish language classes.", {"BR", "AR"}),
    ("The Mexican president said in Spanish that Canada is a partner.", {"MX", "CA"}),
    ("Chinese and Kazakh companies signed deals in Astana.", {"CN", "KZ"}),
])
def test_a_currency_language_or_dish_is_no_mention_of_the_country(text, expected):
    assert countries(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Filipina nurse and a Thai doctor were honoured.", {"PH", "TH"}),
    ("Emiratis and Qataris attended the fair.", {"AE", "QA"}),
    ("Sri Lankan and Maldivian officials met Nepali envoys.", {"LK", "MV", "NP"}),
    ("Papua New Guinean and Solomon Islander officials met.", {"PG", "SB"}),
    ("Sierra Leonean and Bosnian officials met Kittitian traders.", {"SL", "BA", "KN"}),
    ("South African and Comorian ministers met.", {"ZA", "KM"}),
    ("A Motswana farmer met Batswana traders.", {"BW"}),
    ("Kosovar and Luxembourgish officials met.", {"XK", "LU"}),
])
def test_demonyms_in_their_several_forms(text, expected):
    assert countries(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The U.S. and the U.K. signed a pact.", {"US", "GB"}),
    ("The DRC and Rwanda signed a peace deal.", {"CD", "RW"}),
    ("The PRC and KSA signed a deal.", {"CN", "SA"}),
    ("Britain and Korea signed a deal.", {"GB", "KR"}),
    ("Kosovo and Micronesia opened ties.", {"XK", "FM"}),
    ("St Kitts and Nevis and St. Lucia signed a deal.", {"KN", "LC"}),
    ("PNG and BiH signed a deal.", {"PG", "BA"}),
    ("The Vatican and Chile renewed their accord.", {"VA", "CL"}),
])
def test_short_names_and_abbreviations(text, expected):
    assert countries(text) == expected


def test_hong_kong_is_a_region_of_china_even_when_china_is_not_named():
    text = "Trade between Hong Kong and Singapore grew."
    assert countries(text) == {"SG"}
    assert region_codes(text) == {"CN-HK"}


@pytest.mark.parametrize("text, expected", [
    ("Namibia and Botswana held talks in Windhoek.", {"NA-KH"}),
    ("Turkmenistan and Kyrgyzstan held talks in Ashgabat.", {"TM-S"}),
    ("Cambodia and the Philippines met in Melbourne, Australia.", {"AU-VIC"}),
    ("Bangladesh and Sri Lanka met in Dhaka.", {"BD-13"}),
    ("Kazakhstan and Uzbekistan met in Almaty.", {"KZ-75"}),
    ("Ecuador's ambassador in Washington met US officials.", {"US-DC"}),
])
def test_a_city_takes_its_own_or_its_first_level_units_code(text, expected):
    assert region_codes(text) == expected


def test_a_slavic_region_named_after_its_seat():
    assert region_codes("Ukraine and Poland discussed aid to the Kharkiv Oblast.") == {"UA-63"}
    assert region_codes("Russia and Belarus discussed the Sverdlovsk Region.") == {"RU-SVE"}


def test_a_capital_of_a_country_the_article_does_not_name_is_still_a_region():
    assert region_codes("Ghana and Nigeria discussed the summit in Addis Ababa.") == {"ET-AA"}
    assert region_codes("Ghana and Nigeria praised the Paris Agreement.") == set()


CITY_ARTICLE = """Title: Namibia and Botswana hold talks
Source: Kalahari Wire
Date: 2024-03-05

WINDHOEK, March 4 -- Namibia and Botswana held talks in Windhoek on Monday on water sharing.
"""


def test_a_city_reads_back_with_its_subdivisions_code(tmp_path):
    """The store keeps no ISO code on a city; the gold-shaped read-back gives it its
    first-level unit's (GOLD_FORMAT: Guilin CN-GX), for the region and an event held there."""
    import json

    from coopkg.evaluate import evaluate

    gold = {"article": "a.txt", "published": "2024-03-05", "countries": ["NA", "BW"],
            "regions": [], "organizations": [], "people": [], "agreements": [], "events": [],
            "statements": [], "figures": []}
    (tmp_path / "a.txt").write_text(CITY_ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    (scored,) = evaluate(tmp_path)
    assert scored.predicted["regions"] == [{"name": "Windhoek", "iso": "NA-KH"}]
    assert {e["location"] for e in scored.predicted["events"]} == {"NA-KH"}


@pytest.mark.parametrize("text, expected", [
    ("QUITO, Ecuador.-The trade minister met a delegation from Fiji.", {"EC", "FJ"}),
    ("DAKAR, Senegal.--Senegalese and Maltese officials met on Monday.", {"SN", "MT"}),
    ("SUVA, Fiji.- The talks with Ecuador ended.", {"FJ", "EC"}),
])
def test_a_dateline_run_into_its_text_names_its_country(text, expected):
    assert countries(text) == expected
