"""Matching predicted facts to gold ones, category by category (rules in evaluate/__init__)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

CATEGORIES = ("countries", "regions", "organizations", "people", "agreements", "events",
              "statements", "figures")
_STOP = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "by", "at", "its", "their",
         "is", "are", "was", "were", "has", "have", "that", "this", "will", "be", "as", "from"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    extra: dict[str, list[int]] = field(default_factory=dict)  # name → [right, total]

    def __add__(self, other: Score) -> Score:
        extra = {k: list(v) for k, v in self.extra.items()}
        for k, (right, total) in other.extra.items():
            extra.setdefault(k, [0, 0])
            extra[k][0] += right
            extra[k][1] += total
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, extra)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float:
        right, total = self.extra.get(name, [0, 0])
        return right / total if total else 1.0

    def extra_text(self) -> str:
        parts = [f"f1 {self.f1:.2f}"] + [f"{k} {self.accuracy(k):.2f}" for k in self.extra]
        return ", ".join(parts)

    def as_dict(self) -> dict:
        out = {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
               "recall": round(self.recall, 3), "f1": round(self.f1, 3)}
        out.update({f"{k}_accuracy": round(self.accuracy(k), 3) for k in self.extra})
        return out


def norm(text: str | None) -> str:
    if not text:
        return ""
    text = text.replace("’", "'").replace("'", "")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def words(text: str | None) -> set[str]:
    return {w for w in norm(text).split() if w not in _STOP}


def date_ok(gold: str | None, predicted: str | None) -> bool:
    """At the gold's precision; a gold null accepts anything."""
    if not gold:
        return True
    return bool(predicted) and predicted[: len(gold)] == gold


def greedy(gold: list, predicted: list, same: Callable,
           prefer: Callable[[dict, dict], float] | None = None) -> Outcome:
    """Pair gold and predicted items one to one, as many pairs as possible.

    Each gold item tries its candidates best fit first (`prefer`, e.g. kind and topic of an
    agreement), so that of two agreements between the same parties on the same day each is scored
    against its own; a gold item whose only candidate was taken by an earlier one re-routes that
    one to its next candidate (augmenting paths), so the order of the gold never costs a pair."""
    options = [sorted((i for i, p in enumerate(predicted) if same(g, p)),
                      key=lambda i, g=g: -prefer(g, predicted[i]) if prefer else 0)
               for g in gold]
    owner: dict[int, int] = {}
    for gi in range(len(gold)):
        _augment(gi, options, owner, set())
    by_gold = {gi: pi for pi, gi in owner.items()}
    pairs = [(g, predicted[by_gold[gi]]) for gi, g in enumerate(gold) if gi in by_gold]
    return Outcome(Score(len(pairs), len(predicted) - len(owner), len(gold) - len(pairs)), pairs,
                   [g for gi, g in enumerate(gold) if gi not in by_gold],
                   [p for i, p in enumerate(predicted) if i not in owner])


def _augment(gi: int, options: list[list[int]], owner: dict[int, int], seen: set[int]) -> bool:
    """Kuhn's augmenting path: give gold `gi` its best free prediction, or else one that an
    earlier owner can give up for another of its own."""
    free = next((pi for pi in options[gi] if pi not in owner), None)
    if free is not None:
        owner[free] = gi
        return True
    for pi in options[gi]:
        if pi in seen:
            continue
        seen.add(pi)
        if pi not in owner or _augment(owner[pi], options, owner, seen):
            owner[pi] = gi
            return True
    return False


