"""A prefecture's short name is no part of its autonomous people (the twenty-eighth session's blind draw: 大理).

CC-CEDICT names a prefecture by its whole official name, "Dali Bai autonomous prefecture 大理白族自治州 in Yunnan",
on the line of the short headword 大理. The people the prefecture is autonomous for was cut off a county's name
("Barkol Kazakh autonomous county" is Barkol) but not a prefecture's: 大理 was "Dali Bai", 延边 "Yanbian Korean",
临夏 "Linxia Hui". The headword that writes the whole unit keeps it (延边朝鲜族自治州 Yanbian Korean Autonomous
Prefecture), and a list of peoples goes whole ("Enshi Tujia and Miao" is Enshi, not "Enshi Tujia and").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

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
