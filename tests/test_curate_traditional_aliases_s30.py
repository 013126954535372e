"""A Chinese alias typed in traditional characters is stored simplified, as zh is (issue 9; session 30, U30-24).

`add 马云 --zh-alias 馬老師` stored 馬老師 as typed: `lookup 马老师` failed and annotate never glossed "马老师说了",
while add converted a traditional zh (雷軍 -> 雷军). Now add and edit store a Chinese alias in simplified characters by
the name rules (`curate.simplified_alias`: 徐乾學 keeps 乾) beside the form typed (a Taiwan form, 賈伯斯, is no mere
conversion), as a TBX import stores both scripts. validate does not flag an alias in traditional characters alone: the
bundled glossary holds Taiwan forms (賈伯斯, 金山軟體) whose simplified conversion mainland text never writes.
Names: CC-CEDICT (CC BY-SA 4.0, MDBG; ../shared/data/cedict_ts.u8.gz) `馬雲 马云 [Ma3
Yun2] /Jack Ma (1964-), Chinese businessman/`, `孫中山 孙中山 [Sun1 Zhong1 shan1] /Sun Yat-sen/`, `孫逸仙 孙逸仙 [Sun1
Yi4 xian1] /Sun Yat-sen/`, `徐乾學 徐乾学 [Xu2 Qian2 xue2] /Xu Qianxue (1631-1694), Qing scholar/`.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from zhgloss.curate import alias_forms, simplified_alias


def _run(zhgloss_exe: str, db: Path, *args: str, text: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [zhgloss_exe, "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8", input=text
    )


def _entries(db: Path) -> list[dict[str, Any]]:
    return list(json.loads(db.read_text(encoding="utf-8"))["entries"].values())


@pytest.mark.parametrize(
    ("typed", "kind", "stored"),
    [
        ("馬老師", "person", "马老师"),
        ("孫逸仙", "person", "孙逸仙"),
        ("徐乾學", "person", "徐乾学"),  # a name keeps 乾 (not 干)
        ("風清揚", "person", "风清扬"),
        ("风清扬", "person", "风清扬"),
        ("馬 老師", "person", "马老师"),
    ],
)
def test_an_alias_is_stored_simplified(typed: str, kind: str, stored: str) -> None:
    assert simplified_alias(typed, kind) == stored


def test_add_then_lookup_and_annotate_find_the_alias(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    args = ["add", "马云", "--en", "Jack Ma", "--adopted", "--type", "person", "--zh-alias", "馬老師", "--yes"]
    assert _run(zhgloss_exe, db, *args).returncode == 0
    (entry,) = _entries(db)
    assert entry["zh_aliases"] == ["马老师", "馬老師"]
    assert _run(zhgloss_exe, db, "lookup", "马老师").returncode == 0
    assert _run(zhgloss_exe, db, "lookup", "馬老師").returncode == 0
    assert "（Jack Ma）" in _run(zhgloss_exe, db, "annotate", text="马老师说了。\n").stdout


def test_edit_adds_and_removes_an_alias_typed_in_traditional(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    assert _run(zhgloss_exe, db, "add", "孙中山", "--en", "Sun Yat-sen", "--adopted", "--yes").returncode == 0
    assert _run(zhgloss_exe, db, "edit", "sun-yat-sen", "--zh-alias", "孫逸仙").returncode == 0
    assert _entries(db)[0]["zh_aliases"] == ["孙逸仙", "孫逸仙"]
    assert _run(zhgloss_exe, db, "edit", "sun-yat-sen", "--remove-zh-alias", "孫逸仙").returncode == 0
    assert _entries(db)[0]["zh_aliases"] == []  # its twin 孙逸仙 goes with it (F8, session 31)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("馬老師", ("马老师", "馬老師")),
        ("风清扬", ("风清扬",)),
        ("賈伯斯", ("贾伯斯", "賈伯斯")),
        ("馬 老師", ("马老师", "馬老師")),
    ],
)
def test_an_alias_keeps_the_form_typed_beside_the_simplified(typed: str, stored: tuple[str, ...]) -> None:
    assert alias_forms(typed, "person") == stored
