"""A place or an agency as the first word of an institution's name (issue 9, twenty-fifth session).

With the full CC-CEDICT names glossary, 欧洲央行维持利率不变 glossed 欧洲 "Europe" and 日本央行 "Japan": the European
Central Bank and the Bank of Japan, whose English the place does not start. 央行, the central bank, is a bank:
it is one of the trades jieba 0.42.1's dictionary writes after a place in its organisations' words (tag nt:
欧洲央行, 日本央行, 俄央行), and the trade rule (`zhgloss.glossrules.InsideRule._outside_trade_names`) reads it
as it reads 银行: a place before it is the bank's name; a country keeps its name (中国央行 "China's central
bank") unless jieba tags the two as one organisation, as for 美国银行.

上海新华医院 glossed 新华 "Xinhua", the news agency: an organisation that is no company glued to a trade is another's
name (新华保险, New China Life), and so it is glued to an institution's word (医院, 大学, 学院): Xinhua Hospital. Not
an organisation that teaches (its English or note says university, college, academy, institute or school): 北大医院 is
Peking University First Hospital, and keeps 北大.

The glossary is real: CC-CEDICT's lines (tests/data/cedict_s25_gls.u8), imported as `zhgloss import --proper-only`
would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_s25_gls.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's (twenty-third session, L-1) and the tester's
        ("欧洲央行维持利率不变。", []),
        ("上海新华医院的专家会诊了这名患者。", ["上海"]),
        ("新华医院儿科门诊量同比增长。", []),
        # cases of my own: jieba's organisations of a country and 央行, the bank's head, another institution's word
        ("日本央行维持超宽松货币政策不变。", []),
        ("欧洲央行行长拉加德表示将继续加息。", []),
        ("新华学院的学生参加了比赛。", []),
    ],
)
def test_no_gloss_on_the_first_word_of_an_institution(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国央行宣布降准。", ["中国"]),  # no organisation of jieba's: China's central bank
        ("美国央行再次加息。", ["美国"]),
        ("欧洲经济放缓，央行加息。", ["欧洲"]),  # the bank is no word glued to the place
        ("北大医院的医生完成了手术。", ["北大"]),  # a university runs its hospital
        ("新华社报道，上海举行了会议。", ["上海"]),
        ("新华发布消息。", ["新华"]),
    ],
)
def test_places_and_agencies_elsewhere_stay(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
