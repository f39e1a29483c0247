"""Organisations and people of fresh news (round 33): invented sentences for each class, with
negatives that must not change."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article


def _people(text: str, source: str = "", url: str = "") -> dict[str, str | None]:
    facts = extract(Article(text=text, published=date(2024, 5, 16), title="", source=source, url=url))
    return {p.name: p.country for p in facts.people}


_STORY = ("Housing Minister Tarek Selim and Chairman Jonas Brandtner of Norvix signed the contract "
          "on Tuesday. Egypt and Germany have close ties, Tarek Selim said.")


def test_publisher_names_its_country() -> None:
    """An outlet named after its country writes its own ministers without a demonym."""
    assert _people(_STORY, source="Egypt Daily Courier")["Tarek Selim"] == "EG"


def test_web_address_country_code() -> None:
    """'www.example.gov.eg': the country code of the publisher's web address."""
    assert _people(_STORY, url="https://www.cabinet.gov.eg/news/1")["Tarek Selim"] == "EG"


def test_generic_domain_and_unknown_publisher_give_nothing() -> None:
    """A '.tv' site or a publisher that names no country places no one."""
    assert _people(_STORY, source="Morning Wire", url="https://news.example.tv/a")["Tarek Selim"] is None


def test_stated_country_wins_over_publisher() -> None:
    """A demonym in the title says whose the person is, whatever the publisher."""
    text = ("German Economy Minister Jonas Brandtner met Egyptian Trade Minister Lina Fahmy in Cairo "
            "on Tuesday.")
    found = _people(text, source="Egypt Daily Courier")
    assert found["Jonas Brandtner"] == "DE"
    assert found["Lina Fahmy"] == "EG"


def test_publisher_country_not_in_story() -> None:
    """A publisher whose country the story does not name places no one (GOLD_FORMAT)."""
    text = ("Housing Minister Tarek Selim met Chairman Jonas Brandtner in Cairo. Egypt and Germany "
            "have close ties.")
    assert _people(text, source="Kenya Daily Courier")["Tarek Selim"] is None
