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
