"""A .json import that is no zhgloss glossary (the s30 reviewer's F9), session 31.

A JSON array of entry objects, what scripts and other tools write, is read as JSON Lines is (an item a line); an
object of another tool's, like a line of JSON Lines, says the fields it has, as a table says its columns, and one
without an id is matched by its forms. Any other .json is refused as the import FILE it is, never "pass another --db".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, "--db", str(db), *args], capture_output=True, text=True, check=False)


def _entries(db: Path) -> dict[str, dict[str, Any]]:
    tables = json.loads(db.read_text(encoding="utf-8"))
    return {doc["id"]: doc for table in tables.values() for doc in table.values()}


def test_an_array_of_known_entries_is_identical(glossary_path: Path, tmp_path: Path) -> None:
    # The reviewer's arr.json: the bundled 雷军 / Lei Jun, said with two fields.
    path = tmp_path / "arr.json"
    path.write_text('[{"zh":"雷军","en":"Lei Jun"}]\n', encoding="utf-8")
    result = _zhgloss(glossary_path, "import", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["skipped"] == ["lei-jun"]
    assert "is a JSON array, not a zhgloss glossary" in result.stderr


def test_an_array_adds_new_entries_and_names_the_field_that_differs(glossary_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "team.json"
    items = [
        {"zh": "张一鸣", "en": "Zhang Yiming", "type": "person"},
        {"zh": "陈年", "en": "Chen Nian Jr"},  # the bundled chen-nian's English otherwise
    ]
    path.write_text(json.dumps(items, ensure_ascii=False, indent=2), encoding="utf-8")
    result = _zhgloss(glossary_path, "import", str(path), "--on-conflict", "skip", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["added"] == ["zhang-yiming"]
    assert report["conflicts"] == ["chen-nian"]
    assert [d["field"] for d in report["conflict_fields"][0]] == ["en"]
    assert _entries(glossary_path)["zhang-yiming"]["type"] == "person"


def test_json_lines_of_another_tool_say_their_fields(glossary_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "other.jsonl"
    path.write_text(
        '{"zh":"雷军","en":"Lei Jun"}\n{"zh":"小米","en":"Xiaomi","note":"a note of ours"}\n', encoding="utf-8"
    )
    result = _zhgloss(glossary_path, "import", str(path), "--on-conflict", "skip", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["skipped"] == ["lei-jun"]
    assert [d["field"] for d in report["conflict_fields"][0]] == ["note"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": 1}', "not a zhgloss glossary: unexpected table 'a'"),
        ("[1, 2]", "item 1 of the array is no entry"),
        ('[{"zh": "雷军"}]', "line 1: invalid entry: en: is required"),
    ],
)
def test_another_json_file_is_refused_as_the_import_file(
    glossary_path: Path, tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "other.json"
    path.write_text(text, encoding="utf-8")
    before = glossary_path.read_bytes()
    result = _zhgloss(glossary_path, "import", str(path))
    assert result.returncode == 3, result.stderr
    assert message in result.stderr
    assert "--db" not in result.stderr
    assert glossary_path.read_bytes() == before


def test_a_colleagues_glossary_is_read_without_writing_beside_it(tmp_path: Path, bundled: Path) -> None:
    # The reviewer's note: opening FILE as a glossary left a .zhgloss-cache/ folder in the colleague's folder.
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "colleague.json").write_bytes(bundled.read_bytes())
    mine = tmp_path / "mine.json"
    mine.write_text("{}", encoding="utf-8")
    # The suite's cache folder override would hide the folder: a user's environment has none.
    env = {k: v for k, v in os.environ.items() if k != "ZHGLOSS_CACHE_DIR"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    result = subprocess.run(
        [ZHGLOSS, "--db", str(mine), "import", str(theirs / "colleague.json"), "--json"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["added"]) == len(_entries(bundled))
    assert sorted(p.name for p in theirs.iterdir()) == ["colleague.json"]
