"""Organisation names with punctuation or a lowercase word inside, on sentences written for
these tests: a topic list in a ministry's name, a body housed at another."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.orgcompounds import comma_list_names, host_of
from coopkg.read.article import Article


def orgs(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    return {o.name: (o.type, o.country, o.parent) for o in facts.orgs}


@pytest.mark.parametrize("text, name, country", [
    ("The Ministry of Fisheries, Forestry and Water of Ruritania hosted the talks with Norway.",
     "Ministry of Fisheries, Forestry and Water", None),
    ("Norway's Ministry of Trade, Industry and Fisheries signed a memorandum with Chile.",
     "Ministry of Trade, Industry and Fisheries", "NO"),
    ("The Directorate of Energy, Science,Technology and Innovation of Chile sent a delegate.",
     "Directorate of Energy, Science,Technology and Innovation of Chile", "CL"),
    ("The Agency for Roads, Bridges, and Inland Ports opened the tender.",
     "Agency for Roads, Bridges, and Inland Ports", None),
])
def test_a_topic_list_inside_a_name_is_one_organisation(text, name, country):
    found = orgs(text)
    assert any(n.startswith(name) for n in found), found
    full = next(n for n in found if n.startswith(name))
    assert found[full][0] == "GovernmentBody" and found[full][1] == country
    assert not {"Forestry", "Industry", "Bridges", "Water of Ruritania"} & set(found)


@pytest.mark.parametrize("sentence", [
    "The Ministry of Energy, Rosgeo and PetroNova signed three contracts.",   # bodies listed
    "The Ministry of Education, Kenya and Uganda agreed on exams.",            # countries listed
    "The Ministry of Finance, the Central Bank and the Treasury met.",          # bodies listed
    "The Ministry of Health, UNICEF and WHO launched a campaign.",              # acronyms
])
def test_a_list_of_bodies_or_countries_after_a_name_is_no_topic_list(sentence):
    assert comma_list_names(sentence) == []


def test_a_body_housed_at_another_is_one_organisation_whose_parent_is_the_host():
    found = orgs("Riverside University signed an agreement with the Language Institute at "
                 "Kenya's Hillcrest University (LIHU) on teacher exchanges with Norway.")
    assert found["Language Institute at Kenya's Hillcrest University"] == (
        "ResearchInstitute", "KE", "Hillcrest University")
    assert found["Hillcrest University"][0] == "University"
    assert "Language Institute" not in found


@pytest.mark.parametrize("name, host", [
    ("Confucius Institute at Lakeside University", "Lakeside University"),
    ("School of Medicine at the Northern Academy of Sciences", "Northern Academy of Sciences"),
    ("Embassy at Large", None),            # no host organisation
    ("Bank at Riverside University", None),  # a bank is not housed at a university
])
def test_host_of(name, host):
    assert host_of(name) == host


@pytest.mark.parametrize("text, name", [
    ("The minister co-chairs the joint Kenyan-Ugandan commission for trade and economic "
     "cooperation, which met in Nairobi.",
     "joint Kenyan-Ugandan commission for trade and economic cooperation"),
    ("The Norwegian-Chilean intergovernmental commission on trade will meet in May.",
     "Norwegian-Chilean intergovernmental commission on trade"),
    ("The Kenya-Uganda committee met on Monday.", "Kenya-Uganda committee"),
])
def test_a_lowercase_bilateral_body_is_named_with_its_topic(text, name):
    found = orgs(text)
    assert found[name][:2] == ("Organization", None)  # stored as an organisation of type Other


def test_a_hyphenated_pair_that_is_no_country_pair_names_no_body():
    assert not any("commission" in n for n in orgs(
        "The Smith-Jones commission for reform reported to Parliament in Kenya."))


def test_a_capitalised_joint_commission_with_a_topic_is_bilateral():
    found = orgs("The Kenya-Uganda Permanent Joint Commission for Cooperation met in Kampala.")
    assert found["Kenya-Uganda Permanent Joint Commission for Cooperation"][1] is None
