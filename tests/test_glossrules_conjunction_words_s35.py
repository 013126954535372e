"""A conjunction's character may start a company's own word after a place's name where a trade follows at once
(the user's U35-41: 长江和记实业, CK Hutchison Holdings, glossed 长江（Yangtze River）).

A place's name, a word of the company's own and a trade make a company's name (安徽海螺水泥, 广州白云山药业), and the
place is not glossed there. The company's own word could not start with a conjunction (和, 与, 及, 跟): 长江和黄河 is
"the Yangtze and the Yellow River". But 和记 is Hutchison's Chinese name (和记黄埔), and read as "and", 长江和记实业
would join the Yangtze to one character and a trade, which names nothing; a conjunction joins two names
(北京和上海银行业), which this does not touch. Left: 长江和记公布业绩, with no trade after 和记 (the clause rule
still reads 和 as "and"). The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
上海 上海 [Shang4 hai3] /Shanghai municipality, central east China, abbr. to 滬|沪[Hu4]/
北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
天津 天津 [Tian1 jin1] /Tianjin, a municipality in northeast China, abbr. 津/
長江 长江 [Chang2 Jiang1] /Yangtze River, or Chang Jiang/
黃河 黄河 [Huang2 He2] /Yellow River or Huang He/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the user's lines (simplified and Hong Kong's traditional)
        ("长江和记实业主席李泽钜表示。", []),
        ("長江和記實業主席李澤鉅表示，集團業務穩健。", []),
        # my own: the company's full name
        ("长江和记实业有限公司发布公告。", []),
        # a conjunction between names stays one
        ("长江和黄河的水位上涨。", ["长江", "黄河"]),
        ("北京和上海银行业的利润增长。", ["北京", "上海"]),
        # 天津航空 is Tianjin Airlines: the place before its trade is the company's, as before
        ("北京与天津航空公司签约。", ["北京"]),
        ("北京和天津市民", ["北京", "天津"]),
    ],
)
def test_a_conjunctions_character_starts_a_firms_own_word_before_a_trade(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
