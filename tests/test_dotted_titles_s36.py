"""A title that holds a dotted name is read as a phrase, its dot a word break (session 36, tbl's T36-1; R35-30).

60280381 sent every name that is no person's written with a middle dot to the romanizer, which read the work
哈利·波特与魔法石 as one transliterated name: "Hālì Bōtèyǔmófǎshí". The romanizer is right for a name alone, a word a
part (史蒂夫·乔布斯 Shǐdìfū Qiáobùsī, 让-雅克·卢梭 Ràng-Yǎkè Lúsuō, as README writes them); a title is read as a
phrase, whose words the dot parts: Hālì Bōtè yǔ Mófǎshí (哈利 [Ha1 li4], 波特 [Bo1 te4], 与 yǔ, 魔法石; the
conjunction in lower case as CC-CEDICT writes names: 文化和旅游部 Wénhuà hé Lǚyóubù).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.curate import fill_pinyin
from zhgloss.pinyin import phrase_pinyin


@pytest.mark.parametrize(
    ("zh", "kind", "pinyin"),
    [
        ("哈利·波特与魔法石", "work", "Hālì Bōtè yǔ Mófǎshí"),
        ("哈利·波特与魔法石", "name", "Hālì Bōtè yǔ Mófǎshí"),
        ("哈利·波特与密室", "work", "Hālì Bōtè yǔ Mìshì"),
    ],
)
def test_a_title_holding_a_dotted_name_is_read_as_a_phrase(zh: str, kind: str, pinyin: str) -> None:
    assert fill_pinyin(zh, kind) == pinyin


@pytest.mark.parametrize(
    ("zh", "kind", "pinyin"),
    [
        # A name alone still goes to the romanizer: a word a part, a hyphen kept (R35-24).
        ("史蒂夫·乔布斯", "name", "Shǐdìfū Qiáobùsī"),
        ("让-雅克·卢梭", "name", "Ràng-Yǎkè Lúsuō"),
        ("马丁·路德·金", "name", "Mǎdīng Lùdé Jīn"),
        # A part the word counts cut (古特|雷斯) in the characters of transliteration alone is still a name's.
        ("安东尼奥·古特雷斯", "name", "Āndōngní'ào Gǔtèléisī"),
        ("哈利·波特", "work", "Hālì Bōtè"),
    ],
)
def test_a_dotted_name_alone_is_read_as_before(zh: str, kind: str, pinyin: str) -> None:
    assert fill_pinyin(zh, kind) == pinyin


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        ("哈利·波特", "Hālì Bōtè"),  # the dot is no word of the pinyin
        ("史蒂夫．乔布斯", "Shǐdìfū Qiáobùsī"),  # a full-width full stop for it
        ("让-雅克", "Ràng-Yǎkè"),  # a hyphen between two parts joins them, as the romanizer writes it
    ],
)
def test_the_phrase_writer_writes_no_separator_as_a_word(zh: str, pinyin: str) -> None:
    assert phrase_pinyin(zh) == pinyin


def test_the_import_of_tbls_sheet(tmp_path: Path) -> None:
    sheet, db = tmp_path / "d.csv", tmp_path / "d.json"
    sheet.write_text("zh,en,type\n哈利·波特与魔法石,Harry Potter and the Philosopher's Stone,work\n", encoding="utf-8")
    subprocess.run(["zhgloss", "init", str(db), "--empty"], check=True, capture_output=True)
    subprocess.run(["zhgloss", "--db", str(db), "import", str(sheet)], check=True, capture_output=True)
    [entry] = json.loads(db.read_text(encoding="utf-8"))["entries"].values()
    assert entry["pinyin"] == "Hālì Bōtè yǔ Mófǎshí"


@pytest.mark.parametrize(
    ("zh", "kind", "pinyin"),
    [
        # The review's R36-11: the part next to the dot is one transliterated word, though the word counts cut it
        # (CC-CEDICT's 霍普金斯 [Huo4 pu3 jin1 si1]; 约翰·霍普金斯大学 was "Yuēhàn Huòpǔ Jīnsī Dàxué" at 75557648).
        ("约翰·霍普金斯大学", "org", "Yuēhàn Huòpǔjīnsī Dàxué"),
        ("约翰·霍普金斯医院", "org", "Yuēhàn Huòpǔjīnsī Yīyuàn"),
        # The review's R36-12: a part CC-CEDICT lists is read as it reads it (泰勒 [Tai4 le4], 希特勒 [Xi1 te4 le4]),
        # dotted or not; pypinyin's 勒 is lēi.
        ("泰勒·斯威夫特", "person", "Tàilè Sīwēifūtè"),
        ("阿道夫·希特勒", "person", "Ādàofū Xītèlè"),
        ("希特勒", "person", "Xītèlè"),
    ],
)
def test_the_reviews_dotted_names(zh: str, kind: str, pinyin: str) -> None:
    assert fill_pinyin(zh, kind) == pinyin


@pytest.mark.parametrize(
    ("zh", "pinyin"),
    [
        # The review's R36-12 addendum: the dots around an initial are word breaks, not part of a word.
        ("乔治·W·布什", "Qiáozhì W Bùshí"),
        ("约翰·F·肯尼迪", "Yuēhàn F Kěnnídí"),
        # Letters without dots are kept as they were.
        ("小米SU7", "Xiǎomǐ SU7"),
    ],
)
def test_an_initial_between_dots_keeps_no_dot(zh: str, pinyin: str) -> None:
    assert fill_pinyin(zh, "person" if "·" in zh else "product") == pinyin
