"""Removing a Chinese alias typed in traditional characters removes the simplified twin stored with it
(issue 9; session 30's reviewer, F8).

`add 张四 --zh-alias 馬老師` stores 马老师 beside 馬老師 (3cdd9ee: annotate and check read
simplified text); `edit zhang-si --remove-zh-alias 馬老師` left "also in Chinese: 马老师", a form
the user never typed. The twin goes with it unless another alias left is written the same in
simplified characters (臺灣省 and 台灣省 are both 台湾省).
Names: CC-CEDICT (CC BY-SA 4.0, MDBG; ../shared/data/cedict_ts.u8.gz)
`孫逸仙 孙逸仙 [Sun1 Yi4 xian1] /Dr Sun Yat-sen (1866-1925), .../same as 孫中山|孙中山/`,
`蔣介石 蒋介石 [Jiang3 Jie4 shi2] /Chiang Kai-shek (1887-1975), .../`,
`臺灣省 台湾省 [Tai2 wan1 sheng3] /Taiwan province (PRC term)/`,
`台灣 台湾 [Tai2 wan1] /variant of 臺灣|台湾[Tai2 wan1]/`.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from zhgloss.curate import edit_entry
from zhgloss.model import Entry


def _run(zhgloss_exe: str, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe, "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8")


def _entries(db: Path) -> list[dict[str, Any]]:
    return list(json.loads(db.read_text(encoding="utf-8"))["entries"].values())


def test_remove_the_alias_typed_removes_its_twin(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    assert _run(zhgloss_exe, db, "add", "张四", "--en", "Zhang Si", "--zh-alias", "馬老師", "--yes").returncode == 0
    assert _entries(db)[0]["zh_aliases"] == ["马老师", "馬老師"]
    done = _run(zhgloss_exe, db, "edit", "zhang-si", "--remove-zh-alias", "馬老師")
    assert done.returncode == 0, done.stderr
    assert _entries(db)[0]["zh_aliases"] == []
    assert "马老师" not in _run(zhgloss_exe, db, "show", "zhang-si").stdout


@pytest.mark.parametrize(
    ("zh", "kind", "aliases", "removed", "left"),
    [
        ("孙中山", "person", ("孙逸仙", "孫逸仙"), "孫逸仙", ()),
        ("蒋介石", "person", ("蒋中正", "蔣中正", "老蒋"), "蔣中正", ("老蒋",)),
        # 台灣省 is 台湾省 too: the twin stays while a form left needs it.
        ("台湾", "place", ("台湾省", "臺灣省", "台灣省"), "臺灣省", ("台湾省", "台灣省")),
        # Removing the simplified form leaves the traditional one the user typed.
        ("孙中山", "person", ("孙逸仙", "孫逸仙"), "孙逸仙", ("孫逸仙",)),
    ],
)
def test_the_twin_goes_unless_another_form_needs_it(
    zh: str, kind: str, aliases: tuple[str, ...], removed: str, left: tuple[str, ...]
) -> None:
    entry = Entry(id="e", zh=zh, en="E", type=kind, zh_aliases=aliases)
    assert edit_entry(entry, existing=[entry], remove_zh_aliases=[removed]).zh_aliases == left
