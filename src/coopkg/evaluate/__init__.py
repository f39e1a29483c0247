"""Scoring the extractor against gold annotations (format: shared/corpus/GOLD_FORMAT.md).

Each article is loaded into a fresh temporary store and its facts are read back with SPARQL over
the public vocabulary, so the score covers the whole pipeline, not just the extractor's records.
Matching rules (documented in README):
- names: case, accents, punctuation and a leading "the" are ignored; an organisation also matches
  through any gold or predicted alias;
- dates: a prediction must agree with the gold date at the gold's precision (gold "2022-09"
  accepts "2022-09-14"); a gold date of null accepts any prediction;
- each gold item matches at most one prediction (greedy, in order)."""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from coopkg.evaluate.match import CATEGORIES, Score, match_article
from coopkg.evaluate.readback import read_back
from coopkg.load import init_store, load_article
from coopkg.read import read_path
from coopkg.store.embedded import EmbeddedStore


@dataclass
class ArticleScore:
    stem: str
    scores: dict[str, Score] = field(default_factory=dict)
    error: str | None = None


def gold_pairs(gold_dir: Path) -> list[tuple[Path, Path]]:
    return [(txt, txt.with_suffix(".json")) for txt in sorted(gold_dir.glob("*.txt"))
            if txt.with_suffix(".json").exists()]


def evaluate(gold_dir: Path) -> list[ArticleScore]:
    pairs = gold_pairs(gold_dir)
    if not pairs:
        raise FileNotFoundError(f"{gold_dir}: no <stem>.txt with a <stem>.json gold file")
    with tempfile.TemporaryDirectory(prefix="coopkg-eval-") as tmp:
        template = Path(tmp) / "template"
        store = EmbeddedStore(template)
        init_store(store)
        store.close()
        return [_score_one(txt, gold, template, Path(tmp) / txt.stem) for txt, gold in pairs]


def _score_one(txt: Path, gold_path: Path, template: Path, where: Path) -> ArticleScore:
    shutil.copytree(template, where)
    store = EmbeddedStore(where)
    try:
        article = read_path(txt)
        result = load_article(store, article)
        if not result.ok:
            return ArticleScore(txt.stem, error=result.error)
        predicted = read_back(store, result.graph)
    finally:
        store.close()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return ArticleScore(txt.stem, match_article(gold, predicted))


def overall(results: list[ArticleScore]) -> dict[str, Score]:
    total = {name: Score() for name in CATEGORIES}
    for result in results:
        for name, score in result.scores.items():
            total[name] = total[name] + score
    return total


def report_rows(results: list[ArticleScore]) -> list[list[str]]:
    rows = []
    for result in [*results, None]:
        scores = overall(results) if result is None else result.scores
        stem = "OVERALL" if result is None else result.stem
        if result is not None and result.error:
            rows.append([stem, "error", result.error, "", "", "", "", ""])
            continue
        for name in CATEGORIES:
            s = scores.get(name)
            if s is None:
                continue
            rows.append([stem, name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.2f}",
                         f"{s.recall:.2f}", s.extra_text()])
    return rows


def report_json(results: list[ArticleScore]) -> dict:
    def as_dict(scores: dict[str, Score]) -> dict:
        return {name: s.as_dict() for name, s in scores.items()}

    return {"articles": {r.stem: (as_dict(r.scores) if not r.error else {"error": r.error})
                         for r in results},
            "overall": as_dict(overall(results))}


REPORT_HEADERS = ["article", "category", "tp", "fp", "fn", "precision", "recall", "f1 / accuracy"]
