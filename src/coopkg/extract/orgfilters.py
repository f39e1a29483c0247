"""Capitalised runs that look like organisation names but name something else: a document
('the Convention on the Law of the Sea'), a minister's portfolio ('Minister of Mining'), bodies
named together in the plural ('the Ministries of Justice of A and B'), a phrase an acronym was
just defined for ('a Partnership Agreement (PA)'), or the end of a longer company name ('Green
Hills of Africa Limited').  `orgs` asks these before it keeps a name."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.memo import by_text
from coopkg.extract.orgtypes import (
    BODY_WORDS,
    IGO_NAME,
    KNOWN_IGO,
    KNOWN_MEDIA,
    MEDIA_ACRONYMS,
    has_org_keyword,
    head_of,
    keywords_in,
    known_igo,
)

_REGNAL = lexicon.words("regnal_titles")
TITLE_LIKE = (lexicon.words("titles", "title") | lexicon.words("titles", "modifier")) - {"general"}


@by_text
def is_country_name(text: str) -> bool:
    from coopkg.reference import gazetteer

    return any(p.kind == "country" for p in gazetteer().lookup(text))


def is_place(text: str) -> bool:
    from coopkg.reference import gazetteer

    return bool(gazetteer().lookup(text))


# 'Northwest China's X University': a compass word before a place names part of it
_COMPASS = re.compile(r"(?:(?:North|South)(?:-?(?:[Ee]ast|[Ww]est)(?:ern)?)?|East|West|Central|"
                      r"Northern|Southern|Eastern|Western)\s+")


@by_text
def starts_with_place(text: str) -> bool:
    from coopkg.extract.places import raw_mentions
    from coopkg.reference import gazetteer

    compass = _COMPASS.match(text)
    return any(start == 0 for start, _e, _p, _v in raw_mentions(text, gazetteer())) or \
        compass is not None and starts_with_place(text[compass.end():])


_DOCUMENT_HEADS = lexicon.words("document_heads")
_TITLE_WORDS = lexicon.words("titles", "title")
_VENUES = tuple(" " + w for w in lexicon.words("venues"))


def names_venue(name: str) -> bool:
    """'the Lakeside International Convention Centre', 'Tsavo National Park': a building events
    are held in or a protected area, though its last word is a body's type word."""
    return f" {name.lower()}".endswith(_VENUES)


def plural_head(name: str) -> bool:
    words = name.split()
    return len(words) > 2 and words[1] == "of" and plural_of_keyword(words[0])


_GOVERNMENTS = re.compile(r"^(?:(?:Federal|Royal|National|Central)\s+)?[Gg]overnments?\s+of\s+(?P<of>.+)$|"
                          r"^(?P<adj>.+?)\s+(?:Federal\s+)?[Gg]overnments?$")
_PLACE_LIST = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def states_governed(name: str) -> int:
    """How many states a name of governments names ('the Kenyan Government' 1, 'the Government
    of Kenya and Uganda' 2, 'the Kenyan and Ugandan Governments' 2), 0 when it names no state."""
    from coopkg.reference import gazetteer

    m = _GOVERNMENTS.match(name)
    if m is None:
        return 0
    gaz = gazetteer()
    parts = [p.removeprefix("the ").removesuffix("'s").removesuffix("’s")
             for p in _PLACE_LIST.split(m.group("of") or m.group("adj"))]
    return len(parts) if all(p and (is_country_name(p) or gaz.country_of_demonym(p)) for p in parts) else 0


def names_governments(name: str) -> bool:
    """'the Government of Kenya and Uganda', 'the Kenyan and Ugandan Governments': states, which
    a text names by their governments (GOLD_FORMAT: a party written as the ISO code), no body.
    One state's government ('the Kenyan Government') is read as that state (`state_span`)."""
    return states_governed(name) > 1


# Speed only: compiled once, a bound method (no `re` cache lookup per call; ungated)
_DOCUMENT_HEAD_SPLIT = re.compile(r"\s(?:of|on|for|between)\s").split


