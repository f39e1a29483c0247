"""What `coopkg evaluate` prints: a per-article F1 table, the corpus total per category, the
errors view (each miss and false positive with its sentence, grouped by category) and a stable
JSON dump of the predicted facts, for diffing two runs of the extractor."""

from __future__ import annotations

import json
import re

from coopkg.evaluate.match import CATEGORIES, Score, words
from coopkg.evaluate.scored import ArticleScore, overall

SHORT = {"countries": "ctry", "regions": "reg", "organizations": "org", "people": "ppl",
         "agreements": "agr", "events": "evt", "statements": "stmt", "figures": "fig"}
SUMMARY_HEADERS = ["article", *(SHORT[c] for c in CATEGORIES), "dropped"]
REPORT_HEADERS = ["category", "tp", "fp", "fn", "precision", "recall", "f1", "accuracies"]
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’']?\s+|\n\s*\n")


def summary_rows(results: list[ArticleScore]) -> list[list[str]]:
    """One row per article: F1 per category ("-" when neither gold nor prediction has any)."""
    rows = []
    for result in results:
        cells = [_f1_cell(result.scores.get(name)) for name in CATEGORIES]
        last = f"error: {result.error}" if result.error else str(len(result.dropped) or "")
        rows.append([result.stem, *cells, last])
    return rows


def _f1_cell(score: Score | None) -> str:
    if score is None or not (score.tp or score.fp or score.fn):
        return "-"
    return f"{score.f1:.2f}"


def report_rows(results: list[ArticleScore]) -> list[list[str]]:
    """The corpus total, one row per category."""
    rows = []
    for name, s in overall(results).items():
        accuracies = ", ".join(f"{k} {s.accuracy(k):.2f}" for k in s.extra)
        rows.append([name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.2f}",
                     f"{s.recall:.2f}", f"{s.f1:.2f}", accuracies])
    return rows


def report_json(results: list[ArticleScore]) -> dict:
    def as_dict(scores: dict[str, Score]) -> dict:
        return {name: s.as_dict() for name, s in scores.items()}

    articles = {}
    for r in results:
        articles[r.stem] = as_dict(r.scores)
        if r.error:
            articles[r.stem]["error"] = r.error
        if r.dropped:
            articles[r.stem]["dropped"] = r.dropped
    return {"articles": articles, "overall": as_dict(overall(results))}


def errors_json(results: list[ArticleScore], category: str | None = None) -> dict:
    """category → misses (gold items, with the first sentence naming them) and false positives
    (predicted items, with their evidence sentence from the graph)."""
    out: dict = {}
    for name in ([category] if category else CATEGORIES):
        misses, false_positives = [], []
        for result in results:
            outcome = result.outcomes.get(name)
            if outcome is None:
                continue
            misses += [{"article": result.stem, "item": g,
                        "sentence": find_sentence(result.text, g)} for g in outcome.misses]
            false_positives += [{"article": result.stem, "item": _without_evidence(p),
                                 "sentence": p.get("evidence") if isinstance(p, dict) else None}
                                for p in outcome.false_positives]
        wrong = [{"article": result.stem, "attribute": attribute, "gold": g.get(attribute),
                  "predicted": p.get(attribute), "item": _without_evidence(p)}
                 for result in results if name in result.outcomes
                 for attribute, g, p in result.outcomes[name].wrong]
        out[name] = {"misses": misses, "false_positives": false_positives, "wrong": wrong}
    return out


def errors_text(results: list[ArticleScore], category: str | None = None) -> str:
    lines = []
    for name, errors in errors_json(results, category).items():
        lines.append(f"== {name}: {len(errors['misses'])} missed, "
                     f"{len(errors['false_positives'])} false positives ==")
        for label, key in (("MISS", "misses"), ("FP  ", "false_positives")):
            for error in errors[key]:
                lines.append(f"{label}  {error['article']}  {describe(error['item'])}")
                if error["sentence"]:
                    lines.append(f"      > {error['sentence']}")
        for error in errors["wrong"]:
            lines.append(f"WRONG {error['article']}  {error['attribute']}: gold {error['gold']!r}, "
                         f"predicted {error['predicted']!r}  ({describe(error['item'])})")
        lines.append("")
    return "\n".join(lines).rstrip()


def describe(item) -> str:
    """One line for a gold or predicted item: its non-empty values in field order."""
    if not isinstance(item, dict):
        return str(item)
    parts = []
    for key, value in item.items():
        if key in ("evidence", "article") or value in (None, "", []):
            continue
        parts.append(", ".join(map(str, value)) if isinstance(value, list) else str(value))
    return " | ".join(parts)


def _without_evidence(item):
    return {k: v for k, v in item.items() if k != "evidence"} if isinstance(item, dict) else item


def find_sentence(text: str, item) -> str | None:
    """The sentence of the article where a missed gold item is written, so a miss can be read
    in context: of the sentences naming it (by name, alias, speaker, party or participant), the
    one sharing most words with what it says (gist, label, topic, indicator) — a speaker's
    tenth statement is rarely in the first sentence naming them; else the first naming it;
    None when nothing is named."""
    needles = [n.casefold() for n in _names_of(item) if len(n) > 2]
    if not needles or not text:
        return None
    sentences = [" ".join(s.split()) for s in _SENTENCE_END.split(text)]
    said = words(" ".join(str(item.get(k) or "") for k in _SAYS))
    if said:  # a speaker is named by surname after the first mention
        needles += [n.split()[-1] for n in needles if len(n.split()) > 1 and len(n.split()[-1]) > 2]
        naming = [s for s in sentences if any(n in s.casefold() for n in needles)]
        return max(naming, key=lambda s: len(words(s) & said)) if naming else None
    return next((s for n in needles for s in sentences if n in s.casefold()), None)


_SAYS = ("gist", "label", "topic", "indicator")


def _names_of(item) -> list[str]:
    if not isinstance(item, dict):
        return []
    names = [item.get(k) for k in ("name", "speaker")] + list(item.get("aliases") or [])
    for key in ("parties", "participants"):
        names += [p for p in item.get(key) or [] if not re.fullmatch(r"[A-Z]{2}(-\w+)?", p)]
    return [n for n in names if n]


def dump_facts(results: list[ArticleScore]) -> dict:
    """Per article, the predicted facts as plain JSON, every list sorted, so that two runs can
    be diffed (`coopkg evaluate DIR --dump-facts OUT.json`)."""
    out = {}
    for result in sorted(results, key=lambda r: r.stem):
        facts = {name: sorted(values, key=_sort_key) if isinstance(values, list) else values
                 for name, values in sorted(result.predicted.items())}
        if result.error:
            facts["error"] = result.error
        if result.dropped:
            facts["dropped"] = sorted(result.dropped)
        out[result.stem] = facts
    return out


def _sort_key(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)
