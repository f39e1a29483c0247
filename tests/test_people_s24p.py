"""People checklist, session 24: names listed after one plural title (and its complement)
each hold the title ('The directors of the board A, B and C were present'), names opened by
initials ('SM Rafiq Anwar', 'M Tarek Hossain'); religious honorifics of South and Central Asia
('Mullah', 'Maulana', 'Smt.') open a name and are no part of the title before it.

Every name and sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

# (id, text, {name: role} expected exactly among the people found)
ROWS: list[tuple[str, str, dict[str, str]]] = [
    ("listed-after-complement", "The directors of the chamber Rafiq Anwar, SM Selim Kabir Das, "
     "M Tarek Hossain "
     "and Shahzada M Fazlul Haque Khan were present.",
     {"Rafiq Anwar": "director", "SM Selim Kabir Das": "director", "M Tarek Hossain": "director",
      "Shahzada M Fazlul Haque Khan": "director"}),
    ("listed-commas-around", "The directors of the chamber, Kofi Mensah and Ama Owusu, signed the accord "
     "with the Japanese side.", {"Kofi Mensah": "director", "Ama Owusu": "director"}),
    ("listed-capital-title", "Directors Rafiq Anwar, Selim Kabir Das and Tarek Hossain were present.",
     {"Rafiq Anwar": "Director", "Selim Kabir Das": "Director", "Tarek Hossain": "Director"}),
    ("honorific-mullah", "The signing was overseen by Ghana's Acting Deputy Minister for Trade Mullah Karim "
     "Osei Boateng and Peru's Prime Minister Luis Torres.",
     {"Karim Osei Boateng": "Acting Deputy Minister for Trade", "Luis Torres": "Prime Minister"}),
    ("honorific-smt", "Smt. Anita Rao, Minister of Culture of India, met the envoy of Nepal.",
     {"Anita Rao": "Minister of Culture"}),
    # must not change: countries or organisations after a plural title are no people
    ("countries-after-title", "Ministers from Ghana, Togo and Benin attended the summit.", {}),
    ("bodies-after-title", "Advisers Ghana Airways and Kenya Power will assist the ministry.", {}),
    ("respective-countries-kept", "The presidents of Ghana and Chile, Ama Owusu and Luis Vega, met.",
     {"Ama Owusu": "president", "Luis Vega": "president"}),
]


@pytest.mark.parametrize("text, expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_people_row(text: str, expected: dict[str, str]) -> None:
    article = Article(text=text, published=date(2024, 3, 8), title="", origin="test")
    got = {p.name: p.role for p in extract(article).people}
    assert got == expected
