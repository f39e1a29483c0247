"""The scorer: on a gold file written for this test, and on the dev corpus when it is present."""

import json

import pytest
from click.testing import CliRunner
from tests.conftest import DEV_CORPUS

from coopkg.cli import main
from coopkg.evaluate import errors_json, evaluate, overall
from coopkg.evaluate.match import date_ok, match_article, norm, same_gist

ARTICLE = """Title: Mongolia and Japan sign grid deal
Source: Steppe Wire
Date: 2024-03-05

ULAANBAATAR, March 4 -- The Mongolian Energy Regulatory Commission and the Tokyo Grid
Institute signed a memorandum of understanding on Monday to build a smart grid laboratory,
Mongolian Deputy Minister Bat Erdene said.
"""
GOLD = {
    "article": "a.txt", "published": "2024-03-05", "countries": ["MN", "JP"],
    "regions": [{"name": "Ulaanbaatar", "iso": "MN-1", "country": "MN"}],
    "organizations": [
        {"name": "Mongolian Energy Regulatory Commission", "aliases": [], "type": "GovernmentBody",
         "country": "MN", "region": None},
        {"name": "Tokyo Grid Institute", "aliases": [], "type": "ResearchInstitute",
         "country": "JP", "region": "JP-13"}],
    "people": [{"name": "Bat Erdene", "role": "Deputy Minister", "country": "MN",
                "affiliation": None}],
    "agreements": [{"parties": ["Mongolian Energy Regulatory Commission", "Tokyo Grid Institute"],
                    "date": "2024-03", "kind": "memorandum", "topic": "smart grid laboratory"}],
    "events": [], "statements": [], "figures": [],
}


def test_rules():
    assert norm("The Astana Times") == norm("Astana Times")
    assert norm("Xi’an") == norm("Xi'an")
    assert date_ok("2024-03", "2024-03-04") and not date_ok("2024-03-05", "2024-03")
    assert date_ok(None, "2020")


