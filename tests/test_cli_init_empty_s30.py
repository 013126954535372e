"""`zhgloss init --empty` starts a glossary of one's own with no entries (session 30, the new-user tester's U30-21).

The only way to an empty glossary was `echo '{}' > new.json`, told only in the exit-code section; `add --db new.json`
said "create it with 'zhgloss init new.json'", which copies the 67 bundled entries into it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path


def _run(zhgloss_exe: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe, *args], capture_output=True, text=True, encoding="utf-8", cwd=cwd)


def test_init_empty_makes_a_glossary_with_no_entries_that_add_takes(zhgloss_exe: str, tmp_path: Path) -> None:
    done = _run(zhgloss_exe, "init", "mine.json", "--empty", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "mine.json"
    assert "(empty)" in done.stderr
    listed = _run(zhgloss_exe, "--db", "mine.json", "list", cwd=tmp_path)
    assert listed.stdout == ""
    added = _run(zhgloss_exe, "--db", "mine.json", "add", "雷军", "--yes", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    data = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert [doc["zh"] for doc in data["entries"].values()] == ["雷军"]


def test_init_empty_never_overwrites(zhgloss_exe: str, tmp_path: Path) -> None:
    (tmp_path / "mine.json").write_text('{"entries": {"1": {"id": "x", "en": "X"}}}', encoding="utf-8")
    before = (tmp_path / "mine.json").read_bytes()
    done = _run(zhgloss_exe, "init", "mine.json", "--empty", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("Error: 'mine.json' already exists")
    assert (tmp_path / "mine.json").read_bytes() == before


def test_a_missing_glossary_names_both_ways_to_make_one(zhgloss_exe: str, tmp_path: Path) -> None:
    done = _run(zhgloss_exe, "--db", "new.json", "add", "雷军", "--yes", cwd=tmp_path)
    assert done.returncode == 3
    assert "zhgloss init new.json" in done.stderr and "--empty" in done.stderr
    assert not (tmp_path / "new.json").exists()
