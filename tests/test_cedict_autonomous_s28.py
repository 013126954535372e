"""A prefecture's short name is no part of its autonomous people (the twenty-eighth session's blind draw: 大理).

CC-CEDICT names a prefecture by its whole official name, "Dali Bai autonomous prefecture 大理白族自治州 in Yunnan",
on the line of the short headword 大理. The people the prefecture is autonomous for was cut off a county's name
("Barkol Kazakh autonomous county" is Barkol) but not a prefecture's: 大理 was "Dali Bai", 延边 "Yanbian Korean",
临夏 "Linxia Hui". The headword that writes the whole unit keeps it (延边朝鲜族自治州 Yanbian Korean Autonomous
Prefecture), and a list of peoples goes whole ("Enshi Tujia and Miao" is Enshi, not "Enshi Tujia and").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form, kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data), then lines of our own of the same shape.
LINES = (
    "大理 大理 [Da4 li3] /Dali Bai autonomous prefecture 大理白族自治州 in Yunnan/\n"
    "延邊 延边 [Yan2 bian1] /Yanbian Korean autonomous prefecture 延邊朝鮮族自治州|延边朝鲜族自治州 in Jilin province "
    "吉林省 in northeast China, capital Yanji city 延吉市/\n"
    "臨夏 临夏 [Lin2 xia4] /Linxia Hui autonomous prefecture 臨夏回族自治州|临夏回族自治州[Lin2 xia4 Hui2 zu2 zi4 zhi4 "
    "zhou1], Gansu/also Linxia city and Linxia county/\n"
    "延邊朝鮮族自治州 延边朝鲜族自治州 [Yan2 bian1 Chao2 xian3 zu2 Zi4 zhi4 zhou1] /Yanbian Korean autonomous "
    "prefecture in Jilin province 吉林省[Ji2 lin2 Sheng3] in northeast China, capital Yanji city "
    "延吉市[Yan2 ji2 Shi4]/\n"
    "巴里坤 巴里坤 [Ba1 li3 kun1] /Barkol Kazakh autonomous county or Barköl Qazaq aptonom nahiyisi in Kumul "
    "prefecture 哈密地區|哈密地区[Ha1 mi4 di4 qu1], Xinjiang/\n"
    "甲甲 甲甲 [Jia3 jia3] /Jiajia Yi autonomous prefecture 甲甲彝族自治州, Sichuan/\n"
    "乙乙 乙乙 [Yi3 yi3] /Yiyi Tujia and Miao autonomous prefecture 乙乙土家族苗族自治州, Hubei/\n"
)
NAMES = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "english"),
    [
        ("大理", "Dali"),
        ("延边", "Yanbian"),
        ("临夏", "Linxia"),
        ("巴里坤", "Barkol"),  # a county, as before
        ("甲甲", "Jiajia"),
    ],
)
def test_the_short_headword_is_the_place_without_its_people(zh: str, english: str) -> None:
    assert NAMES[zh] == ("place", english)


def test_the_headword_of_the_whole_unit_keeps_its_people() -> None:
    assert NAMES["延边朝鲜族自治州"] == ("place", "Yanbian Korean Autonomous Prefecture")


def test_a_list_of_peoples_goes_whole() -> None:
    # Not "Yiyi Tujia and": one word off a list names nothing.
    assert NAMES["乙乙"] == ("place", "Yiyi")


# The same unit written in capitals, as CC-CEDICT writes it in other lines (real lines; the review of the
# twenty-eighth session found the class open there after 4519c4a fixed the lower-case lines).
CAPITALISED = (
    "湘西 湘西 [Xiang1 xi1] /Xiangxi Tujia and Miao Autonomous Prefecture 湘西土家族苗族自治州[Xiang1 xi1 Tu3 jia1 zu2 "
    "Miao2 zu2 zi4 zhi4 zhou1]/western Hunan/\n"
    "秀山 秀山 [Xiu4 shan1] /Xiushan Tujia and Miao Autonomous County in Chongqing/\n"
    "西雙版納 西双版纳 [Xi1 shuang1 ban3 na4] /Xishuangbanna Dai Autonomous Prefecture in southern Yunnan/\n"
    "西雙版納傣族自治州 西双版纳傣族自治州 [Xi1 shuang1 ban3 na4 Dai3 zu2 Zi4 zhi4 zhou1] /Xishuangbanna Dai "
    "Autonomous Prefecture in southern Yunnan 雲南|云南[Yun2 nan2]/\n"
)


@pytest.mark.parametrize(
    ("zh", "english", "full"),
    [
        ("湘西", "Xiangxi", "Xiangxi Tujia and Miao Autonomous Prefecture"),
        ("秀山", "Xiushan", "Xiushan Tujia and Miao Autonomous County"),
        ("西双版纳", "Xishuangbanna", "Xishuangbanna Dai Autonomous Prefecture"),
    ],
)
def test_a_capitalised_unit_and_its_peoples_leave_the_short_headword(zh: str, english: str, full: str) -> None:
    entries = entries_by_form(CAPITALISED)
    assert (entries[zh].type, entries[zh].en) == ("place", english)
    assert full in entries[zh].aliases  # the official name stays a form of the place


def test_the_headword_of_the_whole_unit_is_one_entry_with_it() -> None:
    # Two lines of one English name are one entry (README, import): the official name's headword folds into the
    # short one, and its English stays a form of the entry.
    entries = entries_by_form(CAPITALISED)
    assert entries["西双版纳傣族自治州"] is entries["西双版纳"]
    assert "Xishuangbanna Dai Autonomous Prefecture" in entries["西双版纳"].aliases
