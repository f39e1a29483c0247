"""coopkg: a knowledge graph of bilateral cooperation between countries, built from news.

Everything the `coopkg` command does is callable from here."""

from coopkg.api import (
                        check_ontology,
                        export,
                        import_rdf,
                        init,
                        load_article,
                        load_paths,
                        open_store,
                        run_query,
                        run_sparql,
                        stats,
                        validate,
)
from coopkg.extract import extract
from coopkg.read import read_path

__all__ = ["check_ontology", "export", "extract", "import_rdf", "init", "load_article",
           "load_paths", "open_store", "read_path", "run_query", "run_sparql", "stats", "validate"]
