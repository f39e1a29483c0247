from datetime import date

import pytest
from tests.conftest import SEED

from coopkg.read import ReadError, iter_paths, read_bytes, read_path

HEADER_ARTICLE = b"""Title: Mongolia and Japan sign grid deal
Source: Steppe Wire
Date: 2024-03-05
Author: A. Reporter
URL: https://example.org/grid

ULAANBAATAR, March 4 -- Mongolia and Japan signed an agreement on Monday.

Officials said more would follow.
"""


def test_header_text():
    article = read_bytes(HEADER_ARTICLE, "a.txt")
    assert article.title == "Mongolia and Japan sign grid deal"
    assert article.source == "Steppe Wire" and article.author == "A. Reporter"
    assert article.published == date(2024, 3, 5)
    assert article.url == "https://example.org/grid"
    assert article.text.startswith("ULAANBAATAR, March 4") and "Title:" not in article.text


def test_pasted_page_with_source_line():
    article = read_path(SEED)
    assert article.title == "New Chapter for Cooperation with Kazakhstan, Uzbekistan"
    assert article.source == "Science and Technology Daily"
    assert article.author == "TANG Zhexiao"
    assert article.published == date(2022, 9, 22)
    assert "Top News" not in article.text and "Editor:" not in article.text
    assert article.text.rstrip().endswith("Farhod Arziev.")
    assert len(article.captions) == 1


def test_html_uses_trafilatura():
    html = b"""<!DOCTYPE html><html><head><title>Laos and Viet Nam open lab</title>
    <meta property="article:published_time" content="2023-04-02"></head><body>
    <nav>Home | World</nav><article><h1>Laos and Viet Nam open lab</h1>
    <p>VIENTIANE, April 1 -- The Lao Ministry of Technology and the Vietnam Academy of Science
    and Technology signed a memorandum of understanding on Saturday to build a joint laboratory
    for soil research in the capital, officials said.</p>
    <p>The laboratory will open next year, the ministry said in a statement on its website.</p>
    </article><footer>Copyright</footer></body></html>"""
    article = read_bytes(html, "page.html")
    assert article.published == date(2023, 4, 2)
    assert "memorandum of understanding" in article.text
    assert "Home | World" not in article.text


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    ("Title: x\nDate: 2022-01-01\n\nCaf\xe9".encode("latin-1"), "not UTF-8"),
    (b"Title: No date here\n\nSome text about China and Laos.", "no publication date"),
    (b"Title: Bad date\nDate: the thirty-second of Smarch\n\nText.", "unreadable publication date"),
    (b"Title: Only a header\nDate: 2022-01-01\n", "no article text"),
])
def test_bad_inputs_give_one_line_errors(data, message):
    with pytest.raises(ReadError, match=message) as info:
        read_bytes(data, "bad.txt")
    assert "\n" not in str(info.value) and str(info.value).startswith("bad.txt: ")


def test_default_date_fills_a_missing_date():
    article = read_bytes(b"Title: t\n\nChina and Laos met.", "x.txt", default_date=date(2021, 1, 2))
    assert article.published == date(2021, 1, 2)


def test_directory_expansion_is_sorted(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.html").write_text("x")
    (tmp_path / "skip.json").write_text("x")
    assert [p.rsplit("/", 1)[-1] for p in iter_paths([str(tmp_path)])] == ["a.html", "b.txt"]


def test_identity_survives_edits_and_hash_does_not():
    a = read_bytes(HEADER_ARTICLE, "a.txt")
    b = read_bytes(HEADER_ARTICLE.replace(b"Officials", b"Ministers"), "a.txt")
    assert a.key == b.key and a.content_hash != b.content_hash
