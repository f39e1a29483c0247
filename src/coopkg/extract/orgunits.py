"""Sub-units named with their parent: 'the Department of Asia of the Ministry of Foreign Affairs
of Kenya', 'Director of the Marine Studies Programme of GHACOST'. A unit head (lexicon
org_units.tsv, role subunit) with its field, then 'of' and a body, names two organisations — the
unit and its parent — where a person's title names them (GOLD_FORMAT: sub-units named in a title
are organisations); as a sentence's subject the whole is one name. Institutes, academies and
committees of a body keep the body in their name ('Institute of Zoology of the Academy of
Sciences'), so only unit heads split."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import ORG, Doc, Span
from coopkg.extract.facts import Org
from coopkg.extract.orgattrs import government_of
from coopkg.extract.orgs import OrgMention
from coopkg.extract.orgtitled import office_of_title
from coopkg.extract.orgtypes import classify, has_org_keyword
from coopkg.extract.titles import TITLE_WORDS

_HEADS = lexicon.alternation([w.capitalize() for w in lexicon.words("org_units", "subunit")])
_UNIT = re.compile(rf"(?P<unit>(?:{_HEADS})\s(?:of|for)\s(?P<field>.+?))\sof\s(?:the\s)?(?P<body>"
                   r"[A-Z][\w'’\-]*(?:\s(?:[A-Z][\w'’\-]*|of|for|and|the|on|&))*)$")
# 'the Trade Department of the Foreign Ministry': the unit's field before its head word
_UNIT_FIRST = re.compile(rf"(?P<unit>(?:[A-Z][\w'’\-]*\s){{1,4}}(?:{_HEADS}))\sof\s(?:the\s)?(?P<body>"
                         r"[A-Z][\w'’\-]*(?:\s(?:[A-Z][\w'’\-]*|of|for|and|the|on|&))*)$")
_ACRONYM = re.compile(r"[A-Z]{3,9}")
_TITLED = re.compile(rf"\b(?i:{lexicon.alternation(TITLE_WORDS)})\s(?:of|at)\s(?:the\s)?$")


def split_units(sentence: str, mentions: list[OrgMention]) -> list[OrgMention]:
    out = []
    for m in mentions:
        out.extend(_split(sentence, m))
    return out


def _split(sentence: str, mention: OrgMention) -> list[OrgMention]:
    """The unit and its parent, or the mention as it was."""
    if sentence[mention.start:mention.end] != mention.name:
        return [mention]
    office = office_of_title(mention.name)  # 'Office of the Spokesperson of the Ministry of X'
    if office is not None:
        return [OrgMention(mention.start, mention.start + len(office[0]), office[0]),
                OrgMention(mention.end - len(office[1]), mention.end, office[1])]
    m = _unit_match(mention.name)  # first, being cheap: `_TITLED` scans all the text before
    if m is None or not _TITLED.search(sentence, 0, mention.start):
        return [mention]  # 'The Department of X of the Ministry of Y met ...' is named whole
    unit = OrgMention(mention.start, mention.start + m.end("unit"), m.group("unit"))
    body = OrgMention(mention.start + m.start("body"), mention.end, m.group("body"))
    return [unit, body]


def _unit_match(name: str) -> re.Match[str] | None:
    """'Department of Asia of the Ministry of X', 'Trade Department of the Foreign Ministry': a
    unit head with its field, then its parent body."""
    m = _UNIT.fullmatch(name)
    if m is not None and not has_org_keyword(m.group("field")) and _body(m.group("body")):
        return m
    m = _UNIT_FIRST.fullmatch(name)
    if m is not None and not has_org_keyword(m.group("unit").rsplit(" ", 1)[0]) and _body(m.group("body")):
        return m
    return None


_SUBUNITS = lexicon.words("org_units", "subunit")


def unit_of_state_body(unit: str, host: str) -> bool:
    """'the Export Department at the Velmar Trade Ministry': a department, office or division
    'at' a state body is one of its sub-units, named by its own words (GOLD_FORMAT: sub-units
    named in a title are organisations), the ministry a second body; only an institute, centre or
    museum housed at a university or academy takes its host into its name ('the X Institute at
    Y University')."""
    return unit.split()[-1].lower() in _SUBUNITS and classify(host) == "GovernmentBody"


def _body(name: str) -> bool:
    """A parent: a name with a type word ('Ministry of Foreign Affairs of Kenya') or an acronym."""
    return has_org_keyword(name) or bool(_ACRONYM.fullmatch(name))


def unit_name(text: str) -> str | None:
    """'Department of Asia of the Ministry of Foreign Affairs' → 'Department of Asia': the unit
    a person's affiliation written with its parent names."""
    m = _unit_match(text.removeprefix("the "))
    return m.group("unit") if m else None


_CHAIN_DASH = re.compile(r"\s?[-–—]\s?")
_UNIT_WORDS = lexicon.words("org_units", "unit") | lexicon.words("org_units", "subunit") | {"faculty"}


def university_units(doc: Doc) -> None:
    """'Prof. X-College of Engineering-KNU', 'Dr. Y – External Relations Department – KNU': a
    unit chained by dashes to a university in a person's title is a unit of that university —
    of type Other (GOLD_FORMAT types only the university itself University), and of its country."""
    for sent in doc.sents:
        spans = sorted((s for s in sent.spans if s.label == ORG), key=lambda s: s.start)
        for i, span in enumerate(spans):
            parent = _chained_parent(doc, sent.text, spans[i:])
            org = doc.orgs.get(span.ref.key)
            if parent is None or org is None or org is parent or not _unit_named(org.name):
                continue
            org.type = "Organization"
            org.country = org.country or parent.country


def _chained_parent(doc: Doc, text: str, spans: list[Span]) -> Org | None:
    """The university that ends the dash chain starting at spans[0], if the chain ends in one."""
    at = 0
    while at + 1 < len(spans) and _CHAIN_DASH.fullmatch(text[spans[at].end:spans[at + 1].start]):
        at += 1
    last = doc.orgs.get(spans[at].ref.key)
    return last if at > 0 and last is not None and last.type == "University" else None


def _unit_named(name: str) -> bool:
    """'College of Engineering', 'External Relations Department': a unit's head word opens or
    closes the name."""
    words = name.lower().split()
    return words[0] in _UNIT_WORDS or words[-1] in _UNIT_WORDS


# ' of the ', ' at ': where a body's name may go on into the name of the body that holds it
_OF_PARENT = re.compile(r"\s(?:of|at)\s(?:the\s)?(?=[A-Z])")
_LEAD_RUN = re.compile(r"(?:[A-Z][\w&\-]*\s?)+")
_POSSESSOR = re.compile(r"[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?['’]s\s(?=[A-Z])")  # "Egypt's X University"
_PARENTS = lexicon.words("org_units", "parent")


def parent_name(name: str) -> str | None:
    """'Second Affiliated Hospital of Chongqing Medical University' → 'Chongqing Medical
    University': the nearest body a name holds after 'of'/'at' whose own name (capitalised
    words with a head such as 'University' or 'Ministry') opens that part, when the part before
    is a body too; None else."""
    for m in reversed(list(_OF_PARENT.finditer(name))):  # the nearest body: 'X of the Academy of Y'
        tail = name[m.end():]
        tail = tail[owner.end():] if (owner := _POSSESSOR.match(tail)) else tail
        lead = _LEAD_RUN.match(tail)
        if lead and any(w.lower() in _PARENTS for w in lead.group().split()) and \
                has_org_keyword(name[:m.start()]):
            return tail
    return None


def parent_bodies(doc: Doc) -> None:
    """A unit, institute or hospital named with the body that holds it ('Institute of Geology of
    the Academy of Sciences of X') names that body too: an organisation of its own (GOLD_FORMAT
    lists both), the unit's parent."""
    for org in list(doc.orgs.values()):
        parent = parent_name(org.name)
        if parent is None or doc.gaz.lookup(parent) or government_of(parent, doc.gaz):
            continue
        known = doc.orgs.get(doc.aliases.get(parent.lower(), parent))
        if known is None:
            kind = classify(parent)
            known = Org(parent, kind, org.country, org.region, evidence=org.evidence, rule="org.parent")
            doc.orgs[parent] = known
            doc.aliases.setdefault(parent.lower(), parent)
        org.parent = org.parent or known.name
