"""One-line errors say what is wrong and what to do (session 30, the new-user tester's U30-36).

- A truncated glossary said "not valid JSON: Unterminated string starting at at line 1, column 37" (Python's own
  message ends "starting at"): `errors.json_problem` writes it once.
- `import /tmp` said "cannot tell the format of '/tmp': pass --format"; a folder, or a file that is not there, is said
  first, as with --format.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.errors import json_problem


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('{"en": "X', "Unterminated string starting at line 1, column 8"),
        ('{"en" "X"}', "Expecting ':' delimiter at line 1, column 7"),
    ],
)
def test_a_json_error_says_its_place_once(text: str, said: str) -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    assert json_problem(caught.value) == said


def test_a_truncated_glossary_is_one_line_without_a_doubled_word(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text('{"entries": {"1": {"id": "x", "en": "X', encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "--db", str(db), "validate"], capture_output=True, text=True)
    assert done.returncode == 3
    assert "Unterminated string starting at line 1, column" in done.stderr
    assert "at at" not in done.stderr and len(done.stderr.splitlines()) == 1


@pytest.mark.parametrize(("name", "said"), [(".", "is a folder, not a file"), ("nothere.json", "no such file")])
def test_import_says_what_is_wrong_with_the_path_first(zhgloss_exe: str, tmp_path: Path, name: str, said: str) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "--db", str(db), "import", name], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 2
    assert said in done.stderr and "cannot tell the format" not in done.stderr
    assert db.read_text(encoding="utf-8") == "{}"
