"""A make named after a family keeps its gloss before its model's name (the reviewer's R35-17).

CC-CEDICT lists 丰田 "Toyota or Toyoda (name)/Toyota, Japanese car make" and 福特 "Ford (name)/Ford, US car make".
Car news writes the make and then its model's transliterated name (丰田普锐斯 the Toyota Prius, 丰田凯美瑞 the Camry,
丰田卡罗拉 the Corolla, 福特蒙迪欧 the Ford Mondeo), which the finder of unknown names reads as the given name after the
family's, and three rules dropped the make for it (the foreign names', the longer words', the Japanese names'). Where
the clause names what a car model has or undergoes (销量, 召回, 畅销, 车型 ...), with no verb of saying or announcing
before it, the make is the make. The family's person stays unglossed (丰田章男宣布召回, 本田宗一郎在东京去世:
tests/test_annotate_japanese_names_s30.py). The glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from
../shared/data/cedict_ts.u8.gz.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

LINES = """\
豐田 丰田 [Feng1 tian2] /Toyota or Toyoda (name)/Toyota, Japanese car make/
福特 福特 [Fu2 te4] /Ford (name)/Ford, US car make/
本田 本田 [Ben3 tian2] /Honda (Japanese name)/
日本 日本 [Ri4 ben3] /Japan/
美國 美国 [Mei3 guo2] /United States/USA/US/
東京 东京 [Dong1 jing1] /Tokyo, capital of Japan/Tonkin (northern Vietnam during the French colonial period)/
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reviewer's lines (R35-17)
        ("丰田普锐斯销量上升。", ["丰田"]),
        ("丰田凯美瑞在美国畅销。", ["丰田", "美国"]),
        ("丰田卡罗拉召回。", ["丰田"]),
        # my own: wire copy, other models and makes, traditional characters
        ("丰田普锐斯在日本市场的销量连续三个月下滑。", ["丰田", "日本"]),
        ("丰田汉兰达新款车型将于下月上市。", ["丰田"]),
        ("豐田凱美瑞在美國的售價下調。", ["豐田", "美國"]),
        ("福特蒙迪欧因刹车问题召回两万辆。", ["福特"]),
        # the family's person: no gloss, a verb of saying or none of a car's words
        ("丰田章男宣布召回部分车辆。", []),
        ("丰田章男表示，公司将继续投资氢能。", []),
        ("本田宗一郎在东京去世。", ["东京"]),
        # the reviewer's R36-4: a Japanese given name, a car's word in the clause
        ("丰田章男对销量下滑表示担忧。", []),
        ("丰田章男在新车型发布会上致辞。", []),
        ("丰田章男出席新车交付仪式。", []),
    ],
)
def test_a_make_before_its_models_name_is_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