@dataclass
class Outcome:
    """One category of one article: the counts, and which items matched or did not."""

    score: Score
    pairs: list[tuple[dict, dict]] = field(default_factory=list)
    misses: list = field(default_factory=list)  # gold items nothing matched
    false_positives: list = field(default_factory=list)  # predictions matching no gold item
    wrong: list = field(default_factory=list)  # (attribute, gold, predicted) of matched pairs

    def accuracy(self, name: str, right: Callable[[dict, dict], bool]) -> None:
        """Record, over the matched pairs, how often a secondary attribute is right, and which
        pairs got it wrong (the errors view lists them)."""
        wrong = [(g, p) for g, p in self.pairs if not right(g, p)]
        self.score.extra[name] = [len(self.pairs) - len(wrong), len(self.pairs)]
        self.wrong += [(name, g, p) for g, p in wrong]


class _Names:
    """Resolves a predicted name to the gold organisation/person it stands for."""

    def __init__(self, gold: dict, pred: dict):
        self.gold_orgs = gold.get("organizations", [])
        self.pred_orgs = pred.get("organizations", [])
        # a region party (sister cities) is written by name in gold and read back as its code
        # when it has one: both sides compare by the code the gold's region list gives the name
        self.region_codes = {norm(r["name"]): r["iso"] for r in gold.get("regions", [])
                             if r.get("name") and r.get("iso")}

    def org_same(self, g: dict, p: dict) -> bool:
        gold_forms = {norm(g["name"])} | {norm(a) for a in g.get("aliases") or []}
        pred_forms = {norm(p["name"])} | {norm(a) for a in p.get("aliases") or []}
        return bool(gold_forms & pred_forms)

    def party_key(self, name: str) -> str:
        if re.fullmatch(r"[A-Z]{2}(-[A-Z0-9]{1,3})?", name or ""):
            return name
        if norm(name) in self.region_codes:
            return self.region_codes[norm(name)]
        for g in self.gold_orgs:
            forms = {norm(g["name"])} | {norm(a) for a in g.get("aliases") or []}
            if norm(name) in forms:
                return norm(g["name"])
        return norm(name)


def match_outcomes(gold: dict, pred: dict) -> dict[str, Outcome]:
    """Every category's matching; `match_article` keeps only the scores."""
    names = _Names(gold, pred)
    gc, pc = gold.get("countries", []), pred.get("countries", [])
    out = {"countries": greedy(sorted(set(gc)), sorted(set(pc)), lambda g, p: g == p)}
    out["regions"] = greedy(gold.get("regions", []), pred.get("regions", []),
                            lambda g, p: (g.get("iso") and g["iso"] == p.get("iso")) or
                            norm(g["name"]) == norm(p["name"]))
    out["organizations"] = greedy(gold.get("organizations", []), pred.get("organizations", []),
                                  names.org_same)
    out["organizations"].accuracy("type", lambda g, p: _type(g) == p["type"])
    out["organizations"].accuracy("country", lambda g, p: g.get("country") == p.get("country"))
    out["people"] = greedy(gold.get("people", []), pred.get("people", []),
                           lambda g, p: norm(g["name"]) == norm(p["name"]))
    out["people"].accuracy("country", lambda g, p: g.get("country") == p.get("country"))
    out["agreements"] = greedy(gold.get("agreements", []), pred.get("agreements", []),
                               lambda g, p: _parties(names, g) == _parties(names, p)
                               and date_ok(g.get("date"), p.get("date")), _agreement_fit)
    out["agreements"].accuracy("kind", lambda g, p: norm(g.get("kind")) == norm(p.get("kind")))
    out["agreements"].accuracy("topic", lambda g, p: same_gist(g.get("topic"), p.get("topic")))
    out["events"] = greedy(gold.get("events", []), pred.get("events", []),
                           lambda g, p: _event_same(names, g, p))
    out["statements"] = greedy(gold.get("statements", []), pred.get("statements", []),
                               lambda g, p: _statement_same(names, g, p),
                               lambda g, p: _overlap(g.get("gist"), p.get("gist")))
    out["figures"] = greedy(gold.get("figures", []), pred.get("figures", []), _figure_same,
                            lambda g, p: _overlap(g.get("indicator"), p.get("indicator")))
    out["figures"].accuracy("indicator",
                            lambda g, p: same_gist(g.get("indicator"), p.get("indicator")))
    return out


