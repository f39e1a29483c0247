"""One article's evaluation result, and the corpus total (micro-averaged: counts are summed)."""

from __future__ import annotations

from dataclasses import dataclass, field

from coopkg.evaluate.match import CATEGORIES, Outcome, Score


@dataclass
class ArticleScore:
    stem: str
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    error: str | None = None
    predicted: dict = field(default_factory=dict)  # the facts read back, gold-file shaped
    text: str = ""  # the article body, to show where a missed gold item is written
    dropped: list[str] = field(default_factory=list)  # facts the load left out (shapes)

    @property
    def scores(self) -> dict[str, Score]:
        return {name: outcome.score for name, outcome in self.outcomes.items()}


def overall(results: list[ArticleScore]) -> dict[str, Score]:
    total = {name: Score() for name in CATEGORIES}
    for result in results:
        for name, score in result.scores.items():
            total[name] = total[name] + score
    return total
