"""An untyped entry whose English spells its pinyin is a person's name, and a title of office before it keeps its
gloss: 公安部部长王小洪 is Wang Xiaohong, imported from a team's two-column sheet (zh,en) as an untyped `name` (the
user's U38-7, annotate half).

The rule that drops an untyped name after a title (CC-CEDICT types every person's line person, so an untyped name
there is something else: 首席执行官奥特曼 is Sam Altman, not Ultraman) also dropped the team's own officials, whose
every mention in state media follows a title (任免名单, 部长/书记/秘书长 + name). An English that spells the entry's
pinyin letter for letter (tones and spacing aside) is the person's name; "Ultraman" (Àotèmàn) is not. The glossary is
made as the user made it: `zhgloss import` of a two-column sheet; the check line is the user's.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest


def _zhgloss(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["zhgloss", "--db", str(db), *args], input=stdin, capture_output=True, text=True)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("titled_untyped")
    path = folder / "team.json"
    assert subprocess.run(["zhgloss", "init", str(path), "--empty"], capture_output=True).returncode == 0
    sheet = folder / "two_col.csv"
    sheet.write_text("zh,en\n王小洪,Wang Xiaohong\n吴政隆,Wu Zhenglong\n奥特曼,Ultraman\n", encoding="utf-8")
    done = _zhgloss(path, "import", str(sheet))
    assert done.returncode == 0, done.stderr
    return path


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the user's lines (U38-7: /tmp/u38/t/untyped.sh)
        ("公安部部长王小洪出席。", "公安部部长王小洪（Wang Xiaohong）出席。"),
        ("国务院秘书长吴政隆出席会议。", "国务院秘书长吴政隆（Wu Zhenglong）出席会议。"),
        ("王小洪出席。", "王小洪（Wang Xiaohong）出席。"),
        # an untyped name whose English is no pinyin of it after a title: someone the glossary lacks, as before
        ("首席执行官奥特曼出席。", "首席执行官奥特曼出席。"),
    ],
)
def test_a_titled_untyped_name_that_spells_its_pinyin_is_glossed(db: Path, line: str, expected: str) -> None:
    done = _zhgloss(db, "annotate", "-", stdin=line + "\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected + "\n"


def test_check_sees_the_dropped_minister(db: Path, tmp_path: Path) -> None:
    """The user's check: the translation leaves the minister out, and check no longer passes it."""
    zh, en = tmp_path / "t.zh.txt", tmp_path / "t.en.txt"
    zh.write_text("公安部部长王小洪出席。\n", encoding="utf-8")
    en.write_text("Minister of Public Security attended.\n", encoding="utf-8")
    done = _zhgloss(db, "check", str(zh), str(en))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "王小洪" in done.stdout
