"""A Chinese person's name before 公司/集团/控股 is the company named after them where the clause names its market
value, its revenue, its filings or its shareholders (the reviewer's R37-4, rest): 李宁公司市值一度蒸发,
李宁公司发布公告称, 李宁集团收入下降 gloss no gymnast.

Li Ning Company (李宁有限公司, HKEX 2331) is named after its founder, the gymnast of CC-CEDICT's line; a market value
(市值) belongs only to a listed share, an announcement (公告) is what listed companies file, and revenue (收入) and
shareholders (股东) are a company's. Where the clause says none of it, or the person is a businessman, the person keeps
the gloss (周杰伦公司发表声明: Jay Chou's company). The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG, from
../shared/data/cedict_ts.u8.gz); the reviewer's lines and my own.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
李寧 李宁 [Li3 Ning2] /Li Ning (1963-), PRC gymnast, winner of three gold medals at Los Angeles 1984 Olympic games/
周杰倫 周杰伦 [Zhou1 Jie2 lun2] /Jay Chou (1979-), Taiwanese singer and actor/
李嘉誠 李嘉诚 [Li3 Jia1 cheng2] /Sir Li Ka-shing (1928-), Hong Kong businessman/
姚明 姚明 [Yao2 Ming2] /Yao Ming (1980-), retired Chinese basketball player/
上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's lines (R37-4) and the wire line of this session's measure
        ("李宁公司市值一度蒸发三成。", []),
        ("李宁公司发布公告称将回购股份。", []),
        ("李宁集团收入下降，股价承压。", []),
        # my own: traditional script, shareholders, 控股
        ("李寧公司市值蒸發。", []),
        ("李宁公司股东增持。", []),
        ("姚明控股发布公告。", []),
        # no company's clause, a businessman, the person as the subject, the clause after a mark: the person
        ("周杰伦公司发表声明。", ["周杰伦"]),
        ("李嘉诚集团市值大增。", ["李嘉诚"]),
        ("李宁说公司收入增长。", ["李宁"]),
        ("李宁公司，市值", ["李宁"]),
        # a place before 市值 keeps the place (上海市 + 值得)
        ("上海市值得一去。", ["上海"]),
    ],
)
def test_a_company_named_after_a_person_by_its_market_value_and_filings(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
