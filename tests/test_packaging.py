"""The wheel ships the ontology and stored queries, and an installed coopkg finds them."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True, timeout=300)
    (path,) = out.glob("coopkg-*.whl")
    return path


def test_wheel_contains_data_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "coopkg/data/ontology/coopkg.ttl" in names
    assert "coopkg/data/ontology/shapes.ttl" in names
    assert "coopkg/data/queries/agreements-linking.rq" in names
    assert "coopkg/data/demonyms.tsv" in names


def test_installed_package_finds_its_data(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("import coopkg, coopkg.resources as r, coopkg.queries as q;"
            "print(coopkg.__file__); print(r.ontology_path()); print(r.shapes_path());"
            "print(sorted(q.stored_queries()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}, cwd=tmp_path,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert all(line.startswith(str(site)) for line in lines[:3]), lines
    assert "agreements-linking" in lines[3]
