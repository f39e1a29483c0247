"""An agreement's topic stops before a trailing source tag, however long its noun phrase (s24d):
'signed a memorandum to boost X, a statement by the Council of Ministers reported'.  The tag says
who told the news, not what the document is about; a short tag ('..., the ministry said') was
already cut, a longer one ('a statement by the Kenyan Council of Ministers reported') ran into
the topic.

Rows are read against Thursday 2 May 2024 (Monday 29 April).  A fourth element of an expected
row is a word its topic must hold.  Every sentence and body is invented."""

from __future__ import annotations

import pytest
from tests.test_agreements_checklist3 import found

ROWS = [
    ('long-statement-tag', 'Kenya and Uganda signed a memorandum on Monday to boost cooperation in '
     'fisheries, a statement by the Kenyan Council of Ministers reported.', 'boost cooperation in fisheries'),
    ('long-office-tag', 'Kenya and Uganda signed an agreement on Monday on tourism, the press office of '
     'the Kenyan Ministry of Tourism said.', 'tourism'),
    # --- controls: what must not change
    ('short-tag-stays', 'Kenya and Uganda signed a memorandum on Monday to boost cooperation in '
     'fisheries, the ministry said.', 'boost cooperation in fisheries'),
    ('no-tag-stays', 'Kenya and Uganda signed a memorandum on Monday to boost cooperation in fisheries '
     'and aquaculture.', 'boost cooperation in fisheries and aquaculture'),
]


@pytest.mark.parametrize(("form", "text", "topic"), ROWS)
def test_topic_stops_before_source_tag(form: str, text: str, topic: str) -> None:
    assert [a.topic for a in found(text)] == [topic], form
