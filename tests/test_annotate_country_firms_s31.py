"""A country's name that starts a foreign company's own name, the subject of its clause, is not glossed as the
country (issue 9: a country name that starts an organisation's name).

A foreign company's Chinese name may start with its country's: 瑞士联合银行 (UBS), 意大利联合信贷银行 (UniCredit),
德国汉莎航空 (Lufthansa), 美国联合航空 (United Airlines). With the CC-CEDICT names glossary, gls's s31 wire copy
(line 26) glossed 意大利（Italy）联合信贷银行宣布收购……: the country's gloss on the first part of a company's name
names no company. Where a brand of the glossary follows the country (日本丰田汽车) the country is the company's and
keeps its gloss (the twenty-sixth session's rule, tests/test_gloss_foreign_companies_s26.py); where no verb of the
company follows, or the trade is glued to the country, the words may be the country's industry (德国豪华汽车的销量,
日本汽车在美国热销) and the country stays. The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
瑞士 瑞士 [Rui4 shi4] /Switzerland/
意大利 意大利 [Yi4 da4 li4] /Italy/Italian/
德國 德国 [De2 guo2] /Germany/German/
美國 美国 [Mei3 guo2] /United States/USA/US/
日本 日本 [Ri4 ben3] /Japan/
加拿大 加拿大 [Jia1 na2 da4] /Canada/Canadian/
法國 法国 [Fa3 guo2] /France/French/
豐田 丰田 [Feng1 tian2] /Toyota or Toyoda (name)/Toyota, Japanese car make/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gls's s31 wire copy, line 26: UniCredit (a word of four characters of its own before the trade)
        ("意大利联合信贷银行宣布收购一家德国银行的部分股份。", ["德国"]),
        # my own: UBS, Lufthansa, United Airlines, the Royal Bank of Canada
        ("瑞士联合银行宣布将在全球裁员约三千人。", []),
        ("德国汉莎航空宣布恢复飞往北京的航班。", []),
        ("美国联合航空公司表示，将增开跨太平洋航线。", []),
        ("加拿大皇家银行发布研究报告称，加拿大经济明年有望温和增长。", ["加拿大"]),
    ],
)
def test_a_country_that_starts_a_firms_own_name_before_its_verb_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A brand of the glossary after the country: the company's country (Japan's Toyota).
        ("日本丰田汽车宣布召回部分车辆。", ["日本", "丰田"]),
        # No verb of the company: the country's industry.
        ("德国豪华汽车的销量今年下降。", ["德国"]),
        ("日本汽车在美国热销。", ["日本", "美国"]),
        # A trade glued to the country: as often the country's industry (日本汽车); and the company's own word with
        # the trade an ordinary word: Commerzbank, or Germany's commercial banks.
        ("日本汽车宣布涨价。", ["日本"]),
        ("德国商业银行宣布上调利率。", ["德国"]),
        # A phrase, a numeral or a word of kind between the country and the trade.
        ("美国多家银行宣布上调利率。", ["美国"]),
        ("美国的银行宣布上调利率。", ["美国"]),
        # A word of size, rank or scope that qualifies the trade is no company's own word: the country's largest
        # airline, its regional banks (the s31 reviewer's R2: these lost the country's gloss).
        ("美国最大航空公司宣布裁员。", ["美国"]),
        ("日本最大银行宣布盈利。", ["日本"]),
        ("法国最大银行表示反对。", ["法国"]),
        ("美国地区银行宣布合并。", ["美国"]),
        ("日本最小银行宣布合并。", ["日本"]),
        ("德国中型银行宣布裁员。", ["德国"]),
        ("美国区域银行宣布合并。", ["美国"]),
    ],
)
def test_a_country_before_its_brand_or_its_industry_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
