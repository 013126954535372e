"""The page's Check refuses English in the Source box and Chinese in the Translation box, as the CLI refuses the files
in that order, and offers to swap them (the review's R47-22, session 47).

It had checked nothing and said "... 1 with English for source and Chinese for translation skipped ... The translation
passes.", for a user who never opens a terminal. A real `zhgloss serve` process on a copy of the bundled glossary,
asked by HTTP and by a real headless Chromium (Debian's, installed by .ci/run).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from serving import Server, running_server

WAIT_S = 15
SOURCE = "雷军出席了发布会。"
TRANSLATION = "Lei Jun attended the launch."
REFUSAL = (
    "'source': the Source box holds English and the Translation box Chinese (its only segment); zhgloss checks a "
    "Chinese source against its English translation: swap the two boxes"
)


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory, bundled: Path) -> Path:
    path = tmp_path_factory.mktemp("swapped") / "glossary.json"
    shutil.copyfile(bundled, path)
    return path


@pytest.fixture(scope="module")
def server(glossary: Path) -> Iterator[Server]:
    with running_server("--db", str(glossary)) as running:
        yield running


def test_the_api_refuses_swapped_boxes_and_names_the_fix(server: Server, glossary: Path) -> None:
    digest = hashlib.sha256(glossary.read_bytes()).hexdigest()
    status, body = server.post_json("/api/check", {"source": TRANSLATION, "translation": SOURCE})
    assert status == 400, body
    assert body == {"error": REFUSAL, "type": "WrongDirectionError"}
    assert hashlib.sha256(glossary.read_bytes()).hexdigest() == digest


def test_the_api_counts_the_segments_that_told_it(server: Server) -> None:
    source = "\n".join([TRANSLATION] * 6)
    translation = "\n".join([SOURCE] * 6)
    status, body = server.post_json("/api/check", {"source": source, "translation": translation})
    assert status == 400, body
    assert "(the first 5 segments)" in body["error"]


def test_the_right_order_still_checks(server: Server) -> None:
    status, body = server.post_json("/api/check", {"source": SOURCE, "translation": TRANSLATION})
    assert status == 200, body
    assert body["failed"] is False
    assert body["summary"] == "checked 1 segment: no name problems"


def test_a_chinese_source_among_english_ones_is_checked_as_before(server: Server) -> None:
    """One swapped segment among right ones is the CLI's: skipped and said, not a refusal of the whole check."""
    source = f"{SOURCE}\n{TRANSLATION}"
    translation = f"{TRANSLATION}\n{SOURCE}"
    status, body = server.post_json("/api/check", {"source": source, "translation": translation})
    assert status == 200, body
    assert body["swapped"] == [2]


def test_the_page_offers_to_swap_the_boxes(browser: Any, server: Server) -> None:
    browser.get(server.url)
    WebDriverWait(browser, WAIT_S).until(lambda d: d.find_element(By.ID, "glossary-info").text)
    browser.find_element(By.CSS_SELECTOR, '.tab[data-view="check"]').click()
    browser.find_element(By.ID, "check-source").send_keys(TRANSLATION)
    browser.find_element(By.ID, "check-translation").send_keys(SOURCE)
    browser.find_element(By.ID, "check-button").click()
    swap = WebDriverWait(browser, WAIT_S).until(lambda d: d.find_elements(By.ID, "check-swap"))[0]
    status = browser.find_element(By.ID, "check-status")
    assert status.get_attribute("role") == "alert"
    assert status.text == f"Error: {REFUSAL} {swap.text}"
    assert "passes" not in status.text
    assert not browser.find_element(By.ID, "check-results").is_displayed()
    swap.click()
    WebDriverWait(browser, WAIT_S).until(lambda d: "passes" in d.find_element(By.ID, "check-status").text)
    assert browser.find_element(By.ID, "check-source").get_attribute("value") == SOURCE
    assert browser.find_element(By.ID, "check-translation").get_attribute("value") == TRANSLATION
    assert browser.find_element(By.ID, "check-status").text == (
        "checked 1 segment: no name problems. The translation passes."
    )
    assert not browser.find_elements(By.ID, "check-swap")
