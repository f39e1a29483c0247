"""Whole articles written for these tests (tests/articles/), in three publishers' styles."""

from pathlib import Path

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Ref
from coopkg.read import read_path

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="module")
def facts():
    return {p.stem: extract(read_path(p)) for p in ARTICLES.glob("*.txt")}


def country(code: str) -> Ref:
    return Ref("place", f"https://w3id.org/coopkg/id/country/{code}")


def test_documents_listed_in_prose(facts):
    f = facts["vietnam-laos-documents"]
    parties = [a.parties for a in f.agreements]
    # 'witnessed the signing of 12 documents': an aggregate between states is a count, no agreement
    assert [country("VN"), country("LA")] not in parties
    assert any(x.unit == "documents" and x.value == 12 for x in f.figures)
    assert [Ref("org", "Ministry of Transport of Vietnam"),
            Ref("org", "Lao Ministry of Public Works and Transport")] in parties
    assert [Ref("org", "Vietnam Academy of Science and Technology"),
            Ref("org", "National University of Laos")] in parties
    assert {a.date.value for a in f.agreements} == {"2024-01-08"}
    people = {p.name: p for p in f.people}
    assert people["Sonexay Siphandone"].country == "LA"
    assert people["Pham Minh Chinh"].role == "Prime Minister"
    # a prime minister's official visit is a head of government's: Other, no state visit (event_visitors)
    visit = next(e for e in f.events if e.type == "Event" and "visit" in e.label)
    assert visit.location == country("LA").key and Ref("person", "Pham Minh Chinh") in visit.participants
    assert [e.type for e in f.events].count("Meeting") == 1  # 'press conference' is not a meeting too
    trade = next(x for x in f.figures if x.unit == "USD")
    assert (trade.value, trade.change_percent, trade.period_start.value) == (1.63e9, 15.0, "2023")


def test_possessive_country_before_company(facts):
    f = facts["turkmen-korean-contract"]
    orgs = {o.name: o for o in f.orgs}
    assert orgs["Hyundai Engineering Co., Ltd."].country == "KR"
    assert orgs["Turkmengaz State Concern"].country == "TM"
    (contract,) = f.agreements
    assert contract.parties == [Ref("org", "Turkmengaz State Concern"),
                                Ref("org", "Hyundai Engineering Co., Ltd.")]
    assert contract.kind == "contract" and contract.date.value == "2023-11-16"
    assert "Park" not in orgs and "Park Sung-ho" in {p.name for p in f.people}
    value = next(x for x in f.figures if x.indicator == "contract value")
    assert value.value == 1.5e9
    trade = next(x for x in f.figures if "trade" in x.indicator)
    assert (trade.period_start.value, trade.period_end.value) == ("2023-01", "2023-09")


def test_launch_event_and_open_period(facts):
    f = facts["indonesia-japan-lab"]
    orgs = {o.name: o for o in f.orgs}
    assert orgs["Kyoto Institute of Technology"].country == "JP"
    assert orgs["Japan International Cooperation Agency"].aliases == {"JICA"}
    launch = next(e for e in f.events if e.label.startswith("launch of"))
    assert set(launch.participants) == {Ref("org", "University of Indonesia"),
                                        Ref("org", "Kyoto Institute of Technology")}
    investment = next(x for x in f.figures if x.unit == "JPY")
    assert investment.indicator == "investment" and set(investment.countries) == {"JP", "ID"}
    # 'since 2015' runs to the publication day, which the text does not state
    assert investment.period_start.value == "2015" and investment.period_end.value == "2022-05-20"
    assert investment.period_end.inherited and not investment.period_start.inherited


def test_countries_agree_ministries_sign(facts):
    f = facts["egypt-germany-hydrogen"]
    (declaration,) = f.agreements
    assert declaration.parties == [
        Ref("org", "Egyptian Ministry of Electricity and Renewable Energy"),
        Ref("org", "Federal Ministry for Economic Affairs and Climate Action")]
    assert declaration.kind == "joint statement" and declaration.date.value == "2024-03-12"
    people = {p.name: p for p in f.people}
    assert people["Mohamed Shaker"].role == "Minister of Electricity"  # not 'Electricity Mohamed'
    assert people["Stefan Wenzel"].country == "DE"
    euro = next(x for x in f.figures if x.unit == "EUR")
    assert (euro.value, euro.period_start.value) == (2.4e9, "2023")


def test_company_introduced_by_a_descriptor(facts):
    f = facts["russia-china-nuclear-fuel"]
    orgs = {o.name: o for o in f.orgs}
    assert orgs["Rosatom"].type == "Company" and orgs["Rosatom"].country == "RU"
    (contract,) = f.agreements
    assert contract.parties == [Ref("org", "Rosatom"),
                                Ref("org", "China National Nuclear Corporation")]
    trade = next(x for x in f.figures if x.unit == "USD")
    assert (trade.period_start.value, trade.period_end.value) == ("2023-01", "2023-10")
    assert trade.change_percent == 26.3 and trade.value == 218.2e9
    visit = next(e for e in f.events if e.rule == "event.visit")
    assert visit.type == "Event"  # a company chairman's visit is no state visit
    assert Ref("person", "Yu Jianfeng") in visit.participants


def test_possessive_company_in_a_list_and_two_word_adjective(facts):
    f = facts["kazakhstan-korea-battery"]
    orgs = {o.name: o for o in f.orgs}
    assert orgs["EcoPro BM"].country == "KR"
    (mou,) = f.agreements
    assert mou.parties == [Ref("org", "Kazakh Invest National Company"), Ref("org", "EcoPro BM")]
    assert {p.name: p.country for p in f.people}["Yoon Suk Yeol"] == "KR"
    visit = next(e for e in f.events if e.type == "StateVisit")
    assert visit.location == country("KR").key and visit.date.value == "2024-06-11"


def test_name_particles_and_documents_listed(facts):
    f = facts["china-brazil-deals"]
    assert "Luiz Inacio Lula da Silva" in {p.name for p in f.people}
    parties = [a.parties for a in f.agreements]
    assert [country("CN"), country("BR")] not in parties  # '15 agreements': a count (a figure)
    assert [Ref("org", "China National Space Administration"),
            Ref("org", "Brazilian Space Agency")] in parties
    assert any(x.unit == "agreements" and x.value == 15 for x in f.figures)
