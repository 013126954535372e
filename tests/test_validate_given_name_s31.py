"""A person's English in their own romanization reads the given name back, syllable by syllable (issue 9 item 6;
session 30's reviewer, R5: a regression of ac016d8).

ac016d8 let a Hong Kong, Taiwan, Macau or Korean spelling of the surname pass with any syllables after it: 张伟
"Cheung Apple" and 黄海 "Wong Sea" were no error (f7d1515 flagged them). Now each syllable of the given name must spell
its character: in pinyin, Wade-Giles (with the common "hw" and "eh": Lin Hwai-min, Shih Ming-teh), Taiwan's Mandarin
Phonetic Symbols II (Ko Wen-je) or Hong Kong's Cantonese (the government's spelling of the Jyutping readings of the
package ToJyutping: Chow Yun-fat, Wong Kar-wai); a Korean surname's spelling before Korean syllables is Korean. A
spelling zhgloss cannot read back but that starts as the character's spellings do (Singapore's Lee Kuan Yew) is a
warning, `en-romanization`.

The names and readings are CC-CEDICT's lines (CC BY-SA 4.0, MDBG; ../shared/data/cedict_ts.u8.gz), e.g.
`周潤發 周润发 [Zhou1 Run4 fa1] /Chow Yun-Fat (1955-), Hong Kong TV and film star/`,
`王家衛 王家卫 [Wang2 Jia1 wei4] /Wong Kar-wai (1956-), Hong Kong film director/`,
`柯文哲 柯文哲 [Ke1 Wen2 zhe2] /Ko Wen-je (1959-), Taiwanese independent politician, .../`,
`李光耀 李光耀 [Li3 Guang1 yao4] /Lee Kuan Yew (1923-2015), founding father of modern Singapore, .../`.
The Hong Kong spellings: English Wikipedia, "Hong Kong Government Cantonese Romanisation" (initials and finals
against Jyutping); Mandarin Phonetic Symbols II: English Wikipedia, "Mandarin Phonetic Symbols II" (its table).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.romanizations import hong_kong_spellings, mps2_syllable, syllable_romanization
from zhgloss.validate import loosely_romanized, romanized_as


def _run(zhgloss_exe: str, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([zhgloss_exe, "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8")


def _problems(zhgloss_exe: str, tmp_path: Path, rows: list[str]) -> list[tuple[str, str, str]]:
    sheet = tmp_path / "names.csv"
    sheet.write_text("zh,en,type,en_adopted\n" + "\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    done = _run(zhgloss_exe, db, "import", str(sheet))
    assert done.returncode == 0, done.stderr
    problems = json.loads(_run(zhgloss_exe, db, "validate", "--json").stdout)["problems"]
    return sorted((p["entry_id"], p["code"], p["severity"]) for p in problems)


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("张伟", "Cheung Apple", "Zhāng Wěi"),  # the reviewer's
        ("黄海", "Wong Sea", "Huáng Hǎi"),
        ("张伟", "Cheung Xyz", "Zhāng Wěi"),
        ("张伟", "Cheung Ming", "Zhāng Wěi"),
        ("梁振英", "Leung Ka-shing", "Liáng Zhènyīng"),  # another Hong Kong person's given name
        ("李嘉诚", "Li Chun-ying", "Lǐ Jiāchéng"),
        ("周润发", "Chow Kar-wai", "Zhōu Rùnfā"),
        ("文在寅", "Moon Apple-sea", "Wén Zàiyín"),  # no Korean syllables
    ],
)
def test_a_given_name_that_spells_none_of_its_characters_is_no_romanization(zh: str, en: str, pinyin: str) -> None:
    assert romanized_as(zh, en, [pinyin]) is None
    assert loosely_romanized(zh, en, [pinyin]) is None


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("周润发", "Chow Yun-Fat", "Zhōu Rùnfā"),
        ("刘青云", "Lau Ching-Wan", "Liú Qīngyún"),
        ("王家卫", "Wong Kar-wai", "Wáng Jiāwèi"),
        ("黄金宝", "Wong Kam-po", "Huáng Jīnbǎo"),
        ("谢霆锋", "Tse Ting-Fung", "Xiè Tíngfēng"),
        ("叶问", "Yip Man", "Yè Wèn"),
        ("曾荫权", "Tsang Yam-Kuen", "Zēng Yìnquán"),
        ("梁振英", "Leung Chun-ying", "Liáng Zhènyīng"),
        ("柯文哲", "Ko Wen-je", "Kē Wénzhé"),
        ("林怀民", "Lin Hwai-Min", "Lín Huáimín"),
        ("施明德", "Shih Ming-teh", "Shī Míngdé"),
        ("蔡英文", "Tsai Ing-wen", "Cài Yīngwén"),
        ("卢武铉", "Roh Moo-hyun", "Lú Wǔxuàn"),
        ("李明博", "Lee Myung-bak", "Lǐ Míngbó"),
    ],
)
def test_a_given_name_read_back_is_a_romanization(zh: str, en: str, pinyin: str) -> None:
    assert romanized_as(zh, en, [pinyin]) is not None


@pytest.mark.parametrize(
    ("zh", "en", "pinyin", "unread"),
    [
        ("李光耀", "Lee Kuan Yew", "Lǐ Guāngyào", [("Kuan", "光"), ("Yew", "耀")]),
        ("马英九", "Ma Ying-jeou", "Mǎ Yīngjiǔ", [("jeou", "九")]),
        ("董建华", "Tung Chee-hwa", "Dǒng Jiànhuá", [("Chee", "建")]),
    ],
)
def test_a_spelling_not_read_back_that_starts_as_its_character_is_loose(
    zh: str, en: str, pinyin: str, unread: list[tuple[str, str]]
) -> None:
    assert romanized_as(zh, en, [pinyin]) is None
    assert loosely_romanized(zh, en, [pinyin]) == unread


@pytest.mark.parametrize(
    ("syllable", "char", "system"),
    [
        ("Chun", "振", "Cantonese"),  # zan3
        ("Ka", "嘉", "Cantonese"),  # gaa1
        ("shing", "诚", "Cantonese"),  # sing4
        ("Kar", "家", "Cantonese"),
        ("Iat", "一", "Cantonese"),  # Macau's 贺一诚 Ho Iat-seng
        ("ying", "英", "pinyin"),
        ("Ching", "经", "Wade-Giles"),
        ("kuo", "国", "Wade-Giles"),
        ("je", "哲", "Mandarin Phonetic Symbols II"),
        ("Apple", "伟", None),
        ("Sea", "海", None),
    ],
)
def test_a_syllable_is_read_as_its_character(syllable: str, char: str, system: str | None) -> None:
    assert syllable_romanization(syllable, char) == system


def test_hong_kong_spellings_of_jyutping() -> None:
    assert {"cheung", "tseung"} <= hong_kong_spellings("zoeng1")  # 张 Cheung
    assert {"chun", "tsun"} <= hong_kong_spellings("zan3")  # 振 Chun
    assert {"ka", "kar"} <= hong_kong_spellings("gaa1")  # 家 Ka, Kar
    assert {"yuen"} <= hong_kong_spellings("jyun4")  # 元 Yuen
    assert {"kwok"} <= hong_kong_spellings("gwok3")  # 郭 Kwok
    assert hong_kong_spellings("ng4") == {"ng"}  # 吴 Ng
    assert hong_kong_spellings("zhang") == frozenset()


@pytest.mark.parametrize(
    ("pinyin", "mps2"),
    [("zhe", "je"), ("xiong", "shiung"), ("zhi", "jr"), ("si", "sz"), ("zi", "tz"), ("lv", "liu"), ("jiu", "jiou")],
)
def test_mandarin_phonetic_symbols_ii(pinyin: str, mps2: str) -> None:
    assert mps2_syllable(pinyin) == mps2


def test_validate_reports_the_wrong_given_names_only(zhgloss_exe: str, tmp_path: Path) -> None:
    rows = [
        "张伟,Cheung Apple,person,",
        "黄海,Wong Sea,person,",
        "梁振英,Leung Chun-ying,person,",
        "周润发,Chow Yun-Fat,person,",
        "柯文哲,Ko Wen-je,person,",
        "文在寅,Moon Jae-in,person,",
        "李光要,Lee Kuan Yew,person,",  # (CC-CEDICT's 李光耀 written so is no question since R46-19)
        "林郑月娥,Carrie Lam,person,true",  # an adopted English name stays no error
    ]
    assert _problems(zhgloss_exe, tmp_path, rows) == [
        ("cheung-apple", "en-mismatch", "error"),
        ("lee-kuan-yew", "en-romanization", "warning"),
        ("wong-sea", "en-mismatch", "error"),
    ]


def test_add_refuses_a_given_name_that_spells_nothing(zhgloss_exe: str, tmp_path: Path) -> None:
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    done = _run(zhgloss_exe, db, "add", "张伟", "--en", "Cheung Apple", "--type", "person", "--yes")
    assert done.returncode == 2, done.stdout
    assert "'Cheung Apple' does not spell the pinyin 'Zhāng Wěi'" in done.stderr


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("黎明", "Lai Ming", "Lí Míng"),  # the singer Leon Lai: lai and ming are pinyin syllables too
        ("陈明", "Chan Ming", "Chén Míng"),
        ("邓明", "Tang Ming", "Dèng Míng"),
    ],
)
def test_a_hong_kong_spelling_that_is_a_pinyin_syllable_is_no_slip(zh: str, en: str, pinyin: str) -> None:
    assert romanized_as(zh, en, [pinyin]) is not None


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("单田芳", "Dan Tian-fang", "Shàn Tiánfāng"),  # 单 as a surname is Shàn: dān is a slip (U30-9)
        ("马云", "Ma Yin", "Mǎ Yún"),
    ],
)
def test_a_surname_in_another_pinyin_reading_is_a_slip(zh: str, en: str, pinyin: str) -> None:
    assert romanized_as(zh, en, [pinyin]) is None
