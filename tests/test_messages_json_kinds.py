"""Errors name a bad value by JSON's words, the words of the user's file, not Python's (NoneType, int, dict).

Reported by the twenty-seventh session's user test (item 7 of its findings): `import` of a JSON Lines file whose
line is `null` said "must be an object, not NoneType", and a glossary whose `en` is 5 said "must be text, not int".
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest


def _run(exe: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, cwd=cwd, timeout=60, check=False)


@pytest.mark.parametrize(
    ("line", "kind"),
    [("null", "null"), ("5", "a number"), ('"雷军"', "text"), ("[1]", "a list"), ("true", "true")],
)
def test_an_import_line_that_is_no_object_is_named_by_its_json_type(
    zhgloss_exe: str, tmp_path: Path, line: str, kind: str
) -> None:
    (tmp_path / "c.jsonl").write_text(line + "\n", encoding="utf-8")
    done = _run(zhgloss_exe, "--db", "new.json", "import", "c.jsonl", cwd=tmp_path)
    assert done.returncode == 3
    assert done.stderr == f"Error: 'c.jsonl', line 1: invalid entry: entry: must be an object, not {kind}\n"
    assert not (tmp_path / "new.json").exists()


@pytest.mark.parametrize(("value", "kind"), [(5, "a number"), (["Lei Jun"], "a list"), ({"a": 1}, "an object")])
def test_a_stored_field_of_another_type_is_named_by_its_json_type(
    zhgloss_exe: str, tmp_path: Path, value: object, kind: str
) -> None:
    db = tmp_path / "bad.json"
    db.write_text(
        json.dumps({"entries": {"1": {"id": "x", "zh": "雷军", "en": value, "type": "person"}}}), encoding="utf-8"
    )
    before = db.read_bytes()
    done = _run(zhgloss_exe, "--db", str(db), "lookup", "雷军", cwd=tmp_path)
    assert done.returncode == 3
    # Followed by the pointer to validate (session 33, user U33-12; was followed by ";" at once).
    assert f"en: must be text, not {kind} ('zhgloss validate' lists every faulty entry);" in done.stderr
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before
