"""Titles that swallow the wrong words (session 31), by mechanism, each title family written in
several sentence frames: a title written straight before a place ('Governor Almaty Region
said') made the place a person; a title completed after its inner 'of' ('Chief of Staff Ada
Obi') lost its holder; a bare body word opening a title ('Board Chairman Ada Obi') was dropped
from the role.  Every person, body and place is invented or generic; countries are real."""

from __future__ import annotations

import pytest
from tests.test_people_forms import people

# sentence frames: {t} is the title, {n} the name (or the place / body for the negatives)
FRAMES = [
    "{t} {n} said the two countries would expand trade.",
    "The Kenyan delegation met {t} {n} on Monday.",
    "Talks were held with {t} {n} in the capital.",
    "The memorandum was signed by {t} {n} and a Peruvian envoy.",
    "Guests included Ugandan officials, {t} {n} and two bankers.",
]

# title followed by a place: no person
PLACES = [
    ("Governor", "Almaty Region"), ("Governor", "Turkestan Oblast"), ("Mayor", "Kisumu City"),
    ("Governor", "Mombasa County"), ("Governor", "Rift Valley"), ("Governor", "Lake Varno"),
    ("Prefect", "Haut Lomami Province"), ("Governor", "Tarvos District"),
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("title", "place"), PLACES)
def test_title_before_a_place_names_no_person(frame: str, title: str, place: str) -> None:
    found = people(frame.format(t=title, n=place))
    assert place not in found, found


# a title completed after its inner 'of', then the holder
INNER_OF = ["Chief of Staff", "Minister of State", "Head of Mission", "Secretary of State",
            "Chief of Protocol", "Head of Delegation", "Deputy Chief of Mission", "Head of Chancery"]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("title", INNER_OF)
def test_title_with_inner_of_keeps_its_holder(frame: str, title: str) -> None:
    found = people(frame.format(t=title, n="Ivo Berkan"))
    assert "Ivo Berkan" in found and found["Ivo Berkan"][0] == title, found


@pytest.mark.parametrize("title", INNER_OF)
def test_title_with_inner_of_alone_is_no_person(title: str) -> None:
    found = people(f"The {title} said the two countries would expand trade.")
    assert not found, found


# a bare body word opens the title: the role is the whole title as written
COMPOUND = ["Board Chairman", "University President", "State Secretary", "Executive Director",
            "Managing Director", "Vice Rector", "Deputy Governor", "First Deputy Prime Minister",
            "Group Chief Executive", "Country Director", "Company President", "Party Secretary",
            "District Commissioner"]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("title", COMPOUND)
def test_compound_title_is_the_whole_role(frame: str, title: str) -> None:
    found = people(frame.format(t=title, n="Lara Mendez"))
    assert found.get("Lara Mendez", (None,))[0] == title, found


def test_body_name_before_a_title_is_no_part_of_the_role() -> None:
    found = people("Acme Holdings Board Chairman Lara Mendez said the two countries would expand trade.")
    assert found["Lara Mendez"][0] != "Acme Holdings Board Chairman", found


# titles in apposition, after the name or after a body's possessive
APPOSED = [
    ("Ivo Berkan, the bank's chief executive, said profits rose.", "Ivo Berkan", "chief executive"),
    ("The fund's managing director, Lara Mendez, said growth would slow.", "Lara Mendez",
     "managing director"),
    ("The agency signed the deal with Lara Mendez, the university's vice rector.", "Lara Mendez",
     "vice rector"),
]


@pytest.mark.parametrize(("text", "name", "role"), APPOSED)
def test_apposed_title(text: str, name: str, role: str) -> None:
    found = people(text)
    assert found.get(name, (None,))[0] == role, found


# a place or body named after a person is no person, with or without a title word near it
NAMED_AFTER = [
    "The Governor visited Lake Varno Dam on Monday.",
    "Governor Tarvos Province signed the deal.",
    "The Minister opened the Mount Selva Road and the Varno River Bridge.",
]


@pytest.mark.parametrize("text", NAMED_AFTER)
def test_place_named_like_a_person_is_no_person(text: str) -> None:
    assert not people(text), people(text)


# a titled run that ends as a building, a firm or a prize does, or opens as a region does
BUILT_OR_REGION = [
    ("Chief Executive", "Varno Capital Partners"), ("Governor", "Ivo Berkan International Airport"),
    ("Governor", "North Varno"), ("Mayor", "Western Tarvos"), ("Director", "Tarvos Steel Technologies"),
]


@pytest.mark.parametrize("frame", FRAMES[:3])
@pytest.mark.parametrize(("title", "run"), BUILT_OR_REGION)
def test_title_before_a_building_firm_or_region_names_no_person(frame: str, title: str, run: str) -> None:
    found = people(frame.format(t=title, n=run))
    assert run not in found, found


# titles of office news English uses, before a name; a family name that also ends places or firms
TITLED = [("Prefect", "Lara Mendez"), ("Comptroller", "Lara Mendez"), ("Superintendent", "Lara Mendez"),
          ("Governor-General", "Lara Mendez"), ("Special Rapporteur", "Lara Mendez"),
          ("Ambassador", "Nora Power"), ("Ambassador", "Ivo Steel"), ("Ambassador", "Park Min-jun")]


@pytest.mark.parametrize("frame", FRAMES[:3])
@pytest.mark.parametrize(("title", "name"), TITLED)
def test_titled_name_found(frame: str, title: str, name: str) -> None:
    found = people(frame.format(t=title, n=name))
    assert found.get(name, (None,))[0] == title, found


# a plural title is a whole word: a word ending in one ('services', 'devices') lists no holders
@pytest.mark.parametrize("text", [
    "The fee is 1% for advisory services, Varno Loan Fee 0.2%, and the term 20 years.",
    "The plant makes medical devices, Tarvos Grade Kits and spare parts.",
])
def test_word_ending_in_a_title_is_no_plural_title(text: str) -> None:
    assert not people(text), people(text)


def test_plural_title_still_lists_its_holders() -> None:
    found = people("Interior Ministers, Ivo Berkan and Lara Mendez, signed the deal.")
    assert found["Ivo Berkan"][0] == "Interior Minister" and found["Lara Mendez"][0] == "Interior Minister"


# a department named by a plural field noun right after a title is the title's, not a person
@pytest.mark.parametrize("frame", FRAMES[:3])
@pytest.mark.parametrize("field", ["International Relations", "Corporate Communications", "Investments",
                                   "Operations", "Strategic Partnerships"])
def test_department_after_a_title_is_no_person(frame: str, field: str) -> None:
    found = people(frame.format(t=f"Director {field}", n="Lara Mendez"))
    assert set(found) == {"Lara Mendez"} and found["Lara Mendez"][0] == f"Director {field}", found


def test_department_before_an_apposed_name_is_no_person() -> None:
    found = people("Director International Relations, Ms. Lara Mendez, attended the signing.")
    assert "International Relations" not in found and "Lara Mendez" in found, found


# a country written in two words where the gazetteer's name has one ('Viet Nam') is no person
@pytest.mark.parametrize("text", [
    "Viet Nam's Ministry of Science and a Peruvian agency put their names to the roadmap.",
    "Việt Nam's Ministry of Trade and Kenya's Treasury endorsed the plan.",
])
def test_country_in_another_spelling_is_no_person(text: str) -> None:
    assert not people(text), people(text)
