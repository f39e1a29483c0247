"""Classes a name's type word alone gets wrong (GOLD_FORMAT's type definitions): a council or
association of chiefs, elders or citizens is a body of those people (Other), not of the state;
the secretariat of a multilateral forum or community is of that body's class
(IntergovernmentalOrganization); a body a party's possessive owns ('the PPL Central Committee's
Commission for X') is one of the party's organs (Other).  Kept apart from `orgtypes`, which
reads the type words themselves."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from coopkg.extract import lexicon
from coopkg.extract.memo import by_text

T = TypeVar("T")

_MEMBERS = lexicon.alternation(lexicon.words("civic_bodies", "member"))
_HEADS = lexicon.alternation(lexicon.words("civic_bodies", "head"))
_CIVIC = re.compile(rf"\b(?:{_HEADS})\s+of\s+(?:the\s+)?(?:{_MEMBERS})\b|"
                    rf"\b(?:{_MEMBERS})['’]?\s+(?:{_HEADS})\b", re.I)
_MULTILATERAL = lexicon.alternation(lexicon.words("civic_bodies", "multilateral"))
_SECRETARIAT = re.compile(rf"^(?:The\s+)?Secretariat\s+of\s+the\s+(?P<body>(?:[A-Z][\w'’\-]*\s+)+"
                          rf"(?:{_MULTILATERAL}))$", re.I)
_PARTY_OWNED = re.compile(r"\b(?:Party|Central\s+Committee)['’]s\s+[A-Z]")


def civic_body(name: str) -> bool:
    """'National Council of Elders', 'Citizens' Council', 'Consumers Association'."""
    return bool(_CIVIC.search(name))


def multilateral_secretariat(name: str) -> str | None:
    """'Secretariat of the Coral Sea Forum': the body a secretariat serves, when that body is a
    forum, community or conference not named after one country (checked by the caller)."""
    m = _SECRETARIAT.match(name)
    return m.group("body").strip() if m else None


def party_owned(written: str) -> bool:
    """"the PPL Central Committee's Commission for X": a body the party's possessive owns."""
    return bool(_PARTY_OWNED.search(written))


_FORMATS = lexicon.alternation(lexicon.words("meeting_formats"))
_ORDINALS = lexicon.alternation(frozenset(r[0] for r in lexicon.rows("ordinal_words")))
_MEETING_FORMAT = re.compile(rf"^(?:the\s+)?(?:(?:{_ORDINALS}|[IVX]+|\d+(?:st|nd|rd|th))\s+)?"
                             rf"(?:{_FORMATS})(?:\s+(?:meeting|session|sitting))?"
                             r"(?:\s+(?:of|between)\s.+)?$", re.I)


def meeting_format(name: str) -> bool:
    """'Second Binational Cabinet': a recurring meeting of two governments, no body."""
    return bool(_MEETING_FORMAT.match(name))


_BARE_ORGANS = lexicon.words("bare_organs")


def bare_organ(name: str) -> bool:
    """'Central Committee' alone: an organ of a party not named with it."""
    return name.lower().removeprefix("the ") in _BARE_ORGANS


_CLOSING_QUOTE = re.compile(r"(?<=\w)[\"”](?=\s+(?:and|or|as\s+well\s+as)\s)")
_GLUED_INITIAL = re.compile(r"(?<=\s)[A-Z]\.(?=[A-Z][a-z])")
# 'Head of the Department of X S. Kariuki, ...': an initial and one surname closing a run after a
# name's last word is a person written after the body; a firm named after a person opens with the
# initials ('J. P. Morgan Bank'), and a surname with a type word after it goes on into a name
_CLOSING_INITIAL = re.compile(r"(?<=[a-z]\s)[A-Z]\.\s?(?=[A-Z][a-z][\w'’\-]*(?:,|;|\.?\s*$|\.\s|"
                              r"\s+(?:and|etc|who|said|says)\b))")


_HONORIFICS = lexicon.alternation(lexicon.words("trailing_honorifics"))
_HONORIFIC = re.compile(rf"\b(?:and\s+)?(?P<h>(?i:{_HONORIFICS}))\.\s+(?=[A-Z])")
_NAME_WORD = re.compile(r"[A-Z][\w'’\-]*\.?\s+")
_TITLE_WORDS = lexicon.words("titles", "title") | lexicon.words("titles", "modifier")
_UNIT_WORDS = lexicon.words("org_units") | lexicon.words("org_types")


def _name_end(sentence: str, start: int) -> int:
    """Where the person's name an honorific opens at `start` ends: before a title word, inside a
    word at a hyphen glued to a body's type word ('Jane Wairimu-Faculty of X'), or after four
    words."""
    end = start
    for _ in range(4):
        word = _NAME_WORD.match(sentence, end)
        if not word or word.group(0).strip().rstrip(".").lower() in _TITLE_WORDS:
            return end
        parts = word.group(0).split("-")
        glued = next((i for i, part in enumerate(parts[1:], 1) if part.strip().lower() in _UNIT_WORDS), 0)
        if glued:
            return end + len("-".join(parts[:glued]))
        end = word.end()
    return end


