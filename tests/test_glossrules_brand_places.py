"""A place's name glued before a company's or a brand's is part of the company's name (issue 9).

With the full CC-CEDICT names glossary, news glossed 四川（Sichuan）长虹 (Sichuan Changhong, the company), 北京
（Beijing）同仁堂 (Beijing Tongrentang) and 深圳（Shenzhen）华为: the city or province glued before a brand is the first
word of the company's name, not a mention of the place. The brand's entry tells a company (CC-CEDICT: "Changhong
(brand)", "Tongrentang, Chinese pharmaceutical company"); a country before it says whose company it is and stays
(中国华为 "China's Huawei"), and so does a place before an institution (北京故宫博物院). The glossary is real:
CC-CEDICT's lines for the forms concerned (tests/data/cedict_brand_places.u8), imported as `import --proper-only`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import cedict_fixture, glossed, glossed_at, sweep_glosses

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_brand_places.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance tester's inputs (eighteenth session, still wrong on d1bf6a3).
        ("四川长虹旗下子公司计划新建工厂。", ["长虹"]),
        ("深圳华为董事长任正非表示。", ["华为"]),
        # tests/data/cedict_names_news_sweep19.txt (held-out news of this session)
        ("北京同仁堂发布公告称，旗下子公司拟在海南设立中药材种植基地。", ["同仁堂"]),
        # cases of my own
        ("珠海格力的空调销量领先。", ["格力"]),
        ("上海华为的研发中心扩招。", ["华为"]),
        ("武汉华为研究所招聘工程师。", ["华为"]),
    ],
)
def test_a_place_glued_before_a_companys_brand_is_the_companys_name(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country says whose company it is: "Japan's Toyota", "China's Huawei".
        ("美国格力空调的经销商说。", ["美国", "格力"]),
        ("中国华为发布新手机。", ["中国", "华为"]),
        # An institution is no company: the Palace Museum in Beijing.
        ("北京故宫博物院举办特展。", ["北京", "故宫博物院"]),
        # Not glued: the place is the place.
        ("华为在深圳发布新品。", ["华为", "深圳"]),
        ("长虹在四川设厂。", ["长虹", "四川"]),
        ("上海、北京和深圳的华为门店。", ["上海", "北京", "深圳", "华为"]),
    ],
)
def test_a_country_an_institution_or_a_place_apart_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


def test_held_out_sweep19_with_the_names_glossary(shared_dir: Path) -> None:
    glosses = sweep_glosses(shared_dir, "cedict_names_news_sweep19.txt")
    assert glossed_at(glosses, "北京同仁堂发布公告") == ["同仁堂"]
    # A place and a word of its own listed after a product's brand name a company too (twentieth session: 泸州 of
    # 泸州老窖, Luzhou Laojiao, was glossed).
    assert glossed_at(glosses, "五粮液和泸州老窖") == ["五粮液"]
