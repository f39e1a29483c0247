"""The query page in a real headless Chromium (Debian's chromium + chromium-driver), used as a
researcher would: open it, pick the founding question, fill it in, run it, read the row."""

from __future__ import annotations

import os
import shutil

import pytest
from tests.test_endpoint import running

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@pytest.fixture
def downloads(tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder


@pytest.fixture
def browser(downloads):
    if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
        reason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"
        if os.environ.get("COOPKG_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow",
                                                        "downloadPath": str(downloads)})
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_founding_question_from_the_page(browser, seeded_store_path, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import Select, WebDriverWait

    store = tmp_path / "store"
    shutil.copytree(seeded_store_path, store)
    with running(store) as base:
        browser.get(base + "/")
        wait = WebDriverWait(browser, 20)
        wait.until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready"))
        Select(browser.find_element(By.ID, "query-name")).select_by_value("agreements-linking")
        for name, value in {"type_a": "Incubator", "place_a": "Xinjiang",
                            "type_b": "Foundation", "place_b": "Kazakhstan"}.items():
            browser.find_element(By.ID, f"param-{name}").send_keys(value)
        browser.find_element(By.ID, "run-stored").click()
        wait.until(ready.text_to_be_present_in_element((By.ID, "stored-status"), "1 row"))
        row = _table(browser)[0]
        assert row["date"] == "2021-09-20"
        assert row["party_a"] == "Xinjiang Zhongya Internet Incubator Co., Ltd."
        assert row["party_b"] == "Kazakhstan Science Foundation"

        browser.find_element(By.ID, "run-sparql").click()
        wait.until(ready.text_to_be_present_in_element((By.ID, "raw-status"), "2 rows"))
        raw = browser.find_element(By.ID, "raw-results").text
        assert "2021-09-20" in raw

        sparql = browser.find_element(By.ID, "sparql")
        sparql.clear()
        sparql.send_keys("SELEKT nothing")
        browser.find_element(By.ID, "run-sparql").click()
        wait.until(ready.text_to_be_present_in_element((By.ID, "raw-error"), "SPARQL syntax error"))


def _plot_title(browser, element_id: str) -> str:
    """The title of the SVG document an <object> shows, once it has loaded."""
    return browser.execute_script(
        "const d = document.getElementById(arguments[0]).contentDocument;"
        "const t = d && d.querySelector('svg > title'); return t ? t.textContent : '';", element_id)


def _table(browser) -> list[dict[str, str]]:
    from selenium.webdriver.common.by import By

    table = browser.find_element(By.CSS_SELECTOR, "#stored-results table")
    headers = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    return [dict(zip(headers, [td.text for td in tr.find_elements(By.TAG_NAME, "td")], strict=True))
            for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr")]


def test_browse_a_country_pair(browser, seeded_store_path, downloads):
    """The issue's done-when, as a researcher goes: a country pair's agreements, sorted; the
    CSV downloaded; the timeline and network shown; an organisation followed to its own page;
    and the same views opened again from their URLs."""
    import csv
    import time
    import urllib.parse

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    with running(seeded_store_path) as base:
        wait = WebDriverWait(browser, 30)
        browser.get(base + "/")
        wait.until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready"))
        browser.find_element(By.ID, "pair-a").send_keys("China")
        browser.find_element(By.ID, "pair-b").send_keys("KZ")
        browser.find_element(By.ID, "run-pair").click()
        wait.until(ready.text_to_be_present_in_element((By.ID, "stored-status"), "2 rows"))
        view = urllib.parse.urlsplit(browser.current_url)
        assert view.path == "/" and urllib.parse.parse_qs(view.query) == {
            "q": ["agreements-between"], "country_a": ["China"], "country_b": ["KZ"]}
        assert [r["date"] for r in _table(browser)] == ["2018", "2021-09-20"]
        browser.find_element(By.XPATH, "//th[text()='date']").click()
        browser.find_element(By.XPATH, "//th[text()='date']").click()
        rows = _table(browser)
        assert [r["date"] for r in rows] == ["2021-09-20", "2018"]
        assert rows[0]["title"] == "New Chapter for Cooperation with Kazakhstan, Uzbekistan"
        assert rows[0]["evidence"].startswith("On September 20, 2021")

        wait.until(lambda d: _plot_title(d, "timeline-plot") == "Timeline: China – Kazakhstan")
        wait.until(lambda d: _plot_title(d, "network-plot") == "Cooperation network: China – Kazakhstan")

        browser.find_element(By.ID, "download-csv").click()
        saved = downloads / "agreements-between_China_KZ.csv"
        deadline = time.monotonic() + 20
        while not saved.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        with saved.open(encoding="utf-8", newline="") as f:
            records = list(csv.DictReader(f))
        assert [r["date"] for r in records] == ["2018", "2021-09-20"]
        assert records[1]["parties"] == rows[0]["parties"] and records[1]["confidence"] == "0.85"

        browser.find_element(By.LINK_TEXT, "Kazakhstan Science Foundation").click()
        wait.until(ready.text_to_be_present_in_element((By.ID, "view-title"),
                                                       "Kazakhstan Science Foundation"))
        wait.until(ready.text_to_be_present_in_element((By.ID, "stored-status"), "row"))
        assert urllib.parse.parse_qs(urllib.parse.urlsplit(browser.current_url).query) == {
            "q": ["entity"], "entity": ["Kazakhstan Science Foundation"]}
        facts = [r for r in _table(browser) if r["relation"] == "agreement party"]
        assert [(f["date"], f["precision"]) for f in facts] == [("2021-09-20", "day")]
        assert facts[0]["evidence"].startswith("On September 20, 2021")
        wait.until(lambda d: _plot_title(d, "timeline-plot") == "Timeline: Kazakhstan Science Foundation")
        entity_view = browser.current_url

        browser.back()
        wait.until(ready.text_to_be_present_in_element((By.ID, "stored-status"), "2 rows"))
        assert browser.find_element(By.ID, "param-country_a").get_attribute("value") == "China"
        browser.back()  # to the plain page, where the pair view began
        wait.until(lambda d: d.find_element(By.ID, "stored-status").text == "")
        assert browser.find_elements(By.CSS_SELECTOR, "#stored-results table, #plots object") == []

        browser.get(base + "/?q=agreements-between&country_a=CN&country_b=KZ&from=2019&to=2023")
        wait.until(ready.text_to_be_present_in_element((By.ID, "stored-status"), "1 row"))
        assert [r["date"] for r in _table(browser)] == ["2021-09-20"]
        assert browser.find_element(By.ID, "pair-from").get_attribute("value") == "2019"
        wait.until(lambda d: _plot_title(d, "network-plot") ==
                   "Cooperation network: China – Kazakhstan, 2019–2023")
        browser.get(entity_view)
        wait.until(ready.text_to_be_present_in_element((By.ID, "view-title"),
                                                       "Kazakhstan Science Foundation"))


def test_a_bad_address_shows_the_reason(browser, seeded_store_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    with running(seeded_store_path) as base:
        wait = WebDriverWait(browser, 30)
        browser.get(base + "/?q=agreements-between&country_a=CN&country_b=CN")
        wait.until(ready.text_to_be_present_in_element((By.ID, "stored-error"), "are the same"))
        browser.get(base + "/?q=no-such-query")
        wait.until(ready.text_to_be_present_in_element((By.ID, "stored-error"), "no stored query"))
        browser.get(base + "/?q=entity&entity=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
        wait.until(ready.text_to_be_present_in_element((By.ID, "stored-error"), "<img src=x"))
        assert browser.find_elements(By.CSS_SELECTOR, "#stored-error img") == []
