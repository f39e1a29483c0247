"""Earlier documents a sentence dates by a year written before their noun: 'under the 2015
agreement between A and B', 'a protocol amending their 2010 agreement', 'the 1995 Treaty of
Friendship between A and B', "A's 2018 defence pact with B". The gold counts an earlier
agreement stated with a date as an agreement of that year, though the article reports no
signing; the parties are the ones its own 'between' or 'with' names, or the two countries a
'their' refers to."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_documents import KIND_RE, is_plural, kind_of
from coopkg.extract.agreement_links import Found, another_signed
from coopkg.extract.agreement_topics import topic as document_topic
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.facts import Agreement, Ref, When
from coopkg.extract.parties import between_in, pair_refs, with_in
from coopkg.extract.parties import parties as find_parties
from coopkg.extract.sentence_gates import needs

_DATED = re.compile(r"(?:\b(?P<det>the|their|its|an?)|(?<=\w)(?P<poss>['’]s?))\s+"
                    r"(?P<year>(?:19|20)\d\d)(?![\-–/]\d)(?:\s*['’]s)?\s+"
                    r"(?P<mods>(?:[\w\-]+\s+){0,3}?)"
                    rf"(?={KIND_RE.pattern})", re.I)
_NOT_YET = re.compile(r"\b(?:negotiat\w*|propos\w*|draft\w*|planned|future|expir\w*\s+in)\s+$", re.I)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?!and\b)|\.\s|$")


def earlier_dated(ctx: Doc, view: Sent, signed_kind: re.Match[str] | None, known: list[Found]
                  ) -> list[Found]:
    """Each singular document the sentence dates by a year before its noun, where it names the
    document's two sides; not the sentence's own signed document (`signed_kind`), one after the
    year of publication (a target year: 'the 2030 agreement'), nor one already `known` (the
    same sides and year: 'signed an agreement in 2015 ... the 2015 agreement')."""
    out: list[Found] = []
    if "19" not in view.text and "20" not in view.text:  # speed only: no year, no match
        return out
    for m in _DATED.finditer(view.text):
        found = kind_of(view.text[m.end():])
        year = int(m.group("year"))
        if found is None or found[1].start() != 0 or is_plural(found[1]) or \
                year > ctx.article.published.year or _NOT_YET.search(m.group("mods")):
            continue
        kind, noun = found[0], KIND_RE.match(view.text, m.end())
        if signed_kind is not None and signed_kind.start() == noun.start():
            continue
        parties = _sides(ctx, view, m, noun)
        if len(parties) != 2:
            continue
        if any(_same(f.agreement, parties, str(year)) for f in known):
            continue
        about = document_topic(view.text, noun.end(), noun.start())
        out.append(Found(Agreement(parties, When(str(year)), kind, about, view.text,
                                   rule="agreement.earlier"), False))
    return out + _signed_then(ctx, view, known)


def _signed_then(ctx: Doc, view: Sent, known: list[Found]) -> list[Found]:
    """'the Action Plan for the implementation of a memorandum signed in March 2022': a document
    named after the one signed, with the date it was signed, is an earlier agreement of the
    article's two countries (GOLD_FORMAT: earlier agreements stated with a date)."""
    if "signed in" not in view.text and "signed on" not in view.text:
        return []
    out: list[Found] = []
    for d in view.dates:
        m = another_signed(view.text, 0, d.start)
        parties = pair_refs(ctx)
        if m is None or len(parties) != 2 or d.when.value[:7] >= ctx.article.published.strftime("%Y-%m"):
            continue
        if any(_same(f.agreement, parties, d.when.value) for f in known):
            continue
        kind = kind_of(m.group("noun"))
        out.append(Found(Agreement(parties, d.when, kind[0] if kind else "agreement", "", view.text,
                                   rule="agreement.earlier"), False))
    return out


_PUT_IN_FORCE = re.compile(rf"\b{lexicon.word_pattern('in_force_verbs')}\s+(?:their|its|the|an?)\s+"
                           r"(?:[\w\-]+\s+){0,4}?(?=" + KIND_RE.pattern + ")", re.I)
