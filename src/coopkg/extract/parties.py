"""The parties of an agreement, as the sentence names them: the subject of the signing verb
('X and the Y signed'), its object ('... with Z'), 'between A and B', 'the two countries', people
signing for their organisation or country ('Minister X and Ambassador Y signed' → the minister's
ministry or country, the ambassador's country), 'the two universities' → the last two named.
Places that only locate an organisation ('X University in Morocco', "Egypt's X") are no party."""

from __future__ import annotations

import re

from coopkg.extract import lexicon, represented_parties, source_tags
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.facts import Ref
from coopkg.extract.officer_parties import officers
from coopkg.extract.orgattrs import government_of
from coopkg.extract.pairs import hyphen_pair, pair_refs  # noqa: F401  (re-exported: the agreement rules import it from here)
from coopkg.extract.party_clauses import apposition_start, no_counterpart_after
from coopkg.extract.party_places import located, qualified_region
from coopkg.extract.party_plurals import distributed
from coopkg.extract.party_spans import merged_end
from coopkg.extract.referred_parties import TWO_NAMED, referred, two_named
from coopkg.extract.represented_parties import (
    by_pair,
    implied_subject,
    of_body,
    on_behalf,
    ratifying_state,
    signer_party,
)

# "A (AC) and B", 'AC (the A) and B', 'the governments of A and of B'
_CONNECT = re.compile(r"^\)?(?:\s*\([\"“]?[A-Z][\w\-]{1,12}[\"”]?\))?"
                      r"(?:\s+(?:(?i:region|province|oblast|city|prefecture|state|county|district|municipality)|"
                      r"government|side|authorities|company|firm|group|corporation|consortium|holding|airline|carrier)){0,2}(?:,?\s+and\s+(?:of\s+)?(?:[Tt]he\s+)?(?:(?:city|cities|metropolis|"
                      r"province|region|state)\s+of\s+)?|,\s+(?:the\s+)?|\s+and\s+)"
                      r"(?:[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2}(?:['’]s|(?<=s)['’])\s+)?$")  # "and Belarus' X"


def _possessor(text: str, end: int) -> bool:
    """The entity ending at `end` owns what follows: "Kenya's X", and "Belarus' X" (an
    s-final name takes the apostrophe alone)."""
    return bool(re.match(r"['’]s\s", text[end:end + 3]) or
                text[end - 1:end] == "s" and re.match(r"['’]\s", text[end:end + 2]))


# a state's office after its possessive, with no name of its own: "Iraq's electricity minister"
_OFFICE_HELD = re.compile(rf"['’]s?\s+(?:[a-z][\w\-]*\s+){{0,3}}?"
                          rf"(?:{lexicon.alternation(sorted(lexicon.ROLE_NOUNS))}|government|ministry|embassy)"
                          r"\b(?!\s+(?:of|for)\b)")
_RATIFYING = re.compile(r"ratif|approv|endors", re.I)
_MODIFIER = re.compile(r"(?:under|of)\s+(?:the\s+)?$")
_PAIR = re.compile(r"\b(?:two|both)\s+(?:countries|sides|nations|governments|states|presidents|"
                   r"heads\s+of\s+state|leaders|(?:[a-z]+\s+)?ministers)\b|\bthe\s+(?:sides|heads\s+of\s+state)\b",
                   re.I)  # 'the two (energy) ministers': one of each state of the story
_POSSESSED = re.compile(r"\b(?:his|her|its|their)\s+(?:company|firm|institute|university|"
                        r"organi[sz]ation|centre|center|ministry|agency)\b", re.I)


_QUALIFIER = re.compile(rf"(?:-based)?\s+(?:[a-z][\w\-]*\s+){{0,2}}{lexicon.word_pattern('org_descriptors')}"
                        r"\s+(?:the\s+)?[\"“‘]?|-based\s+")  # 'the Kenyan firm (“)X', 'Kampala-based X'


def _government_of(ctx: Doc, ref: Ref) -> Ref | None:
    """'the Government of X', 'the X Government' signs for the state: its party is the country
    (a named cabinet or council stays an organisation).  Names found as spans are already places
    (entities.state_span); this catches one that reached the organisations another way."""
    org = ctx.orgs.get(ref.key) if ref.kind == "org" else None
    code = government_of(org.name, ctx.gaz) if org else None
    return Ref("place", ctx.country_iri(code)) if code in ctx.gaz.countries else None


