"""A list of Chinese names with no English column is read as drafts (session 48; the s47 review's R47-11).

A sheet of Chinese alone ("zh,type", a single column 中文) was a dead end: refused "names no 'en' column", and
--columns insisted on en. What such a user needs is the names in, marked as not yet translated: each row is a
draft whose English is a proposal, said with its line, which `validate` reports until a person writes the English
(as a Weblate or OmegaT row with the target blank already was). The proposal is the one `add` would name: a person
or place CC-CEDICT lists gets CC-CEDICT's English (香港 "Hong Kong", not "Xianggang"), and an untyped row of one the
type CC-CEDICT gives it; any other row its pinyin, and an untyped one is never typed person by guess.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ZHGLOSS = shutil.which("zhgloss") or "zhgloss"


def _import(path: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [ZHGLOSS, "import", str(path), "--db", str(db), *args], capture_output=True, text=True, check=False
    )


def _entries(db: Path) -> dict[str, dict[str, object]]:
    return {e["zh"]: e for e in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("typed.csv", "中文,类型\n李光耀,人名\n香港,地名\n腾讯,公司\n"),
        ("typed.tsv", "zh\ttype\n李光耀\tperson\n香港\tplace\n腾讯\torg\n"),
    ],
)
def test_a_typed_chinese_list_is_imported_as_drafts_with_add_s_english(tmp_path: Path, name: str, text: str) -> None:
    sheet = tmp_path / name
    sheet.write_text(text, encoding="utf-8")
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    entries = _entries(db)
    assert {zh: (e["type"], e["en"], e["draft"]) for zh, e in entries.items()} == {
        "李光耀": ("person", "Lee Kuan Yew", True),
        "香港": ("place", "Hong Kong", True),
        "腾讯": ("org", "Tengxun", True),
    }
    assert "'香港' has no English: imported as a draft whose English 'Hong Kong' is CC-CEDICT's" in result.stderr
    assert "'腾讯' has no English: imported as a draft whose English 'Tengxun' is its pinyin" in result.stderr


def test_a_single_column_of_chinese_names_is_drafts_never_typed_person_by_guess(tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text("中文\n李光耀\n马云\n腾讯\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = _import(sheet, db)
    assert result.returncode == 0, result.stderr
    entries = _entries(db)
    assert entries["李光耀"]["type"] == "person"  # CC-CEDICT says so
    assert entries["李光耀"]["en"] == "Lee Kuan Yew"
    assert entries["马云"]["type"] != "person"  # a guess would be: nothing in the file says so
    assert all(e["draft"] for e in entries.values())


def test_columns_may_name_chinese_without_english(tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text("1,香港,place\n2,腾讯,org\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = _import(sheet, db, "--columns", "-,zh,type")
    assert result.returncode == 0, result.stderr
    assert {zh: e["en"] for zh, e in _entries(db).items()} == {"香港": "Hong Kong", "腾讯": "Tengxun"}


def test_columns_with_neither_language_is_a_usage_error(tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text("person,note\n", encoding="utf-8")
    db = tmp_path / "g.json"
    result = _import(sheet, db, "--columns", "type,note")
    assert result.returncode == 2
    assert "must include en (the English form) or zh" in result.stderr
    assert not db.exists()


def test_validate_reports_the_drafts(tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text("zh,type\n香港,place\n", encoding="utf-8")
    db = tmp_path / "g.json"
    assert _import(sheet, db).returncode == 0
    checked = subprocess.run([ZHGLOSS, "--db", str(db), "validate"], capture_output=True, text=True, check=False)
    assert checked.returncode == 0  # a draft is a warning: listed, not an error
    assert "hong-kong: warning: draft: unconfirmed proposal" in checked.stdout + checked.stderr


def test_a_header_of_neither_language_is_still_refused(tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    sheet.write_text("type,note\nperson,a note\n", encoding="utf-8")
    db = tmp_path / "g.json"
    db.write_text('{"entries": {}}', encoding="utf-8")
    before = db.read_bytes()
    result = _import(sheet, db)
    assert result.returncode == 3
    assert "names no 'en' column" in result.stderr
    assert db.read_bytes() == before
