"""The page of `zhgloss serve` in a real headless Chromium, against a real server on a free port.

What a translator does: type half a name and see the card, paste a paragraph and see the names
glossed, paste source and translation and see the name problems. Debian's chromium and
chromium-driver must be installed (.ci/run does it); nothing is downloaded.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait
from serving import Server, running_server, zhgloss_exe

WAIT_S = 15
HOSTILE_NOTE = "<img src=x onerror=alert(2)> <b>not bold</b>"
ALERT_SPY = "window.__alerts = []; window.alert = (message) => window.__alerts.push(String(message));"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, bundled: Path) -> Iterator[Server]:
    path = tmp_path_factory.mktemp("browser") / "glossary.json"
    shutil.copyfile(bundled, path)
    added = subprocess.run(
        [zhgloss_exe(), "add", "贾雨村", "--type", "person", "--note", HOSTILE_NOTE, "--yes", "--db", str(path)],
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    # A draft, as `harvest --unknown --add` proposes it: 布林肯, whose English nobody confirmed.
    news = path.parent / "news.txt"
    news.write_text("据报道，美国国务卿布林肯表示，双方将继续会谈。\n", encoding="utf-8")
    drafted = subprocess.run(
        [zhgloss_exe(), "--db", str(path), "harvest", str(news), "--unknown", "--add", "-y"],
        capture_output=True,
        text=True,
    )
    assert drafted.returncode == 0, drafted.stderr
    with running_server("--db", str(path)) as running:
        yield running


@pytest.fixture
def page(browser: Any, server: Server) -> Any:
    """The page freshly loaded, with window.alert replaced by a spy that records each call."""
    browser.get(server.url)
    WebDriverWait(browser, WAIT_S).until(lambda d: d.find_element(By.ID, "glossary-info").text)
    browser.execute_script(ALERT_SPY)
    return browser


def no_alert(driver: Any) -> bool:
    """Tell whether no alert was raised: none open, and the spy saw no call."""
    try:
        driver.switch_to.alert.dismiss()
        return False
    except NoAlertPresentException:
        return bool(driver.execute_script("return window.__alerts.length") == 0)


def card_of(driver: Any, card_id: str, entry_id: str) -> Any:
    """Wait for the card `card_id` to show the entry `entry_id`; return it."""

    def shown(d: Any) -> Any:
        card = d.find_element(By.ID, card_id)
        return card if card.is_displayed() and card.get_attribute("data-id") == entry_id else None

    return WebDriverWait(driver, WAIT_S).until(shown)


def test_page_shows_the_glossary_it_serves(page: Any) -> None:
    info = page.find_element(By.ID, "glossary-info").text
    assert "entries in glossary.json" in info
    assert page.find_element(By.ID, "search-box").get_attribute("type") == "search"


def test_typing_leijun_opens_the_card_of_lei_jun(page: Any) -> None:
    page.find_element(By.ID, "search-box").send_keys("leijun")
    card = card_of(page, "search-card", "lei-jun")
    assert card.find_element(By.TAG_NAME, "h2").text == "雷军 Lei Jun [person · lei-jun]"
    labels, values = ([e.text for e in card.find_elements(By.TAG_NAME, tag)] for tag in ("dt", "dd"))
    rows = dict(zip(labels, values, strict=True))
    assert rows["pinyin"] == "Léi Jūn"
    assert rows["traditional"] == "雷軍"
    assert "雷布斯 Leibusi (nickname)" in rows["known as"]
    first = page.find_element(By.CSS_SELECTOR, "#search-results .hit")
    assert "雷军 Lei Jun" in first.text and first.text.startswith("100")


def test_a_draft_hit_and_its_card_say_it_is_unverified(page: Any) -> None:
    page.find_element(By.ID, "search-box").send_keys("布林肯")
    card = card_of(page, "search-card", "bulinken")
    assert card.find_element(By.TAG_NAME, "h2").text.endswith("· draft, unverified]")
    hit = page.find_element(By.CSS_SELECTOR, '#search-results .hit[data-id="bulinken"]')
    assert "[person · bulinken · draft, unverified]" in hit.text
    page.find_element(By.ID, "search-box").clear()
    page.find_element(By.ID, "search-box").send_keys("leijun")
    first = WebDriverWait(page, WAIT_S).until(
        lambda d: d.find_element(By.CSS_SELECTOR, '#search-results .hit[data-id="lei-jun"]')
    )
    assert "unverified" not in first.text


def test_clicking_another_hit_opens_its_card(page: Any) -> None:
    page.find_element(By.ID, "search-box").send_keys("xiaomi")
    WebDriverWait(page, WAIT_S).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#search-results .hit")) > 1)
    other = page.find_elements(By.CSS_SELECTOR, "#search-results .hit")[1]
    entry_id = other.get_attribute("data-id")
    other.click()
    card = card_of(page, "search-card", entry_id)
    assert f"· {entry_id}]" in card.find_element(By.TAG_NAME, "h2").text


def test_arrow_keys_and_enter_open_a_hit(page: Any) -> None:
    box = page.find_element(By.ID, "search-box")
    box.send_keys("lei")
    WebDriverWait(page, WAIT_S).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#search-results .hit")) > 2)
    third = page.find_elements(By.CSS_SELECTOR, "#search-results .hit")[2].get_attribute("data-id")
    box.send_keys(Keys.ARROW_DOWN)
    page.switch_to.active_element.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN)
    page.switch_to.active_element.send_keys(Keys.ENTER)
    card_of(page, "search-card", third)
    page.switch_to.active_element.send_keys(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP)
    assert page.switch_to.active_element.get_attribute("id") == "search-box"


def test_no_match_says_so(page: Any) -> None:
    page.find_element(By.ID, "search-box").send_keys("zzzzqqqq")
    WebDriverWait(page, WAIT_S).until(lambda d: "No entry matches" in d.find_element(By.ID, "search-status").text)
    assert not page.find_element(By.ID, "search-card").is_displayed()


def test_glossary_markup_is_shown_as_text(page: Any) -> None:
    page.find_element(By.ID, "search-box").send_keys("贾雨村")
    card = WebDriverWait(page, WAIT_S).until(
        lambda d: (
            d.find_element(By.ID, "search-card") if "贾雨村" in d.find_element(By.ID, "search-card").text else None
        )
    )
    assert HOSTILE_NOTE in card.text
    assert card.find_elements(By.CSS_SELECTOR, "img, b") == []
    assert no_alert(page)


def test_pasted_text_is_glossed_and_its_script_tag_shown_as_text(page: Any) -> None:
    text = "雷军和王翔出席了发布会。<script>alert(1)</script>"
    page.find_element(By.CSS_SELECTOR, '.tab[data-view="annotate"]').click()
    page.find_element(By.ID, "annotate-text").send_keys(text + "\n<img src=x onerror=alert(3)>")
    page.find_element(By.ID, "annotate-button").click()
    output = WebDriverWait(page, WAIT_S).until(
        lambda d: (
            d.find_element(By.ID, "annotate-output")
            if d.find_elements(By.CSS_SELECTOR, "#annotate-output ruby")
            else None
        )
    )
    rubies = output.find_elements(By.TAG_NAME, "ruby")
    assert [r.get_attribute("data-id") for r in rubies] == ["lei-jun", "wang-xiang"]
    assert [r.find_element(By.TAG_NAME, "rt").text for r in rubies] == ["Lei Jun", "Wang Xiang"]
    assert "Xiaomi" in (rubies[0].get_attribute("title") or "")  # the tooltip: Lei Jun's roles
    assert output.text.endswith("出席了发布会。<script>alert(1)</script>\n<img src=x onerror=alert(3)>")
    assert output.find_elements(By.CSS_SELECTOR, "script, img") == []
    assert no_alert(page)


def test_clicking_a_glossed_name_opens_its_card(page: Any) -> None:
    page.find_element(By.CSS_SELECTOR, '.tab[data-view="annotate"]').click()
    page.find_element(By.ID, "annotate-text").send_keys("小米的王翔说")
    page.find_element(By.ID, "annotate-button").click()
    ruby = WebDriverWait(page, WAIT_S).until(
        lambda d: next(iter(d.find_elements(By.CSS_SELECTOR, '#annotate-output ruby[data-id="wang-xiang"]')), None)
    )
    ruby.click()
    card = card_of(page, "annotate-card", "wang-xiang")
    assert card.find_element(By.TAG_NAME, "h2").text.startswith("王翔 Wang Xiang")


def test_first_mention_only_glosses_each_name_once(page: Any) -> None:
    page.find_element(By.CSS_SELECTOR, '.tab[data-view="annotate"]').click()
    page.find_element(By.ID, "annotate-text").send_keys("雷军说，雷军又说。")
    page.find_element(By.ID, "annotate-first-only").click()
    page.find_element(By.ID, "annotate-button").click()
    WebDriverWait(page, WAIT_S).until(lambda d: "glossed" in d.find_element(By.ID, "annotate-status").text)
    output = page.find_element(By.ID, "annotate-output")
    assert [r.get_attribute("data-id") for r in output.find_elements(By.TAG_NAME, "ruby")] == ["lei-jun"]
    assert output.text.endswith("说，雷军又说。")


def test_names_the_glossary_lacks_are_marked_as_guesses(page: Any) -> None:
    page.find_element(By.CSS_SELECTOR, '.tab[data-view="annotate"]').click()
    page.find_element(By.ID, "annotate-text").send_keys("华为创始人任正非表示，雷军也来了。")
    page.find_element(By.ID, "annotate-unknown").click()
    page.find_element(By.ID, "annotate-button").click()
    WebDriverWait(page, WAIT_S).until(lambda d: "guessed reading" in d.find_element(By.ID, "annotate-status").text)
    [guess] = page.find_elements(By.CSS_SELECTOR, "#annotate-output .zhgloss-unverified")
    assert guess.find_element(By.TAG_NAME, "rt").text == "Rén Zhèngfēi?"
    assert (guess.get_attribute("title") or "").startswith("Not in the glossary.")
    assert guess.get_attribute("style") in (None, "")  # no markup attribute but the listed ones gets through
    known = page.find_elements(By.CSS_SELECTOR, "#annotate-output ruby[data-id]")
    assert [r.get_attribute("data-id") for r in known] == ["lei-jun"]


def test_check_lists_a_planted_misspelling_in_its_segment(page: Any) -> None:
    page.find_element(By.CSS_SELECTOR, '.tab[data-view="check"]').click()
    page.find_element(By.ID, "check-source").send_keys("雷军出席了发布会。\n王翔也在场。")
    page.find_element(By.ID, "check-translation").send_keys("Lei Jun attended the launch.\nWang Xaing was there too.")
    page.find_element(By.ID, "check-button").click()
    table = WebDriverWait(page, WAIT_S).until(
        lambda d: (
            d.find_element(By.ID, "check-results") if d.find_element(By.ID, "check-results").is_displayed() else None
        )
    )
    first, second = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert "no name problems" in first.text
    problem = second.find_element(By.CSS_SELECTOR, "li.fails")
    assert problem.text == "misspelt 王翔: found “Wang Xaing”, expected “Wang Xiang”"
    assert "Wang Xaing was there too." in second.text
    # The CLI's summary and its verdict, for one who never opens a terminal (R46-16).
    assert page.find_element(By.ID, "check-status").text == (
        "checked 2 segments: 1 name problem (1 misspelt); 1 fail the check. The translation fails the check."
    )


def test_check_says_a_translation_with_only_variants_passes(page: Any) -> None:
    # A variant is said, not failed: the page gives the CLI's verdict (exit 0), not a bare count (R46-16).
    page.find_element(By.CSS_SELECTOR, '.tab[data-view="check"]').click()
    page.find_element(By.ID, "check-source").clear()
    page.find_element(By.ID, "check-source").send_keys("马云创办了阿里巴巴。")
    page.find_element(By.ID, "check-translation").clear()
    page.find_element(By.ID, "check-translation").send_keys("Ma Yun founded Alibaba.")
    page.find_element(By.ID, "check-button").click()
    status = WebDriverWait(page, WAIT_S).until(
        lambda d: (
            d.find_element(By.ID, "check-status") if "passes" in d.find_element(By.ID, "check-status").text else None
        )
    )
    assert status.text == "checked 1 segment: 1 name problem (1 variant); 0 fail the check. The translation passes."


def test_check_errors_are_shown(page: Any) -> None:
    page.find_element(By.CSS_SELECTOR, '.tab[data-view="check"]').click()
    page.find_element(By.ID, "check-source").send_keys("雷军\n王翔")
    page.find_element(By.ID, "check-translation").send_keys("Lei Jun")
    page.find_element(By.ID, "check-button").click()
    status = WebDriverWait(page, WAIT_S).until(
        lambda d: (
            d.find_element(By.ID, "check-status") if "Error" in d.find_element(By.ID, "check-status").text else None
        )
    )
    assert status.get_attribute("role") == "alert"
    assert "line" in status.text
