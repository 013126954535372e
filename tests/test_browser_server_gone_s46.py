"""The page says what to do when `zhgloss serve` has stopped, not the browser's "Failed to fetch" (the review's
R46-16 addendum, session 46).

A user who never opens a terminal leaves the page open; whoever ran `zhgloss serve` stops it (Ctrl-C). Every search
and Annotate then answered "Error: Failed to fetch". A real server process stopped with Ctrl-C and a real headless
Chromium (Debian's, installed by .ci/run).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from serving import running_server, stop

WAIT_S = 15
GONE = (
    "Error: the page cannot reach zhgloss serve: it is not running; start it again (zhgloss serve), or ask whoever "
    "runs it"
)


def test_a_search_after_the_server_stopped_says_so(browser: Any, bundled: Path, tmp_path: Path) -> None:
    path = tmp_path / "glossary.json"
    shutil.copyfile(bundled, path)
    with running_server("--db", str(path)) as server:
        browser.get(server.url)
        WebDriverWait(browser, WAIT_S).until(lambda d: d.find_element(By.ID, "glossary-info").text)
        box = browser.find_element(By.ID, "search-box")
        box.send_keys("leijun")
        WebDriverWait(browser, WAIT_S).until(lambda d: "match" in d.find_element(By.ID, "search-status").text)
        code, _ = stop(server)
        assert code == 0
        box.send_keys("x")  # a keystroke asks the server again
        status = WebDriverWait(browser, WAIT_S).until(
            lambda d: (
                d.find_element(By.ID, "search-status")
                if "Error" in d.find_element(By.ID, "search-status").text
                else None
            )
        )
        assert status.text == GONE
        assert status.get_attribute("role") == "alert"
