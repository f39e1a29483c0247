"""After the first article the extractor's loaded data is frozen out of the cyclic collector
(speed only, extract._settle): the freeze happens once, and output does not depend on it."""

from __future__ import annotations

import gc
import importlib
from datetime import date

from coopkg.read.article import Article

ex = importlib.import_module("coopkg.extract")  # the package: `coopkg.extract` the name is the function

TEXT = ("The Ministry of Fisheries of Norland and the Zembla Ports Authority signed a memorandum "
        "in Ardville on Monday, Minister Ivo Berg said.")


def test_first_article_freezes_the_loaded_data():
    article = Article(text=TEXT, published=date(2026, 1, 5))
    first = ex.extract(article)
    assert ex._settled and gc.get_freeze_count() > 0
    assert ex.extract(article) == first
