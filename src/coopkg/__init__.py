"""coopkg: a knowledge graph of bilateral cooperation between countries, built from news.

Everything the `coopkg` command does is callable from here."""

from coopkg.api import (
                        add_agreement,
                        check_ontology,
                        correct,
                        export,
                        export_corrections,
                        import_corrections,
                        import_rdf,
                        init,
                        list_corrections,
                        load_article,
                        load_paths,
                        open_store,
                        replace_agreement,
                        retract,
                        run_query,
                        run_sparql,
                        stats,
                        validate,
)
from coopkg.extract import extract
from coopkg.read import read_path

__all__ = ["add_agreement", "check_ontology", "correct", "export", "export_corrections", "extract",
           "import_corrections", "import_rdf", "init", "list_corrections", "load_article",
           "load_paths", "open_store", "read_path", "replace_agreement", "retract", "run_query",
           "run_sparql", "stats", "validate"]
