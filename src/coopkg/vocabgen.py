"""Regenerate `vocab.py`'s term list from `ontology/coopkg.ttl`: `python -m coopkg.vocabgen`.

The namespace class is generated rather than typed so that it can never drift from the ontology;
a test regenerates it and compares.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import rdflib
from rdflib.namespace import OWL, RDF

NS = "https://w3id.org/coopkg/ontology#"
_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


def ontology_terms(path: Path) -> list[str]:
    graph = rdflib.Graph().parse(path)
    names = {
        str(s)[len(NS):]
        for kind in _KINDS
        for s in graph.subjects(RDF.type, kind)
        if str(s).startswith(NS)
    }
    return sorted(names)


def render_block(terms: list[str]) -> str:
    lines = [f"    {name}: URIRef" for name in terms]
    return "\n".join(["    # BEGIN GENERATED TERMS", *lines, "    # END GENERATED TERMS"])


def regenerate(vocab_py: Path, ontology: Path) -> str:
    source = vocab_py.read_text(encoding="utf-8")
    block = render_block(ontology_terms(ontology))
    pattern = re.compile(r"    # BEGIN GENERATED TERMS.*?# END GENERATED TERMS", re.S)
    return pattern.sub(lambda _m: block, source)


if __name__ == "__main__":
    from coopkg.resources import ontology_path

    target = Path(__file__).with_name("vocab.py")
    target.write_text(regenerate(target, ontology_path()), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")
