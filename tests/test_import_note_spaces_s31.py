"""A note that differs from the stored one in its spaces and line breaks alone says nothing new (session 31, U30-43).

OmegaT's comment and a spreadsheet cell are one line: export folds a note's line breaks and runs of spaces into one
space, and importing the file back into the same glossary must report it identical, not a conflict on every note.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))
NOTE = "Founder of Xiaomi (2010).\nChairman of  Kingsoft since 2011."


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, "--db", str(db), *args], capture_output=True, text=True, check=False)


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    db = tmp_path / "notes.json"
    db.write_text("{}", encoding="utf-8")
    added = _zhgloss(db, "add", "雷军", "--en", "Lei Jun", "--type", "person", "--note", NOTE, "--yes")
    assert added.returncode == 0, added.stderr
    return db


@pytest.mark.parametrize("fmt", ["omegat", "csv"])
def test_a_note_written_on_one_line_is_identical(glossary: Path, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"notes.{'utf8' if fmt == 'omegat' else 'csv'}"
    if fmt == "omegat":
        exported = _zhgloss(glossary, "export", "--format", "omegat", "-o", str(path))
        assert exported.returncode == 0, exported.stderr
        assert "Founder of Xiaomi (2010). Chairman of Kingsoft since 2011." in path.read_text(encoding="utf-8")
    else:
        path.write_text(
            "zh,en,note\n雷军,Lei Jun,Founder of Xiaomi (2010). Chairman of Kingsoft since 2011.\n", encoding="utf-8"
        )
    before = glossary.read_bytes()
    result = _zhgloss(glossary, "import", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["skipped"] == ["lei-jun"]
    assert glossary.read_bytes() == before


def test_a_note_in_other_words_still_differs(glossary: Path, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text(
        "zh,en,note\n雷军,Lei Jun,Founder of Xiaomi (2010). Chairman of Kingsoft since 2012.\n", encoding="utf-8"
    )
    result = _zhgloss(glossary, "import", str(path), "--on-conflict", "skip", "--json")
    assert result.returncode == 0, result.stderr
    assert [d["field"] for d in json.loads(result.stdout)["conflict_fields"][0]] == ["note"]
