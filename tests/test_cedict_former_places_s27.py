"""A place's former name written after a comma is a place, and a full name's line copied from another place's is no
alias (twenty-seventh session, issue 9; the tester's T27-I11 and my own Random(2075) draw): 竟陵 "Jingling, former
name of Tianmen 天門|天门, Hubei", 大庸 "Dayong, former name of Zhangjiajie ...", 燕京 "Yanjing, an old name for
Beijing" were `name` (the Chinese written in the description hid the place); 南开 "Nankai district of Tianjin ..."
had the alias "Hebei" from 南开区's line "Hebei district of Tianjin ..." (CC-CEDICT's copy of 河北区's; its reading
is Nan2 kai1 qu1). Other romanizations near the reading stay aliases (Tungshan, Chinsha: T27 diff).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import entries_by_form

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "竟陵 竟陵 [Jing4 ling2] /Jingling, former name of Tianmen 天門|天门, Hubei/\n"
    "天門 天门 [Tian1 men2] /Tianmen sub-prefecture level city in Hubei/\n"
    "大庸 大庸 [Da4 yong1] /Dayong, former name of Zhangjiajie 張家界|张家界[Zhang1 jia1 jie4], Hunan/\n"
    "張家界 张家界 [Zhang1 jia1 jie4] /Zhangjiajie prefecture level city in Hunan, formerly Dayong 大庸[Da4 yong1]/\n"
    "燕京 燕京 [Yan1 jing1] /Yanjing, an old name for Beijing/capital of Yan at different periods/\n"
    "北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/\n"
    "南開 南开 [Nan2 kai1] /Nankai district of Tianjin municipality 天津市[Tian1 jin1 shi4]/\n"
    "南開區 南开区 [Nan2 kai1 qu1] /Hebei district of Tianjin municipality 天津市[Tian1 jin1 shi4]/\n"
)
ENTRIES = entries_by_form(LINES)


@pytest.mark.parametrize(("zh", "en"), [("竟陵", "Jingling"), ("大庸", "Dayong"), ("燕京", "Yanjing")])
def test_a_former_name_of_a_place_is_a_place(zh: str, en: str) -> None:
    assert (ENTRIES[zh].type, ENTRIES[zh].en) == ("place", en)


def test_a_copied_line_gives_no_alias() -> None:
    assert "Hebei" not in ENTRIES["南开"].aliases


def test_lines_of_my_own() -> None:
    entries = entries_by_form(
        "甲乙 甲乙 [Jia3 yi3] /Jiayi, former name of Bingding 丙丁, Hunan/\n"
        "丙丁 丙丁 [Bing3 ding1] /Bingding city in Hunan/\n"
        "戊己 戊己 [Wu4 ji3] /Wuji district of Bingding/\n"
        "戊己區 戊己区 [Wu4 ji3 qu1] /Gengxin district of Bingding/\n"  # a copy of another's line
    )
    assert entries["甲乙"].type == "place"
    assert "Gengxin" not in entries["戊己"].aliases
