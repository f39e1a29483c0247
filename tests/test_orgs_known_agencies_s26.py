"""Checklist (s26 lead): state development-cooperation agencies that news names by their acronym
alone ('JICA will fund ...', 'funded by GIZ') are organisations, from the generic gazetteer of
known_firms.tsv (GovernmentBody rows), with their home country only when the article names it
(GOLD_FORMAT) — the home-country fallback for unplaced government bodies leaves them alone.
Their written-out names stay typed by their own type word.  Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def _orgs(text: str) -> dict[str, tuple[str, str | None]]:
    facts = extract(Article(text=text, published=date(2024, 5, 16), origin="test"))
    return {o.name: (o.type, o.country) for o in facts.orgs}


@pytest.mark.parametrize("text, name, country", [
    ("JICA signed a loan agreement with Kenya's Ministry of Finance on Monday.", "JICA", None),
    ("JICA signed a loan agreement with Kenya on Monday, and Japan will send experts.", "JICA", "JP"),
    ("The Korean embassy said KOICA will train 40 Kenyan engineers.", "KOICA", "KR"),
    ("The water project in Peru is funded by GIZ.", "GIZ", None),
])
def test_known_agency_by_acronym(text: str, name: str, country: str | None) -> None:
    assert _orgs(text).get(name) == ("GovernmentBody", country)


def test_written_out_name_keeps_its_acronym_as_alias() -> None:
    facts = extract(Article(text="The Japan International Cooperation Agency (JICA) signed a grant "
                                 "with Kenya.", published=date(2024, 5, 16), origin="test"))
    (agency,) = [o for o in facts.orgs if "JICA" in {o.name, *o.aliases}]
    assert agency.type == "GovernmentBody" and agency.country == "JP"


def test_a_lowercase_word_is_no_agency() -> None:
    assert "AFD" not in _orgs("The afd rules were discussed by Peruvian officials.")
