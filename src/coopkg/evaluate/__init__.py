"""Scoring the extractor against gold annotations (format: shared/corpus/GOLD_FORMAT.md).

Every article is loaded through the normal load path into one temporary store (its own named
graph) and its facts are read back with SPARQL over the public vocabulary, each query seeing only
that article's graph plus the ontology and reference graphs, so the score covers the whole
pipeline, not just the extractor's records.  An article that fails to load counts every gold item
as a miss.  Matching rules (documented in README, implemented in evaluate.match):
- names: case, accents, punctuation and a leading "the" are ignored; an organisation also matches
  through any gold or predicted alias;
- dates: a prediction must agree with the gold date at the gold's precision (gold "2022-09"
  accepts "2022-09-14"); a gold date of null accepts any prediction;
- each gold item matches at most one prediction (greedy, in order)."""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from coopkg.evaluate.match import match_outcomes
from coopkg.evaluate.readback import read_back
from coopkg.evaluate.report import (
    REPORT_HEADERS,
    SUMMARY_HEADERS,
    dump_facts,
    errors_json,
    errors_text,
    report_json,
    report_rows,
    summary_rows,
)
from coopkg.evaluate.scored import ArticleScore, overall
from coopkg.load import init_store, load_article
from coopkg.read import ReadError, read_path
from coopkg.store.embedded import EmbeddedStore


def gold_pairs(gold_dir: Path) -> list[tuple[Path, Path]]:
    return [(txt, txt.with_suffix(".json")) for txt in sorted(gold_dir.glob("*.txt"))
            if txt.with_suffix(".json").exists()]


def evaluate(gold_dir: Path, strict: bool = False) -> list[ArticleScore]:
    """Score every <stem>.txt that has a <stem>.json; `strict` loads as `coopkg load --strict`."""
    pairs = gold_pairs(gold_dir)
    if not pairs:
        raise FileNotFoundError(f"{gold_dir}: no <stem>.txt with a <stem>.json gold file")
    with tempfile.TemporaryDirectory(prefix="coopkg-eval-") as tmp:
        shutil.copytree(_template(), Path(tmp) / "store")
        store = EmbeddedStore(Path(tmp) / "store")
        try:
            return [_score_one(store, txt, gold, strict) for txt, gold in pairs]
        finally:
            store.close()


@lru_cache(maxsize=1)
def _template() -> Path:
    """An initialised store, built once per process and copied for each evaluation: writing
    the ~35k reference quads is the slowest step of evaluating a few articles."""
    folder = Path(tempfile.mkdtemp(prefix="coopkg-eval-template-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    store = EmbeddedStore(folder / "store")
    try:
        init_store(store)
    finally:
        store.close()
    return folder / "store"


def _score_one(store: EmbeddedStore, txt: Path, gold_path: Path, strict: bool) -> ArticleScore:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    try:
        article = read_path(txt)
    except ReadError as exc:
        return ArticleScore(txt.stem, match_outcomes(gold, {}), str(exc))
    result = load_article(store, article, strict)
    predicted = read_back(store, result.graph) if result.ok else {}
    return ArticleScore(txt.stem, match_outcomes(gold, predicted), result.error, predicted,
                        article.text, result.dropped)


__all__ = ["REPORT_HEADERS", "SUMMARY_HEADERS", "ArticleScore", "dump_facts", "errors_json",
           "errors_text", "evaluate", "gold_pairs", "overall", "report_json", "report_rows",
           "summary_rows"]
