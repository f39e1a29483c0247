"""Documents listed as the subject of a passive signing: 'The MoUs on A, B, C and D were signed at
...', 'Agreements in the fields of A, B and C were also inked', 'Memoranda on A and B were signed
by X and Y'.  Each listed field is one document of the plural noun's kind: the writer describes
the documents one by one, so the package told before them (a count, 'on four different areas')
is no extra entry.  Parties: 'between A and B' or 'by A and B' in the sentence, else those of the
package signed up to four sentences before, else the article's two countries."""

from __future__ import annotations

import re

from coopkg.extract.agreement_documents import KIND_RE, SIGN_RE, is_plural, kind_of, kinds_in
from coopkg.extract.agreement_links import Found, date_near
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref, When
from coopkg.extract.parties import between, chain, country_fallback, pair_refs
from coopkg.extract.parties import parties as find_parties
from coopkg.extract.sentence_gates import needs

_FIELDS = (r"(?:on|regarding|concerning|covering|in\s+(?:the\s+)?(?:fields?|areas?|spheres?|sectors?)\s+of|"
           r"in(?=\s+[a-z]))")
_LIST = re.compile(rf"^(?:(?:The|These|All)\s+)?(?:\w+\s+){{0,2}}?(?P<noun>\S+(?:\s+of\s+understanding)?)"
                   rf"(?:\s+\([^)]{{1,20}}\))?\s+{_FIELDS}\s+(?P<list>[^;:]+?)\s+(?:were|ha(?:ve|d)\s+(?:also\s+)?been)"
                   r"\s+(?:also\s+|then\s+|duly\s+)?(?P<verb>\w+)\b", re.I)
_AND = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+")
_BY = re.compile(r"\b(?:by|between)\s+(?:the\s+)?", re.I)
_NOT_A_FIELD = re.compile(r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|various|"
                          r"different|a\s+number|many)\b", re.I)
_LOOK_BACK = 4


@needs("_LIST")
def subject_list(ctx: Doc, view: Sent, previous: Sent | None) -> list[Found]:
    """One agreement per field of a plural document noun listed as a passive's subject."""
    m = _LIST.match(view.text)
    if m is None or not SIGN_RE.fullmatch(m.group("verb")):
        return []
    noun = KIND_RE.fullmatch(m.group("noun"))
    if noun is None or not is_plural(noun) or KIND_RE.search(m.group("list")):
        return []
    fields = _paired([f.strip(" .") for f in _AND.split(m.group("list")) if f.strip(" .")])
    if len(fields) < 2 or any(_NOT_A_FIELD.match(f) or len(f.split()) > 10 for f in fields):
        return []
    package = _package(ctx, view, previous)
    parties = _own_parties(ctx, view, m.end("verb")) or _package_parties(ctx, package) or pair_refs(ctx)
    if len(parties) < 2:
        return []
    when = _when(ctx, view, m.end("verb"), previous, package)
    kind = kind_of(noun.group())
    return [Found(Agreement(_field_pair(ctx, view, m.start("list"), field) or parties, when,
                            kind[0] if kind else "agreement", _PREP.sub("", field), view.text,
                            rule="agreement.subject-list"), False, listed=True) for field in fields]


_PAIR_OPEN = re.compile(r"\bbetween\s|^the\s+(?:cities|towns|regions|provinces)\s+of\s", re.I)
_PREP = re.compile(r"^(?:on|for|regarding|concerning)\s+", re.I)


def _paired(pieces: list[str]) -> list[str]:
    """'cooperation between the cities of P and Q', 'the cities of R and S': the 'and' inside a
    pair joins its two sides, not two fields."""
    out: list[str] = []
    joining = False
    for piece in pieces:
        if joining:
            out[-1] = f"{out[-1]} and {piece}"
            joining = False
            continue
        out.append(piece)
        joining = bool(_PAIR_OPEN.search(piece)) and " and " not in piece
    return out


def _field_pair(ctx: Doc, view: Sent, since: int, field: str) -> list[Ref]:
    """The two places or bodies a paired field names ('between the X region and the state of Y',
    'the cities of P and Q'): that document's own parties."""
    if not _PAIR_OPEN.search(field):
        return []
    start = view.text.find(field, since)
    named = list(dict.fromkeys(s.ref for s in view.spans if start <= s.start < start + len(field)
                               and s.ref.kind in ("place", "org")))
    return named if start >= 0 and len(named) == 2 else []


def _own_parties(ctx: Doc, view: Sent, after: int) -> list[Ref]:
    """'... were signed by A and B', '... between A and B'."""
    m = _BY.search(view.text, after)
    found = chain(ctx, view, m.end(), len(view.text)) if m else []
    found = found if len(found) >= 2 else between(ctx, view, after)
    return found[:2] if len(found) >= 2 else []


def _package(ctx: Doc, view: Sent, previous: Sent | None) -> Sent | None:
    """The nearest sentence of the few before that reports a signing."""
    if previous is None:
        return None
    at = next((i for i, s in enumerate(ctx.sents) if s is view), 0)
    for sent in reversed(ctx.sents[max(0, at - _LOOK_BACK):at]):
        if SIGN_RE.search(sent.text) and kinds_in(sent.text):
            return sent
    return None


def _package_parties(ctx: Doc, package: Sent | None) -> list[Ref]:
    if package is None:
        return []
    sign = SIGN_RE.search(package.text)
    found = find_parties(ctx, package, sign.start()) if sign else []
    if len(found) < 2:
        found = found + [r for r in country_fallback(ctx, package.text) if r not in found]
    return found if len(found) >= 2 else []


def _when(ctx: Doc, view: Sent, verb: int, previous: Sent | None, package: Sent | None) -> When | None:
    """The sentence's own date, else the package's signing date, else as any signing is dated."""
    if view.dates or package is None:
        return date_near(ctx, view, verb, previous)
    sign = SIGN_RE.search(package.text)
    return date_near(ctx, package, sign.start() if sign else 0, None)


_COUNTED_FIELDS = re.compile(r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|various|many|"
                             r"a\s+number\s+of|a\s+range\s+of)\s+(?:different\s+|other\s+|key\s+|major\s+)?"
                             r"(?:areas|fields|sectors|spheres|domains)\b", re.I)


def without_counted_fields(agreements: list[Agreement]) -> list[Agreement]:
    """'MoUs on four different areas were signed': documents counted by their fields are a
    package, not one document about 'four different areas' (its members, when the text lists
    them, are entries of their own)."""
    return [a for a in agreements if not _COUNTED_FIELDS.match(a.topic or "")]
