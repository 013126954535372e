"""The import's Error line gives the remedy that works for a draft's English (the rest of the review's R42-10).

A draft row (harvest --unknown's proposal, `draft: true`) whose English the confirmed entry it meets lacks is a
conflict of `en` under every --on-conflict: a draft never overrides a confirmed entry, so replace keeps the confirmed
English (the s42 tbl commit ed719ff2). The Error line of the stopped import still offered "--on-conflict replace to
take the file's value of each field named", which takes nothing there. It now offers skip (to import the rest) and
the `zhgloss edit ID --en ...` that takes the draft's English; beside other conflicts, replace for those and the edit
for the draft's. `import_documents(drafts_over=...)` tells the CLI which conflicts are a draft's English.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from pathlib import Path

import pytest


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False, timeout=120)


@pytest.fixture
def team(tmp_path: Path) -> Path:
    """A team glossary with the confirmed entries 小米 "Xiaomi" (an org) and 雷军 "Lei Jun"."""
    db = tmp_path / "team.json"
    assert _run("init", str(db), "--empty").returncode == 0
    assert _run("--db", str(db), "add", "小米", "--en", "Xiaomi", "-t", "org").returncode == 0
    assert _run("--db", str(db), "add", "雷军", "--en", "Lei Jun", "-t", "person").returncode == 0
    return db


def _rows(path: Path, *rows: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


_DRAFT = {"zh": "小米", "en": "Xiaomi Corporation", "type": "org", "draft": True}


def _entries(db: Path) -> dict[str, dict[str, object]]:
    """The stored entries of `db` by their id."""
    return {entry["id"]: entry for entry in json.loads(db.read_text(encoding="utf-8"))["entries"].values()}


def _error_line(stderr: str) -> str:
    (line,) = [line for line in stderr.splitlines() if line.startswith("Error:")]
    return line


def test_a_draft_s_english_alone_is_not_offered_replace_but_the_edit_that_takes_it(team: Path, tmp_path: Path) -> None:
    before = team.read_bytes()
    result = _run("import", str(_rows(tmp_path / "d.jsonl", _DRAFT)), "--db", str(team))
    assert result.returncode == 1, result.stderr
    error = _error_line(result.stderr)
    assert "--on-conflict replace" not in error
    assert "pass --on-conflict skip" in error
    assert team.read_bytes() == before
    # The edit the line gives takes the draft's English.
    found = re.search(r"\((zhgloss [^()]* edit [^()]*)\)\)?$", error)
    assert found is not None, error
    command = shlex.split(found.group(1))
    assert command[-2:] == ["--en", "Xiaomi Corporation"]
    edited = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    assert edited.returncode == 0, edited.stderr
    assert _entries(team)["xiaomi"]["en"] == "Xiaomi Corporation"


def test_skip_as_offered_imports_the_rest(team: Path, tmp_path: Path) -> None:
    source = _rows(tmp_path / "d.jsonl", _DRAFT, {"zh": "腾讯", "en": "Tencent", "type": "org"})
    stopped = _run("import", str(source), "--db", str(team))
    assert stopped.returncode == 1
    assert "--on-conflict replace" not in _error_line(stopped.stderr)
    result = _run("import", str(source), "--db", str(team), "--on-conflict", "skip")
    assert result.returncode == 0, result.stderr
    entries = _entries(team)
    assert entries["tencent"]["en"] == "Tencent" and entries["xiaomi"]["en"] == "Xiaomi"


def test_beside_another_conflict_replace_is_offered_and_the_draft_s_edit_too(team: Path, tmp_path: Path) -> None:
    source = _rows(tmp_path / "d.jsonl", _DRAFT, {"zh": "雷军", "en": "Lei Chun", "type": "person"})
    result = _run("import", str(source), "--db", str(team))
    assert result.returncode == 1
    error = _error_line(result.stderr)
    assert "--on-conflict replace" in error
    assert "replace keeps a draft's English" in error
    assert "edit xiaomi --en 'Xiaomi Corporation'" in error


def test_a_dry_run_gives_the_same_remedy(team: Path, tmp_path: Path) -> None:
    result = _run("import", str(_rows(tmp_path / "d.jsonl", _DRAFT)), "--db", str(team), "--dry-run")
    error = _error_line(result.stderr)
    assert "would stop at the conflicts" in error
    assert "--on-conflict replace" not in error
    assert "edit xiaomi --en 'Xiaomi Corporation'" in error


def test_a_confirmed_row_s_conflict_still_offers_replace(team: Path, tmp_path: Path) -> None:
    result = _run("import", str(_rows(tmp_path / "d.jsonl", {"zh": "雷军", "en": "Lei Chun"})), "--db", str(team))
    assert result.returncode == 1
    error = _error_line(result.stderr)
    assert "--on-conflict replace to take the file's value" in error
    assert "draft" not in error
