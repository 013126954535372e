"""A saying or a slogan whose English is a sentence keeps its comma or 、 in import and in validate alike (the s33
review's R4: 482b253 let the import keep the rows, typed `name` as an untyped capitalised row is, and validate then
refused the glossary the import had just written: "zh '一传十,十传百' holds ',' between Chinese words")."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

# CC-CEDICT's headwords (一分耕耘，一分收获 /you reap what you sow/; 一传十，十传百 /news pass quickly from mouth to
# mouth/), their English capitalised as glossaries write it, and the official rendering of 不忘初心、牢记使命.
SAYINGS = (
    "zh,en\n一分耕耘，一分收获,You reap what you sow\n一传十，十传百,News passes quickly from mouth to mouth\n"
    "不忘初心、牢记使命,Stay true to our founding mission\n"
)


def test_an_imported_saying_validates(tmp_path: Path, zhgloss_exe: str) -> None:
    sheet, db = tmp_path / "sayings.csv", tmp_path / "g.json"
    sheet.write_text(SAYINGS, encoding="utf-8")
    imported = subprocess.run([zhgloss_exe, "import", str(sheet), "--db", str(db)], capture_output=True, text=True)
    assert imported.returncode == 0, imported.stderr
    validated = subprocess.run([zhgloss_exe, "validate", "--db", str(db)], capture_output=True, text=True)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "between Chinese words" not in validated.stdout


@pytest.mark.parametrize(
    ("zh", "en"), [("雷军，小米", "Lei Jun"), ("腾讯、阿里", "Tencent"), ("华为。小米", "Huawei Xiaomi")]
)
def test_two_names_parted_by_punctuation_still_fail_validate(
    tmp_path: Path, zhgloss_exe: str, zh: str, en: str
) -> None:
    db = tmp_path / "g.json"
    entry = {"id": "x", "zh": zh, "en": en, "type": "name", "pinyin": None}
    db.write_text(json.dumps({"entries": {"1": entry}}, ensure_ascii=False), encoding="utf-8")
    validated = subprocess.run([zhgloss_exe, "validate", "--db", str(db)], capture_output=True, text=True)
    assert validated.returncode == 1
    assert "x: error: zh: " in validated.stdout and "between Chinese words" in validated.stdout
