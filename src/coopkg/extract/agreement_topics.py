"""What an agreement is about, as a few words: the phrase after its noun ('an agreement on X',
'a memorandum (MoU) for X', 'an agreement to establish X'), else the words that qualify the noun
('a loan agreement' → 'loan'); for a document the signing sentence leaves without one, the same
phrase where the text introduces or describes that document elsewhere ('the treaty on X', 'The MoU
allows the parties to X')."""

from __future__ import annotations

import re
from functools import cache

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc
from coopkg.extract.facts import Agreement
from coopkg.extract.memo import by_text

# 'an agreement last month on X', 'a deal in March on X', 'a memorandum on 14 March on X', 'an
# accord yesterday on X': a date phrase other than a weekday, between the noun and its subject
_WHEN = (rf"(?:(?:on|in)\s+(?:\d{{1,2}}\s+)?(?:{lexicon.MONTH_NAMES})(?:\s+\d{{1,2}}(?!\d))?"
         r"(?:,?\s+\d{4})?|"
         r"(?:(?:earlier|later)\s+)?(?:last|this)\s+(?:week|month|year)|yesterday)")
# 'a memorandum (on) Tuesday on X', 'an agreement with the X Authority (XA) on Y': a weekday and the
# named partner may stand between the noun and its own subject; neither is the subject.
_BETWEEN = (rf"(?P<between>(?:(?:(?:on|last)\s+)?(?:{lexicon.WEEKDAY_NAMES})\s+|{_WHEN}\s+|"
            r"with\s+(?:the\s+)?(?:[A-Z][\w\-’']*|\([A-Z]{2,}\))(?:\s+(?:[A-Z][\w\-’']*|of|and|for|"
            r"\([A-Z]{2,}\)))*\s+(?=(?:on|for|regarding)\s+[a-z]|(?:on|last)\s+[A-Z][a-z]+day\b))*)")
_TOPIC_START = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:of\s+(?:understanding|cooperation|intent)\s+)?(?:\([^)]{1,40}\)\s*)?"
    + _BETWEEN +
    r"(?:(?:(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?=signed|inked|concluded))?"
    r"(?:was|were|has\s+been|have\s+been|which|that|signed|inked|concluded)\s+)?"
    r"(?:on|in|for|of|about|regarding|concerning|to|aimed\s+at|aiming\s+to|that\s+aims\s+to|covering|"
    r"(?:,\s*)?(?:which|that)\s+(?:covers|provides\s+for|envisages|concerns|deals\s+with|aims\s+(?:at|to))|"
    r"(?=(?:establishing|creating|setting\s+up|promoting|providing|allowing|enabling|granting|"
    r"exempting|launching|developing|boosting|strengthening|expanding)\s))\b\s*"  # 'inked' is no 'in'
    r"(?!the\s+presence\b|behalf\b|(?:the\s+)?(?:sidelines|margins)\b|(?:this|that)\s+(?:effect|regard)\b|that\s+end\b|"
    rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{lexicon.MONTH_NAMES})\b|"
    r"(?<!\bon\s)(?:(?<!\bfor\s)|(?![A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\s+[a-z]))(?:the\s+)?[A-Z])"
    r"(?:jointly\s+)?(?P<topic>(?:the\s+)?[a-zA-Z][^.;]*)")
_LATER_TOPIC = re.compile(
    r"\bto\s+(?:jointly\s+|further\s+)?(?!(?:the|a|an|its|their|his|her|this|that|be)\b)"
    r"(?P<topic>[a-z][^.;]*)|"
    r"(?:,\s+|\bunder\s+which\s+[^,;]{0,60}?\bwill\s+)(?:jointly\s+|further\s+)?"
    r"(?P<topic2>(?:promote|establish|develop|boost|strengthen|enhance|expand|build|create|set\s+up|"
    r"provide|offer|support|launch|open|implement|deepen|facilitate)\b[^.;]*)|"
    r"\bwith\s+the\s+(?:aim|goal|purpose|objective)\s+of\s+(?P<topic3>[a-z][^.;]*)")
