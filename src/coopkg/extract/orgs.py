"""Organisations: capitalised spans that carry a type keyword, split where one name ends and the
next begins, nested names linked to their parents, acronyms defined in parentheses kept as
aliases and recognised when used alone later."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopkg.extract import lexicon
from coopkg.extract.facts import Org
from coopkg.extract.knownfirms import known_firm, without_firm_lead
from coopkg.extract.memo import by_text, by_text_and_table
from coopkg.extract.orgbounds import (
    WORLD_AREAS,
    igo_pair,
    leading_igo,
    title_before_person,
    title_is_adjective,
)
from coopkg.extract.orgclasses import (
    bare_organ,
    body_founded,
    generic_kind,
    meeting_format,
    run_breaks,
    runs_on,
    state_before_document,
    without_owner_acronym,
    without_state_form,
)
from coopkg.extract.orgcues import may_hold_body
from coopkg.extract.orgfilters import (
    TITLE_LIKE,
    abbreviates_phrase,
    addresses_person,
    admin_unit_name,
    before_document_purpose,
    coordinated_initials,
    document_topic_run,
    event_host,
    glued_unit_cuts,
    initialled,
    is_country_name,
    leader_office,
    named_after_sovereign,
    names_document,
    names_governments,
    names_job,
    names_joint_event,
    names_venue,
    opens_rank,
    org_like_known,
    plural_head,
    portfolio,
    starts_with_place,
)
from coopkg.extract.orggroups import governs_subnational, names_plural_group
from coopkg.extract.orgheads import drop_non_org_head
from coopkg.extract.orgnonbodies import joins_surnames, spells_word
from coopkg.extract.orgowners import possessive_owner
from coopkg.extract.orgpaired import JOINED, joined_pairs
from coopkg.extract.orgsplit import (
    POSSESSOR,
    cut_after_head,
    drop_possessor,
    org_like,
    split_and,
)
from coopkg.extract.orgtitled import after_title, fields_only, split_at_title
from coopkg.extract.orgtrim import trim_span
from coopkg.extract.orgtypes import (
    IGO_ACRONYMS,
    KNOWN_IGO,
    KNOWN_MEDIA,
    MEDIA_ACRONYMS,
    classify,
    has_org_keyword,
    is_joint_body,
    known_igo,
)
from coopkg.extract.portfolio_lists import field_in_list, opens_body_title

_UPPER = lexicon.UPPER_LETTERS  # "Économie", "İhracat", "Škoda": capitals of the Latin alphabets names use
# 'Kenya/Uganda Joint Commission': two title-case words joined by a slash, not a credit 'City/AGENCY/'
_SLASHED = rf"(?:/[{_UPPER}][a-z][\w'’\-&]*+(?!/))*"
# 'Kenya–Norway Business Council': an unspaced en dash joins two names as a hyphen does
_CAP = rf"(?:[A-Z]\.(?:[A-Za-z]{{1,2}}\.)+|(?:[ld]['’])?[{_UPPER}][\w'’\-–&]*{_SLASHED}\.?|[A-Z]\.)"  # 'U.S.'
# 'of Dar es Salaam'; 'et', 'y', 'e', 'dan', 've' join words of names in French, Spanish, Portuguese,
# Indonesian and Turkish ('Ministère de l'Économie et des Finances'); 'the' only after another ('of
# the', 'Fund for Saving the Sea'): 'set up in Lima the Joint Committee' names no 'Lima the ...'
_CONN = (r"(?:(?:of|and|for|on|de|du|des|&|es|da|do|dos|das|del|di|la|le|les|pour|para|für|et|y|e|dan|ve)"
         r"(?:\sthe)?|(?<=ing\s)the)")
_SUFFIX = (r"(?:,?\s(?:Co\.|Ltd\.?|Inc\.?|LLC|JSC|PJSC|PLC|LLP|GmbH|AG|S\.A\.|N\.V\.|Corp\.?)"
           r"(?=[\s,.;:)\-–]|$))")  # 'Co., Ltd- at': a dash glued after the legal form
# 'X (Pvt) Ltd', 'X (Private) Limited', 'X (Pty) Ltd': a bracketed legal form is part of the name
_BRACKET_FORM = r"(?:\s\((?:Pvt|Private|Pty|Pte|Pvt\.)\)(?=\s(?:Ltd|Limited)\b))"
# 'Science and technology Commission', not 'and any X' nor 'and between X' (a preposition or
# a verb after 'and' opens a phrase of its own: lexicon/clause_openers.tsv)
_OPENERS = lexicon.alternation(lexicon.words("clause_openers"))
_LOWER_AFTER_AND = (rf"(?:(?<=and\s)(?!(?:a|an|any|all|other|some|its|their|his|her|several|many|"
                    rf"{_OPENERS})\s)[a-z]+\s(?=[A-Z]))?")
SPAN = re.compile(rf"[\"“]?{_CAP}[\"”]?(?:(?:\s(?:{_CONN}\s)*{_LOWER_AFTER_AND}[\"“]?{_CAP}[\"”]?)"
                   rf"|{_SUFFIX}|{_BRACKET_FORM})*")
_LEADING = lexicon.words("not_org_starts")
_TITLES = lexicon.words("titles", "title")
_NOT_ORG_TAILS = lexicon.words("not_org_tails")


@dataclass
class OrgMention:
    start: int
    end: int
    name: str
    written: str = ""  # the form as written when it differs ("Uzbekistan's Innovation Ministry")


_BODY_MEMBERS = lexicon.words("body_members")  # 'a Foreign Ministry official': the official's 'a'
_GENERIC_DETERMINERS = {"any", "a", "an", "every", "each", "other", "another", "some", "many",
                        "several", "all", "no", "one"}


_DATE_TAIL = re.compile(r"\s+(?:on|in|of|since|by)\s+(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December|Monday|Tuesday|Wednesday|"
                        r"Thursday|Friday|Saturday|Sunday)\b")


def _generic(sentence: str, offset: int, piece: str) -> bool:
    """'any Pakistani University', 'a Chinese Company': a kind of body, not a name."""
    if len(piece.split()) > 2:
        return False
    if generic_kind(sentence[offset + len(piece):], piece):
        return True  # 'a meeting of Central Bank authorities': each side's bank, no one body
    before = sentence[:offset].rsplit(None, 1)  # the last word only: the prefix is not split whole
    after = sentence[offset + len(piece):offset + len(piece) + 16].split(None, 1)  # 'a X official'
    return bool(before) and before[-1].lower() in _GENERIC_DETERMINERS and \
        not (after and after[0].lower().rstrip(",.") in _BODY_MEMBERS)


def find_org_mentions(sentence: str, known: dict[str, str],
                      cuts: list[tuple[int, int]] | None = None) -> list[OrgMention]:
    """Spans naming organisations; `known` maps aliases/acronyms seen so far to full names;
    `cuts` are stretches (people's names) no organisation name runs through."""
    out: list[OrgMention] = []
    named = {a for a, _ in cuts or []}
    cuts = [*(cuts or []), *glued_unit_cuts(sentence), *run_breaks(sentence)]
    text = joined_pairs(sentence)  # 'Sri Lanka - Kenya Joint Committee' read as one run (orgpaired.py)
    for m in SPAN.finditer(text):
        for start, end in _outside(m.start(), m.end(), cuts):
            while start < end and text[start].isspace():
                start += 1
            start += _title_prefix(text[start:end])
            if end in named and not opens_rank(text[start:end]):  # a person's name follows
                end = start + len(text[start:end].rstrip()) - title_before_person(text[start:end].rstrip())
            name, start = trim_span(text[start:end].rstrip(), start, text[max(0, start - 4):start])
            if name and not _names_a_thing(text, start + len(name)):
                out.extend(_mentions_in(text, name, start, known))
    return out if text is sentence else [_as_written(sentence, text, m) for m in out]


def _as_written(sentence: str, text: str, mention: OrgMention) -> OrgMention:
    """A mention found in the pair-joined `text` with its name read back from the sentence."""
    if JOINED in mention.name and text[mention.start:mention.end] == mention.name:
        mention.name = sentence[mention.start:mention.end]
    return mention


def _outside(start: int, end: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) without the cut stretches."""
    pieces, at = [], start
    for a, b in sorted(cuts):
        if b <= at or a >= end:
            continue
        if a > at:
            pieces.append((at, a))
        at = max(at, b)
    if at < end:
        pieces.append((at, end))
    return pieces


@by_text
def _title_prefix(text: str) -> int:
    """'Consul and Second Secretary Embassy of X': the length of a run of title words before a
    name's type word — it belongs to a person's title; the body is what follows ('X – Vice
    President and the Y University': a title closed by 'and' before the next party; 'Minister
    for the Z Ministry': the office's 'for' joins the title to the body it serves)."""
    words = text.split(" ")
    i = 0
    while i < len(words) and (words[i].lower() in TITLE_LIKE or words[i] == "and" or
                              i and words[i] == "General" and words[i - 1].lower() in _TITLES):
        i += 1  # 'Director General', 'Commissioner General': 'General' after a title is of it
    if 0 < i < len(words) - 1 and words[i] == "for":  # 'Cabinet Secretary for the National Treasury'
        i += 2 if words[i + 1] == "the" else 1
    if leader_office(text) or 0 < i < len(words) and words[i].replace("’", "'") == "General's":
        return 0  # "Prime Minister's Office", "Attorney General's Office": the title names the body
    if 0 < i < len(words) and (words[i - 1] != "and" or i > 1 and words[i - 2].lower() in _TITLES) and \
            words[i][:1].isupper() and not named_after_sovereign(words, i) and \
            has_org_keyword(" ".join(words[i:])) and \
            any(w.lower() in _TITLES for w in words[:i]) and \
            not title_is_adjective(words[:i]):  # not 'Foreign Service Institute', 'Executive Board'
        return len(" ".join(words[:i])) + 1  # 'Pro-Rector X University': the body follows
    return 0


_NEXT_NAME = re.compile(r"\s+([A-Z][\w\-]*)")
_EDITION = re.compile(r"\s(?:19|20)\d\d\b")  # 'the Kenya-Uganda Business Forum 2024': one edition


def _names_a_thing(sentence: str, end: int) -> bool:
    """'... University Rankings', '... Committee Meeting': the run names an event, a ranking or a
    document named after a body, not the body."""
    nxt = _NEXT_NAME.match(sentence, end)
    return bool(nxt) and nxt.group(1).lower() in _NOT_ORG_TAILS or \
        bool(_EDITION.match(sentence, end)) and sentence[:end].endswith(("Forum", "Dialogue"))


_LIST_SPLIT = re.compile(r",\s+|\s+and\s+")
_ENDS_POSSESSIVE = re.compile(r"['’]s?\s$").search  # a bound method: a one-off test, ungated


def _mentions_in(sentence: str, name: str, start: int, known: dict[str, str]) -> list[OrgMention]:
    if not may_hold_body(name) and _plain_piece(name) not in known:
        return []  # speed only: the one alias the pieces below would look up (orgcues.py)
    if coordinated_initials(sentence, name, start + len(name)) and org_like(name) or \
            " and " in name and name in known.values():
        return [OrgMention(start, start + len(name), name)]  # 'A and B (AB)', then 'A and B': one body
    out = []
    for piece, written, listed in _candidates(name, known):
        mention = _mention(sentence, piece, start, known, listed)
        if mention is not None:
            if written != piece and written.endswith(piece) and \
                    _ENDS_POSSESSIVE(written[:-len(piece)]):
                mention.written = written + mention.name[len(piece):] if mention.name.startswith(piece) \
                    else written  # "Kenya's Trade Ministry", not 'Rector of X'; with what runs on
            out.append(mention)
    return out


def _opening(piece: str, first: bool) -> str:
    """A piece without the title that opens it ('and the Pro-Rector X University') and, after
    'and', without a capitalised article ('A and The Agency for X'), as a run's first 'The'."""
    piece = piece[_title_prefix(piece):]
    piece = after_title(piece) or piece  # 'Cabinet Secretary of the Ministry of X': the ministry
    return piece[4:] if not first and piece.startswith("The ") and piece[4:5].isupper() else piece


@by_text_and_table
def _candidates(name: str, known: dict[str, str]) -> tuple[tuple[str, str, bool], ...]:
    """(piece, as written, listed) for each piece of a run that may name an organisation: what
    the run's text and the aliases it asks about decide, kept apart from what the sentence
    around it decides (`_mention`), since the same run recurs through an article."""
    out = []
    name = _DATE_TAIL.split(name, maxsplit=1)[0]  # 'Russian Federation on February'
    if (host := event_host(name) or (None if names_document(name) else leading_igo(name))) is not None:
        return ((host, host, True),)  # 'the BRICS Summit', 'the UNESCO World Heritage Site': the body
    if names_joint_event(name) or meeting_format(name):
        return ()  # 'the X Mining and Energy Conference', 'the Second Binational Cabinet': events
    pieces = [q for p in split_and(name, known) for q in split_at_title(p)]
    org_siblings = len(pieces) > 1 and any(org_like(p) for p in pieces)
    for whole, piece in ((p, cut_after_head(_signed_for(without_state_form(
            before_document_purpose(state_before_document(p)))))) for p in pieces):
        owner = possessive_owner(piece)
        if owner:
            out.append((owner, owner, False))  # "the Trade Ministry's Department of X": both named
            if not has_org_keyword(piece[piece.index(owner) + len(owner) + 2:]):
                continue  # "the Trade Ministry's Asia Director", "... 's Work Plan": the owner only
        if piece != whole and whole.split()[-1].lower() in _NOT_ORG_TAILS and \
                not org_like_known(piece):
            continue  # 'the Africa Mining Excellence Award': an award named after a field
        if names_venue(piece) or opens_rank(whole) or admin_unit_name(piece):
            continue  # 'the X Convention Centre', 'X Municipality': places; 'Minister Army General X': a rank
        piece = _opening(piece, whole is pieces[0])
        if all(is_country_name(part) or part.lower() in WORLD_AREAS for part in _LIST_SPLIT.split(piece)):
            continue  # 'France and Russian Federation': countries, not a federation; 'Latin America
        listed = len(pieces) > 1 and bool(POSSESSOR.match(piece))
        written = piece
        if plural_head(piece) or names_plural_group(piece):
            continue  # 'the Ministries of Justice of A and B': two bodies, named together
        document = names_document(piece)
        if document and (founded := body_founded(piece, has_org_keyword)):
            piece = founded  # 'Agreement on the Establishment of the X Fund': the fund
        elif document or names_governments(piece) or governs_subnational(piece):
            continue  # 'the United Nations Convention on the Law of the Sea': a text
        if portfolio(piece) or fields_only(piece):
            continue  # 'Minister of Higher Education and Scientific Research': a title, no body
        piece = without_firm_lead(without_owner_acronym(drop_possessor(drop_non_org_head(piece), listed),
                                                        known, KNOWN_IGO, has_org_keyword,
                                                        starts_with_place))
        piece = piece[_title_prefix(_ACRONYM_OWNED.sub("", piece)) + _owner_length(piece):] \
            if _ACRONYM_OWNED.match(piece) and not leader_office(piece) \
            else piece  # "NUM's Dean and Faculty of X": the owner's title; not "the PM's Office"
        if not piece or portfolio(piece) or is_country_name(piece):
            continue  # "Japan's Minister of Economy"; 'Prime Minister of the Russian Federation'
        if len(piece.split()) == 1 and has_org_keyword(piece) or names_job(piece) or bare_organ(piece) \
                or addresses_person(piece):
            continue  # 'Park', 'Ministry': a type word alone names nothing; 'Mr Park' a person
        parts = igo_pair(piece, is_country_name)  # 'the World Bank-IMF Annual Meeting': two bodies
        out += [(part, written if part == piece else part, bool(listed or org_siblings and _name_like(piece)))
                for part in parts]
    return tuple(out)


_SIGNED_FOR = re.compile(r"^.+?\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?=(?:[A-Z]\w+\s+)?"
                         r"[Gg]overnment\s+of\s)")


_ACRONYM_OWNED = re.compile(r"^[A-Z]{2,9}['’]s\s+(?=[A-Z])")


def _owner_length(piece: str) -> int:
    m = _ACRONYM_OWNED.match(piece)
    return m.end() if m else 0


def _signed_for(piece: str) -> str:
    """'Jane Wanjiru for the Government of Kenya': a signer and the state she signs for; the
    words before 'for' name no body, what follows is the state (read as its code)."""
    m = _SIGNED_FOR.match(piece)
    return piece[m.end():] if m and not has_org_keyword(piece[:m.end()]) else piece


@by_text
def _plain_piece(name: str) -> str:
    """The one piece `_candidates` makes of a run with no type word and no 'and' (whitespace as
    `cut_after_head` joins it), lowered as `_mention` looks it up among the aliases."""
    return " ".join(_DATE_TAIL.split(name, maxsplit=1)[0].split()).lower()


def _name_like(piece: str) -> bool:
    """A coordinated sibling of an organisation ('the X Institute and Caspian Museums') that can
    stand as a name of its own: capitalised words, not a place, not an event or programme."""
    words = piece.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w in ("of", "&") for w in words) and \
        not starts_with_place(piece) and words[0].lower() not in _LEADING and \
        words[-1].lower() not in _NOT_ORG_TAILS  # 'the X Union and the Y Economic Belt': a programme


