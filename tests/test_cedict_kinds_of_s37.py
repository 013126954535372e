"""CC-CEDICT import: a name its line calls a sort, a variety, a type or a breed of a thing is a common noun.

The blind tester of the thirty-sixth session (/work/tools/s36/reports/blind.md, borderline 176) found 蛇果 "Red
Delicious (a sort of apple)" kept by `--proper-only` as a name: an apple variety, a class noun (what many apples
are), no one thing. The class is every capitalised line whose only name is described as "(a) sort / kind / variety /
type / breed / cultivar / strain of" a lower-case thing, or "(dog breed)" (`_KIND_OF_RE`); in the real file
(2026-12) seven lines (京巴狗 and 博美犬 "(dog breed)" too):
蛇果, 铁观音 "Tieguanyin tea (a variety of oolong tea)", 安格斯牛 "Angus, Scottish breed of beef cattle", 桑科
"Moraceae (type of flowering plant)" and 越光米 "Koshihikari rice (variety of rice ...)" (already a food). A full
import keeps each as a `term`. Not a brand ("Doritos (brand of tortilla chips)": a maker's name), nor a later sense
("Labrador, Canada/Labrador (a breed of dog)": the place stays), nor "race of" (泰坦 "Titan (race of deities ...,
moon of Saturn etc)", a moon's name too).

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Expected values read off the lines.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import load_cedict

KINDS = [
    "蛇果 蛇果 [She2 guo3] /Red Delicious (a sort of apple)/",
    "鐵觀音 铁观音 [Tie3 guan1 yin1] /Tieguanyin tea (a variety of oolong tea)/",
    "安格斯牛 安格斯牛 [An1 ge2 si1 niu2] /Angus, Scottish breed of beef cattle/",
    "桑科 桑科 [Sang1 ke1] /Moraceae (type of flowering plant)/",
    "京巴狗 京巴狗 [Jing1 ba1 gou3] /Pekingese (dog breed)/",
]
KEPT = [
    "多力多滋 多力多滋 [Duo1 li4 duo1 zi1] /Doritos (brand of tortilla chips)/",
    "拉布拉多 拉布拉多 [La1 bu4 la1 duo1] /Labrador, Canada/Labrador (a breed of dog)/",
    "泰坦 泰坦 [Tai4 tan3] /Titan (race of deities in Greek mythology, moon of Saturn etc)/",
]
TEXT = "\n".join([*KINDS, *KEPT, ""])
NAMES = {e.zh: e for e in load_cedict(io.StringIO(TEXT), proper_only=True)}
FULL = {e.zh: e for e in load_cedict(io.StringIO(TEXT))}


@pytest.mark.parametrize("line", KINDS)
def test_a_kind_is_no_name(line: str) -> None:
    zh = line.split()[1]
    assert zh not in NAMES
    assert FULL[zh].type == "term"


@pytest.mark.parametrize(("zh", "en"), [("多力多滋", "Doritos"), ("拉布拉多", "Labrador"), ("泰坦", "Titan")])
def test_a_brand_a_place_and_a_moon_stay_names(zh: str, en: str) -> None:
    assert NAMES[zh].en == en


@given(
    st.sampled_from(["sort", "kind", "variety", "type", "breed", "cultivar", "strain"]),
    st.sampled_from(["(a {} of pear)", "({} of pear)", ", Scottish {} of pear", ", a {} of pear grown in Hebei"]),
)
def test_any_kind_word_makes_a_term(word: str, shape: str) -> None:
    line = f"某果 某果 [Mou3 guo3] /Crown Pear{shape.format(word)}/\n"
    assert list(load_cedict(io.StringIO(line), proper_only=True)) == []
    assert [e.type for e in load_cedict(io.StringIO(line))] == ["term"]