_MODIFIERS = re.compile(r"\b(?:an?|the|their|its)\s+(?P<mods>(?:(?!(?:of|an?|the|to|in|on|for|with|and)\b)"
                        r"[a-z0-9][\w\-]*\s+){1,4})$")
_DURATION = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty)-(?:year|month|day)$")
_GENERIC_MODIFIERS = {"new", "joint", "bilateral", "cooperation", "signed", "first", "framework",
                      "important", "historic", "comprehensive", "intergovernmental"}


# where a topic ends: the document's own verb, a speech tag, a time, a worth, its life (speed only: compiled
# once as a bound method, not looked up in `re`'s cache with its pattern rebuilt per call)
_TOPIC_END = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being)\s+(?:\w+\s+)?"
                        rf"(?:{lexicon.word_pattern('signing_verbs')})\b|"
                        r",\s+(?:signed|inked|concluded)\b|"
                        r",\s+(?:which|and\s+the|according|while|(?:[\w\-]+\s+){0,9}(?:said|says|told|"
                        r"noted|added|reported|reports|announced|writes|wrote))|\s+worth\s|\s+(?:in|with)\s+the\s+(?:presence|participation|attendance)\b|"
                        rf"\s+(?:on|in|last|this)\s+(?:{lexicon.WEEKDAY_NAMES}|{lexicon.MONTH_NAMES}|\d)|"
                        rf"\s+on\s+(?:{lexicon.WEEKDAY_ABBREVIATED})(?:\.|$)|"
                        r"\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|"
                        r"\s+(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:week|month|year)\b|"
                        r"\s+(?:yesterday|today)\b|\s+(?:in\s+)?(?:early|late|mid)[\s\-]+[A-Z0-9]|"
                        rf"\s+(?:{lexicon.WEEKDAY_NAMES})\b|\s+(?:an?|\w+)\s+(?:days?|weeks?|months?|years?)\s+ago\b|"
                        r"\s+(?:expires?|expired|lapse[sd]?|remains|remained|(?:is|was)\s+due\s+to|"
                        r"(?:took|takes)\s+effect|(?:came|comes)\s+into)\b|"  # a document's life
                        r"\s+took\s+place\b|\s+(?:on|at)\s+the\s+(?:sidelines|margins)\b|\s+during\s+(?:the|his|her|their|a)\b").split


@by_text  # speed only: a recurring sentence's documents are asked again in each article
def topic(text: str, after: int, before: int | None = None) -> str:
    """What the document is about, as written right after its noun ('an agreement on X', 'a
    memorandum of understanding (MoU) for X', 'an agreement to establish X'), else the words
    that qualify the noun ('a loan agreement' → 'loan')."""
    rest = text[after:]
    m = _TOPIC_START.match(rest) or _LATER_TOPIC.search(rest[:_other_clause(rest)])
    if m:
        said = m.group("topic") or m.groupdict().get("topic2") or m.groupdict().get("topic3") or ""
        topic = _TOPIC_END(said)[0]
        said = " ".join(topic.split()[:14]).strip(" ,")
        qualifier = _qualifier(text, before) if m.groupdict().get("between") else ""
        return f"{qualifier} {said}" if qualifier else said
    return _qualifier(text, before) or (_title(text[:before]) if before is not None else "")


_WHO = re.compile(r"\bwho(?:se|m)?\b", re.I)
# 'agreed a text in 2019 and the formal signing is due to follow', 'signed a deal
# after weeks of dispute over a plan to move X': a new clause or a time adverbial after the noun
# has heads of its own, and a 'to' there says what they are for, not the document
_OTHER_CLAUSE = re.compile(r"\s+and\s+(?:a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
                           r"(?:was|were|is|are)\b|\s+(?:after|amid|despite)\s+(?:months|weeks|years|days)\b")


