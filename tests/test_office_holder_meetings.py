"""'X held talks with the foreign ministers of A, B and C': one Meeting per country whose office
holder was met (GOLD_FORMAT: one Meeting per party met), the holders named only by country."""

from __future__ import annotations

from datetime import date

from coopkg.extract import extract
from coopkg.read.article import Article

_LEAD = "VADUZ, March 3 — "


def meetings(text: str) -> list[list[str]]:
    facts = extract(Article(text=_LEAD + text, published=date(2025, 3, 4)))
    return [[p.key.rsplit("/", 1)[-1] for p in e.participants] for e in facts.events
            if e.type == "Meeting" and e.rule == "event.met"]


def test_each_country_whose_minister_was_met_is_a_meeting():
    found = meetings("Maltese Foreign Minister Carmel Borg held talks with the foreign ministers of "
                     "Iceland, Estonia and the Republic of Cyprus.")
    assert found == [["Carmel Borg", "IS"], ["Carmel Borg", "EE"], ["Carmel Borg", "CY"]]


def test_named_people_after_the_list_are_their_own_meetings():
    found = meetings("Maltese Foreign Minister Carmel Borg met the ambassadors of Iceland and Estonia, "
                     "as well as Latvian envoy Ilze Ozola.")
    assert found == [["Carmel Borg", "IS"], ["Carmel Borg", "EE"], ["Carmel Borg", "Ilze Ozola"]]


def test_a_single_country_is_not_a_list():
    assert meetings("Maltese Foreign Minister Carmel Borg met the foreign minister of Iceland.") == []
