"""Shared fixtures.  Stores are real on-disk pyoxigraph stores in pytest's tmp dirs; the
initialised one is built once per session and copied, since init writes ~35k reference quads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coopkg import api
from coopkg.extract import load

load()  # the rule modules as the extractor runs them (patterns gated), whatever test runs first

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_56db7ba5c7481e73.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="session")
def initialised_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "store"
    with api.open_store(path) as store:
        api.init(store)
    with api.open_store(path):
        pass  # a reopen lets RocksDB drop init's spent write-ahead log: each copy 74 MB -> 24 MB
    return path


@pytest.fixture
def store_path(initialised_template, tmp_path) -> Path:
    """A fresh, initialised store directory for one test."""
    path = tmp_path / "store"
    shutil.copytree(initialised_template, path)
    return path


def _session_store(factory, template: Path, name: str, fill) -> Path:
    path = factory.mktemp(name) / "store"
    shutil.copytree(template, path)
    with api.open_store(path) as store:
        fill(store)
    return path


@pytest.fixture(scope="session")
def seeded_store_path(initialised_template, tmp_path_factory) -> Path:
    """A store with the seed article loaded; tests must only read it."""

    def fill(store):
        results = list(api.load_paths(store, [str(SEED)]))
        assert all(r.ok for r in results), [r.error for r in results]

    return _session_store(tmp_path_factory, initialised_template, "seeded", fill)


@pytest.fixture(scope="session")
def fixture_store_path(initialised_template, tmp_path_factory) -> Path:
    """A store holding the hand-made query fixture dataset."""
    return _session_store(tmp_path_factory, initialised_template, "fixture",
                          lambda store: api.import_rdf(store, str(FIXTURES / "queries.trig")))


def write_article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def orgs_of():
    """Organisations the extractor finds in a text written for a test: name → (type, country)."""
    from datetime import date

    from coopkg.extract import extract
    from coopkg.read.article import Article

    def found(text: str) -> dict[str, tuple[str, str | None]]:
        facts = extract(Article(text=text, published=date(2024, 3, 8), title="", origin="test"))
        return {o.name: (o.type, o.country) for o in facts.orgs}
    return found
