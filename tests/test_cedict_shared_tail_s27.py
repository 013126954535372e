"""Small classes of the tester's and user's findings (twenty-seventh session, issue 9): the event's word that ends the
second of "X or Y <word>" is the first's too (T27-I1: 李氏 "the Korean Yi or Lee Dynasty" is Yi Dynasty, 重阳 "Double
Ninth or Yang Festival" Double Ninth Festival; not another kind's word: "Heian Jingū or Heian Shrine", "Chuangwang or
Roaming King"); a language's word before a noun qualifies it (中国日报 "China Daily (an English language newspaper)"
is a newspaper, org); a carol is a work and a lady a person (U27-6 平安夜 "Silent Night (Christmas carol)/Christmas
Eve" was `event` with the carol's English; U27-7 嫦娥 "Chang'e, the lady in the moon" was `place`).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "李氏 李氏 [Li3 shi4] /the Korean Yi or Lee Dynasty (1392-1910)/\n"
    "重陽 重阳 [Chong2 yang2] /Double Ninth or Yang Festival/9th day of 9th lunar month/\n"
    "中國日報 中国日报 [Zhong1 guo2 Ri4 bao4] /China Daily (an English language newspaper)/\n"
    "嫦娥 嫦娥 [Chang2 e2] /Chang'e, the lady in the moon (Chinese mythology)/one of the Chang'e series of PRC lunar"
    " spacecraft/\n"
    "平安夜 平安夜 [Ping2 an1 Ye4] /Silent Night (Christmas carol)/Christmas Eve/\n"
    "平安神宮 平安神宫 [Ping2 an1 Shen2 gong1] /Heian Jingū or Heian Shrine, in Kyōto, Japan/\n"
    "闖王 闯王 [Chuang3 Wang2] /Chuangwang or Roaming King, adopted name of late Ming peasant rebel leader Li Zicheng"
    " 李自成 (1605-1645)/\n"
)
NAMES = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "kind", "en"),
    [
        ("李氏", "event", "Yi Dynasty"),
        ("重阳", "event", "Double Ninth Festival"),
        ("中国日报", "org", "China Daily"),
        # (U27-7 read it a place; a being of myth is typed as its gods are since the forty-eighth session, `name`:
        # tests/test_cedict_typing_s48.py)
        ("嫦娥", "name", "Chang'e"),
        ("平安夜", "work", "Silent Night"),
        ("平安神宫", "place", "Heian Shrine"),
        ("闯王", "person", "Chuangwang"),
    ],
)
def test_kind_and_english(zh: str, kind: str, en: str) -> None:
    assert NAMES[zh] == (kind, en)


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲氏 甲氏 [Jia3 shi4] /the Jia or Kia Dynasty (1000-1100)/\n"
        "乙節 乙节 [Yi3 jie2] /Yi or Ee Festival/\n"
        "丙報 丙报 [Bing3 bao4] /Bing Times (a French language newspaper)/\n"
        "丁丁 丁丁 [Ding1 ding1] /Ding or Deng King, a Zhou ruler/\n"  # a person's word, no event's: stays
    )
    assert names["甲氏"] == ("event", "Jia Dynasty")
    assert names["乙节"] == ("event", "Yi Festival")
    assert names["丙报"][0] == "org"
    assert names["丁丁"][1] == "Ding"
