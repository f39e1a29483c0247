"""Four-word names after a break: a capitalised run of four words was read as one title word and
a three-word name, unless a title word, a speech verb or a sentence start came before it.  After
a comma (an apposition: 'the Chairman of the Board, Syed Karim Ahmed Khan,') or after a lowercase
word that cannot join a title's words ('met Ana Maria Lopez Cruz'), nothing of a title is left in
the run.  Negative rows keep the title's last word out of the name when the run follows a word
that joins a title's parts ('Minister of Trade and Industry ...') or opens with a title word.
Every sentence and name is invented."""

from __future__ import annotations

import pytest
from tests.test_people_forms import people

# (id, text, name, role)
FOUND: list[tuple[str, str, str, str]] = [
    ('apposition-after-body', 'The Chairman of the Board of Investment, Kazi M Rahman Ali, signed '
     'the agreement.', 'Kazi M Rahman Ali', 'Chairman'),
    ('apposition-after-place', 'Principal of the National Defence College, Lahore, Syed Karim Ahmed '
     'Chowdhury, signed the accord with Japan.', 'Syed Karim Ahmed Chowdhury', 'Principal'),
    ('after-a-verb', 'The minister met Peter John Rahman Ali, the chairman of the council.',
     'Peter John Rahman Ali', ''),
    ('spanish-double-surname', 'The deal was welcomed by the Chilean envoy, Ana Maria Lopez Cruz, '
     'at the ceremony.', 'Ana Maria Lopez Cruz', ''),
    ('and-keeps-the-title-field', 'The Minister of Trade and Industry Ana Maria Lopez signed it.',
     'Ana Maria Lopez', 'Minister of Trade and Industry'),
    ('title-word-opens-the-run', 'In Lima, Foreign Minister Ana Maria Lopez signed it.',
     'Ana Maria Lopez', 'Foreign Minister'),
]


@pytest.mark.parametrize(("form", "text", "name", "role"), FOUND, ids=[r[0] for r in FOUND])
def test_four_word_name_kept_whole(form: str, text: str, name: str, role: str) -> None:
    found = people(text)
    assert name in found, found
    if role:
        assert found[name][0] == role


# An event noun ('Forum', 'Summit', 'Conference') ends the name of an occasion or of the body
# that holds it, never a person's: a title with a surname before 'at the Pacific Islands Forum'
# once made 'Islands Forum' a person and hid the forum.
OCCASIONS: list[tuple[str, str, str]] = [
    ('forum-after-surname-title', 'President Ruiz had met Prime Minister Vega in June at the '
     'Pacific Islands Forum summit in Tonga.', 'Islands Forum'),
    ('summit-after-title', 'Minister Vega spoke at the Northern Economic Summit on Monday.',
     'Economic Summit'),
]


@pytest.mark.parametrize(("form", "text", "occasion"), OCCASIONS, ids=[r[0] for r in OCCASIONS])
def test_an_occasion_is_no_person(form: str, text: str, occasion: str) -> None:
    found = people(text)
    assert occasion not in found and "Vega" in found, found


# A weak title word ('executive', 'chief') opens names of bodies only when capitalised
# ('Executive Office'); in lowercase, 'the chief executive of X, Name,' titles the name, so the
# name is a person and not a second firm listed after X.
LOWER_WEAK: list[tuple[str, str]] = [
    ('chief-executive-of-firm', 'The chief executive of Lumora, Ana Ruiz, signed the deal.'),
    ('executive-director-of-firm', 'The executive director of Vantix, Ana Ruiz, signed the deal.'),
]


@pytest.mark.parametrize(("form", "text"), LOWER_WEAK, ids=[r[0] for r in LOWER_WEAK])
def test_lowercase_weak_title_titles_the_name(form: str, text: str) -> None:
    assert "Ana Ruiz" in people(text)
