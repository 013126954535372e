"""A Japanese name's English read back as its characters' Japanese readings (Unihan's kJapaneseKun/kJapaneseOn).

Session 31 left `add 広末涼子 --en "Ryoko Hirosue"` refused ("does not spell the pinyin 'Guǎng Mòliángzǐ'"): validate
took a Japanese name's English only where harvest's list of surname endings knew its surname, and 末 (Hirosue) is in
none. The class is every Japanese surname outside that list: each English word now reads back as its characters'
Japanese readings (広 hiro, 末 sue; 涼 ryō, 子 ko), a name typed in Japanese forms is taken as Japanese, and one
zhgloss cannot tell is Japanese gets a warning (`en-japanese`) instead of a refusal. Readings checked against Unihan
15.0, KANJIDIC2 (names' own readings) and CC-CEDICT's lines for Japanese people:
    三浦梅園 三浦梅园 [San1 pu3 Mei2 yuan2] /MIURA Baien (1723-1789), Japanese neo-Confucian philosopher .../
    田中角榮 田中角荣 [Tian2 zhong1 Jiao3 rong2] /Tanaka Kakuei (1918-1993), Japanese politician, .../
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from zhgloss.curate import draft_entry
from zhgloss.model import Entry
from zhgloss.romanizations import japanese_reading, spells_japanese
from zhgloss.validate import check_entry


def _codes(entry: Entry) -> list[tuple[str, str]]:
    return [(p.code, p.severity) for p in check_entry(entry)]


def test_a_japanese_name_typed_in_japanese_forms_is_stored_cut_as_japan_reads_it() -> None:
    entry = draft_entry("広末涼子", en="Ryoko Hirosue")
    assert (entry.zh, entry.zh_aliases) == ("广末凉子", ("広末涼子",))
    assert entry.pinyin == "Guǎngmò Liángzǐ"  # 广末|凉子, not the surname rule's 广|末凉子
    assert _codes(entry) == []


def test_a_japanese_reading_zhgloss_cannot_tell_is_japanese_is_a_warning_not_a_refusal() -> None:
    # 孙正义 Masayoshi Son: 孫 son, 正 masa, 義 yoshi. (柳井正 "Tadashi Yanai" was the other case: since 37bf356
    # harvest reads a Japanese surname by these readings too, and validate takes harvest's word for it.)
    for zh, en in (("孙正义", "Masayoshi Son"),):
        assert _codes(draft_entry(zh, en=en)) == [("en-japanese", "warning")], zh


def test_a_chinese_persons_name_in_japanese_readings_stays_an_error() -> None:
    # CC-CEDICT reads 习近平 as a Chinese person's name: "Shu Kinpei" (Japanese on'yomi) is no English of his.
    assert ("en-mismatch", "error") in _codes(draft_entry("习近平", en="Shu Kinpei"))
    assert ("en-mismatch", "error") in _codes(draft_entry("张伟", en="Cheung Apple"))


def test_each_word_reads_back_with_rendaku_long_vowels_and_either_order() -> None:
    assert japanese_reading("三浦梅园", "MIURA Baien") == (2, 0)
    assert japanese_reading("田中角荣", "Tanaka Kakuei") == (2, 0)
    assert japanese_reading("广末凉子", "Ryoko Hirosue") == (2, 1)
    assert japanese_reading("广末凉子", "Ryōko Hirosue") == (2, 1)  # 涼 ryou, its long vowel marked
    assert spells_japanese("Yoshida", "吉田")  # 吉 yoshi: KANJIDIC2's kun'yomi (Unihan has only yoi)
    assert spells_japanese("Satoshi", "智")  # a name's own reading (nanori), KANJIDIC2's
    assert not spells_japanese("Satoshi", "吉")
    assert spells_japanese("Kawabata", "川端")  # 端 hata, voiced: bata
    assert japanese_reading("张伟", "Cheung Apple") is None
    assert japanese_reading("广末凉子", "Ryoko Hirose") is None  # Hirose is 広瀬: 末 is sue, matsu


UNIHAN = Path("/usr/share/unicode")
KANJIDIC2 = Path("/usr/share/edict/kanjidic2.xml.gz")


@pytest.mark.skipif(
    not (UNIHAN / "Unihan_Readings.txt.bz2").exists() or not KANJIDIC2.exists(),
    reason="Debian's unicode-data or kanjidic-xml not installed",
)
def test_the_shipped_readings_are_what_the_build_script_makes_of_unihan_and_kanjidic2() -> None:
    root = Path(__file__).resolve().parent.parent
    built = subprocess.run(
        [sys.executable, str(root / "scripts/build_japanese_readings.py"), str(UNIHAN), str(KANJIDIC2)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    assert built == (root / "src/zhgloss/data/japanese_readings.tsv").read_text(encoding="utf-8")