def test_evaluate_own_gold(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (scored,) = evaluate(tmp_path)
    total = overall([scored])
    assert (total["countries"].tp, total["countries"].fp) == (2, 0)
    assert total["organizations"].tp == 2 and total["organizations"].accuracy("type") == 1.0
    assert total["agreements"].tp == 1 and total["agreements"].fp == 0
    assert total["people"].tp == 1
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["overall"]["agreements"]["f1"] == 1.0


def gold_dir(tmp_path, gold: dict, text: str = ARTICLE):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_errors_view_shows_misses_and_false_positives_with_sentences(tmp_path):
    gold = {**GOLD, "people": [],  # Bat Erdene becomes a false positive
            "agreements": [*GOLD["agreements"],
                           {"parties": ["MN", "JP"], "date": "2023", "kind": "treaty",
                            "topic": "friendship"}]}
    result = CliRunner().invoke(main, ["evaluate", str(gold_dir(tmp_path, gold)), "--errors",
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    errors = json.loads(result.stdout)
    (miss,) = errors["agreements"]["misses"]
    assert miss["article"] == "a" and miss["item"]["topic"] == "friendship"
    assert errors["agreements"]["false_positives"] == []
    (fp,) = errors["people"]["false_positives"]
    assert fp["item"]["name"] == "Bat Erdene" and "Deputy Minister Bat Erdene said" in \
        " ".join(fp["sentence"].split())
    text = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--category", "people"]).stdout
    assert text.startswith("== people: 0 missed, 1 false positives ==")
    assert "FP    a  Bat Erdene" in text and "agreements" not in text


def test_missed_organisation_is_shown_in_its_sentence(tmp_path):
    gold = {**GOLD, "organizations": [*GOLD["organizations"],
                                      {"name": "Mongolian Deputy Minister", "type": "Other"}]}
    errors = errors_json(evaluate(gold_dir(tmp_path, gold)), "organizations")
    (miss,) = errors["organizations"]["misses"]
    assert miss["item"]["name"] == "Mongolian Deputy Minister"
    assert miss["sentence"].startswith("ULAANBAATAR, March 4 -- The Mongolian Energy")


def test_topic_and_indicator_accuracy():
    assert same_gist("technology transfer", "transfer of technologies")
    assert same_gist("smart grid laboratory", "to build a smart grid laboratory")
    assert not same_gist("smart grid laboratory", "the South American country")
    assert same_gist(None, "anything")
    gold = {**GOLD, "agreements": [{**GOLD["agreements"][0], "topic": "fisheries"}]}
    (scored,) = [match_article(gold, pred) for pred in [{
        "agreements": [{"parties": ["Mongolian Energy Regulatory Commission",
                                    "Tokyo Grid Institute"], "date": "2024-03-04",
                        "kind": "memorandum", "topic": "smart grid"}]}]]
    assert scored["agreements"].tp == 1
    assert scored["agreements"].accuracy("topic") == 0.0
    assert scored["agreements"].accuracy("kind") == 1.0


def test_two_documents_between_the_same_parties_are_each_scored_against_their_own_topic():
    pair = {"parties": ["KE", "GH"], "date": "2024-03-04"}
    gold = {"agreements": [{**pair, "kind": "memorandum", "topic": "fisheries"},
                           {**pair, "kind": "agreement", "topic": "road building"}]}
    pred = {"agreements": [{**pair, "kind": "agreement", "topic": "building roads"},
                           {**pair, "kind": "memorandum", "topic": "fisheries research"}]}
    scored = match_article(gold, pred)["agreements"]
    assert (scored.tp, scored.accuracy("kind"), scored.accuracy("topic")) == (2, 1.0, 1.0)


def test_a_count_noun_in_another_accepted_plural_is_the_same_figure_unit():
    figure = {"indicator": "memoranda signed", "countries": ["KE", "GH"], "value": 6.0}
    gold = {"figures": [{**figure, "unit": "memorandums"}, {**figure, "value": 7.0, "unit": "MoUs"},
                        {**figure, "value": 8.0, "unit": "Memoranda of Understanding"}]}
    pred = {"figures": [{**figure, "unit": "memoranda"}, {**figure, "value": 7.0, "unit": "memoranda"},
                        {**figure, "value": 8.0, "unit": "memoranda"}]}
    assert match_article(gold, pred)["figures"].tp == 3
    wrong = {"figures": [{**figure, "unit": "projects"}]}
    assert match_article({"figures": [{**figure, "unit": "memorandums"}]}, wrong)["figures"].tp == 0


def test_a_gold_figure_told_only_as_a_change_has_no_value_and_is_scored_without_error():
    figure = {"indicator": "trade growth", "countries": ["KE", "GH"], "unit": "USD", "change_percent": 63}
    gold = {"figures": [{**figure, "value": None}]}
    assert match_article(gold, {"figures": [{**figure, "value": 5.0e9}]})["figures"].tp == 0
    assert match_article(gold, {"figures": [{**figure, "value": None}]})["figures"].tp == 1


def test_statements_pair_by_best_gist_so_the_gold_order_never_costs_a_match():
    gold = {"statements": [
        {"speaker": "Amara Okafor", "gist": "the new port will double trade with the region"},
        {"speaker": "Amara Okafor", "gist": "trade talks will resume in the spring"}]}
    pred = {"statements": [
        {"speaker": "Amara Okafor", "gist": "trade talks will resume in the spring, trade with region"},
        {"speaker": "Amara Okafor", "gist": "said the new port will double trade"}]}
    scored = match_article(gold, pred)["statements"]
    assert (scored.tp, scored.fp, scored.fn) == (2, 0, 0)


def test_a_gold_item_whose_only_candidate_is_taken_moves_the_earlier_owner_to_its_other_one():
    gold = {"statements": [{"speaker": "Lena Voss", "gist": "coffee exports will grow"},
                           {"speaker": "Lena Voss", "gist": "coffee exports to the region will grow fast"}]}
    pred = {"statements": [{"speaker": "Lena Voss", "gist": "coffee exports to the region will grow fast"},
                           {"speaker": "Lena Voss", "gist": "sales will grow"}]}
    scored = match_article(gold, pred)["statements"]
    assert (scored.tp, scored.fp, scored.fn) == (2, 0, 0)


def test_sister_city_parties_match_by_name_or_by_the_code_the_gold_region_list_gives():
    gold = {"regions": [{"name": "Lakeside", "iso": "KE-30"}, {"name": "Port Amber", "iso": "GH-AA"}],
            "agreements": [{"parties": ["Lakeside", "Port Amber"], "date": "2024-03-04"}]}
    read_back = {"agreements": [{"parties": ["KE-30", "Port Amber"], "date": "2024-03-04"}]}
    assert match_article(gold, read_back)["agreements"].tp == 1
    elsewhere = {"agreements": [{"parties": ["KE-31", "Port Amber"], "date": "2024-03-04"}]}
    assert match_article(gold, elsewhere)["agreements"].tp == 0


def test_dump_facts_is_stable_and_sorted(tmp_path):
    folder = gold_dir(tmp_path / "gold", GOLD) if (tmp_path / "gold").mkdir() is None else None
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    for out in (first, second):
        result = CliRunner().invoke(main, ["evaluate", str(folder), "--dump-facts", str(out)])
        assert result.exit_code == 0, result.output
    assert first.read_bytes() == second.read_bytes()
    facts = json.loads(first.read_text(encoding="utf-8"))["a"]
    assert facts["countries"] == ["JP", "MN"]
    (agreement,) = facts["agreements"]
    assert agreement["parties"] == ["Mongolian Energy Regulatory Commission",
                                    "Tokyo Grid Institute"]
    assert "signed a memorandum" in " ".join(agreement["evidence"].split())


def test_unreadable_article_counts_its_gold_as_missed(tmp_path):
    folder = gold_dir(tmp_path, GOLD, text="Title: no date\n\nMongolia and Japan met.")
    (scored,) = evaluate(folder)
    assert scored.error and "no publication date" in scored.error
    assert overall([scored])["organizations"].fn == 2
    assert overall([scored])["countries"].fn == 2


def test_evaluate_needs_gold_files(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 1 and "no <stem>.txt with a <stem>.json" in result.stderr


# Quality floors on the dev corpus: the scores `make eval` measured, minus 0.02.  Raise them as
# the extractor improves (never lower them to make a change pass); CI fails below any of them.
# Each entry: category -> {"f1" or an accuracy name: floor}.
DEV_FLOORS = {
    "countries": {"f1": 0.97},
    "regions": {"f1": 0.88},
    "organizations": {"f1": 0.93, "type": 0.94, "country": 0.77},
    "people": {"f1": 0.95, "country": 0.88},
    "agreements": {"f1": 0.90, "kind": 0.96, "topic": 0.61},
    "events": {"f1": 0.91},
    "statements": {"f1": 0.96},
    "figures": {"f1": 0.98, "indicator": 0.71},
}


def below_floors(total: dict) -> list[str]:
    out = []
    for category, floors in DEV_FLOORS.items():
        for measure, floor in floors.items():
            score = total[category]
            value = score.f1 if measure == "f1" else score.accuracy(measure)
            if value < floor:
                out.append(f"{category} {measure} {value:.3f} < floor {floor}")
    return out


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="dev corpus (../shared/corpus/dev) absent")
def test_dev_corpus_quality_floors():
    results = evaluate(DEV_CORPUS)
    assert [r.stem for r in results if r.error] == []
    assert below_floors(overall(results)) == []


def test_floors_can_fail():
    """The floor check is not vacuous: a corpus scoring nothing is below every floor."""
    from coopkg.evaluate.match import CATEGORIES, Score

    nothing = {name: Score(0, 1, 1, {"type": [0, 1], "country": [0, 1], "kind": [0, 1],
                                     "topic": [0, 1], "indicator": [0, 1]})
               for name in CATEGORIES}
    assert len(below_floors(nothing)) == sum(len(f) for f in DEV_FLOORS.values())


def test_a_false_positive_names_the_rule_that_made_it(tmp_path):
    gold = {**GOLD, "people": []}
    result = CliRunner().invoke(main, ["evaluate", str(gold_dir(tmp_path, gold)), "--category",
                                       "people", "--format", "json"])
    (fp,) = json.loads(result.stdout)["people"]["false_positives"]
    assert fp["item"]["rule"].startswith("person.")
    text = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--category", "people"]).stdout
    assert f"| {fp['item']['rule']}" in text
