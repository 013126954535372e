"""The generic of "A or B <lower-case generic>" is both names' (thirty-first session; the tester's s31 S1: 深圳河
"Shenzhen or Shamchun river Guangdong, ..." had en "Shenzhen", the city's name, alias "Shamchun"; 法源寺 "Fayuan",
alias "Source of the Law"; 唐古拉 "Dangla"; 长白山 "Changbai"; 昌吉州 "Sanji", alias "Changji Hui").

The generic is shared where Chinese or a capitalised place follows it, not only "in ..." or a comma; a mountain
range, a plain and a museum are generics; a second name of several words takes it too; lower-case words before
the generic are the second name's, a translation of the first ("Three rivers| plain"). Not a province's autonomous
region (written bare), not "river basin" (two generics, both shared).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "深圳河 深圳河 [Shen1 zhen4 he2] /Shenzhen or Shamchun river Guangdong, the border between Hong Kong new"
    " territories and PRC/\n"
    "法源寺 法源寺 [Fa3 yuan2 si4] /Fayuan or Source of the Law temple in Beijing/\n"
    "唐古拉 唐古拉 [Tang2 gu3 la1] /Dangla or Tanggula mountain range on the Qinghai-Tibetan Plateau 青藏高原[Qing1"
    " Zang4 gao1 yuan2]/\n"
    "長白山 长白山 [Chang2 bai2 shan1] /Changbai or Baekdu mountains 白頭山|白头山, volcanic mountain range between"
    " Jilin province and North Korea, prominent in Manchu and Korean mythology/\n"
    "昌吉州 昌吉州 [Chang1 ji2 zhou1] /Sanji or Changji Hui autonomous prefecture 昌吉回族自治州[Chang1 ji2 Hui2 zu2"
    " zi4 zhi4 zhou1], Xinjiang/\n"
    "三江平原 三江平原 [San1 jiang1 ping2 yuan2] /Sanjiang or Three rivers plain in Heilongjiang, vast wetland"
    " watered by Heilongjiang 黑龍江|黑龙江[Hei1 long2 jiang1] or Amur/\n"
    "艾爾米塔什 艾尔米塔什 [Ai4 er3 mi3 ta3 shi2] /Ermitazh or Hermitage museum in St Peterburg/\n"
    # Controls.
    "梅里雪山 梅里雪山 [Mei2 li3 xue3 shan1] /Meilixue or Meri snow mountains, with peaks up to 6000 m., in Diqing"
    " Tibetan autonomous prefecture 迪慶藏族自治州|迪庆藏族自治州[Di2 qing4 Zang4 zu2 zi4 zhi4 zhou1], Yunnan/\n"
    "長江流域 长江流域 [Chang2 jiang1 liu2 yu4] /Changjiang or Yangtze river basin/\n"
    "內蒙 内蒙 [Nei4 meng3] /Inner Mongolia or Inner Mongolia autonomous region 內蒙古自治區|内蒙古自治区[Nei4 meng3"
    " gu3 Zi4 zhi4 qu1]/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "珠江 珠江 [Zhu1 jiang1] /Zhujiang or Pearl river Guangdong, the third longest river of China/\n"
    "雍和宮 雍和宫 [Yong1 he2 gong1] /Yonghe or Harmony and Peace temple in Beijing/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en", "alias"),
    [
        ("深圳河", "Shenzhen River", "Shamchun River"),
        ("法源寺", "Fayuan Temple", "Source of the Law Temple"),
        ("唐古拉", "Dangla Mountain Range", "Tanggula Mountain Range"),
        ("长白山", "Changbai Mountains", "Baekdu Mountains"),
        # (since s37 the headword 昌吉州, which writes no peoples, is Changji Prefecture, the official name an alias)
        ("昌吉州", "Changji Prefecture", "Changji Hui Autonomous Prefecture"),
        ("三江平原", "Sanjiang Plain", "Three Rivers Plain"),
        ("艾尔米塔什", "Ermitazh Museum", "Hermitage Museum"),
        ("珠江", "Pearl River", "Zhujiang"),  # (the name written whole in English, as 西湖 "West Lake"; jiang is river)
        ("雍和宫", "Yonghe Temple", "Harmony and Peace Temple"),
    ],
)
def test_the_generic_is_both_names(zh: str, en: str, alias: str) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en) == ("place", en), entry
    assert alias in entry.aliases, entry


def test_words_before_the_generic_after_a_name_are_both_names() -> None:
    # (the tester's s31 note: "Meilixue Mountains" beside "Meri Snow Mountains" gave the two names two generics)
    assert ENTRIES["梅里雪山"].en == "Meilixue Snow Mountains"
    assert "Meri Snow Mountains" in ENTRIES["梅里雪山"].aliases


def test_two_generics_and_a_province_are_read_as_before() -> None:
    assert ENTRIES["长江流域"].en == "Changjiang River Basin"
    assert "Yangtze River Basin" in ENTRIES["长江流域"].aliases
    assert ENTRIES["内蒙"].en == "Inner Mongolia"
    assert not [a for a in ENTRIES["内蒙"].aliases if a.endswith("Autonomous")]
