"""A Korean name's English reads back its characters' Korean readings, syllable by syllable (issue 9 item 6; the
Korean half of session 30's reviewer's R5).

ac016d8 let a Korean surname's spelling pass with any syllables after it shaped as Korean ones; 31's first reading
back (efb18e9) still did, so that 李昌镐 "Lee Ming-shi" or 黄金宝 "Hwang Si-man" (another person's given name in
pinyin after a Korean spelling of the surname) were no error. Now each syllable must spell a Korean reading of its
character (data/korean_readings.tsv, Unihan's kHangul) in the Revised Romanization, McCune-Reischauer or a common
spelling (Myung, Chung, Hee, Moo, Woo); one that does not is an error, or a warning where it starts as the character's
spellings do.
Names: CC-CEDICT (CC BY-SA 4.0, MDBG; ../shared/data/cedict_ts.u8.gz), e.g.
`文在寅 文在寅 [Wen2 Zai4 yin2] /Moon Jae-in (1953-), Korean politician and human rights lawyer/`,
`朴正熙 朴正熙 [Piao2 Zheng4 xi1] /Park Chung-Hee (1917-1979), South Korean military man and dictator, .../`,
`盧泰愚 卢泰愚 [Lu2 Tai4 yu2] /Roh Tae-woo (1932-), South Korean politician, president 1988-1993/`,
`金泳三 金泳三 [Jin1 Yong3 san1] /Kim Young-sam (1927-2015), South Korean politician, president 1993-1998/`.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from zhgloss.romanizations import hangul_spellings, korean_spellings
from zhgloss.validate import loosely_romanized, romanized_as


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("文在寅", "Moon Jae-in", "Wén Zàiyín"),
        ("金正恩", "Kim Jong-un", "Jīn Zhèng'ēn"),
        ("朴正熙", "Park Chung-Hee", "Piáo Zhèngxī"),
        ("卢泰愚", "Roh Tae-woo", "Lú Tàiyú"),
        ("卢武铉", "Roh Moo-hyun", "Lú Wǔxuàn"),
        ("金泳三", "Kim Young-sam", "Jīn Yǒngsān"),
        ("李明博", "Lee Myung-bak", "Lǐ Míngbó"),
        ("潘基文", "Ban Ki Moon", "Pān Jīwén"),
        ("黄长烨", "Hwang Jang-yop", "Huáng Chángyè"),
        ("韩升洙", "Han Seung-soo", "Hán Shēngzhū"),
        ("金日成", "Kim Il Sung", "Jīn Rìchéng"),
    ],
)
def test_a_korean_name_reads_back(zh: str, en: str, pinyin: str) -> None:
    assert romanized_as(zh, en, [pinyin]) == "Korean"


@pytest.mark.parametrize(
    ("zh", "en", "pinyin"),
    [
        ("李昌镐", "Lee Ming-shi", "Lǐ Chānghào"),
        ("黄金宝", "Hwang Si-man", "Huáng Jīnbǎo"),
        ("朴智星", "Bak Di-ke", "Piáo Zhìxīng"),
        ("李政道", "Lee Da-er", "Lǐ Zhèngdào"),
        ("文在寅", "Moon Apple-sea", "Wén Zàiyín"),
    ],
)
def test_another_given_name_after_a_korean_surname_is_an_error(zh: str, en: str, pinyin: str) -> None:
    assert romanized_as(zh, en, [pinyin]) is None
    assert loosely_romanized(zh, en, [pinyin]) is None


def test_hangul_spellings() -> None:
    assert {"jeong", "jung", "chung", "jong"} <= hangul_spellings("정")  # RR, common, McCune-Reischauer
    assert {"hui", "hee"} <= hangul_spellings("희")
    assert {"myeong", "myung"} <= hangul_spellings("명")
    assert "woo" in hangul_spellings("우")
    assert hangul_spellings("a") == frozenset()


def test_korean_spellings_of_a_simplified_character() -> None:
    assert {"hyeon", "hyun"} <= korean_spellings("铉")  # 鉉 현, as Korea writes it
    assert {"jae"} <= korean_spellings("在")


def test_validate_reports_the_wrong_korean_given_name(zhgloss_exe: str, tmp_path: Path) -> None:
    sheet = tmp_path / "names.csv"
    rows = ["文在寅,Moon Jae-in,person", "朴正熙,Park Chung-Hee,person", "李昌镐,Lee Ming-shi,person"]
    sheet.write_text("zh,en,type\n" + "\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "g.json"
    db.write_text("{}", encoding="utf-8")
    run = [zhgloss_exe, "--db", str(db)]
    assert subprocess.run([*run, "import", str(sheet)], capture_output=True).returncode == 0
    done = subprocess.run([*run, "validate", "--json"], capture_output=True, text=True, encoding="utf-8")
    problems = [(p["entry_id"], p["code"]) for p in json.loads(done.stdout)["problems"]]
    assert problems == [("lee-ming-shi", "en-mismatch")]
