"""The browsing routes of `coopkg serve`: grlc-style stored-query API, CSV/JSON downloads, the
entity page, the pictures, and what they answer to hostile or mistaken requests."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from tests.test_endpoint import running

PAIR = {"country_a": "CN", "country_b": "KZ"}
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def base(seeded_store_path):
    """Read-only routes only: the session's seeded store is served as it is."""
    with running(seeded_store_path) as url:
        yield url


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(base: str, path: str, params: dict | list | None = None) -> tuple[int, dict, bytes]:
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def refused(base: str, path: str, params=None, status: int = 400) -> str:
    """The one-line plain-text reason of a refusal."""
    code, headers, body = get(base, path, params)
    text = body.decode()
    assert code == status, (code, text)
    assert headers["content-type"].startswith("text/plain") and text.count("\n") == 1, text
    return text


def test_grlc_style_api_answers_like_the_query_route(base):
    status, _, body = get(base, "/api/agreements-between", PAIR)
    assert status == 200
    assert json.loads(body) == json.loads(get(base, "/api/query/agreements-between", PAIR)[2])
    rows = json.loads(body)
    assert [r[rows["variables"].index("date")] for r in rows["rows"]] == ["2018", "2021-09-20"]
    spec = json.loads(get(base, "/api/openapi.json")[2])
    assert {"/api/agreements-between", "/api/query/agreements-between.csv",
            "/plot/timeline.svg", "/plot/network.svg"} <= set(spec["paths"])


def test_csv_and_json_downloads_carry_the_same_rows_and_sources(base):
    page = json.loads(get(base, "/api/query/agreements-between", PAIR)[2])
    status, headers, body = get(base, "/api/query/agreements-between.csv", PAIR)
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert headers["content-disposition"] == 'attachment; filename="agreements-between_CN_KZ.csv"'
    table = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert table[0] == page["variables"] and table[1:] == page["rows"]
    row = dict(zip(table[0], table[2], strict=True))
    assert row["title"] == "New Chapter for Cooperation with Kazakhstan, Uzbekistan"
    assert row["evidence"].startswith("On September 20, 2021, Xinjiang Zhongya Internet Incubator")
    assert row["precision"] == "day" and row["date_source"] == "stated"
    status, headers, body = get(base, "/api/agreements-between.json", {**PAIR, "from": "2019"})
    assert headers["content-disposition"] == 'attachment; filename="agreements-between_CN_KZ_2019.json"'
    records = json.loads(body)
    assert [r["date"] for r in records] == ["2021-09-20"]
    assert records[0]["confidence"] == 0.85 and records[0]["url"] is None  # plain values


def test_entity_page_is_a_view_at_its_own_address(base):
    iri = "https://w3id.org/coopkg/id/country/KZ"
    status, headers, _ = get(base, "/entity", {"iri": iri})
    assert status == 303 and headers["location"] == "/?" + urllib.parse.urlencode(
        {"q": "entity", "entity": iri})
    status, headers, _ = get(base, "/entity", {"name": "Kazakhstan Science Foundation"})
    assert headers["location"].endswith("entity=Kazakhstan+Science+Foundation")
    assert "give one of" in refused(base, "/entity")
    assert "give one of" in refused(base, "/entity", {"iri": iri, "name": "x"})
    rows = json.loads(get(base, "/api/entity", {"entity": iri})[2])
    relations = {r[rows["variables"].index("relation")] for r in rows["rows"]}
    assert {"agreement party", "event location"} <= relations


