"""Figures on sentences written for these tests (unseen-news classes): counts of protocols and
commitments, East African shilling abbreviations, 'between two <noun>' naming parties rather
than counting, and one amount stated twice being one figure."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.extract.facts import Figure
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 8)


def figures(text: str) -> list[Figure]:
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test")).figures


def test_protocols_and_commitments_are_counted():
    (signed,) = figures("The foreign ministers of Peru and Bolivia signed four additional protocols.")
    assert (signed.value, signed.unit) == (4.0, "protocols")
    (pledged,) = figures("Uruguay and Paraguay assumed 45 new commitments on border trade.")
    assert (pledged.value, pledged.unit) == (45.0, "commitments")


def test_shilling_abbreviations_take_the_articles_country():
    (road,) = figures("Kenya and Japan will share the Sh40 billion cost of the new bypass.")
    assert (road.value, road.unit) == (4e10, "KES")
    (dam,) = figures("Uganda and Egypt agreed that the Sh900 million dam opens in May.")
    assert dam.unit == "UGX"
    (port,) = figures("Tanzania and Oman put TSh 2 billion into the port.")
    assert (port.value, port.unit) == (2e9, "TZS")


def test_lowercase_letters_before_a_number_are_no_currency():
    assert figures("Kenya and Japan met in the sh 40 hall.") == []


def test_between_two_nouns_names_parties_not_a_count():
    assert figures("The memorandum links Oman and Chile through exchanges between two "
                   "universities for research.") == []
    assert figures("Relations between the two institutions deepened, Oman and Chile said.") == []


def test_the_same_amount_told_twice_is_one_figure():
    text = ("Norway has extended 40 million euro to Malawi for schools. "
            "On the occasion, Malawi and Norway signed a 40 million euro support agreement.")
    (support,) = figures(text)
    assert (support.value, support.unit) == (4e7, "EUR")


def test_the_same_amount_in_two_years_is_two_figures():
    text = ("Trade between Chile and Peru was $2 billion in 2021. "
            "It was again $2 billion in 2023, Chile and Peru said.")
    assert [f.period_start.value for f in figures(text)] == ["2021", "2023"]
