"""Bodies written with a person's title in front of them.  A title is followed by 'of' and the
body its holder serves ('Chairman of the State Trade Council', 'Spokesperson of the Ministry of
X'): the title is the person's, so the body named is what follows the 'of'.  Two constructions
keep a title inside a name:

- a second title stacked before the holder's name ('Chairman of the X Council Prime Minister A
  B') leaves the first title with its body as the text the person's affiliation is read from;
- the office of a title-holder ('the Office of the Spokesperson of the Ministry of X') is a body
  named by the title, and the 'of' after the title is the holder's complement: the office is one
  body and the ministry whose spokesperson it serves is another (GOLD_FORMAT: sub-units are
  organisations; the longest proper name is the office's own)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.orgsplit import org_like
from coopkg.extract.orgtypes import has_org_keyword

_TITLES = lexicon.words("titles", "title")
_TITLE_LIKE = _TITLES | lexicon.words("titles", "modifier")
_FIELDS = lexicon.words("title_fields")  # 'Chief Commercial Officer for X'
_BODY_TITLES = lexicon.words("body_titles")  # 'Cabinet Secretary of the Ministry of X'
_TITLE_OF = re.compile(r"^(?:the\s+)?(?P<title>(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)\s+(?:of|for)\s+"
                       r"(?:the\s+)?(?=[A-Z])")
_OFFICE_OF = re.compile(r"^(?P<office>(?:The\s+)?Office\s+of\s+the\s+(?P<title>(?:[A-Z][\w\-]*\s+){0,2}"
                        r"[A-Z][\w\-]*))\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)$")


def _is_title(words: str) -> bool:
    """'Chairman', 'Deputy Spokesperson': title words only, closed by a title noun, holding no
    type word of a body ('Executive Board' is an organ)."""
    parts = words.split()
    if words.lower() in _BODY_TITLES:
        return True
    return all(w.lower() in _TITLE_LIKE or w.lower() in _FIELDS for w in parts[:-1]) and \
        parts[-1].lower() in _TITLES and not has_org_keyword(words)


def after_title(text: str) -> str | None:
    """'Chairman of the State Trade Council' → 'State Trade Council': the body a title opening
    the text is of; None when the text opens with no title or no body follows it."""
    m = _TITLE_OF.match(text)
    if m is None or not _is_title(m.group("title")):
        return None
    body = text[m.end():]
    return body if has_org_keyword(body) else None


def office_of_title(name: str) -> tuple[str, str] | None:
    """'Office of the Spokesperson of the Ministry of X' → ('Office of the Spokesperson',
    'Ministry of X'): a title-holder's office and the body the holder serves; None unless the
    office is named by a title and a body with a type word follows ('Office of the President of
    Kenya' is the president's office of a state, one name)."""
    m = _OFFICE_OF.match(name)
    if m is None or not _is_title(m.group("title")) or not has_org_keyword(m.group("body")):
        return None
    return m.group("office"), m.group("body")


_SECOND_TITLE = re.compile(r"\s+and\s+(?:the\s+)?(?P<title>(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)\s+of\s")


def before_second_title(text: str) -> str:
    """'Works Committee and President of the Group' → 'Works Committee': a person's affiliation
    read up to a second title ('Secretary of the X Committee and Chairman of the Y') ends before
    it; the 'and' joins two offices of one person, not two words of one body."""
    m = _SECOND_TITLE.search(text)
    return text[:m.start()] if m and _is_title(m.group("title")) else text


_FIELD_WORDS = lexicon.words("title_fields") | lexicon.words("portfolio_words")


def fields_only(name: str) -> bool:
    """'Petroleum and Energy' (of 'Minister of Petroleum and Energy'), 'Research and
    Development' (of 'the field of Research and Development'): a name of field words alone is a
    portfolio or a field, not a body; a body's name holds a type noun or a proper name."""
    words = [w.lower().strip(",") for w in name.removeprefix("the ").split()]
    return bool(words) and all(w in _FIELD_WORDS or w in ("and", "&") for w in words) and \
        any(w not in ("and", "&") for w in words)


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def split_at_title(name: str) -> list[str]:
    """'Political Bureau Member of the Communist Party' → the bureau and the party: a title
    written between two bodies ('<body> <title> of the <body>') belongs to a person named
    nearby; each side of it names its own body."""
    for of in _OF_THE.finditer(name):
        words = name[:of.start()].split()
        titles = 0
        while titles < min(2, len(words) - 1) and words[-1 - titles].lower() in _TITLE_LIKE:
            titles += 1
        body, rest = words[:len(words) - titles], name[of.end():]
        if titles and len(body) > 1 and has_org_keyword(body[-1]) and org_like(rest):
            return [" ".join(body), rest]
    return [name]
