from pathlib import Path

import pytest
from rdflib import URIRef

from coopkg import vocabgen
from coopkg.resources import ontology_path
from coopkg.vocab import COOP, country_iri, entity_iri, region_iri, slug


def test_vocab_matches_ontology():
    vocab_py = Path(vocabgen.__file__).with_name("vocab.py")
    assert vocabgen.regenerate(vocab_py, ontology_path()) == vocab_py.read_text(encoding="utf-8"), \
        "vocab.py is stale: run `python -m coopkg.vocabgen`"


def test_every_ontology_term_is_reachable():
    for name in vocabgen.ontology_terms(ontology_path()):
        assert getattr(COOP, name) == URIRef("https://w3id.org/coopkg/ontology#" + name)


def test_typo_is_an_error_not_a_new_iri():
    with pytest.raises(AttributeError):
        _ = COOP.Incubtor


def test_instance_iris():
    assert str(country_iri("kz")) == "https://w3id.org/coopkg/id/country/KZ"
    assert str(region_iri("cn-xj")) == "https://w3id.org/coopkg/id/region/CN-XJ"
    assert str(entity_iri("org", "Kazakhstan Science Foundation")).endswith(
        "/org/kazakhstan-science-foundation")
    assert slug("Xi’an Ün!") == "xian-un"
