"""What an import passes over is one `note:` line, and a name left untranslated is no script error (session 24).

U36: the note that a multilingual table's other languages were passed over came through Python's warnings machinery
(two lines, "ImportNote", and a traceback under PYTHONWARNINGS=error); it is now the CLI's one line. U35's validate
side: a Chinese term written as its English (the Microsoft Terminology Collection keeps "OneDrive" in its zh-tw
langSet) imports, and validate no longer calls it swapped, one rule with the import's.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

MULTI = "zh-CN,zh-TW,en-US,ja-JP,de-DE\n腾讯,騰訊,Tencent,テンセント,Tencent\n小米,小米,Xiaomi,シャオミ,Xiaomi\n"


@pytest.mark.parametrize("warnings_setting", [None, "error", "ignore"])
def test_a_passed_over_column_is_one_note_line(zhgloss_exe: str, tmp_path: Path, warnings_setting: str | None) -> None:
    source, db = tmp_path / "multi.csv", tmp_path / "g.json"
    source.write_text(MULTI, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    if warnings_setting is not None:
        env["PYTHONWARNINGS"] = warnings_setting
    done = subprocess.run(
        [zhgloss_exe, "import", str(source), "--db", str(db)], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    # The line saying the pinyin was filled in (U32-3: the file gives none) is another note, not this one's.
    lines = [line for line in done.stderr.strip().splitlines() if "gives no pinyin" not in line]
    assert lines[0] == (
        f"note: {source}, line 1: passed over the columns of other languages, 'ja-JP' (Japanese), 'de-DE' (German): "
        "zhgloss keeps Chinese and English"
    )
    assert len(lines) == 2 and "2 added" in lines[1]
    assert "Traceback" not in done.stderr and "ImportNote" not in done.stderr


def test_a_name_left_untranslated_is_no_script_error(zhgloss_exe: str, tmp_path: Path) -> None:
    source, db = tmp_path / "latin.csv", tmp_path / "g.json"
    source.write_text("zh,en\nOneDrive,OneDrive\n云计算,cloud computing\n", encoding="utf-8")
    assert subprocess.run([zhgloss_exe, "import", str(source), "--db", str(db)], capture_output=True).returncode == 0
    done = subprocess.run([zhgloss_exe, "validate", "--db", str(db)], capture_output=True, text=True)
    assert "zh-no-han" not in done.stdout + done.stderr
    assert done.returncode == 0, done.stdout + done.stderr
