"""A Chinese alias typed in traditional characters is stored with its simplified form beside it, whichever way it is
typed (session 36, the user's U35-21).

README: "A Chinese alias typed in traditional characters … is stored in simplified ones beside it" (`add
--zh-alias`, `edit --zh-alias`). The editor path (`zhgloss edit ID` in $EDITOR) stored 盧總 alone, so `lookup 卢总`
found nothing and annotate glossed only traditional copy. 盧總 -> 卢总 is OpenCC's t2s (盧 卢,
總 总); 馬老師 -> 马老师; 賈伯斯 -> 贾伯斯 (Taiwan's Jobs, a form of its own).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from zhgloss.curate import folded_edit
from zhgloss.model import Entry

_EDITOR = """\
import json, sys
path = sys.argv[1]
entry = json.load(open(path, encoding="utf-8"))
entry["zh_aliases"] = {aliases}
entry["aliases"] = ["LU Weibing"]
json.dump(entry, open(path, "w", encoding="utf-8"), ensure_ascii=False)
"""


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", *args], capture_output=True, text=True, stdin=subprocess.DEVNULL, env=env)


def _editor(tmp_path: Path, aliases: list[str]) -> str:
    script = tmp_path / "ed.py"
    script.write_text(_EDITOR.format(aliases=json.dumps(aliases, ensure_ascii=False)), encoding="utf-8")
    return f"{sys.executable} {script}"


@pytest.fixture
def lu(tmp_path: Path) -> Path:
    db = tmp_path / "g.json"
    assert _run("init", str(db), "--empty").returncode == 0
    assert _run("--db", str(db), "add", "卢伟冰", "--type", "person", "--en", "Lu Weibing").returncode == 0
    return db


def _stored(db: Path) -> list[str]:
    [entry] = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    return entry["zh_aliases"]


def test_the_users_editor_edit_stores_the_simplified_form_beside(tmp_path: Path, lu: Path) -> None:
    import os

    env = {**os.environ, "EDITOR": _editor(tmp_path, ["盧總"]), "VISUAL": ""}
    saved = _run("--db", str(lu), "edit", "lu-weibing", env=env)
    assert saved.returncode == 0, saved.stderr
    assert _stored(lu) == ["卢总", "盧總"]
    found = _run("--db", str(lu), "lookup", "卢总")
    assert found.returncode == 0 and "Lu Weibing" in found.stdout
    annotated = subprocess.run(
        ["zhgloss", "--db", str(lu), "annotate", "-"], input="卢总表示。\n", capture_output=True, text=True
    )
    assert "Lu Weibing" in annotated.stdout


def test_the_flag_and_the_editor_store_the_same(tmp_path: Path, lu: Path) -> None:
    import os

    other = tmp_path / "h.json"
    other.write_bytes(lu.read_bytes())
    assert _run("--db", str(other), "edit", "lu-weibing", "--zh-alias", "盧總").returncode == 0
    env = {**os.environ, "EDITOR": _editor(tmp_path, ["盧總"]), "VISUAL": ""}
    assert _run("--db", str(lu), "edit", "lu-weibing", env=env).returncode == 0
    assert _stored(lu) == _stored(other)


def _entry(**fields: object) -> Entry:
    return Entry.from_dict({"id": "lu-weibing", "type": "person", "zh": "卢伟冰", "en": "Lu Weibing", **fields})


@pytest.mark.parametrize(
    ("before", "after", "stored"),
    [
        ([], ["盧總"], ["卢总", "盧總"]),
        ([], ["馬老師", "雷总"], ["马老师", "馬老師", "雷总"]),
        # An alias that was there is kept as it is: the editor removing a twin says the name is not written so.
        (["卢总", "盧總"], ["盧總"], ["盧總"]),
        # The traditional form of zh itself: no simplified twin (it is zh).
        ([], ["盧偉冰"], ["盧偉冰"]),
    ],
)
def test_folded_edit(before: list[str], after: list[str], stored: list[str]) -> None:
    assert folded_edit(_entry(zh_aliases=before), _entry(zh_aliases=after)).zh_aliases == tuple(stored)
