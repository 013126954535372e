"""CC-CEDICT import: a line naming nothing but another thing's former name folds into that thing (the review's R42-2).

An "old name of X 字" line at a gloss's start folds into X (汴州 into 开封, 奉天 into 沈阳), but "Dayong, former name
of Zhangjiajie 张家界, Hunan" (大庸) stood as a place of its own, and 张家界 "..., formerly Dayong 大庸" lost the alias
Dayong (a former name whose characters are an entry is that entry's: the Dinghai rule). A line whose only naming sense
is a name and "former name of" a thing written in characters now points to it: one entry, the old name an alias and
its characters a zh_alias. Over the whole of CC-CEDICT: 6 --proper-only lines fold (大庸, 斯大林格勒, 竟陵, 木栅线,
北京广播学院, 钢铁学院). A line naming another thing first stays apart (东京湾 "Tokyo Bay/former name of 北部湾").

The lines are copied from CC-CEDICT (https://cc-cedict.org/wiki/, ../shared/data/cedict_ts.u8.gz): community
maintained, published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski; licence Creative Commons
Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhgloss.formats.cedict import load_cedict_documents

PAIRS = {
    "大庸": (
        "大庸 大庸 [Da4 yong1] /Dayong, former name of Zhangjiajie 張家界|张家界[Zhang1 jia1 jie4], Hunan/",
        "張家界 张家界 [Zhang1 jia1 jie4] /Zhangjiajie prefecture level city in Hunan, formerly Dayong "
        "大庸[Da4 yong1]/",
        "张家界",
        "Dayong",
    ),
    "斯大林格勒": (
        "斯大林格勒 斯大林格勒 [Si1 da4 lin2 ge2 le4] /Stalingrad, former name of Volvograd 伏爾加格勒|伏尔加格勒 "
        "(1925-1961)/",
        "伏爾加格勒 伏尔加格勒 [Fu2 er3 jia1 ge2 le4] /Volgograd, Russian city on the Volga River 伏爾加河|伏尔加河"
        "[Fu2 er3 jia1 He2]/",
        "伏尔加格勒",
        "Stalingrad",
    ),
    "竟陵": (
        "竟陵 竟陵 [Jing4 ling2] /Jingling, former name of Tianmen 天門|天门, Hubei/",
        "天門 天门 [Tian1 men2] /Tianmen sub-prefecture level city in Hubei/",
        "天门",
        "Jingling",
    ),
    "钢铁学院": (
        "鋼鐵學院 钢铁学院 [Gang1 tie3 Xue2 yuan4] /Beijing Steel and Iron Institute (the former name of "
        "北京科技大學|北京科技大学[Bei3 jing1 Ke1 ji4 Da4 xue2], University of Science and Technology Beijing)/",
        "北京科技大學 北京科技大学 [Bei3 jing1 Ke1 ji4 Da4 xue2] /University of Science and Technology Beijing/",
        "北京科技大学",
        "Beijing Steel and Iron Institute",
    ),
}
TOKYO_BAY = (
    "東京灣 东京湾 [Dong1 jing1 Wan1] /Tokyo Bay/former name of 北部灣|北部湾[Bei3 bu4 Wan1], Gulf of Tonkin/",
    "北部灣 北部湾 [Bei3 bu4 Wan1] /Gulf of Tonkin/",
)


def _rows(*lines: str, proper_only: bool = True) -> dict[str, dict[str, Any]]:
    text = "".join(line + "\n" for line in lines)
    return {row["zh"]: row for row in load_cedict_documents(io.StringIO(text), proper_only=proper_only)}


@pytest.mark.parametrize("proper_only", [True, False])
@pytest.mark.parametrize("old", sorted(PAIRS))
def test_a_former_name_folds_into_what_it_names(old: str, proper_only: bool) -> None:
    old_line, new_line, new, english = PAIRS[old]
    rows = _rows(old_line, new_line, proper_only=proper_only)
    assert old not in rows
    assert old in rows[new]["zh_aliases"]
    assert english in rows[new]["aliases"]


def test_a_line_naming_another_thing_first_stays_apart() -> None:
    rows = _rows(*TOKYO_BAY)
    assert rows["东京湾"]["en"] == "Tokyo Bay"
    assert "东京湾" not in rows["北部湾"]["zh_aliases"]


_OLD = ["Dayong", "Jingling", "Anxi", "Boyang", "Lüda"]


@given(st.sampled_from(_OLD), st.sampled_from([", Hunan", "", " (1925-1961)"]))
def test_any_line_of_a_former_name_alone_folds(old: str, after: str) -> None:
    line = f"大庸 大庸 [Da4 yong1] /{old}, former name of Zhangjiajie 張家界|张家界[Zhang1 jia1 jie4]{after}/"
    rows = _rows(line, PAIRS["大庸"][1])
    assert "大庸" not in rows
    assert old in rows["张家界"]["aliases"]
