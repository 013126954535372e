"""Taiwan's, Hong Kong's and Macao's names at the head of their own companies' names are not glossed where a
listed share's clause follows (台灣大哥大今日股價走低, Taiwan Mobile), while the place before its industries keeps its
gloss (台湾电子业, 香港中资股, 澳门赌场), and a class noun of a trade keeps any place's (中国科技公司 too).

Companies of Taiwan, Hong Kong and Macao register Chinese names that start with the place's (台灣大哥大 Taiwan Mobile,
台灣高鐵, 香港電訊 HKT, 澳門電訊 CTM). Read by any company's clause, as China's are, the places lost their gloss before
their industries (the reviewer's R36-7: 香港地产商公布业绩; R37-6: 台湾电子业公布营收, 台湾晶圆代工龙头公布营收,
香港中资股公布业绩, 澳门赌场公布营收, 台湾车厂公布营收): only a share's clause right after the company's word (its
price, a figure per share, a dividend, its meeting of shareholders, after adverbs of time) makes them a company's
first word. A class noun of a trade (a word and 公司, 企业, 厂商, 商, 厂) keeps the place for every place, China's too
(中国科技公司公布营收 lost 中国 on e5bc671e). My own wire lines and the reviewer's; the glossary is real CC-CEDICT
lines (CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
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
        # a company of the place, in a share's clause
        ("台灣大哥大今日股價走低。", []),
        ("台灣大哥大第三季每股盈餘優於預期，股價收高。", []),
        ("台灣大哥大今日除息。", []),
        ("台灣高鐵股東會決議配息。", []),
        ("香港電訊股價收漲。", []),
        # another company's clause: the place's companies as often (R37-6 keeps them)
        ("台灣高鐵公布營收。", ["台灣"]),
        ("澳門電訊宣布派息。", ["澳門"]),
        ("台湾电子业公布营收。", ["台湾"]),
        ("台湾晶圆代工龙头公布营收。", ["台湾"]),
        ("香港中资股公布业绩。", ["香港"]),
        ("澳门赌场公布营收。", ["澳门"]),
        ("台湾车厂公布营收。", ["台湾"]),
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
