"""People checklist, session 26: honorifics and long names.  Malay and Bruneian titles of
address ('Datuk Amar', 'Dato Paduka Haji') and 'Doctor' stand before a name and are no part of
it; the honorifics of a father's name after 'bin'/'binti' are part of the name; 'Haji' and
'Sheikh' inside a Somali name (after its first word) are name words; an apostrophe joins an
initial to a lowercase rest ("M'bala") or an assimilated article to a given name ("Abdu'r");
'Alderman' between a title and a surname leaves the title as the role; bodies listed after a
plural title ('Representatives of the X Council and the Y Assembly') and a place's possessive
after a one-word name ("Vega Lima's sights") name no person.

Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.read.article import Article

# (id, text, {name: role or None (not checked)}, names that must not be people)
ROWS: list[tuple[str, str, dict[str, str | None], set[str]]] = [
    ("malay-two-word-honorific",
     "Penang Chief Minister Datuk Amar Abang Rosli Tahir and Kenyan officials attended the launch.",
     {"Abang Rosli Tahir": "Chief Minister"}, {"Amar Abang Rosli Tahir"}),
    ("malay-honorific-chain",
     "Chief Minister Tan Sri Datuk Patinggi Rosli Tahir met Kenyan officials in Nairobi.",
     {"Rosli Tahir": "Chief Minister"}, set()),
    ("fathers-honorifics-kept",
     "Attending was His Excellency Dato Paduka Haji Rosli bin Dato Paduka Haji Tahir, Ambassador "
     "of Brunei to Kenya.",
     {"Rosli bin Dato Paduka Haji Tahir": None}, {"Tahir", "Paduka Haji Tahir"}),
    ("binti-with-fathers-honorific",
     "Doctor Nur Aina binti Haji Tahir, Permanent Secretary, Ministry of Health, said the pact "
     "would help nurses.",
     {"Nur Aina binti Haji Tahir": None}, {"Doctor Nur Aina binti Haji Tahir", "Tahir"}),
    ("long-titled-honorific-run-then-apostrophe-name",
     "Present was Datu Seri Maharaja Dato Paduka Haji Abdu'l Karim bin "
     "Haji Tahir, Ambassador of Brunei to Peru.",
     {"Abdu'l Karim bin Haji Tahir": None}, set()),
    ("somali-haji-inside-name",
     "Kenyan Foreign Minister Amina Yusuf Haji Warsame signed the protocol in Nairobi.",
     {"Amina Yusuf Haji Warsame": "Foreign Minister"}, set()),
    ("somali-sheikh-inside-name",
     "The talks between the Somali president Abdi Sheikh Warsame and Kenyan officials ended.",
     {"Abdi Sheikh Warsame": None}, set()),
    ("apostrophe-lowercase-rest",
     "Defence Minister Ravi Menon met his Kenyan counterpart Tomas M'bala in Nairobi.",
     {"Ravi Menon": "Defence Minister", "Tomas M'bala": None}, {"Tomas"}),
    ("alderman-after-title",
     "Nairobi Governor Ada Wanjiru signed the pact with Lima Mayor Alderman Vega-Ruiz on Monday.",
     {"Ada Wanjiru": "Governor", "Vega-Ruiz": "Mayor"}, set()),
    ("representatives-of-bodies",
     "Representatives of the Lima City Council and Kenya's Nairobi County Assembly signed a pact "
     "on Monday.",
     {}, {"Lima City Council", "Kenya's Nairobi County Assembly"}),
    ("place-possessive-after-one-name",
     "Ana Cruz showed Vega Nairobi's potential in tourism.",
     {}, {"Vega Nairobi"}),
    # what must not change
    ("plain-honorific-still-stripped",
     "Minister Datuk Rosli Tahir met Kenyan officials.", {"Rosli Tahir": "Minister"}, set()),
    ("sheikh-opening-a-name-kept",
     "Prime Minister Sheikh Amina met Kenyan officials.", {"Sheikh Amina": "Prime Minister"}, set()),
    ("o-apostrophe-name-unchanged",
     "Defence Minister Ravi Menon met his Kenyan counterpart John O'Brien in Nairobi.",
     {"John O'Brien": None}, set()),
    ("possessive-not-a-name-part",
     "Kenya's President John Mwangi said trade was growing.", {"John Mwangi": "President"}, set()),
    ("listed-directors-still-people",
     "The directors of the chamber Ana Cruz, Jorge Soto and Marta Vidal were present.",
     {"Ana Cruz": None, "Jorge Soto": None, "Marta Vidal": None}, set()),
    ("alderman-alone-no-person",
     "He met Alderman Vega at City Hall.", {}, {"Vega"}),
    ("given-name-amar-unchanged",
     "Kenyan Trade Minister Amar Singh Rao met Indian officials.", {"Amar Singh Rao": "Trade Minister"},
     set()),
]


@pytest.mark.parametrize("text, people, not_people", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_people_row(text: str, people: dict[str, str | None], not_people: set[str]) -> None:
    facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
    found = {p.name: p.role for p in facts.people}
    assert set(people) <= set(found)
    assert not not_people & set(found)
    for name, role in people.items():
        if role is not None:
            assert found[name] == role
