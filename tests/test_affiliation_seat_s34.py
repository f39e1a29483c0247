"""A body named in a signer's title with the country its office sits in ('Chief Representative of
the X Agency in Peru') is the signer's affiliation and the agreement's party; a city after a
party committee names that place's own branch and stays in the name."""

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article


def facts(text: str):
    return extract(Article(text=text, published=date(2025, 6, 12), title="", source="Test Wire"))


def test_the_country_office_of_an_agency_signs_as_the_agency():
    f = facts("A grant agreement was signed between Chilean Minister Rosa Vidal and Kenji Sato, Chief "
              "Representative of the Japan International Cooperation Agency (JICA) in Chile.")
    (agreement,) = f.agreements
    assert [p.key for p in agreement.parties] == ["https://w3id.org/coopkg/id/country/CL",
                                                  "Japan International Cooperation Agency"]
    assert {p.name: p.affiliation for p in f.people}["Kenji Sato"] == "Japan International Cooperation Agency"


def test_a_city_branch_keeps_its_place():
    f = facts("Talks were held between Tran Van Lam, secretary of the VCP Committee in Hue, and Cuban "
              "envoy Ana Diaz.")
    assert {p.name: p.affiliation for p in f.people}.get("Tran Van Lam") != "VCP Committee"
