"""A club named by its city and a word of its own, the subject of a draw with a named side, is no place
(issue 9, s26; tester T25-G2).

README: "So is the club without 队 before a match's clause that holds a result and a score or a ground
(北京国安在工人体育场以二比零获胜 ...)". The rule (`InsideRule._outside_club_clauses`) found the clause by a score
(二比零) or a home or away ground (主场, 客场) only, so 北京国安在工体与上海申花战平 (Beijing Guoan drew with Shanghai
Shenhua at the Workers' Stadium) glossed 北京 "Beijing". A draw with the other side named (与 …… 战平, 逼平, 打平) says
two sides played as surely as a score does (`zhgloss.glossrules._DRAW_RE`).

The glossary is real: CC-CEDICT's lines (tests/data/cedict_s26_gls.u8), imported as `zhgloss import --proper-only`
would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_s26_gls.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's
        ("北京国安在工体与上海申花战平。", ["工体"]),
        ("上海海港在浦东足球场与山东泰山战平。", ["浦东"]),
        # cases of my own: other draws, another ground, traditional script
        ("上海申花在虹口足球场与武汉三镇战平。", []),
        ("北京国安在工人体育场与成都蓉城战平。", []),
        ("成都蓉城在主场与山东泰山打平。", []),
        ("北京國安在工體與上海申花戰平。", ["工體"]),
    ],
)
def test_a_club_that_draws_with_a_named_side_is_no_place(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("北京与上海战平。", ["北京", "上海"]),  # the cities' sides: no word of a club's own
        ("中国队与日本队战平。", ["中国", "日本"]),
        ("北京和平解放七十周年。", ["北京"]),  # 和平 "peace", no draw
    ],
)
def test_a_city_s_own_side_or_no_match_keeps_the_place(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
