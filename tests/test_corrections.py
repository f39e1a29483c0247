"""Corrections survive re-loading and re-extraction, also of an edited article; replacements
show in queries with their provenance; bad corrections change nothing; exports round-trip.

The articles are invented for these tests.  In the edited version the two agreements swap
places, so the fact IRIs swap too (`…-1` becomes `…-2`): a retraction remembered by IRI would
retract the wrong agreement there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from tests.conftest import write_article

from coopkg import api
from coopkg.cli import main
from coopkg.correct_apply import LoadCorrections
from coopkg.correcting import correct
from coopkg.corrections import Correction, CorrectionError, FactPattern
from coopkg.load import write_prepared
from coopkg.prepare import prepare
from coopkg.read import read_path
from coopkg.store.remote import RemoteStore
from coopkg.vocab import COOP, CORRECTIONS_GRAPH

HEADER = """Title: Mongolia and Uzbekistan sign water and seed deals
Source: Steppe Daily
Date: 2024-05-12
{url}
"""
IRRIGATION = ("The Mongolian Academy of Agricultural Sciences and the Tashkent Institute of "
              "Irrigation signed a memorandum of understanding on water-saving irrigation on "
              "May 10, 2024.")
SEEDS = ("The Mongolian Seed Foundation and the Samarkand Agrarian University signed an "
         "agreement on seed breeding on May 9, 2024.")
ORIGINAL = "ULAANBAATAR, May 11 (SD) -- {first}\n\n{second}\n\nOfficials said the two " \
           "countries would expand cooperation in agriculture.\n"
EDITED = "ULAANBAATAR, May 11 (SD) -- {first}\n\n{second}\n\nOfficials from both ministries " \
         "said the two countries would expand cooperation in agriculture and water management.\n"
URL = "URL: https://steppe-daily.example/2024/05/mn-uz-deals"
PAIR = {"country_a": "Mongolia", "country_b": "UZ"}


def article(folder: Path, name: str, edited: bool = False, url: bool = True) -> Path:
    body = (EDITED.format(first=SEEDS, second=IRRIGATION) if edited
            else ORIGINAL.format(first=IRRIGATION, second=SEEDS))
    return write_article(folder, name, HEADER.format(url=URL if url else "") + "\n" + body)


def run(store, *args):
    return CliRunner().invoke(main, ["--store", str(store), *args])


def agreements(store_path: Path) -> list[dict]:
    with api.open_store(store_path, read_only=True) as store:
        return api.run_query(store, "agreements-between", PAIR).records()


def by_kind(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row["kind"], []).append(row)
    return out


def memorandum_iri(store_path: Path) -> str:
    (row,) = by_kind(agreements(store_path))["memorandum"]
    return row["agreement"]


def load(store_path: Path, *paths: Path) -> list:
    with api.open_store(store_path) as store:
        results = list(api.load_paths(store, [str(p) for p in paths]))
    assert all(r.ok for r in results), [r.error for r in results]
    return results


def retract_memorandum(store_path: Path) -> None:
    result = run(store_path, "correct", "retract", memorandum_iri(store_path),
                 "--reason", "only discussed, not signed", "--author", "A. Reader")
    assert result.exit_code == 0, result.output
    assert "1 retracted, 0 added" in result.stderr


def test_retraction_survives_reload_and_reextraction(store_path, tmp_path):
    path = article(tmp_path, "deals.txt")
    load(store_path, path)
    assert set(by_kind(agreements(store_path))) == {"memorandum", "agreement"}
    retract_memorandum(store_path)
    assert set(by_kind(agreements(store_path))) == {"agreement"}

    (again,) = load(store_path, path)
    assert again.outcome.value == "unchanged"
    assert set(by_kind(agreements(store_path))) == {"agreement"}

    # re-extraction (as after an extractor change): prepared anew and written even though its
    # text is unchanged (no content hash to compare)
    prepared = prepare(read_path(str(path)))
    prepared.content_hash = None
    with api.open_store(store_path) as store:
        result = write_prepared(store, prepared, LoadCorrections(store))
    assert result.outcome.value == "replaced" and "1 retracted" in result.corrected[0]
    assert set(by_kind(agreements(store_path))) == {"agreement"}


def test_retraction_matches_by_content_in_an_edited_article(store_path, tmp_path):
    load(store_path, article(tmp_path, "deals.txt"))
    retracted_iri = memorandum_iri(store_path)
    retract_memorandum(store_path)

    (edited,) = load(store_path, article(tmp_path, "deals-edited.txt", edited=True))
    assert edited.outcome.value == "replaced"  # same URL: the same article, re-extracted
    assert any("1 retracted" in line for line in edited.corrected)
    (seeds,) = agreements(store_path)
    assert seeds["kind"] == "agreement" and seeds["date"] == "2024-05-09"
    assert seeds["agreement"] == retracted_iri  # the IRI the memorandum had: it stays


def test_retraction_survives_an_edited_copy_without_url(store_path, tmp_path):
    load(store_path, article(tmp_path, "deals.txt", url=False))
    retract_memorandum(store_path)
    (edited,) = load(store_path, article(tmp_path, "deals-edited.txt", edited=True, url=False))
    assert edited.outcome.value == "loaded"  # a new article: its key is its content hash
    rows = agreements(store_path)
    assert {r["kind"] for r in rows} == {"agreement"}
    assert len({r["article"] for r in rows}) == 2


def test_replacement_in_queries_and_tables_with_its_provenance(store_path, tmp_path):
    load(store_path, article(tmp_path, "deals.txt"))
    (seeds,) = by_kind(agreements(store_path))["agreement"]
    result = run(store_path, "correct", "replace", seeds["agreement"], "--date", "2024-05-10",
                 "--topic", "seed breeding and exchange", "--reason", "signed with the memo",
                 "--author", "B. Checker")
    assert result.exit_code == 0, result.output

    (row,) = by_kind(agreements(store_path))["agreement"]
    assert (row["date"], row["topic"], row["date_source"]) == \
        ("2024-05-10", "seed breeding and exchange", "stated")
    assert row["parties"] == seeds["parties"] and row["evidence"] == seeds["evidence"]
    assert row["confidence"] == 1 and row["title"] == seeds["title"]
    with api.open_store(store_path, read_only=True) as store:
        (why,) = api.run_sparql(store, f"""
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX coop: <https://w3id.org/coopkg/ontology#>
            SELECT ?who ?reason ?when WHERE {{
              <{row['agreement']}> prov:wasGeneratedBy <{row['correction']}> .
              <{row['correction']}> a coop:Correction ; coop:reason ?reason ;
                  prov:endedAtTime ?when ;
                  prov:wasAssociatedWith/<http://www.w3.org/2000/01/rdf-schema#label> ?who }}
            """).records()
        assert (why["who"], why["reason"]) == ("B. Checker", "signed with the memo")
        from coopkg.tables import table_records
        _columns, table = table_records(store, "agreements")
    corrected = [r for r in table if r["correction"]]
    assert [r["correction_reason"] for r in corrected] == ["signed with the memo"]

    load(store_path, article(tmp_path, "deals-edited.txt", edited=True))
    rows = by_kind(agreements(store_path))["agreement"]
    assert [(r["date"], r["correction"]) for r in rows] == [("2024-05-10", row["correction"])]


def store_state(store_path: Path) -> bytes:
    out = tmp = store_path.parent / "state.nq"
    with api.open_store(store_path, read_only=True) as store, open(tmp, "wb") as handle:
        api.export(store, handle, "nquads")
    return b"".join(sorted(out.read_bytes().splitlines()))


@pytest.mark.parametrize("args, message", [
    (["--party", "Mongolian Seed Foundation"], "at least two parties"),
    (["--date", "2024-13-45"], "is not YYYY, YYYY-MM or YYYY-MM-DD"),
    (["--reason", "   "], "a correction needs exactly one reason"),
])
def test_correction_failing_the_shapes_is_refused_and_changes_nothing(store_path, tmp_path,
                                                                      args, message):
    load(store_path, article(tmp_path, "deals.txt"))
    (seeds,) = by_kind(agreements(store_path))["agreement"]
    before = store_state(store_path)
    reason = [] if "--reason" in args else ["--reason", "wrong"]
    result = run(store_path, "correct", "replace", seeds["agreement"], *args, *reason)
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.strip().splitlines()
    assert message in line and "nothing changed" in line
    assert store_state(store_path) == before


@pytest.mark.parametrize("args, code, message", [
    (["retract", "https://w3id.org/coopkg/id/agreement/0000000000000000-9", "--reason", "x"], 1,
     "no such fact in any stored article"),
    (["retract", "ARG"], 2, "Missing option '--reason'"),
    (["add", "https://steppe-daily.example/2024/05/mn-uz-deals", "--kind", "treaty",
      "--party", "Mongolia", "--reason", "x"], 2, "at least two --party"),
    (["replace", "ARG", "--party", "Nobody Anywhere Institute", "--party", "Mongolia",
      "--reason", "x"], 1, "'Nobody Anywhere Institute' names nothing stored"),
    (["add", "https://elsewhere.example/none", "--kind", "treaty", "--party", "Mongolia",
      "--party", "Uzbekistan", "--reason", "x"], 1, "no stored article has that IRI or URL"),
])
def test_cli_errors_one_line(store_path, tmp_path, args, code, message):
    load(store_path, article(tmp_path, "deals.txt"))
    args = [memorandum_iri(store_path) if a == "ARG" else a for a in args]
    result = run(store_path, "correct", *args)
    assert result.exit_code == code, result.output
    (error,) = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert message in error and "Traceback" not in result.output


def test_add_a_missed_agreement_by_article_url(store_path, tmp_path):
    load(store_path, article(tmp_path, "deals.txt"))
    result = run(store_path, "correct", "add", "https://steppe-daily.example/2024/05/mn-uz-deals",
                 "--kind", "joint statement", "--party", "Mongolia", "--party", "Uzbekistan",
                 "--date", "2024-05", "--reason", "missed by the extractor")
    assert result.exit_code == 0, result.output
    (row,) = by_kind(agreements(store_path))["joint statement"]
    assert row["precision"] == "month" and row["correction"]


def test_export_round_trips_into_a_fresh_store(store_path, initialised_template, tmp_path):
    import shutil

    path = article(tmp_path, "deals.txt")
    load(store_path, path)
    retract_memorandum(store_path)
    (seeds,) = by_kind(agreements(store_path))["agreement"]
    assert run(store_path, "correct", "replace", seeds["agreement"], "--date", "2024-05-10",
               "--reason", "date", "--author", "B. Checker").exit_code == 0
    exported = tmp_path / "corrections.ttl"
    assert run(store_path, "correct", "list", "--format", "turtle", "-o", str(exported)).exit_code == 0

    fresh = tmp_path / "fresh"
    shutil.copytree(initialised_template, fresh)
    result = run(fresh, "correct", "import", str(exported))
    assert result.exit_code == 0, result.output

    def listing(store):
        return json.loads(run(store, "correct", "list", "--format", "json").stdout)

    assert listing(fresh) == listing(store_path) and len(listing(fresh)) == 2
    load(fresh, path)  # the corrections apply at the article's first load
    assert agreements(fresh) == agreements(store_path)
    again = run(fresh, "correct", "import", str(exported))  # already there: nothing doubles
    assert again.exit_code == 0 and len(listing(fresh)) == 2


def test_corrections_graph_is_not_importable(store_path, tmp_path):
    data = write_article(tmp_path, "x.ttl", "<urn:a> <urn:b> <urn:c> .\n")
    result = run(store_path, "import", str(data), "--graph", str(CORRECTIONS_GRAPH))
    assert result.exit_code == 1 and "only `coopkg correct` writes" in result.stderr


def test_remote_store_refuses_to_write_corrections():
    store = RemoteStore("http://127.0.0.1:9/sparql")  # never contacted: refused first
    correction = Correction(URIRef("https://w3id.org/coopkg/id/article/0123456789abcdef"),
                            "why", "who")
    with pytest.raises(CorrectionError, match="only to a store directory"):
        correct(store, correction)


def test_added_fact_failing_the_shapes_at_a_load_is_a_warning(store_path, tmp_path):
    """An edited text that no longer names a party of an added agreement: the article loads,
    the added agreement is left out with a warning, the correction is kept for later loads."""
    load(store_path, article(tmp_path, "deals.txt"))
    result = run(store_path, "correct", "add", "https://steppe-daily.example/2024/05/mn-uz-deals",
                 "--kind", "protocol", "--party", "Mongolian Seed Foundation", "--party",
                 "Tashkent Institute of Irrigation", "--reason", "a third document")
    assert result.exit_code == 0, result.output
    shorter = write_article(tmp_path, "deals-short.txt", HEADER.format(url=URL) + "\n"
                            f"ULAANBAATAR, May 11 (SD) -- {IRRIGATION}\n")
    loaded = run(store_path, "load", str(shorter))
    assert loaded.exit_code == 0, loaded.output
    (warning,) = [line for line in loaded.stderr.splitlines() if "corrected fact not added" in line]
    assert "at least two parties" in warning
    assert {r["kind"] for r in agreements(store_path)} == {"memorandum"}
    assert len(json.loads(run(store_path, "correct", "list", "--format", "json").stdout)) == 1


def test_python_api_correction_of_an_article_not_stored(store_path):
    kind = FactPattern.of(COOP.Agreement, [(COOP.kind, Literal("treaty"))])
    with api.open_store(store_path) as store:
        correction = Correction(URIRef("https://w3id.org/coopkg/id/article/0123456789abcdef"),
                                "why", "who", retract=[kind])
        with pytest.raises(CorrectionError, match="no such article stored"):
            api.correct(store, correction)
        assert api.list_corrections(store) == []