def _entities(ctx: Doc, view: Sent) -> list[Span]:
    """Organisations and places that can be parties; people stand for their body or country."""
    out: list[Span] = []
    for m in source_tags.untagged(view):
        if out and (wider := located(view, out[-1], m)) is not None:
            out[-1] = wider  # 'X, in Y,': the place only locates X (party_places)
            continue
        if out and (end := merged_end(ctx, view, out[-1], m)) is not None:
            last = out.pop()  # a seat or a bracketed short form belongs to the body's name span
            out.append(Span(last.start, end, last.ref, last.name, last.rule))
            continue
        if m.ref.kind == "org" and out and out[-1].ref.kind == "place" and \
                _QUALIFIER.fullmatch(view.text[out[-1].end:m.start]):
            place = out.pop()  # 'the Kenyan firm X': the place qualifies the organisation, it signs nothing
            m = Span(place.start, m.end + (view.text[m.end:m.end + 1] in '"”’'), m.ref, m.name, m.rule)
        if m.ref.kind == "place" and out and qualified_region(view, out[-1], m):
            m = Span(out.pop().start, m.end, m.ref, m.name, m.rule)  # 'the German state of Bavaria'
        if (state := _government_of(ctx, m.ref)) is not None:
            out.append(Span(m.start, m.end, state, m.name, m.rule))
        elif m.ref.kind in ("org", "place"):
            out.append(m)
        elif m.ref.kind == "person" and (party := signer_party(ctx, m.ref.key, view, m)) is not None:
            first = out.pop() if out and out[-1].ref == party else m  # 'The mayor of X, A': X once
            out.append(Span(first.start, m.end, party, m.name, m.rule))
    return out


def chain(ctx: Doc, view: Sent, start: int, end: int) -> list[Ref]:
    """Entities in [start, end) joined by 'and' or commas, skipping ones that only qualify the
    previous ('the Department of X under the Y Ministry'; 'the X University, Kenya': a place set
    off by a comma alone right after a body locates it)."""
    refs: list[Ref] = []
    last_end, last_kind = None, None
    for m in _entities(ctx, view):
        if not (start <= m.start < end):
            continue
        held = _OFFICE_HELD.match(view.text, m.end) if m.ref.kind == "place" else None
        if held and "/country/" in m.ref.key and \
                (last_end is None or _CONNECT.match(view.text[last_end:m.start])):
            refs += [] if m.ref in refs else [m.ref]  # "Iraq's electricity minister": the state
            last_end, last_kind = held.end(), "place"
            continue
        if _possessor(view.text, m.end):
            continue
        gap = view.text[last_end:m.start] if last_end is not None else ""
        if last_kind == "org" and m.ref.kind == "place" and gap.strip() == ",":
            last_end, last_kind = m.end, None
            continue
        last_kind = m.ref.kind
        if last_end is not None and not _CONNECT.match(gap):
            if _MODIFIER.search(gap):
                last_end = m.end
                continue
            break
        if m.ref not in refs:
            refs.append(m.ref)
        last_end = m.end
    return refs


_BETWEEN_PAIR = re.compile(r"(?i)(?:the\s+)?(?:two|both)\s+(?:countries|sides|nations|governments|states)\b")


def between(ctx: Doc, view: Sent, near: int = 0) -> list[Ref]:
    """'an MoU signed between A and B', 'a partnership between A and B' — 'between' close to
    the agreement words, not a topic's 'cooperation between China and X' further on."""
    for m in re.finditer(r"\bbetween\s+(?:the\s+)?(?:(?:cities|regions|provinces)\s+of\s+)?",
                         view.text):
        if not (near <= m.start() <= near + 60):
            continue
        if _BETWEEN_PAIR.match(view.text, m.end()):
            return pair_refs(ctx)  # 'was signed between the two countries'
        if (named := TWO_NAMED.match(view.text, m.end())) is not None:
            return two_named(ctx, view, named.end())  # 'between the two universities'
        refs = chain(ctx, view, m.end(), len(view.text))
        if len(refs) >= 2 or (refs := hyphen_pair(ctx, view, m.end())):
            return refs
    return []


