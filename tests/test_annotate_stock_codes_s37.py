"""A place's name at the head of a listed company's name is not glossed where its stock code follows in any of the
shapes financial copy writes it: bare (an A share's six digits, Hong Kong's five with the leading zero), the market
before the number, or a space between them (the reviewer's R36-9).

Mainland copy writes an A share's code bare in brackets after the company's name: 金山办公（688111） (Kingsoft Office),
贵州茅台（600519）, 宁德时代（300750）, 中国平安（601318）; Hong Kong copy writes 长江基建（01038）; Bloomberg's "0392
HK", the "HK.0688" and "SH600519" of brokers' notes. The codes' first digits are the boards' ranges in the Shanghai,
Shenzhen and Beijing exchanges' listing rules (600/601/603/605, 688; 000-003, 300/301; 43/83/87, 920). With the
thirty-sixth session's rule, only "digits.MARKET" counted and 金山（Jinshan）办公（688111） was glossed. A bare
four-digit number in brackets is a year as often (北京奥运会（2008）: Beijing stays), and a word of grammar before the
bracket keeps the place. The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz."""

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
貴州 贵州 [Gui4 zhou1] /Guizhou province (Kweichow) in south central China, abbr. 黔[Qian2] or 貴|贵[Gui4], capital \
Guiyang 貴陽|贵阳[Gui4 yang2]/
寧德 宁德 [Ning2 de2] /Ningde prefecture-level city in Fujian/
""".replace("\\\n", "")
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's lines (R36-9)
        ("金山办公（688111）股价上升。", []),
        ("长江基建（01038）宣布收购。", []),
        ("北京控股（00392）公布业绩。", []),
        ("中国海外发展（HK.0688）公布业绩。", []),
        ("北京控股（0392 HK）公布业绩。", []),
        ("贵州茅台（SH600519）午后跳水。", []),
        # my own: the boards of the three mainland exchanges, traditional script, round brackets
        ("宁德时代（300750）发布公告。", []),
        ("中国平安（601318）拟回购股份。", []),
        ("貴州茅台（600519）股價下跌。", []),
        ("金山办公(688111)涨停。", []),
        ("长江基建（01038）及北京控股（00392）均上涨。", []),
        # the labels of the exchanges' own announcements (the reviewer's R37-3): HKEX's 股份代號, SSE's 证券代码
        ("長江基建（股份代號：1038）公佈業績。", []),
        ("长江基建（股份代号：01038）公布业绩。", []),
        ("金山办公（证券代码：688111）发布公告。", []),
        ("贵州茅台（证券代码：600519）发布公告。", []),
        # a year, a number of no board, a word of grammar: the place stays
        ("北京奥运会（2008）的场馆。", ["北京"]),
        ("中国公司（123456）", ["中国"]),
        ("北京的公司（600519）", ["北京"]),
    ],
)
def test_a_place_before_a_bare_stock_code_is_the_companys(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
