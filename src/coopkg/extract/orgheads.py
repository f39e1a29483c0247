"""The words that open a capitalised run before the body it names: a title and its field
('General Manager of', 'Minister of State of Trade Affairs of the'), a governing board ('Board
of Directors of'), an occasion ('5th Congress of the').  What follows them is the body; a run
that is only a board names none."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.memo import by_text
from coopkg.extract.orgfilters import closes_whole_name
from coopkg.extract.orgsplit import org_like
from coopkg.extract.orgtypes import has_org_keyword

_OF_SEARCH = re.compile(r"\sof\s+(?:the\s+)?").search
_GOVERNING = sorted(lexicon.words("org_units", "governing"), key=len, reverse=True)
# 'the Board of the Union of X' is the union's board; 'the Board of Investment' is a body
_BOARD_OF_THE = re.compile(r"Board\s+of\s+the\s+(?=[A-Z])")


# a title's complement and the 'of'/'for' after it ('Minister of State of Trade Affairs of the
# Foreign Ministry'): the title's, so the body is named further on
_COMPLEMENTS = lexicon.alternation(lexicon.words("title_complements"))
_COMPLEMENT_OF = re.compile(rf"(?i:{_COMPLEMENTS})\s+(?:of|for)\s+")


_STATE_WORDS = lexicon.words("state_epithets")


@by_text
def drop_non_org_head(name: str) -> str:
    """'5th Congress of the Green Party of Ruritania' → 'Green Party of Ruritania';
    'General Manager of X Co. Ltd.' → 'X Co. Ltd.'; 'Board of Directors of X Ltd.' → 'X Ltd.' (a
    governing board names no body of its own: '' when no body follows)."""
    lower = name.lower()
    board = next((g for g in _GOVERNING if lower == g or lower.startswith(g + " ")), None)
    board = board or ("board" if _BOARD_OF_THE.match(name) else None)  # 'Board of the Union of X'
    if board is not None:
        rest = re.sub(r"^\s*of\s+(?:the\s+)?", "", name[len(board):])
        return rest if rest and org_like(rest) else ""
    m = _OF_SEARCH(name)
    if m and not has_org_keyword(name[: m.start()]) and org_like(name[m.end():]) and \
            not closes_whole_name(name[: m.start()], name[m.end():]):
        rest = name[m.end():]  # 'Chairman of the Board of X': the board is dropped in turn, as a field
        complement = _COMPLEMENT_OF.match(rest)
        if complement and org_like(rest[complement.end():]):
            return drop_non_org_head(rest[complement.end():])  # 'Minister of State of X of the Y'
        if rest.split(" ", 1)[0].lower() in _STATE_WORDS:
            return rest  # 'Chief of the Republic of X Armed Forces': the state's name opens the body's
        return drop_non_org_head(rest) or rest  # 'Minister of Trade Affairs of the Y': a field, then Y
    return name
