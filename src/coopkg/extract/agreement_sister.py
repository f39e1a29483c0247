"""Sister-city relations established without a document noun: 'Province A established
sister-province relationships with Region B of X, Region C of Y and the D Region of Z', 'City A and
City B forged sister-city ties', 'A and B became sister cities', 'A was twinned with B' (the verbs
are lexicon/twinning_verbs.tsv).  News of twinnings reports the relation, not the paper that creates
it; GOLD_FORMAT counts sister-city and sister-region agreements with the places as parties, so each
counterpart after 'with' is one agreement with the subject place, and a coordinated pair of places
without 'with' is one.  Countries named beside the places only locate them ('Region B of X') and
are no party; a relation the clause only plans ('will establish', 'to establish') is none.

A later clause of a sentence that tells a twinning tells another with a plainer verb: 'A signed a
sister-city agreement with B, while C partnered with D' / '..., while E entered into a sister
province-city agreement with F'. The twinning named before gives 'partnered with' its sense, so
such a clause is one agreement of its own, between its subject place and the place after 'with'."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref
from coopkg.extract.sentence_gates import needs

_PLACES = r"(?:city|cities|province|provinces|region|regions|state|states|town|towns|county|counties|" \
          r"district|districts)"
_SISTER = r"(?:sister|twin(?:ning)?|friendly|friendship)[\s\-]+"


def _verbs(form: str) -> str:
    """The twinning verbs of one form (lexicon/twinning_verbs.tsv)."""
    return lexicon.alternation(lexicon.words("twinning_verbs", form))


# 'established sister-province relationships', 'forged twin-city ties', 'set up friendly-city
# relations', 'formalised their sister-city relationship'; 'became sister cities', 'became a
# sister city of B'; 'A and B were twinned', 'A was twinned with B'
_TWINNINGS = (
    re.compile(rf"\b(?:{_verbs('relation')})\s+(?:(?:a|new|formal|official|their|its)\s+)?"
               rf"(?P<noun>(?:{_SISTER}(?:{_PLACES}[\s\-]+)+|(?:sisterly|sisterhood|twinning)\s+)"
               r"(?:relations(?:hips?)?|relationships|ties|partnerships?))", re.I),
    re.compile(rf"\b(?:{_verbs('become')})\s+(?:(?:a|an|official|formal)\s+)?"
               rf"(?P<noun>{_SISTER}{_PLACES})\b", re.I),
    re.compile(rf"\b(?:{_verbs('passive')})\b(?P<noun>)", re.I),
)
_WITH = re.compile(r"\s+(?:with|of|to)\s+", re.I)
# the plainer verbs of a later clause: 'partnered with D', 'entered into a sister-city agreement with F'
_LATER = re.compile(r"\b(?:partnered|twinned|paired\s+up|teamed\s+up|formed\s+a\s+similar\s+"
                    r"(?:partnership|relationship)|(?:entered\s+into|signed|concluded)\s+an?\s+"
                    r"(?P<noun>(?:sister|twin)[\s\-]+(?:[\w\-]+\s+){0,2}?(?:agreement|partnership|"
                    r"relationship)))(?=\s+with\s)", re.I)
_TWINNING = re.compile(r"\b(?:sister|twin)[\s\-]+(?:city|cities|province|provinces|region|regions|"
                       r"town|towns|state|states)\b[\w\s\-]*?\b(?:agreements?|relations(?:hips?)?|"
                       r"relationships|ties|partnerships?)", re.I)
# a clause ends at a semicolon or a ', while' / ', whereas' / ', and' joining another clause
_CLAUSE_END = re.compile(r";|,\s+(?:while|whereas|and)\s+(?=[A-Z])")
_NOT_DONE = re.compile(r"\b(?:will|would|shall|to|plans?\s+to|hopes?\s+to|agreed\s+to)\s+(?:\w+\s+)?$", re.I)


@needs("_TWINNINGS")
def sister_relations(ctx: Doc, view: Sent, previous: Sent | None) -> list[Found]:
    """One agreement per pair of places a clause says established a sister relation."""
    out: list[Found] = []
    for m in (m for pattern in _TWINNINGS for m in pattern.finditer(view.text)):
        if _NOT_DONE.search(view.text, 0, m.start()):
            continue
        start = _clause_start(view.text, m.start())
        subject = _regions(view, start, m.start())
        with_ = _WITH.match(view.text, m.end())
        if with_:
            stop = _CLAUSE_END.search(view.text, with_.end())
            others = _regions(view, with_.end(), stop.start() if stop else len(view.text))
            pairs = [[subject[0], other] for other in others if other != subject[0]] if subject else []
        else:
            pairs = [subject[:2]] if len(subject) >= 2 else []
        when = date_near(ctx, view, m.start(), previous)
        topic = " ".join(m.group("noun").split()) or "twinning"
        out += [Found(Agreement(pair, when, "agreement", topic, view.text, rule="agreement.sister"),
                      False, listed=True) for pair in pairs]
    return out + (later_twinnings(ctx, view, previous) if out else [])


def later_twinnings(ctx: Doc, view: Sent, previous: Sent | None) -> list[Found]:
    """'..., while C partnered with D': a twinning in a clause after the first of a sentence that
    already tells one (the twinning before gives the plainer verb its sense)."""
    told = _TWINNING.search(view.text)
    out: list[Found] = []
    for m in _LATER.finditer(view.text):
        start = _clause_start(view.text, m.start())
        named = m.group("noun") is not None or bool(told and told.start() < start)
        if not named or start == 0 or _NOT_DONE.search(view.text, start, m.start()):
            continue
        subject = _regions(view, start, m.start())
        with_ = _WITH.match(view.text, m.end())
        stop = _CLAUSE_END.search(view.text, with_.end()) if with_ else None
        others = _regions(view, with_.end(), stop.start() if stop else len(view.text)) if with_ else []
        if not subject or not others or others[0] == subject[0]:  # "C in Region partnered": C
            continue
        topic = " ".join((m.group("noun") or (told.group() if told else "")).split())
        out.append(Found(Agreement([subject[0], others[0]], date_near(ctx, view, m.start(), previous),
                                   "agreement", topic, view.text, rule="agreement.sister"),
                         False, listed=True))
    return out


def _clause_start(text: str, end: int) -> int:
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, end)]
    return ends[-1] if ends else 0


def _regions(view: Sent, start: int, end: int) -> list[Ref]:
    """The sub-national places named in [start, end), each once, in order."""
    return list(dict.fromkeys(s.ref for s in view.spans if s.ref.kind == "place" and
                              "/country/" not in s.ref.key and start <= s.start < end))


_TWINNING_ROW = re.compile(rf"^\W*(?:{_SISTER}(?:{_PLACES}[\s\-]+)?|twinning\s+)", re.I)


def twinned_places(view: Sent) -> list[Ref]:
    """'Twinning agreement between the mayor of A and the head of B's city council': a row of a
    list that twins places has them for its sides, whoever signed for them."""
    places = _regions(view, 0, len(view.text)) if _TWINNING_ROW.match(view.text) else []
    return places if len(places) >= 2 else []


_SISTER_PARTY = re.compile(r"\b(?:sister(?:ly|hood)?|twin(?:ning)?|friendship)[\s\-]+"
                           r"(?:cit(?:y|ies)|regions?|provinces?|towns?)\b|\btwinning\b", re.I)


_PAIRING = re.compile(r"\b(?:and|with)\b|&")


def sister_cities(ctx: Doc, view: Sent) -> list[Ref]:
    """A sister-city or twinning agreement is between the cities ('Mayor X of A signed the Twin
    Cities Agreement with Y, the Governor of B'): the first two sub-national places the
    sentence names, where it names two; a place after another with no 'and' or 'with' between
    them locates that one ('A municipality of B district') and is no side."""
    if not _SISTER_PARTY.search(view.text):
        return []
    places: list[Ref] = []
    last_end = -1
    for span in view.spans:
        if span.ref.kind != "place" or "/country/" in span.ref.key:
            continue
        if places and not _PAIRING.search(view.text, last_end, span.start):
            continue  # 'A in east China's B Province and C': B only locates A
        if span.ref not in places:
            places.append(span.ref)
        last_end = span.end
    return places[:2] if len(places) >= 2 else []
