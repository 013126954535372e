"""The places the forty-ninth session's annotate rules must keep (its tester's B49-7, B49-11, B49-12, B49-13).

The session's rules drop a CC-CEDICT name where the text means another thing (`zhgloss.glossrules.InsideRule`:
数据中台, 阿里的股价, 浙江龙泉, 三十年河西). Tried on news copy they also dropped the places and events a translator
wants glossed: the city of a byline or a headline after a reporter or an event (本报记者北京报道, 峰会北京开幕), two
provinces in parallel clauses (上午在河南考察，下午在河北调研), the games and fairs that launch things
(巴黎奥运会发布官方海报), and a mountain or its area where a later sense of the line names its city (江西井冈山,
安徽黄山风景区). Each is a test here, with the full CC-CEDICT names glossary (`--proper-only`), beside the nonsense
the rules were made for, which stays dropped.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cedict_fixtures import _names_annotator, glossed

from zhgloss.annotate import Annotator


@pytest.fixture(scope="module")
def names(shared_dir: Path) -> Annotator:
    return _names_annotator(shared_dir)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # B49-7: the city of a byline or a headline, after a reporter, an event, people or an anniversary
        ("本报记者北京报道", ["北京"]),
        ("特派记者东京报道，日本央行宣布加息。", ["东京"]),  # (日本 of 日本央行 is the bank's, as before)
        ("中非合作论坛峰会北京开幕", ["中非", "北京"]),
        ("世界人工智能大会上海召开", ["上海"]),
        ("中国游客泰国遇险", ["中国", "泰国"]),
        ("庆祝建国七十周年北京举行阅兵。", ["北京"]),
        # B49-13: two provinces in parallel clauses
        ("总书记上午在河南考察，下午在河北调研。", ["河南", "河北"]),
        ("去年在湖南，今年在湖北。", ["湖南", "湖北"]),
        # B49-11: games and fairs launch things
        ("巴黎奥运会发布官方海报。", ["巴黎", "奥运会"]),
        ("杭州亚运会推出电子门票。", ["杭州", "亚运会"]),
        ("上海世博会发布参观指南。", ["上海", "世博会"]),
        # B49-12: the mountains' area, its province too
        ("游客来到江西井冈山参观。", ["江西", "井冈山"]),
        ("安徽黄山风景区。", ["安徽", "黄山"]),
    ],
)
def test_the_places_and_events_a_translator_wants_keep_their_gloss(
    names: Annotator, text: str, expected: list[str]
) -> None:
    assert glossed(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三十年河东，三十年河西。", []),
        ("这位老将是球队的主力中卫。", []),
        ("建校百年大庆。", []),
        ("寒武纪发布新芯片。", []),
        ("阿里的股价上涨。", []),
        ("浙江龙泉的青瓷。", ["浙江"]),
        ("日本九州发生地震。", ["日本"]),
    ],
)
def test_the_nonsense_the_rules_were_made_for_stays_dropped(names: Annotator, text: str, expected: list[str]) -> None:
    assert glossed(text, names) == expected
