"""A kind of firm's word is cut off a name only where what it leaves is a name (s50, B50-17 and B50-12).

hrv50's rule (`harvest._is_kind_head`) read 券商, 中|企, 中|商, 闽|商 as a sector's shorthand before any company, so the
names that begin with such a word lost it: 券商中国（Securities China） proposed the country 中国 = "Securities
China", 中企动力 the everyday word 动力, 闽商总会 总会, 中商产业研究院 the generic 产业研究院. The cut now asks what
it leaves (`harvest._leaves_a_name`): a place, a country or an everyday word is no firm's name unless the English writes
no more words of the name than it (外企苹果 "Apple"), and everyday words ending in a body that is no firm (研究院, 总会)
never are. Real shorthands before a name keep their cut (hrv50's tests, and the cases below).
"""

from __future__ import annotations

import pytest

from zhgloss.harvest import harvest

WHOLE = [
    # (line, the name's Chinese): the tester's lines, then others of the class.
    ("券商中国（Securities China）报道称，多家券商下调了佣金。", "券商中国"),
    ("据券商中国（Securities China）报道，监管层约谈了多家机构。", "券商中国"),
    ("中商产业研究院（ASKCI）发布报告。", "中商产业研究院"),
    ("中企动力（CE Dongli）获得融资。", "中企动力"),
    ("闽商总会（Fujian Chamber of Commerce）举行年会。", "闽商总会"),
    ("外企日本（Foreign Firms Japan）发布报告。", "外企日本"),
    ("央企发展研究院（SOE Development Institute）发布报告。", "央企发展研究院"),
    ("车企动力（Cheqi Dongli）完成融资。", "车企动力"),
]

CUT = [
    ("中企华为（Huawei）在欧洲遭遇调查。", "华为"),
    ("外企苹果（Apple）在华销量下滑。", "苹果"),
    ("美商海盗船（Corsair）推出新品。", "海盗船"),
    ("券商中信证券（CITIC Securities）发布报告。", "中信证券"),
    ("央企中国石化（Sinopec）公布业绩。", "中国石化"),
    ("车企长城汽车（Great Wall Motor）公布销量。", "长城汽车"),
]


@pytest.mark.parametrize(("line", "zh"), WHOLE)
def test_a_cut_that_leaves_a_place_or_an_everyday_word_is_none(line: str, zh: str) -> None:
    assert [p.zh for p in harvest(line, [])] == [zh]


@pytest.mark.parametrize(("line", "zh"), CUT)
def test_a_shorthand_before_a_name_is_still_cut(line: str, zh: str) -> None:
    assert [p.zh for p in harvest(line, [])] == [zh]


def test_the_country_is_never_proposed_with_the_outlets_english() -> None:
    pairs = harvest("券商中国（Securities China）报道称，多家券商下调了佣金。", [])
    assert all(p.zh != "中国" for p in pairs)
