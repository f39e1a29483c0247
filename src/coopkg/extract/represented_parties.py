"""Parties named by what the signers represent rather than as the verb's subject: 'A signed on
behalf of Kenya, B on behalf of Uganda', 'the deal was signed by the two countries', and a state
acting through its legislature or cabinet ("Kenya's parliament ratified the treaty with Uganda",
'the Kenyan cabinet approved the agreement'): a body that ratifies or approves signs nothing
itself, the state it belongs to is the party."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Ref
from coopkg.extract.signer_bodies import titled_body

_ON_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|representing)\s+(?:the\s+)?", re.I)


def on_behalf(view: Sent) -> list[Ref]:
    """The bodies or countries named right after each 'on behalf of' or 'representing' of the
    sentence, where there are two ('on behalf of the Ugandan government ... on behalf of
    Kenya'), or one such phrase names two ('on behalf of Kenya and Uganda')."""
    refs: list[Ref] = []
    for m in _ON_BEHALF.finditer(view.text):
        named = [s for s in view.spans if s.start == m.end() and s.ref.kind in ("org", "place")]
        if named:
            refs.append(named[0].ref)
            if len(_ON_BEHALF.findall(view.text)) == 1:
                refs += _coordinated(view, named[0])
    refs = list(dict.fromkeys(refs))
    return refs if len(refs) == 2 else []


_WITH_AFTER = re.compile(r"\bwith\s+(?:the\s+)?")
_TITLE_OF = re.compile(r",\s+(?:[\w\-]+\s+){1,6}?of\s+(?:the\s+)?$")


def one_behalf(view: Sent, verb: int) -> list[Ref]:
    """'A signed the memorandum on behalf of X with (B, head of) Y': one side named only by what
    its signer represents, the other by the 'with' after it; only where the one 'on behalf of'
    of the sentence comes before that 'with', so it is not the counterpart's."""
    found = list(_ON_BEHALF.finditer(view.text))
    with_ = _WITH_AFTER.search(view.text, verb)
    if len(found) != 1 or with_ is None or found[0].start() > with_.start():
        return []
    side = [s.ref for s in view.spans if s.start == found[0].end() and s.ref.kind in ("org", "place")]
    after = sorted((s for s in view.spans if s.start >= with_.end()), key=lambda s: s.start)
    other = after[0] if after and after[0].start == with_.end() else None
    if other is not None and other.ref.kind == "person":  # 'with B, Director General of Y'
        other = next((s for s in after[1:2] if s.ref.kind == "org" and
                      _TITLE_OF.search(view.text, other.end, s.start)), None)
    if not side or other is None or other.ref.kind not in ("org", "place") or other.ref == side[0]:
        return []
    return [side[0], other.ref]


_COORDINATED_RE = re.compile(r"\s+and\s+(?:the\s+)?")


def _coordinated(view: Sent, first: Span) -> list[Ref]:
    nxt = [s for s in view.spans if s.start > first.end and s.ref.kind in ("org", "place")]
    if nxt and _COORDINATED_RE.fullmatch(view.text[first.end:nxt[0].start]):
        return [nxt[0].ref]
    return []


_BY_PAIR = re.compile(r"\w+\s+(?:[\w\-]+\s+){0,3}?by\s+(?:the\s+)?(?:two|both)\s+"
                      r"(?:countries|sides|nations|governments|states|parties|presidents|leaders|"
                      r"heads\s+of\s+state|(?:[a-z]+\s+)?ministers)\b", re.I)  # one of each state


def by_pair(view: Sent, verb: int) -> bool:
    """'The deal was signed by the two countries' ('by the two energy ministers'): the article's
    pair is the agent."""
    return bool(_BY_PAIR.match(view.text, verb))


_BODY = lexicon.word_pattern("ratifying_bodies")
_OWNED_BODY = re.compile(rf"^['’]s?\s+(?:[\w\-]+\s+)?{_BODY}\s+(?:[\w\-]+\s+){{0,3}}?$", re.I)
_NAMED_BODY = re.compile(rf"\b{_BODY}$", re.I)


def ratifying_state(ctx: Doc, view: Sent, verb: int) -> Ref | None:
    """"Kenya's parliament on Tuesday ratified", 'the Kenyan cabinet approved': the country of
    the legislature or cabinet right before the verb."""
    before = [s for s in view.spans if s.end <= verb and s.ref.kind in ("org", "place")]
    if not before:
        return None
    last = before[-1]
    gap = view.text[last.end:verb]
    if last.ref.kind == "place" and "/country/" in last.ref.key and _OWNED_BODY.match(gap):
        return last.ref
    org = ctx.orgs.get(last.ref.key) if last.ref.kind == "org" else None
    if org is None or len(gap.split()) > 3 or not _NAMED_BODY.search(org.name) or not org.country or \
            org.country not in ctx.gaz.countries:
        return None
    return Ref("place", ctx.country_iri(org.country))


_FRONTED = re.compile(r"^\s*(?:Under|Through|Via|With|As\s+part\s+of|In\s+line\s+with|Pursuant\s+to|"
                      r"In\s+accordance\s+with)\s+[^,;]*$", re.I)


_FRONTED_SUBJECT_RE = re.compile(r",\s+(?:the\s+)?")


def fronted_subject(view: Sent, verb: int) -> list[Ref]:
    """'Under a deal struck with B in March, A will supply power': the document's participle
    sits in a fronted adverbial, so its other side is the main clause's subject after the
    comma."""
    if not _FRONTED.match(view.text[:verb]):
        return []
    comma = view.text.find(",", verb)
    if comma < 0:
        return []
    after = _FRONTED_SUBJECT_RE.match(view.text[comma:])
    first = [s for s in view.spans if s.start == comma + after.end() and s.ref.kind in ("org", "place")]
    return [first[0].ref] if first and not _possessive(view.text, first[0].end) else []


_POSSESSIVE_RE = re.compile(r"['’]s?\s")


def _possessive(text: str, end: int) -> bool:
    return bool(_POSSESSIVE_RE.match(text[end:end + 3]))


_WE = re.compile(r"[\"“][^\"”]*?\b[Ww]e\s+(?:have\s+|had\s+|just\s+|also\s+|today\s+|now\s+){0,3}$")


_IMPLIED_SUBJECT_RE = re.compile(r"[\"”]")


def implied_subject(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    """A subject the sentence gives only by reference: the main clause's after a fronted
    adverbial, the opening subject of a signing told as a noun, or the quoted speaker's country
    for a quoted 'we' ('"We have signed an agreement with B," the Kenyan president said')."""
    fronted = fronted_subject(view, verb) or leading_pair(view, verb) or reporting_body(view, verb)
    if fronted or not _WE.search(view.text, 0, verb):
        return fronted
    close = _IMPLIED_SUBJECT_RE.search(view.text[verb:])
    speakers = [ctx.people.get(s.ref.key) for s in view.spans
                if s.ref.kind == "person" and close and s.start > verb + close.end()]
    countries = [p.country for p in speakers if p and p.country in ctx.gaz.countries]
    return [Ref("place", ctx.country_iri(countries[0]))] if countries else []


# 'X announced on Friday that it has signed', 'X said it had signed': the body reports its own signing
_IT_SIGNED = re.compile(r"\b(?:said|says|announced|announces|stated|reported|confirmed|revealed)\b"
                        r"[^.;\"“”]{0,40}?\s(?:that\s+)?it\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|just\s+)?$")


# 'A and B announced on Monday that they had signed', 'A and B today said they were entering into'
_THEY_SIGNED = re.compile(r"\b(?:said|say|announced|announce|stated|confirmed|revealed)\b"
                         r"[^.;\"“”]{0,40}?\s(?:that\s+)?they\s+(?:have\s+|had\s+|were\s+|are\s+)?"
                         r"(?:also\s+|just\s+|jointly\s+)?$")


def reporting_body(view: Sent, verb: int) -> list[Ref]:
    """The organisation that says 'it' signed: the body named as the subject of the speech verb;
    the bodies that say 'they' signed: the two or more named as its subject."""
    m = _IT_SIGNED.search(view.text, max(0, verb - 80), verb)
    bodies = [s for s in view.spans if m and s.ref.kind == "org" and s.end <= m.start()
              and len(view.text[s.end:m.start()].split()) <= 8]
    if bodies:
        return [bodies[-1].ref]
    m = _THEY_SIGNED.search(view.text, max(0, verb - 80), verb)
    named = list(dict.fromkeys(s.ref for s in view.spans if m and s.ref.kind in ("org", "place")
                               and s.end <= m.start() and len(view.text[s.end:m.start()].split()) <= 12))
    return named if len(named) >= 2 else []


_OF_BODY_RE = re.compile(r",?\s+of\s+(?:the\s+)?")


def of_body(view: Sent, person: Span) -> Ref | None:
    """'Rector A of X University and Rector B of Y University signed': the body named in the
    'of' phrase right after a signer's name; else the city or province a mayor or governor
    heads ('the mayor of X, A')."""
    after = _OF_BODY_RE.match(view.text[person.end:])
    body = [s for s in view.spans if after and s.start == person.end + after.end() and s.ref.kind == "org"]
    return body[0].ref if body else local_head(view, person)


_HEAD = lexicon.word_pattern("local_heads")
_HEAD_OF_BEFORE = re.compile(rf"\b{_HEAD}\s+of\s+(?:the\s+)?$", re.I)
_HEAD_OF_AFTER = re.compile(rf",?\s+(?:the\s+)?(?:{_HEAD}\s+)?of\s+(?:the\s+)?", re.I)
# Speed only: the inline patterns compiled once (same pattern text and flags)
_HEAD_BETWEEN = re.compile(rf"\s+{_HEAD}\s+", re.I)
_HEAD_IN = re.compile(_HEAD, re.I)


_LOCAL_HEAD_RE = re.compile(r",?\s*")


def local_head(view: Sent, person: Span) -> Ref | None:
    """'the mayor of X, A', 'A, mayor of X', 'Governor A of X', 'X Mayor A': a city's or
    province's head signs for the place, which the gold takes as the party."""
    regions = [s for s in view.spans if s.ref.kind == "place" and "/country/" not in s.ref.key]
    text = view.text
    for s in regions:
        if s.end <= person.start and _LOCAL_HEAD_RE.fullmatch(text[s.end:person.start]) and \
                _HEAD_OF_BEFORE.search(text, 0, s.start):
            return s.ref  # 'the mayor of X, A'
        if s.end <= person.start and _HEAD_BETWEEN.fullmatch(text[s.end:person.start]):
            return s.ref  # 'X Mayor A'
        after = _HEAD_OF_AFTER.match(text, person.end)
        if after and s.start == after.end() and (_HEAD_IN.search(after.group()) or
                                                 re.search(rf"\b{_HEAD}\s+$", text[:person.start], re.I)):
            return s.ref  # 'A, mayor of X', 'Governor A of X'
    return None


_LEAD = re.compile(r"\s*(?:the\s+)?", re.I)
_AND = re.compile(r",?\s+and\s+(?:the\s+)?|,\s+(?:the\s+)?")


_LEADING_PAIR_RE = re.compile(r"\b(?:the|by)\s+$")


def leading_pair(view: Sent, verb: int) -> list[Ref]:
    """'A and B have joined hands ..., marked by the signing of an MoU': a signing told as a
    noun, or as a gerund after 'by' ('A and B have deepened ties, including by signing a deal'),
    has the sentence's opening subject, two bodies or states, as its parties."""
    if not _LEADING_PAIR_RE.search(view.text[:verb]):
        return []
    spans = [s for s in view.spans if s.ref.kind in ("org", "place") and s.end <= verb]
    if not spans or not _LEAD.fullmatch(view.text[:spans[0].start]):
        return []
    refs = [spans[0].ref]
    for prev, cur in zip(spans, spans[1:], strict=False):
        if not _AND.fullmatch(view.text[prev.end:cur.start]):
            break
        refs.append(cur.ref)
    refs = list(dict.fromkeys(refs))
    return refs if len(refs) == 2 else []


# 'signed by the Kenyan trade minister and his Thai counterpart (on Wednesday)': the agent phrase
# runs from 'by' to the first clause mark or adverbial of time or place
_BY_AGENT = re.compile(r"\w+\s+(?:[\w\-]+\s+){0,3}?by\s+")
_AGENT_END = re.compile(r"[;.,]|\s(?:on|in|at|during|last|this|after|before|to|for|under|which)\s")
# between the two officials: their titles and 'and' with a possessive or article ('and his Thai
# counterpart', 'and the Thai deputy foreign minister'), names of people allowed
_OFFICIALS_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w\-]+){0,6}?\s+and\s+(?:(?:his|her|their|its|the)\s+)?")