def names_document(name: str) -> bool:
    head = _DOCUMENT_HEAD_SPLIT(name, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower() in _DOCUMENT_HEADS or _EXCHANGED_NOTES.match(name) is not None


# 'the Exchange of Notes', 'Exchanges of Letters': diplomatic notes exchanged are a document
_EXCHANGED_NOTES = re.compile(r"(?:the\s+)?[Ee]xchanges?\s+of\s+(?:[Dd]iplomatic\s+)?"
                              r"(?:[Nn]otes|[Ll]etters)\b")
_FOR_THE = re.compile(r"\s+for\s+(?:the|an?)\s+")


def before_document_purpose(name: str) -> str:
    """'the FSM Department of Foreign Affairs for the Exchange of Notes for a Grant': a body, then
    the document an occasion there was for; the body's name ends before 'for'."""
    for m in _FOR_THE.finditer(name):
        if names_document(name[m.end():]) and has_org_keyword(name[:m.start()]):
            return name[:m.start()]
    return name


# 'a Memorandum of Understanding (MoU) on ', 'the MoUs in ': a run right after a document and
# its preposition is the document's field ('on Higher Education and Research'), not a party
_TOPIC_DOCUMENTS = sorted(_DOCUMENT_HEADS | {"understanding", "mou", "mous"})
_TOPIC_LEAD = re.compile(rf"\b(?i:{lexicon.alternation(_TOPIC_DOCUMENTS)})"
                         r"s?(?:\s*\([^()]{1,15}\))?\s+(?:on|in)\s+$")


def document_topic_run(sentence: str, offset: int) -> bool:
    """The capitalised run at `offset` is a signed document's topic (see `_TOPIC_LEAD`)."""
    return _TOPIC_LEAD.search(sentence, max(0, offset - 60), offset) is not None


_EVENT_TAILS = frozenset(r[0] for r in lexicon.rows("not_org_tails") if len(r) > 1 and "event" in r[1])


def names_joint_event(name: str) -> bool:
    """'the Kenya Mining and Energy Conference': fields joined by a bare 'and' before an event
    word make one event's name, not a body and an event ('the Mining Board and the Energy
    Conference' names two)."""
    words = name.split()
    return len(words) > 2 and words[-1].lower() in _EVENT_TAILS and " and " in name and \
        " and the " not in name


_TITLE_HEADS = lexicon.words("titles", "title")  # a title ends in one ('Cabinet' only qualifies one)
_TITLED = re.compile(r"(?P<title>(?:[A-Z][\w\-]*\s){1,3})of\s+(?:the\s+)?(?P<rest>.+)$")


def portfolio(name: str) -> bool:
    """'Minister of Higher Education and Scientific Research': a title's field, not a body — only
    'Ministry of ...' names one; what follows 'of' names no ministry, institute or company."""
    m = _TITLED.match(name)
    return bool(m) and m.group("title").split()[-1].lower() in _TITLE_HEADS and \
        not any(w.lower().strip(",.") in BODY_WORDS for w in m.group("rest").split()) and \
        not org_like_known(m.group("rest")) and not _named_body(name, m.group("rest"))


_COUNTRY_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})$")


def _named_body(name: str, rest: str) -> bool:
    """'Director of the Kenya Wildlife Service', 'Head of the Presidential Administration': after
    'of the', two or more words ending in a type word name a body ('Minister of the Interior',
    'Minister of Public Service' are fields).  A state's name after the body's own 'of' only says
    whose body it is ('Speaker of the National Assembly of Kenya'): the type word ends the body."""
    tail = _COUNTRY_TAIL.search(rest)
    if tail and is_country_name(tail.group("country")):
        rest = rest[:tail.start()]
    words = rest.split()
    return f" of the {rest}" in f" {name}" and len(words) >= 2 and (
        has_org_keyword(words[-1]) or any(k.endswith(" " + words[-1].lower())
                                          for k in keywords_in(" ".join(words[-3:]))))


def org_like_known(name: str) -> bool:
    lower = name.lower()
    return known_igo(name) or lower in KNOWN_MEDIA or name in MEDIA_ACRONYMS or \
        bool(IGO_NAME.search(name))