_OUTLET_NOUN = re.compile(r"\s+(?:news\s+agency|agency|newspaper|daily|television|broadcaster)\b")
_MEMBERS = re.compile(r"\s+(?:member\s+)?(?:countries|states|nations)\b")
_PLACED_ACRONYM = re.compile(r"\s+in\s+[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?(?=\s*\([A-Z]{2,9}\))")


def _extended(sentence: str, offset: int, piece: str) -> str:
    """'Tass news agency': a known outlet with its lowercase kind; 'X University in Egypt
    (XUE)': the acronym right after the place shows the place is part of the name; 'Council of
    Ministers of the CIS member states': a body of a multilateral organisation's members."""
    end = offset + len(piece)
    more = _OUTLET_NOUN.match(sentence, end) if piece.lower() in KNOWN_MEDIA else None
    more = more or (_PLACED_ACRONYM.match(sentence, end) if has_org_keyword(piece) else None)
    more = more or initialled(sentence, piece, end) or runs_on(sentence, piece, end, is_country_name,
                                                               has_org_keyword)
    words = piece.split()
    more = more or (_MEMBERS.match(sentence, end) if len(words) > 2 and words[-1] in IGO_ACRONYMS
                    else None)
    return sentence[offset:more.end()] if more else piece


def _mention(sentence: str, piece: str, start: int, known: dict[str, str], listed: bool
             ) -> OrgMention | None:
    offset = sentence.find(piece, start)
    if offset < 0:
        return None
    outlet = piece.lower() in KNOWN_MEDIA or piece in MEDIA_ACRONYMS and \
        not abbreviates_phrase(sentence, offset, piece) or known_firm(piece) is not None and \
        sentence[offset - 1:offset] != "("  # 'Gazprom'; '(CNNC)' after its name is that name's alias
    piece = _extended(sentence, offset, piece)
    if field_in_list(sentence, offset, piece) or opens_body_title(sentence, offset + len(piece), piece) \
            or document_topic_run(sentence, offset):
        return None  # 'Minister of Trade, Mining and Cooperation X', 'Trade Cabinet Secretary X'
    lower = piece.lower()
    if ("the " + lower) in KNOWN_MEDIA and sentence[max(0, offset - 4):offset].lower() == "the ":
        offset, piece, lower = offset - 4, "The " + piece, "the " + lower
    if lower in known:
        return OrgMention(offset, offset + len(piece), known[lower])
    if (_generic(sentence, offset, piece) or _names_a_thing(sentence, offset + len(piece))) and \
            not org_like_known(piece):  # 'the African Union Summit', 'an AFP reporter'
        return None
    if not (outlet or org_like(piece) or ("the " + lower) in KNOWN_MEDIA or listed):
        return None
    if spells_word(piece) or joins_surnames(piece):
        return None  # 'Who signed them?': the pronoun, not WHO; 'Ruiz and Park': two people
    if piece.isupper() and known_igo(piece) and abbreviates_phrase(sentence, offset, piece):
        return None  # 'the Economic Cooperation Agreement (ECA)': the phrase before it, as defined there
    if len(piece.split()) == 1 and piece.isupper() and not known_igo(piece):
        if not outlet and not listed:
            return None
        piece = piece.title() if lower in KNOWN_MEDIA and len(piece) > 5 else piece  # XINHUA, not TASS
    if piece.endswith(("'s", "’s")) and " " in piece:
        piece = piece[:-2]  # "Ministry of External Affairs's Secretary": the title cut, the owner's mark too
    return OrgMention(offset, offset + len(piece), piece)


def make_org(name: str, evidence: str) -> Org:
    kind = classify(name)
    rule = "org.joint-body" if is_joint_body(name) else \
        "org.keyword" if kind != "Organization" else "org.untyped"
    return Org(name=name, type=kind, evidence=evidence, rule=rule)
