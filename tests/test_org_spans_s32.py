"""Battery (s32 org32): where an organisation's name ends in constructions of news English.

1. company names coordinated in pair lists: a name closed by a legal form or a type word ends
   at 'and'; a bracketed legal form ('(Pvt) Ltd') belongs to the name;
2. 'on <Topic>' after a type word that takes no subject is the agreement's topic;
3. a second title after 'and' ends a person's affiliation; field words alone name no body;
4. a multi-word country possessive opening a body's name is stripped;
5. a lowercase administrative noun after 'of <Place>' closes a local body's name;
6. an acronym defined before its bracketed name, and an acronym compound naming an organ.
Each with negatives that must not change.  Invented sentences, bodies and places."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.orgacronyms import loosely_fits
from coopkg.extract.orgtitled import before_second_title, fields_only
from coopkg.extract.orgtrim import trim_span
from coopkg.read.article import Article


def _orgs(text: str) -> dict[str, tuple[str, str | None, frozenset[str]]]:
    facts = extract(Article(text=text, published=date(2024, 5, 16), origin="test"))
    return {o.name: (o.type, o.country, frozenset(o.aliases)) for o in facts.orgs}


def test_pair_list_of_companies() -> None:
    names = set(_orgs("Deals were signed between Lumora (Pvt) Ltd and Vexa Pharm, Kelton Trade "
                      "& Expo Centre and DRVK, and the Morvan Chamber of Commerce & Industry "
                      "and Tessal Electric."))
    assert {"Lumora (Pvt) Ltd", "Vexa Pharm", "Kelton Trade & Expo Centre", "DRVK",
            "Morvan Chamber of Commerce & Industry", "Tessal Electric"} <= names
    assert not any(" and " in n or n == "Ltd" for n in names)


@pytest.mark.parametrize("text, name", [
    ("Tarsen Holdings (Private) Limited opened a plant in Lahore.", "Tarsen Holdings (Private) Limited"),
    ("Officials of Brinvale Mining (Pty) Ltd met the minister.", "Brinvale Mining (Pty) Ltd"),
])
def test_bracketed_legal_form_kept(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("The Ministry of Trade and Industry of Kenya signed the pact.", "Ministry of Trade and Industry"),
    ("The Morvan Chamber of Commerce and Industry hosted the forum.",
     "Morvan Chamber of Commerce and Industry"),
])
def test_real_and_names_stay_whole(text: str, name: str) -> None:
    assert any(n.startswith(name) for n in _orgs(text))


def test_topic_after_guard_is_cut() -> None:
    names = set(_orgs("The MoU between the Tarvian Coast Guard and the Japan Coast Guard on "
                      "Maritime Cooperation was signed on Monday."))
    assert {"Tarvian Coast Guard", "Japan Coast Guard"} <= names


@pytest.mark.parametrize("span", [
    "Vellan Commission on Human Rights",
    "Japan Working Group on Migration",
    "Korl Centre for Research on Migration",
])
def test_subject_of_deliberative_bodies_kept(span: str) -> None:
    assert trim_span(span, 0)[0] == span


@pytest.mark.parametrize("span, name", [
    ("Ostra Coast Guard on Maritime Cooperation", "Ostra Coast Guard"),
    ("Velmar University on Student Exchange", "Velmar University"),
])
def test_topic_span_trimmed(span: str, name: str) -> None:
    assert trim_span(span, 0)[0] == name


def test_second_title_ends_affiliation() -> None:
    assert before_second_title("Works Committee and President of the Group") == "Works Committee"
    assert before_second_title("Ministry of Trade and Industry") == "Ministry of Trade and Industry"
    names = set(_orgs("Lu Wen, Secretary of the Works Committee and President of the Group, "
                      "attended the signing ceremony."))
    assert not any("President" in n for n in names)


@pytest.mark.parametrize("name, expected", [
    ("Petroleum and Energy", True),
    ("Research and Development", True),
    ("Trade & Industry", True),
    ("Morvan Energy Company", False),
    ("Ministry of Energy", False),
])
def test_fields_only(name: str, expected: bool) -> None:
    assert fields_only(name) is expected


def test_portfolio_after_minister_is_no_body() -> None:
    names = set(_orgs("The talks were joined by Ms. Ama Owusu, Minister of Petroleum and "
                      "Energy of Ghana, and others. Their plan covers Research and Development "
                      "in batteries."))
    assert "Petroleum and Energy" not in names and "Research and Development" not in names


def test_multiword_country_possessive_stripped() -> None:
    orgs = _orgs("Officials quoted South Africa’s Ministry of Mines, Water, and Energy on the "
                 "new pipeline.")
    assert orgs["Ministry of Mines, Water, and Energy"][1] == "ZA"


def test_admin_noun_after_place() -> None:
    names = set(_orgs("Last week the People’s Committee of Gansu province and the Government of Kenya "
                      "signed a memorandum."))
    assert "People's Committee of Gansu province" in names or \
        "People’s Committee of Gansu province" in names


def test_admin_noun_not_after_country() -> None:
    names = set(_orgs("The Ministry of Health of Vietnam state officials met on Monday."))
    assert "Ministry of Health of Vietnam state" not in names


@pytest.mark.parametrize("name, acronym, expected", [
    ("Korlan Agency for Sustainable Energy", "KASEN", True),
    ("Kenya Maritime Authority", "KMA", True),
    ("Korlan Agency for Sustainable Energy", "PTX", False),
    ("Korlan Agency for Sustainable Energy", "KZQ", False),
])
def test_loose_acronym_fit(name: str, acronym: str, expected: bool) -> None:
    assert loosely_fits(name, acronym) is expected


def test_acronym_before_bracketed_name() -> None:
    orgs = _orgs("The Velmar Power Company signed a deal with KASEN (Korlan Agency for "
                 "Sustainable Energy) in Rabat. Later, Velmar Power and Kasen agreed to expand.")
    assert "KASEN" in orgs["Korlan Agency for Sustainable Energy"][2]
    assert "Kasen" not in orgs and "KASEN" not in orgs


def test_igo_organ_compound() -> None:
    names = set(_orgs("Ghana will send its foreign minister to the 12th OIC-CFM session in "
                      "Dakar next month."))
    assert "OIC-CFM" in names
    names = set(_orgs("Leaders met at the ASEAN-GCC summit."))
    assert {"ASEAN", "GCC"} <= names


def test_ampersand_form_is_alias() -> None:
    orgs = _orgs("The Morvan Chamber of Commerce and Industry (MCCI) hosted the forum. Deals were "
                 "signed between Lumora Ltd and Vexa Pharm, and the Morvan Chamber of Commerce & "
                 "Industry and Tessal Electric.")
    assert "Morvan Chamber of Commerce & Industry" in orgs["Morvan Chamber of Commerce and Industry"][2]
    assert "Morvan Chamber of Commerce & Industry" not in orgs


def test_programme_after_on_is_a_topic() -> None:
    span = "Ostra Public Works Commission on Skills and Safety Programme for Ostran"
    assert trim_span(span, 0)[0] == "Ostra Public Works Commission"
