"""A Japanese family name that a make is named after is no gloss before the person's given name, whatever type the
import gives the make, and a verb after the make is no given name (R35-imp-2).

The import types 丰田 "Toyota or Toyoda (name)/Toyota, Japanese car make" org since this session (the company is what
news names: issue 9's 丰田汽车). The rule for a family name before a given name and a verb
(`InsideRule._outside_japanese_names`: 丰田章男表示 is Akio Toyoda) read person and untyped entries only, so
tests/test_annotate_japanese_names_s30.py failed on main 999cdba: 丰田章男表示 glossed "Toyota". An entry whose note
names the family in one of its senses ("X (name)", "(Japanese surname)") is read as one now. And the rule took a word
for a given name: 丰田召回车辆 ("Toyota recalls vehicles", among the commonest lines of car news) glossed nothing at
main 63c90aa, where 丰田 was typed person; a given name is no word of jieba's counts (召回 "to recall" is). The
glossary is real CC-CEDICT lines (CC BY-SA 4.0, MDBG), from ../shared/data/cedict_ts.u8.gz.
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
"""
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person: the family name and a given name before a verb
        ("丰田章男表示，公司将继续投资电动车。", []),
        ("豐田章男表示，公司將繼續投資電動車。", []),
        ("本田宗一郎创办了本田公司。", ["本田"]),
        # the company: a word of the language after it, however the finder scores it
        ("丰田召回车辆。", ["丰田"]),
        ("丰田召回部分车辆。", ["丰田"]),
        ("丰田宣布召回。", ["丰田"]),
        ("丰田汽车表示将加大投资。", ["丰田"]),
        ("福特裁员三千人。", ["福特"]),
    ],
)
def test_a_family_name_before_a_given_name_and_a_make_before_its_verb(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
