"""A people's adjective made an adjective of manner ("Japanese-style", "German-related") is a common word, alone or
before a common noun, as "Japanese cuisine" (日料) is (twenty-fifth session, issue 9; tester's T25-I1). Real CC-CEDICT
lines in tests/data/cedict_classes_s25.u8; expected values from the lines' own glosses."""

from __future__ import annotations

import pytest
from cedict_fixtures import fixture_by_zh, kinds_and_english

NAMES = fixture_by_zh("cedict_classes_s25.u8")
ALL = fixture_by_zh("cedict_classes_s25.u8", proper_only=False)


_names = kinds_and_english


# T25-I1: a people's adjective made an adjective of manner ("Japanese-style") is a common word, alone or before a noun.
@pytest.mark.parametrize("zh", ["和风", "泰式", "意式浓缩咖啡", "日系"])
def test_a_peoples_adjective_of_manner_is_no_name(zh: str) -> None:
    assert zh not in NAMES
    assert ALL[zh].type == "term"


def test_the_common_word_of_a_styled_line_keeps_its_english() -> None:
    # 意式浓缩咖啡 "/espresso/Italian-style strong coffee/": the line's first gloss is its English.
    assert (ALL["意式浓缩咖啡"].en, ALL["意式浓缩咖啡"].aliases) == ("espresso", ("Italian-style strong coffee",))
    assert "breeze" in (ALL["和风"].en, *ALL["和风"].aliases)


@pytest.mark.parametrize(
    "line",
    [
        "德系 德系 [De2 xi4] /German section (of school)/German-related (business)/\n",
        "法式 法式 [Fa3 shi4] /French-style/\n",
        "韩式 韩式 [Han2 shi4] /Korean-style (food etc)/\n",
        "美式咖啡 美式咖啡 [Mei3 shi4 ka1 fei1] /American-style black coffee/\n",
    ],
)
def test_lines_of_my_own_with_a_styled_adjective_are_left_out(line: str) -> None:
    assert _names(line) == {}


def test_a_name_that_is_a_peoples_organisation_stays() -> None:
    # "New York-based" is where the body is, after the name: 中国人权组织 stays an organisation's name.
    assert NAMES["中国人权组织"].en == "Human Rights in China"
