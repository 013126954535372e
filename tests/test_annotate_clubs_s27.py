"""A club is its own word alone before 队, and a fixture (迎战, 对阵, 做客) tells a club as a result does (issue 9).

Sports pages write a club by its own word alone (泰山队 for Shandong Taishan), and a fixture before its result (北京国安
迎战上海申花). With the full CC-CEDICT names glossary, 泰山队外援 was glossed 泰山（Mt Tai）队 and 北京国安迎战 北京
（Beijing）国安 (the tester's U27-20, findings-gls.md). A mountain's, a lake's or a river's name (its English says so:
`glossrules._LANDMARK_RE`) right before 队 is a club's own word, as no landmark fields a side; a city (浙江队) or a
country (日本队) does, and keeps its name. The glossary is real CC-CEDICT lines (tests/data/cedict_annotate_s27.u8).
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_annotate_s27.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-20 (main e143eb6)
        ("泰山队外援克雷桑当选最佳球员。", []),
        ("国安队客场挑战泰山队。", []),
        ("上海申花首轮对阵北京国安。", []),
        ("北京国安迎战上海申花。", []),
        # my own: traditional script, a player of the club
        ("泰山隊主場迎戰上海申花。", []),
        ("泰山队队员赛后接受采访。", []),
    ],
)
def test_a_club_by_its_own_word_or_before_a_fixture_is_no_place(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A side named by its province or country keeps it; the mountain itself; a city that meets a storm.
        ("浙江队以二比一取胜。", ["浙江"]),
        ("日本队公布了大名单。", ["日本"]),
        ("他登上泰山顶峰。", ["泰山"]),
        ("上海迎战台风。", ["上海"]),
        ("上海队迎战北京队。", ["上海", "北京"]),
    ],
)
def test_a_side_of_a_place_and_the_landmark_itself_stay(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-27 (main 6d47005, a regression of its fixture verbs): the province's side keeps its name
        ("浙江队主场迎战广州队。", ["浙江", "广州"]),
        ("浙江队主场战胜广州队。", ["浙江", "广州"]),
        ("浙江队战胜广州队。", ["浙江", "广州"]),
        # a club by its city and own word still is the club
        ("上海海港队主场三比一战胜山东泰山队。", []),
    ],
)
def test_a_side_named_by_its_province_keeps_it_before_a_fixture(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # findings-gls.md U27-54 (main 0345b28): the Boston Celtics, and Union Berlin after a match's verb
        ("凯尔特人队主场击败热火队，取得三连胜。", []),
        ("拜仁慕尼黑以3比0击败柏林联合。", []),
        # my own: a combined side of a country keeps the country; ranks (队伍) are no side
        ("中国联队击败日本队。", ["中国", "日本"]),
        ("凯尔特人队伍向东迁徙。", ["凯尔特人"]),
        ("柏林是德国的首都。", ["柏林"]),
    ],
)
def test_an_untyped_name_before_dui_and_a_club_after_a_match_verb(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
