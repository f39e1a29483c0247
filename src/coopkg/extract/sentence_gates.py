"""Whole-function sentence gates (speed only).  Most sentences report no event, signing, speech
or figure, yet every rule function of the relation components used to be called on each one and
to test each of its patterns' gates (cues.py) in turn.  A rule function whose every non-empty
answer needs a match of one of a few patterns in the sentence (its loops run over their matches,
or it returns early without one) is wrapped here: where the sentence's cue set (cues.index)
holds none of those patterns' cues, it returns its empty answer at once, after one set
operation, and neither it nor its helpers run.

Like a pattern's gate, a sentence gate may say yes wrongly (the function then decides), never
no wrongly: the cues are read off the named patterns themselves (cues.gated), a pattern without
useful cues keeps the gate open, and a text whose cues were not noted (not a sentence, or
cleared from the cache) is never turned away.  `CHECK` makes every turned-away call run the
function anyway and record any non-empty answer; tests/test_sentence_gates.py runs the
extractor that way."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from coopkg.extract import cues

CHECK = False  # tests: run the function where the gate says no, and record what it found
MISSED: list[tuple[str, str]] = []  # (function, sentence) where a gate said no wrongly
TURNED_AWAY: dict[str, int] = {}  # under CHECK: how often each gate said no
GATES: dict[str, SentenceGate] = {}


class SentenceGate:
    """The union of the cues of the patterns a rule function needs, built on first use (the
    patterns are module globals, gated once every module is imported)."""

    __slots__ = ("name", "names", "scope", "letters", "others", "always", "built", "quick")

    def __init__(self, name: str, names: tuple[str, ...], scope: dict[str, Any]):
        self.name, self.names, self.scope = name, names, scope
        self.letters: frozenset[str] = frozenset()
        self.others: tuple[str, ...] = ()
        self.always = True
        self.built = False
        # once built, the letters where they alone decide (no `others`, not `always`): the
        # wrapper's test is then one set operation, without a call to `closed`
        self.quick: frozenset[str] | None = None

    def build(self) -> None:
        found: list[Any] = []
        for name in self.names:
            found.extend(_patterns(self.scope[name]))
        self.always = not found or any(not isinstance(g, (cues.Gated, SentenceGate)) or
                                       isinstance(g, SentenceGate) and g.always for g in found)
        if not self.always:
            self.letters = frozenset().union(*(g.letters for g in found))
            self.others = tuple(sorted({o for g in found for o in g.others}))
        self.quick = None if self.always or self.others else self.letters
        self.built = True

    def closed(self, text: str) -> bool:
        """Whether no named pattern can match `text` (a noted sentence without any of their
        cues)."""
        if not self.built:
            self.build()
        found = cues._SENTENCES.get(text)
        if found is None or self.always or not self.letters.isdisjoint(found):
            return False
        return not self.others or not any(map(cues.folded(text).__contains__, self.others))


def _patterns(value: Any) -> list[Any]:
    """The gated patterns in a module global: a pattern, the gate of another gated rule
    function, or a list, tuple or dict of patterns (labels and None beside them skipped)."""
    if isinstance(value, re.Pattern):
        return [cues.gated(value)]
    if isinstance(value, cues.Gated):
        return [value]
    gate = getattr(value, "gate", None)
    if isinstance(gate, SentenceGate):
        if not gate.built:
            gate.build()
        return [gate]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return [p for v in value if v is not None and not isinstance(v, str) for p in _patterns(v)]
    raise TypeError(f"not a pattern or gated rule: {value!r}")


def _found(answer: Any) -> bool:
    """Whether a rule's answer holds anything (a tuple of lists holds what its lists hold)."""
    return any(map(bool, answer)) if isinstance(answer, tuple) else bool(answer)


def gate(scope: dict[str, Any], *names: str) -> SentenceGate:
    """A gate on the patterns `names` of a module's globals `scope`, for a rule that tests it
    itself (`closed`) where its empty answer depends on more than the text."""
    found = SentenceGate(f"{scope['__name__']}:{'|'.join(names)}", names, scope)
    GATES[found.name] = found
    return found


def needs(*names: str, empty: Callable[[], Any] = list, at: int = 1):
    """Decorate a rule function that answers `empty()` unless one of the patterns `names` (globals
    of its module; also another gated rule function it calls, or a collection of patterns)
    matches the text of its argument `at` (a Sent, a quote Unit, or the text itself)."""

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        gate = SentenceGate(f"{fn.__module__}.{fn.__qualname__}", names, fn.__globals__)
        GATES[gate.name] = gate
        closed, noted = gate.closed, cues._SENTENCES.get  # called per sentence per rule: locals

        @functools.wraps(fn)
        def gated_fn(*args: Any) -> Any:
            text = args[at]  # speed only: one index, the class read once (no subclass of str is passed)
            if text.__class__ is not str:
                text = text if isinstance(text, str) else text.text
            quick = gate.quick
            if quick is not None:  # `closed`, inline for the common case
                found = noted(text)
                if found is None or not quick.isdisjoint(found):
                    return fn(*args)
            elif not closed(text):
                return fn(*args)
            if CHECK:
                TURNED_AWAY[gate.name] = TURNED_AWAY.get(gate.name, 0) + 1
                if _found(fn(*args)):
                    MISSED.append((gate.name, text))
            return empty()

        gated_fn.gate = gate  # type: ignore[attr-defined]
        return gated_fn

    return wrap