def _honorific_names(sentence: str) -> list[tuple[int, int]]:
    """'X University President and Mr. Ali Bakar Vice President of Y University': an honorific
    opens a person's name, and no body's name holds one; the honorific and the capitalised words
    after it up to a title word (or four words) are the person's, so the run stops there and
    what follows ('Vice President of Y University') is read on its own."""
    return [(m.start(), _name_end(sentence, m.end())) for m in _HONORIFIC.finditer(sentence)
            if m.group("h")[:1].isupper()]  # 'dr.' lowercase is no honorific before a name


def run_breaks(sentence: str) -> list[tuple[int, int]]:
    """Where a capitalised run stops though capitals go on: 'the agency "Invest in Peru" and The
    Fund for X' (a quoted name closed before 'and' ends there), 'corr. Kilima Post P.Otieno' (an
    initial glued to a surname is the person's, not the outlet's; 'the Department of X S. Kariuki,'
    an initial and a surname closing the run are a person's too)."""
    out = []
    if "\"" in sentence or "”" in sentence:  # speed only: the patterns need these
        out += [(m.start(), m.end()) for m in _CLOSING_QUOTE.finditer(sentence)]
    if "." in sentence:
        out += [(m.start(), m.end()) for m in _GLUED_INITIAL.finditer(sentence)]
        out += [(m.start(), m.end()) for m in _CLOSING_INITIAL.finditer(sentence)]
        out += _honorific_names(sentence)
    return out + list(portfolios(sentence))


@by_text
def portfolios(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where a title's portfolio stands: no organisation is named inside it, found by its type
    words (orgs.py) or by its place in the sentence (orgcontext.py, once per candidate name:
    hence the cache)."""
    if " for " not in sentence and " of " not in sentence:  # speed only: the pattern needs one
        return ()
    return tuple(m.span(g) for m in _PORTFOLIO_LIST.finditer(sentence)
                 for g in ("fields", "listed") if m.group(g) and not _BODY_IN_LIST(m.group(g)))


# 'Minister for Industry, Mining and Energy Ana Ruiz', 'Minister for Regional Development, Local
# Government and Territories X', 'Minister of State for Housing Affairs': what follows 'for', or a
# list of fields after 'of', is the title's portfolio, whatever type words a field holds; a list
# that names a ministry or an agency names bodies
_CAP = r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*"
_PORTFOLIO_LIST = re.compile(
    rf"\b(?i:{lexicon.alternation(lexicon.words('portfolio_titles', 'holder'))})\s+(?:of\s+State\s+)?"
    rf"(?:for\s+(?P<fields>{_CAP}(?:(?:,\s+{_CAP})*,?\s+and\s+{_CAP})?)|"
    rf"of\s+(?P<listed>{_CAP}(?:,\s+{_CAP})*,?\s+and\s+{_CAP}))")
_LIST_BODIES = (lexicon.words("org_units") | lexicon.words("org_types")) - \
    lexicon.words("portfolio_words") - lexicon.words("portfolio_titles", "field")
_BODY_IN_LIST = re.compile(rf"\b(?:{lexicon.alternation(_LIST_BODIES)})\b", re.I).search


_AREAS = lexicon.alternation(frozenset(r[0] for r in lexicon.rows("place_words") if r[1:2] == ("area",)))
_POSSESSED_PLACE_END = re.compile(r"\sof\s+(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*['’]s\s+"
                                  r"(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*$")
_AREA_AFTER = re.compile(rf"\s+(?:{_AREAS})\b")
_FOR_HEAD = re.compile(r"\sfor\s+(?:the\s+)?[A-Z]")
_WITH_AFTER = re.compile(r"\s+with\s+(?P<rest>(?:[A-Z][\w\-]*)(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,3})"
                         r"(?![\w\-]|\s+[A-Z])")


def runs_on(sentence: str, piece: str, end: int, country: Callable[[str], bool],
            typed: Callable[[str], bool]) -> re.Match[str] | None:
    """Where a name goes on past its capitalised run: "the Trade Office of Kenya's Kisumu
    province" (the area word belongs to the place the name ends in), 'the Council for Trade with
    Asian Markets' (a 'for' name's object goes on with 'with' and capitalised words that are
    neither a country nor a body of their own)."""
    if _POSSESSED_PLACE_END.search(piece):
        area = _AREA_AFTER.match(sentence, end)
        if area:
            return area
    if _FOR_HEAD.search(piece) and " with " in sentence[end:end + 6]:
        more = _WITH_AFTER.match(sentence, end)
        if more and not country(more.group("rest")) and not typed(more.group("rest")):
            return more
    return None


_DOCUMENTS = lexicon.alternation(lexicon.words("document_heads"))
_STATE_OF_DOCUMENT = re.compile(rf"^(?P<state>(?:The\s+)?Government\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*"
                                rf"(?:\s[A-Z][\w'’\-]*){{0,2}})\s+of\s+the\s+(?:{_DOCUMENTS})\b", re.I)


def state_before_document(name: str) -> str:
    """'a Protocol between X and the Government of Uganda of the Agreement between ...': the
    state ends before 'of the <document>' (the protocol is of the agreement, not the state)."""
    m = _STATE_OF_DOCUMENT.match(name)
    return m.group("state") if m else name


_FORMER_LATTER = re.compile(r"\bthe\s+(?P<which>former|latter)['’]s?\s+$", re.I)
_FIRST_REFERENCE = re.compile(r"\bthe\s+(?:former|latter)['’]s?\s", re.I)


def former_or_latter(before: str) -> int | None:
    """"... and between the former's C and the latter's D": 0 for a body the former's possessive
    owns, 1 for the latter's, None otherwise."""
    if "former" not in before and "latter" not in before:
        return None  # speed only
    m = _FORMER_LATTER.search(before)
    return None if m is None else (0 if m.group("which").lower() == "former" else 1)


