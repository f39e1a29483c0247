"""What a title's capitalised run holds besides a person's name.  News English writes a title
straight before a place ('Governor Almaty Region announced'), ends a title with its own
complement after an inner 'of' ('Chief of Staff Ada Obi') and opens a title with a bare body
word ('Board Chairman Ada Obi').  The people rules (people.py, titles.py) ask these tests so
that a place never becomes a person, a title's last word never opens a name, and the role
keeps the whole title as written."""

from __future__ import annotations

import re

from coopkg.extract import lexicon

# last words of a place's name: an area ('Almaty Region', 'Mombasa County'), a city ('Kisumu
# City') or a feature ('Rift Valley', 'Lake Victoria'); a personal name never ends with them
# or of a building, a firm or a prize ('X International Airport', 'Varno Capital Partners'),
# less the words that are also family names ('Ambassador Samantha Power')
_PLACE_ENDS = (lexicon.words("place_words", "area") | lexicon.words("place_words", "city") |
               lexicon.words("place_words", "feature") | lexicon.words("person_run_ends") |
               lexicon.words("firm_tails")) - lexicon.words("run_end_surnames")
# a feature or a compass word opens a place's name ('Lake Victoria', 'North Varno'), never a
# person's
_PLACE_OPENS = lexicon.words("place_words", "feature") | lexicon.words("place_words", "part-of")
TITLE_COMPLEMENTS = lexicon.words("title_complements")  # 'Chief of Staff', 'Minister of State'
_TITLE_LEADS = lexicon.words("title_leads")  # 'Board Chairman', 'University President'


# a plural field noun ends a department's or a portfolio's name ('Director International
# Relations', 'Head Corporate Communications'); no family name ends so
_PLURAL_FIELD = re.compile(r"(?:ions|ments|ities|ships)$")


def placed_run(words: list[str]) -> bool:
    """Whether the words of a capitalised run name a place by the word that ends or opens it
    ('Governor Almaty Region said' has a place where a name would be, and no person), or a
    department by the plural field noun that ends it ('Director International Relations')."""
    return bool(words) and (words[-1].lower() in _PLACE_ENDS or words[0].lower() in _PLACE_OPENS or
                            plural_field(words[-1]))


def plural_field(word: str) -> bool:
    """'Relations', 'Investments': a plural field noun, which no given or family name is, so
    after a title it ends the title ('Director Investments Ada Obi')."""
    return bool(_PLURAL_FIELD.search(word))


def lead_kept(words: list[str], dropped: list[str], title_words: frozenset[str]) -> bool:
    """Whether the first of `words` is a bare body word that opens the title ('Board Chairman'):
    it stands at the start of the capitalised run (only lowercase words were dropped before it)
    and a title word or modifier follows it."""
    return len(words) > 1 and words[0].lower() in _TITLE_LEADS and \
        words[1].lower() in title_words and all(w.islower() for w in dropped)


# 'Minister of Natural Resources X Y', 'Academy of Sciences X Y': a field
_ABSTRACT = re.compile(r"(?:ity|ion|ment|ics|ure|ance|ence|ism|ogy|ship|ness|airs|ries|ture|urces|vices|"
                       r"ances|ences|ions|ments|ities|ships)$")
_FIELD_LIKE_NAMES = lexicon.words("field_like_given_names")  # 'Lawrence', 'Felicity'


def field_noun(word: str) -> bool:
    """A field noun ends a title ('Minister of Electricity'); a given name ending like one
    ('Florence') does not."""
    return bool(_ABSTRACT.search(word)) and word.lower() not in _FIELD_LIKE_NAMES
