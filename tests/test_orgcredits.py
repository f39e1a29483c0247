"""News-agency credits and well-known outlets, on datelines and sentences written for these
tests."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def orgs(text: str) -> dict[str, tuple[str, str | None]]:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    return {o.name: (o.type, o.country) for o in facts.orgs}


@pytest.mark.parametrize("text, names", [
    ("NAIROBI, May 2 (KNA-Coastpress) -- Kenya and Norway signed a fisheries deal.",
     {"KNA", "Coastpress"}),
    ("CAIRO, (Nile Courier / WAM - 05th May, 2024) Egypt and Kenya signed a memorandum.",
     {"Nile Courier", "WAM"}),
    ("ROME, May 2. /ANSA/. Italy and Kenya signed a trade deal.", {"ANSA"}),
    ("Kenya and Norway signed a fisheries deal on Monday. The deal covers ten years.(Wirepress)",
     {"Wirepress"}),
])
def test_a_credited_agency_is_a_media_outlet(text, names):
    found = orgs(text)
    assert {n for n in names if found.get(n, ("",))[0] == "MediaOutlet"} == names, found


def test_a_place_in_a_credit_is_no_outlet():
    assert "Nairobi" not in orgs("KISUMU, May 2 (Reuters/Nairobi) -- Kenya and Norway signed a deal.")


def test_an_acronym_defined_in_the_first_sentence_is_no_credit():
    found = orgs("Kenya Ports Authority (KPA) Managing Director John Mwangi met Norway's envoy.")
    assert found["Kenya Ports Authority"][0] == "GovernmentBody" and "KPA" not in found


def test_a_known_agency_acronym_is_matched_only_in_capitals():
    found = orgs("Kenya and Jordan signed the deal, PETRA reported. Tourists visited Petra in "
                 "Jordan.")
    assert found.get("PETRA") == ("MediaOutlet", "JO") and "Petra" not in found


def test_an_undefined_acronym_is_the_body_whose_initials_it_spells():
    found = orgs("The Kenya News Agency signed a deal with Norway's Fjord Radio. The head of "
                 "the KNA welcomed the partnership.")
    assert "KNA" not in found and any(n.endswith("Kenya News Agency") for n in found)


def test_an_acronym_defined_by_the_phrase_before_it_is_no_outlet():
    found = orgs("Kenya and Uganda signed a Strategic Partnership Agreement (SPA) on trade.")
    assert "SPA" not in found


@pytest.mark.parametrize("text, name", [
    ("Kenya and Egypt signed a deal on Monday.\n\n(NNA)", "NNA"),
    ("Kenya and Cambodia signed a deal on Monday.\n\nSource: Agence Lakeside Presse",
     "Agence Lakeside Presse"),
])
def test_a_closing_source_line_credits_an_outlet(text, name):
    assert orgs(text).get(name, ("",))[0] == "MediaOutlet"
