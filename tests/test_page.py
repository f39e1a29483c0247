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
def browser():
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
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
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
        table = browser.find_element(By.CSS_SELECTOR, "#stored-results table")
        headers = [th.text for th in table.find_elements(By.TAG_NAME, "th")]
        cells = [td.text for td in table.find_elements(By.CSS_SELECTOR, "tr:nth-child(2) td")]
        row = dict(zip(headers, cells, strict=True))
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