def referred_pair(text: str, named: list[tuple[int, T]]) -> list[T]:
    """The last two bodies named (at their offsets) before the first 'the former's / the
    latter's' of the sentence: the pair those words refer back to."""
    first = _FIRST_REFERENCE.search(text)
    before = [item for at, item in named if first is None or at < first.start()]
    return before[-2:] if len(before) >= 2 else []


_PARTY = re.compile(r"\bParty\b")


def is_party(name: str) -> bool:
    """'Kenya People's Party': a political party, whose organs are Other (GOLD_FORMAT)."""
    return bool(_PARTY.search(name))


_STATE_FORMS = lexicon.alternation(lexicon.words("state_form_abbreviations"))
_STATE_FORM_TAIL = re.compile(rf"\s+of\s+the\s+(?:{_STATE_FORMS})(?:\s+of)?(?:\s+[A-Z][\w'’\-]*)*$")


def without_state_form(name: str) -> str:
    """'Ministry of Trade of the FDR Ethiopia': the body's name ends before 'of the FDR'; the
    country after the abbreviation is whose body it is, not part of its name."""
    m = _STATE_FORM_TAIL.search(name) if " of the " in name else None
    return name[:m.start()] if m else name


_STATE_FORM_AFTER = re.compile(rf"\s+of\s+the\s+(?:{_STATE_FORMS})\s+(?:of\s+)?"
                               r"(?P<c>[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*){0,2})")


def state_form_owner(after: str) -> str | None:
    """The country words of 'of the FDR Ethiopia' right after a body's name."""
    m = _STATE_FORM_AFTER.match(after) if after.startswith(" of the ") else None
    return m.group("c") if m else None


def without_owner_acronym(piece: str, known: dict[str, str], igo: frozenset[str] | set[str],
                          typed: Callable[[str], bool], placed: Callable[[str], bool]) -> str:
    """'HoR Trade Committee' after 'the House of Representatives (HoR)': the acronym of a body
    the story named before, opening a typed name of two words or more, is the owner of a unit,
    not part of the unit's name ('UN Security Council' keeps a multilateral body's acronym).
    A rest that opens with a place or demonym keeps the acronym: 'KDA Malawi Office', 'ULM
    Peruvian Cultural Institute' name the owner's local office or its own institute, and 'Malawi
    Office' alone would name no one body (an agency's country office is called by the agency)."""
    first, _, rest = piece.partition(" ")
    if not rest or " " not in rest or first.lower() not in known or not any(c.isupper() for c in first[1:]):
        return piece
    if first.lower() in igo or known[first.lower()].lower() in igo or not typed(rest) or placed(rest):
        return piece
    return rest


_FOUNDED_BODY = re.compile(r"\b(?:Establishment|Creation|Founding|Formation)\s+of\s+(?:the\s+|a\s+)?"
                           r"(?P<body>[A-Z][\w'’\-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’\-]*))*)$")


def body_founded(document: str, typed: Callable[[str], bool]) -> str | None:
    """'the Agreement on the Establishment of the Kenyan-Ugandan Investment Fund': the document
    is no body, but the body it founds, named with a type word, is one."""
    m = _FOUNDED_BODY.search(document)
    return m.group("body") if m and typed(m.group("body")) else None


_GENERIC_FIRST = lexicon.words("generic_bodies")
# what makes such a kind plural or shared: its people after it, or 'of both ...' / 'of each'
_SHARED_AFTER = re.compile(r"\s+(?:authorities|officials|representatives|experts|staff|delegations|"
                           r"heads|governors|chiefs)\b|\s+of\s+(?:both|each|the\s+two|the\s+respective|"
                           r"their|the\s+(?:two\s+)?countries)\b")


def generic_kind(after: str, piece: str) -> bool:
    """'Central Bank authorities', 'the Customs Authorities of both countries': a modifier and a
    type word that each state has, made plural or shared by what follows, name no one body."""
    words = piece.split()
    return len(words) == 2 and words[0].lower() in _GENERIC_FIRST and \
        bool(_SHARED_AFTER.match(after))
