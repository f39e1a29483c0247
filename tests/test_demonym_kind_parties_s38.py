"""'The Peruvian chamber signed …', 'the Peruvian and Chilean chambers signed …': a demonym with a
kind noun and no name after it is the one body of that kind and country the article names
(GOLD_FORMAT: parties are the named signing organisations); without such a body, or for a bare
plural ('Peruvian companies'), the country stays the party.  Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article

LEAD = ("A delegation of the Chamber of Commerce and Industry of Peru and of Lima Mining Company "
        "visited Santiago on Monday. ")


def parties(text: str) -> list[list[str]]:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    return [sorted(p.key.rsplit("/", 1)[-1] for p in a.parties) for a in facts.agreements]


def test_singular_kind_noun_is_the_named_body():
    text = LEAD + ("During the forum, "
                   "the Peruvian chamber signed an agreement on arbitration with Chile's Andes Bank.")
    assert parties(text) == [["Andes Bank", "Chamber of Commerce and Industry of Peru"]]


def test_coordinated_demonyms_each_find_their_own_body_or_stay_a_country():
    text = LEAD + ("During the forum, "
                   "the Peruvian and Chilean chambers of commerce signed an agreement on arbitration.")
    assert parties(text) == [["CL", "Chamber of Commerce and Industry of Peru"]]


def test_bare_plural_stays_the_country():
    text = LEAD + ("During the forum, "
                   "Peruvian companies signed an agreement on mining with Chile's Andes Bank.")
    assert parties(text) == [["Andes Bank", "PE"]]
