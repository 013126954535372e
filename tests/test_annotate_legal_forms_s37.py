"""A place's name at the head of a company's registered name, which a legal form ends (股份有限公司, 有限公司,
有限责任公司, 株式会社, 控股) or a bracketed short form of it (新加坡航空公司（新航）), is not glossed (the user's U37-5
and its addendum 2).

PRC Company Law (arts. 7-8) has a company's name hold 有限责任公司 or 有限公司, or 股份有限公司; filings and wire copy
write the full name, and the place at its head is the company's first word: 中国人寿保险股份有限公司 is China Life,
香港交易及结算所有限公司 HKEX, 新加坡电信有限公司 Singtel, 日本电产株式会社 Nidec, 华夏控股 (of the user's line)
China Fortune Land's holder. With the CC-CEDICT names glossary annotate glossed 中国（China）, 香港（Hong Kong）,
新加坡（Singapore）, 日本（Japan）, 华夏（Cathay）. A country before another name of the glossary keeps its gloss
(日本丰田汽车株式会社: Japan's Toyota), as do a place before a word of grammar (北京的有限公司) and 控股 that starts
another word (控股股东 "controlling shareholder"). The user's lines (/tmp/u37/t/f5.zh, f5b.zh) and my own; the
glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
中國 中国 [Zhong1 guo2] /China/
香港 香港 [Xiang1 gang3] /Hong Kong/
新加坡 新加坡 [Xin1 jia1 po1] /Singapore/
日本 日本 [Ri4 ben3] /Japan/
臺灣 台湾 [Tai2 wan1] /Taiwan/
北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
華夏 华夏 [Hua2 xia4] /Cathay (the historical name of China)/
豐田 丰田 [Feng1 tian2] /Toyota (Japanese surname and company name)/
""".replace("\\\n", "")
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the user's lines (U37-5)
        ("中国人寿保险股份有限公司（China Life Insurance Company Limited）董事长蔡希良出席。", []),
        ("日本电产株式会社发布公告。", []),
        ("香港交易及结算所有限公司公布业绩。", []),
        ("新加坡电信有限公司发布公告。", []),
        ("台湾积体电路制造股份有限公司公布营收。", []),
        ("公司控股股东华夏控股持有的部分股份被冻结。", []),
        # my own: traditional script, 有限责任公司, a name of three words
        ("香港交易及結算所有限公司今日公布。", []),
        ("北京首都创业集团有限公司发布公告。", []),
        ("北京城建有限责任公司中标。", []),
        # a word in brackets inside the registered name (the reviewer's R37-5)
        ("中国平安保险（集团）股份有限公司发布公告。", []),
        ("中国平安保险(集团)股份有限公司发布公告。", []),
        # a short name in brackets after the full one defines one company (U37-5 addendum 2)
        ("新加坡航空公司（新航）公布业绩。", []),
        ("日本电气公司（日电）宣布。", []),
        # the filings' formulas and ASCII brackets (the reviewer's R37-9)
        ("新加坡航空公司（简称“新航”）公布业绩。", []),
        ("新加坡航空公司（以下简称“新航”）公布业绩。", []),
        ("新加坡航空公司（「新航」）公布業績。", []),
        ("新加坡航空公司(新航)公布业绩。", []),
        # another name in between, a word of grammar, 控股 of another word, a class of companies, a bracket of no
        # short form: the place stays
        ("新加坡航空公司公布业绩。", ["新加坡"]),
        ("北京（首都）是中国的首都。", ["北京", "中国"]),
        ("日本丰田汽车株式会社", ["日本", "丰田"]),
        ("北京的有限公司", ["北京"]),
        ("中国控股股东增持。", ["中国"]),
        ("香港控股子公司", ["香港"]),
    ],
)
def test_a_place_heading_a_registered_name_is_the_companys(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