# company legal forms, written after the name ('Acme Ltd.', 'Acme S.A.', 'Acme Pvt. Ltd.')
LEGAL_FORMS = r"(?:Co|Ltd|Limited|Inc|LLC|JSC|PJSC|PLC|LLP|GmbH|AG|S\.A|N\.V|Pvt|Pte|Sdn|Bhd|Corp)"
_LEGAL_FORM = re.compile(rf"(?:,?\s{LEGAL_FORMS}\.?)+$")
_LEGAL_FORM_WORD = re.compile(rf"{LEGAL_FORMS}[.,]*")


def suffix_only(words: list[str]) -> bool:
    """Every word a legal form ('Co.', 'Ltd', 'Inc.,'): a firm's suffix, no name of its own.
    Speed only: the pattern is compiled once here (same pattern as the inline one it replaces)."""
    return all(_LEGAL_FORM_WORD.fullmatch(w) for w in words)


# people of a body ('Officials of X Ltd', 'Staff of X JSC'): capitalised only at a sentence's start
_PEOPLE_OF = frozenset(r[0] for r in lexicon.rows("member_cues") if r[1:2] == ("noun",)) | \
    {"staff", "employees", "workers", "heads", "chiefs", "owners", "shareholders", "managers"}


def closes_whole_name(head: str, rest: str) -> bool:
    """'Green Hills of Africa Limited': when the only type word after 'of' is a legal form, it
    closes the whole company name — unless what comes before is a title ('General Manager of
    X Co. Ltd.') or the body's people ('Officials of X Ltd')."""
    bare = _LEGAL_FORM.sub("", rest)
    last = head.split()[-1].lower()
    return bare != rest and not has_org_keyword(bare) and last not in TITLE_LIKE and \
        last not in _PEOPLE_OF


def plural_of_keyword(word: str) -> bool:
    lower = word.lower()
    return word[:1].isupper() and lower.endswith("s") and (
        has_org_keyword(word[:-1]) or lower.endswith("ies") and has_org_keyword(word[:-3] + "y"))


_PHRASE_BEFORE = re.compile(r"((?:[A-Z][\w\-]*\s(?:(?:of|and|for|the|on)\s)*){1,8})\($")


def abbreviates_phrase(sentence: str, offset: int, acronym: str) -> bool:
    """'a Strategic Partnership Agreement (SPA)': the bracket defines the acronym as the phrase
    before it, whatever outlet the same letters name elsewhere."""
    m = _PHRASE_BEFORE.search(sentence, 0, offset)
    if not m:
        return False
    initials = "".join(w[0] for w in m.group(1).split() if w[:1].isupper())
    return initials.endswith(acronym)


_INITIALLED = re.compile(r"(?:\s[A-Z][\w\-]+){1,4}(?=\s*\((?P<acr>[A-Z][A-Za-z\-]{2,11})\))")


def _initials(text: str) -> str:
    return "".join(w[0] for w in text.split() if w[:1].isupper())


_BRACKETED = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z&]{2,9})\)")


def coordinated_initials(sentence: str, name: str, end: int) -> bool:
    """'the X Chamber of Commerce and Sectoral Association (XCCSA)': a run with 'and' whose
    bracketed acronym spells the initials of all of it is one body's name, not two."""
    m = _BRACKETED.match(sentence, end) if " and " in name else None
    if m is None:
        return False
    acronym = m.group("acr").replace("&", "").upper()
    last = name.rsplit(" and ", 1)[-1]
    return _initials(name) == acronym and _initials(last) != acronym and len(acronym) >= 4


def initialled(sentence: str, piece: str, end: int) -> re.Match[str] | None:
    """'X National University Port Town (XNUPT)': capitalised words after a typed name that the
    bracketed acronym spells with it belong to the name (a campus city written after it)."""
    more = _INITIALLED.match(sentence, end) if has_org_keyword(piece) else None
    if more is None:
        return None
    acronym = more.group("acr").replace("-", "").upper()
    whole = _initials(piece + more.group())
    return more if whole == acronym and _initials(piece) != acronym else None


