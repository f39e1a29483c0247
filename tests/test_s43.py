"""Classes of errors seen in unseen news (session 43), each on sentences written for these tests:
a second document set beside a signing sentence's first with its own 'between C and D'."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

PUBLISHED = date(2024, 3, 8)  # a Friday


def run(text: str):
    return extract(Article(text=text, published=PUBLISHED, title="", origin="test"))


def _documents(text: str) -> list[tuple[frozenset[str], str, str | None]]:
    return sorted((frozenset(r.key for r in a.parties), a.kind, a.date.value if a.date else None)
                  for a in run(text).agreements)


@pytest.mark.parametrize("text, second", [
    ("The Ghanaian Ministry of Health and the Egyptian Ministry of Health signed a memorandum on "
     "vaccines on Tuesday, in addition to an agreement inked between Ghana Ports Authority and "
     "Nile Cargo Company on shipping.", {"Ghana Ports Authority", "Nile Cargo Company"}),
    ("The Ghanaian Ministry of Health and the Egyptian Ministry of Health signed a memorandum on "
     "vaccines on Tuesday, as well as a contract between Ghana Ports Authority and Nile Cargo "
     "Company.", {"Ghana Ports Authority", "Nile Cargo Company"}),
])
def test_a_document_beside_the_first_with_its_own_parties_is_a_second_document(text, second):
    found = _documents(text)
    assert len(found) == 2
    assert frozenset(second) in [parties for parties, _kind, _date in found]
    assert {day for _p, _k, day in found} == {"2024-03-05"}


def test_the_same_parties_beside_the_first_document_are_no_second_one():
    text = ("The Ghanaian Ministry of Health and the Egyptian Ministry of Health signed a memorandum "
            "on vaccines on Tuesday, in addition to an agreement between the Ghanaian Ministry of "
            "Health and the Egyptian Ministry of Health signed last year.")
    assert len(_documents(text)) == 1


def _events(text: str) -> list[tuple[str, str | None, frozenset[str]]]:
    return [(e.label, e.date.value if e.date else None,
             frozenset(r.key.rsplit("/", 1)[-1] for r in e.participants)) for e in run(text).events]


@pytest.mark.parametrize("text, label, year, who", [
    ("In 2009, Chile and Vietnam established a strategic partnership.",
     "establishment of strategic partnership", "2009", {"CL", "VN"}),
    ("Peru opened its embassy in Hanoi in 1994, while Vietnam set up its embassy in Lima in 2005.",
     "establishment of embassy", "2005", {"VN"}),
    ("Founded in 1952 as a teachers' college, Mekong Delta University has grown into a research "
     "university.", "founding of Mekong Delta University", "1952", {"Mekong Delta University"}),
])
def test_a_founding_told_actively_or_in_a_fronted_participle_is_an_event(text, label, year, who):
    assert (label, year, frozenset(who)) in _events(text)


@pytest.mark.parametrize("text", [
    "Chile and Vietnam established a strategic partnership last week.",  # no year stated
    "Chile and Vietnam agreed to establish a strategic partnership in 2030.",  # not done
    "Founded as a teachers' college, Mekong Delta University has grown.",
])
def test_a_founding_without_its_year_or_not_yet_done_is_no_event(text):
    assert not [e for e in run(text).events if e.label.startswith(("establishment of s", "founding"))]


def _figures(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in run(text).figures]


@pytest.mark.parametrize("text, figure", [
    ("Japan will donate an additional 3 million doses of vaccine to Ghana.", (3e6, "doses")),
    ("Korea handed over 300 housing units to Tonga.", (300.0, "housing units")),
    ("Egypt will supply 40 buses and 12 ambulances to Chad.", (40.0, "buses")),
])
def test_counts_of_goods_given_keep_their_noun_as_unit(text, figure):
    assert figure in _figures(text)


def test_a_generic_head_given_is_counted_once_with_its_modifier():
    assert _figures("Korea handed over 300 housing units to Tonga.") == [(300.0, "housing units")]


def test_a_measure_unit_keeps_the_spelling_the_text_uses():
    found = _figures("The dam has an annual capacity of 90 million cubic meters, supplying Zambia "
                     "and Malawi.")
    assert (9e7, "cubic meters per year") in found