def test_timeline_and_network_pictures(base):
    status, headers, body = get(base, "/plot/timeline.svg", {"a": "CN", "b": "Kazakhstan"})
    assert status == 200 and headers["content-type"].startswith("image/svg+xml")
    assert headers["content-security-policy"].startswith("default-src 'none'")
    root = ET.fromstring(body)
    assert root.find(f"{SVG}title").text == "Timeline: China – Kazakhstan"
    tips = [t.text for t in root.iter(f"{SVG}title")]
    assert any(t.startswith("2021-09-20 (day, stated): ") and "On September 20, 2021" in t for t in tips)
    assert any(t.startswith("2018 (year, stated): ") for t in tips)
    later = ET.fromstring(get(base, "/plot/timeline.svg", {"a": "CN", "b": "KZ", "from": "2019"})[2])
    assert not any((t.text or "").startswith("2018 ") for t in later.iter(f"{SVG}title"))

    root = ET.fromstring(get(base, "/plot/network.svg", {"a": "CN", "b": "KZ"})[2])
    labels = {t.text for t in root.iter(f"{SVG}text")}
    assert {"China", "Kazakhstan", "Kazakhstan Science Foundation"} <= labels
    hrefs = {a.get("href") for a in root.iter(f"{SVG}a")}
    assert "/entity?iri=https%3A%2F%2Fw3id.org%2Fcoopkg%2Fid%2Fcountry%2FKZ" in hrefs
    filtered = ET.fromstring(get(base, "/plot/network.svg", {"a": "CN", "b": "KZ", "from": "2019",
                                                             "to": "2023"})[2])
    labels = {t.text for t in filtered.iter(f"{SVG}text")}
    assert "Kazakhstan Science Foundation" in labels and "China" not in labels  # 2018 left out
    countries = ET.fromstring(get(base, "/plot/network.svg", {"a": "CN", "nodes": "countries"})[2])
    assert {"CN", "KZ"} <= {t.text for t in countries.iter(f"{SVG}text")}
    entity = ET.fromstring(get(base, "/plot/timeline.svg",
                               {"entity": "Kazakhstan Science Foundation"})[2])
    assert entity.find(f"{SVG}title").text == "Timeline: Kazakhstan Science Foundation"


def test_unknown_names_are_404_with_one_line(base):
    for path in ("/api/no-such-query", "/api/query/no-such-query", "/api/query/no-such-query.csv"):
        assert refused(base, path, status=404).startswith("no stored query 'no-such-query' (available: ")
    assert "no download format 'xml'" in refused(base, "/api/query/timeline.xml", PAIR, 404)
    assert "no picture 'pie'" in refused(base, "/plot/pie.svg", status=404)


@pytest.mark.parametrize("path,params,reason", [
    ("/api/agreements-between", {"country_a": "CN", "country_b": "CN"}, "are the same"),
    ("/api/agreements-between", {"country_a": "CN'} ; DROP ALL #", "country_b": "KZ"}, "unknown place"),
    ("/api/agreements-between", [("country_a", "CN"), ("country_a", "KZ")], "more than one `country_a`"),
    ("/api/agreements-between", {**PAIR, "limit": "5"}, "has no parameter 'limit'"),
    ("/api/entity", {"entity": 'x" } UNION { ?s ?p ?o } #'}, "no person or organisation"),
    ("/api/entity", {"entity": "javascript:alert(1)"}, "entity"),
    ("/api/query/agreements-between.csv", {**PAIR, "from": "2020-02-30"}, "from='2020-02-30'"),
    ("/plot/timeline.svg", {"a": "CN"}, "give the countries"),
    ("/plot/timeline.svg", {"a": "CN", "b": "KZ", "evil": "1"}, "unknown parameter `evil`"),
    ("/plot/timeline.svg", {"entity": "<script>alert(1)</script>"}, "no person or organisation"),
    ("/plot/timeline.svg", {"entity": "KZ", "a": "CN"}, "not both"),
    ("/plot/network.svg", {"a": "CN", "nodes": "people"}, "nodes must be one of"),
    ("/plot/network.svg", {"a": "CN", "b": "KZ", "from": "20x"}, "from='20x'"),
    ("/plot/network.svg", {"a": "<svg onload=alert(1)>"}, "unknown place"),
])
def test_hostile_and_mistaken_parameters(base, path, params, reason):
    assert reason in refused(base, path, params)
