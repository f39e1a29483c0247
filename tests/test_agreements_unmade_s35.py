"""A signing still to come when an adverbial parts the modal from the verb ('will next week
sign'), also where a document noun opens the sentence before it; and 'reach' with an amount is a
total ('the agreements have reached $2 billion'), no consensus reached."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def agreements(text: str) -> list:
    return extract(Article(text=text, published=date(2025, 6, 13), title="", source="Test Wire")).agreements


@pytest.mark.parametrize("text", [
    "Building on the strategic partnership, Chile and Fiji will next week sign agreements on fisheries, "
    "on shipping, and on tourism, the minister said.",
    "Within the strategic partnership, Chile and Fiji will on Friday sign a memorandum on fisheries.",
    "Under the partnership, Chile and Fiji will formally sign a memorandum on fisheries.",
    "Investment agreements of Chile and Fiji have reached about $900 million since 2020.",
    "By last year, the loan agreements between Chile and Fiji reached 300 million dollars.",
])
def test_no_document_is_made(text):
    assert agreements(text) == []


@pytest.mark.parametrize("text", [
    "Under the strategic partnership, Chile and Fiji signed a memorandum on fisheries on Friday.",
    "Chile and Fiji reached an agreement on fisheries on Friday.",
])
def test_the_made_ones_stay(text):
    assert len(agreements(text)) == 1
