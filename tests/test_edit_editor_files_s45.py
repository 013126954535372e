"""`zhgloss edit ID` through $EDITOR: a saved file that is not UTF-8, or no file at all, is one line and exit 2, not a
traceback, and the glossary is untouched (R45-12).

A Chinese Windows editor saves GBK by default; an editor may remove the file, or leave a folder in its place. edit read
the file with `Path.read_text("utf-8")` and ended in UnicodeDecodeError, FileNotFoundError or IsADirectoryError (exit
1, a traceback). What the user typed in GBK is kept, byte for byte, in a file the message names; a file saved UTF-8 with
a byte order mark (Notepad's) is read. The console script runs in a subprocess with real editor scripts.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

BUNDLED = Path(__file__).resolve().parent.parent / "glossary.json"


def _editor(tmp_path: Path, body: str) -> str:
    script = tmp_path / "editor.sh"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def _edit(zhgloss_exe: str, db: Path, editor: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("VISUAL", "EDITOR")}
    env.update(EDITOR=editor, TMPDIR=str(tmp_path))
    return subprocess.run(
        [zhgloss_exe, "--db", str(db), "edit", "lei-jun"], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "g.json"
    shutil.copyfile(BUNDLED, path)
    return path


def _entry_text(zhgloss_exe: str, db: Path) -> dict[str, object]:
    done = subprocess.run(
        [zhgloss_exe, "--db", str(db), "lookup", "雷军", "--json"], capture_output=True, text=True, timeout=120
    )
    return json.loads(done.stdout)[0]["matches"][0]["entry"]


def test_an_editor_that_saves_gbk_is_told_to_save_utf8_and_its_text_is_kept(
    tmp_path: Path, db: Path, zhgloss_exe: str
) -> None:
    entry = _entry_text(zhgloss_exe, db)
    entry["note"] = "雷军的备注"
    typed = tmp_path / "typed.json"
    typed.write_bytes(json.dumps(entry, ensure_ascii=False).encode("gbk"))
    before = db.read_bytes()
    done = _edit(zhgloss_exe, db, _editor(tmp_path, f'cat "{typed}" > "$1"'), tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert "is not UTF-8" in line and "save it as UTF-8" in line
    kept = Path(line[line.rindex("kept in '") + len("kept in '") : line.rindex("'")])
    assert kept.read_bytes() == typed.read_bytes()  # nothing the user typed is lost
    assert db.read_bytes() == before


@pytest.mark.parametrize("body", ['rm "$1"', 'rm "$1" && mkdir "$1"'])
def test_an_editor_that_leaves_no_file_saves_nothing(tmp_path: Path, db: Path, zhgloss_exe: str, body: str) -> None:
    before = db.read_bytes()
    done = _edit(zhgloss_exe, db, _editor(tmp_path, body), tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert "left no file" in line and "nothing saved" in line
    assert db.read_bytes() == before


def test_a_file_saved_utf8_with_a_byte_order_mark_is_read(tmp_path: Path, db: Path, zhgloss_exe: str) -> None:
    entry = _entry_text(zhgloss_exe, db)
    entry["note"] = "Edited in Notepad."
    typed = tmp_path / "typed.json"
    typed.write_bytes(json.dumps(entry, ensure_ascii=False).encode("utf-8-sig"))
    done = _edit(zhgloss_exe, db, _editor(tmp_path, f'cat "{typed}" > "$1"'), tmp_path)
    assert done.returncode == 0, done.stderr
    assert _entry_text(zhgloss_exe, db)["note"] == "Edited in Notepad."
