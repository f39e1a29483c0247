"""English names of subdivisions (data/region_names.tsv, generated) and the stop-list of those
English uses as ordinary words (data/not_region_names.tsv): news names Bavaria, West Java and
South Sinai where pycountry knows Bayern, Jawa Barat and Janūb Sīnā'."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pycountry
import pytest

from coopkg.extract import extract
from coopkg.extract.orgfilters import starts_with_place
from coopkg.read.article import Article
from coopkg.reference import gazetteer
from coopkg.vocab import region_iri


def _rows(name: str) -> list[list[str]]:
    text = resources.files("coopkg.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("form,code", [
    ("Bavaria", "DE-BY"), ("North Rhine-Westphalia", "DE-NW"), ("West Java", "ID-JB"),
    ("South Sulawesi", "ID-SN"), ("South Sinai", "EG-JS"), ("Tuscany", "IT-52"),
    ("East Kazakhstan", "KZ-63"), ("Inner Mongolia", "CN-NM"),
])
def test_english_region_name_is_the_subdivision(form, code):
    assert [p.code for p in gazetteer().lookup(form)] == [code]


@pytest.mark.parametrize("form", ["Jewish", "Kurdistan", "Plateau", "Zealand", "Holy Cross",
                                  "Southeast", "Northwest"])
def test_stop_listed_or_compass_form_is_no_region(form):
    assert not [p for p in gazetteer().lookup(form) if p.kind == "region"]


def test_an_english_name_never_displaces_a_city_or_country():
    assert [p.kind for p in gazetteer().lookup("Cairo")] == ["region"]  # the city, as before
    assert [p.code for p in gazetteer().lookup("Georgia")] == ["GE"]


def test_every_row_names_a_subdivision_and_every_stop_row_a_reason():
    assert all(pycountry.subdivisions.get(code=code) is not None for code, _ in _rows("region_names.tsv"))
    assert all(len(row) == 2 and row[1].strip() for row in _rows("not_region_names.tsv"))


def test_an_article_names_the_region_in_english():
    facts = extract(Article(text="Indonesia and Chile agreed to expand trade. Officials from West Java "
                            "and South Sulawesi attended.", published=date(2025, 6, 12), title="",
                            origin="test"))
    assert {str(region_iri("ID-JB")), str(region_iri("ID-SN"))} <= set(facts.regions)


@pytest.mark.parametrize("text,placed", [
    ("Northwest China's Lanshan University", True), ("Southern Kenya's Coast Institute", True),
    ("China's Lanshan University", True), ("Northwest University", False),
])
def test_a_compass_word_before_a_place_still_opens_with_the_place(text, placed):
    assert starts_with_place(text) is placed


@pytest.mark.parametrize("demonym", ["Australian", "Somali"])
def test_a_peoples_adjective_names_no_subdivision(demonym):
    """'Australian Capital Territory' shortened by its admin words left 'Australian', which
    made every Australian minister a visitor from Canberra's territory."""
    assert not [p for p in gazetteer().lookup(demonym) if p.kind == "region"]


def test_a_subdivision_shortened_to_a_demonym_keeps_its_full_name():
    place = gazetteer().regions[str(region_iri("AU-ACT"))]
    assert place.label == "Australian Capital Territory"
    assert place in gazetteer().lookup("Australian Capital Territory")


def test_a_demonym_in_text_adds_no_region():
    facts = extract(Article(text="The Australian minister met Fijian officials in Suva on Monday.",
                            published=date(2024, 5, 17), title="", origin="test"))
    assert "AU-ACT" not in {r.rsplit("/", 1)[-1] for r in facts.regions}