_IN_FORCE_WORDS = tuple(lexicon.words("in_force_verbs"))
_IN_YEAR = re.compile(r"[^.;]{0,40}?\bin\s+(?P<year>(?:19|20)\d\d)\b")


@needs("_PUT_IN_FORCE")
def put_in_force(ctx: Doc, view: Sent) -> list[Found]:
    """'A and B launched their free trade agreement (FTA) in 2004': a document put into force in
    a stated year is an earlier agreement of that year (not a launch event, which opens something
    new); a plan or programme launched is an undertaking begun, not a document concluded."""
    if not any(w in view.text for w in _IN_FORCE_WORDS):
        return []  # speed only: the verb's literal before the pattern
    m = _PUT_IN_FORCE.search(view.text)
    found = kind_of(view.text[m.end():]) if m else None
    if found is None or found[1].start() != 0 or is_plural(found[1]) or found[0] == "plan":
        return []
    noun = KIND_RE.match(view.text, m.end())
    year = _IN_YEAR.match(view.text, noun.end())
    if year is None or int(year.group("year")) > ctx.article.published.year:
        return []
    parties = [r for r in find_parties(ctx, view, m.start()) if r.kind in ("place", "org")]
    if len(parties) != 2:
        return []
    about = document_topic(view.text, noun.end(), noun.start()) or \
        document_topic(view.text[:noun.end()], noun.end(), noun.start())  # 'their free trade agreement'
    return [Found(Agreement(parties, When(year.group("year")), found[0], about, view.text,
                            rule="agreement.in-force"), False)]


def _sides(ctx: Doc, view: Sent, m: re.Match[str], noun: re.Match[str]) -> list[Ref]:
    """'between A and B' after the noun; 'their' for the article's two countries; a possessor
    before the determiner with 'with B' after the noun ("A's 2018 pact with B"); a title that
    holds both countries ('the 1995 A-B Treaty')."""
    end = _CLAUSE_END.search(view.text, noun.end()).start()
    found = between_in(ctx, view, noun.end(), end)
    if len(found) >= 2:
        return found[:2]
    if (m.group("det") or "").lower() == "their":
        return pair_refs(ctx)
    titled = [s.ref for s in view.spans if m.end("year") <= s.start < noun.start() and s.ref.kind == "place"]
    if len(set(titled)) == 2:
        return list(dict.fromkeys(titled))
    owners = [s.ref for s in view.spans if m.group("poss") and s.end == m.start()]
    other = with_in(ctx, view, noun.end(), end)
    if owners and len(other) == 1 and other[0] != owners[0]:
        return [owners[0], other[0]]
    return _subject_pair(ctx, view, m)


def _subject_pair(ctx: Doc, view: Sent, m: re.Match[str]) -> list[Ref]:
    """'A and B agreed to extend the 2019 fisheries agreement': the two sides the clause's
    subject names hold the document its verb acts on."""
    if (m.group("det") or "").lower() != "the":
        return []
    found = [r for r in find_parties(ctx, view, m.start()) if r.kind == "place"]
    if len(found) != 2 or _named_for_another(view, m):
        return []
    return found


_MULTILATERAL = re.compile(rf"\b{lexicon.word_pattern('multilateral_instruments')}\b")


def _named_for_another(view: Sent, m: re.Match[str]) -> bool:
    """'Vietnam and Indonesia settled the border in line with the 1982 United Nations Convention
    on ...', 'the 1961 Vienna Convention': a world body or a treaty city named in the document's
    title (lexicon multilateral_instruments) makes it an instrument of many states that the
    sides only cite, not a document of the clause's two sides."""
    return _MULTILATERAL.search(view.text, m.end("year"), m.end()) is not None


def _same(agreement: Agreement, parties: list[Ref], year: str) -> bool:
    return set(agreement.parties) == set(parties) and agreement.date is not None and \
        agreement.date.value.startswith(year)
