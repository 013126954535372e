"""A character that stands for one name is of that name's kind (twenty-seventh session, issue 9; my own Random(2074)
draw: 沽 "abbr. for Tianjin 天津" was `name`). It is not folded into the name (it is a word of other names too), but
when each of its senses only points to names of one kind, it is of that kind: 穗 Guangzhou, 筑 Guiyang, 蓉 Chengdu,
朝 Korea are places. A character with a sense of its own stays as it was (苏 "surname Su/abbr. for Soviet Union
.../abbr. for Jiangsu province ...").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "朝 朝 [Chao2] /abbr. for 朝鮮|朝鲜[Chao2 xian3] Korea/\n"
    "朝鮮 朝鲜 [Chao2 xian3] /North Korea/Korea as geographic term/Taiwan pr. [Chao2 xian1]/\n"
    "沽 沽 [Gu1] /abbr. for Tianjin 天津 (also 津沽)/\n"
    "天津 天津 [Tian1 jin1] /Tianjin, a municipality in northeast China, abbr. 津/\n"
    "穗 穗 [Sui4] /abbr. for Guangzhou 廣州|广州[Guang3 zhou1]/\n"
    "廣州 广州 [Guang3 zhou1] /Guangzhou subprovincial city and capital of Guangdong/Canton/\n"
    "筑 筑 [Zhu4] /short name for Guiyang 貴陽|贵阳[Gui4 yang2]/\n"
    "貴陽 贵阳 [Gui4 yang2] /Guiyang prefecture-level city and capital of Guizhou province 貴州|贵州[Gui4 zhou1], short"
    " name 筑[Zhu4]/\n"
    "蓉 蓉 [Rong2] /short name for Chengdu 成都[Cheng2 du1]/\n"
    "成都 成都 [Cheng2 du1] /Chengdu subprovincial city and capital of Sichuan province 四川 in southwest China/\n"
    "蘇 苏 [Su1] /surname Su/abbr. for Soviet Union 蘇維埃|苏维埃 or 蘇聯|苏联/abbr. for Jiangsu province 江蘇|江苏/"
    "abbr. for Suzhou city 蘇州|苏州/\n"
    "蘇聯 苏联 [Su1 lian2] /Soviet Union, 1922-1991/\n"
)
NAMES = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "en"), [("朝", "Korea"), ("沽", "Tianjin"), ("穗", "Guangzhou"), ("筑", "Guiyang"), ("蓉", "Chengdu")]
)
def test_a_character_for_one_place_is_a_place(zh: str, en: str) -> None:
    assert NAMES[zh] == ("place", en)


def test_a_character_with_a_sense_of_its_own_stays() -> None:
    assert NAMES["苏"][0] == "name"


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲 甲 [Jia3] /abbr. for Jiayi University 甲乙大學|甲乙大学/\n"
        "甲乙大學 甲乙大学 [Jia3 yi3 Da4 xue2] /Jiayi University/\n"
        "丙 丙 [Bing3] /abbr. for 丙丁[Bing3 ding1], Bingding/\n"
        "丙丁 丙丁 [Bing3 ding1] /Bingding, city in Yunnan/\n"
    )
    assert names["甲"] == ("org", "Jiayi University")
    assert names["丙"] == ("place", "Bingding")
