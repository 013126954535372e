"""A place that starts a company's name, told by a list or by the company's clause, is not glossed (issue 9).

With the full CC-CEDICT names glossary, news glossed 云南（Yunnan）白药 beside 上海医药 (Yunnan Baiyao and Shanghai
Pharmaceuticals sign an agreement), 大连（Dalian）万达 (Dalian Wanda applies to list) and 中国（China）平安 (Ping An's
life business), while 西安航空基地 (Xi'an's aviation base, no company) lost 西安. The glossary is real: CC-CEDICT's
lines for the places (tests/data/cedict_listed_firms.u8), imported as `import --proper-only` would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_listed_firms.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance tester's inputs (eighteenth and nineteenth sessions, still wrong on d1bf6a3).
        ("云南白药与上海医药签署战略合作协议。", []),
        ("大连万达商业管理集团递交上市申请。", []),
        ("中国平安的寿险新业务价值增长。", []),
        # tests/data/cedict_names_news_sweep16.txt and sweep19.txt
        ("但中国平安的寿险新业务价值已连续几个季度回升。", []),
        ("中国平安的寿险业务恢复增长，董事长马明哲祝愿全体员工新年平安健康。", []),
        # cases of my own: a list with 和 or 、, a traditional text
        ("江苏恒瑞和北京银行公布了业绩。", []),
        ("四川长虹、武汉钢铁等企业", []),
        ("雲南白藥與上海銀行簽署協議。", []),
    ],
)
def test_a_place_that_starts_a_listed_or_a_clauses_company_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance tester's input: an aviation base of the city (a base or a park of an industry).
        ("西安航空基地建设加快。", ["西安"]),
        ("上海汽车产业园招商。", ["上海"]),
        ("武汉医药园区扩建。", ["武汉"]),
        # A place's people or a place listed with a company stays; a place that lists its market stays.
        ("云南农民与上海医药签约。", ["云南"]),
        ("云南与上海医药签约。", ["云南"]),
        ("中国的寿险市场增长。", ["中国"]),
        ("上海医药与云南签署协议。", ["云南"]),
    ],
)
def test_a_place_of_an_industry_a_people_or_a_list_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance tester's input (s18, still wrong on d1bf6a3): the Qingdao beer festival, not Tsingtao Beer's.
        ("青岛啤酒节吸引游客。", [("青岛", "Qingdao")]),
        # cases of my own: a festival at the end of a line, a traditional text, in a list
        ("第三十届青岛啤酒节", [("青岛", "Qingdao")]),
        ("青島啤酒節開幕。", [("青島", "Qingdao")]),
        ("哈尔滨和青岛啤酒节", [("哈尔滨", "Harbin"), ("青岛", "Qingdao")]),
        # The brewery and the company keep the brand's gloss.
        ("青岛啤酒厂扩建。", [("青岛啤酒", "Tsingtao Beer")]),
        ("青岛啤酒公布前三季度业绩。", [("青岛啤酒", "Tsingtao Beer")]),
    ],
)
def test_a_brand_cut_by_a_longer_word_of_its_trade_is_the_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.entry.en) for m in ANNOTATOR.mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance tester's input (04:17): a group's word six characters on, whatever the clause says.
        ("大连万达商业管理集团的负债率下降。", []),
        ("大连万达商业管理集团递交上市申请。", []),
        # A verb of forming, a determiner or a word of kind in the run: the place's group, not a company's name.
        ("浙江组建大型物流集团。", ["浙江"]),
        ("上海这家大型民营集团", ["上海"]),
        ("上海拥有多家大型企业集团", ["上海"]),
        ("万达集团在大连召开会议。", ["大连"]),
    ],
)
def test_a_place_before_a_long_company_name_ending_on_a_group_is_the_companys(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance tester's input (03:43, 04:44): a word of three of the company's own before its trade.
        ("广州白云山药业表示，凉茶业务营收下滑。", []),
        # cases of my own: the place that starts the name is a word of the company's own (Kweichow Moutai's liquor arm)
        ("贵州茅台酒业扩建。", []),
        # A phrase, a word of kind or a numeral between: the place stays.
        ("上海最大的银行", ["上海"]),
        ("上海知名银行", ["上海"]),
        ("北京一家银行", ["北京"]),
        ("北京传统汽车", ["北京"]),
    ],
)
def test_a_place_before_a_three_character_word_and_a_trade_is_the_companys(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
