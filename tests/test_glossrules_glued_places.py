"""A place's name in characters of transliteration glued to one more such character is part of a longer name (issue 9).

The glossary is real: CC-CEDICT's lines for the forms concerned (tests/data/cedict_glued_places.u8, imported as
`zhgloss import --proper-only` would). The sixteenth session's news sweep glossed 中央大街和圣索菲亚大教堂 with
索菲亚 "Sofia": the cathedral of Harbin is St Sophia's, and 圣 ("Saint", a character of transliteration) makes no word
with 和 before it. A work's title or an untyped name glued so was dropped already (维特 of 莱维特:
tests/test_glossrules_glued_titles.py); a place's name, the commonest kind of name written in transliteration, is a
piece of the longer name the same way (格拉 "Gera" of 格拉玛, Cuba's newspaper Granma). Where the character glued to
it makes a word with the one beyond (抵达 of 抵达巴黎), or the place stands apart, it stays.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_glued_places.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中央大街和圣索菲亚大教堂也成为游客拍照打卡的热门地点。", []),
        ("伊斯坦布尔的圣索菲亚大教堂始建于六世纪。", ["伊斯坦布尔"]),
        ("哈尔滨的圣索菲亚教堂是一座拜占庭式建筑。", ["哈尔滨"]),
        # No Han character before the glued 圣 (a line's start, a mark): it makes no word there either
        # (acceptance test, seventeenth session: 圣索菲亚大教堂在哈尔滨).
        ("圣索菲亚大教堂在哈尔滨。", ["哈尔滨"]),
        ("“圣索菲亚大教堂”是哈尔滨的地标。", ["哈尔滨"]),
        ("古巴报纸格拉玛报道了这一消息。", ["古巴"]),
    ],
)
def test_a_place_glued_to_transliteration_is_part_of_a_longer_name(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("保加利亚首都索菲亚举行了游行。", ["保加利亚", "索菲亚"]),
        ("他在索菲亚大学任教。", ["索菲亚"]),
        ("代表团抵达里昂。", ["里昂"]),
        ("德国城市格拉位于图林根州。", ["格拉"]),
        # 圣 ("Saint") after a place starts the next name: Paris Saint-Germain (tests/test_gloss_rare_words.py); before
        # a club's word the city is the club's name (nineteenth session), elsewhere it stays.
        ("巴黎圣日耳曼队在主场获胜。", []),
        ("巴黎圣母院修复完成。", ["巴黎"]),
    ],
)
def test_a_place_standing_apart_stays(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
