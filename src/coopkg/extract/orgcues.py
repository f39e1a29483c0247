"""Speed only: which capitalised runs cannot hold an organisation by their own words, so that
`orgs` skips its splitting and filtering for them ('President Ada Okafor', 'Monday', 'Lake
Victoria' — most runs of a news sentence).

A run yields a mention only through a piece that has a type word ('Ministry'), is a known
multilateral body or outlet, matches the intergovernmental-name pattern, is one of two or more
names joined by 'and', or is an alias the article defined ('KPA').  The first four need one of a
fixed set of words in the run (`CUE_WORDS`, read off the lexicon: one word of each entry that
every way of writing the entry contains) or the 'and'; `may_hold_body` tests that on the run's
letter words.  The alias case depends on the article, so `orgs` still looks the run's one piece
up among the aliases.  Runs with other than ASCII characters are never skipped: case folding
there is not reasoned about."""

from __future__ import annotations

import re

from coopkg.extract.knownfirms import FIRM_FORMS
from coopkg.extract.memo import by_text
from coopkg.extract.orgtypes import IGO_NAME, KNOWN_IGO, KNOWN_MEDIA, MEDIA_ACRONYMS, TYPE_KEYWORDS
from coopkg.reference import gazetteer

_LETTERS = re.compile(r"[a-z]+")


def _longest_word(entry: str) -> str:
    """The longest run of letters of an entry: present wherever the entry is written."""
    return max(_LETTERS.findall(entry.lower()), key=len, default="")


# words many names of a news sentence hold ('State', 'Power', 'South'): a firm's other word is the cue
_NAME_FILLERS = frozenset({"state", "national", "south", "north", "world", "first", "great", "royal",
                           "united", "general", "power", "motor", "steel", "air", "line", "check", "on"})


def _rare_word(entry: str) -> str:
    """A word of a known firm that few runs hold: not a place or demonym ('Kenya Power', 'Oil
    India'), not a word many names hold, else the longest — so runs with 'India' stay skipped."""
    gaz = gazetteer()
    return min(_LETTERS.findall(entry.lower()), default="", key=lambda w: (
        bool(gaz.lookup(w.title()) or gaz.country_of_demonym(w.title())), w in _NAME_FILLERS, -len(w)))


def _cue_words() -> frozenset[str]:
    """One word of each type word's last word (has_org_keyword compares that word whole), of
    each known body and outlet, of each outlet acronym, and of each known firm."""
    entries = [kw.split()[-1] for _type, kws in TYPE_KEYWORDS for kw in kws]
    entries += [*KNOWN_IGO, *KNOWN_MEDIA, *MEDIA_ACRONYMS]
    return frozenset([*map(_longest_word, entries), *map(_rare_word, FIRM_FORMS)]) - {""}


CUE_WORDS = _cue_words()


@by_text
def may_hold_body(run: str) -> bool:
    """False only where no piece of `run` can be an organisation but for an alias; see the module
    doc.  A comma (a legal form after it) or 'and' splits a run into pieces: never skipped."""
    if not run.isascii() or "," in run:
        return True
    words = _LETTERS.findall(run.lower())
    return "and" in words or not CUE_WORDS.isdisjoint(words) or IGO_NAME.search(run) is not None