def match_article(gold: dict, pred: dict) -> dict[str, Score]:
    return {name: outcome.score for name, outcome in match_outcomes(gold, pred).items()}


def stems(text: str | None) -> set[str]:
    """Content words with a trailing plural -s folded ("agreements" ~ "agreement")."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in words(text)}


def _overlap(gold: str | None, predicted: str | None) -> float:
    gw = stems(gold)
    return len(gw & stems(predicted)) / len(gw) if gw else 1.0


def _agreement_fit(g: dict, p: dict) -> float:
    return (norm(g.get("kind")) == norm(p.get("kind"))) + _overlap(g.get("topic"), p.get("topic"))


def same_gist(gold: str | None, predicted: str | None) -> bool:
    """A short free-text label (agreement topic, figure indicator) is right when at least half
    of the gold's content words appear in the prediction; a gold without any accepts all."""
    gw = stems(gold)
    return not gw or len(gw & stems(predicted)) / len(gw) >= 0.5


def _type(gold_org: dict) -> str:
    return "Organization" if gold_org.get("type") in (None, "Other") else gold_org["type"]


def _parties(names: _Names, item: dict) -> set[str]:
    return {names.party_key(p) for p in item.get("parties", [])}


def _event_same(names: _Names, g: dict, p: dict) -> bool:
    gold_type = "Event" if g.get("type") in (None, "Other") else g["type"]
    if gold_type != p["type"] or not date_ok(g.get("date"), p.get("date")):
        return False
    gw, pw = words(g.get("label")), words(p.get("label"))
    label_overlap = len(gw & pw) / max(1, min(len(gw), len(pw)))
    gp = {names.party_key(x) for x in g.get("participants") or []}
    pp = {names.party_key(x) for x in p.get("participants") or []}
    same_place = bool(g.get("location")) and g.get("location") == p.get("location")
    return label_overlap >= 0.5 or (bool(gp & pp) and (same_place or label_overlap > 0))


def _statement_same(names: _Names, g: dict, p: dict) -> bool:
    if names.party_key(g["speaker"]) != names.party_key(p["speaker"]) and \
            norm(g["speaker"]) not in norm(p["speaker"]):
        return False
    if not date_ok(g.get("date"), p.get("date")):
        return False
    gw, pw = words(g.get("gist")), words(p.get("gist"))
    return len(gw & pw) / max(1, len(gw)) >= 0.3


_UNIT_SPELLINGS = {"memorandums": "memoranda", "mous": "memoranda", "memoranda of understanding": "memoranda",
                   "memorandums of understanding": "memoranda", "per cent": "percent"}


def unit_key(unit: str | None) -> str:
    """A count noun has more than one accepted plural ('memoranda', 'memorandums', 'MoUs'); gold
    writers pick either, so the same count in another spelling is the same figure."""
    key = norm(unit)
    return _UNIT_SPELLINGS.get(key, key)


def _value_same(gold: float | str | None, predicted: float | None) -> bool:
    """A gold figure told only as a change ('arrivals fell 69%') has no value; it matches a
    prediction that has none either, so a scorer never crashes on such gold."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    value = float(gold)
    return abs(value - predicted) <= max(1e-9, abs(value) * 0.005)


def _figure_same(g: dict, p: dict) -> bool:
    if unit_key(g.get("unit")) != unit_key(p.get("unit")) and g.get("unit") != p.get("unit"):
        return False
    if not _value_same(g.get("value"), p.get("value")):
        return False
    period = g.get("period")
    if period:
        start, _, end = period.partition("/")
        if not date_ok(start, p.get("start")) or (end and not date_ok(end, p.get("end"))):
            return False
    if g.get("change_percent") is not None and p.get("change_percent") != g["change_percent"]:
        return False
    return set(g.get("countries") or []) <= set(p.get("countries") or []) or not g.get("countries")
