"""An import's summary groups its counts by thousands, as every other message that counts does (`errors.count_of`).

The twenty-eighth session's full CC-CEDICT import said "14966 added" while `export` of the same glossary said
"exported 14,966 entries": one tool, two ways of writing a number.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypinyin import Style, lazy_pinyin

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
GIVEN = "安白宝斌冰春丹德东芳飞刚国海红华辉佳建杰金静俊兰磊丽良林玲龙梅敏明娜宁鹏平强庆荣森涛"


def _names(count: int) -> list[tuple[str, str]]:
    """`count` distinct two-character names with their pinyin English ("Wang An")."""
    names = [
        (s + g, " ".join(p.capitalize() for p in lazy_pinyin(s + g, style=Style.NORMAL)))
        for s in SURNAMES
        for g in GIVEN
    ]
    assert len(names) >= count
    return names[:count]


def _import(exe: str, source: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [exe, "--db", str(db), "import", str(source)], capture_output=True, text=True, timeout=120, check=False
    )


def test_an_import_of_thousands_writes_its_counts_grouped(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "names.tsv"
    source.write_text("zh\ten\n" + "".join(f"{zh}\t{en}\n" for zh, en in _names(1200)), encoding="utf-8")
    db = tmp_path / "g.json"
    first = _import(zhgloss_exe, source, db)
    assert first.returncode == 0, first.stderr
    assert "1,200 added, 0 updated, 0 skipped" in first.stderr
    again = _import(zhgloss_exe, source, db)
    assert again.returncode == 0, again.stderr
    assert "0 added, 0 updated, 1,200 skipped (already there, identical), 0 conflicting" in again.stderr


def test_an_import_under_a_thousand_writes_plain_counts(zhgloss_exe: str, tmp_path: Path) -> None:
    source = tmp_path / "names.tsv"
    source.write_text("zh\ten\n" + "".join(f"{zh}\t{en}\n" for zh, en in _names(999)), encoding="utf-8")
    done = _import(zhgloss_exe, source, tmp_path / "g.json")
    assert done.returncode == 0, done.stderr
    assert "999 added, 0 updated" in done.stderr
