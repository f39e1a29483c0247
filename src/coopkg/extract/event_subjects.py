"""Who does what an event verb says: the person named before the verb in its clause, a known
person's surname, a title held by one person of the article ('Iranian Energy Minister held'),
a pronoun or a definite description ('he', 'the Vietnamese leader') — the last person named as
a subject, not as an object — and, in a list of a visit's activities ('X held talks with A,
attended a banquet, and met with B'), the subject of the list's first verb."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent, Span
from coopkg.extract.event_clauses import event_words
from coopkg.extract.facts import Person, Ref
from coopkg.extract.lexicon import alternation

TITLES = lexicon.words("titles", "title")
# 'he also', 'she is scheduled to', 'the minister will also': what may stand between a subject and its verb
_AUX_CHAIN = (r"(?:(?:also|later|then|will|would)\s+)*(?:(?:is|are|was|were)\s+(?:also\s+)?"
              r"(?:scheduled|expected|due|set)\s+(?:to\s+)?)?")
_ROLE_BEFORE = re.compile(rf"((?:[A-Z][\w\-]*\s+){{1,4}})(?:(?:also|has|have|had)\s+)*{_AUX_CHAIN}$")
_PRONOUN_BEFORE = re.compile(rf"\b(?:he|she)\s+{_AUX_CHAIN}$", re.I)
_NAME_BEFORE = re.compile(r"\b(?!(?:He|She|It|They|We|I|The|This|That)\b)([A-Z][\w\-’']+)\s+"
                          r"(?:also\s+|has\s+|have\s+|will\s+|later\s+)*$")
_DEFINITE = re.compile(rf"\b(?i:the)\s+(?:(?P<demonym>[A-Z][\w\-]+)\s+)?"
                       rf"(?P<title>(?i:{alternation(event_words('referring-title'))}))\s+{_AUX_CHAIN}$")
# referring titles that are offices, held by one person an article names with that role
_HOLDER_TITLES = event_words("referring-title") - {"leader", "guest", "visitor", "envoy"}
_CHAIN_VERB = re.compile(rf"\b(?:{alternation(event_words('chain-verb'))})\b")
_LINK = re.compile(r"\s*(?:and\s+)?(?:also\s+|then\s+|later\s+|finally\s+)?")
_BOUNDARY = re.compile(r"[,;:()\u2013\u2014]|--|\s-\s")
_SUBJECT_GAP = frozenset({"the", "a", "an", "and", "his", "her", "its", "their", "of"})


_CHAIN_HEAD_RE = re.compile(r"[,;]")
_SUBORDINATOR = re.compile(r"\b(?:when|while|after|before|as|because|since|where|whereas|once|until)\s+"
                           r"(?:the|a|an|his|her|their|its|[A-Z])")


def chain_head(text: str, pos: int) -> int:
    """The first verb of the list of coordinated verb phrases that the verb at `pos` continues
    (', had meetings with B, and met with C' → the 'held' of 'X held talks with A'); `pos`
    itself when its clause has a subject of its own."""
    pos = _and_head(text, pos)
    cuts = [-1, *(m.start() for m in _CHAIN_HEAD_RE.finditer(text[:pos]))]
    if not _LINK.fullmatch(text[cuts[-1] + 1:pos]):
        return pos
    head = pos
    for end, start in zip(cuts[:0:-1], cuts[-2::-1], strict=False):
        verb = _CHAIN_VERB.search(text, start + 1, end)
        if verb is None:
            continue  # a comma inside an object list ('leaders of A, B and C')
        if _SUBORDINATOR.search(text, verb.end(), end):
            return pos  # 'took place when the President of X, Y, visited Z': Y's own clause
        if not _LINK.fullmatch(text[start + 1:verb.start()]):
            return verb.start()
        head = verb.start()
    return head


def _and_head(text: str, pos: int) -> int:
    """'met with X and visited Y': 'visited' continues the verb before 'and' in its clause."""
    if not _AND_BEFORE.search(text, 0, pos):
        return pos
    clause = max(text.rfind(",", 0, pos), text.rfind(";", 0, pos)) + 1
    verbs = [m.start() for m in _CHAIN_VERB.finditer(text, clause, pos) if m.end() < pos - 4]
    return verbs[-1] if verbs else pos


_AND_BEFORE = re.compile(r"\s+and\s+(?:also\s+|then\s+|later\s+)?$")
_WHO = re.compile(r"\s*who\s+(?:also\s+|later\s+|then\s+)?")


def _relative_subject(view: Sent, clause_start: int, pos: int) -> Span | None:
    """'X, who arrived on Monday': the person the relative clause hangs on."""
    if clause_start == 0 or not _WHO.fullmatch(view.text[clause_start:pos]):
        return None
    return next((s for s in view.spans if s.ref.kind == "person"
                 and not view.text[s.end:clause_start - 1].strip()), None)


def subject(ctx: Doc, view: Sent, pos: int) -> tuple[str, list[Ref]]:
    """Who did what the verb at `pos` says: see the module docstring."""
    pos = chain_head(view.text, pos)
    before = view.text[:pos]
    clause_start = max(before.rfind(","), before.rfind(";"), -1) + 1
    name = _NAME_BEFORE.search(before)
    known = [p for p in ctx.people if name and p.split()[-1] == name.group(1)]
    if len(known) == 1:  # a surname right before the verb: 'when X visited'
        return known[0], [Ref("person", known[0])]
    people = [s for s in view.spans if s.ref.kind == "person" and clause_start <= s.start < pos]
    if people:
        return people[-1].name, [people[-1].ref]
    relative = _relative_subject(view, clause_start, pos)
    if relative is not None:
        return relative.name, [relative.ref]
    apposed = _apposed_subject(view, clause_start, pos) or _parenthesis_subject(view, clause_start, pos)
    if apposed is not None:
        return apposed.name, [apposed.ref]
    by_role = _role_subject(ctx, before)
    if by_role is not None:
        return by_role.name, [Ref("person", by_role.name)]
    definite = _DEFINITE.search(before)
    if name and not definite:
        return name.group(1), []
    titled = _one_holder(ctx, definite)
    if titled is not None:  # 'the Prime Minister is scheduled to meet': the article's one Prime Minister
        return titled.name, [Ref("person", titled.name)]
    if definite or _PRONOUN_BEFORE.search(before):
        demonym = definite.group("demonym") if definite else None
        found = last_subject(ctx, view, pos, ctx.gaz.country_of_demonym(demonym) if demonym else None)
        if found is not None:
            return found.name, [found.ref]
    return "", []


_FINITE = re.compile(rf"\b(?:{alternation(event_words('chain-verb'))}|said|says|is|are|was|were|"
                     r"has|have|will)\b")


_TIME_ONLY = re.compile(r"(?:(?:yesterday|today|earlier|also|on\s+[A-Z][a-z]+day)\b\s*)?")


def _apposed_subject(view: Sent, clause_start: int, pos: int) -> Span | None:
    """'The rector of X, Professor Y, visited Z' and 'Y, rector of X, visited Z': a verb right
    after a comma whose sentence so far is one noun phrase with appositions (no verb before it)
    has the person named in that phrase as its subject; a time adverb may stand between the comma
    and the verb ('Y, rector of X, yesterday received Z')."""
    if clause_start == 0 or not _TIME_ONLY.fullmatch(view.text[clause_start:pos].strip()) or \
            _FINITE.search(view.text, 0, clause_start):
        return None
    people = [s for s in view.spans if s.ref.kind == "person" and s.end <= clause_start]
    return people[-1] if people else None


_PARENTHESIS = re.compile(r",\s+(?:who|which|currently|now|still|on|during|in)\b[^,;]*,\s*$")


def _parenthesis_subject(view: Sent, clause_start: int, pos: int) -> Span | None:
    """'X, who is on a state visit to Y, met Z' and 'X, currently in Y, held talks': the verb
    after a relative or circumstantial parenthesis has the person before it as its subject."""
    if view.text[clause_start:pos].strip():
        return None
    opening = view.text.rfind(",", 0, clause_start - 1)
    person = next((s for s in view.spans if s.ref.kind == "person" and s.end == opening), None)
    if person is None or not _PARENTHESIS.match(view.text, opening, pos) \
            or not subject_position(view, person):
        return None
    return person


def role_holder(ctx: Doc, title: str) -> Person | None:
    """'the Chinese Foreign Minister': the one person of the article holding that title; of
    several holders of the head title ('Minister'), the one whose role has the title's other
    words too ('Minister of Foreign Affairs', not 'Prime Minister')."""
    found = _role_subject(ctx, title.strip() + " ")
    if found is not None:
        return found
    words = title.split()
    if not words or words[-1].lower() not in TITLES:
        return None
    country = next((c for c in map(ctx.gaz.country_of_demonym, words) if c), None)
    rest = [w.lower() for w in words[:-1] if ctx.gaz.country_of_demonym(w) is None]
    found_all = [p for p in ctx.people.values() if p.role and (country is None or p.country == country)
                 and all(w in p.role.lower() for w in [*rest, words[-1].lower()])]
    return found_all[0] if rest and len(found_all) == 1 else None


_ONE_HOLDER_RE = re.compile(r"\s+")


def _one_holder(ctx: Doc, definite: re.Match[str] | None) -> Person | None:
    """The one person of the article whose role is the title of 'the Prime Minister' (a demonym
    before it narrowing the country), when exactly one holds it."""
    if definite is None:
        return None
    title = _ONE_HOLDER_RE.sub(" ", definite.group("title")).lower()
    if title not in _HOLDER_TITLES:
        return None
    demonym = definite.group("demonym")
    country = ctx.gaz.country_of_demonym(demonym) if demonym else None
    found = [p for p in ctx.people.values() if p.role and p.role.lower().endswith(title)
             and (country is None or p.country == country)]
    return found[0] if len(found) == 1 else None


def _role_subject(ctx: Doc, before: str) -> Person | None:
    """'Iranian Energy Minister held ...': the one person of the article with that title (and
    that country, where a demonym says it)."""
    m = _ROLE_BEFORE.search(before)
    words = m.group(1).split() if m else []
    if not words or words[-1].lower() not in TITLES:
        return None
    country = next((c for c in map(ctx.gaz.country_of_demonym, words) if c), None)
    found = [p for p in ctx.people.values() if p.role and words[-1].lower() in p.role.lower()
             and (country is None or p.country == country
                  or (p.country is None and ctx.gaz.countries[country].label in p.role))]
    whole = [p for p in found if all(w.lower() in p.role.lower() for w in words if w[:1].isupper()
                                     and not ctx.gaz.country_of_demonym(w))]
    found = whole if len(found) > 1 and len(whole) == 1 else found  # 'Trade Minister' among ministers
    return found[0] if len(found) == 1 else None


def _earlier_people(ctx: Doc, view: Sent, pos: int) -> list[tuple[Sent, Span]]:
    """The people named before `pos`, nearest last: this sentence's, then the article's."""
    found: list[tuple[Sent, Span]] = []
    for sent in ctx.sents:
        if sent.sentence is view.sentence:
            break
        found += [(sent, s) for s in sent.spans if s.ref.kind == "person"]
    return found + [(view, s) for s in view.spans if s.ref.kind == "person" and s.start < pos]


def last_subject(ctx: Doc, view: Sent, pos: int, country: str | None = None) -> Span | None:
    """What 'he' or 'the Vietnamese leader' refers to: the last person named as the subject of
    a clause (of that country, when a demonym says it); else the last person named."""
    earlier = _earlier_people(ctx, view, pos)
    if country is not None:
        earlier = [(s, p) for s, p in earlier
                   if (ctx.people.get(p.ref.key) or Person(p.ref.key)).country in (country, None)]
    subjects = [p for s, p in earlier if subject_position(s, p)]
    if subjects:
        return subjects[-1]
    return earlier[-1][1] if earlier else None


_SUBJECT_POSITION_RE = re.compile(r"[\w\-’']+")


def subject_position(sent: Sent, span: Span) -> bool:
    """A name that opens its clause, after nothing but titles and determiners ('Hanoi (VNA) –
    President X and ...'), not one after a verb or preposition ('talks with his counterpart X')."""
    text = sent.text[:span.start]
    bounds = [m.end() for m in _BOUNDARY.finditer(text)]
    gap = text[bounds[-1] if bounds else 0:]
    if len(bounds) > 1 and not any(w[:1].islower() for w in gap.split()) and \
            _OFFICE_AT_END.search(text, 0, bounds[-1]):
        gap = text[bounds[-2]:bounds[-1]]  # '... talks with the Emir of X, Sheikh Y': apposed to an object
    lower = [w for w in _SUBJECT_POSITION_RE.findall(gap) if w[:1].islower()]
    return all(w in _SUBJECT_GAP or w in TITLES for w in lower)


# an office named right before a comma ('the Emir of Qatar,', 'his Kenyan counterpart,'): the
# name after the comma is in apposition to it and stands where it stands
_OFFICE_AT_END = re.compile(rf"\b(?i:{alternation(sorted(TITLES | {'counterpart'}))})"
                            rf"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s*){{1,3}})?\s*,$")
