"""Organisations written without a type word, recognised from the place they take in a sentence
('Petrobras signed a contract with Sinopec', 'between Vale and Baowu', "Russia's Aerolinka has
signed", 'Acme, a Brazilian mining company', "Tata Motors' CEO", 'firms including A, B and C').
Runs after people and places so their names are not taken for organisations; a name found here
is linked wherever else the article repeats it (linking.repeated_org_names)."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.cues import lead_runs, words
from coopkg.extract.doc import ORG, Doc, Sent, Span
from coopkg.extract.entities import state_span
from coopkg.extract.facts import Org, Ref
from coopkg.extract.knownfirms import known_firm
from coopkg.extract.memo import by_text
from coopkg.extract.orgattrs import attribute
from coopkg.extract.orgclasses import portfolios
from coopkg.extract.orgcontext_rejects import (
    describes_group,
    field_of_holder,
    origin_of_subject,
    peoples_pair,
    place_pair,
    surname_before,
)
from coopkg.extract.orgfilters import (
    is_country_name,
    names_document,
    plural_head,
    plural_of_keyword,
    states_governed,
)
from coopkg.extract.orggroups import governs_subnational, names_plural_group
from coopkg.extract.orgnonbodies import names_no_body
from coopkg.extract.orgplacenames import names_place, placed_in_country
from coopkg.extract.orgtypes import classify, has_org_keyword
from coopkg.extract.overlap import add_span
from coopkg.extract.titles import TITLE_WORDS

_NOT_NAME = "|".join(w.capitalize() for w in lexicon.WEEKDAYS)  # 'A and Chile Tuesday signed'
_TOKEN = rf"(?!(?:{_NOT_NAME})\b)(?:[A-Z][\w&\-]*(?:['’](?!s\b)\w+)*|[A-Z]{{2,}}\d*)"
NAME = rf"{_TOKEN}(?:\s(?:&\s|of\s|d[eao]s?\s|del\s)?{_TOKEN}){{0,4}}"  # 'Correio do Povo', 'Banco da X'
_SIGN = lexicon.alternation([v for v in lexicon.words("signing_verbs") if v.endswith("ed")])
_KINDS = re.compile("|".join(f"(?:{r[1]})" for r in lexicon.rows("agreement_kinds")), re.I)
_DESCRIPTORS = lexicon.mapping("org_descriptors")
_DESCRIPTOR = lexicon.word_pattern("org_descriptors")
_TITLES = "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
_TITLE_OR_MODIFIER = TITLE_WORDS | lexicon.words("titles", "modifier")  # 'X Acting CEO': no body 'Acting'
# kinds written after a name: 'the Nation newspaper', 'the X rebel group' (a bare 'X channel' may
# be a strait, 'X group' a band of people)
_AFTER_KIND_WORDS = [w for w, kind in lexicon.rows("org_descriptors")
                     if kind == "MediaOutlet" and w not in ("channel", "outlet")
                     or w.endswith((" group", " movement"))] + ["party", "company", "firm", "corporation"]
_AFTER_KINDS = lexicon.alternation(_AFTER_KIND_WORDS)  # 'the X party/company'
# plural kinds written after a list of names: 'the Moi and Egerton universities'
_PLURAL_KIND_WORDS = [w for w in lexicon.words("org_descriptors")
                      if w.endswith("s") and _DESCRIPTORS[w] != "Organization"
                      and w.removesuffix("s") in _DESCRIPTORS
                      or w.endswith("ies") and " " not in w]
_PLURAL_KINDS = lexicon.alternation(_PLURAL_KIND_WORDS)
# 'with Japan's X': a place's possessive before a name says whose it is (orgattrs reads it)
_OWNED = rf"(?:{_TOKEN}(?:\s{_TOKEN})?['’]s\s)?"
_STATE_OWNED = r"(?:(?:state|government)-(?:owned|run|controlled)\s)?"  # "Kenya's state-owned X will"
_IN_PLACE = rf"(?:\s(?:in|at)\s{_TOKEN}(?:\s{_TOKEN})?)?"
_SHORT = rf"{_TOKEN}(?:\s{_TOKEN}){{0,2}}"
# an outlet in a reporting tag: a dotted acronym ('K.B.T.') or one or two capitalised words
# a web address ('Habari.ke') or 'X of the Y' ('Voice of the Savanna')
_OUTLET = (rf"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w\-]*\.[a-z]{{2,3}}|{_TOKEN}\sof\sthe\s{_TOKEN}|"
           rf"{_TOKEN}(?:\s{_TOKEN})?)")
_SHORT_LIST = (rf"(?P<a>{_SHORT})(?:,\s(?P<b>{_SHORT}))?(?:,\s(?P<c>{_SHORT}))?,?\s(?:and|&)\s"
               rf"(?P<d>{_SHORT})")
_LIST = rf"(?P<a>{NAME})(?:,\s(?P<b>{NAME}))?(?:,\s(?P<c>{NAME}))?,?\s(?:and|&)\s(?P<d>{NAME})"

def _cue(slot: str) -> str:
    """The firm cues of a slot (lexicon/firm_cues.tsv) as a case-blind alternation, but for cues
    written in capitals ('CEO'), which are matched as written."""
    cues = lexicon.words("firm_cues", slot)
    lower = lexicon.alternation([c for c in cues if not c.isupper()])
    upper = [c for c in cues if c.isupper()]
    return "|".join([f"(?i:{lower})", *upper])


_SLOTS: list[tuple[str, re.Pattern[str]]] = [
    ("subject", re.compile(rf"(?P<a>{NAME})(?:\s(?:and|&)\s(?:the\s)?(?P<d>{NAME}))?\s"
                           rf"(?:has\s|have\s|had\s|also\s|jointly\s|on\s\w+\s)?(?i:{_SIGN})\b")),
    ("object", re.compile(rf"\b(?i:{_SIGN})\b[^.;:]{{0,80}}?\bwith\s(?:the\s)?{_OWNED}(?P<a>{NAME})"
                          rf"(?:,?\s(?:and|&)\s(?:the\s)?{_OWNED}(?P<d>{NAME}))?")),
    ("between", re.compile(rf"\bbetween\s(?:the\s)?{_OWNED}(?P<a>{NAME}),?\s(?:and|&)\s(?:the\s)?{_OWNED}"
                           rf"(?P<d>{NAME})")),
    ("possessed", re.compile(rf"(?P<owner>{_TOKEN}(?:\s{_TOKEN})?)['’]s\s{_STATE_OWNED}(?P<a>{NAME})\s"
                             rf"(?=has\s|have\s|"
                             rf"will\s|is\s|was\s|(?i:{_SIGN})\b)")),
    ("apposition", re.compile(rf"(?P<a>{NAME}),\s(?:one\sof\s)?(?:a|an|the|{_TOKEN}(?:\s{_TOKEN})?['’]s)\s"
                              rf"(?:[\w\-'’]+\s){{0,3}}?"
                              rf"(?P<kind>{_DESCRIPTOR})\b")),
    ("described", re.compile(rf"\b(?P<kind>{_DESCRIPTOR})\s(?P<a>{NAME})")),
    # 'a/the Chinese firm, Sinohydro, will build': the name in commas after a described kind
    ("described-comma", re.compile(rf"\b(?i:a|an|the)\s(?:[\w\-'’]+\s){{0,3}}?(?P<kind>{_DESCRIPTOR}),\s"
                                   rf"(?P<a>{NAME})(?=[,.;]|$)")),
    # "Acme's CEO", and 'Acme CEO Ana Ruiz' or 'X, Acme CEO,' when a name or a comma follows the title
    ("firm-head", re.compile(rf"(?P<a>{NAME})(?:['’]s?\s(?:{_cue('firm-head')})\b|"
                             rf"\s(?:{_cue('firm-head')})(?:\s(?=[A-Z][a-z])|(?=,)))")),
    ("staff-of", re.compile(rf"\b(?:{_cue('staff-of')})\s(?:of|from|at)\s(?:the\s)?{_OWNED}(?P<a>{NAME})")),
    ("partnered", re.compile(rf"\b(?:{_cue('partnered')})\swith\s(?:the\s)?{_OWNED}(?P<a>{NAME})"
                             rf"(?:,?\s(?:and|&)\s(?:the\s)?{_OWNED}(?P<d>{NAME}))?")),
    ("head-of", re.compile(rf"(?P<a>{NAME})['’]s?\s(?i:{_TITLES})\b")),
    ("list", re.compile(rf"\b(?P<kind>(?i:{_DESCRIPTOR}))\s?[,—–-]?\s?(?:including|such\sas)\s{_LIST}")),
    ("bracketed", re.compile(rf"(?P<a>{NAME})\s\((?P<country>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){{0,2}})\)")),
    ("said-signed", re.compile(rf"(?P<a>{NAME})\s(?:said|announced|confirmed)\s(?:on\s\w+\s)?(?:that\s)?"
                               rf"it\s(?:has\s|had\s|have\s)?(?:just\s|also\s)?(?i:{_SIGN})\b")),
    ("held", re.compile(rf"\b(?:{_cue('held')})\s(?:of|in)\s(?:the\s)?(?P<a>{NAME})")),
    ("plural-of", re.compile(rf"\b(?P<kind>{_PLURAL_KINDS})\sof\s(?P<a>{NAME}){_IN_PLACE},\s"
                             rf"(?:the\s)?(?P<b>{NAME})"
                             rf"{_IN_PLACE}(?:,?\sand\s(?:the\s)?(?P<d>{NAME}){_IN_PLACE}(?=[\s,.;:]|$))?")),
    # 'Besides, A, B, C and D companies operate': a list opening a clause after a comma too
    ("list-after", re.compile(rf"(?:^|(?<=\bthe\s)|(?<=\bof\s)|(?<=\bat\s)|(?<=\bfrom\s)|(?<=\bbetween\s)|"
                              rf"(?<=,\s))"
                              rf"{_SHORT_LIST}\s(?P<kind>{_PLURAL_KINDS})\b")),
    # 'KOICA Resident Representative X': an acronym before a title names the title's body
    ("titled-acronym", re.compile(rf"(?<![\w\-])(?P<a>[A-Z]{{3,8}})\s"
                                  rf"(?=(?:Resident\s|Country\s)?(?i:{_TITLES})\b)")),
    ("kind-after", re.compile(rf"(?P<a>{NAME})\s(?P<kind>{_AFTER_KINDS})\b")),
    ("reports", re.compile(rf"(?:^|[,.]\s)(?P<a>{_TOKEN})\s(?:reports|reported)\b|"
                           rf",\s(?P<b>{_OUTLET})\s(?:reports|reported|writes|wrote)(?=[.,;]|$|\s(?:on|citing|"
                           rf"quoting)\b)|\b(?:as\sreported\sby|(?:an|his|her)\sinterview\swith)\s(?:the\s)?"
                           rf"(?P<c>{_OUTLET})(?=[.,;]|$|\s(?:on|that)\b)|"
                           rf"\b(?:reports|reported)\s(?P<d>{_TOKEN})(?=[.,]|\s(?:news\s)?agency)")),
]

# a word each slot's pattern needs, a cheap test before it runs (speed only: 'it', 'reports' led by literals)
_SLOT_CUES = {
    **{slot: re.compile(rf"\b(?:{_cue(slot)})\b") for slot in ("firm-head", "staff-of", "held", "partnered")},
    "subject": re.compile(rf"\b(?i:{_SIGN})\b"), "object": re.compile(r"\bwith\b"),
    "between": re.compile(r"\bbetween\b"), "possessed": re.compile(r"['’]s\s"),
    "apposition": re.compile(rf",\s(?:one\sof\s)?(?:a|an|the|[A-Z]\S*(?:\s[A-Z]\S*)?['’]s)\s.*"
                             rf"\b(?:{_DESCRIPTOR})\b"),
    "described": re.compile(rf"\b(?:{_DESCRIPTOR})\s[A-Z]"),
    "described-comma": re.compile(rf"\b(?:{_DESCRIPTOR}),\s[A-Z]"),
    "head-of": re.compile(rf"['’]s?\s(?i:{_TITLES})\b"),
    "list": re.compile(r"\b(?:including|such\sas)\b"),
    "reports": re.compile(r"report(?<=\breport)|wr[io]te(?<=\bwr[io]te)|interview(?<=\binterview)\swith"),
    "bracketed": re.compile(r"\s\([A-Z][a-z]"), "said-signed": re.compile(r"it(?<=\bit)\s"),
    "list-after": re.compile(rf"\s(?:{_PLURAL_KINDS})\b"),
    "plural-of": re.compile(rf"\b(?:{_PLURAL_KINDS})\sof\s[A-Z]"),
    "titled-acronym": re.compile(r"[A-Z]{3}"),
    "kind-after": re.compile(rf"[A-Za-z]\s(?:{_AFTER_KINDS})\b"),
}
# Speed only: the slots whose cue needs a word of a list, read as a whole word ('\b' or a space
# before it, and a space, comma or '\b' after it), mapped to each word's first run of letters
# (cues.lead_runs): a sentence whose runs (cues.words, found once per sentence) hold none of them
# fails the cue, which is then not scanned (measured on the real pool text: these cue scans took
# ~60 ms per 480 articles, half of it on the ~86% of sentences without a descriptor's word)
_SLOT_RUNS = {
    **dict.fromkeys(("apposition", "described", "described-comma"),
                    lead_runs(lexicon.words("org_descriptors"))),
    "kind-after": lead_runs(_AFTER_KIND_WORDS),
    **dict.fromkeys(("plural-of", "list-after"), lead_runs(_PLURAL_KIND_WORDS)),
}

_DEAL = re.compile(rf"\b(?i:{_SIGN}|deal|contract)\b|(?i:{_KINDS.pattern})")


def orgs_from_context(doc: Doc) -> None:
    """Organisation spans for names without a type word that a slot of the sentence shows to be a
    body: a signer, a side of 'between', an owner of a CEO, a described apposition."""
    _lowercase_short_forms(doc)
    countries = set(doc.countries)
    for sent in doc.sents:
        for start, end, kind, slot in _slot_names(sent.text):
            _propose(doc, sent, start, end, kind, slot, countries)
        _partners(doc, sent)


_BETWEEN_BEFORE = re.compile(rf"\bbetween\s(?:the\s)?{_OWNED}$")
_AND_PARTNER = re.compile(rf"\s(?:and|&)\s(?:the\s)?{_OWNED}(?P<a>{NAME})(?=[\s,.;:)]|$)")


def _partners(doc: Doc, sent: Sent) -> None:
    """'between Kenya's Oil Holding Company and Petrolink': the second party of a 'between'
    whose first is a named organisation is a party too, though written without a type word.
    `_BETWEEN_BEFORE` needs 'between' as a whole run of letters (cues.words): a sentence without
    it (most) is passed over at once."""
    runs = words(sent.text)
    if runs is not None and "between" not in runs:
        return
    for span in [s for s in sent.spans if s.label == ORG]:
        partner = _AND_PARTNER.match(sent.text, span.end)
        if partner and _BETWEEN_BEFORE.search(sent.text, 0, span.start):
            _propose(doc, sent, partner.start("a"), partner.end("a"), None, "between", set(doc.countries))


_CONTENT = re.compile(r"[A-Za-z]{3,}")
_FUNCTION_WORDS = {"and", "for", "the", "ministry"}


def _lowercase_short_forms(doc: Doc) -> None:
    """'the Ugandan science and technology ministry' beside 'the Ugandan Ministry of Science and
    Technology': the lowercase form (orgcompounds.lower_ministries) is a short form of the named
    ministry of the same country and fields, so it becomes its alias (one_entity_per_key)."""
    for org in [o for o in doc.orgs.values() if o.name.endswith(" ministry") or " ministry " in o.name]:
        lead = org.name[:1].isupper()  # a demonym opening it is no field
        fields = _stems(org.name.split(" ", 1)[-1] if lead else org.name)
        named = [o for o in doc.orgs.values() if o is not org and "Ministry" in o.name and
                 o.country in (org.country, None) and fields <= _stems(o.name)]  # placed later
        if len(named) == 1:
            named[0].aliases.add(org.name)


def _stems(name: str) -> set[str]:
    """Content words cut to four letters: 'Kenyan' and 'Kenya', 'technology' and a misspelt
    'techology' agree."""
    return {w.lower()[:4] for w in _CONTENT.findall(name) if w.lower() not in _FUNCTION_WORDS}


@by_text
def _slot_names(text: str) -> tuple[tuple[int, int, str | None, str], ...]:
    """(start, end, kind, slot) of every name a slot's pattern finds, in proposing order (the
    patterns read the text alone: a recurring sentence is scanned once)."""
    out = []
    runs = words(text)
    for slot, pattern in _SLOTS:
        needed = _SLOT_RUNS.get(slot)
        if runs is not None and needed is not None and needed.isdisjoint(runs):
            continue  # speed only: the cue cannot match (`_SLOT_RUNS`)
        if not _SLOT_CUES[slot].search(text) or slot == "bracketed" and not _DEAL.search(text):
            continue  # 'Acme (Kenya)' names a firm where a deal is spoken of, not in a results list
        for m in pattern.finditer(text):
            found = m.groupdict()
            if found.get("country") and not is_country_name(found["country"]):
                continue  # 'Acme (Kenya)' says whose Acme is; 'Acme (Nairobi)' need not
            if _plural_list(found.get("d")):
                continue  # 'the Sport and Tourism Ministries': bodies described, none named
            first = found.get("a")
            if first and (first.split()[0].lower() in TITLE_WORDS or names_document(first)):
                found["d"] = None  # 'with the Minister of Education and Training': one title; one text's
                # name goes on past 'and' ('the Treaty of Amity and Commerce signed in 1961')
            if slot == "between" and place_pair(found["a"], found.get("d")) or \
                    slot == "subject" and origin_of_subject(text, m.start("a")):
                continue
            kind = found.get("kind")
            out.extend((m.start(group), m.end(group), kind, slot)
                       for group in ("a", "b", "c", "d") if found.get(group))
    return tuple(out)


def _plural_list(last: str | None) -> bool:
    """'Sport and Tourism Ministries (of X)': a list closed by a plural type word names the
    portfolios of several bodies, not the bodies."""
    head = last and re.split(r"\s(?:of|for)\s", last, maxsplit=1)[0].split()
    return bool(head) and len(head) > 1 and plural_of_keyword(head[-1])


# "Uganda's " right before a name: the owner whose body it is, when known under that written name
_OWNER_BEFORE = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}['’]s?\s+$")


def _propose(doc: Doc, sent: Sent, start: int, end: int, kind: str | None, slot: str,
             countries: set[str], rule: str = "org.context") -> None:
    text = sent.text
    name = text[start:end]
    tail = _COUNTRY_TAIL.search(name)
    if tail and is_country_name(tail.group("c")) and not has_org_keyword(name):
        end = start + tail.start()  # 'between A and Acme of Uganda': whose Acme is, not its name
        name = text[start:end]
    lead = _LEAD.match(name + " ")
    if lead:
        start += lead.end()
        name = text[start:end]
    known = doc.orgs.get(name)
    if known is not None and known.type == "Organization" and (kind or slot in _DEALING) and \
            not has_org_keyword(name):  # a 'Chamber of Commerce' is of type Other by its name
        known.type = _type(name, kind, slot)  # 'Zemgeo signed ...' first, then 'the holding Zemgeo'
    if state_span(doc, sent, start, end, name) or not _acceptable(doc, sent, start, end, name, slot):
        return
    owner = _OWNER_BEFORE.search(text, max(0, start - 60), start)
    org = (doc.orgs.get(text[owner.start():end]) if owner else None) or doc.orgs.get(name) or \
        doc.orgs.get(doc.aliases.get(name.lower(), ""))
    if org is None:
        org = Org(name=name, type=_type(name, kind, slot), evidence=text, rule=rule)
        attribute(org, text, end, doc.gaz, countries)
        doc.orgs[name] = org
        doc.aliases.setdefault(name.lower(), name)
    add_span(doc, sent, Span(start, end, Ref("org", org.name), org.name, rule))


def propose(doc: Doc, sent: Sent, start: int, end: int, kind: str | None, slot: str,
            rule: str) -> None:
    """Offer [start, end) of a sentence as an organisation found from its place in the sentence
    (orglists.py reads lists the slot patterns here do not)."""
    _propose(doc, sent, start, end, kind, slot, set(doc.countries), rule)


_COUNTRY_TAIL = re.compile(r"\sof\s(?:the\s)?(?P<c>[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){0,2})$")
_LEADING = ("The", "A", "An", "Both", "Its", "Their", "His", "Her", "On", "In", "At", "By")
_LEAD = re.compile(rf"(?:(?:{'|'.join(_LEADING)})\s)+|^[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?-(?:"
                   rf"{lexicon.alternation(lexicon.words('place_words', 'seat-suffix'))})\s(?=[A-Z])",
                   re.I)  # 'the', 'Nairobi-based X': the seat describes the firm, no part of its name

# last words of names of documents, programmes and events ('Digital Economy Strategy'), which
# take a company's place in a sentence ("Kenya's X Strategy was adopted")
_THINGS = lexicon.words("not_org_tails") | lexicon.words("document_heads")


def _acceptable(doc: Doc, sent: Sent, start: int, end: int, name: str, slot: str) -> bool:
    """A name, not a place, person, month, title or sentence-opening word; nothing already
    holds the words."""
    if not name or end <= start or any(s.start < end and start < s.end and (
            s.label != "PLACE" or s.start < start or s.end > end)  # 'Ivoire' of "Côte d'Ivoire"
            for s in sent.spans):
        return False  # first: most names a slot finds are already held, and this test is cheap
    words = name.split()
    first = words[0].lower()
    if first in lexicon.words("not_names") or first in lexicon.MONTHS or \
            first in lexicon.WEEKDAYS or any(w.lower() in _TITLE_OR_MODIFIER for w in words) or \
            len(words) == 1 and (first in lexicon.words("not_org_words") or first.endswith("ly")) or \
            _KINDS.fullmatch(name) or words[-1].lower() in lexicon.words("infrastructure") or \
            name.lower() in lexicon.words("world_areas") or \
            words[-1].lower() in _THINGS or plural_head(name) or states_governed(name) > 0 or \
            names_plural_group(name) or governs_subnational(name) or names_no_body(sent.text, end, name) or \
            names_document(name) or field_of_holder(sent.text, start, end, name):
        return False  # a title, a date word, a sentence adverb, an agreement noun ('MoU'), a government
    if _HYPHEN_ADJECTIVE.search(name) or words[-1].lower().removesuffix("s") in _AREA_WORDS or \
            words[-1].lower() in _CITY_WORDS and doc.gaz.lookup(" ".join(words[:-1])) or \
            any(a <= start and end <= b for a, b in portfolios(sent.text)):
        return False  # 'Nairobi-listed firms', 'the Kisumu Region', 'Minister for Housing Affairs': no body
    if describes_group(doc, words) or len(words) == 1 and slot in ("between", "subject") and \
            surname_before(doc, sent, name) or slot in _DEALING and (
                names_place(sent.text, start, end) or placed_in_country(sent.text, end, doc.gaz)):
        return False
    places = [p for w in words for p in doc.gaz.lookup(w)] + doc.gaz.lookup(name)
    described = slot in ("list", "apposition", "described")
    if any(p.kind == "country" for p in places) and len(words) == 1 or peoples_pair(doc, name) or \
            doc.gaz.country_of_demonym(name) or len(words) == 1 and \
            doc.gaz.country_of_demonym(name.removesuffix("s")) or places and not described and \
            (doc.gaz.lookup(name) or all(doc.gaz.lookup(w) for w in words)):
        return False  # a place or a people ('Belgians'), unless the sentence says it is a company
    # "Wang's adviser": a plain word before a title is a surname; 'Board Chairman': part of the title
    return not (slot in ("head-of", "firm-head") and len(words) == 1 and not words[0].isupper()
                and (slot == "head-of" or has_org_keyword(name)))


_AREA_WORDS = lexicon.words("place_words", "area")  # 'the Kisumu Region and Gulu, Lira Regions'
_CITY_WORDS = lexicon.words("place_words", "city") - {"municipality"}  # 'Bishkek City': the city
_HYPHEN_ADJECTIVE = re.compile(rf"-(?:{lexicon.alternation(lexicon.words('hyphen_adjectives'))})$")


def _type(name: str, kind: str | None, slot: str = "") -> str:
    if slot == "reports":
        return "MediaOutlet"  # '..., X reports': a news outlet's attribution
    found = classify(name)
    if found != "Organization" or known_firm(name) is not None:
        return found  # a known fund ('Samruk-Kazyna signed ...') is no company for its place
    if kind is None and slot in _DEALING and not _acronym_like(name) and \
            not plural_of_keyword(name.split()[-1]):
        return "Company"  # 'Norgas signed a supply contract with Sudria Petroleum'
    return _DESCRIPTORS.get((kind or "").lower(), "Organization")


# the slots of a party to a deal: an unlabelled name there is most often a company's
_DEALING = ("subject", "object", "between", "possessed", "said-signed", "held", "bracketed", "firm-head",
            "staff-of", "partnered")


def _acronym_like(name: str) -> bool:
    """'KeNHA', 'NAOC': an acronym may name an agency or an institute as well as a firm; a
    camel-cased brand ('PetroLakes', mostly lowercase) is a firm's name."""
    caps = sum(c.isupper() for c in name)
    return len(name.split()) == 1 and caps >= 2 and 2 * caps >= sum(c.isalpha() for c in name)


__all__ = ["ORG", "orgs_from_context", "propose"]
