"""A make named after a family keeps a foreign city glued before it, whatever type the import gives the make.

CC-CEDICT writes 福特 "Ford (name)/Ford, US car make" and 丰田 "Toyota or Toyoda (name)/Toyota, Japanese car make".
The import typed them person until this session and types them org now (the company, not the family, is what news
names: issue 9's 丰田汽车). The rule for a place glued before a brand (`InsideRule._outside_brand_places`) read an
org as a company whose place is part of its name and dropped any place before it, so 底特律福特球场 (Ford Field in
Detroit) lost Detroit (tests/test_gloss_rules_s23.py failed on main f08e7cd). A make named after a family is read as
before whatever its type: a Chinese city before it names a joint venture (长安福特, 广州丰田: the city is not
glossed), a foreign one a place named after the make (the city is). The glossary is real CC-CEDICT lines (CC BY-SA
4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
名古屋 名古屋 [Ming2 gu3 wu1] /Nagoya, city in Japan/
天津 天津 [Tian1 jin1] /Tianjin, a municipality in northeast China, abbr. 津/
底特律 底特律 [Di3 te4 lu:4] /Detroit, Michigan/
廣州 广州 [Guang3 zhou1] /Guangzhou subprovincial city and capital of Guangdong/Canton/
福特 福特 [Fu2 te4] /Ford (name)/Ford, US car make/
紐約 纽约 [Niu3 yue1] /New York/
豐田 丰田 [Feng1 tian2] /Toyota or Toyoda (name)/Toyota, Japanese car make/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("比赛在底特律福特球场举行。", ["底特律", "福特"]),
        ("名古屋丰田体育场座无虚席。", ["名古屋", "丰田"]),
        ("纽约福特基金会宣布捐款。", ["纽约", "福特"]),
        # joint ventures named by their Chinese partner
        ("广州丰田发布新车。", ["丰田"]),
        ("天津丰田召回车辆。", ["丰田"]),
    ],
)
def test_a_foreign_city_before_a_make_named_after_a_family_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
