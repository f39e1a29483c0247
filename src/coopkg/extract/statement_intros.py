"""Whether the words before a speaker's name open an introductory phrase ('In his remarks,',
'Speaking at the forum,', 'Asked about trade,') rather than being the sentence the speaker tags
('Trade will grow, X said').  A capitalised word in -ing or -ed opens such a phrase as a
participle, unless it is a place's name: 'Beijing will fund the line, X said' and 'Nanjing
signed ...' tag what a city does, and Chinese place names end in -ing often."""

from __future__ import annotations

import re

from coopkg.extract.orgfilters import is_place

# 'During the visit, X said', 'Speaking at ..., X said', 'Asked about ..., X said'
_INTRO = re.compile(r"(?:(?i:in|during|at|on|after|before|following|while|when|as|under|upon|"
                    r"through|with|since|if|although|whether)\b|(?P<participle>[A-Z][a-z]+(?:ing|ed))\b)"
                    r"[^,]*,\s*$")

# ', Vice Minister of Foreign Affairs X told ...': a title of five words or more before a tag's
# speaker (capitalised words and their 'of', 'for', 'and'), longer than a few-word description
LONG_TITLE = r"(?:(?:[A-Z][\w’'\-]*|of|for|and)\s+){5,8}"


def opens_intro(lead: str) -> bool:
    """'Speaking at the forum,' before the speaker: no sentence the speaker tags."""
    m = _INTRO.match(lead)
    return bool(m) and not (m["participle"] and is_place(m["participle"]))


# a quotation that opens the sentence and closes on the comma (or ? or !) before its tag
_QUOTED_SENTENCE = re.compile(r"\s*[“\"][A-Z][^“”\"]*[,?!][”\"]\s*(?:[a-z]+\s+)?[A-Z]")


def quoted_sentence(text: str, quoted: list[tuple[int, int]]) -> bool:
    """'"We are very satisfied," X said': a short quotation is a whole sentence of the speaker
    when it opens the sentence and the tag follows it; shorter quotes elsewhere are words
    quoted inside a report ('the so-called "win-win" model')."""
    return bool(quoted) and len(text[quoted[0][0]:quoted[0][1]].split()) >= 3 and \
        bool(_QUOTED_SENTENCE.match(text))
