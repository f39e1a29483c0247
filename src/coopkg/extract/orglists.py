"""Organisations written without a type word that a list shows to be firms: the names after a
list cue ('the contracts went to A, B and C', 'firms such as A and B', 'partners include A and
B'; lexicon/list_cues.tsv), and bare names coordinated with a named company ('A, B and the X
Cement Company'). Such names carry no keyword, so neither the capitalised-run reader (orgs.py)
nor the single-slot patterns (orgcontext.py) see a list past its second item. Runs after
orgs_from_context, so people, places and typed bodies already hold their words."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.cues import words
from coopkg.extract.doc import ORG, Doc, Sent, Span
from coopkg.extract.facts import Org
from coopkg.extract.knownfirms import known_firm
from coopkg.extract.memo import by_text
from coopkg.extract.orgcontext import NAME, propose
from coopkg.extract.orgtypes import has_org_keyword

_FIRM_NOUNS = lexicon.alternation(lexicon.words("list_cues", "firm-noun"))
_LINKERS = lexicon.alternation(lexicon.words("list_cues", "linker"))
_LEAD_INS = lexicon.alternation(lexicon.words("list_cues", "lead-in"))
# a cue, or a firm noun before a dash or colon ('the oil companies of both countries - A and B')
_CUE = re.compile(rf"\b(?i:(?:{_FIRM_NOUNS})(?:\s[\w\-]+){{0,2}}?\s(?:{_LINKERS})|{_LEAD_INS}):?\s|"
                  rf"\b(?i:{_FIRM_NOUNS})(?:\s[\w\-]+){{0,4}}?(?:\s[-–—]|:)\s")
# speed only: every cue holds a firm noun or a lead-in, each of whose words is then a whole word;
# the rarest-looking word of each stands for it (not an auxiliary such as 'was' or 'were')
_AUXILIARIES = {"was", "were", "by", "to", "of", "with", "led"}


_CUE_WORD_RE = re.compile("[a-z]+")


def _cue_word(entry: str) -> str:
    runs = _CUE_WORD_RE.findall(entry.lower())
    return max([r for r in runs if r not in _AUXILIARIES] or runs, key=len)


_CUE_WORDS = frozenset(map(_cue_word, lexicon.words("list_cues", "firm-noun") |
                           lexicon.words("list_cues", "lead-in")))
_ITEM = re.compile(rf"(?:the\s)?(?P<a>{NAME})")
_SEPARATOR = re.compile(r",\s(?:and\s|&\s)?|\s(?:and|&)\s")
_BEFORE = re.compile(rf"(?P<a>{NAME})(?:,\s|,?\s(?:and|&)\s)(?:the\s)?$")
_AFTER = re.compile(rf"(?:,\s|,?\s(?:and|&)\s)(?:the\s)?(?P<a>{NAME})")
_MAX_ITEMS = 8


def listed_firms(doc: Doc) -> None:
    """Organisation spans for the names after a list cue or beside a named company in a list."""
    for sent in doc.sents:
        for start, end in _cued_items(sent.text):
            propose(doc, sent, start, end, "company", "list", "org.list-cue")
        _company_siblings(doc, sent)
        _sharing_kind(doc, sent)
        _described_partner(doc, sent)


_PARTNER = re.compile(rf"\s(?:and|&)\s(?:the\s)?(?:[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?['’]s\s)?(?P<a>{NAME})")


def _described_partner(doc: Doc, sent: Sent) -> None:
    """"Kenya's public broadcaster KBC and Uganda's UBN": an untyped name coordinated with a
    name its kind introduced ('broadcaster X') shares the kind, the descriptor read as plural."""
    for span in [s for s in sent.spans if s.label == ORG and s.rule == "org.described"]:
        described = doc.orgs.get(span.ref.key)
        partner = _PARTNER.match(sent.text, span.end)
        if described is None or partner is None:
            continue
        held = _org_at(doc, sent, partner.start("a"), partner.end("a"))
        if held is not None and held.type == "Organization":
            held.type = described.type

# 'Kenyan newspapers A and B', 'the state news agencies A, B and C': one plural kind before the
# names it describes (a list of more than two is read only when the kind opens it)
_PLURALS = lexicon.alternation([w for w, kind in lexicon.rows("org_descriptors")
                                if w.endswith("s") and kind != "Organization" and " " not in w])
_PLURAL_WORDS = frozenset(w for w, kind in lexicon.rows("org_descriptors")
                          if w.endswith("s") and kind != "Organization" and " " not in w)
_ITEM_NAME = r"[A-Z][\w&\-]*(?:\s[A-Z][\w&\-]*){0,2}"
_SHARED_KIND = re.compile(rf"\b(?P<news>news\s)?(?P<kind>{_PLURALS})\s(?P<a>{_ITEM_NAME})"
                          rf"(?:,\s(?P<b>{_ITEM_NAME}))?,?\s(?:and|&)\s(?P<d>{_ITEM_NAME})")


def _sharing_kind(doc: Doc, sent: Sent) -> None:
    """Each name after a plural kind is a body of that kind: a run the reader took whole ('Taifa
    Leo and Daily Kilima', with a type word in the second) is undone into its names first."""
    found = words(sent.text)
    if found is not None and found.isdisjoint(_PLURAL_WORDS):
        return  # speed only: no plural kind in the sentence
    for m in _SHARED_KIND.finditer(sent.text):
        kind = ("news " if m.group("news") else "") + m.group("kind")
        items = [(m.start(g), m.end(g)) for g in ("a", "b", "d") if m.group(g)]
        for span in [s for s in sent.spans if s.label == ORG and s.start <= items[0][0] and
                     s.end >= items[-1][1]]:
            sent.spans.remove(span)  # one span over several names: none of them
            if span.name in doc.orgs and not any(o.ref.key == span.ref.key for t in doc.sents
                                                 for o in t.spans if o.label == ORG):
                del doc.orgs[span.name]
        for start, end in items:
            propose(doc, sent, start, end, kind, "list", "org.list-kind")


@by_text  # the text alone decides: a recurring sentence is scanned once
def _cued_items(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each name in a list right after a list cue."""
    out: list[tuple[int, int]] = []
    found = words(text)
    if found is not None and found.isdisjoint(_CUE_WORDS):
        return ()
    for cue in _CUE.finditer(text):
        at = cue.end()
        for _ in range(_MAX_ITEMS):
            item = _ITEM.match(text, at)
            if item is None:
                break
            out.append((item.start("a"), item.end("a")))
            sep = _SEPARATOR.match(text, item.end())
            if sep is None:
                break
            at = sep.end()
    return tuple(out)


def _company_siblings(doc: Doc, sent: Sent) -> None:
    """'Hydrocon, Baltech and the Savanna Cement Company': a bare name coordinated with a named
    company is a company too ('Kenya and the X Company' stays a country: `propose` turns down
    places, people, titles and words other spans hold)."""
    for span in [s for s in sent.spans if s.label == ORG and _is_company(doc, s)]:
        for start, end in _neighbours(doc, sent, span):
            held = _org_at(doc, sent, start, end)
            if held is None:
                propose(doc, sent, start, end, "company", "list", "org.company-sibling")
            elif held.type == "Organization" and known_firm(held.name) is None:
                held.type = "Company"  # an untyped sibling the run reader found ('and Baltech'), not a fund


_LOCATIVE = re.compile(r"\b(?:in|at|near)\s(?:the\s)?$")
_OPENING_LOCATIVE = re.compile(r"(?:In|At|Near)\s(?:the\s)?")  # 'In South Africa, the X Group'



def _neighbours(doc: Doc, sent: Sent, span: Span) -> list[tuple[int, int]]:
    """The items of the list a span stands in, walking left and right over separators. Walking
    left stops at a place the gazetteer knows written after 'in', 'at' or 'near' ('a plant in
    Mombasa, Coast Province, and the X Company'): that clause told where something is, and the
    names after the place in commas are the areas holding it, not firms beside the company."""
    text, out = sent.text, []
    at = span.start
    for _ in range(_MAX_ITEMS):
        before = _BEFORE.search(text, 0, at)
        if before is None:
            break
        opening = _OPENING_LOCATIVE.match(before.group("a"))
        place = before.group("a")[opening.end():] if opening else before.group("a")
        if (opening or _LOCATIVE.search(text, 0, before.start("a"))) and doc.gaz.lookup(place):
            out = []
            break
        out.append((before.start("a"), before.end("a")))
        at = before.start("a")
    at = span.end
    for _ in range(_MAX_ITEMS):
        after = _AFTER.match(text, at)
        if after is None or text.startswith(("'s ", "’s "), after.end("a")):
            break  # "and Dubai's X": the owner of the next name, no sibling
        out.append((after.start("a"), after.end("a")))
        at = after.end("a")
    return out


def _is_company(doc: Doc, span: Span) -> bool:
    """A named company whose name opens with a proper word: 'Mining and Tourism', typed by its
    keyword, is a list of fields and says nothing of its neighbours."""
    org = doc.orgs.get(span.ref.key)
    return org is not None and org.type == "Company" and not has_org_keyword(span.name.split()[0])


def _org_at(doc: Doc, sent: Sent, start: int, end: int) -> Org | None:
    """The organisation whose span covers exactly [start, end), if one does."""
    for s in sent.spans:
        if s.label == ORG and s.start == start and s.end == end:
            return doc.orgs.get(s.ref.key)
    return None
