"""Figures in ordinary news forms the s29 read sets showed failing (helper D2).
Every sentence and name is invented.

- 'U. S. dollars' written with a space after each initial, as some wires and translated copy
  print the abbreviation, is the US dollar as 'U.S. dollars' is; the initials name the
  currency, not a country the figure concerns.
- A conversion in brackets after a currency spelled out and its code in brackets ('40 billion
  Japanese yen (JPY) (about $270 million)') is the same amount in another currency, not a
  second figure (GOLD_FORMAT).
- A sentence opening with 'Under the agreement,' / 'With the deal,' states the terms of a document
  the story told of signing: its amounts are dated as that signing, the last date the story gave."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.facts import Figure
from coopkg.read.article import Article


def figures(text: str) -> list[Figure]:
    return extract(Article(text=text, published=date(2024, 5, 17), title="", origin="test")).figures


def pairs(text: str) -> set[tuple[float, str]]:
    return {(f.value, f.unit) for f in figures(text)}


@pytest.mark.parametrize("text", [
    "Under the accord, Norway will extend a loan of 250 million U. S. dollars to Peru.",
    "Peru sold fishmeal worth 250 million U. S. dollar to Norway last year.",
    "Norway will grant Peru U. S. $ 250 million for two hospitals.",
])
def test_spaced_us_dollars(text: str) -> None:
    found = figures(text)
    assert (250e6, "USD") in {(f.value, f.unit) for f in found}
    assert all("US" not in f.countries for f in found)


@pytest.mark.parametrize("text", [
    "The U. S. dollar gained ground against the sol on Monday.",
    "Peru and Norway held talks on fisheries in Lima.",
])
def test_no_amount_no_dollar_figure(text: str) -> None:
    assert not [f for f in figures(text) if f.unit == "USD"]


@pytest.mark.parametrize("text", [
    "Japan will lend 40,200 million Japanese Yen (JPY) (approximately $270 million) to Vietnam.",
    "Japan will lend 40.2 billion yen (JPY) (about $270 million) to Vietnam for a metro line.",
])
def test_conversion_after_code_bracket(text: str) -> None:
    found = pairs(text)
    assert (40.2e9, "JPY") in found
    assert (270e6, "USD") not in found


def test_second_amount_after_code_bracket_stands() -> None:
    found = pairs("Germany pledged 40 million euros (EUR) to Kenya and $43 million to Ghana.")
    assert {(40e6, "EUR"), (43e6, "USD")} <= found


@pytest.mark.parametrize("opener", ["Under the agreement", "With the agreement", "Under the deal"])
def test_under_the_agreement_takes_its_signing_date(opener: str) -> None:
    text = ("Kenya and Norway on Tuesday signed a loan agreement in Nairobi.\n\n"
            f"{opener}, Norway will provide a loan of 50 million dollars to Kenya.")
    assert (50e6, "USD", "2024-05-14") in {(f.value, f.unit, f.period_start.value)
                                            for f in figures(text) if f.period_start}


def test_other_openers_keep_the_paper_month() -> None:
    text = ("Kenya and Norway on Tuesday signed a loan agreement in Nairobi.\n\n"
            "Separately, Norway will provide a loan of 50 million dollars to Kenya.")
    assert (50e6, "USD", "2024-05") in {(f.value, f.unit, f.period_start.value)
                                         for f in figures(text) if f.period_start}
