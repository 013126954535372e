"""A Chinese place's name before a generic or an abbreviation is that place, not a piece of a transliteration
(issue 9, s26; tester T25-G4).

A place's name glued to a character of transliteration that makes no word with the character beyond it is read as
the end or start of a longer foreign name (README: 索菲亚 "Sofia" of 圣索菲亚大教堂, 格拉 "Gera" of 格拉玛:
`zhgloss.glossrules._glued_alone`). 青 岛 杭 州 舟 山 are characters of transliteration too (translit_odds.tsv), so
青岛港 (the Port of Qingdao), 舟山港 and 杭州奥体中心 (Hangzhou's Olympic sports centre) left the city bare. A place
whose English is its own pinyin (Qingdao, Zhoushan, Hangzhou: `InsideRule._is_romanized`) is a Chinese name, which
no transliteration holds, where one character of transliteration at most follows it (`glossrules._runs_on`: 安达 of
安达卢西亚, Andalusia, is still a piece, user U60); foreign places (Sofia, Gera) are still read as pieces.

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
        ("青岛港吞吐量。", ["青岛"]),
        ("舟山港", ["舟山"]),
        ("在杭州奥体中心。", ["杭州"]),
        ("天津港吞吐量。", ["天津"]),
        ("在南京奥体中心举行。", ["南京"]),
        # cases of my own: a port named by two cities, a port after a preposition, traditional script
        ("宁波舟山港的集装箱吞吐量位居全球第三。", ["宁波", "舟山"]),
        ("货轮驶离青岛港。", ["青岛"]),
        ("青島港吞吐量。", ["青島"]),
        ("舟山港的货轮靠泊。", ["舟山"]),
    ],
)
def test_a_chinese_place_before_a_generic_is_the_place(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("圣索菲亚大教堂在哈尔滨", []),  # README: a foreign place glued to a transliteration is a piece of it
        ("格拉玛报道", []),  # Granma, not Gera
        ("抵达巴黎", ["巴黎"]),
        # the user's (U60): a Chinese place's name that starts a foreign one, more transliteration after it
        ("他前往安达卢西亚度假。", []),  # Andalusia, not Anda
        ("安达卢西亚自治区政府表示。", []),
    ],
)
def test_a_foreign_place_glued_to_a_transliteration_is_still_a_piece_of_it(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