def _subject(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    """The entities right before the verb: 'X and the Y signed', 'X Co., Ltd. signed'; a
    possessor place ('South Korea's Hyundai') qualifies its organisation and is no party."""
    apposition = re.search(r",\s[^,]{3,120},\s*$", view.text[:verb])
    if apposition and any(s.ref.kind == "person" and s.end == apposition.start() for s in view.spans):
        verb = apposition.start()  # 'X and Y, director of Z, signed': the people sign
    verb = apposition_start(view, verb) or verb  # 'X, a subsidiary of Y, signed': X signs
    before = [m for m in _entities(ctx, view) if m.end <= verb
              and not _possessor(view.text, m.end) and not _ENVOY_TO.search(view.text, 0, m.start)]
    if not before:
        return []
    last = before[-1]
    if len(view.text[last.end:verb].split()) > 4 and not _DATE_ONLY.fullmatch(view.undated(last.end, verb)):
        return []  # 'Peru on Friday, 4 May 2018 signed': only a date stands between
    if "," in view.text[last.end:verb] and _subordinate(view.text, last.start):
        return []  # 'During his stay in Lima, Minister X signed': the place sets the scene
    refs, first = [last.ref], last
    for prev, cur in zip(reversed(before[:-1]), reversed(before[1:]), strict=False):
        if not _CONNECT.match(view.text[prev.end:cur.start]) or _subordinate(view.text, prev.start):
            break
        refs.insert(0, prev.ref)
        first = prev
    state = represented_parties.home_government(ctx, view, first)
    return [state, *refs] if state is not None and state not in refs else refs


# 'The Chilean Ambassador to Peru signed': the country an envoy serves in is the other side's
_ENVOY_TO = re.compile(rf"\b(?i:{lexicon.alternation(lexicon.words('envoy_titles'))})\s+to\s+(?:the\s+)?$")


# only a date, 'here' (the dateline's place), or the body's bracketed short form and seat stand between
_DATE_ONLY = re.compile(r"(?:\s*\([\"“]?[A-Z][\w\-]{1,12}[\"”]?\))?(?:\s+(?:in|at)\s+(?:the\s+)?"
                        r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?[\s,]*(?i:(?:on|in|of|last|this|here)\b[\s,]*)*")
_SUBORDINATOR = re.compile(r"[\s\W]*(?:since|as|while|although|though|because|when|after|before|if|unless|"
                           r"unlike|whereas|once|in|at|during|from|throughout)\b", re.I)


def _subordinate(text: str, start: int) -> bool:
    """'Since C is not a member of D, A and B signed', 'In Lima, A and B signed': a name inside
    a leading subordinate clause or place adverbial is no subject of the main verb, though a
    comma joins it to the subject."""
    clause = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start)) + 1
    return bool(_SUBORDINATOR.match(text, clause))


# words a counterpart's name may follow 'with' by: 'with its Kenyan counterpart X', 'with Peru's X'
_BEFORE_COUNTERPART = re.compile(r"(?:[\w\-'’]+\s+){0,4}?")
# prepositions that take a counterpart's name into a topic; not 'of': 'with the government of X'
_PREPOSITION = re.compile(r"\b(?:in|on|for|to|at|from|into|about|regarding)\b")