def by_officials(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    """'The deal was signed by the Kenyan trade minister and his Thai counterpart': two officials
    named only by title each sign for the state their demonym or possessive gives (GOLD_FORMAT:
    where no organisation is named on a side, that side is the country).  Only two countries,
    and only when a title stands between them: 'by Kenya and Thailand' is the plain agent list."""
    by = _BY_AGENT.match(view.text, verb)
    if by is None:
        return []
    stop = _AGENT_END.search(view.text, by.end())
    end = stop.start() if stop else len(view.text)
    found = [s for s in view.spans if by.end() <= s.start < end and s.ref.kind in ("place", "person")]
    refs = [_country_ref(ctx, s) for s in found]
    if len(found) < 2 or None in refs or len(set(refs)) != 2 or \
            any(s.ref.kind == "org" and by.end() <= s.start < end for s in view.spans):
        return []
    turn = next(i for i, r in enumerate(refs) if r != refs[0])  # the other side's first span
    if refs[0] in refs[turn:] or \
            not _OFFICIALS_GAP.fullmatch(view.text, found[turn - 1].end, found[turn].start):
        return []
    return [refs[0], refs[turn]]


def _country_ref(ctx: Doc, span: Span) -> Ref | None:
    """A demonym's or a person's country, as a party."""
    if span.ref.kind == "place":
        return span.ref if "/country/" in span.ref.key else None
    person = ctx.people.get(span.ref.key)
    code = person.country if person else None
    return Ref("place", ctx.country_iri(code)) if code in ctx.gaz.countries else None


def signer_party(ctx: Doc, key: str, view: Sent | None = None, span: Span | None = None) -> Ref | None:
    """A person signs for the city or province they head ('X Mayor A'), else for the
    organisation named in their title, else for their country."""
    person = ctx.people.get(key)
    if person is None or view is not None and span is not None and (place := local_head(view, span)):
        return None if person is None else place
    if person.affiliation and person.affiliation in ctx.orgs:
        return Ref("org", person.affiliation)
    if body := titled_body(ctx, person):
        return Ref("org", body)
    if person.country and person.country in ctx.gaz.countries:
        return Ref("place", ctx.country_iri(person.country))
    return None


# 'The government and the Asian Development Bank signed': the government of the story's own country
_THE_GOVERNMENT = re.compile(r"\b(?i:the)\s+(?:[Gg]overnment|[Ss]tate)\s+(?:and|&)\s+(?:the\s+)?$")


def home_government(ctx: Doc, view: Sent, first: Span) -> Ref | None:
    """The state that 'the government' coordinated before `first` stands for: the dateline's
    country, else the only country the article names; none where that is unclear."""
    if not _THE_GOVERNMENT.search(view.text, max(0, first.start - 40), first.start):
        return None
    code = ctx.dateline or (ctx.countries[0] if len(ctx.countries) == 1 else None)
    return Ref("place", ctx.country_iri(code)) if code in ctx.gaz.countries else None
