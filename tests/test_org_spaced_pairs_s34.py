"""A spaced dash between two countries inside a body's name joins them as a hyphen does
('the Sri Lanka - Kenya Joint Committee'); elsewhere a spaced dash still parts names."""

from datetime import date

import pytest

from coopkg.extract import extract
from coopkg.extract.orgpaired import joined_pairs
from coopkg.read.article import Article


def orgs(text: str) -> dict[str, tuple[str, str | None]]:
    facts = extract(Article(text=text, published=date(2025, 6, 12), title="", source="Test Wire"))
    return {o.name: (o.type, o.country) for o in facts.orgs}


@pytest.mark.parametrize("text, name", [
    ("The New Zealand - Chile Joint Commission on Trade met in Santiago on Tuesday.",
     "New Zealand - Chile Joint Commission on Trade"),
    ("Members of the Peru – Chile Business Council toured the port on Tuesday.",
     "Peru – Chile Business Council"),
])
def test_a_spaced_country_pair_stays_in_the_name_as_written(text, name):
    assert orgs(text)[name] == ("Organization", None)


def test_a_dash_after_a_place_that_is_no_pair_is_left_alone():
    sentence = "SANTIAGO - The Chilean Ports Authority signed a deal."
    assert joined_pairs(sentence) is sentence
    assert "Chilean Ports Authority" in orgs(sentence)


def test_the_rewrite_keeps_every_offset():
    sentence = "the Sri Lanka - Kenya Joint Committee met"
    joined = joined_pairs(sentence)
    assert len(joined) == len(sentence) and joined != sentence
