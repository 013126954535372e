"""A name that is the first word of a company's longer name is not glossed as itself (issue 9, twenty-first session).

With the full CC-CEDICT names glossary, news glossed 国泰（Cathay Pacific）君安与海通证券 (Guotai Junan, listed
with Haitong Securities: no airline) and 上海（Shanghai）家化宣布更换首席执行官 (Shanghai Jahwa, whose chief executive
changes: no city has one). A name glued to a word of the company's own (no ordinary word) is the first word of that
company's name where a list mark and another company named by its trade follow (items of one kind), for a place's,
an organisation's or an untyped name's; and, for a place's, where the clause names what only a company has or does,
its officers too (`zhgloss.glossrules._BY_OWN_WORD_CLAUSE`). A place's name, a word and 的 before what only a
company's business has (中国移动的5G用户, 贵州茅台的直销渠道: _OWNED_NOUNS) name a company too. The glossary is
real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_s21_firms.u8), imported as `zhgloss import
--proper-only` would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import cedict_fixture, glossed, glossed_at, sweep_glosses

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_s21_firms.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance tester's (twentieth session, still wrong on 656dad1).
        ("国泰君安与新华保险公布三季报。", []),
        # tests/data/cedict_names_news_sweep21.txt (held-out news of this session)
        ("国泰君安与海通证券的合并方案获得股东大会通过。", []),
        ("上海家化宣布更换首席执行官，新任管理层计划重振品牌。", []),
        # cases of my own
        ("国泰君安和华泰证券发布研报。", []),
        ("深圳华强董事长表示将扩大投资。", []),
        ("上海家化总裁辞职。", []),
        # The acceptance tester's (twentieth session, still wrong on 656dad1): a word and 的 before what a company's
        # business has (subscribers, business lines, sales channels).
        ("中国移动的5G用户突破十亿。", []),
        ("中国平安的车险业务增长。", []),
        ("贵州茅台的直销渠道扩张。", []),  # s26: 茅台 is Kweichow Moutai's too, not the town (tester T25-G1)
        # cases of my own
        ("美国银行的零售业务收缩。", []),
    ],
)
def test_a_name_that_starts_a_company_name_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An organisation or a brand before its own word and a clause may be the company itself (Haier Smart Home).
        ("青岛海尔智家发布三季度报告。", ["海尔"]),
        ("华为宣布更换首席执行官。", ["华为"]),
        # An ordinary word after the name, a trade of the organisation's own, a place where things happen.
        ("上海宣布新措施。", ["上海"]),
        ("国泰航空与海南航空签署协议。", ["国泰航空"]),
        ("丰田汽车发布财报。", ["丰田"]),
        ("国泰与华为签署协议。", ["国泰", "华为"]),
        # What follows right after the place is the place's; an industry has a market share too.
        ("中国手机用户突破十亿。", ["中国"]),
        ("中国的用户突破十亿。", ["中国"]),
        ("中国汽车的市场份额上升。", ["中国"]),
    ],
)
def test_the_name_stays_before_other_words(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_held_out_sweep21_companies(shared_dir: Path) -> None:
    glosses = sweep_glosses(shared_dir, "cedict_names_news_sweep21.txt")
    assert glossed_at(glosses, "国泰君安与海通证券") == []
    assert glossed_at(glosses, "上海家化宣布") == []
    # Right and kept: a place where things happen, a company's own name.
    assert glossed_at(glosses, "在重庆签署协议") == ["重庆"]
    assert glossed_at(glosses, "瑞幸咖啡公布") == ["瑞幸咖啡"]
