"""A new district or a mining area named like its city keeps its unit, and a possessive description of another thing
is no alias (twenty-seventh session, issue 9; the tester's T27-I24 and T27-I23): 无锡新区 "Wuxi new district of Wuxi
city" was "Wuxi" (无锡's English) and is Wuxi New District, 南桐矿区 "Nantong coal mining area" was "Nantong" (南通's)
and is Nantong Mining Area; 江北 "Jiangbei district .../Chongqing's main airport/" had the alias "Chongqing's Main
Airport" (and 江北区 "Chongqing's main airport District"): the airport is another thing.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "無錫新區 无锡新区 [Wu2 xi1 xin1 qu1] /Wuxi new district of Wuxi city 無錫市|无锡市[Wu2 xi1 shi4], Jiangsu/\n"
    "無錫 无锡 [Wu2 xi1] /Wuxi prefecture level city in Jiangsu/\n"
    "南桐礦區 南桐矿区 [Nan2 tong2 kuang4 qu1] /Nantong coal mining area of Chongqing/\n"
    "南通 南通 [Nan2 tong1] /Nantong prefecture level city in Jiangsu/\n"
    "江北 江北 [Jiang1 bei3] /Jiangbei district of central Chongqing municipality, formerly in Sichuan/Chongqing's main"
    " airport/Jiangbei district of Ningbo city 寧波市|宁波市[Ning2 bo1 shi4], Zhejiang/\n"
)
ENTRIES = entries_by_form(LINES)


@pytest.mark.parametrize(
    ("zh", "en"),
    [("无锡新区", "Wuxi New District"), ("无锡", "Wuxi"), ("南桐矿区", "Nantong Mining Area"), ("南通", "Nantong")],
)
def test_a_new_district_keeps_its_unit(zh: str, en: str) -> None:
    assert ENTRIES[zh].en == en


def test_a_possessive_description_is_no_alias() -> None:
    assert ENTRIES["江北"].en == "Jiangbei"
    assert not any("airport" in a.lower() for a in ENTRIES["江北"].aliases)


def test_lines_of_my_own() -> None:
    entries = entries_by_form(
        "甲乙新區 甲乙新区 [Jia3 yi3 xin1 qu1] /Jiayi new district of Jiayi city/\n"
        "甲乙 甲乙 [Jia3 yi3] /Jiayi prefecture level city in Hunan/\n"
        "丙丁 丙丁 [Bing3 ding1] /Bingding district of Hunan/Hunan's oldest market/\n"
        "戊己 戊己 [Wu4 ji3] /Wuji Comet/Halley's Comet/\n"  # a name: stays
    )
    assert entries["甲乙新区"].en == "Jiayi New District"
    assert entries["丙丁"].aliases == ()
    assert "Halley's Comet" in entries["戊己"].aliases


def test_a_name_people_bear_is_no_alias_of_a_place() -> None:
    # 海伦 "Hailun county level city .../Helen or Hélène (name)/" (my own Random(2078) draw): Helen is no Hailun.
    entries = entries_by_form(
        "海倫 海伦 [Hai3 lun2] /Hailun county level city in Suihua 綏化|绥化, Heilongjiang/Helen or Hélène (name)/\n"
        "卡拉 卡拉 [Ka3 la1] /Kara, city in northern Togo 多哥[Duo1 ge1]/Cara, Karla etc (name)/\n"
    )
    assert entries["海伦"].en == "Hailun"
    assert entries["海伦"].aliases == ()
    assert "Cara" not in entries["卡拉"].aliases
