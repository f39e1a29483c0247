"""A photo's aside between a speaker and the verb ('X (pictured) said', 'X (second from left)
told reporters') stood between the subject and its verb, so the statement lost its speaker.
A lowercase aside in brackets is skipped like an acronym (or a side's capital, '(L)') is.
The negative row keeps a clause in brackets from making a speaker of a name far before it.
Every sentence and name is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article


def speakers(text: str) -> set[str]:
    facts = extract(Article(text=text, published=date(2024, 5, 17), title="", origin="test"))
    return {s.speaker.key for s in facts.statements if s.speaker is not None}


@pytest.mark.parametrize("aside", ["(photo)", "(pictured)", "(second from left)", "(L)", "(file photo)"])
def test_photo_aside_keeps_the_speaker(aside: str) -> None:
    text = f"Foreign Minister Ana Ruiz {aside} said the agreement would double trade with Peru."
    assert speakers(text) == {"Ana Ruiz"}


def test_bracketed_clause_is_no_aside() -> None:
    text = ("Foreign Minister Ana Ruiz met the delegation (which later toured the port) and the "
            "chamber said the agreement would double trade.")
    assert "Ana Ruiz" not in speakers(text)
