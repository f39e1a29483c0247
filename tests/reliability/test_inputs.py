"""Hostile and odd inputs to `coopkg load` / `query`: each is loaded correctly or refused with
one clear line and the documented exit code, and the store keeps what it had."""

from __future__ import annotations

import codecs

import pytest
from click.testing import CliRunner
from tests.conftest import SEED
from tests.reliability.helpers import article_graphs, command, run_bounded

from coopkg.cli import main

ARTICLE = """Title: Mongolia and Japan sign grid deal
Source: Steppe Wire
Date: 2024-03-05

ULAANBAATAR, March 4 -- Mongolia and Japan signed an agreement on Monday.

Officials said more would follow.
"""
SUFFIXES = ".htm, .html, .text, .txt"


def run(store, *args, input=None):
    return CliRunner().invoke(main, ["--store", str(store), *args], input=input)


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.lower().startswith("error")]


@pytest.mark.parametrize("bom, codec", [
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF8, "utf-8"),
])
def test_an_article_with_a_byte_order_mark_reads_like_its_utf8_twin(store_path, tmp_path, bom,
                                                                     codec):
    marked = tmp_path / "marked.txt"
    marked.write_bytes(bom + ARTICLE.replace("\n", "\r\n").encode(codec))
    plain = tmp_path / "plain.txt"
    plain.write_text(ARTICLE, encoding="utf-8")
    first = run(store_path, "load", str(marked))
    assert first.exit_code == 0 and "1 loaded" in first.stderr, first.output
    second = run(store_path, "load", str(plain))
    assert second.exit_code == 0 and "1 unchanged" in second.stderr  # same text, same article


def test_utf16_that_does_not_decode_is_one_line(store_path, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(codecs.BOM_UTF16_LE + "Title: t".encode("utf-16-le") + b"\x00\xd8")
    result = run(store_path, "load", str(bad))
    assert result.exit_code == 1
    assert error_lines(result) == [f"error: {bad}: not UTF-16 text (byte 18)"]


def test_an_article_over_the_size_limit_is_refused_unread(store_path, tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_bytes(ARTICLE.encode() + b"x" * 5_000_000)
    result = run(store_path, "load", str(huge), str(SEED), "--keep-going")
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"error: {huge}: larger than the article size limit of 5 MB (raise it with --max-size)"]
    assert "1 loaded" in result.stderr
    assert run(store_path, "load", "--max-size", "6", str(SEED)).exit_code == 0


def test_the_size_limit_is_configurable_and_applies_to_stdin(store_path):
    result = run(store_path, "load", "--max-size", "0.001", "-", input=SEED.read_bytes())
    assert result.exit_code == 1
    assert error_lines(result) == [
        "error: <stdin>: larger than the article size limit of 0.001 MB (raise it with --max-size)"]
    assert run(store_path, "load", "--max-size", "0", str(SEED)).exit_code == 2
    assert article_graphs(store_path) == {}


def test_files_that_are_not_articles_are_reported_not_silently_skipped(store_path, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "notes.json").write_text("{}")
    (folder / "README.md").write_text("# corpus")
    result = run(store_path, "load", str(folder))
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"skipped 2 non-article files (not {SUFFIXES}): {folder}/README.md, {folder}/notes.json",
        "1 loaded"]


def test_a_directory_without_articles_is_an_error(store_path, tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a.json").write_text("{}")
    result = run(store_path, "load", str(folder))
    assert result.exit_code == 1
    assert error_lines(result) == [f"error: {folder}: no article files in this directory "
                                   f"({SUFFIXES})"]


def test_a_symlink_loop_in_a_directory_is_not_followed(store_path, tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "up").symlink_to("..")
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    result = run_bounded(command(store_path, "load", str(folder)))
    assert result.returncode == 0 and result.stderr.splitlines() == ["1 loaded"]


@pytest.mark.parametrize("args", [
    ["load", b"\xff\xfe.txt"],
    ["query", "timeline", "-p", b"country_a=\xe9"],
])
def test_undecodable_bytes_in_an_argument_are_a_usage_error(store_path, args):
    result = run_bounded(command(store_path, *args))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("Error: argument b'")
    assert result.stderr.splitlines()[-1].endswith("' is not valid UTF-8")


def test_a_repeated_query_parameter_is_a_usage_error(seeded_store_path):
    result = run(seeded_store_path, "query", "agreements-between", "-p", "country_a=CN",
                 "-p", "country_b=KZ", "-p", "country_a=UZ")
    assert result.exit_code == 2
    assert "Error: parameter 'country_a' given more than once" in result.stderr


def test_articles_without_url_sharing_title_source_and_date_are_both_kept(store_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE.replace("Officials", "Ministers"), encoding="utf-8")
    result = run(store_path, "load", str(folder))
    assert result.exit_code == 0 and result.stderr.splitlines() == ["2 loaded"]
    assert len(article_graphs(store_path)) == 2


def test_two_articles_claiming_one_url_are_warned_about(store_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with_url = ARTICLE.replace("Date:", "URL: https://example.org/grid\nDate:")
    (folder / "a.txt").write_text(with_url, encoding="utf-8")
    (folder / "b.txt").write_text(with_url.replace("Officials", "Ministers"), encoding="utf-8")
    result = run(store_path, "load", str(folder))
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"warning: {folder}/b.txt: has the same URL as {folder}/a.txt, so it is the same "
        "article and replaces it",
        "1 loaded, 1 replaced"]
    assert len(article_graphs(store_path)) == 1


def test_a_copy_of_an_article_in_one_load_is_warned_about(store_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "copy.txt").write_text(ARTICLE, encoding="utf-8")
    result = run(store_path, "load", str(folder))
    assert result.stderr.splitlines() == [
        f"warning: {folder}/copy.txt: the same article as {folder}/a.txt (identical content)",
        "1 loaded, 1 unchanged"]
