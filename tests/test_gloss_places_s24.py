"""Names that are a place's specific part or a counted noun, not the name (issue 9, twenty-fourth session).

With the full CC-CEDICT names glossary, news glossed 玄武湖 (Xuanwu Lake, Nanjing) as 玄武 "Lord of profound heaven":
a Chinese place name is a specific part and a generic (专名 + 通名), and the rule that reads a person's name before
the generic of a lake, river, mountain, street or bridge as that place's (潘安湖) did not ask untyped names, which is
how the import types deities and stars (CC-CEDICT's 玄武 "Black Tortoise", 二郎神 "Erlangshen").

It glossed 一记铁拳 ("an iron-fisted blow") as 铁拳 "Tekken", the video game: 记 is the classifier of blows
(现代汉语词典: 一记耳光), so the noun it counts is 拳, whatever the glossary says (`zhgloss.glossrules.COUNTED_NOUNS`).

The glossary is real: CC-CEDICT's lines (tests/data/cedict_s24_gls.u8), imported as `zhgloss import --proper-only`
would.
"""

from __future__ import annotations

import pytest
from cedict_fixtures import cedict_fixture, glossed

from zhgloss.annotate import Annotator

ANNOTATOR = Annotator(cedict_fixture("cedict_s24_gls.u8"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tester's (twenty-third session, S-3)
        ("南京的市民在玄武湖畔晨练。", ["南京"]),
        ("他在玄武湖划船。", []),
        # cases of my own: places named after deities and stars (Qinglong Lake, Chengdu; Mt Erlang, Sichuan)
        ("周末我们去成都青龙湖骑车。", ["成都"]),
        ("川藏公路翻越二郎山。", []),
        ("玄武湖边的樱花开了。", []),
    ],
)
def test_an_untyped_name_before_a_place_s_generic_is_that_place(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第二届中国—中亚峰会在西安举行。", ["中国", "中亚"]),  # 峰会 "summit" is a word: no peak
        ("二郎神是中国神话中的人物。", ["二郎神", "中国"]),
        ("潘安湖在徐州。", []),  # the person's rule, as before
    ],
)
def test_the_name_stays_where_the_generic_starts_another_word(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他挥出一记铁拳。", []),  # the lead's brief
        ("对手的两记铁拳打得他站不稳。", []),
        ("他最爱玩铁拳。", ["铁拳"]),  # no classifier: the game
        ("《铁拳》系列游戏", ["铁拳"]),
    ],
)
def test_a_blow_counted_by_its_classifier_is_no_game(text: str, expected: list[str]) -> None:
    assert glossed(text, ANNOTATOR) == expected
