"""A foreign country's name before its company's or club's name keeps its gloss (issue 9, s26; tester T25-G3,
T26-G1, T26-G2).

README: "a country before it stays (中国华为, China's Huawei)". 日本丰田集团发布财报 and 德国大众集团发布财报 left the
country bare: the rules that read a place before a company's word of its own and a group's word or a listed company's
clause (`_starts_company`, `_is_firm_clause`) took 日本 for the first word of the company's name, as 中国 is of
中国平安 and 中国石油天然气集团. Only China's name starts its own companies' registered names (中国 and 中华 are granted
to national firms only: 企业名称登记管理规定 art. 10); a foreign company's Chinese name is its brand's (丰田, 大众,
三星), and news writes its country before it (`InsideRule._is_foreign_country`). 美国银行 (Bank of America), which
jieba's dictionary tags one organisation, is still the bank's name. So with a club: 德国萨尔布吕肯俱乐部 (the German
club Saarbrücken) and 法国巴黎圣日耳曼队 keep the country. And a club's name jieba lists with 队 (拜仁慕尼黑队) is the
club's without it too (加盟拜仁慕尼黑俱乐部: Bayern Munich, not the city, `glossrules._in_rare_word`).

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
        ("日本丰田集团发布财报。", ["日本", "丰田"]),
        ("德国大众集团发布财报。", ["德国"]),  # 大众 "the masses" is a common word: not glossed by default
        ("韩国三星集团发布财报。", ["韩国", "三星集团"]),
        ("美国苹果公司发布财报。", ["美国", "苹果公司"]),
        # cases of my own: a clause of a listed company, a chairman, traditional script
        ("日本索尼集团发布了第二季度财报。", ["日本", "索尼"]),
        ("日本丰田公布了中期业绩。", ["日本", "丰田"]),
        ("德国大众集团董事长表示。", ["德国"]),
        ("日本豐田集團發布財報。", ["日本", "豐田"]),
    ],
)
def test_a_foreign_country_before_its_company_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国平安公布了中期业绩。", []),  # README: Ping An's name starts with China's
        ("中国石油天然气集团发布公告。", []),
        ("上海电气发布公告。", []),
    ],
)
def test_china_s_name_still_starts_its_companies_names(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's (T26-G1, T26-G2)
        ("樊振东宣布将加盟德国萨尔布吕肯俱乐部。", ["德国"]),
        ("他加盟了德国拜仁慕尼黑俱乐部。", ["德国"]),
        ("德国拜仁慕尼黑队主场战胜了多特蒙德队。", ["德国", "多特蒙德"]),  # a side named by its city keeps it
        # cases of my own
        ("他加盟了拜仁慕尼黑。", []),
        ("他们在慕尼黑训练。", ["慕尼黑"]),  # the city
    ],
)
def test_a_foreign_country_before_its_club_stays_and_the_club_s_city_is_the_club_s(
    text: str, expected: list[str]
) -> None:
    assert glossed(text, ANNOTATOR) == expected
