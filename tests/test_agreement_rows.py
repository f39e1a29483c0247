"""Rows of a document list after a colon, run into one paragraph or standing as paragraphs
of their own, starting lower-case (agreement_rows.py): one agreement per row."""

from __future__ import annotations

import datetime as dt

from coopkg.extract import extract
from coopkg.read.article import Article

_HEAD = ("Presidents Kofi Mensah of Ghana and Ada Wambui of Kenya on Monday oversaw the signing of "
         "four memoranda of understanding:")
_ROWS = ["between the Ghana Investment Promotion Centre and the Kenya Investment Authority (for "
         "investment promotion).",
         "in the field of agriculture between the Ghanaian Ministry of Food and Agriculture and the "
         "Kenyan Ministry of Agriculture.",
         "on cultural exchanges between the National Commission on Culture of Ghana and the Kenya "
         "Cultural Centre.",
         "in the field of tourism."]
_EXPECTED = [
    (("Ghana Investment Promotion Centre", "Kenya Investment Authority"), "investment promotion"),
    (("Ghanaian Ministry of Food and Agriculture", "Kenyan Ministry of Agriculture"), "agriculture"),
    (("National Commission on Culture of Ghana", "Kenya Cultural Centre"), "cultural exchanges"),
    (("GH", "KE"), "tourism"),
]


def _agreements(text: str) -> list[tuple[tuple[str, ...], str, str, str]]:
    article = Article(text=text, title="", published=dt.date(2025, 3, 5), origin="test")
    return [(tuple(p.key.rsplit("/", 1)[-1] for p in a.parties), a.topic, a.kind,
             a.date.value if a.date else "") for a in extract(article).agreements]


def test_rows_run_into_one_paragraph() -> None:
    found = _agreements(" ".join([_HEAD, *_ROWS]) + "\nThe leaders also held talks.")
    assert [(p, t) for p, t, _k, _d in found] == _EXPECTED
    assert {(k, d) for _p, _t, k, d in found} == {("memorandum", "2025-03-03")}


def test_rows_as_paragraphs_of_their_own() -> None:
    found = _agreements("\n\n".join([_HEAD, *_ROWS]))
    assert [(p, t) for p, t, _k, _d in found] == _EXPECTED


def test_rows_separated_by_semicolons() -> None:
    found = _agreements("The two sides signed three agreements: on trade between the Ghana Export "
                        "Promotion Authority and the Kenya Export Promotion Agency; on air services; "
                        "and in the field of health between the Ghana Health Service and the Kenya "
                        "Medical Research Institute.")
    assert [t for _p, t, _k, _d in found] == ["trade", "air services", "health"]
    assert found[1][0] == ("GH", "KE")


def test_a_colon_before_prose_gives_no_rows() -> None:
    found = _agreements("Ghana and Kenya signed three agreements on Monday: the ministers said "
                        "trade would double. they also agreed to meet again.")
    assert len(found) <= 1


def test_rows_of_documents_still_to_be_signed_are_none() -> None:
    found = _agreements("Ghana and Kenya will sign four agreements next week: on trade between the "
                        "Ghana Export Promotion Authority and the Kenya Export Promotion Agency; "
                        "and on air services.")
    assert not any(t in ("trade", "air services") for _p, t, _k, _d in found)
