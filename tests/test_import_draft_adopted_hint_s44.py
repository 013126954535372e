"""The import's remedy for a draft's English over a person's says --adopted where edit needs it (tbl's s43 finding).

s43's Error line gives `zhgloss edit ID --en EN` to take a draft's English over a confirmed entry's. For a person
whose pinyin that English does not spell ("Wang Xiao" for 王小洪, Wáng Xiǎohóng: the review's own example) edit
refuses it ("does not spell the pinyin ... --adopted"): the line gave a command that fails. It now says to add
--adopted if it is the person's own name, and only there (an organisation's English, or a person's that spells the
pinyin, takes no flag).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest


def _run(exe: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], capture_output=True, text=True, check=False, timeout=120)


def _error_line(stderr: str) -> str:
    (line,) = [line for line in stderr.splitlines() if line.startswith("Error:")]
    return line


@pytest.fixture
def team(tmp_path: Path, zhgloss_exe: str) -> Path:
    db = tmp_path / "team.json"
    assert _run(zhgloss_exe, "init", str(db), "--empty").returncode == 0
    for zh, en, kind in (
        ("王小洪", "Wang Xiaohong", "person"),
        ("小米", "Xiaomi", "org"),
        ("雷军", "Lei Jun", "person"),
    ):
        assert _run(zhgloss_exe, "--db", str(db), "add", zh, "--en", en, "-t", kind).returncode == 0
    return db


def _draft(path: Path, zh: str, en: str) -> Path:
    path.write_text(json.dumps({"zh": zh, "en": en, "draft": True}, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_a_persons_english_that_spells_no_pinyin_is_offered_adopted(
    zhgloss_exe: str, team: Path, tmp_path: Path
) -> None:
    done = _run(zhgloss_exe, "import", str(_draft(tmp_path / "d.jsonl", "王小洪", "Wang Xiao")), "--db", str(team))
    assert done.returncode == 1, done.stderr
    error = _error_line(done.stderr)
    assert "edit wang-xiaohong --en 'Wang Xiao', adding --adopted if it is the person's own name" in error
    # The note on the draft rows gives the same remedy (one rule: zhgloss.curate.english_needs_adopted).
    (note,) = [line for line in done.stderr.splitlines() if line.startswith("note:") and "a draft" in line]
    assert "--en 'Wang Xiao'`, adding --adopted if it is the person's own name" in note
    # The edit without the flag is refused, as the line says; with it, it takes the English.
    assert _run(zhgloss_exe, "--db", str(team), "edit", "wang-xiaohong", "--en", "Wang Xiao").returncode != 0
    edited = _run(zhgloss_exe, "--db", str(team), "edit", "wang-xiaohong", "--en", "Wang Xiao", "--adopted")
    assert edited.returncode == 0, edited.stderr


@pytest.mark.parametrize(("zh", "en"), [("小米", "Xiaomi Corporation"), ("王小洪", "Wang Xiao-hong")])
def test_no_flag_where_the_edit_takes_it(zhgloss_exe: str, team: Path, tmp_path: Path, zh: str, en: str) -> None:
    done = _run(zhgloss_exe, "import", str(_draft(tmp_path / "d.jsonl", zh, en)), "--db", str(team))
    assert done.returncode == 1, done.stderr
    error = _error_line(done.stderr)
    assert f"--en '{en}')" in error
    assert "--adopted" not in error
    assert "--adopted" not in done.stderr
    edited = _run(zhgloss_exe, "--db", str(team), "edit", re.findall(r" edit (\S+) --en ", error)[0], "--en", en)
    assert edited.returncode == 0, edited.stderr
