"""An imported person is judged as `add` judges one (the user's U30-9), session 31.

reading.csv's people each write the surname character's common reading where, as a surname, it is read otherwise
(单 Shàn, 曾 Zēng, 解 Xiè, 仇 Qiú, 区 Ōu: surnames.tsv, from the 百家姓 readings): `add` refuses each, and `validate`
called each an error right after an import that took them all. The import refuses such a row with its file and
line and what to do in a file; a person's own romanization or a name the file marks adopted is taken, as add takes it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ZHGLOSS = str(Path(sys.executable).with_name("zhgloss"))


def _zhgloss(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ZHGLOSS, "--db", str(db), *args], capture_output=True, text=True, check=False)


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    db = tmp_path / "empty.json"
    db.write_text("{}", encoding="utf-8")
    return db


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("单田芳", "Dan Tianfang", "Shàn Tiánfāng"),
        ("曾国藩", "Ceng Guofan", "Zēng Guófān"),
        ("解缙", "Jie Jin", "Xiè Jìn"),
        ("仇英", "Chou Ying", "Qiú Yīng"),
        ("区家麟", "Qu Jialin", "Ōu Jiālín"),
    ],
)
def test_a_misread_surname_is_refused_with_the_line(empty: Path, tmp_path: Path, zh: str, en: str, pinyin: str) -> None:
    path = tmp_path / "reading.csv"
    path.write_text(f"zh,en,type\n张伟,Zhang Wei,person\n{zh},{en},person\n", encoding="utf-8")
    assert _zhgloss(empty, "add", zh, "--en", en, "--type", "person", "--yes").returncode == 2
    result = _zhgloss(empty, "import", str(path))
    assert result.returncode == 3, result.stderr
    assert result.stderr.startswith("Error: 'reading.csv', line 3: entry "), result.stderr
    assert f"en: {en!r} does not spell the pinyin {pinyin!r}" in result.stderr
    assert "an en_adopted column" in result.stderr
    assert "zhgloss edit" not in result.stderr
    assert json.loads(empty.read_text(encoding="utf-8")) == {}


def test_a_tbx_person_is_judged_too(empty: Path, tmp_path: Path) -> None:
    # The user's one_reading.tbx (subjectField person).
    path = tmp_path / "one_reading.tbx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text><body>\n'
        '<termEntry id="p1"><descrip type="subjectField">person</descrip><langSet xml:lang="zh-CN"><tig><term>单田芳'
        '</term></tig></langSet><langSet xml:lang="en"><tig><term>Dan Tianfang</term></tig></langSet></termEntry>\n'
        "</body></text></martif>\n",
        encoding="utf-8",
    )
    result = _zhgloss(empty, "import", str(path))
    assert result.returncode == 3, result.stderr
    assert "'one_reading.tbx': termEntry 1: entry 'dan-tianfang': en: 'Dan Tianfang' does not spell" in result.stderr


def test_what_add_takes_the_import_takes(empty: Path, tmp_path: Path) -> None:
    # The surname read right, a person's own romanization (Wade-Giles, Hong Kong's), an adopted name the file marks.
    path = tmp_path / "people.csv"
    path.write_text(
        "zh,en,type,en_adopted\n单田芳,Shan Tianfang,person,\n曾国藩,Zeng Guofan,person,\n"
        "蔡英文,Tsai Ing-wen,person,\n梁振英,Leung Chun-ying,person,\n马云,Jack Ma,person,true\n",
        encoding="utf-8",
    )
    result = _zhgloss(empty, "import", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["added"]) == 5


def test_a_misread_pinyin_reading_says_the_pinyin_to_give(empty: Path, tmp_path: Path) -> None:
    # 乐 as a surname is Yuè or Lè (乐毅 is Yuè Yì): the English spells another reading names have. A row without pinyin
    # gets the pinyin add writes for it, Lè Yì, the reading its English spells (U32-3; `add 乐毅 --en "Le Yi"` stores
    # the same; the import refused it before, asking for that pinyin in a column); a row whose pinyin column says the
    # other reading is refused with the pinyin to give.
    path = tmp_path / "le.csv"
    path.write_text("zh,en,type\n乐毅,Le Yi,person\n", encoding="utf-8")
    assert _zhgloss(empty, "import", str(path)).returncode == 0
    assert json.loads(empty.read_text(encoding="utf-8"))["entries"]["1"]["pinyin"] == "Lè Yì"
    other = tmp_path / "le1.csv"
    other.write_text("zh,en,type,pinyin\n乐毅,Le Yi,person,Yuè Yì\n", encoding="utf-8")
    result = _zhgloss(tmp_path / "new.json", "import", str(other))
    assert result.returncode == 3, result.stderr
    fixed = tmp_path / "le2.csv"
    fixed.write_text("zh,en,type,pinyin\n乐毅,Le Yi,person,Lè Yì\n", encoding="utf-8")
    assert _zhgloss(empty, "import", str(fixed)).returncode == 0


def test_an_adopted_western_name_unmarked_is_left_to_validate(empty: Path, tmp_path: Path) -> None:
    # A newsroom sheet of people known by adopted given names (余承东 Richard Yu, 马化腾 Pony Ma) marks none adopted:
    # their given name is no pinyin, so nothing is misread; the import cannot ask, as add does, and takes them.
    path = tmp_path / "adopted.csv"
    path.write_text("zh,en,type\n余承东,Richard Yu,person\n马化腾,Pony Ma,person\n", encoding="utf-8")
    result = _zhgloss(empty, "import", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["added"]) == 2
