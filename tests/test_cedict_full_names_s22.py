"""CC-CEDICT import: a place's full name (its headword with its unit's generic) is made only where Chinese writes it.

The acceptance tester of the twenty-first session found 106 zh_aliases of the `--proper-only` import
that are a headword of CC-CEDICT nowhere. The wrong ones add a second generic to a headword that
ends on one already (卫辉市 "Weihui county" gave 卫辉市县, 万山镇 "Wanshan township" 万山镇乡,
额济纳旗's 额济纳地区 额济纳地区旗, 绍莫吉州 "Somogy county" 绍莫吉州县), or the generic to a
short name of a longer one (青白 "Qingbaijiang district" gave 青白区: the district is 青白江区).
The rule (zhgloss.formats.cedict): `_full_names`. A last character that the English name spells
as its own (大村 "Dacun", 满州 "Manchou" in Wade-Giles) stays a word of the name, and gets the
generic (大村乡, 满州乡).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values were read off the lines
by hand.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

from zhgloss.model import Entry

LINES = {
    "卫辉": "衛輝 卫辉 [Wei4 hui1] /Weihui county in Xinxiang 新鄉|新乡[Xin1 xiang1], Henan/\n",
    "卫辉市": "衛輝市 卫辉市 [Wei4 hui1 shi4] /Weihui county in Xinxiang 新鄉|新乡[Xin1 xiang1], Henan/\n",
    "万山镇": "萬山鎮 万山镇 [Wan4 shan1 zhen4] /Wanshan township in Tongren prefecture"
    " 銅仁地區|铜仁地区[Tong2 ren2 di4 qu1], Guizhou/\n",
    "红寺堡镇": "紅寺堡鎮 红寺堡镇 [Hong2 si4 bao3 zhen4] /Hongsibao district of Wuzhong city 吳忠市|吴忠市[Wu2 zhong1"
    " shi4], Ningxia/\n",
    "绍莫吉州": "紹莫吉州 绍莫吉州 [Shao4 mo4 ji2 zhou1] /Somogy county in southwest Hungary, capital"
    " 考波什堡[Kao3 bo1 shi2 bao3]/\n",
    "青白": "青白 青白 [Qing1 bai2] /Qingbaijiang district of Chengdu city 成都市[Cheng2 du1 shi4], Sichuan/\n",
    "大村": "大村 大村 [Da4 cun1] /Dacun township in Changhua county 彰化縣|彰化县[Zhang1 hua4 xian4], Taiwan/\n",
    "满州": "滿州 满州 [Man3 zhou1] /Manchou township in Pingtung County 屏東縣|屏东县[Ping2 dong1 Xian4], Taiwan/\n",
    "平南": "平南 平南 [Ping2 nan2] /Pingnang county in Guigang 貴港|贵港[Gui4 gang3], Guangxi/\n",
    "平南县": "平南縣 平南县 [Ping2 nan2 xian4] /Pingnang county in Guigang 貴港|贵港[Gui4 gang3], Guangxi/\n",
}


def imported(*names: str) -> dict[str, Entry]:
    return entries_by_form("".join(LINES[n] for n in names))


@pytest.mark.parametrize(
    ("zh", "unwritten"),
    [
        ("卫辉市", "卫辉市县"),
        ("万山镇", "万山镇乡"),
        ("红寺堡镇", "红寺堡镇区"),
        ("绍莫吉州", "绍莫吉州县"),
        ("青白", "青白区"),
    ],
)
def test_no_generic_after_a_full_name_or_on_a_short_one(zh: str, unwritten: str) -> None:
    entry = imported(zh)[zh]
    assert unwritten not in entry.zh_aliases, entry
    assert not any(form.endswith(("縣", "鄉", "區")) for form in entry.zh_aliases), entry


def test_a_bare_name_and_its_full_name_stay_one_entry_without_a_second_generic() -> None:
    found = imported("卫辉", "卫辉市")
    weihui = found["卫辉"]
    assert found["卫辉市"] is weihui
    assert "卫辉县" in weihui.zh_aliases, weihui  # the bare name's full name, as the line calls it a county
    assert "卫辉市县" not in weihui.zh_aliases and "衛輝市縣" not in weihui.zh_aliases, weihui


@pytest.mark.parametrize(("zh", "full"), [("大村", "大村乡"), ("满州", "满州乡")])
def test_a_last_character_the_name_spells_is_no_generic(zh: str, full: str) -> None:
    assert full in imported(zh)[zh].zh_aliases


def test_a_slip_in_the_english_does_not_make_a_short_name() -> None:
    # "Pingnang" is CC-CEDICT's slip for Pingnan: no longer name than the reading, so 平南县 is 平南's full name.
    found = imported("平南", "平南县")
    assert found["平南"] is found["平南县"]
