"""A one-word place's form before a family name is a person's given name (issue 9, twenty-third session; gls's repro).

With the CC-CEDICT names glossary, English annotate glossed "Georgia Smith, a lawyer, said…" as Georgia (佐治亚州) and
"Chad Johnson signed…" as Chad (乍得). English writes a person's given name before the family name; a place's one-word
form right before the one-word form of a person's entry (CC-CEDICT's "Smith (name)", "Johnson or Johnston (name)") is
that person's given name, not the place (`Annotator._in_longer_name`). A pinyin syllable after it is no such family
name ("In China Li Qiang said" keeps China), and nor is a word no person's entry has ("Washington Post", "Jordan and
Israel"). The glossary holds CC-CEDICT's own lines for these names, imported as `import --proper-only` imports them.
"""

from __future__ import annotations

import io

import pytest
from cedict_fixtures import glossed

from zhgloss.annotate import Annotator
from zhgloss.formats.cedict import load_cedict

CEDICT_LINES = (
    """\
中國 中国 [Zhong1 guo2] /China/
乍得 乍得 [Zha4 de2] /Chad/
以色列 以色列 [Yi3 se4 lie4] /Israel/
佐治亞州 佐治亚州 [Zuo3 zhi4 ya4 zhou1] /Georgia, US state/
斯密 斯密 [Si1 mi4] /Smith (name)/also rendered as 史密斯/
約旦 约旦 [Yue1 dan4] /Jordan/
約翰遜 约翰逊 [Yue1 han4 xun4] /Johnson or Johnston (name)/
華盛頓 华盛顿 [Hua2 sheng4 dun4] /Washington (name)/George Washington (1732-1799), first US president"""
    """/Washington, US State/Washington, D.C. (US federal capital)/
華盛頓郵報 华盛顿邮报 [Hua2 sheng4 dun4 You2 bao4] /Washington Post (newspaper)/
巴黎 巴黎 [Ba1 li2] /Paris, capital of France/
"""
)
ANNOTATOR = Annotator(list(load_cedict(io.StringIO(CEDICT_LINES), proper_only=True)))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # gls's repro.
        ("Georgia Smith, a lawyer, said the ruling was fair.", ["Smith"]),
        ("Chad Johnson signed a new contract.", ["Johnson"]),
        # cases of my own: the other pairs, inside a sentence, a family name in capitals, two people in one line.
        ("Jordan Johnson scored twice.", ["Johnson"]),
        ("The drummer Chad Smith joined late.", ["Smith"]),
        ("Georgia SMITH said no.", ["SMITH"]),
        ("Georgia Johnson and Chad Smith met in Paris.", ["Johnson", "Smith", "Paris"]),
    ],
)
def test_a_places_form_before_a_family_name_is_no_place(sentence: str, expected: list[str]) -> None:
    assert glossed(sentence, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # gls's: the places stay places.
        ("The talks between Jordan and Israel resumed.", ["Jordan", "Israel"]),
        ("Jordan said on Monday it would close the border.", ["Jordan"]),
        ("In China Li Qiang said so.", ["China"]),
        ("The Washington Post reported it.", ["Washington Post"]),
        # cases of my own: places joined by "and", a place before a common word, at the end of a line.
        ("Georgia and Chad signed a treaty.", ["Georgia", "Chad"]),
        ("Jordan Times reported it.", ["Jordan"]),
        ("Smith flew to Georgia", ["Smith", "Georgia"]),
    ],
)
def test_a_places_form_before_no_family_name_stays_a_place(sentence: str, expected: list[str]) -> None:
    assert glossed(sentence, ANNOTATOR) == expected
