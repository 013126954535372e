"""CC-CEDICT import: two units of administration of one name, in two provinces, are two places.

The blind tester of the thirty-sixth session (/work/tools/s36/reports/blind.md, borderline 178) found 新化 "Xinhua
county in Loudi 娄底, Hunan/Hsinhua town in Tainan county 台南县, Taiwan/" merged into one entry: Xinhua with the
Taiwan town's spelling "Hsinhua" as its alias, and 新化镇 (the town's own line) folded in as a zh_alias. A line's
senses naming two units placed in two provinces, regions or countries (the last place each description names) are two
places, however alike their spellings: the entry is the first, the other's English no alias (the note keeps it), and
the full form that writes the other's unit (新化镇, 平江县, 云龙县) stays an entry of its own. In the real file
(2026-12) 40 full forms stand apart again (--proper-only 14,896 -> 14,937 entries) and 14 bare entries lose the other
place's spelling. A line saying its name is many places' ("(various)", "(common place name)": 鼓楼区 "Drumtower city
district (various)/...") keeps every name; two places of one province (台中 "city and county") stay one.

The rules (zhgloss.formats.cedict): `_placed_apart`, `_region_of`, `_drop_other_things`, the full-name fold in `_rows`.
The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values read off the lines.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.formats.cedict import load_cedict

LINES = "\n".join(
    [
        "新化 新化 [Xin1 hua4] /Xinhua county in Loudi 婁底|娄底[Lou2 di3], Hunan/Hsinhua town in Tainan county"
        " 台南縣|台南县[Tai2 nan2 xian4], Taiwan/",
        "新化縣 新化县 [Xin1 hua4 xian4] /Xinhua county in Loudi 婁底|娄底[Lou2 di3], Hunan/",
        "新化鎮 新化镇 [Xin1 hua4 zhen4] /Hsinhua town in Tainan county 台南縣|台南县[Tai2 nan2 xian4], Taiwan/",
        "平江 平江 [Ping2 jiang1] /Pingjiang district of Suzhou city 蘇州市|苏州市[Su1 zhou1 shi4], Jiangsu/Pingjiang"
        " county in Yueyang 岳陽|岳阳[Yue4 yang2], Hunan/",
        "平江縣 平江县 [Ping2 jiang1 xian4] /Pingjiang county in Yueyang 岳陽|岳阳[Yue4 yang2], Hunan/",
        "竹山 竹山 [Zhu2 shan1] /Zhushan county in Shiyan 十堰[Shi2 yan4], Hubei/Zhushan or Chushan town in Nantou"
        " county 南投縣|南投县[Nan2 tou2 xian4], central Taiwan/",
        "萬榮 万荣 [Wan4 rong2] /Wanrong County in Yuncheng 運城|运城[Yun4 cheng2], Shanxi/Wanrong or Wanjung township"
        " in Hualian County 花蓮縣|花莲县[Hua1 lian2 Xian4], East Taiwan/",
        "萬榮鄉 万荣乡 [Wan4 rong2 xiang1] /Wanrong or Wanjung township in Hualien County 花蓮縣|花莲县[Hua1 lian2"
        " Xian4], east Taiwan/",
        # kept as they were:
        "臺中 台中 [Tai2 zhong1] /Taizhong or Taichung city and county in central Taiwan/",
        "鼓樓區 鼓楼区 [Gu3 lou2 qu1] /Drumtower city district (various)/Gulou district of Nanjing City"
        " 南京市[Nan2 jing1 shi4], Jiangsu/Gulou or Drumtower district of Fuzhou city 福州市[Fu2 zhou1 shi4], Fujian/",
        "",
    ]
)
NAMES = {e.zh: e for e in load_cedict(io.StringIO(LINES), proper_only=True)}


@pytest.mark.parametrize(
    ("zh", "en", "other"),
    [("新化", "Xinhua", "Hsinhua"), ("竹山", "Zhushan", "Chushan"), ("万荣", "Wanrong", "Wanjung")],
)
def test_the_other_places_spelling_is_no_alias(zh: str, en: str, other: str) -> None:
    entry = NAMES[zh]
    assert entry.en == en
    assert other not in entry.aliases
    assert other in (entry.note or "")  # the note keeps the other place


@pytest.mark.parametrize(
    ("bare", "full", "en"),
    [
        ("新化", "新化镇", "Hsinhua Town"),
        ("平江", "平江县", "Pingjiang County"),
        ("万荣", "万荣乡", "Wanrong Township"),
    ],
)
def test_the_other_places_full_form_stays_its_own_entry(bare: str, full: str, en: str) -> None:
    assert full not in NAMES[bare].zh_aliases
    assert (NAMES[full].type, NAMES[full].en) == ("place", en)


def test_the_same_places_full_form_still_folds() -> None:
    assert "新化县" in NAMES["新化"].zh_aliases
    assert "新化县" not in NAMES


def test_a_name_of_many_places_and_one_provinces_places_keep_their_names() -> None:
    assert "Drumtower" in NAMES["鼓楼区"].aliases
    assert {"Taizhong", "Taichung"} <= {NAMES["台中"].en, *NAMES["台中"].aliases}
