"""Country-only summaries of a detailed agreement: a lead's 'A Chinese company signed an MoA with a
Lao department' restates the organisation-level agreement told after it."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.agreement_documents import KIND_RE
from coopkg.extract.doc import Doc
from coopkg.extract.facts import Agreement, When

_WITHOUT_SUMMARIES_RE = re.compile(r"\b\d+\s+(?:\w+\s+){0,2}(?:documents|agreements)\b")


def without_summaries(ctx: Doc, agreements: list[Agreement]) -> list[Agreement]:
    """A lead's 'A Chinese company signed an MoA with a Lao department' restates the detailed
    organisation-level agreement that follows: drop country-only duplicates of the same kind
    written before it."""
    kept = []
    for i, agreement in enumerate(agreements):
        org_level = [a for a in agreements[i + 1:]
                     if any(p.kind == "org" for p in a.parties) and not _sequel(a)]
        if agreement.rule in ("agreement.several", "agreement.listed", "agreement.contents",
                              "agreement.pronoun-member") or \
                agreement.rule == "agreement.passive" and agreement.topic:
            kept.append(agreement)
            continue
        counted = _WITHOUT_SUMMARIES_RE.search(agreement.evidence)
        if not counted and all(p.kind == "place" for p in agreement.parties) and any(
                other.evidence != agreement.evidence and
                other.kind == agreement.kind and _same_time(agreement.date, other.date) and
                not _other_subject(agreement, other) and
                _countries_of(ctx, other) >= {p.key for p in agreement.parties}
                for other in org_level):
            continue
        kept.append(agreement)
    return kept


_GENERIC = lexicon.words("topic_generic_words")
_SEQUEL = lexicon.word_pattern("sequel_words")
# 'Another MoU was signed between X and Y', 'On Monday a further agreement ...': a sentence whose
# document noun is opened by a word of sequence, within its first few words
_SEQUEL_OPENING = re.compile(rf"^(?:[\w,’']+\s+){{0,4}}?(?:another|an?\s+{_SEQUEL}|the\s+{_SEQUEL})\s+"
                             rf"(?:[\w\-]+\s+){{0,2}}?(?:{KIND_RE.pattern})", re.I)


def _sequel(detailed: Agreement) -> bool:
    """A document opened by a word of sequence ('Another MoU was signed between X and Y', 'A
    second agreement ...') is one more of a series, told after the ones before it: it is never
    the detailed version of a country-level document written before it, which is a document of
    its own ('a MoU on X was signed between the governments of A and B. Another MoU ...')."""
    return bool(_SEQUEL_OPENING.match(detailed.evidence))


_SUBJECT_WORDS_RE = re.compile(r"[a-z0-9][a-z0-9\-]{3,}")


def _subject_words(agreement: Agreement) -> set[str]:
    return set(_SUBJECT_WORDS_RE.findall((agreement.topic or "").lower())) - _GENERIC


def _other_subject(summary: Agreement, detailed: Agreement) -> bool:
    """Two documents whose topics each name a subject and share no word of it ('a memorandum on
    fisheries' and 'an MoU between the X School and the Y Academy'): the country-level one is a
    document of its own, signed beside the other, not a summary of it."""
    own, other = _subject_words(summary), _subject_words(detailed)
    return bool(own) and bool(other) and not own & other


def _same_time(a: When | None, b: When | None) -> bool:
    if a is None or b is None:
        return True
    n = min(len(a.value), len(b.value))
    return a.value[:n] == b.value[:n]


def _countries_of(ctx: Doc, agreement: Agreement) -> set[str]:
    out = set()
    for party in agreement.parties:
        if party.kind == "org" and party.key in ctx.orgs and ctx.orgs[party.key].country:
            out.add(ctx.country_iri(ctx.orgs[party.key].country))
        elif party.kind == "place":
            out.add(party.key)
    return out
