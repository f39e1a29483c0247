"""Entity bombs, external entities and oversize inputs are refused before parsing; a dataset
streams through graph by graph."""

from __future__ import annotations

import resource
import subprocess
import sys

from tests.reliability.import_support import graph_size, one_error_line, run, store_size

RDF_XML = ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">\n'
           '<rdf:Description rdf:about="https://example.org/s"><rdfs:label>{value}</rdfs:label>'
           '</rdf:Description>\n</rdf:RDF>\n')


def _billion_laughs() -> str:
    entities = ['<!ENTITY lol0 "lollollollollollollollollollol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n' + "\n".join(entities) + "\n]>\n"
            + RDF_XML.format(value="&lol9;"))


def _limit_memory() -> None:
    """If the guard ever regresses, the child dies at 2 GB instead of taking the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def test_billion_laughs_is_refused_unexpanded(store_path, tmp_path):
    bomb = tmp_path / "bomb.rdf"
    bomb.write_text(_billion_laughs(), encoding="utf-8")
    total = store_size(store_path)
    done = subprocess.run([sys.executable, "-m", "coopkg.cli", "--store", str(store_path),
                           "import", "--graph", "https://example.org/g", str(bomb)],
                          capture_output=True, text=True, timeout=300, preexec_fn=_limit_memory)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert "declares DTD entities" in lines[0]
    assert store_size(store_path) == total


def test_external_entity_is_refused(store_path, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me", encoding="utf-8")
    doc = tmp_path / "xxe.rdf"
    doc.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM '
                   f'"{secret.as_uri()}">]>\n' + RDF_XML.format(value="&x;"), encoding="utf-8")
    line = one_error_line(run(store_path, "import", "--graph", "https://example.org/g", str(doc)))
    assert "declares DTD entities or external references" in line


def test_plain_rdf_xml_imports(store_path, tmp_path):
    doc = tmp_path / "plain.rdf"
    doc.write_text('<?xml version="1.0"?>\n' + RDF_XML.format(value="fine"), encoding="utf-8")
    result = run(store_path, "import", "--graph", "https://example.org/g", str(doc))
    assert result.exit_code == 0, result.output
    assert graph_size(store_path, "https://example.org/g") == 2


def _ntriples(count: int) -> str:
    return "".join(f'<https://example.org/s{i}> <http://www.w3.org/2000/01/rdf-schema#label> '
                   f'"label number {i}" .\n' for i in range(count))


def test_a_file_over_the_size_limit_is_refused(store_path, tmp_path):
    big = tmp_path / "big.nt"
    big.write_text(_ntriples(20_000), encoding="utf-8")
    assert big.stat().st_size > 1_000_000
    total = store_size(store_path)
    line = one_error_line(run(store_path, "import", "--max-size", "1", str(big)))
    assert "larger than the import limit of 1 MB" in line and "--max-size" in line
    stdin = one_error_line(run(store_path, "import", "--max-size", "1", "--format", "nt", "-",
                               input=big.read_bytes()))
    assert stdin.startswith("Error: -: larger than the import limit")
    assert store_size(store_path) == total


def test_a_dataset_keeps_its_graphs(store_path, tmp_path):
    """N-Quads with graphs interleaved: each graph arrives whole, in its own graph."""
    lines = [f'<https://example.org/s{i}> <http://www.w3.org/2000/01/rdf-schema#label> "x{i}" '
             f'<https://example.org/g{i % 3}> .\n' for i in range(30)]
    data = tmp_path / "mixed.nq"
    data.write_text("".join(lines), encoding="utf-8")
    result = run(store_path, "import", str(data))
    assert result.exit_code == 0, result.output
    assert [graph_size(store_path, f"https://example.org/g{n}") for n in range(3)] == [11, 11, 11]
