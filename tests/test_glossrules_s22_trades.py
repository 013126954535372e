"""A company's name whose trade word starts a compound with what follows is not named there (issue 9, session 22).

With the full CC-CEDICT names glossary, news glossed 美国航空（American Airlines）航天局 (NASA: 航空航天 "aerospace")
and 日本航空（Japan Airlines）航天研究开发机构 (JAXA). A name ending on a trade's word (航空, 银行, 证券 …) is not
there where that word and the word after the name make a compound of words.txt, unless what follows is the company's
own (航空公司, 银行业务: `zhgloss.glossrules._trade_compounds`). The glossary is real: CC-CEDICT's lines for the forms
concerned (tests/data/cedict_s22_gloss.u8), imported as `zhgloss import --proper-only` would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_s22_gloss.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance tester's (twenty-first session, still wrong on c5eee39).
        ("美国航空航天局的韦伯望远镜拍摄到一颗遥远行星的大气层。", []),
        ("日本航空航天研究开发机构发射了探测器。", []),
        # cases of my own: an aircraft carrier, a university, the market, aerospace industry.
        ("美国航空母舰驶入海域。", []),
        ("东方航空航天展开幕。", []),
        ("日本航空事业在战后起步，上海也建了机场。", ["上海"]),
    ],
)
def test_a_trade_word_that_starts_a_compound_is_no_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The company's own generic, business and cards; a route of the airline's; the company alone.
        ("美国航空公司取消了航班。", ["美国航空公司"]),
        ("东方航空航线调整。", ["东方航空"]),
        ("东方航空公司的航班。", ["东方航空"]),
        ("中国银行业务量增长。", ["中国银行"]),
        ("日本航空宣布增加航班。", ["日本航空"]),
    ],
)
def test_the_company_stays_before_its_own_words(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_the_rests_are_words_of_their_own() -> None:
    from zhgloss.glossrules import _trade_compounds

    rests = _trade_compounds("美国航空", light=False)
    assert "航天" in rests
    assert "母舰" in rests
    assert "公司" not in rests  # the company's generic
    assert _trade_compounds("美国", light=False) == []  # no trade's word at its end
    assert sorted(_trade_compounds("美国航空", light=True)) == sorted(rests)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tests/data/cedict_names_news_sweep22.txt: a listed company after a list mark.
        ("在动力电池装机量排名中，比亚迪、宁德时代和中创新航位居前三。", ["比亚迪"]),
        # cases of my own
        ("长安汽车、宁德时代和比亚迪的销量均创新高。", ["比亚迪"]),
        ("工商银行、深圳能源和比亚迪入选。", ["工商银行", "比亚迪"]),
        ("比亚迪和宁德时代的股价双双上涨。", ["比亚迪"]),
    ],
)
def test_a_place_and_its_own_word_listed_after_a_company_is_a_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An authority's generic after the word, a longer match, a place after a place, a government.
        ("汇丰银行与香港金管局会面。", ["汇丰银行"]),
        ("工商银行和北京大学合作。", ["工商银行", "北京大学"]),
        ("上海和浙江能源消费增长。", ["上海", "浙江"]),
        ("比亚迪与深圳政府签约。", ["比亚迪", "深圳"]),
        # An ordinary word before a verb may be the place's own (its farmers, its energy): left.
        ("比亚迪和云南农民签约。", ["比亚迪", "云南"]),
    ],
)
def test_the_place_stays_after_other_items(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
