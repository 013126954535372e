"""A place and a word of its own before what only a company has, across 的 or 在 (issue 9, s25; tester T25-G1).

The README's rule: a place's name and a word of its own (no generic, no grammar) before 的 and what a company's
business has (中国移动的5G用户, 贵州茅台的直销渠道) name a company, not the place
(`zhgloss.glossrules._is_firm_clause`).
Its list (_OWNED_NOUNS) lacked a company's dealers and suppliers: 宁德时代的供应商大会 glossed 宁德 "Ningde" (CATL's
suppliers' conference). And a clause that places a company's site abroad, 宁德时代在德国的工厂 (CATL's plant in
Germany), put 在, a place and 的 between the name and the site: the same word of its own, then 在, up to eight
characters of place and 的 before a site of business (_SITES: 工厂, 基地, 总部 …) or what its business has is the
company's clause too. Not a word for people (浙江商人在上海的工厂: Zhejiang businessmen), nor a generic (中国企业).

The glossary is real: CC-CEDICT's lines (tests/data/cedict_s25_gls.u8), imported as `zhgloss import --proper-only`
would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_s25_gls.u8"))
LONG = "这是一段很长的新闻。" * 30  # past _SHORT_TEXT: the raw text's regex, not the short text's substring tests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's
        ("宁德时代的供应商大会在福州召开。", ["福州"]),
        ("宁德时代在德国的工厂投产。", ["德国"]),
        ("宁德时代在福建的基地扩建。", ["福建"]),
        # cases of my own: dealers, a headquarters, a long text, traditional script
        ("宁德时代的经销商遍布全国。", []),
        ("宁德时代在北京的总部落成。", ["北京"]),
        (LONG + "宁德时代在匈牙利的工厂动工。", ["匈牙利"]),
        ("寧德時代在德國的工廠投產。", ["德國"]),
        # the tester's (23:55): a word of the site's kind before it
        ("宁德时代在德国的电池工厂投产。", ["德国"]),
        ("宁德时代在福建的研发基地落成。", ["福建"]),
        ("宁德时代在匈牙利德布勒森的电池工厂开工。", ["匈牙利"]),  # a country and a city: seven characters
    ],
)
def test_a_place_and_its_own_word_before_a_company_s_site_are_the_company(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("浙江商人在上海的工厂", ["浙江", "上海"]),  # people of the place
        ("北京的经销商", ["北京"]),  # the place's dealers: no word of the company's own
        ("他在北京的工厂上班", ["北京"]),
        ("比亚迪在泰国的工厂", ["比亚迪", "泰国"]),  # the company's own name: glossed as before
        ("宁德的工厂在福建", ["宁德", "福建"]),  # 的 right after the place
    ],
)
def test_the_place_stays_elsewhere(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
