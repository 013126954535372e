"""A piece of the foreign name after a title of office is no name of its own (issue 9, s26; tester T25-G7).

联合国秘书长哈马舍尔德 (Dag Hammarskjöld, the UN's Secretary-General) glossed 尔德 "Eid (Islam)": 舍 is no character of
transliteration (its odds in translit_odds.tsv are below the floor), so the rule for names glued into longer foreign
names (`InsideRule._outside_foreign_names`) never read the match. A title of office (data/office_titles.tsv) is followed
by its holder's name: a match of no person's entry, in characters of transliteration, one to four Han characters after
the title, is a piece of that name where the finder reads a longer personal name right after the title that holds it
(`InsideRule._outside_titled_pieces`). The holder's own name stays (美国总统林肯).

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
        ("联合国秘书长哈马舍尔德", ["联合国"]),
        ("澳大利亚总理阿尔巴尼斯表示", ["澳大利亚"]),
        # cases of my own: a verb after the name, traditional script
        ("联合国秘书长哈马舍尔德表示遗憾。", ["联合国"]),
        ("聯合國秘書長哈馬舍爾德", ["聯合國"]),
        ("总理阿尔巴尼斯抵达北京。", ["北京"]),
        # the name at a line's end, as a file or `printf '%s\n'` gives it (the finder read 哈马舍 before a line break)
        ("联合国秘书长哈马舍尔德\n", ["联合国"]),
        ("联合国秘书长哈马舍尔德\r\n他说。", ["联合国"]),
        ("联合国秘书长哈马舍尔德\n澳大利亚总理阿尔巴尼斯表示\n", ["联合国", "澳大利亚"]),
    ],
)
def test_a_piece_of_the_name_after_a_title_is_not_glossed(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国总统林肯", ["美国", "林肯"]),  # the holder's own name
        ("巴西总统卢拉在北京出席峰会。", ["巴西", "北京"]),  # 卢拉 is not in this fixture: nothing glued
        ("秘书长访问巴黎。", ["巴黎"]),  # a word between the title and the place
        ("联合国秘书长古特雷斯呼吁各方保持克制。", ["联合国", "古特雷斯"]),
    ],
)
def test_the_holder_s_own_name_and_places_after_a_word_stay(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
