"""annotate: a market's name inside a stock code's brackets is part of the code and is not glossed (issue 9: annotate
with the CC-CEDICT names glossary; the thirty-second session's new-user tester, U32-27: "the founder of JD.com
(JD:NASDAQ)" became "JD.com (JD:NASDAQ (纳斯达克))", and "Kingsoft Cloud (KC:NASDAQ (纳斯达克))").

A stock code is glossed no more than a code (`zhgloss.annotate.UNGLOSSED_TYPES`), and the exchange written in its
brackets, either side of the colon ("(JD:NASDAQ)", "(NASDAQ: BIDU)", "(NYSE: BABA)"), is a word of it. The mention is
still found, so JSON and TSV list it and `check` reads it as before; the same name in running text ("fell on the
NYSE", "the NASDAQ Composite") keeps its gloss. The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = (
    "納斯達克 纳斯达克 [Na4 si1 da2 ke4] /NASDAQ (stock exchange)/\n"
    "紐約證券交易所 纽约证券交易所 [Niu3 yue1 Zheng4 quan4 Jiao1 yi4 suo3] /New York Stock Exchange (NYSE)/\n"
    "百度 百度 [Bai3 du4] /Baidu, Internet portal and search engine, www.baidu.com, "
    "listed as BIDU on NASDAQ since 1999/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # U32-27 (/work/shared/articles/000_d48d05291781f3c4.txt)
        ("The founder of JD.com (JD:NASDAQ) spoke.", "The founder of JD.com (JD:NASDAQ) spoke."),
        # my own: the market first, a space after the colon, another exchange
        ("Baidu (NASDAQ: BIDU) reported results.", "Baidu (百度) (NASDAQ: BIDU) reported results."),
        ("Shares of NIO (NYSE:NIO) fell.", "Shares of NIO (NYSE:NIO) fell."),
    ],
)
def test_the_market_in_a_stock_codes_brackets_is_not_glossed(text: str, expected: str) -> None:
    assert ANNOTATOR.annotate(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares fell on the NYSE today.", "Shares fell on the NYSE (纽约证券交易所) today."),
        ("The NASDAQ Composite rose.", "The NASDAQ (纳斯达克) Composite rose."),
        ("Baidu listed on NASDAQ (2005).", "Baidu (百度) listed on NASDAQ (纳斯达克) (2005)."),
    ],
)
def test_the_market_in_running_text_keeps_its_gloss(text: str, expected: str) -> None:
    assert ANNOTATOR.annotate(text) == expected


def test_the_mention_is_still_found() -> None:
    assert [m.surface for m in ANNOTATOR.mentions("JD.com (JD:NASDAQ)")] == ["NASDAQ"]
