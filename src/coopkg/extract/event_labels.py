"""Labels that say who met.  A meeting the text tells only by its noun ('the two presidents held
talks', 'a video meeting with the minister') gets that noun as its label, so an article's
meetings would all read 'talks' in a table or on a timeline; such a label is completed with the
named participants ('talks between A and B').  A label with a name of its own ('the 5th session
of the Joint Commission') is left as the text gives it.  One numbered meeting written with its
number in two ways ('Second ... Cabinet', 'II ... Cabinet') is recognised here too."""

from __future__ import annotations

import re

from coopkg.extract.cues import may_hold_all
from coopkg.extract.facts import Event, Ref
from coopkg.extract.lexicon import mapping, words
from coopkg.reference import Gazetteer

_HEADS = words("event_labels", "head")
_MODIFIERS = words("event_labels", "modifier")
_MOST = 3  # beyond this many names a label lists the first ones


def named_labels(events: list[Event], gaz: Gazetteer) -> list[Event]:
    for event in events:
        if event.type == "Meeting" and _bare(event.label):
            names = _names(event.participants, gaz)
            if len(names) >= 2:
                event.label = f"{event.label} between {_joined(names)}"
            elif len(names) == 1 and _met_with(event, names[0]):
                event.label = f"{event.label} with {names[0]}"  # 'the meeting with X': X's
    return events


def _met_with(event: Event, name: str) -> bool:
    """'During the meeting with Maria Rossi, the FAO ...': the one person named after the bare
    meeting noun and 'with' is whom the meeting was with, which its label says."""
    # the pattern is built per call: compiled only where the text holds its words (cues.may_hold_all)
    return may_hold_all(event.evidence, (event.label, "with", name)) and re.search(
        rf"\b{re.escape(event.label)}\s+with\s+(?:[\w\-.’']+\s+){{0,5}}?{re.escape(name)}\b",
        event.evidence, re.I) is not None


def is_bare(label: str) -> bool:
    """Whether `label` names only the kind of meeting ('talks', 'the bilateral meeting'), so
    that two occasions of one kind share it until their participants complete it."""
    return _bare(label)


def _bare(label: str) -> bool:
    """Whether `label` is an occasion's noun with at most modifiers that name no one."""
    parts = label.lower().removeprefix("the ").split()
    while parts and parts[0] in _MODIFIERS:
        parts = parts[1:]
    return " ".join(parts) in _HEADS


def _names(participants: list[Ref], gaz: Gazetteer) -> list[str]:
    """People first, then bodies, then countries, each by the name a reader knows."""
    order = {"person": 0, "org": 1, "place": 2}
    out = []
    for ref in sorted(participants, key=lambda r: order.get(r.kind, 3)):
        name = _place_name(ref.key, gaz) if ref.kind == "place" else ref.key
        if name and name not in out:
            out.append(name)
    return out


def _place_name(iri: str, gaz: Gazetteer) -> str:
    country = gaz.countries.get(iri.rsplit("/", 1)[-1])
    if country is not None and country.iri == iri:
        return country.label
    region = gaz.regions.get(iri)
    return region.label if region is not None else ""


def _joined(names: list[str]) -> str:
    if len(names) > _MOST:
        return f"{', '.join(names[:_MOST])} and others"
    return f"{', '.join(names[:-1])} and {names[-1]}"


_ORDINALS = {w: int(v) for w, v in mapping("ordinal_words").items()}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
          "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15}
_NUMERAL = re.compile(r"(\d+)(?:st|nd|rd|th)?")


def _numbered(label: str) -> tuple[int, set[str]] | None:
    """'second kenya-tanzania binational cabinet' → (2, its other words); None without a
    leading ordinal, roman or numeral."""
    parts = label.lower().removeprefix("the ").split()
    if len(parts) < 2:
        return None
    first, rest = parts[0], set(parts[1:])
    numeral = _NUMERAL.fullmatch(first)
    number = _ORDINALS.get(first) or _ROMAN.get(first) or (int(numeral.group(1)) if numeral else None)
    return (number, rest) if number else None


def same_numbered(a: str, b: str) -> bool:
    """'the Second Kenya-Tanzania Binational Cabinet' and 'the II Binational Cabinet': one
    recurring meeting written twice, its number once as a word, once as a roman numeral or a
    figure, the shorter name's words all inside the longer one's."""
    x, y = _numbered(a), _numbered(b)
    return x is not None and y is not None and a != b and x[0] == y[0] and \
        (x[1] <= y[1] or y[1] <= x[1])
