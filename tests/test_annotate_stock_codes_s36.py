"""A place's name at the head of a listed company's name that a stock code in brackets follows is
not glossed (the user's U36-10).

Hong Kong's and the mainland's financial copy write a listed company's code in brackets right
after its name (長江基建（1038.HK）, 金山辦公（688111:SH）, 中國海外發展（0688.HK）, 北京控股（0392.HK）), the shape
harvest reads as the company's code. With the CC-CEDICT names glossary annotate glossed the
place at the head of the name (長江（Yangtze River）基建, 金山（Jinshan）辦公), which names no company. The
user's lines (/tmp/u36/t/codes.zh.txt) and my own, in both scripts and the other ways codes are
written (HKEX: 0700, 股票代码：600519). A word of grammar between the place and the bracket (北京的公司)
keeps the place, and so does a bracket that holds no code (a year). The glossary is real
CC-CEDICT lines (CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
長江 长江 [Chang2 Jiang1] /Yangtze River, or Chang Jiang/
金山 金山 [Jin1 shan1] /Jinshan suburban district of Shanghai/Jinshan or Chinshan township in New Taipei City \
新北市[Xin1 bei3 shi4], Taiwan/
中國 中国 [Zhong1 guo2] /China/
北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/
貴州 贵州 [Gui4 zhou1] /Guizhou province (Kweichow) in south central China, abbr. 黔[Qian2] or 貴|贵[Gui4], capital \
Guiyang 貴陽|贵阳[Gui4 yang2]/
""".replace("\\\n", "")
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the user's lines (U36-10)
        ("長江基建（1038.HK）宣布收購。", []),
        ("金山辦公（688111:SH）股價上升。", []),
        ("包括金山辦公（688111.SH）及金山雲。", []),
        ("中國海外發展（0688.HK）。", []),
        ("北京控股（0392.HK）今日公布。", []),
        # my own: simplified copy, other markets and ways of writing the code
        ("上海电气（601727.SH）表示，订单增长。", []),
        ("北京控股(HKEX: 0392)公布中期业绩。", []),
        ("贵州茅台（股票代码：600519）公布年报。", []),
        ("长江基建（01038.HK）及北京控股（00392.HK）均上涨。", []),
        # a word of grammar between, a bracket of no code: the place stays
        ("北京的公司（0392.HK）", ["北京"]),
        ("中国在2023年（2023）增长。", ["中国"]),
        ("上海（今年）的经济增长。", ["上海"]),
    ],
)
def test_a_place_before_a_stock_code_is_the_companys(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
