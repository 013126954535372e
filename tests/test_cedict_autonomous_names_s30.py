"""An autonomous region or prefecture written in lower case keeps its people and its unit where English writes
them (thirtieth session; the lead's class 2 from check's false misses on the names import).

- "Xinjiang Uighur autonomous region" was en "Xinjiang Uighur", a name nobody writes (check then could not read the
  region off "the Xinjiang regional government"); an autonomous region written bare stays bare ("Inner Mongolia").
- "Sanji or Changji Hui autonomous prefecture" was en "Sanji", alias "Changji Hui"; the "or" alternates the first
  word only, so the prefecture is "Changji Hui Autonomous Prefecture", alias "Sanji" (迪庆 likewise, "Dêqên").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
REAL = (
    "新疆維吾爾自治區 新疆维吾尔自治区 [Xin1 jiang1 Wei2 wu2 er3 Zi4 zhi4 qu1] /Xinjiang Uighur autonomous region,"
    " abbr. 新, capital Urumqi or Ürümqi 烏魯木齊|乌鲁木齐/\n"
    "昌吉回族自治州 昌吉回族自治州 [Chang1 ji2 Hui2 zu2 zi4 zhi4 zhou1] /Sanji or Changji Hui autonomous prefecture in"
    " Xinjiang/\n"
    "迪慶藏族自治州 迪庆藏族自治州 [Di2 qing4 Zang4 zu2 Zi4 zhi4 zhou1] /Dêqên or Diqing Tibetan autonomous prefecture,"
    " northwest Yunnan, capital Shangri-La 香格里拉[Xiang1 ge2 li3 la1]/\n"
    # Controls: a region written bare; a prefecture with no "or".
    "內蒙古自治區 内蒙古自治区 [Nei4 meng3 gu3 Zi4 zhi4 qu1] /Inner Mongolia autonomous region, abbr."
    " 內蒙古|内蒙古[Nei4 meng3 gu3], capital Hohhot 呼和浩特[Hu1 he2 hao4 te4]/\n"
    "大理白族自治州 大理白族自治州 [Da4 li3 Bai2 zu2 zi4 zhi4 zhou1] /Dali Bai autonomous prefecture in Yunnan/\n"
)
# Lines of my own of the same shapes.
OWN = (
    "甲乙維吾爾自治區 甲乙维吾尔自治区 [Jia3 yi3 Wei2 wu2 er3 Zi4 zhi4 qu1] /Jiayi Uighur autonomous region, capital"
    " Bingding/\n"
    "丙丁回族自治州 丙丁回族自治州 [Bing3 ding1 Hui2 zu2 zi4 zhi4 zhou1] /Pingting or Bingding Hui autonomous"
    " prefecture in Gansu/\n"
)
ENTRIES = entries_by_form(REAL + OWN)


@pytest.mark.parametrize(
    ("zh", "en", "aliases"),
    [
        ("新疆维吾尔自治区", "Xinjiang Uighur Autonomous Region", ()),
        ("甲乙维吾尔自治区", "Jiayi Uighur Autonomous Region", ()),
        ("昌吉回族自治州", "Changji Hui Autonomous Prefecture", ("Sanji",)),
        ("迪庆藏族自治州", "Diqing Tibetan Autonomous Prefecture", ("Dêqên",)),
        ("丙丁回族自治州", "Bingding Hui Autonomous Prefecture", ("Pingting",)),
        ("内蒙古自治区", "Inner Mongolia", ()),
        ("大理白族自治州", "Dali Bai Autonomous Prefecture", ()),
    ],
)
def test_the_region_or_prefecture_keeps_its_people_and_unit(zh: str, en: str, aliases: tuple[str, ...]) -> None:
    entry = ENTRIES[zh]
    assert (entry.type, entry.en) == ("place", en), entry
    assert entry.aliases == aliases, entry


def test_a_prefecture_headed_as_a_region_by_a_slip_is_the_prefecture() -> None:
    # CC-CEDICT has the prefecture twice, once headed 自治区 (a region); China has five autonomous regions, and the
    # register lists only the prefecture (data/cedict_corrections.tsv): one entry, headed by the prefecture.
    entries = entries_by_form(
        "怒江傈僳族自治區 怒江傈僳族自治区 [Nu4 jiang1 Li4 su4 zu2 Zi4 zhi4 qu1] /Nujiang Lisu autonomous prefecture in"
        " northwest Yunnan, capital Liuku or Lutku 六庫鎮|六库镇[Liu4 ku4 zhen4]/\n"
        "怒江傈僳族自治州 怒江傈僳族自治州 [Nu4 jiang1 Li4 su4 zu2 zi4 zhi4 zhou1] /Nujiang Lisu autonomous prefecture"
        " in northwest Yunnan, capital Liuku or Lutku 六庫鎮|六库镇[Liu4 ku4 zhen4]/\n"
    )
    entry = entries["怒江傈僳族自治区"]
    assert (entry.zh, entry.en) == ("怒江傈僳族自治州", "Nujiang Lisu Autonomous Prefecture"), entry
    assert entries["怒江傈僳族自治州"] is entry
