"""`check FOLDER` takes a TMX memory in it alone, as it takes an XLIFF file (tbl's ac5108f reads TMX; a .tmx in a folder
was "neither a bilingual file … nor half of a pair")."""

from __future__ import annotations

import subprocess
from pathlib import Path

_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="memoQ" creationtoolversion="9" segtype="sentence" o-tmf="memoQ"
 adminlang="en-US" srclang="zh-CN" datatype="plaintext"/>
<body><tu><tuv xml:lang="zh-CN"><seg>雷军表示。</seg></tuv><tuv xml:lang="en-US"><seg>{}</seg></tuv></tu></body></tmx>
"""


def test_a_folder_of_memories_is_checked_each_alone(tmp_path: Path, zhgloss_exe: str) -> None:
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs/right.tmx").write_text(_TMX.format("Lei Jun said."), encoding="utf-8")
    (tmp_path / "jobs/wrong.tmx").write_text(_TMX.format("The founder said."), encoding="utf-8")
    done = subprocess.run([zhgloss_exe, "check", str(tmp_path / "jobs")], capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr
    assert "wrong.tmx" in done.stdout and "missing 雷军" in done.stdout
    assert "right.tmx" not in done.stdout
    assert done.stderr.startswith("2 files: checked 2 segments")
