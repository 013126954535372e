"""The page's Annotate and /api/annotate gloss English copy in traditional characters when asked, as `annotate
--traditional` does (the review's R47-12; the CLI got it in session 47, the page had no switch). The page is for
people who never open a terminal: the switch is labelled in their words, "Traditional characters (Taiwan, Hong
Kong)". A real `zhgloss serve` process on a copy of the bundled glossary (雷军, traditional 雷軍), asked by HTTP and by
a real headless Chromium (Debian's, installed by .ci/run).
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from serving import Server, running_server

WAIT_S = 15
ENGLISH = "Lei Jun said the plan would go ahead."


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory, bundled: Path) -> Path:
    path = tmp_path_factory.mktemp("traditional") / "glossary.json"
    shutil.copyfile(bundled, path)
    return path


@pytest.fixture(scope="module")
def server(glossary: Path) -> Iterator[Server]:
    with running_server("--db", str(glossary)) as running:
        yield running


def _annotate(server: Server, **fields: object) -> tuple[int, Any]:
    return server.post_json("/api/annotate", {"text": ENGLISH, "format": "inline", **fields})


def test_the_api_glosses_english_in_traditional_characters_when_asked(server: Server, glossary: Path) -> None:
    digest = hashlib.sha256(glossary.read_bytes()).hexdigest()
    status, body = _annotate(server, traditional=True)
    assert status == 200, body
    assert body["output"] == "Lei Jun (雷軍) said the plan would go ahead."
    assert body["mentions"] == 1
    status, body = _annotate(server)  # the default: simplified, as before
    assert status == 200, body
    assert body["output"] == "Lei Jun (雷军) said the plan would go ahead."
    assert hashlib.sha256(glossary.read_bytes()).hexdigest() == digest


def test_the_text_s_own_chinese_still_says_its_script(server: Server) -> None:
    # As the CLI: a line of simplified Chinese in the text says the script of what follows.
    status, body = server.post_json(
        "/api/annotate", {"text": f"雷军表示。\n{ENGLISH}", "format": "inline", "traditional": True}
    )
    assert status == 200, body
    assert body["output"] == "雷军（Lei Jun）表示。\nLei Jun (雷军) said the plan would go ahead."


def test_the_api_refuses_a_switch_that_is_no_boolean(server: Server) -> None:
    status, body = _annotate(server, traditional="yes")
    assert status == 400, body
    assert body["error"] == "'traditional' must be true or false, not text"


def test_the_page_has_the_switch_in_the_user_s_words(browser: Any, server: Server) -> None:
    browser.get(server.url)
    WebDriverWait(browser, WAIT_S).until(lambda d: d.find_element(By.ID, "glossary-info").text)
    browser.find_element(By.CSS_SELECTOR, '.tab[data-view="annotate"]').click()
    switch = browser.find_element(By.ID, "annotate-traditional")
    label = switch.find_element(By.XPATH, "..")
    assert label.text == "Traditional characters (Taiwan, Hong Kong)"
    assert not switch.is_selected()
    browser.find_element(By.ID, "annotate-text").send_keys(ENGLISH)
    switch.click()
    browser.find_element(By.ID, "annotate-button").click()
    # The page renders its output anew: an element read while it is replaced is stale, and read again.
    WebDriverWait(browser, WAIT_S, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: "glossed" in d.find_element(By.ID, "annotate-status").text
    )
    [ruby] = browser.find_elements(By.CSS_SELECTOR, '#annotate-output ruby[data-id="lei-jun"]')
    assert ruby.find_element(By.TAG_NAME, "rt").text == "雷軍"
    # Unticked, the same text is glossed in simplified characters again.
    switch.click()
    browser.find_element(By.ID, "annotate-button").click()
    WebDriverWait(browser, WAIT_S, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: [r.text for r in d.find_elements(By.CSS_SELECTOR, "#annotate-output rt")] == ["雷军"]
    )
