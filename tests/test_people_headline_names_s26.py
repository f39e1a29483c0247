"""Checklist (s26 lead): a person the body names by surname only ('President Mendez said') is the
one the headline names in full ('Chile's President Ana Mendez visits Peru'), when the full name
there follows nothing, a title, a demonym or a possessive (person_variants._headline_form).  A
capitalised verb of a title-case headline ('Rosa Lind Meets Mendez') is no given name, and a
surname another person of the article bears stays as it is.  Invented headlines and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

BODY = "President Mendez arrived in Lima on Monday. Mendez said the visit will boost trade."


def _people(title: str, body: str = BODY) -> list[str]:
    article = Article(text=body, title=title, published=date(2024, 5, 16), origin="test")
    return sorted(p.name for p in extract(article).people)


@pytest.mark.parametrize("title", [
    "Chile's President Ana Mendez starts state visit to Peru",
    "President Ana Mendez's Peru trip attracts $3bn",
    "Ana Mendez Visits Peru",
    "Chilean Ana Maria Mendez in Lima",
])
def test_headline_gives_the_full_name(title: str) -> None:
    full = "Ana Maria Mendez" if "Maria" in title else "Ana Mendez"
    assert _people(title) == [full]


@pytest.mark.parametrize("title", [
    "Rosa Lind Meets Mendez in Lima",  # a title-case verb before the surname
    "Peru Hails Ana Mendez",  # a verb before the full name: not introduced
    "President Mendez in Lima",  # no given name in the headline
])
def test_headline_without_a_full_name_keeps_the_surname(title: str) -> None:
    assert _people(title) == ["Mendez"]


def test_a_surname_two_people_share_stays() -> None:
    body = "President Mendez met Foreign Minister Luis Mendez in Lima on Monday. Mendez said so."
    assert "Ana Mendez" not in _people("Chile's President Ana Mendez in Lima", body)
