"""The web page says what `zhgloss search` and `lookup` say of a forbidden form (issue 9, item 2; session 24).

The server searched with the bare search engine, so its JSON had `"forbidden": null` where `zhgloss search --json`
said "deprecated", the page showed a banned form's entry as an ordinary hit, and /api/lookup of a banned form
answered "no entry matches" (or, for a banned casing, the entry itself) where `zhgloss lookup` names the entry
that forbids it and the form to write. The rule now lives in the library (`fuzzy.with_forbidden`,
`Glossary.forbidding`, `forms.forbidden_message`), and the CLI and the server both use it. A real server process
and a real headless Chromium, on a glossary imported from a TBX file.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from serving import Server, running_server, zhgloss_exe

WAIT_S = 15
TBX = """<?xml version="1.0" encoding="utf-8"?>
<martif type="TBX" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>MS Terminology shape</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="9101">
      <langSet xml:lang="zh-cn">
        <ntig><termGrp><term>腾讯</term><termNote type="partOfSpeech">Proper Noun</termNote></termGrp></ntig>
      </langSet>
      <langSet xml:lang="en-us">
        <ntig><termGrp><term>Tencent</term><termNote type="partOfSpeech">Proper Noun</termNote></termGrp></ntig>
        <ntig><termGrp><term>TenCent</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
        <ntig><termGrp><term>Tengxun</term>
          <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termGrp></ntig>
      </langSet>
    </termEntry>
    <termEntry id="9102">
      <langSet xml:lang="zh-cn"><ntig><termGrp><term>小米</term></termGrp></ntig></langSet>
      <langSet xml:lang="en-us"><ntig><termGrp><term>Xiaomi</term></termGrp></ntig></langSet>
    </termEntry>
  </body></text>
</martif>
"""


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("forbidden")
    tbx, db = folder / "terms.tbx", folder / "glossary.json"
    tbx.write_text(TBX, encoding="utf-8")
    done = subprocess.run([zhgloss_exe(), "import", str(tbx), "--db", str(db)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="module")
def server(glossary: Path) -> Iterator[Server]:
    with running_server("--db", str(glossary)) as running:
        yield running


def cli(glossary: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe(), *args, "--db", str(glossary)], capture_output=True, text=True)


@pytest.mark.parametrize("query", ["Tengxun", "tengxun", "TenCent", "Tencent", "Xiaomi"])
def test_the_api_search_marks_a_forbidden_form_as_the_cli_does(server: Server, glossary: Path, query: str) -> None:
    status, data = server.get_json(f"/api/search?q={quote(query)}")
    assert status == 200
    by_cli = json.loads(cli(glossary, "search", query, "--json").stdout)
    assert [(h["entry"]["id"], h["forbidden"], h["write"]) for h in data["hits"]] == [
        (h["entry"]["id"], h["forbidden"], h["write"]) for h in by_cli["hits"]
    ]
    top = data["hits"][0]
    expected = {"Tengxun": "superseded", "tengxun": "superseded", "TenCent": "deprecated"}.get(query)
    assert (top["forbidden"], top["write"]) == ((expected, "Tencent") if expected else (None, None))


@pytest.mark.parametrize(("query", "usage"), [("Tengxun", "superseded"), ("TenCent", "deprecated")])
def test_the_api_lookup_of_a_forbidden_form_names_the_form_to_write(
    server: Server, glossary: Path, query: str, usage: str
) -> None:
    status, data = server.get_json(f"/api/lookup?q={quote(query)}")
    assert status == 404
    assert (data["type"], data["entry"], data["usage"], data["write"]) == ("ForbiddenForm", "tencent", usage, "Tencent")
    by_cli = cli(glossary, "lookup", query)
    assert by_cli.returncode == 1
    assert by_cli.stderr.strip() == f"Error: {data['error']}"


def test_the_api_lookup_of_the_accepted_form_is_the_entry(server: Server) -> None:
    status, data = server.get_json(f"/api/lookup?q={quote('Tencent')}")
    assert status == 200
    # The termEntry id 9101 is the file's, not the entry's (U30-23): the id is made from the English.
    assert [m["entry"]["id"] for m in data["matches"]] == ["tencent"]


def first_hit(browser: Any, server: Server, query: str) -> Any:
    browser.get(server.url)
    WebDriverWait(browser, WAIT_S).until(lambda d: d.find_element(By.ID, "glossary-info").text)
    box = browser.find_element(By.ID, "search-box")
    box.clear()
    box.send_keys(query)
    return WebDriverWait(browser, WAIT_S).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .hit"))[0]


def test_the_page_marks_a_hit_found_by_a_forbidden_form(browser: Any, server: Server) -> None:
    hit = first_hit(browser, server, "Tengxun")
    marks = hit.find_elements(By.CSS_SELECTOR, ".forbidden")
    assert [m.text.strip() for m in marks] == ["forbidden form (superseded): write Tencent"]


def test_the_page_marks_no_hit_found_by_an_accepted_form(browser: Any, server: Server) -> None:
    hit = first_hit(browser, server, "Tencent")
    assert "腾讯" in hit.text
    assert hit.find_elements(By.CSS_SELECTOR, ".forbidden") == []
