"""A credit written as one capitals compound ('(BNX-KPR)') is one outlet, the longest name as
written (GOLD_FORMAT); a capitals acronym hyphened to a capitalised word ('RNA-Lankapost') is
two outlets."""

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article


def outlets(text: str) -> list[str]:
    facts = extract(Article(text=text, published=date(2025, 6, 12), title="", source="Test Wire"))
    return sorted(o.name for o in facts.orgs if o.type == "MediaOutlet")


def test_a_capitals_compound_credit_is_one_outlet():
    assert outlets("LIMA, June 11 (BNX-KPR) -- Peru and Chile signed an accord on fisheries.") == ["BNX-KPR"]


def test_an_acronym_hyphened_to_a_word_is_two_outlets():
    assert outlets("LIMA, June 11 (BNX-Andesnoticias) -- Peru and Chile signed an accord on "
                   "fisheries.") == ["Andesnoticias", "BNX"]
