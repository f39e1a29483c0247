"""What a figure measures, on sentences written for these tests: a count of signed documents
named with who signed them and on what occasion, a passive predicate of counted things, a target
('raise trade to'), the noun phrase before 'worth', and the noun phrase an amount premodifies."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.extract.facts import Figure
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 8)


def one(text: str, unit: str | None = None) -> Figure:
    """The one figure of the text (of that unit, when given)."""
    figures = extract(Article(text=text, published=PUBLISHED, title="", origin="test")).figures
    (figure,) = [f for f in figures if unit is None or f.unit == unit]
    return figure


def test_signed_documents_by_their_signers():
    count = one("Chile and Peru on Tuesday signed four memoranda of understanding on mining.")
    assert count.indicator == "number of memoranda of understanding signed by Chile and Peru"


def test_signed_documents_on_their_occasion():
    count = one("Seven agreements were signed during the state visit of the Chilean president to Peru.")
    assert count.indicator == "number of agreements signed during the state visit of the Chilean president"
    count = one("Oman and Kenya inked nine deals at the third session of the joint commission in Muscat.")
    assert count.indicator == ("number of deals signed by Oman and Kenya at the third session of the "
                               "joint commission")


def test_a_witnessed_signing_has_no_subject():
    count = one("The two presidents of Chile and Peru then witnessed the signing of three agreements.")
    assert count.indicator == "number of agreements signed"


def test_counted_things_with_a_passive_predicate():
    text = ("Currently 12 projects with a budget of 4 billion yen are being built under the "
            "Kenya-Japan road programme.")
    count = one(text, "projects")
    assert count.indicator == "projects built under the Kenya-Japan road programme"


def test_raising_an_indicator_to_an_amount_is_a_target():
    target = one("Chile and Peru agreed to raise bilateral trade to $5 billion by 2030.")
    assert target.indicator == "target bilateral trade"


def test_a_reported_rise_is_no_target():
    rose = one("Bilateral trade between Chile and Peru rose to $5 billion in 2023.")
    assert not rose.indicator.startswith("target")
    aid = one("Japan will expand its aid to Laos, amounting to $5 billion in all.")
    assert not aid.indicator.startswith("target")


def test_the_noun_phrase_before_worth():
    deal = one("Chile and Peru signed agreements in mining, energy and fisheries cooperation worth "
               "$2 billion.")
    assert deal.indicator == "value of mining, energy and fisheries cooperation"
    assert one("Peru noted aid worth $20 million came from Chile.").indicator == "aid"


def test_the_noun_phrase_an_amount_premodifies():
    road = one("The $300 million upgrade of the coastal highway will be financed by Chile and Peru.")
    assert road.indicator == "value of the upgrade of the coastal highway"


def test_financial_support_is_an_indicator():
    support = one("Norway has extended 40 million euro financial support to Malawi for schools.")
    assert "financial support to Malawi for schools" in support.indicator


def test_a_thing_received_is_named_with_its_receiver():
    assert one("Peru received aid worth $20 million from Chile.").indicator == "aid received by Peru"
    text = "Since 2001, the government has obtained Japanese grants amounting to $4 billion, Laos said."
    assert one(text).indicator == "Japanese grant obtained by the government"


def test_counted_things_assumed_by_a_subject():
    count = one("The governments of Chile and Peru have assumed 40 new commitments on border trade.")
    assert count.indicator.startswith("new commitments assumed by the governments of Chile and Peru")


def test_terms_sharing_a_head_noun():
    figure = one("Japan is Laos's largest provider of loan and grant commitments, amounting to "
                 "$2.5 billion.")
    assert figure.indicator == "loan and grant commitments"


def test_a_two_way_flow_without_parties_is_between_the_pair():
    trade = one("Chile and Peru met in Lima. Last year, the trade turnover reached $3 billion.")
    assert trade.indicator == "trade turnover between Chile and Peru"
    exports = one("Chile and Peru met in Lima. Last year, exports reached $3 billion.")
    assert exports.indicator == "exports"


def test_a_share_of_things_made_somewhere():
    share = one("Chile and Peru said that 70% —of the 50 commitments made in the previous round— "
                "were fulfilled.")
    assert share.indicator.startswith("share of 50 commitments made in the previous round")


def test_the_total_value_of_counted_things():
    text = ("At present, 9 projects with a total value of $800 million are being built under the "
            "Chile-Peru border programme.")
    value = one(text, "USD")
    assert value.indicator == "total value of projects built under the Chile-Peru border programme"
