"""A family name before a place's or a star's name that is the given name of a person: the name is the person's, not
the place's (issue 9: Chinese news annotated with the full CC-CEDICT names glossary gets no gloss a translator would
call nonsense; the thirty-second session's U32-27: 周长江（Yangtze River）表示同意, 高长江,
记者张北斗（Great Bear）报道).

Given names such as 长江, 黄河, 北斗, 南京 are common; 王长江表示 was already read as a person. The finder of unknown
names takes points off a name whose family name and first given character make a word (周长 "perimeter", 张北 the
county) and off a given name that is a common word (长江), so 周长江, 高长江 and 张北斗 scored below its threshold and
the glossary's place was glossed inside them. Beside a glossary match that holds the two characters together those
points are spent: no reading has 周长 or 张北, and a person's context (a title before the family name, a verb of
speech after the name, a clause's start) says which the word is (`InsideRule._given_name_of`). The glossary is real
CC-CEDICT lines (CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = (
    "長江 长江 [Chang2 Jiang1] /Yangtze River, or Chang Jiang/\n"
    "黃河 黄河 [Huang2 He2] /Yellow River or Huang He/\n"
    "北斗 北斗 [Bei3 dou3] /Great Bear/Big Dipper/Peitou town in Changhua county 彰化縣|彰化县[Zhang1 hua4 xian4], "
    "Taiwan/\n"
    "南京 南京 [Nan2 jing1] /Nanjing subprovincial city on the Changjiang, capital of Jiangsu province 江蘇|江苏/"
    "capital of China at different historical periods/\n"
    "北京 北京 [Bei3 jing1] /Beijing, capital of People's Republic of China/Peking/PRC government/\n"
    "中國 中国 [Zhong1 guo2] /China/\n"
    "美國 美国 [Mei3 guo2] /United States/USA/US/\n"
    "溫州 温州 [Wen1 zhou1] /Wenzhou prefecture level city in Zhejiang/\n"
    "杭州 杭州 [Hang2 zhou1] /Hangzhou subprovincial city and capital of Zhejiang province in southeast China/\n"
    "深圳 深圳 [Shen1 zhen4] /Shenzhen subprovincial city in Guangdong, special economic zone close to Hong Kong/\n"
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    "text",
    [
        # U32-27 (/tmp/u32/t/given.txt and the filing): 周长 "perimeter", 张北 a county, 长江 a common word
        "周长江表示同意。",
        "高长江说，这项工作还要继续。",
        "记者张北斗报道。",
        # my own, the same shapes: 周黄河 (周黄 no word, 黄河 a given word), 郑南京 after a clause's start
        "会上，周黄河表示，明年将扩大生产。",
        "村支书郑南京说，今年的收成不错。",
        "张北斗指出，数据还需核实。",
    ],
)
def test_a_family_name_and_a_place_as_given_name_is_a_person(text: str) -> None:
    assert glossed(text, ANNOTATOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family name's character that ends a word before it (本周 "this week"): the place
        ("本周长江水位持续上涨。", ["长江"]),
        ("本周北京表示愿意继续对话。", ["北京"]),
        # a preposition that is also a family name (向, 于): the finder reads no name there
        ("日本向中国表示关切。", ["中国"]),
        ("往返于温州和杭州之间。", ["温州", "杭州"]),
        ("他向美国表示抗议。", ["美国"]),
        # a province before its city: 东 of 广东 is no family name here
        ("广东深圳表示将加大投入。", ["深圳"]),
        # the place itself, with no family name before it
        ("大雨过后，长江和黄河水位平稳。", ["长江", "黄河"]),
    ],
)
def test_a_place_after_a_word_or_a_preposition_keeps_its_gloss(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
