"""A province and a city in it before 的 and a company's name are two places (issue 9, s26; tester T26-G3).

A place and a word of the company's own before a listed company's clause are the company's name (README: 中国平安公布了
中期业绩, 贵州茅台发布公告): `InsideRule._outside_trade_names` dropped 浙江 of 浙江杭州的阿里巴巴集团发布了财报 (Alibaba
of Hangzhou, Zhejiang), reading 杭州 as the company's word. A glossary place's name right after a place is the place
within it, no word of a company's own; unless that name is a brand's too (贵州茅台: 茅台 is Moutai liquor's, whose
company is Kweichow Moutai).

The glossary is real: CC-CEDICT's lines (tests/data/cedict_s26_gls.u8), imported as `zhgloss import --proper-only`
would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_s26_gls.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's
        ("浙江杭州的阿里巴巴集团发布了财报。", ["浙江", "杭州", "阿里巴巴"]),
        ("湖北武汉的东风汽车集团发布了年报。", ["湖北", "武汉"]),
        ("广东深圳的华为公司发布了新手机。", ["广东", "深圳", "华为"]),
        # cases of my own: another province and city, traditional script
        ("山东青岛的企业公布了业绩。", ["山东", "青岛"]),
        ("浙江杭州的阿里巴巴集團發布了財報。", ["浙江", "杭州", "阿里巴巴"]),
    ],
)
def test_a_province_and_its_city_before_a_company_are_both_places(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_a_province_before_a_brand_s_place_still_starts_the_company() -> None:
    assert glossed("贵州茅台发布公告。", ANNOTATOR) == []  # README: Kweichow Moutai


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's (T26-G5): jieba tags 吉林长春 a person's name (nr, 3): 长春 was read as a given name
        ("吉林长春的一汽集团发布了新能源汽车战略。", ["吉林", "长春"]),
        ("他在吉林长春工作。", ["吉林", "长春"]),
        ("吉林长春的企业发布了战略。", ["吉林", "长春"]),
    ],
)
def test_a_province_and_its_capital_are_no_personal_name(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_a_surname_before_the_city_still_makes_a_personal_name() -> None:
    assert glossed("刘长春打破了纪录。", ANNOTATOR) == []  # 刘长春, a person jieba lists: not Changchun
