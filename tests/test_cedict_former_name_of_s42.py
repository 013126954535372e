"""CC-CEDICT import: a line naming nothing but another thing's former name refers to that thing (the review's R42-2,
then R43-8).

"Dayong, former name of Zhangjiajie 张家界, Hunan" (大庸) stood as a place of its own with nothing tying it to 张家界,
and 张家界 "..., formerly Dayong 大庸" lost the alias Dayong (the Dinghai rule). The forty-third session folded such a
line into the thing it names (R42-2): 1942's 斯大林格勒 then glossed as "Volgograd", and `check` passed "Volgograd" for
it silently (R43-8). Now the former name is an entry of its own, its English the line's (Stalingrad), of the type of
the thing's entry, its note the line's words, and `refers_to` that entry's id, as a nickname's; the thing's entry keeps
the former English as an alias only where its own line says so (张家界 "formerly Dayong": yes; 伏尔加格勒: no). A line
naming another thing first stays apart as it was (东京湾 "Tokyo Bay/former name of 北部湾").

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


# Whether the thing's own line names the former English ("formerly Dayong 大庸"): then it is an alias there too.
SAID_BY_THE_NEW_LINE = {"大庸": True, "斯大林格勒": False, "竟陵": False, "钢铁学院": False}


@pytest.mark.parametrize("proper_only", [True, False])
@pytest.mark.parametrize("old", sorted(PAIRS))
def test_a_former_name_is_an_entry_referring_to_what_it_names(old: str, proper_only: bool) -> None:
    old_line, new_line, new, english = PAIRS[old]
    rows = _rows(old_line, new_line, proper_only=proper_only)
    assert rows[old]["en"] == english
    assert rows[old]["refers_to"] == rows[new]["id"]
    assert rows[old]["type"] == rows[new]["type"]
    assert old not in rows[new]["zh_aliases"]
    assert (english in rows[new]["aliases"]) is SAID_BY_THE_NEW_LINE[old]


def test_stalingrad_is_a_place_as_volgograd_is() -> None:
    """The line of 斯大林格勒 says no kind ("Stalingrad, former name of Volvograd ..."): the modern entry's."""
    rows = _rows(*PAIRS["斯大林格勒"][:2])
    assert (rows["斯大林格勒"]["type"], rows["伏尔加格勒"]["type"]) == ("place", "place")


def test_a_line_naming_another_thing_first_stays_apart() -> None:
    rows = _rows(*TOKYO_BAY)
    assert rows["东京湾"]["en"] == "Tokyo Bay"
    assert rows["东京湾"]["refers_to"] is None
    assert "东京湾" not in rows["北部湾"]["zh_aliases"]


_OLD = ["Dayong", "Jingling", "Anxi", "Boyang", "Lüda"]


@given(st.sampled_from(_OLD), st.sampled_from([", Hunan", "", " (1925-1961)"]))
def test_any_line_of_a_former_name_alone_refers_to_it(old: str, after: str) -> None:
    line = f"大庸 大庸 [Da4 yong1] /{old}, former name of Zhangjiajie 張家界|张家界[Zhang1 jia1 jie4]{after}/"
    target = "張家界 张家界 [Zhang1 jia1 jie4] /Zhangjiajie prefecture level city in Hunan/"
    rows = _rows(line, target)
    assert rows["大庸"]["en"] == old
    assert rows["大庸"]["refers_to"] == rows["张家界"]["id"]
    assert old not in rows["张家界"]["aliases"]
