"""What an amount of money measures when the nearest indicator word does not say it.  English
attaches an amount to what it measures in ways the indicator terms miss:
- a target: 'raise trade to $5 billion by 2030' is the target for trade, not trade;
- 'worth': 'signed agreements in trade and energy cooperation worth $15 billion' is the value of
  the noun phrase before 'worth' (unless that phrase is an indicator itself: 'aid worth $5m');
- a premodifier: 'the $2 billion upgrade of the X railway will ...' is the value of the noun
  phrase the amount modifies;
- 'N <things> with a total value of <amount> are being built under X' is the total value of
  those things, with what is done with them."""

from __future__ import annotations

import re

from coopkg.extract import lexicon
from coopkg.extract.doc import Doc, Sent
from coopkg.extract.figure_context import (
    cue_pattern,
    cues,
    has_indicator,
    indicator_of,
    is_indicator,
    term_before,
)
from coopkg.extract.figure_labels import done_by, predicate, subject_before

_TARGET = re.compile(rf"\b(?:{lexicon.alternation(cues('target'))})\b[^.;,]{{0,100}}?"
                     r"(?<!\bamounting\s)(?<!\bamounted\s)(?<!\bup\s)\bto\s+"
                     rf"(?:{cue_pattern('approx')}\s+)?$", re.I)
_GOAL = re.compile(rf"(?:{cue_pattern('goal')})\s+(?:of\s+)?(?:{cue_pattern('approx')}\s+)?$", re.I)
_WORTH = re.compile(r"\b(?:worth|valued\s+at)\s+(?:" + cue_pattern("approx") + r"\s+)?$", re.I)
# words that end a noun phrase read backwards from 'worth' or forwards from an amount
_BOUNDARY = re.compile(r"^(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|"
                       r"in|on|at|by|to|for|from|with|into|over|under|per|than|as|which|that|who|"
                       r"the|a|an|its|their|his|her|our|this|these|those|and|or|but|[\w\-]+ed|"
                       r"annually|respectively|only|approximately|year-on-year|each|every|more|less|"
                       r"up|down)$", re.I)
_VALUED = re.compile(r"\b(?P<noun>[a-z][\w\-]*s)\s+with\s+(?:an?\s+)?"
                     r"(?:approx\.?\s+|approximate\s+|estimated\s+)?(?P<total>total\s+|combined\s+)?"
                     r"value\s+of\s+(?:" + cue_pattern("approx") + r"\s+)?$", re.I)
_PHRASE_END = re.compile(r"[,;:()\[\]]|--|\s[–—-]\s|\.(?:\s|$)")


def measured(view: Sent, start: int, end: int, name: str) -> str:
    """The indicator of the amount at [start, end) given the one the indicator terms found; an
    indicator that is the object of a past participle with a subject says by whom ('Peru
    received aid worth $5m' → 'aid received by Peru')."""
    found = _measured(view, start, end, name)
    if found != name:
        return found
    at = view.text.rfind(f"{name.split()[0]} ", 0, start)
    by = done_by(view, at) if at >= 0 and view.text.startswith(name, at) else ""
    return f"{name} {by}" if by else name


def _measured(view: Sent, start: int, end: int, name: str) -> str:
    text = view.text
    before = text[:start]
    if (_TARGET.search(before) or _GOAL.search(before)) and name != "value":
        return f"target {name}"
    valued = _VALUED.search(before)
    if valued:  # '14 projects with a total value of $2bn are being built under X'
        done = predicate(text, end)
        return " ".join(["total value of" if valued.group("total") else "value of", valued.group("noun"),
                         *done.split()])
    worth = _WORTH.search(before)
    if worth:
        phrase = _phrase_before(before[:worth.start()])
        return _worth_of(view, before[:worth.start()].rstrip(), phrase, name) if phrase else name
    after = _phrase_after(text[end:])
    if after and not has_indicator(after) and not term_before(text, start):
        return f"value of the {after}"
    return name


_SIGNED = re.compile(rf"\b(?:{lexicon.alternation(list(lexicon.words('signing_verbs')))})\s+$", re.I)
_ACTED = re.compile(r"\b(?P<verb>[a-z]+ed)\s+$")


def _worth_of(view: Sent, head: str, phrase: str, name: str) -> str:
    """What '<phrase> worth <amount>' measures, read with the verb before the phrase: signed
    documents are the value of those documents signed by the verb's subject ('A and B signed
    deals worth $2bn' → 'value of deals signed by A and B'); the object of an indicator verb is
    that indicator of the object ('A exported goods worth $5m' → 'exports of goods by A');
    else the value of the phrase, unless it is an indicator itself ('aid worth $5m')."""
    at = len(head) - len(phrase)
    signed = _SIGNED.search(head, 0, at)
    acted = None if signed else _ACTED.search(head, 0, at)
    measure = indicator_of(acted.group("verb")) if acted else None
    verb = signed or (acted if measure else None)
    by = subject_before(view, verb.start()) if verb else ""
    by = f" by {by}" if by else ""
    if signed:
        return f"value of {phrase} signed{by}"
    if measure:
        return f"{measure} of {phrase}{by}"
    return name if is_indicator(phrase.split()[-1]) else f"value of {phrase}"


def _phrase_before(text: str) -> str:
    """The noun phrase ending at the end of `text` ('signed agreements in trade, economic and
    investment cooperation ' → 'trade, economic and investment cooperation')."""
    words: list[str] = []
    for word in reversed(text.split()):
        bare = word.strip(",")
        if word.endswith(",") and not words:
            break
        if _BOUNDARY.match(bare) and not (bare.lower() == "and" and words and len(words) < 4):
            break
        words.insert(0, word)
    return " ".join(words).strip(" ,")


def _phrase_after(text: str) -> str:
    """The noun phrase an amount premodifies ('$2 billion upgrade of the X railway will' →
    'upgrade of the X railway'): up to a verb, a clause boundary or a date."""
    stop = _PHRASE_END.search(text)
    words = text[:stop.start() if stop else len(text)].split()
    if not words or _BOUNDARY.match(words[0]) or not words[0][:1].islower():
        return ""
    out = [words[0]]
    for word in words[1:12]:
        if word.lower() not in ("of", "the") and _BOUNDARY.match(word) or word[:1].isdigit():
            break
        out.append(word)
    while out and out[-1].lower() in ("of", "the"):
        out.pop()
    return " ".join(out)


_MUTUAL = re.compile(r"^(?:bilateral\s+|annual\s+|total\s+|mutual\s+|the\s+)*"
                     rf"(?:{lexicon.alternation(lexicon.words('mutual_flows'))})$", re.I)


def between_pair(ctx: Doc, name: str, codes: list[str]) -> str:
    """'the trade turnover reached $3bn' in an article about two countries is the trade between
    them: a flow that runs both ways, named without its parties, takes the figure's two
    countries ('trade turnover between A and B')."""
    if len(codes) != 2 or not _MUTUAL.match(name) or not all(c in ctx.gaz.countries for c in codes):
        return name
    a, b = (ctx.gaz.countries[c].label for c in codes)
    return f"{name} between {a} and {b}"
