"""A government body's short name is no person's name (`annotate --unknown`; session 24).

国家卫健委 is the National Health Commission (国家卫生健康委员会), 国家林草局 the National Forestry and Grassland
Administration (国家林业和草原局): their short names start with a surname (卫, 林) and were proposed as people
(卫健委〔Wèi Jiànwěi?〕). The class: a candidate whose last character, or the character right after it, ends a
body's short name (委, 办, 局, 厅, 署: `unknown._BODY_ENDS`).
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from zhgloss.unknown import NameFinder

FINDER = NameFinder()
BODY_ENDS = "委办局厅署"  # commission, office, bureau, department, administration (海关总署)


def found(text: str) -> list[str]:
    return [f.surface for f in FINDER.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "国家卫健委提醒市民注意防寒。",  # National Health Commission
        "市卫健委表示，本周将开展流感疫苗接种。",
        "国家林草局表示，今年植树造林面积增加。",  # National Forestry and Grassland Administration
        "市卫计委通报了近期的疫情。",  # the former Health and Family Planning Commission
        "省卫健委发布通知。",
    ],
)
def test_a_bodys_short_name_is_no_person(text: str) -> None:
    assert found(text) == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("王晓明委托律师起诉。", "王晓明"),  # 委托 "to entrust": a verb after the name
        ("张伟局长表示，案件正在调查中。", "张伟"),  # 局长: a title after the name
        ("陈建国局长表示，案件正在调查中。", "陈建国"),
        ("李娜厅长出席了会议。", "李娜"),
        ("记者王晓明署名的文章发表在报纸上。", "王晓明"),  # 署名 "to sign"
        ("刘建华办理了手续。", "刘建华"),  # 办理 "to handle"
    ],
)
def test_a_name_before_a_word_that_starts_with_such_a_character_is_still_a_name(text: str, name: str) -> None:
    assert name in found(text), text


# Common surnames and given-name characters, and level words bodies are written after (国家, 省). (Not 市 or 县 here:
# 市王杰表示 is read as a name 市王杰 with no body after it, a fault of its own, noticed in session 24.)
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡林郭何高罗卫"
GIVEN = "明伟芳娜敏静丽强磊军洋勇艳杰涛超秀英华健"


@settings(max_examples=200, deadline=None)
@given(
    level=st.sampled_from(["国家", "省", "国务院", ""]),
    surname=st.sampled_from(SURNAMES),
    middle=st.sampled_from(GIVEN),
    end=st.sampled_from(BODY_ENDS),
    verb=st.sampled_from(["表示", "发布通知", "提醒市民", "通报"]),
)
def test_no_name_ends_in_or_before_a_bodys_last_character(
    level: str, surname: str, middle: str, end: str, verb: str
) -> None:
    # (Where the last character makes a word with what follows, it may be that word's: 国办 + 办发 "an office's
    # circular", 王明 + 委托 "entrusts"; the rule leaves those to the words.)
    assume(end + verb[:1] not in FINDER.stats.words)
    text = f"{level}{surname}{middle}{end}{verb}。"
    body_end = len(level) + 3
    assert all(not (f.start < body_end <= f.end + 1) for f in FINDER.find(text)), (text, found(text))