def _other_clause(rest: str) -> int:
    """Where the document's own words end: a person's relative clause (_person_clause), or a
    new clause or time adverbial (_OTHER_CLAUSE)."""
    m = _OTHER_CLAUSE.search(rest)
    return min(_person_clause(rest), m.start() if m else len(rest))


def _person_clause(rest: str) -> int:
    """Where a relative clause about a person begins ('witnessed by President X who also opened
    the Academy, whose purpose is to Y'): what follows tells of that person, never the document."""
    m = _WHO.search(rest)
    return m.start() if m else len(rest)


def _qualifier(text: str, before: int | None) -> str:
    """The words that qualify the noun ('a loan agreement' → 'loan'), generic ones left out."""
    mods = _MODIFIERS.search(text[:before]) if before is not None else None
    return " ".join(w for w in (mods.group("mods").split() if mods else [])
                    if w not in _GENERIC_MODIFIERS and not _DURATION.match(w))


_TITLE = re.compile(r"\b[Tt]he\s+(?P<title>[A-Z][a-z][\w\-]*"
                    r"(?:\s+(?:and\s+|of\s+|on\s+)?[A-Z][a-z][\w\-]*){1,4})\s+$")


def _title(text: str) -> str:
    """'The Peace and Friendship Treaty': a document named by a title of two or more words says
    what it is about in its name."""
    m = _TITLE.search(text)
    return m.group("title") if m else ""


_DESCRIBES = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w\-]+\s+){0,2}?(?P<noun>[\w\-]+)"
                        r"(?:,\s+(?:signed|inked|concluded)\b[^,;.]{1,120},)?\s+(?:\([^)]{1,20}\)\s+)?"
                        r"(?:allows|enables|aims|seeks|envisages|envisions|calls\s+for|"
                        r"provides\s+for|outlines|covers|focuses\s+on|stipulates\s+that|will)\s+"
                        r"(?:(?:the\s+)?(?:signing\s+)?(?:parties|sides|two\s+\w+)\s+)?(?:to\s+)?"
                        r"(?:jointly\s+|further\s+)?(?P<topic>[a-z][^.;]*)")


def topics_from_context(ctx: Doc, agreements: list[Agreement]) -> None:
    """An agreement without a topic takes one from another sentence about a document of its
    kind: the nearest 'a/the <noun> on X' with a topic, else 'The <noun> allows/aims to X'."""
    for agreement in agreements:
        if agreement.topic or agreement.rule == "agreement.several":
            continue  # one of several documents listed one by one says all it is about
        nouns = _nouns(agreement.kind)
        agreement.topic = _introduced(ctx, nouns) or _described(ctx, nouns) or \
            _next_sentence(ctx, agreement, nouns) or _headline(ctx, nouns)
    for agreement in agreements:
        if [a.kind for a in agreements].count(agreement.kind) == 1:
            nouns = _nouns(agreement.kind) if len(agreements) > 1 else _ANY_DOCUMENT
            scope = _scope(ctx, nouns)
            agreement.topic = _elaborated(agreement.topic, scope)


def _elaborated(said: str | None, scope: str) -> str | None:
    """The topic with the one document's scope after it; a scope the topic already holds (it was
    taken from the same 'the MoU provides for X' sentence) is not written twice."""
    if not scope or said and scope.lower() in said.lower():
        return said or scope
    return f"{said}: {scope}" if said else scope


_ANY_DOCUMENT = re.compile(rf"(?:{'|'.join(p for _k, p in lexicon.rows('agreement_kinds'))})\b", re.I)
_SCOPE = re.compile(r"\b(?:encompasses|covers|includes|entails|provides\s+for|will\s+extend|extends|"
                    r"spans)\s+(?:a\s+(?:broad|wide)\s+range\s+of\s+(?:issues|areas|fields|sectors)\s*"
                    r"(?:including|such\s+as)?:?\s*)?(?P<what>[a-z][^.;]*(?:;[^.;]*)*)")


