"""A place's name that starts a company's name (issue 9, twenty-fourth session).

With the full CC-CEDICT names glossary, news glossed 中国移动宣布 as 中国 "China" + 移动 "to move": a country keeps
its name before a trade (日本汽车 is as often Japan's cars as a company), but where jieba's dictionary tags the
country and the trade as one organisation's name (proper_kinds.tsv: 中国移动, 美国银行, 荷兰银行) the two are the
company (`zhgloss.glossrules._names_firm_with_trade`). A trade followed by a system (银行体系) is the country's industry
(_SECTOR_AFTER), as 银行业 is.

It glossed 贵州茅台周二收盘价下跌 as Guizhou and Maotai: a share's closing or opening price (收盘价, 开盘价) is said of
shares and indices, never of a place, as a close up or down (收涨, 收跌) is (_FIRM_NOUNS, _CLOSES); an index keeps its
city (香港恒生指数收盘价下跌).

It glossed 贵州茅台发布公告 ("Kweichow Moutai published an announcement"), which the README says it does not: the rule
that reads a company's word after a place (`_starts_company`) wanted a character of the company's own between them
(上海电气发布公告), and 茅台 is a place's name itself. Two places glued (a province and its town) before a company's
word are the company's name (Kweichow Moutai), with nothing between.

The glossary is real: CC-CEDICT's lines (tests/data/cedict_s24_gls.u8), imported as `zhgloss import --proper-only`
would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_s24_gls.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's (twenty-third session, S-4)
        ("中国移动宣布，将在年底前建成5G网络。", []),
        ("中国移动表示。", []),
        # a case of my own: jieba's dictionary tags 美国银行 (Bank of America) as an organisation
        ("美国银行宣布裁员。", []),
        # CC-CEDICT's "Holland" is no country's ISO name: a place before a trade, dropped as before
        ("荷兰银行发布了一份研究报告。", []),
    ],
)
def test_a_country_and_a_trade_jieba_names_one_organisation_are_the_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日本汽车出口增长。", ["日本"]),  # no company of jieba's: Japan's cars
        ("中国汽车今年出口增长。", ["中国"]),
        ("中国移动支付普及率很高。", ["中国"]),  # mobile payment in China (_SECTOR_AFTER)
        ("美国银行体系承压。", ["美国"]),  # the US banking system
        ("美国银行系统承压。", ["美国"]),
    ],
)
def test_a_country_before_its_industry_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("贵州茅台周二收盘价下跌百分之一点二。", []),  # the brief's sweep
        ("贵州茅台今日开盘价为一千五百元。", []),
        ("贵州茅台发布公告。", []),  # the lead's brief; the README's own example
        ("贵州茅台股价下跌。", []),
    ],
)
def test_a_province_and_its_town_before_a_company_s_word_are_the_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("香港恒生指数收盘价下跌。", ["香港", "恒生指数"]),  # an index's close: the city's
        ("他从贵州茅台来，带了几瓶酒。", ["贵州", "茅台"]),
        ("北京的收盘价", ["北京"]),
        ("北京警方发布公告。", ["北京"]),
    ],
)
def test_a_place_stays_where_no_company_is_named(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's (G-1): a club beaten, after the verb's aspect particle
        ("上海申花在客场一比零击败了山东泰山。", []),
        ("上海申花击败了山东泰山。", []),
        ("山东泰山队在主场战平了上海海港。", []),
        # a case of my own: the experiential 过
        ("这个赛季他们还没有战胜过山东泰山。", []),
    ],
)
def test_a_club_after_a_match_verb_and_its_particle_is_the_club(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上海申花击败山东泰山。", []),  # as before
        ("他击败了上海选手。", ["上海"]),  # a player of the city, no club
        ("他们去过上海海港。", ["上海"]),  # no match verb
    ],
)
def test_a_place_after_other_verbs_and_particles_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's (G-2): jieba's dictionary tags 中华书局 (Zhonghua Book Company) as an organisation
        ("中华书局出版了一套新校点的二十四史。", []),
        ("中华文化源远流长。", ["中华"]),
    ],
)
def test_a_publisher_named_by_the_country_is_the_publisher(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's (G-3): the city after a preposition of place is where the company reports
        ("汇丰银行在香港公布中期业绩。", ["汇丰银行", "香港"]),
        ("腾讯在深圳公布了季度财报。", ["深圳"]),
        # a case of my own: 于, and the frame of a company's words (财报 after a word of the company's own)
        ("阿里巴巴于杭州发布财报。", ["阿里巴巴", "杭州"]),
    ],
)
def test_a_place_after_a_preposition_of_place_is_the_venue(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在宁德时代公布的财报中，利润增长。", []),  # 时代 is a noun: CATL's own word
        ("他在宁德时代董事长的陪同下参观。", []),
        ("宁德时代宣布扩产。", []),
    ],
)
def test_a_company_after_a_preposition_stays_the_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