_HONORIFICS = lexicon.words("titles", "honorific")
_TYPE_WORD_SURNAMES = lexicon.words("body_word_surnames")


def addresses_person(piece: str) -> bool:
    """'Mr Park', 'Ms Park': an honorific before a family name that is also a type word
    (body_word_surnames.tsv) addresses a person named before; no body is named by a form of
    address ('the Park' of 'Sejong Science Park' has a name before it, not 'Mr')."""
    words = piece.split()
    return len(words) == 2 and words[0].lower().rstrip(".") in _HONORIFICS and \
        words[1].lower() in _TYPE_WORD_SURNAMES


_RANKS = frozenset(h for h in _HONORIFICS if " " in h)  # 'army general', 'air marshal'


def opens_rank(run: str) -> bool:
    """'Defense Minister Army General X': a type word right after a person's title that begins a
    two-word military rank ('Army General') is the rank's, and the title before it names no
    body; 'the Ghana Army General Staff' has no title before its type word."""
    words = run.split()
    return any(words[i - 1].lower() in _TITLE_WORDS and has_org_keyword(words[i]) and
               f"{words[i]} {words[i + 1]}".lower() in _RANKS for i in range(1, len(words) - 1))


_NAMES_JOB_RE = re.compile(r"['’]s$")


def names_job(piece: str) -> bool:
    """'Senior Research Scientist', 'Chief Engineer': a run that ends in a title word and has no
    'of', 'for' or 'the' is a job ('Office of the President' ends in a title as its complement);
    "the Mayor's Office" is an office-holder's office, described by the title alone — a name
    says whose ("the Mayor's Office of Nairobi")."""
    words = piece.split()
    if len(words) == 2 and words[1] == "Office" and not leader_office(piece) and \
            _NAMES_JOB_RE.sub("", words[0]).lower() in _TITLE_WORDS:
        return True
    return words[-1].lower() in _TITLE_WORDS and not has_org_keyword(words[-1]) and \
        not any(w in ("of", "for", "the") for w in words)


_LEADER_OFFICES = frozenset(w for w in lexicon.words("lower_bodies") if w.endswith("'s office"))


def leader_office(piece: str) -> bool:
    """"the Prime Minister's Office (PMO)", "the PM’s Office": a head of state's or government's
    office is a body of its own (lexicon/lower_bodies.tsv: the country's one office of its kind),
    named by the title alone, unlike a mayor's or a minister's office, which only describes."""
    return piece.replace("’", "'").lower() in _LEADER_OFFICES


_UNIT_HEADS = lexicon.alternation([w.capitalize() for w in lexicon.words("org_units")] +
                                  ["Faculty", "College"])
_GLUED_UNIT = re.compile(rf"(?<=\w)\s?[-–]\s?(?=(?:{_UNIT_HEADS})\s(?:of|for)\b|[A-Z]{{2,}}\b(?!\s[A-Z]))")


def glued_unit_cuts(sentence: str) -> list[tuple[int, int]]:
    """'Prof. X Y-Faculty of A-College of B-ACR': a dash glued between a name and a unit named
    with 'of', or before a lone acronym, separates a person's name and the bodies of a title
    chain; 'China-CELAC Forum' (the acronym goes on into a name) keeps its dash."""
    if "-" not in sentence and "–" not in sentence:
        return []  # speed only: the pattern cuts at a dash
    return [(m.start(), m.end()) for m in _GLUED_UNIT.finditer(sentence)]


def named_after_sovereign(words: list[str], i: int) -> bool:
    """'King Farouk University', 'Queen Ada Hospital': a regnal title and the sovereign's name
    before a type word name a body after the sovereign (the title is part of its name), while a
    title before a type word alone is a person's ('Consul Embassy of X')."""
    return all(w.lower() in _REGNAL for w in words[:i]) and not has_org_keyword(words[i])


