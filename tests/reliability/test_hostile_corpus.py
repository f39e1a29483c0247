"""A generated hostile-input corpus for `load` and `import`: every case is refused with a clear
first line naming the file and the problem, exit 1, no traceback, and the store holds exactly
the quads it held before.  The inputs are made here, in the test's own directory."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import FIXTURES
from tests.reliability.import_support import run, store_size

ARTICLE = ("Title: Mongolia and Japan sign grid deal\nSource: Steppe Wire\nDate: 2024-03-05\n\n"
           "ULAANBAATAR, March 4 -- Mongolia and Japan signed an agreement on Monday.\n")


def _file(name: str, data: bytes) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        (folder / name).write_bytes(data)
        return [str(folder / name)]
    return make


def _symlink_loop(folder: Path) -> list[str]:
    loop = folder / "loop"
    (loop / "deeper").mkdir(parents=True)
    os.symlink("..", loop / "deeper" / "up")
    os.symlink(".", loop / "self")
    return [str(loop)]


def _shape_violation(folder: Path) -> list[str]:
    return [str(FIXTURES / "shapes" / "agreement-bad.ttl")]


# name: (command, options, input maker, what the first line must contain)
CASES: dict[str, tuple[str, list[str], Callable[[Path], list[str]], str]] = {
    "empty article": ("load", [], _file("empty.txt", b""), "empty file"),
    "blank article": ("load", [], _file("blank.txt", b"  \n\n\t\n"), "empty"),
    "binary article": ("load", [], _file("bin.txt", bytes(range(256)) * 4), "binary file"),
    "bad UTF-8": ("load", [], _file("bad.txt", ARTICLE.encode().replace(b"Japan", b"J\xffpan", 1)),
                  "not UTF-8 text (byte "),
    "huge article": ("load", ["--max-size", "0.001"],
                     _file("huge.txt", ARTICLE.encode() + b"x" * 2000),
                     "larger than the article size limit of 0.001 MB"),
    "symlink loop only": ("load", [], _symlink_loop, "no article files in this directory"),
    "malformed Turtle": ("import", [], _file("bad.ttl", b'@prefix ex: <urn:x> .\nex:a ex:b "open .\n'),
                         "malformed turtle"),
    "malformed N-Triples": ("import", [], _file("bad.nt", b"<urn:a> <urn:b> .\n"), "malformed"),
    "malformed RDF/XML": ("import", [], _file("bad.rdf", b"<rdf:RDF><unclosed></rdf:RDF>"),
                          "bad.rdf"),
    "malformed JSON-LD": ("import", [], _file("bad.jsonld", b'{"@id": "urn:a", '), "bad.jsonld"),
    "binary RDF": ("import", [], _file("bin.ttl", bytes(range(256)) * 4), "bin.ttl"),
    "huge RDF": ("import", ["--max-size", "0.001"],
                 _file("big.nt", b"<urn:a> <urn:b> <urn:c> .\n" * 200), "big.nt"),
    "shape-violating RDF": ("import", ["--graph", "https://example.org/graph/hostile"],
                            _shape_violation, "SHACL"),
}


@pytest.mark.parametrize("name", CASES)
def test_a_hostile_input_is_refused_with_one_clear_line_and_the_store_unchanged(name, store_path,
                                                                                tmp_path):
    verb, options, make, expected = CASES[name]
    inputs = make(tmp_path)
    before = store_size(store_path)
    result = run(store_path, verb, *options, *inputs)
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1, (result.exit_code, result.output)
    assert "Traceback" not in result.output and result.exception is None or \
        isinstance(result.exception, SystemExit)
    assert lines and lines[0].lower().startswith("error: ") and expected in lines[0], lines
    assert len(lines) <= 2, lines  # the error, and for load the `0 loaded, 1 rejected` tally
    assert store_size(store_path) == before
