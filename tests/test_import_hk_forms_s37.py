"""A sheet's or a TBX's Hong Kong character forms are simplified as `add` simplifies them (val's V37-1; U36-25).

Hong Kong writes 衞 (衞生署, the Department of Health; 食物環境衞生署) and 敍 (敍利亞, Syria), which OpenCC's t2s leaves
as they are; `zhgloss.convert.to_simplified` folds them since val's 27fb375f (OpenCC's hk2s, HKVariantsRev). The table
and TBX readers took a form t2s keeps for simplified already (`tbx._simplified_candidates`), so such a row was stored
with 衞 as its simplified form, then refused by validate's rule. It now gets zh 卫生署 and zh_hant 衞生署, as add stores
it. On the parent commit, 2 of this file's 2 tests fail.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, check=False)


def _import(tmp_path: Path, name: str, text: str) -> dict[str, dict[str, object]]:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    done = _run("import", str(source), "--db", str(db))
    assert done.returncode == 0, done.stderr
    valid = _run("validate", "--db", str(db))
    assert valid.returncode == 0, valid.stdout + valid.stderr
    docs = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    return {str(doc["zh"]): doc for doc in docs}


def test_a_sheet_s_hong_kong_forms_are_simplified(tmp_path: Path) -> None:
    entries = _import(
        tmp_path,
        "hk.csv",
        "zh,en,type\n衞生署,Department of Health,org\n食物環境衞生署,Food and Environmental Hygiene Department,org\n"
        "敍利亞,Syria,place\n",
    )
    assert entries["卫生署"]["zh_hant"] == "衞生署"
    assert entries["食物环境卫生署"]["zh_hant"] == "食物環境衞生署"
    assert entries["叙利亚"]["zh_hant"] == "敍利亞"


def test_a_tbx_langset_tagged_zh_hk_is_simplified_too(tmp_path: Path) -> None:
    tbx = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
<martifHeader><fileDesc><sourceDesc><p>HK desk</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<termEntry id="c1">
  <descrip type="subjectField">Companies</descrip>
  <langSet xml:lang="zh-HK"><tig><term>衞生署</term></tig></langSet>
  <langSet xml:lang="en"><tig><term>Department of Health</term></tig></langSet>
</termEntry>
</body></text></martif>
"""
    entries = _import(tmp_path, "hk.tbx", tbx)
    assert list(entries) == ["卫生署"]
    assert entries["卫生署"]["zh_hant"] == "衞生署"