_SOVEREIGN_IN_BODY = re.compile(
    rf"\b(?:{'|'.join(w.capitalize() for w in sorted(lexicon.words('head_first_types')))})"
    rf"(?:\s+[A-Z][\w\-]*)*?\s+(?:{'|'.join(w.capitalize() for w in sorted(_REGNAL))})\s+$")


_REGNAL_BEFORE = re.compile(rf"\b(?:{'|'.join(w.capitalize() for w in sorted(_REGNAL))})"
                            r"(?:\s+[A-Z][\w\-]*)*\s+$")
_RUN_AFTER = re.compile(r"(?:\s+(?:(?:and|&)\s+)?[A-Z][\w\-]*){1,4}")


def sovereign_named_body(text: str, start: int, end: int) -> bool:
    """'the Sultan Ada Cancer Care and Research Center', 'King Obi Heart and Lung Hospital': a
    name after a regnal title whose capitalised run goes on to a type word names a body after
    the sovereign; the run is the body's name, no person's."""
    if not _REGNAL_BEFORE.search(text, max(0, start - 60), start):
        return False
    run = _RUN_AFTER.match(text, end)
    return run is not None and any(has_org_keyword(w) for w in run.group(0).split())


def sovereign_in_body(text: str, name_start: int) -> bool:
    """'Universiti Sultan Idris', 'Universidad Rey Juan Carlos': a language that puts the head
    first names a body after a sovereign by writing title and name after the type word, as English
    does after 'of' ('the Relief Center of King Salman'), so the titled name there is part of the
    body's name, no person cutting it short."""
    if _SOVEREIGN_IN_BODY.search(text, max(0, name_start - 120), name_start):
        return True
    of = _OF_SOVEREIGN.search(text, max(0, name_start - 60), name_start)
    return of is not None and has_org_keyword(of.group(1))  # 'the Relief Center of King Salman'


_SOVEREIGNS = '|'.join(w.capitalize() for w in sorted(_REGNAL))
_OF_SOVEREIGN = re.compile(rf"\b([A-Z][\w\-]*)\s+of\s+(?:{_SOVEREIGNS})\s+$")


_GATHERINGS = {"summit", "meeting", "session", "conference"}
_GATHERING_OF = re.compile(r"^(?:[A-Z0-9][\w\-]*\s){0,3}(?:Summit|Meeting|Session|Conference)\s(?:of|on)\s"
                           r"the\s(?P<body>[A-Z].*[^.,;:\s])")


def event_host(name: str) -> str | None:
    """'the ASEAN Summit', "the G20 Leaders' Summit": a known multilateral body opening the name
    of one of its gatherings is named there (GOLD_FORMAT: every named body), though the run as a
    whole names an event, which `_candidates` would drop."""
    inner = _GATHERING_OF.match(name)
    if inner is not None and (has_org_keyword(head_of(inner["body"])) or known_igo(inner["body"]) or
                              inner["body"].startswith("Forum ")):
        return inner["body"]  # 'the Beijing Summit of the Forum on X': the forum whose summit it is
    words = name.split()
    if not 2 <= len(words) <= 4 or words[-1].lower() not in _GATHERINGS or \
            words[0].lower() not in KNOWN_IGO or not words[0].isupper() and not words[0][-1].isdigit():
        return None
    return None if has_org_keyword(" ".join(words[1:-1])) else words[0]


# 'Guangxi Autonomous Region', 'Minato Ward': a place named with the kind of its administrative
# unit is the place (a region), not a body of it; a 'Municipality' is also the town's government
# ('the Kayseri Metropolitan Municipality'), a body
_ADMIN_UNIT = re.compile(r"^(?:[A-Z][\w’'\-]*\s){1,3}(?:Autonomous\s+Region|Special\s+Administrative\s+"
                         r"Region|Ward|Province|Prefecture|County|Oblast|Governorate)$")


def admin_unit_name(piece: str) -> bool:
    """A known place's name closed by its unit's kind and nothing after it, or two of them joined
    by 'and' (see above)."""
    return all(_ADMIN_UNIT.match(part) and starts_with_place(part) for part in piece.split(" and "))