def _object(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    """'signed an MoU with X': the entity 'with' takes as its object; a name further on, past a
    preposition, belongs to the topic ('cooperation in dealing with climate change in Lima')."""
    m = re.compile(r"\bwith\s+(?:the\s+)?").search(view.text, verb)
    if not m or m.start() - verb > 80 or no_counterpart_after(view.text, verb, m):
        return []
    first = next((e for e in _entities(ctx, view) if e.start >= m.end()), None)
    if first is None or _PREPOSITION.search(view.text, m.end(), first.start) or \
            not _BEFORE_COUNTERPART.fullmatch(view.text, m.end(), first.start):
        return []
    return chain(ctx, view, m.end(), len(view.text))


def _possessed(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    found = list(_POSSESSED.finditer(view.text, 0, verb))
    if not found:
        return []
    m = found[-1]
    people = [x for x in view.spans if x.ref.kind == "person" and x.start < m.start()]
    person = ctx.people.get(people[-1].ref.key) if people else None
    if person and person.affiliation:
        return [Ref("org", person.affiliation)]
    return []


# 'signed (at the X headquarters in Y yesterday) by A and B', 'signed between Minister A and B':
# the signers after the verb; a 'between' further on names who talked, not who signed
_BY = re.compile(r"\w+\s+(?:[\w\-]+\s+){0,14}?by\s+|\w+\s+between\s+")


def _signatories(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    """'Minister A and his Qatari counterpart B signed': the people before the verb in its clause
    sign for their bodies or countries; one whose country the text does not give signs for the
    country of the article's pair that the others do not stand for."""
    clause = max(view.text.rfind(";", 0, verb), view.text.rfind(":", 0, verb))
    people = [s for s in view.spans if s.ref.kind == "person" and clause < s.start < verb]
    by = _BY.match(view.text, verb)
    if by:  # 'the memorandum was signed by A and B'
        end = min((i for i in (view.text.find(";", by.end()), view.text.find(".", by.end()))
                   if i >= 0), default=len(view.text))
        people = [s for s in view.spans if s.ref.kind == "person" and by.end() <= s.start < end]
    if len(people) < 2:
        return []
    refs = list(dict.fromkeys(_titled_by_org(view, s) or of_body(view, s) or signer_party(ctx, s.ref.key)
                              or s.ref for s in people))
    known = [r for r in refs if r.kind != "person"]
    missing = [Ref("place", ctx.country_iri(c)) for c in ctx.pair()
               if c not in {_code(ctx, r) for r in known}]
    resolved = known + missing[: len(refs) - len(known)]
    return resolved if len(resolved) >= 2 else []


def _titled_by_org(view: Sent, person: Span) -> Ref | None:
    """'ACME (AC) Senior Vice President X': the body named in the title right before a name."""
    orgs = [s for s in view.spans if s.ref.kind == "org" and s.end <= person.start]
    if orgs and re.fullmatch(r"(?:\s*\([A-Z]{2,}\))?(?:\s+[A-Z][\w\-]*){1,4}\s+",
                             view.text[orgs[-1].end:person.start]):
        return orgs[-1].ref
    return None


def _code(ctx: Doc, ref: Ref) -> str | None:
    if ref.kind == "org":
        org = ctx.orgs.get(ref.key)
        return org.country if org else None
    return ref.key.rsplit("/", 1)[-1]


_BY_OF = re.compile(r"\w+\s+(?:[\w\-]+\s+){0,3}?by\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:of|from)\s+"
                    r"(?:the\s+)?")


def _by_representatives(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    """'signed by the agriculture ministers of A and B', 'by representatives of the two
    countries': the bodies or countries the signers represent."""
    m = _BY_OF.match(view.text, verb)
    if m is None:
        return []
    if _PAIR.match(view.text, m.start() + len(m.group()) - len(m.group().lstrip())) or \
            re.match(r"(?:two|both)\s+(?:countries|sides|nations|governments|states)\b", view.text[m.end():]):
        return pair_refs(ctx)
    refs = chain(ctx, view, m.end(), len(view.text))
    return refs if len(refs) >= 2 else []


def _by_agents(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    """'signed by Trade Minister A and the X Authority': the agents after 'by', a person for
    their body or country beside a named organisation."""
    by = _BY.match(view.text, verb)
    if by is None:
        return []
    end = min((i for i in (view.text.find(";", by.end()), view.text.find(".", by.end())) if i >= 0),
              default=len(view.text))
    found = [m for m in _entities(ctx, view)
             if by.end() <= m.start < end and not _possessor(view.text, m.end)]
    refs: list[Ref] = []
    for i, m in enumerate(found):
        gap = view.text[found[i - 1].end:m.start] if i else ""
        if i and re.fullmatch(r"(?:\s+[A-Z][\w\-]*){1,4}\s+", gap) and found[i - 1].ref.kind == "place":
            refs.pop()  # 'Kenyan Trade Minister A': the demonym only titles the person
        elif i and not _CONNECT.match(gap):
            break
        if m.ref not in refs:
            refs.append(m.ref)
    several_states = len(refs) > 2 and all(r.kind == "place" for r in refs)  # 'by the A, B and C leaders'
    return refs if len(refs) == 2 or several_states else []


def _unplaced_signer(ctx: Doc, view: Sent, verb: int, obj: list[Ref]) -> list[Ref]:
    """'Minister X signed the memorandum with his Kenyan counterpart Y': a signer the text gives
    no country, facing one country of the article's pair, signs for the other one."""
    people = [s for s in view.spans if s.ref.kind == "person" and s.end <= verb]
    if not people or len(view.text[people[-1].end:verb].split()) > 2 or len(obj) != 1 or \
            obj[0] not in pair_refs(ctx) or signer_party(ctx, people[-1].ref.key) is not None:
        return []
    return [r for r in pair_refs(ctx) if r != obj[0]]


def parties(ctx: Doc, view: Sent, verb: int) -> list[Ref]:
    behalf = on_behalf(view) or represented_parties.one_behalf(view, verb)
    if behalf:
        return behalf
    signatories = _signatories(ctx, view, verb)
    if signatories and not between(ctx, view, verb):
        return signatories
    represented = _by_representatives(ctx, view, verb) or _by_agents(ctx, view, verb) or \
        represented_parties.by_officials(ctx, view, verb)
    if represented:
        return represented
    if by_pair(view, verb):
        return pair_refs(ctx)
    obj = _object(ctx, view, verb)
    state = ratifying_state(ctx, view, verb) if _RATIFYING.match(view.text, verb) else None
    subject = ([state] if state else []) or officers(view, _entities(ctx, view), verb) or \
        _subject(ctx, view, verb) or implied_subject(ctx, view, verb) or referred(ctx, view, verb) or \
        two_named(ctx, view, verb) or _possessed(ctx, view, verb) or _unplaced_signer(ctx, view, verb, obj)
    if subject and obj:
        if len(obj) >= 2 and all(r.kind == "place" for r in subject) and \
                all(r.kind == "org" for r in obj):
            return obj  # 'A and B agreed ..., with ministry X and ministry Y signing ...'
        return subject + [r for r in obj if r not in subject]
    found = between(ctx, view, verb)
    if found:
        return found
    pair = _PAIR.search(view.text[max(0, verb - 60):verb]) or _PAIR.search(view.text[:verb])
    if len(subject) >= 2 and (not pair or all(r.kind == "org" for r in subject)):
        return subject  # 'Witnessed by the two leaders, the two agencies signed': the agencies
    if pair:
        return pair_refs(ctx)
    places = [m.ref for m in _entities(ctx, view) if m.ref.kind == "place" and m.start < verb]
    countries = [r for r in dict.fromkeys(places) if "/country/" in r.key]
    return countries[:2] if len(countries) >= 2 else []


def item_parties(ctx: Doc, view: Sent) -> list[Ref]:
    found = between(ctx, view, 0) or between(ctx, view, 40)
    if found:
        return found
    orgs = [m.ref for m in _entities(ctx, view) if m.ref.kind == "org"]
    return list(dict.fromkeys(orgs)) if len(set(orgs)) >= 2 else []


def country_fallback(ctx: Doc, text: str) -> list[Ref]:
    if re.search(r"\b(?:bilateral|intergovernmental|governments?|heads\s+of\s+state|presidents|"
                 r"sides)\b", text, re.I):
        return pair_refs(ctx)
    return []


def between_in(ctx: Doc, view: Sent, start: int, end: int) -> list[Ref]:
    """'... between A and B' inside one stretch of the sentence, A right after 'between'
    ('between young farmers of X' names no party)."""
    m = re.search(r"\bbetween\s+(?:the\s+)?", view.text[start:end])
    shared = distributed(ctx, view.text[start + m.end():end]) if m else []
    if shared or not m or not any(s.start == start + m.end() for s in _entities(ctx, view)):
        return shared
    return hyphen_pair(ctx, view, start + m.end()) or chain(ctx, view, start + m.end(), end)


def with_in(ctx: Doc, view: Sent, start: int, end: int) -> list[Ref]:
    """'... with A' inside one stretch of the sentence: the counterpart of a document there."""
    m = re.search(r"\bwith\s+(?:the\s+)?", view.text[start:end])
    return chain(ctx, view, start + m.end(), end) if m else []


def sides(ctx: Doc, view: Sent, verb: int) -> tuple[list[Ref], list[Ref]]:
    """The subject of the signing verb and its 'with' object, apart: 'A signed agreements with B
    and C' is one document per counterpart."""
    return _subject(ctx, view, verb), _object(ctx, view, verb)