_SCOPE_RE = re.compile(r"^(?:[^.;]{0,80}?,\s+)?[Tt]he\s+")
_SCOPE_RE2 = re.compile(r"\b(?:will\s+be|to\s+be)\s+signed\b")


def _scope(ctx: Doc, nouns: re.Pattern[str]) -> str:
    """'The memorandum signed today encompasses a broad range of issues including: trade; health;
    ...': what the one document of its kind spans, said after it was signed, elaborates its topic
    ('development cooperation: trade; health; ...'); in an article with one document, 'the
    agreement' or 'the deal' names it whatever its kind."""
    for view in ctx.sents:
        head = _SCOPE_RE.match(view.text)
        noun = nouns.match(view.text, head.end()) if head else None
        verb = _SCOPE.search(view.text[:noun.end() + 80], noun.end()) if noun else None
        m = _SCOPE.match(view.text, verb.start()) if verb else None
        if m and not _SCOPE_RE2.search(view.text):
            return " ".join(m.group("what").split()[:16]).strip(" ,;")
    return ""


@cache  # one pattern per document kind, compiled once
def _nouns(kind: str) -> re.Pattern[str]:
    pattern = next((p for k, p in lexicon.rows("agreement_kinds") if k == kind), kind)
    return re.compile(rf"\b(?:{pattern})\b", re.I)


def _introduced(ctx: Doc, nouns: re.Pattern[str]) -> str:
    for view in ctx.sents:
        for m in nouns.finditer(view.text):
            found = topic(view.text, m.end())
            if found:
                return found
    return ""


def _described(ctx: Doc, nouns: re.Pattern[str]) -> str:
    for view in ctx.sents:
        for m in _DESCRIBES.finditer(view.text):
            if nouns.fullmatch(m.group("noun")):
                return " ".join(m.group("topic").split()[:14]).strip(" ,")
    return ""


_NEXT = re.compile(r"^(?:Under\s+(?:the|this)\s+(?P<noun>[\w\-]+(?:\s+of\s+understanding)?)\s*"
                   r"(?:\([^)]{1,20}\))?,"
                   r"\s+[^,;]{0,60}?\b(?:will|would|shall|are\s+to|agreed\s+to)\s+|"
                   r"(?:It|The\s+(?P<noun2>[\w\-]+))\s+(?:provides\s+for|allows|enables|aims\s+to|aims\s+at|"
                   r"envisages|covers|seeks\s+to|focuses\s+on|concerns)\s+(?:the\s+(?:two\s+\w+|parties|sides)\s+"
                   r"to\s+)?)(?:jointly\s+|further\s+)?(?P<topic>[a-z][^.;]*)")


def _next_sentence(ctx: Doc, agreement: Agreement, nouns: re.Pattern[str]) -> str:
    """'… signed an agreement on Tuesday. It provides for X' / 'Under the memorandum, the
    universities will X': the sentence right after the signing says what the document is."""
    texts = [v.text for v in ctx.sents]
    if agreement.evidence not in texts:
        return ""
    i = texts.index(agreement.evidence)
    m = _NEXT.match(texts[i + 1]) if i + 1 < len(texts) else None
    noun = (m.group("noun") or m.group("noun2")) if m else None
    if m is None or noun is not None and not nouns.fullmatch(noun):
        return ""
    return " ".join(m.group("topic").split()[:14]).strip(" ,")


def _headline(ctx: Doc, nouns: re.Pattern[str]) -> str:
    """'Kenya, Ghana sign MoU on student exchange': the headline's document topic, for a body
    that only says 'signed a memorandum of understanding'."""
    title = ctx.article.title or ""
    m = nouns.search(title)
    return topic(title, m.end()) if m else ""
