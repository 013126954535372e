"""A bracketed short form that shortens the place at the head of a company's name to its last character ends the
company's name as one starting with the name's first character does (the reviewer's R37-9, rest): 香港铁路公司（港铁）
is MTR Corporation, not Hong Kong's railway company; 中国国际航空公司（国航） Air China.

Chinese short forms (简称) of a name headed by a place keep the place's last character (香港 -> 港: 港铁, 港交所,
港中大; 中国 -> 国: 国航, 国铁), as the companies' own filings define them. A bracket whose characters the name does
not hold in order is something else and keeps the place (北京（首都）, 香港（港澳）). The glossary is real CC-CEDICT
lines (CC BY-SA 4.0, MDBG, ../shared/data/cedict_ts.u8.gz).
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
香港 香港 [Xiang1 gang3] /Hong Kong/
中國 中国 [Zhong1 guo2] /China/
北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/
新加坡 新加坡 [Xin1 jia1 po1] /Singapore/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's forms (R37-9)
        ("香港铁路公司（港铁）宣布加价。", []),
        ("中国国际航空公司（国航）公布客运量。", []),
        # my own: the formula, traditional script, a name of three characters
        ("香港交易及结算所有限公司（简称“港交所”）公布业绩。", []),
        ("香港鐵路有限公司（「港鐵」）公佈業績。", []),
        ("香港中文大学（港中大）公布排名。", []),
        # the first character kept, as before
        ("新加坡航空公司（新航）公布业绩。", []),
        # a bracket of something else keeps the place
        ("北京（首都）是中国的首都。", ["北京", "中国"]),
        ("香港（港澳）办事处", ["香港"]),
        ("中国（国内）市场", ["中国"]),
    ],
)
def test_a_short_form_from_the_places_last_character_ends_the_name(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
