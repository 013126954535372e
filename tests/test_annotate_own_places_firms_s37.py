"""Taiwan's, Hong Kong's and Macao's names at the head of their own companies' names are not glossed in a company's
clause (台灣大哥大今日股價走低, Taiwan Mobile), while a class noun of a trade after a place keeps the place (香港地产商,
台湾科技公司, and 中国科技公司 too).

Companies of Taiwan, Hong Kong and Macao register Chinese names that start with the place's (台灣大哥大 Taiwan Mobile,
台灣高鐵, 香港電訊 HKT, 澳門電訊 CTM), as a national company's starts with 中国; the thirty-sixth session took them out
of the company-clause rule again because 香港地产商公布业绩 and 台湾科技公司公布营收 lost the place (the reviewer's
R36-7): 地产商 "property developers" and 科技公司 "tech companies" are the place's companies of a trade, a class noun (a
word and a generic of businesses: 公司, 企业, 厂商, 商, 厂), not one company's own word. The class noun now keeps the
place for every place, China's too (中国科技公司公布营收 lost 中国 on the parent). A figure per share, a dividend and a
meeting of shareholders (每股盈餘, 派息, 股息, Taiwan's 配息, 除息, 股東會) are a company's clause as a share price is.
My own wire lines; the glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
臺灣 台湾 [Tai2 wan1] /Taiwan/
台灣 台湾 [Tai2 wan1] /variant of 臺灣|台湾[Tai2 wan1]/
香港 香港 [Xiang1 gang3] /Hong Kong/
澳門 澳门 [Ao4 men2] /Macao/Aomen/Macau/
中國 中国 [Zhong1 guo2] /China/
美國 美国 [Mei3 guo2] /United States/USA/US/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company of the place, in a company's clause
        ("台灣大哥大今日股價走低。", []),
        ("台灣大哥大第三季每股盈餘優於預期，股價收高。", []),
        ("台灣高鐵公布營收。", []),
        ("香港電訊公布業績。", []),
        ("澳門電訊宣布派息。", []),
        ("香港電訊宣布派發末期股息。", []),
        ("台灣大哥大今日除息。", []),
        ("台灣高鐵股東會決議配息。", []),
        # a class noun of a trade: the place's companies
        ("香港地产商公布业绩。", ["香港"]),
        ("台湾科技公司公布营收。", ["台湾"]),
        ("中国科技公司公布营收。", ["中国"]),
        ("台湾半导体厂商公布营收。", ["台湾"]),
        ("香港零售商公布业绩。", ["香港"]),
        ("台灣面板廠公布營收。", ["台灣"]),
        # no company's clause, the market, a foreign country: the place
        ("台灣大哥大是手機的舊稱。", ["台灣"]),
        ("香港股市收跌百分之一。", ["香港"]),
        ("中国股息率较高。", ["中国"]),
        ("美国苹果公司公布业绩。", ["美国"]),
    ],
)
def test_own_places_start_their_companies_names(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
