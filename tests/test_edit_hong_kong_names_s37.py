"""edit --en reads a Hong Kong name as add does, and a title before one is named as a title (U36-34, U36-32).

U36-34: `edit --en "Eric Chan Kwok-ki"` (and `edit --confirm --en` of a harvest draft, where a Hong Kong editor types
the person's real name) was refused with the fix --adopted, though `add --en "Paul Chan Mo-po"` stores "Paul Chan"
with the full and Chinese-order forms as aliases (`zhgloss.adopted.short_form`, README). edit now takes the same rule.

U36-32: `add --en "Sir Donald Tsang Yam-kuen"` / "Professor Arthur Li Kwok-cheung" was refused with the fix
--adopted; the title rule (`validate.title_before_name`) did not know the name after the title as a Hong Kong name.
It now gives the title message, and validate warns of a title stored in an adopted English. The names are the Hong
Kong government's own listings (Sir Donald Tsang Yam-kuen, GBM; Professor Arthur Li Kwok-cheung, GBS, JP; Eric Chan
Kwok-ki, Chief Secretary for Administration; Paul Chan Mo-po, Financial Secretary).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.curate import draft_entry, edit_entry
from zhgloss.model import Entry
from zhgloss.validate import check_entry, title_before_name


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], capture_output=True, text=True, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize(
    ("zh", "en", "short", "chinese_order"),
    [
        ("陈国基", "Eric Chan Kwok-ki", "Eric Chan", "Chan Kwok-ki"),
        ("陈茂波", "Paul Chan Mo-po", "Paul Chan", "Chan Mo-po"),
        ("曾荫权", "Donald Tsang Yam-kuen", "Donald Tsang", "Tsang Yam-kuen"),
        ("李国章", "Arthur Li Kwok-cheung", "Arthur Li", "Li Kwok-cheung"),
    ],
)
def test_edit_en_stores_a_hong_kong_name_as_add_does(zh: str, en: str, short: str, chinese_order: str) -> None:
    entry = draft_entry(zh, kind="person")
    edited = edit_entry(entry, en=en)
    added = draft_entry(zh, kind="person", en=en)
    assert (edited.en, edited.en_adopted) == (short, True)
    assert edited.aliases == added.aliases == (en, chinese_order)
    assert check_entry(edited) == []


def test_edit_en_of_a_plain_name_is_unchanged() -> None:
    entry = draft_entry("陈国基", kind="person")
    assert edit_entry(entry, en="Chen Guoji").en == "Chen Guoji"
    assert edit_entry(entry, en="Chan Kwok-ki").aliases == entry.aliases


def test_confirming_a_harvest_draft_with_the_hong_kong_name(tmp_path: Path) -> None:
    db = tmp_path / "dr.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    text = tmp_path / "dr.txt"
    text.write_text("政務司司長陳國基今日到訪。\n", encoding="utf-8")
    harvested = _zhgloss(db, "harvest", str(text), "--unknown", "--add", "-y")
    assert harvested.returncode == 0, harvested.stderr
    done = _zhgloss(db, "edit", "chen-guoji", "--confirm", "--en", "Eric Chan Kwok-ki")
    assert done.returncode == 0, done.stderr
    shown = json.loads(_zhgloss(db, "show", "chen-guoji", "--json").stdout)
    assert (shown["en"], shown["aliases"], shown["en_adopted"]) == (
        "Eric Chan",
        ["Eric Chan Kwok-ki", "Chan Kwok-ki"],
        True,
    )
    (tmp_path / "ec.zh").write_text("陈国基表示。\n", encoding="utf-8")
    (tmp_path / "ec.en").write_text("Eric Chan said.\n", encoding="utf-8")
    checked = _zhgloss(db, "check", str(tmp_path / "ec.zh"), str(tmp_path / "ec.en"))
    assert checked.returncode == 0, checked.stdout


@pytest.mark.parametrize(
    ("zh", "en", "title", "name"),
    [
        ("曾荫权", "Sir Donald Tsang Yam-kuen", "Sir", "Donald Tsang Yam-kuen"),
        ("李国章", "Professor Arthur Li Kwok-cheung", "Professor", "Arthur Li Kwok-cheung"),
        ("高永文", "Dr Ko Wing-man", "Dr", "Ko Wing-man"),  # found before too
        ("钟士元", "Sir Sze-yuen Chung", "Sir", "Sze-yuen Chung"),  # found before too
    ],
)
def test_a_title_before_a_hong_kong_name_is_a_title(zh: str, en: str, title: str, name: str) -> None:
    assert title_before_name(zh, en, []) == (title, name)


def test_add_names_the_title_and_its_fix_is_taken(tmp_path: Path) -> None:
    db = tmp_path / "t.json"
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    refused = _zhgloss(db, "add", "曾蔭權", "--type", "person", "--en", "Sir Donald Tsang Yam-kuen")
    assert refused.returncode != 0
    assert "writes the title 'Sir' before the name" in refused.stderr
    assert "--adopted" not in refused.stderr
    assert "--en 'Donald Tsang Yam-kuen'" in refused.stderr
    added = _zhgloss(db, "add", "曾蔭權", "--type", "person", "--en", "Donald Tsang Yam-kuen")
    assert added.returncode == 0, added.stderr
    shown = json.loads(_zhgloss(db, "show", "donald-tsang", "--json").stdout)
    assert shown["en"] == "Donald Tsang"


def test_validate_warns_of_a_title_stored_in_an_adopted_english() -> None:
    entry = Entry(id="x", type="person", zh="曾荫权", en="Sir Donald Tsang Yam-kuen", en_adopted=True)
    [problem] = check_entry(entry)
    assert (problem.code, problem.severity) == ("en-title", "warning")
    assert "write 'Donald Tsang Yam-kuen'" in problem.message
    assert check_entry(Entry(id="y", type="person", zh="马云", en="Jack Ma", en_adopted=True)) == []


@pytest.mark.parametrize(("zh", "en"), [("周总理", "Premier Zhou Enlai"), ("蜀相", "Prime Minister of Shu")])
def test_an_office_the_chinese_itself_names_is_no_title_to_drop(zh: str, en: str) -> None:
    # CC-CEDICT's adopted Englishes of a Chinese that holds the office (总理, 相): the --proper-only import's two
    # en-title warnings before this rule
    assert check_entry(Entry(id="x", type="person", zh=zh, en=en, en_adopted=True)) == []
