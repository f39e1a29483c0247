"""Mass uses of a meeting noun: 'solve the crisis through dialogue', 'engage in transparent
dialogue'.  In English a noun like 'dialogue' written in the singular with no determiner names
the practice of talking in general, not one occasion someone held; only a determiner ('a',
'the', 'their', an ordinal), a possessive or a name ('the Japan-Baltic dialogue', "Ghana's
dialogue") makes it countable, one event (GOLD_FORMAT: events are occasions).  So does a plural
of an occasion noun with no determiner ('participation in regional forums', 'will include joint
conferences'): kinds of occasion in general, none of them held."""

from __future__ import annotations

import re

from coopkg.extract.event_clauses import event_words
from coopkg.extract.lexicon import NUMBER_WORDS, alternation

_MASS = event_words("mass")
_BARE_PLURALS = event_words("bare-plural")  # 'advocacy in regional forums': kinds, none held
_DETERMINERS = event_words("mass-determiner")
_BREAKS = event_words("mass-break")
_TOKEN = re.compile(r"[\w’'\-]+|[^\w\s]")
# 'such as seminars, exhibitions and ': the lead and up to six lowercase items, with no determiner
_EXAMPLE_LIST = re.compile(rf"\b(?:{alternation(event_words('example-lead'))})\s+"
                           r"(?:[a-z][\w\-]*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s+)){0,6}$")
_GERUND_LEADS = event_words("gerund-preposition")
_WINDOW = 3  # a determiner stands at most two modifiers before its noun ('a frank, open ...')


def mass_use(before: str, label: str) -> bool:
    """Whether the lowercase mass noun ending `label`, with the words of `before` on its left,
    stands without a determiner of its own: the activity in general, no event."""
    words = label.split()
    if _gerund(before, words):
        return True
    if words and words[-1].endswith("s") and label == label.lower() and _listed_example(before):
        return True
    if not words or words[-1] not in _MASS | _BARE_PLURALS or label != label.lower():
        return False  # a capitalised label is a name ('Strategic Dialogue'), one occasion
    left = _TOKEN.findall(before)[-_WINDOW:] + words[:-1]
    window = left[-_WINDOW:]
    for i in range(len(window) - 1, -1, -1):
        token, low = window[i], window[i].lower()
        if low == "of" and i > 0 and window[i - 1].lower() in ("round", "rounds"):
            return False  # 'the third round of strategic dialogue': a round counts one occasion
        if low in _BREAKS or not token[0].isalnum():
            return True  # the phrase began after a preposition or a comma: no determiner
        if low in _DETERMINERS or low in NUMBER_WORDS or token[0].isupper() or token[0].isdigit() or \
                low.endswith(("'s", "’s", "s'", "s’")):
            return False
    return True


def _listed_example(before: str) -> bool:
    """Whether the words left of a plural noun are a list of examples it ends ('activities such
    as seminars and meetings'): kinds of occasion, none of them held.  A determiner in the list
    ('such as the meetings of ...') points at occasions, and is not matched."""
    found = _EXAMPLE_LIST.search(before, max(0, len(before) - 120))
    return found is not None and not any(w in _DETERMINERS for w in found.group().lower().split()[1:])


def _gerund(before: str, words: list[str]) -> bool:
    """Whether 'meeting' ending the label is the verb's gerund after 'besides' or 'without'
    ('besides meeting investors, he ...'): a side activity or none, no occasion named by a noun
    ('while meeting X' tells a meeting held, and is not listed)."""
    if not words or words[-1].lower() != "meeting":
        return False
    left = words[-2] if len(words) > 1 else next(iter(_TOKEN.findall(before)[-1:]), "")
    return left.lower() in _GERUND_LEADS
