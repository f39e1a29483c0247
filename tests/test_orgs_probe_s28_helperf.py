"""Probes of organisations written the way wire and business copy names them, not from any
article: every sentence, person and firm is invented (real countries and cities only)."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def _orgs(text: str) -> dict[str, str]:
    facts = extract(Article(text=text, published=date(2024, 5, 16), title="", source="Probe"))
    assert not facts.errors
    return {o.name: o.type for o in facts.orgs}


_LISTED = "Kalinda Steel, Zafira Energy and Norvale Pharma are among the firms that will exhibit."

# a firm named by a proper name and an industry word, with no legal form
INDUSTRY_NAMED = [
    ("The chairman of Ardent Capital, Paulo Mendes, said the firm would invest in Kenya.", "Ardent Capital"),
    ("Paulo Mendes, president of Kestrel Aerospace, said the deal would create 500 jobs in Brazil.",
     "Kestrel Aerospace"),
    ("Kestrel Aerospace president Paulo Mendes met the minister on Tuesday.", "Kestrel Aerospace"),
    ("Norvale Pharma will invest $200 million in a new plant in Nairobi, Kenya.", "Norvale Pharma"),
    ("Ardent Capital will invest $300 million in Kenyan infrastructure.", "Ardent Capital"),
    ("Brightwater Energy has signed a power purchase agreement with the Kenya Power and Lighting Company.",
     "Brightwater Energy"),
    (_LISTED, "Kalinda Steel"),
    (_LISTED, "Zafira Energy"),
    ("Emerald Logistics, a Dubai-based logistics firm, signed an agreement with Egypt.", "Emerald Logistics"),
]


@pytest.mark.parametrize(("text", "name"), INDUSTRY_NAMED)
def test_industry_named_firm(text: str, name: str) -> None:
    assert _orgs(text).get(name) == "Company"


# sector phrases, places and parts of longer names closed by the same words are no firms
NOT_INDUSTRY_NAMED = [
    ("The Minister of Energy and Mines, Ali Hassan, said Ghana would export power.", "Energy and Mines"),
    ("The National Capital Region will host the summit.", "National Capital"),
    ("The talks covered Renewable Energy, Steel and Cement production.", "Renewable Energy"),
    ("He visited the Federal Capital Territory on Monday.", "Federal Capital"),
    ("The Ministry of Industry and Information Technologies signed with Kenya.", "Information Technologies"),
    ("Clean Energy and Climate Change were on the agenda of the Egypt-Kenya talks.", "Clean Energy"),
    ("Kenya Eyes Brazilian Investments In Green Hydrogen", "Kenya Eyes Brazilian Investments"),
    ("Energy Minister Ali Hassan met his Kenyan counterpart in Nairobi.", "Energy Minister Ali Hassan"),
]


@pytest.mark.parametrize(("text", "name"), NOT_INDUSTRY_NAMED)
def test_not_industry_named_firm(text: str, name: str) -> None:
    assert name not in _orgs(text)


# two bodies coordinated by 'and' after a name that already joined its fields with 'and'
COORDINATED = [
    ("The memorandum was signed by the Vietnam Chamber of Commerce and Industry and Business France.",
     ["Vietnam Chamber of Commerce and Industry", "Business France"]),
    ("The Vietnamese Ministry of Industry and Trade and Business France co-hosted the forum.",
     ["Vietnamese Ministry of Industry and Trade", "Business France"]),
    ("Orla Shipping and Tembo Mining signed a memorandum of understanding on port logistics.",
     ["Orla Shipping", "Tembo Mining"]),
]


@pytest.mark.parametrize(("text", "names"), COORDINATED)
def test_coordinated_bodies(text: str, names: list[str]) -> None:
    found = _orgs(text)
    assert all(name in found for name in names)


# one name: a field pair, or a known firm's full name holding 'and'
ONE_NAME = [
    ("Officials from the Ministry of Foreign Affairs and International Cooperation attended the ceremony.",
     "Ministry of Foreign Affairs and International Cooperation"),
    ("Brightwater Energy has signed a power purchase agreement with the Kenya Power and Lighting Company.",
     "Kenya Power and Lighting Company"),
]


@pytest.mark.parametrize(("text", "name"), ONE_NAME)
def test_one_name_kept(text: str, name: str) -> None:
    found = _orgs(text)
    assert name in found


# words opening the sentence before a body's name that are no part of it
LEAD_TRIMMED = [
    ("The Kenya News Agency (KNA) reported the visit.", "Kenya News Agency"),
    ("The Ghana News Agency reported that the delegation arrived on Monday.", "Ghana News Agency"),
    ("State-owned Petrovia Oil Corporation signed a supply deal with the Kenyan government.",
     "Petrovia Oil Corporation"),
    ("Government-owned Tanzania Ports Authority signed a deal with Oman.", "Tanzania Ports Authority"),
]


@pytest.mark.parametrize(("text", "name"), LEAD_TRIMMED)
def test_lead_trimmed(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_newspaper_keeps_its_article() -> None:
    assert "The Kivu Times" in _orgs("The Kivu Times reported that the two sides agreed on a framework.")


# a name after a seat adjective ('Cairo-based X') is a body's; a lowercase description is none
SEATED = [
    ("Cairo-based Nilecom will supply fibre cable to Sudan.", "Nilecom", True),
    ("Tokyo-based Hoshino Trading and Osaka's Minato Chemicals will open offices in Lagos.",
     "Hoshino Trading", True),
    ("The Lagos-based think tank said it would publish a report.", "think tank", False),
]


@pytest.mark.parametrize(("text", "name", "found"), SEATED)
def test_seated_name(text: str, name: str, found: bool) -> None:
    assert (name in _orgs(text)) == found


def test_news_agency_by_its_full_name() -> None:
    assert _orgs("Speaking to Anadolu Agency, the ambassador said the two sides would sign a deal.").get(
        "Anadolu Agency") == "MediaOutlet"
