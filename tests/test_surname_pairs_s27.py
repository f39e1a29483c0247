"""A type word that is also a family name ('Park', a Korean surname) made 'Ruiz and Park
signed' an organisation, which hid both signers, so the agreement they signed for their
countries was lost.  Alone after 'and', such a word heads no body; with words of its own before
it ('Science and Technology Park') it still does.  Every sentence and name is invented."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article


def _facts(text: str):
    return extract(Article(text=text, published=date(2024, 5, 16), title="", origin="test"))


def test_two_surnames_sign_for_their_countries() -> None:
    facts = _facts("Peruvian Foreign Minister Ana Ruiz met Korean Foreign Minister Park Min-ho on "
                   "Monday. Ruiz and Park signed an agreement on visa exemption.")
    assert "Ruiz and Park" not in {o.name for o in facts.orgs}
    assert [sorted(p.key.rsplit("/", 1)[-1] for p in a.parties) for a in facts.agreements] == [["KR", "PE"]]


def test_a_park_with_its_own_words_is_a_body() -> None:
    facts = _facts("The Daedeok Science and Technology Park signed an MoU with Lima University.")
    assert "Daedeok Science and Technology Park" in {o.name for o in facts.orgs}
