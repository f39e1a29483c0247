"""The shape of a personal name as a pattern: name words (initials, particles, apostrophes,
hyphenated parts, surnames in capitals) and the run they make.  Apart from `people` so that the
pattern, which several rules share, is read in one place."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.firstchars import first_chars
from coopkg.extract.titles import JOINERS, TITLE_WORDS

UP = lexicon.UPPER_LETTERS
LOW = lexicon.LOWER_LETTERS
# 'Lena', 'McDonald', 'LeFaivre', and two long parts glued ('GebreMariam', 'WoldeGiorgis')
_PART = rf"(?:Mc|Mac|Fitz|De|Di|Du|La|Le|[{UP}][{LOW}]{{3,}}(?=[{UP}][{LOW}]{{3,}}))?[{UP}][{LOW}]+"
# 'Kim Tae Woo-Dean of Law': a hyphen glued to a title word sets the title off, no double name
_GLUED = "|".join(sorted(w.capitalize() for w in TITLE_WORDS - lexicon.words("title_surnames")
                         if w.isalpha()))
_JOIN = rf"(?:-(?!(?:{_GLUED})\b)|['’])"
# 'UN Under-Secretary-General X': the first part of a hyphenated title is no name word
_TITLE_HEADS = "|".join(sorted({w.split("-")[0].capitalize() for w in TITLE_WORDS if "-" in w}))
# 'Kh. Tashev': a transliterated letter written with two Latin letters is one initial
_DIGRAPHS = "|".join(sorted(lexicon.words("initial_digraphs")))
_NAME_TOKEN = (rf"(?:[A-Z][a-z]{{1,2}}\.[A-Z][a-z]+"  # 'Ts.Elbegdorj'
               rf"|(?:(?:[A-Z]|{_DIGRAPHS})\.\s?){{1,3}}[{UP}][{LOW}]+"  # 'P.B. Jayawardena', 'Kh. Tashev'
               rf"|[A-Z](?=\s(?:[A-Z]\s)?[{UP}][{LOW}])"  # 'S Raman', 'P R Das', 'U Ye Min': no points
               rf"|(?<=[{LOW}]\s)[A-Z](?=\s(?:Al|El)[\s\-][{UP}])"  # 'Nawaf Saeed A Al Harbi'
               rf"|[{UP}]['’][{UP}][{LOW}]+"  # "O'Neill", 'D’Souza'
               rf"|[{UP}]['’](?!clock)[{LOW}]{{3,}}"  # "M'tumuke", 'N’gole': no "O'clock"
               # "Abdu'r Rahman", "Abdu'l Aziz": the article joined to a given name; never 's, 't
               # or 'd, which are an English possessive or contraction
               rf"|[{UP}][{LOW}]+['’][lrnz](?=\s[{UP}][{LOW}])"
               rf"|[{UP}][{LOW}]+(?<!s)['’](?=\s[{UP}][{LOW}])"  # 'Ma’ Sulu': no plural possessive
               rf"|(?!(?:{_TITLE_HEADS})-)(?:(?i:al|el|bin|bint|ibn|abu|ben)-)?{_PART}(?:{_JOIN}(?:{_PART}|[{LOW}]{{2,}}|[{LOW}](?=-)))*"
               rf"|[A-Z]{{2,5}}(?=\s[{UP}][{LOW}])"  # 'BAI Chunlin': a surname in capitals
               rf"|[A-Z]{{6,12}}(?=\s[{UP}][{LOW}]+,))")  # 'KISHIDA Fumio, Prime Minister': longer, set off
# words that are never a personal name: the not_names list, month and weekday names
NOT_NAME_WORDS = lexicon.words("not_names") | set(lexicon.MONTH_NAMES.lower().split("|")) | \
    set(lexicon.WEEKDAYS)
PARTICLES = {"da", "de", "do", "dos", "das", "van", "von", "der", "den", "bin", "bint", "binti", "ibn", "al",
              "el", "di", "du", "la", "le", "abu", "del", "della", "los", "las", "ter", "ten"}
# 'da Silva', 'al-Sisi', and two in a row: 'van der Berg', 'de la Cruz', 'de los Santos'
_PARTICLE = rf"(?:\s(?:{'|'.join(sorted(PARTICLES))}|al-\w+|el-\w+)){{0,2}}"
# 'Md. Karim Hossain': an abbreviated given name is the name's first word, not an honorific; no
# name opens right after a hyphen ('Secretary-General Ana Cruz': 'General' ends the title)
GIVEN_WORDS = lexicon.words("given_name_abbreviations")
_GIVEN = "|".join(re.escape(w.capitalize().rstrip(".")) for w in sorted(GIVEN_WORDS))
# 'Ana “Nina” Cruz': a nickname in quotes between the given name and the surname
_NICKNAME = rf"(?:\s[“\"]{_PART}[”\"](?=\s[{UP}]))?"
# 'Hiroshi TANAKA', 'Marie DUPONT-LEROY': a surname in capitals closing a name, as Japanese and
# French official releases write it; never a title's acronym ('Ana Ruiz CEO', 'Ben Obi MP') nor
# a body's, whose letters after the first rarely hold a vowel ('Kenya-Peru JTC', 'the X IGC')
_CAPS_STOPS = "|".join(sorted(w.upper() for w in TITLE_WORDS | lexicon.words("postnominals")
                              if w.isalpha() and len(w) >= 3))
_CAPS_WORD = (rf"(?!(?:{_CAPS_STOPS})\b)[{UP}](?=[{UP}]*?[AEIOUY])[{UP}]{{2,}}"
              rf"(?:-[{UP}]{{2,}})?(?![\w'’\-]|\.\w)")
# and a second one after it: Spanish and Portuguese names bear two surnames ('Marta RAMIREZ BLANCO')
_CAPS_SURNAME = rf"(?<=[{LOW}]\s){_CAPS_WORD}(?:\s{_CAPS_WORD})?"
# 'Tui Afamasaga II', 'Mswati III', 'Jose Laurel V': a regnal or generational numeral closes a
# name (never 'I' or 'X', a pronoun or a mark as often; a lone 'V' never before a point: an initial)
_REGNAL_NUMBER = r"(?:\s(?:II|III|IV|VI|VII|VIII|IX)(?![\w\-])|\sV(?![\w\-.]))?"
PLAIN_NAME = re.compile(rf"(?<![\w.\-])((?:(?:{_GIVEN})\.?\s)?{_NAME_TOKEN}"
                        rf"(?:{_NICKNAME}{_PARTICLE}\s{_NAME_TOKEN}){{0,9}}(?:\s{_CAPS_SURNAME})?"
                        rf"{_REGNAL_NUMBER})(?!\w)")
# Speed only: the same pattern behind a look-ahead of every letter a match can begin with
# (firstchars.first_chars, ~190 letters: more than firstchars puts in front by itself), so the
# engine turns away most positions after one test instead of trying each alternative
_NAME_FIRST = "".join(map(re.escape, sorted(first_chars(PLAIN_NAME.pattern))))
NAME = re.compile(f"(?=[{_NAME_FIRST}]){PLAIN_NAME.pattern}")


_TITLE_JOINERS = JOINERS | {"de", "du", "des", "del"}  # and the Romance 'of' ('Ministro de ...')


def after_break(lead: str) -> bool:
    """'the Chairman of the Board, Syed Karim Ahmed Khan,', 'met Ana Maria Lopez Cruz': after a
    comma or a lowercase word that cannot join a title's words, a capitalised run of four words
    holds no title, so all four may be the name."""
    return lead.endswith(",") or lead.islower() and lead not in _TITLE_JOINERS


# a weekday closing a capitalised run: the time adverbial US wire style puts between the subject
# and its verb ('President Ana Ruiz Tuesday met ...'); a day name is no part of a personal name
_TRAILING_WEEKDAY = re.compile(rf"\s(?:{lexicon.WEEKDAY_NAMES})$")


def weekday_trimmed(run: str) -> str:
    """The capitalised run without a weekday closing it: 'Ana Ruiz Tuesday' is the name 'Ana
    Ruiz' then the day of the verb that follows."""
    if not run.endswith("day"):
        return run  # speed only: every weekday ends in 'day'
    return _TRAILING_WEEKDAY.sub("", run)


# 'CEO Sultan Al-Marshad', 'Minister Sultan bin Saeed': a title word that is also a given name,
# right before an Arabic family particle, opens the name (title_surnames.tsv, given_names.tsv)
_GIVEN_TITLES = lexicon.words("title_surnames") & lexicon.words("given_names")
_FAMILY_OPENING = re.compile(r"(?:[Aa]l|[Ee]l)(?:-[A-Z]|$)|bin$|bint$|ibn$")


def given_title_before_family(words: list[str], first: int) -> bool:
    """Whether the word before `first` is such a given name and the word at it a family particle."""
    return 0 < first < len(words) and words[first - 1].lower() in _GIVEN_TITLES and \
        bool(_FAMILY_OPENING.match(words[first]))
