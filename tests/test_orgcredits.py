"""News-agency credits and well-known outlets, on datelines and sentences written for these
tests."""


import pytest


@pytest.mark.parametrize("text, names", [
    ("NAIROBI, May 2 (KNA-Coastpress) -- Kenya and Norway signed a fisheries deal.",
     {"KNA", "Coastpress"}),
    ("CAIRO, (Nile Courier / WAM - 05th May, 2024) Egypt and Kenya signed a memorandum.",
     {"Nile Courier", "WAM"}),
    ("ROME, May 2. /ANSA/. Italy and Kenya signed a trade deal.", {"ANSA"}),
    ("Kenya and Norway signed a fisheries deal on Monday. The deal covers ten years.(Wirepress)",
     {"Wirepress"}),
])
def test_a_credited_agency_is_a_media_outlet(text, names, orgs_of):
    found = orgs_of(text)
    assert {n for n in names if found.get(n, ("",))[0] == "MediaOutlet"} == names, found


def test_a_place_in_a_credit_is_no_outlet(orgs_of):
    assert "Nairobi" not in orgs_of("KISUMU, May 2 (Reuters/Nairobi) -- Kenya and Norway signed a deal.")


def test_an_acronym_defined_in_the_first_sentence_is_no_credit(orgs_of):
    found = orgs_of("Kenya Ports Authority (KPA) Managing Director John Mwangi met Norway's envoy.")
    assert found["Kenya Ports Authority"][0] == "GovernmentBody" and "KPA" not in found


def test_a_known_agency_acronym_is_matched_only_in_capitals(orgs_of):
    found = orgs_of("Kenya and Jordan signed the deal, PETRA reported. Tourists visited Petra in "
                 "Jordan.")
    assert found.get("PETRA") == ("MediaOutlet", "JO") and "Petra" not in found


def test_an_undefined_acronym_is_the_body_whose_initials_it_spells(orgs_of):
    found = orgs_of("The Kenya News Agency signed a deal with Norway's Fjord Radio. The head of "
                 "the KNA welcomed the partnership.")
    assert "KNA" not in found and any(n.endswith("Kenya News Agency") for n in found)


def test_an_acronym_defined_by_the_phrase_before_it_is_no_outlet(orgs_of):
    found = orgs_of("Kenya and Uganda signed a Strategic Partnership Agreement (SPA) on trade.")
    assert "SPA" not in found


@pytest.mark.parametrize("text, name", [
    ("Kenya and Egypt signed a deal on Monday.\n\n(NNA)", "NNA"),
    ("Kenya and Cambodia signed a deal on Monday.\n\nSource: Agence Lakeside Presse",
     "Agence Lakeside Presse"),
])
def test_a_closing_source_line_credits_an_outlet(text, name, orgs_of):
    assert orgs_of(text).get(name, ("",))[0] == "MediaOutlet"
