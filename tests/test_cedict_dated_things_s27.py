"""Dates make a person only on a person's line (twenty-seventh session, issue 9, item 1).

A life's dates stand in brackets right after a person's name ("Hua Luogeng (1910-1985), ...") or after a
description a person's word heads. Dates after a comma ("Yugoslavia, 1943-1992"), inside a description no person's
word heads ("Long March (retreat of the Red Army 1934-1935)", "... system operating in China 1998-2013") or after a
name written with "the" ("the Great Depression (1929-c. 1939)") date a thing: `name`, unless a person's word describes
it. A capitalised person's word inside a name is no person ("the 1995 General Agreement on Tariffs and Trade"), nor
is an explorer sent to Mars, nor a politician a work features ("fantasy featuring Tang dynasty politician ...").
"""

from __future__ import annotations

import pytest
from cedict_fixtures import kinds_and_english

# Real CC-CEDICT lines (cedict_ts.u8 of /work/shared/data).
LINES = (
    "南斯拉夫 南斯拉夫 [Nan2 si1 la1 fu1] /Yugoslavia, 1943-1992/\n"
    "長征 长征 [Chang2 zheng1] /Long March (retreat of the Red Army 1934-1935)/\n"
    "關貿總協定 关贸总协定 [Guan1 Mao4 Zong3 xie2 ding4] /GATT, the 1995 General Agreement on Tariffs and Trade/\n"
    "小靈通 小灵通 [Xiao3 Ling2 tong1] /Personal Handy-phone System (PHS), mobile network system operating in China"
    ' 1998-2013, branded "Little Smart"/\n'
    "鳳凰號 凤凰号 [Feng4 huang2 Hao4] /Phoenix, NASA Mars explorer/\n"
    "狄公案 狄公案 [Di2 Gong1 An4] /Dee Gong An (or Judge Dee's) Cases, 18th century fantasy featuring Tang dynasty"
    " politician Di Renjie 狄仁傑|狄仁杰[Di2 Ren2 jie2] as master sleuth, translated by R.H. van Gulik as Three Murder"
    " Cases Solved by Judge Dee/\n"
    "北洋軍閥 北洋军阀 [Bei3 yang2 Jun1 fa2] /the Northern Warlords (1912-1927)/\n"
    "大蕭條 大萧条 [Da4 Xiao1 tiao2] /the Great Depression (1929-c. 1939)/\n"
    "大鬧天宮 大闹天宫 [Da4 nao4 Tian1 gong1] /Monkey Wreaks Havoc in Heaven, story about the Monkey King Sun Wukong"
    " 孫悟空|孙悟空[Sun1 Wu4 kong1] from the novel Journey to the West 西遊記|西游记/\n"
    "天津會議專條 天津会议专条 [Tian1 jin1 hui4 yi4 zhuan1 tiao2] /Tianjin agreement of 1885 between Li Hongzhang"
    " 李鴻章|李鸿章[Li3 Hong2 zhang1] and ITŌ Hirobumi 伊藤博文[Yi1 teng2 Bo2 wen2] to pull Qing and Japanese troops"
    " out of Korea/\n"
    # People, as before:
    "華羅庚 华罗庚 [Hua4 Luo2 geng1] /Hua Luogeng (1910-1985), Chinese number theorist/\n"
    "太虛 太虚 [Tai4 xu1] /Taixu (famed Buddhist monk, 1890-1947)/\n"
    "伊索 伊索 [Yi1 suo3] /Aesop (trad. 620-560 BC), Greek slave and storyteller, supposed author of Aesop's fables/\n"
    "季黎諾 季黎诺 [Ji4 li2 nuo4] /Quirinius, governor of Syria (c. 51 BC - AD 21)/\n"
    "孝成王 孝成王 [Xiao4 cheng2 Wang2] /King Xiaocheng of Zhao 趙國|赵国, reigned 266-245 BC/\n"
    "齊天大聖 齐天大圣 [Qi2 tian1 Da4 sheng4] /Great Sage the Equal of Heaven, self-proclaimed title of the Monkey"
    " King Sun Wukong 孫悟空|孙悟空[Sun1 Wu4 kong1] in the novel Journey to the West 西遊記|西游记[Xi1 you2 Ji4]/\n"
)
NAMES = kinds_and_english(LINES)


@pytest.mark.parametrize(
    ("zh", "kind"),
    [
        ("南斯拉夫", "name"),  # was person
        ("长征", "name"),  # was person (no army either)
        ("关贸总协定", "event"),  # an agreement, as a treaty is; was person
        ("小灵通", "name"),  # a system; was person
        ("凤凰号", "name"),  # a craft; was person
        ("狄公案", "name"),  # was person
        ("北洋军阀", "name"),  # was person
        ("大萧条", "name"),  # was person
        ("大闹天宫", "work"),  # was person; "story about ...": a story is a work (s29, test_cedict_authored_works_s29)
        ("天津会议专条", "event"),  # was name
    ],
)
def test_dates_or_a_persons_word_of_a_thing_make_no_person(zh: str, kind: str) -> None:
    assert NAMES[zh][0] == kind


@pytest.mark.parametrize("zh", ["华罗庚", "太虚", "伊索", "季黎诺", "孝成王", "齐天大圣"])
def test_a_persons_line_still_makes_a_person(zh: str) -> None:
    assert NAMES[zh][0] == "person"


def test_lines_of_my_own() -> None:
    names = kinds_and_english(
        "甲國 甲国 [Jia3 guo2] /Jiaguo, 1801-1850/\n"
        "乙乙 乙乙 [Yi3 yi3] /Yi Yi (uprising of the Taiping army 1851-1864)/\n"
        "丙丙 丙丙 [Bing3 bing3] /the Bing Famine (1876-1879)/\n"
        "丁丁 丁丁 [Ding1 ding1] /Ding Ding (1876-1939), Qing dynasty poet/\n"
        "戊戊 戊戊 [Wu4 wu4] /Wu Wu, 1950 General Convention on Rivers/\n"
        "己己 己己 [Ji3 ji3] /Jiji, lunar explorer launched in 2030/\n"
        "庚庚 庚庚 [Geng1 geng1] /Geng Geng (1801-1850)/\n"
    )
    assert names["甲国"][0] == "name"
    assert names["乙乙"][0] != "person"
    assert names["丙丙"][0] == "name"
    assert names["丁丁"][0] == "person"
    assert names["戊戊"][0] != "person"
    assert names["己己"][0] == "name"
    assert names["庚庚"][0] == "person"  # a bare name with a life's dates, as before
