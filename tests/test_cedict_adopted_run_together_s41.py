"""CC-CEDICT import: a person's English that runs a reading of two words or more together is not `en_adopted`
(the reviewer's R40-23).

2d560002 (R39-11) made a Chinese person known by one name in pinyin not adopted, but asked whether the READING was
one word: 貂蝉 [Diao1 Chan2] "Diaochan", 伏羲 [Fu2 Xi1] "Fuxi", 闯王 [Chuang3 Wang2] "Chuangwang" and 李祝 [Li3 Zhu4]
"Lizhu" are read surname and given name ("Diāo Chán"), so they stayed adopted though their English is the pinyin run
together (docs/glossary-notes.md: false = the English is the pinyin; `zhgloss.forms.en_matches_pinyin` already reads
"Diaochan" as spelling "Diāo Chán"). CC-CEDICT (2026-12): these 4 were the only --proper-only persons of that shape.
A name many bear stays adopted by the line's "(name)" (汉森 "Hansen or Hanson (name)"); two English words are read
as before: 习近平 "Xi Jinping" not adopted, 陈露 "Lu Chen" (given name first) and 孙中山 "Sun Yat-sen" adopted.

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import load_cedict_documents

LINES = {
    "伏羲": (
        "伏羲 伏羲 [Fu2 Xi1] /Fuxi or Fu Hsi, legendary Chinese emperor, trad. 2852-2738 BC, mythical creator of "
        "fishing, trapping and writing/"
    ),
    "李祝": (
        "李祝 李祝 [Li3 Zhu4] /Lizhu, personal name of twenty-first and last Tang emperor Aidi 哀帝[Ai1 di4] "
        "(892-908), reigned 904-907/"
    ),
    "貂蝉": (
        "貂蟬 貂蝉 [Diao1 Chan2] /Diaochan (-192), one of the four legendary beauties 四大美女[si4 da4 mei3 nu:3], in "
        "fiction a famous beauty at the break-up of Han dynasty, given as concubine to usurping warlord Dong Zhuo "
        "董卓[Dong3 Zhuo2] to ensure his overthrow by fighting hero Lü Bu 呂布|吕布[Lu:3 Bu4]/"
    ),
    "闯王": (
        "闖王 闯王 [Chuang3 Wang2] /Chuangwang or Roaming King, adopted name of late Ming peasant rebel leader Li "
        "Zicheng 李自成 (1605-1645)/"
    ),
    "汉森": "漢森 汉森 [Han4 sen1] /Hansen or Hanson (name)/",
    "习近平": (
        "習近平 习近平 [Xi2 Jin4 ping2] /Xi Jinping (1953-), PRC politician, General Secretary of the CCP from 2012, "
        "president of the PRC from 2013/"
    ),
    "陈露": "陳露 陈露 [Chen2 Lu4] /Lu Chen (1976-), PRC figure skater, 1995 world champion/",
    "孙中山": (
        "孫中山 孙中山 [Sun1 Zhong1 shan1] /Dr Sun Yat-sen (1866-1925), first president of the Republic of China and "
        "co-founder of the Guomintang 國民黨|国民党/same as 孫逸仙|孙逸仙/"
    ),
}


def _row(line: str, zh: str) -> dict[str, object]:
    (row,) = (r for r in load_cedict_documents(io.StringIO(line + "\n"), proper_only=True) if r["zh"] == zh)
    return row


@pytest.mark.parametrize(
    ("zh", "en"), [("貂蝉", "Diaochan"), ("伏羲", "Fuxi"), ("闯王", "Chuangwang"), ("李祝", "Lizhu")]
)
def test_a_reading_run_together_is_not_adopted(zh: str, en: str) -> None:
    row = _row(LINES[zh], zh)
    assert (row["type"], row["en"]) == ("person", en)
    assert row["en_adopted"] is False


@pytest.mark.parametrize(("zh", "adopted"), [("汉森", True), ("习近平", False), ("陈露", True), ("孙中山", True)])
def test_other_persons_read_as_before(zh: str, adopted: bool) -> None:
    assert _row(LINES[zh], zh)["en_adopted"] is adopted


# Two-syllable Chinese names of a surname CC-CEDICT's readings split off (李, 王, 张, 陈) and a given syllable.
_SURNAMES = {"李": "Li3", "王": "Wang2", "张": "Zhang1", "陈": "Chen2"}
_GIVEN = {"祝": "Zhu4", "明": "Ming2", "华": "Hua2", "涛": "Tao1", "军": "Jun1", "德": "De2"}


@given(st.sampled_from(sorted(_SURNAMES)), st.sampled_from(sorted(_GIVEN)))
def test_any_surname_and_given_run_together_is_not_adopted(surname: str, given_name: str) -> None:
    zh = surname + given_name
    numbered = f"{_SURNAMES[surname]} {_GIVEN[given_name]}"
    english = "".join(s.rstrip("12345") for s in numbered.split()).capitalize()
    line = f"{zh} {zh} [{numbered}] /{english}, personal name of a Tang emperor (892-908), reigned 904-907/"
    row = _row(line, zh)
    # The line says a person (its years) and the English is the reading run together: both hold for every draw, so
    # the flag is asserted each time (the review's R41-17: a guard made it assert nothing where they did not).
    assert (row["type"], row["en"]) == ("person", english)
    assert row["en_adopted"] is False
